package extract

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/markusmobius/go-dateparser"
)

// A date as the page gives it: the instant, and whether the page said in
// which offset (a bare "2016-07-15" says nothing of it).
type pageDate struct {
	t      time.Time
	zoned  bool
	source string
	// utc is the instant of a datetime in UTC when t is the local day
	// shown with it, which the page gave without its offset.
	utc time.Time
}

func (d pageDate) ok() bool { return !d.t.IsZero() }

// day is the calendar day of d as it reads, YYYY-MM-DD.
func (d pageDate) day() string { return d.t.Format("2006-01-02") }

// rfc3339 formats d in the page's own offset when it gave one, else in UTC.
func (d pageDate) rfc3339() string {
	if !d.ok() {
		return ""
	}
	if d.zoned {
		return d.t.Format(time.RFC3339)
	}
	return d.t.UTC().Format(time.RFC3339)
}

// localDate shows a date the page gives in UTC in the site's own offset,
// the day its readers saw, when the page says which that is: another of
// its dates gives the same instant in that offset, or the page shows that
// day by the headline. Many sites state their times in UTC in one place
// and in local time in another.
func localDate(d pageDate, m *meta, things []ldThing, sig *bodySignals, shown []string) pageDate {
	if d.ok() && !d.utc.IsZero() {
		// A local day shown for an instant in UTC: the instant in the
		// site's offset, when the page gives one that puts it on that day.
		u := pageDate{t: d.utc, zoned: true, source: d.source}
		if l := localDate(u, m, things, sig, []string{d.day()}); l.day() == d.day() {
			return l
		}
		return d
	}
	if !d.ok() || !d.zoned {
		return d
	}
	if _, o := d.t.Zone(); o != 0 {
		return d
	}
	var vals []string
	for _, t := range things {
		vals = append(vals, t.published, t.modified)
	}
	for _, k := range append(append([]string{}, publishedKeys...), modifiedKeys...) {
		vals = append(vals, m.tags[k]...)
	}
	vals = append(vals, sig.stamps...)
	count := map[int]int{}
	best, bestN := 0, 0
	for _, v := range vals {
		e := parseMachineDate(v)
		if !e.ok() || !e.zoned {
			continue
		}
		_, off := e.t.Zone()
		if off == 0 {
			continue
		}
		if e.t.Equal(d.t) {
			d.t = d.t.In(e.t.Location())
			return d
		}
		count[off]++
		if count[off] > bestN {
			best, bestN = off, count[off]
		}
	}
	if bestN == 0 {
		return d
	}
	local := d.t.In(time.FixedZone("", best))
	if day := local.Format("2006-01-02"); day != d.day() && slices.Contains(shown, day) {
		d.t = local
	}
	return d
}

// earliestDate is the first year a news page date is believed.
const earliestDate = 1995

// plausible rejects dates before the web's news pages and in the future
// (a day's slack for time zones).
func plausible(t time.Time, now time.Time) bool {
	return t.Year() >= earliestDate && t.Before(now.Add(36*time.Hour))
}

var rxISO = regexp.MustCompile(`^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?)?`)

// numericLayouts are further machine-written forms seen in meta tags.
var numericLayouts = []string{
	time.RFC1123Z, time.RFC1123, time.RFC850, time.ANSIC,
	"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"Mon Jan 02 2006 15:04:05 GMT-0700", // JavaScript's Date.toString
	"2006/01/02 15:04:05", "2006/01/02 15:04", "2006/01/02", "20060102", "20060102150405",
	"02.01.2006 15:04", "02.01.2006", "2.1.2006",
	"January 2, 2006 3:04 PM", "January 2, 2006", "Jan 2, 2006", "2 January 2006", "2 Jan 2006",
}

