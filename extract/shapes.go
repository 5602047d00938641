package extract

import (
	"strings"
	"unicode"
)

// Text shapes of lines that are not story: a date standing alone, a photo
// caption or credit that escaped its figure.

var dateWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`
		jan feb mar apr may jun jul aug sep sept oct nov dec
		january february march april june july august september october november december
		mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday
		am pm a.m p.m est edt pst pdt cet cest gmt utc bst ist
		published updated posted modified last on at by the of
		januar februar märz mai juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag sonntag uhr am um veröffentlicht aktualisiert
		janvier février mars avril juin juillet août septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche le à publié mis jour
		enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre lunes martes miércoles jueves viernes sábado domingo de del publicado actualizado
		gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre pubblicato aggiornato
		janeiro fevereiro março maio junho julho setembro outubro dezembro
		ago hour hours minute minutes min mins day days week weeks month months year years yesterday today
		h min`) {
		dateWords[w] = true
	}
}

// dateLine reports a short line that is only a date or time, perhaps with a
// "Published"/"Updated" label: page furniture above or below a story.
func dateLine(s string) bool {
	if len(s) > 90 {
		return false
	}
	digits, other := 0, 0
	for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '|' || r == '/' || r == '-' || r == ':' || r == '(' || r == ')' || r == '[' || r == ']' || r == '·' || r == '•'
	}) {
		f = strings.Trim(f, ".")
		switch {
		case f == "":
		case strings.IndexFunc(f, unicode.IsLetter) < 0:
			digits++
		case dateWords[f] || dateWords[strings.TrimRight(f, "0123456789")] || isOrdinal(f) || isTimestamp(f):
			digits++
		default:
			other++
		}
	}
	// One label in any language may stand before a full date and time:
	// "기사입력 : 2018-08-25 15:24".
	return digits >= 2 && other == 0 || digits >= 4 && other == 1
}

func isOrdinal(f string) bool {
	for _, suf := range []string{"st", "nd", "rd", "th", "er", "e", "º"} {
		if p := strings.TrimSuffix(f, suf); p != f && p != "" && strings.Trim(p, "0123456789") == "" {
			return true
		}
	}
	return false
}

// isTimestamp reports ISO forms such as 2019-11-13t23 that split oddly.
func isTimestamp(f string) bool {
	letters := 0
	for _, r := range f {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters <= 2 && strings.IndexFunc(f, unicode.IsDigit) >= 0
}

// captionWords name pictures and their makers in credits.
var captionWords = []string{"photo", "credit", "getty", "reuters", "afp", "shutterstock", "courtesy", "foto", "imago", "dpa", "epa"}

// bracketCredits open a credit set in brackets, in several languages.
var bracketCredits = []string{"photo", "foto", "image", "picture", "credit", "bild", "사진", "写真", "图片", "圖片", "图", "фото"}

// captionLine reports a photo caption or credit left in the text: a line
// that ends in a credit in brackets, or that opens the way captions do.
func captionLine(s string) bool {
	t := strings.ToLower(strings.TrimSpace(s))
	if len(t) > 400 {
		return false
	}
	if strings.HasSuffix(t, ")") {
		if i := strings.LastIndexByte(t, '('); i >= 0 {
			inner := t[i:]
			for _, w := range captionWords {
				if strings.Contains(inner, w) && len(inner) < 80 {
					return true
				}
			}
		}
	}
	if len(t) < 120 && (strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]") || strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")")) {
		for _, w := range bracketCredits {
			if strings.Contains(t[:min(len(t), 24)], w) {
				return true // "[Photo: Reuters]", "[사진=JTBC]"
			}
		}
	}
	if strings.HasPrefix(t, "in this ") {
		head := t[:min(len(t), 80)]
		if strings.Contains(head, " photo") || strings.Contains(head, " image") || strings.Contains(head, " picture") {
			return true // "In this Dec. 12, 2006, file photo, ..."
		}
	}
	for _, p := range []string{"in this undated", "this photo", "file photo", "photo by ", "photo courtesy", "image courtesy", "pictured:", "(photo", "[photo", "photograph by "} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}
