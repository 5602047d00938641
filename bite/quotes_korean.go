package bite

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Korean marks a quotation by a particle right after its closing mark
// (“…”고 말했다, “…”라고 밝혔다) and its speaker by a topic or subject
// particle (엘제이는, 그가). The rules below read that much: no names are
// tagged in Korean, so the speaker is the noun as written.

// koQuotative are the particles that attach a quotation to its verb.
var koQuotative = []string{"이라고", "라고", "이라며", "라며", "라거나", "이라거나", "라는", "하고", "고"}

// koQuotativeAt reports whether s opens with a quotative particle.
func koQuotativeAt(s string) bool {
	for _, p := range koQuotative {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// koPronouns refer back to a person named before.
var koPronouns = map[string]bool{"그": true, "그녀": true, "그들": true}

// koTopic returns the noun of a word marked as topic or subject (엘제이는
// gives 엘제이), or "".
func koTopic(w string) string {
	for _, p := range []string{"은", "는", "이", "가"} {
		if n := strings.TrimSuffix(w, p); n != w && n != "" && isHangul(n) {
			return n
		}
	}
	return ""
}

func isHangul(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Hangul, r) {
			return false
		}
	}
	return s != ""
}

// attributeKorean gives a Korean quotation the topic of its sentence as
// speaker, and a pronoun topic the topic of an earlier sentence of the
// paragraph (그는 → 엘제이는 of the sentence before).
func attributeKorean(text string, q *rawQuote, paras []para) {
	rest := text[q.close:]
	if !koQuotativeAt(rest) {
		return
	}
	pstart := paras[q.p0].start
	// The sentence that holds the quotation starts after the last stop.
	before := text[pstart:q.open]
	sentStart := pstart
	if i := strings.LastIndexAny(before, ".!?。"); i >= 0 {
		sentStart = pstart + i + 1
	}
	s, e := lastTopic(text, sentStart, q.open)
	if s < 0 {
		return
	}
	if koPronouns[koTopic(text[s:e])] {
		// The person the paragraph spoke of last, before this sentence.
		ps, pe := lastTopic(text, pstart, sentStart)
		if ps < 0 || koPronouns[koTopic(text[ps:pe])] {
			return
		}
		s, e = ps, pe
	}
	name := koTopic(text[s:e])
	q.speaker = name
	q.spkStart, q.spkEnd = s, s+len(name)
	q.how = 1
	// The cue is the verb after the particle, with its adverb or
	// auxiliary: 말했다, 분명히 했고, 말하기도 했다.
	w := strings.Fields(rest)
	var cue []string
	for i := 1; i < len(w) && i <= 3; i++ {
		x := strings.TrimRight(w[i], ".,")
		cue = append(cue, x)
		if strings.HasSuffix(x, "다") || strings.HasSuffix(x, "고") || strings.HasSuffix(x, "며") || strings.HasSuffix(x, "지만") || x != w[i] {
			break
		}
	}
	q.cue = strings.Join(cue, " ")
}

// lastTopic returns the span of the last word in text[from:to] marked as
// topic or subject, or -1.
func lastTopic(text string, from, to int) (int, int) {
	s, e := -1, -1
	for _, loc := range wordRe.FindAllStringIndex(text[from:to], -1) {
		w := text[from+loc[0] : from+loc[1]]
		if r, _ := utf8.DecodeRuneInString(w); unicode.Is(unicode.Hangul, r) && koTopic(w) != "" {
			s, e = from+loc[0], from+loc[1]
		}
	}
	return s, e
}