// parseMachineDate reads a date written for machines: ISO 8601 and its
// relatives, RFC 1123, and a few compact forms.
func parseMachineDate(s string) pageDate {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return pageDate{}
	}
	if m := rxISO.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		h, _ := strconv.Atoi(m[4])
		mi, _ := strconv.Atoi(m[5])
		sec, _ := strconv.Atoi(m[6])
		if mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60 {
			return pageDate{}
		}
		loc, zoned := time.UTC, false
		switch z := m[7]; {
		case z == "":
		case z == "Z" || z == "z" || z == "UTC" || z == "GMT":
			zoned = true
		default:
			z = strings.ReplaceAll(z, ":", "")
			hh, _ := strconv.Atoi(z[1:3])
			mm := 0
			if len(z) >= 5 {
				mm, _ = strconv.Atoi(z[3:5])
			}
			off := hh*3600 + mm*60
			if z[0] == '-' {
				off = -off
			}
			if off == 0 {
				loc = time.UTC
			} else {
				loc = time.FixedZone("", off)
			}
			zoned = true
		}
		t := time.Date(y, time.Month(mo), d, h, mi, sec, 0, loc)
		if t.Day() != d {
			return pageDate{}
		}
		return pageDate{t: t, zoned: zoned}
	}
	for _, l := range numericLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return pageDate{t: t, zoned: strings.Contains(l, "07") || strings.Contains(l, "MST")}
		}
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil && len(s) >= 10 && len(s) <= 13 {
		if len(s) == 13 {
			n /= 1000
		}
		return pageDate{t: time.Unix(n, 0).UTC(), zoned: true}
	}
	return pageDate{}
}

var rxURLDate = regexp.MustCompile(`/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:/|[-_]|\.html?|$)`)
var rxURLDateSep = regexp.MustCompile(`/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?:/|$)`)

var rxURLMonthName = regexp.MustCompile(`/((?:19|20)\d{2})/([a-z]{3,9})/(0?[1-9]|[12]\d|3[01])(?:/|$)`)

