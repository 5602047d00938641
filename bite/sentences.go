package bite

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Split splits text into sentences. Paragraphs are separated by blank
// lines and a sentence never runs across a line break, so list items and
// table rows stay apart. Periods after abbreviations (Mr, Dr., U.S., St.,
// Jan.), initials ("J. K. Rowling"), decimals and ellipses inside a
// sentence do not end it; closing quotation marks and brackets after the
// final stop stay with the sentence they close.
func Split(text string) []Sentence {
	var out []Sentence
	para := 0
	inPara := false
	pos := 0
	for pos <= len(text) {
		end := strings.IndexByte(text[pos:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += pos
		}
		line := text[pos:end]
		if strings.TrimSpace(line) == "" {
			if inPara {
				para++
				inPara = false
			}
		} else {
			inPara = true
			for _, r := range splitLine(line) {
				out = append(out, Sentence{Text: line[r[0]:r[1]], Start: pos + r[0], End: pos + r[1], Para: para})
			}
		}
		pos = end + 1
	}
	return out
}

// splitLine returns the byte ranges of the sentences of one line, trimmed
// of surrounding space.
func splitLine(line string) [][2]int {
	var out [][2]int
	start := 0
	emit := func(end int) {
		s, e := start, end
		for s < e {
			r, n := utf8.DecodeRuneInString(line[s:])
			if !unicode.IsSpace(r) {
				break
			}
			s += n
		}
		for e > s {
			r, n := utf8.DecodeLastRuneInString(line[:e])
			if !unicode.IsSpace(r) {
				break
			}
			e -= n
		}
		if e > s {
			out = append(out, [2]int{s, e})
		}
		start = end
	}
	for i := 0; i < len(line); {
		r, n := utf8.DecodeRuneInString(line[i:])
		if !isTerminator(r) {
			i += n
			continue
		}
		// Take the whole run of stops: "?!", "...", "!!".
		j := i + n
		for j < len(line) {
			r2, n2 := utf8.DecodeRuneInString(line[j:])
			if !isTerminator(r2) {
				break
			}
			j += n2
		}
		stops := line[i:j]
		// Closing quotation marks and brackets belong to this sentence.
		k := j
		for k < len(line) {
			r2, n2 := utf8.DecodeRuneInString(line[k:])
			if !isCloser(r2) {
				// French spacing: "non. »".
				if sp := spacedGuillemet(line[k:]); sp > 0 {
					k += sp
					continue
				}
				break
			}
			k += n2
		}
		if isCJKStop(r) {
			emit(k)
			i = k
			continue
		}
		// A stop ends a sentence only before space, or at the end of the line
		// (or where a lost space glued two sentences: "physician.Police").
		if k < len(line) {
			r2, _ := utf8.DecodeRuneInString(line[k:])
			if !unicode.IsSpace(r2) {
				if stops == "." && k == j && gluedSentences(line[start:i], line[k:]) {
					emit(k)
				}
				i = k
				continue
			}
		}
		if endsSentence(line[start:i], stops, nextWord(line[k:])) {
			emit(k)
		}
		i = k
	}
	emit(len(line))
	return out
}

// gluedSentences reports whether a period with no space after it still
// ends a sentence: a word of three or more lower-case letters before it,
// a capitalised word of lower-case letters after ("physician.Police
// arrested"), unlike "U.S.Army", "example.com" or "Node.js".
func gluedSentences(before, after string) bool {
	w := lastToken(before)
	if utf8.RuneCountInString(w) < 3 {
		return false
	}
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	next := []rune(after)
	if len(next) < 3 || !unicode.IsUpper(next[0]) {
		return false
	}
	for _, r := range next[1:3] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// spacedGuillemet returns the length of a space and a closing guillemet
// at the start of s, or 0.
func spacedGuillemet(s string) int {
	for _, sp := range []string{" ", "\u00a0", "\u202f"} {
		if strings.HasPrefix(s, sp+"»") {
			return len(sp) + len("»")
		}
	}
	return 0
}

func isTerminator(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '。', '！', '？', '‼', '⁇', '⁈', '⁉', '؟', '।':
		return true
	}
	return false
}

func isCJKStop(r rune) bool {
	return r == '。' || r == '！' || r == '？'
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', '›', ')', ']', '」', '』', '）', '】':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '«', '‹', '„', '‚', '(', '[', '¿', '¡', '「', '『', '（', '【', '—', '–', '-', '•':
		return true
	}
	return false
}

// nextWord returns the word after the stop, with its opening marks.
func nextWord(rest string) string {
	rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
	if i := strings.IndexFunc(rest, unicode.IsSpace); i >= 0 {
		rest = rest[:i]
	}
	return rest
}

