package bite

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/newsbite/newsbite/bite/internal/terms"
)

// HeadlineThreshold is the least score for a headline to count as
// consistent with its body: the score is the likelihood the headline
// model gives the pair (see headline_model.go).
const HeadlineThreshold = 0.5

// Weights of the headline's terms. A very common word counts for less, a
// name for more, and a term the body uses only once supports the headline
// less than one it comes back to. A word with no support of its own may
// be supported by a synonym among its first senses.
const (
	headlineCommonWeight = 0.35
	headlineNameWeight   = 2.0
	headlineOnceCredit   = 0.75
	headlineSynonymRank  = 2
)

// headlineSegments splits a headline at the marks that join its parts: a
// kicker and colon ("Nice terror attack: …"), dashes and bars.
var headlineSegments = regexp.MustCompile(`\s*(?::\s|\s[-–—|]\s|[;|—–]|\?\s)\s*`)

// headlineTerm is one key term of a headline.
type headlineTerm struct {
	word      terms.Word
	seg, pos  int // segment and position of the word in it
	name      bool
	weight    float64
	count     int      // how many times the body supports the term
	alts      []string // stems of the term's synonyms
	synonym   bool     // supported by a synonym only
	supported bool
}

// CheckHeadline checks headline against body: each key term of the
// headline (its content words) should be supported by the body, by the
// same stem, a close inflection, a word of the same group ("plan" and
// "proposal") or a synonym ("boob" and "breast"). The score is the
// likelihood a small model gives that the body bears the headline out,
// from how much of the headline the body supports and where: in one
// place, in its lead, or scattered (see headline_model.go). A kicker before a colon that names its subject ("Nice terror
// attack: …") where the body has none of its names makes the headline
// inconsistent whatever the score. Unsupported lists the unsupported
// terms, names first, each with the phrase it heads ("Nice terror
// attack").
func CheckHeadline(headline, body string) HeadlineCheck {
	return checkHeadline(headline, body, Split(body))
}

// checkHeadline is CheckHeadline with body already split into sentences,
// so Make splits each body once.
func checkHeadline(headline, body string, bodySents []Sentence) HeadlineCheck {
	hc := HeadlineCheck{Unsupported: []string{}}
	segs, segWords, ts, sents := headlineTerms(headline, body, bodySents)
	if len(ts) == 0 {
		hc.Consistent = true
		hc.Score = 1
		return hc
	}
	f := headlineFeatures(ts, sents)
	hc.Score = math.Round(headlineModel(f)*1000) / 1000
	hc.Consistent = hc.Score >= HeadlineThreshold
	// A kicker that names its subject ("Nice terror attack: …") is borne
	// out when the body has one of its names.
	kickerNamed := false
	for _, t := range ts {
		if t.seg == 0 && t.name && t.supported {
			kickerNamed = true
		}
	}
	seen := map[string]bool{}
	covered := map[[2]int]bool{}
	// Names first, so that the words of a phrase they head are reported
	// once, with it.
	sort.SliceStable(ts, func(i, j int) bool { return ts[i].name && !ts[j].name })
	for _, t := range ts {
		if t.supported {
			continue
		}
		kicker := len(segs) > 1 && t.seg == 0 && len(segWords[0]) >= 2
		if t.name && kicker && !kickerNamed {
			// The name a kicker gives the story ("Nice terror attack:
			// …") that the body never mentions: the headline claims
			// what the story does not say. The score is halved, so
			// that it falls below the threshold with the verdict.
			if hc.Consistent {
				hc.Score = math.Round(hc.Score*500) / 1000
			}
			hc.Consistent = false
		}
		if covered[[2]int{t.seg, t.pos}] {
			continue
		}
		phrase := t.word.Text
		if t.name {
			var from, to int
			phrase, from, to = headlinePhrase(segWords[t.seg], t.pos, kicker)
			for p := from; p < to; p++ {
				covered[[2]int{t.seg, p}] = true
			}
		}
		if !seen[phrase] {
			seen[phrase] = true
			hc.Unsupported = append(hc.Unsupported, phrase)
		}
	}
	return hc
}

// headlineTerms splits headline into its segments and their words, and
// returns its key terms, each weighed and with the body's support
// counted, and the stems of each body sentence.
func headlineTerms(headline, body string, bodySents []Sentence) (segs []string, segWords [][]terms.Word, ts []headlineTerm, sents [][]string) {
	segs = headlineSegments.Split(strings.TrimSpace(headline), -1)
	for si, seg := range segs {
		ws := terms.Words(seg)
		segWords = append(segWords, ws)
		for pi, w := range ws {
			if terms.Stop(w.Text) || len([]rune(w.Text)) < 2 && !isDigits(w.Text) {
				continue
			}
			ts = append(ts, headlineTerm{word: w, seg: si, pos: pi})
		}
	}
	if len(ts) == 0 {
		return segs, segWords, nil, nil
	}
	// In a headline in title case every word has a capital, so only
	// acronyms tell names apart.
	caps := 0
	for _, t := range ts {
		if t.word.Capital {
			caps++
		}
	}
	titleCase := len(ts) >= 3 && float64(caps) >= 0.8*float64(len(ts))

	bodyStems, bodyLower := headlineBodyIndex(body)
	sents = headlineSentenceStems(bodySents)
	for i := range ts {
		t := &ts[i]
		t.name = headlineName(segWords[t.seg], t.pos, titleCase)
		t.weight = 1
		if terms.Common(t.word.Stem) {
			t.weight = headlineCommonWeight
		}
		if t.name {
			t.weight *= headlineNameWeight
		}
		t.count = headlineSupport(t.word, bodyStems, bodyLower)
		if t.count == 0 && !t.name {
			// A word of the same sense: "boob" and "breast".
			t.alts = terms.Synonyms(t.word.Stem, headlineSynonymRank)
			for _, a := range t.alts {
				t.count += bodyStems[a]
			}
			t.synonym = t.count > 0
		}
		t.supported = t.count > 0
	}
	return segs, segWords, ts, sents
}