var urlMonths = map[string]int{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
	"jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
	"oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

// urlDate reads a date from the shape of a URL: /2016/07/15/, /20160715/ or
// /2016/july/15/.
func urlDate(u string) pageDate {
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	m := rxURLDateSep.FindStringSubmatch(u)
	if m == nil {
		m = rxURLDate.FindStringSubmatch(u)
	}
	if m == nil {
		// An English month's name between year and day: /2023/october/03/.
		if mm := rxURLMonthName.FindStringSubmatch(strings.ToLower(u)); mm != nil {
			if mo := urlMonths[mm[2]]; mo > 0 {
				m = []string{mm[0], mm[1], strconv.Itoa(mo), mm[3]}
			}
		}
	}
	if m == nil {
		return pageDate{}
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return pageDate{}
	}
	return pageDate{t: t}
}

var (
	rxDMY     = regexp.MustCompile(`\b(0?[1-9]|[12]\d|3[01])(?:\.\s?(0?[1-9]|1[0-2])\.\s?|-(0?[1-9]|1[0-2])-)((?:19|20)\d{2})\b`)
	rxYMD     = regexp.MustCompile(`\b((?:19|20)\d{2})[-/.](0?[1-9]|1[0-2])[-/.](0?[1-9]|[12]\d|3[01])\b`)
	rxSlash   = regexp.MustCompile(`\b(0?[1-9]|[12]\d|3[01])/(0?[1-9]|[12]\d|3[01])/((?:19|20)\d{2})\b`)
	rxCJK     = regexp.MustCompile(`((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]`)
	rxHasYear = regexp.MustCompile(`\b(?:19|20)\d{2}\b|(?:19|20)\d{2}\s*[年년]`)
	rxClock   = regexp.MustCompile(`\b([01]?\d|2[0-3])[:.h]([0-5]\d)\b`)
)

// parseHumanDate reads a date written for readers, in the page's language
// when known: numeric forms first, then go-dateparser for month names in
// any language. Only a text with a four-digit year is tried, so that "3
// hours ago" or a bare weekday never yields a date.
func parseHumanDate(s, lang string, now time.Time) pageDate {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" || len(s) > 120 || !rxHasYear.MatchString(s) {
		return pageDate{}
	}
	mk := func(y, mo, d string) pageDate {
		yy, _ := strconv.Atoi(y)
		mm, _ := strconv.Atoi(mo)
		dd, _ := strconv.Atoi(d)
		t := time.Date(yy, time.Month(mm), dd, 0, 0, 0, 0, time.UTC)
		if t.Day() != dd || int(t.Month()) != mm {
			return pageDate{}
		}
		if c := rxClock.FindStringSubmatch(s); c != nil {
			h, _ := strconv.Atoi(c[1])
			mi, _ := strconv.Atoi(c[2])
			t = t.Add(time.Duration(h)*time.Hour + time.Duration(mi)*time.Minute)
		}
		return pageDate{t: t}
	}
	if m := rxCJK.FindStringSubmatch(s); m != nil {
		return mk(m[1], m[2], m[3])
	}
	if m := rxYMD.FindStringSubmatch(s); m != nil {
		return mk(m[1], m[2], m[3])
	}
	if m := rxDMY.FindStringSubmatch(s); m != nil {
		// Day first: "23.07.2025", and with dashes "02-12-2025", a form
		// that month-first writers set with slashes.
		return mk(m[4], m[2]+m[3], m[1])
	}
	if m := rxSlash.FindStringSubmatch(s); m != nil {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		base := strings.ToLower(strings.SplitN(lang, "-", 2)[0])
		// Month first in American English, and whenever the first number
		// cannot be a month.
		if (base == "en" || base == "") && a <= 12 && !strings.Contains(strings.ToLower(lang), "gb") {
			return mk(m[3], m[1], m[2])
		}
		if b <= 12 {
			return mk(m[3], m[2], m[1])
		}
		return mk(m[3], m[1], m[2])
	}
	// A month name with its day and year inside a longer line ("By Jane
	// Doe - Mar 27, 2024", "Publié le 3 mars 2024 à 10h"): the parser
	// gets just that part.
	for _, m := range rxMonthDate.FindAllStringSubmatch(s, 3) {
		if dateWords[strings.ToLower(strings.TrimSuffix(m[1], "."))] {
			if d := dateparserDate(m[0], lang, now); d.ok() {
				if c := rxClock.FindStringSubmatch(s); c != nil && d.t.Hour() == 0 && d.t.Minute() == 0 {
					h, _ := strconv.Atoi(c[1])
					mi, _ := strconv.Atoi(c[2])
					d.t = d.t.Add(time.Duration(h)*time.Hour + time.Duration(mi)*time.Minute)
				}
				return d
			}
		}
	}
	return dateparserDate(s, lang, now)
}

var rxNumericDateLine = regexp.MustCompile(`^\W*(?:(?:0?[1-9]|[12]\d|3[01])[./-](?:0?[1-9]|1[0-2])[./-](?:19|20)\d{2}|(?:19|20)\d{2}[./-](?:0?[1-9]|1[0-2])[./-](?:0?[1-9]|[12]\d|3[01]))(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?\W*$`)

// numericDateLine reports a line that is one numeric date ("23.07.2025",
// "2025-02-23", "12/03/2024 10:15"), perhaps with a time.
func numericDateLine(s string) bool {
	return len(s) <= 40 && rxNumericDateLine.MatchString(strings.ToLower(strings.TrimSpace(s)))
}

// labelledDate reports a short line that gives a full date with a
// publication or update label among other words: "Essay - Published:
// 2025.12.17 |".
func labelledDate(s string) bool {
	if utf8.RuneCountInString(s) > 80 || (!rxPublishedLabel.MatchString(s) && !updatedLabel(s)) {
		return false
	}
	return rxYMD.MatchString(s) || rxDMY.MatchString(s) || rxSlash.MatchString(s) || rxCJK.MatchString(s) || rxMonthDate.MatchString(s)
}