// endsSentence decides whether stops, after before (the sentence so far),
// end the sentence, given the word that follows.
func endsSentence(before, stops, next string) bool {
	if next == "" {
		return true
	}
	first, _ := utf8.DecodeRuneInString(next)
	word := strings.TrimLeftFunc(next, isOpener)
	var wr rune
	if word != "" {
		wr, _ = utf8.DecodeRuneInString(word)
	}
	// A lower-case word goes on the same sentence: "(approx. five)",
	// "“Why?” he asked", "wait... what".
	if unicode.IsLower(wr) && first != '¿' && first != '¡' {
		return false
	}
	if stops != "." {
		return true
	}
	last := lastToken(before)
	bare := strings.TrimRight(strings.ToLower(last), ".")
	switch {
	case last == "":
		return true
	case titles[bare]:
		// "Mr. Smith", "Dr. Jones", "St. Louis": never the end.
		return false
	case isInitial(last):
		// "J. K. Rowling", "George W. Bush".
		return false
	case months[bare] && unicode.IsDigit(wr):
		// "Jan. 5".
		return false
	case bare == "no" || bare == "nos" || bare == "art" || bare == "p" || bare == "pp" || bare == "vol" || bare == "nr":
		return !unicode.IsDigit(wr)
	case dottedAbbrev.MatchString(last) || abbreviations[bare] || months[bare]:
		// "U.S.", "a.m.", "Inc.", "etc.": the end only when what follows
		// looks like the start of a new sentence.
		return startsSentence(word)
	}
	return true
}

// dottedAbbrev matches abbreviations spelled with inner stops: "U.S.",
// "a.m.", "Ph.D.", "z.B.", but not decimals like "47.3%.".
var dottedAbbrev = regexp.MustCompile(`^(?:\pL{1,2}\.)+\pL{0,2}\.?$`)

// lastToken returns the last word of s without leading marks.
func lastToken(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	if i := strings.LastIndexFunc(s, unicode.IsSpace); i >= 0 {
		s = s[i+1:]
	}
	return strings.TrimLeftFunc(s, func(r rune) bool { return isOpener(r) || isCloser(r) })
}

// isInitial reports whether w is a single capital letter: an initial.
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	// "I" closes "World War I." more often than it is an initial.
	return n == len(w) && unicode.IsUpper(r) && r != 'I'
}

// startsSentence reports whether w is a word that commonly opens a
// sentence, to tell "in the U.S. The next day" from "the U.S. Army".
func startsSentence(w string) bool {
	w = strings.TrimRightFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
	if w == "" {
		return true
	}
	return starters[strings.ToLower(w)]
}

// titles are abbreviations that come before a name and so never end a
// sentence.
var titles = setOf(
	"mr", "mrs", "ms", "mssrs", "messrs", "dr", "prof", "st", "sen", "rep", "gov", "gen", "col",
	"lt", "sgt", "capt", "cpt", "cmdr", "adm", "maj", "rev", "hon", "pres", "supt", "insp", "det",
	"fr", "sr", "sra", "srta", "mme", "mlle", "hr", "fr", "hrn", "frau", "dott", "ing", "sig",
	"mt", "ft", "ste", "vs", "v", "cf", "approx", "ca", "z.b", "bzw", "usw", "dh", "u.a", "d.h",
	"e.g", "i.e", "fig", "figs", "eq", "ref", "dept", "univ", "assn", "ave", "blvd", "rd",
)

// abbreviations may end a sentence as well as sit inside one.
var abbreviations = setOf(
	"inc", "ltd", "co", "corp", "plc", "llc", "bros", "jr", "etc", "al", "esq", "ph.d", "phd",
	"a.m", "p.m", "u.s", "u.k", "u.n", "e.u", "d.c", "n.y", "l.a", "st", "mins", "hrs", "km",
	"sq", "min", "max", "est", "govt", "intl", "natl",
)

var months = setOf(
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
)

// starters are words that often open a sentence and seldom follow an
// abbreviation inside one.
var starters = setOf(
	"the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "or", "so",
	"in", "on", "at", "by", "for", "from", "with", "this", "that", "these", "those", "there",
	"his", "her", "its", "their", "our", "my", "after", "before", "when", "while", "if", "as",
	"however", "meanwhile", "some", "many", "most", "one", "two", "no", "not", "what", "who",
	"why", "how", "where", "last", "next", "yet", "still", "also", "then", "now", "both",
	"officials", "police", "mr", "mrs", "ms", "dr",
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