// headlineSentenceStems returns the stems of each sentence.
func headlineSentenceStems(sents []Sentence) [][]string {
	out := make([][]string, len(sents))
	for i, s := range sents {
		for _, w := range terms.Words(s.Text) {
			out[i] = append(out[i], w.Stem)
		}
	}
	return out
}

func headlineInSentence(t *headlineTerm, stems []string) bool {
	for _, s := range stems {
		if terms.Match(t.word.Stem, s) || slices.Contains(t.alts, s) {
			return true
		}
	}
	return false
}

// headlinePhrase returns the phrase a name at pos heads: the whole kicker
// when the name stands in a headline's first segment of a few words
// ("Nice terror attack"), else the run of capitalised words around it.
func headlinePhrase(ws []terms.Word, pos int, kicker bool) (phrase string, from, to int) {
	if kicker && len(ws) <= 5 {
		out := make([]string, len(ws))
		for i, w := range ws {
			out[i] = w.Text
		}
		return strings.Join(out, " "), 0, len(ws)
	}
	i, j := pos, pos+1
	for i > 0 && ws[i-1].Capital && !terms.Stop(ws[i-1].Text) {
		i--
	}
	for j < len(ws) && ws[j].Capital && !terms.Stop(ws[j].Text) {
		j++
	}
	out := make([]string, 0, j-i)
	for _, w := range ws[i:j] {
		out = append(out, w.Text)
	}
	return strings.Join(out, " "), i, j
}

// headlineBodyIndex returns the stems of body with their counts and its lower-case
// text, for phrases of several words.
func headlineBodyIndex(body string) (map[string]int, string) {
	stems := make(map[string]int)
	ws := terms.Words(body)
	lower := make([]string, 0, len(ws))
	for _, w := range ws {
		stems[w.Stem]++
		for _, p := range hyphenParts(w.Text) {
			stems[terms.Stem(p)]++
		}
		if n := terms.Number(w.Text); n != "" {
			stems[n]++
		}
		lower = append(lower, strings.ToLower(w.Text))
	}
	return stems, " " + strings.Join(lower, " ") + " "
}

// hyphenParts returns the parts of a hyphenated word, or nil.
func hyphenParts(w string) []string {
	if !strings.Contains(w, "-") {
		return nil
	}
	var out []string
	for _, p := range strings.Split(w, "-") {
		if len(p) >= 2 {
			out = append(out, p)
		}
	}
	return out
}

// headlineSupport returns how many times the body uses the word w or one
// that supports it.
func headlineSupport(w terms.Word, stems map[string]int, lower string) int {
	if num := terms.Number(w.Text); num != "" {
		return stems[num]
	}
	n := 0
	for s, c := range stems {
		if terms.Match(w.Stem, s) {
			n += c
		}
	}
	if g := terms.Group(w.Stem); g != 0 {
		for _, p := range terms.GroupPhrases(g) {
			n += strings.Count(lower, " "+p+" ")
		}
	}
	if n == 0 {
		// "Three-breasted": supported when its content parts are.
		parts, got := 0, 0
		for _, p := range hyphenParts(w.Text) {
			if terms.Stop(p) {
				continue
			}
			parts++
			if headlineSupport(terms.Word{Text: p, Stem: terms.Stem(p)}, stems, lower) > 0 {
				got++
			}
		}
		if parts > 0 && got == parts {
			n = 1
		}
	}
	return n
}

// headlineName reports whether the word at pos of a headline segment is
// a name. Capitals mark names only in a sentence-case headline, and not
// on a segment's first word unless a known place ("Nice") or the start of
// a name of several words ("Joan Rivers"); acronyms are names anywhere.
func headlineName(ws []terms.Word, pos int, titleCase bool) bool {
	w := ws[pos]
	switch {
	case isAcronym(w.Text) && len(w.Text) <= 6:
		return true
	case !w.Capital:
		return false
	case terms.Place(w.Text):
		return true
	case titleCase:
		return false
	case pos > 0:
		return true
	}
	return pos+1 < len(ws) && ws[pos+1].Capital && !terms.Stop(ws[pos+1].Text)
}

func isDigits(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) && r != ',' && r != '.' {
			return false
		}
	}
	return s != ""
}

// isAcronym reports whether w is written in capitals: "ISIS", "NATO".
func isAcronym(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters >= 2
}