// dateSegment reports a short line of parts set off by bars or bullets
// one of which is a date: "Jane Doe | Senior Writer | July 2, 2025",
// "Dec 26, 2025 • Jane Doe in Guides".
func dateSegment(s string) bool {
	if utf8.RuneCountInString(s) > 100 {
		return false
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '|' || r == '·' || r == '•' })
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if p = strings.TrimSpace(p); rxHasYear.MatchString(p) && (dateLine(p) || numericDateLine(p)) {
			return true
		}
	}
	return false
}

// titleDate reads a date that a document title gives as one of its
// parts: "Storm hits the coast | Europe | DW | 28.04.2023".
func titleDate(title, lang string, now time.Time) pageDate {
	for _, sep := range []string{" | ", " - ", " – ", " — ", " · "} {
		parts := strings.Split(title, sep)
		if len(parts) < 2 {
			continue
		}
		for _, p := range []string{parts[0], parts[len(parts)-1]} {
			if p = strings.TrimSpace(p); rxHasYear.MatchString(p) && (numericDateLine(p) || dateLine(p)) {
				return parseHumanDate(p, lang, now)
			}
		}
	}
	return pageDate{}
}

// rxPublishedLabel finds a label that calls a date the publication, in
// some languages (the letters around it must not be a word's).
var rxPublishedLabel = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:published|posted|publié|publiée|veröffentlicht|publicado|publicada|pubblicato|erschienen|gepubliceerd|opublikowano|publicerad|julkaistu|опубликовано)(?:[^\p{L}]|$)|发布|發布|發佈|公開|게시|입력`)

var rxMonthDate = regexp.MustCompile(`(?:\b\d{1,2}\.?\s+(?:de\s+)?)?(\p{L}{3,10}\.?)\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:de\s+)?(?:19|20)\d{2}\b`)

// dateparserDate hands a text to go-dateparser: the well-kept port of the
// Python library that knows month names and orders of some 200 locales.
// dateParsers hold date parsers for written dates ("17 December 2025",
// "17. Dezember 2025"): a parser serves one call at a time, so each
// worker takes its own. They leave out the parsers of timestamps,
// relative phrases and dates written without spaces ("20211011"), which
// a date line never needs and whose search for a compact date takes
// seconds on a long string of digits and letters.
var dateParsers = sync.Pool{New: func() any {
	return &dateparser.Parser{ParserTypes: []dateparser.ParserType{dateparser.CustomFormat, dateparser.AbsoluteTime}}
}}

func dateparserDate(s, lang string, now time.Time) pageDate {
	cfg := &dateparser.Configuration{
		CurrentTime:           now,
		DefaultTimezone:       time.UTC,
		RequiredParts:         []string{"day", "month", "year"},
		PreferredDateSource:   dateparser.Past,
		IgnoreSurroundingText: true,
		DefaultLanguages:      []string{"en"},
	}
	if base := strings.ToLower(strings.SplitN(strings.ReplaceAll(lang, "_", "-"), "-", 2)[0]); base != "" && dateparser.IsKnownLocale(base) {
		cfg.Languages = []string{base, "en"}
	}
	var d pageDate
	func() {
		defer func() { _ = recover() }()
		p := dateParsers.Get().(*dateparser.Parser)
		defer dateParsers.Put(p)
		dt, err := p.Parse(cfg, s)
		if err == nil && !dt.IsZero() {
			d = pageDate{t: dt.Time}
		}
	}()
	if d.ok() && (!plausible(d.t, now) || !strings.Contains(s, strconv.Itoa(d.t.Year())) || !strings.Contains(s, strconv.Itoa(d.t.Day()))) {
		// A relative phrase ("0 min read", "1h 54m") beside the date wins
		// in the parser at times; the date must carry the text's own year
		// and day.
		return pageDate{}
	}
	return d
}
