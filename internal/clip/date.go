package clip

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// dateLine matches a line that is only a date, perhaps with a label, a
// weekday, a time and a zone: "Published: Friday 15 July 2016 10.30 BST",
// "July 15, 2016 12:00am", "2016-07-15".
var dateLine = regexp.MustCompile(`(?i)^(?:(?:published|updated|posted|first published|date|last updated|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato)(?:\s+on)?\s*:?\s*)?(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?\.?\s+([a-zäéû]{3,9})\.?,?\s+(\d{4})|([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|(\d{4})-(\d{2})-(\d{2}))(?:\s*(?:[-–|•·,]|at)?\s*(\d{1,2})[:.](\d{2})\s*(am|pm)?(?:\s*[a-z]{2,5}(?:[+-]\d{1,2})?)?)?\.?$`)

var monthNames = map[string]time.Month{
	"jan": 1, "january": 1, "januar": 1, "janvier": 1, "enero": 1,
	"feb": 2, "february": 2, "februar": 2, "février": 2, "febrero": 2,
	"mar": 3, "march": 3, "märz": 3, "mars": 3, "marzo": 3,
	"apr": 4, "april": 4, "avril": 4, "abril": 4,
	"may": 5, "mai": 5, "mayo": 5,
	"jun": 6, "june": 6, "juni": 6, "juin": 6, "junio": 6,
	"jul": 7, "july": 7, "juli": 7, "juillet": 7, "julio": 7,
	"aug": 8, "august": 8, "août": 8, "agosto": 8,
	"sep": 9, "sept": 9, "september": 9, "septembre": 9, "septiembre": 9,
	"oct": 10, "october": 10, "oktober": 10, "octobre": 10, "octubre": 10,
	"nov": 11, "november": 11, "novembre": 11, "noviembre": 11,
	"dec": 12, "december": 12, "dezember": 12, "décembre": 12, "diciembre": 12,
}

// parseDateLine returns the RFC 3339 date of a line that is only a date,
// or "".
func parseDateLine(l string) string {
	m := dateLine.FindStringSubmatch(strings.TrimSpace(l))
	if m == nil {
		return ""
	}
	var day, year int
	var month time.Month
	switch {
	case m[1] != "":
		day, _ = strconv.Atoi(m[1])
		month = monthNames[strings.ToLower(m[2])]
		year, _ = strconv.Atoi(m[3])
	case m[4] != "":
		month = monthNames[strings.ToLower(m[4])]
		day, _ = strconv.Atoi(m[5])
		year, _ = strconv.Atoi(m[6])
	default:
		year, _ = strconv.Atoi(m[7])
		mo, _ := strconv.Atoi(m[8])
		month = time.Month(mo)
		day, _ = strconv.Atoi(m[9])
	}
	if month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2200 {
		return ""
	}
	hour, minute := 0, 0
	if m[10] != "" {
		hour, _ = strconv.Atoi(m[10])
		minute, _ = strconv.Atoi(m[11])
		switch strings.ToLower(m[12]) {
		case "pm":
			if hour < 12 {
				hour += 12
			}
		case "am":
			if hour == 12 {
				hour = 0
			}
		}
		if hour > 23 || minute > 59 {
			hour, minute = 0, 0
		}
	}
	t := time.Date(year, month, day, hour, minute, 0, 0, time.UTC)
	if t.Day() != day {
		return ""
	}
	return t.Format(time.RFC3339)
}
