package bite

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// attributeAfter looks for "…," Kirby said / said Kirby / he told NBC.
func attributeAfter(text string, q *rawQuote, limit int) {
	if q.close >= limit {
		return
	}
	seg := text[q.close:limit]
	// The attribution ends the sentence or a clause.
	if k := sentenceEnd(seg); k >= 0 {
		seg = seg[:k]
	}
	last := strings.TrimSpace(text[q.parts[len(q.parts)-1][0]:q.parts[len(q.parts)-1][1]])
	if strings.HasSuffix(last, ".") && !strings.HasPrefix(strings.TrimSpace(seg), ",") {
		// A full sentence in quotes ends before the next words begin.
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(seg, " "))
		if unicode.IsUpper(r) {
			return
		}
	}
	words := wordRe.FindAllStringIndex(seg, -1)
	if len(words) == 0 {
		return
	}
	// "…" - Clinton. / "…" — Hillary Clinton
	if t := strings.TrimLeftFunc(seg, unicode.IsSpace); strings.HasPrefix(t, "-") || strings.HasPrefix(t, "—") || strings.HasPrefix(t, "–") || strings.HasPrefix(t, "―") {
		s, e := phraseAfter(seg, words[0][0])
		if s < e && upperAt(seg, s) && len(strings.Fields(seg[s:e])) <= 5 {
			setSpeaker(q, text, q.close+s, q.close+e)
		}
		return
	}
	// A transcript: "PENCE: Well, …".
	first := text[q.parts[0][0]:q.parts[0][1]]
	if m := transcriptRe.FindStringIndex(first); m != nil {
		name := strings.TrimSpace(first[:m[1]-1])
		setSpeaker(q, text, q.parts[0][0], q.parts[0][0]+len(name))
		return
	}
	// A quotation that ends in a comma, question or exclamation mark runs
	// into its attribution, which may come after a long appositive.
	open := strings.HasSuffix(last, ",") || strings.HasSuffix(last, "?") || strings.HasSuffix(last, "!") ||
		strings.HasPrefix(strings.TrimSpace(seg), ",")
	maxWords := 9
	if open {
		maxWords = 30
	}
	defer func() {
		if q.how == 0 && open {
			attributeUnknownVerb(text, q, seg, words)
		}
	}()
	for wi, w := range words {
		if wi > maxWords {
			return
		}
		lw := strings.ToLower(seg[w[0]:w[1]])
		if lw == "according" && accordingTo(text, q, seg, words, wi, q.close) {
			return
		}
		if !isCue(seg, w) || participles[lw] {
			continue
		}
		if nounCues[lw] && wi > 0 && !afterName(seg, words[wi-1]) {
			continue
		}
		cue := cueWith(seg, words, wi)
		if wi == 0 {
			// said Kirby, a spokesman
			s, e := phraseAfter(seg, w[1])
			if cue != seg[w[0]:w[1]] {
				s, e = phraseAfter(seg, w[0]+len(cue))
			}
			if s < e {
				q.cue = cue
				setSpeaker(q, text, q.close+s, q.close+e)
			}
			return
		}
		// Kirby said / he told reporters / the senator also said
		s, e := phraseBefore(seg, 0, w[0])
		if s >= e || !nounish(seg[s:e]) {
			// « … », a déclaré Emmanuel Macron
			s, e = phraseAfter(seg, w[0]+len(cue))
		} else if m := asSayingRe.FindStringSubmatchIndex(seg[w[1]:]); m != nil {
			// Mr Kirby reported Mr Kerry as saying: the words are Kerry's.
			s, e = w[1]+m[2], w[1]+m[3]
		} else if m := leadAndTeamRe.FindStringSubmatchIndex(seg[:s]); m != nil && groupOfLead(seg[s:e]) {
			// Paganini and his team wrote: the named lead.
			s, e = m[2], m[3]
		}
		if s < e {
			q.cue = cue
			setSpeaker(q, text, q.close+s, q.close+e)
		}
		return
	}
}

// accordingTo reads "according to Kirby" from words[wi], the word
// "according", of seg, which starts at off in text. It tells whether "to"
// follows, and gives q the phrase after it, if any, as its speaker.
func accordingTo(text string, q *rawQuote, seg string, words [][]int, wi, off int) bool {
	if wi+1 >= len(words) || !strings.EqualFold(seg[words[wi+1][0]:words[wi+1][1]], "to") {
		return false
	}
	s, e := phraseAfter(seg, words[wi+1][1])
	if s < e {
		q.cue = "according to"
		setSpeaker(q, text, off+s, off+e)
	}
	return true
}

// asSayingRe matches a name the cue reports as the speaker: "reported
// Mr Kerry as saying".
var asSayingRe = regexp.MustCompile(`^\s+((?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+as\s+(?:saying|having said)\b`)

// leadAndTeamRe matches a name joined to a group of its own before the
// speaker phrase "his team": "Paganini and ".
var leadAndTeamRe = regexp.MustCompile(`(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+and\s+$`)

// groupOfLead reports whether a speaker phrase is a group belonging to
// someone named before it: "his team", "her colleagues".
func groupOfLead(p string) bool {
	w := strings.Fields(strings.ToLower(p))
	return len(w) >= 2 && len(w) <= 3 && (w[0] == "his" || w[0] == "her" || w[0] == "their")
}

// nounCues are speech verbs that are also plural nouns ("a dozen states
// held contests"): cues only after a name or a pronoun.
var nounCues = map[string]bool{
	"states": true, "reports": true, "claims": true, "comments": true, "posts": true, "remarks": true,
	"promises": true, "notes": true, "counters": true, "cries": true, "tweets": true, "urges": true,
	"chants": true, "vows": true, "writes": false,
}

// afterName reports whether the word w is a name or a pronoun.
func afterName(seg string, w []int) bool {
	word := seg[w[0]:w[1]]
	return upperAt(word, 0) || pronouns[strings.ToLower(word)]
}

// attributeUnknownVerb reads '"…," Trump shot back' and '"…," exhorted
// Jamie Lee Curtis': a short clause of a name and a past-tense verb.
func attributeUnknownVerb(text string, q *rawQuote, seg string, words [][]int) {
	if len(words) < 2 || len(words) > 8 {
		return
	}
	w0 := seg[words[0][0]:words[0][1]]
	if !upperAt(w0, 0) && strings.HasSuffix(w0, "ed") {
		// exhorted Jamie Lee Curtis
		s, e := phraseAfter(seg, words[0][1])
		if s < e && upperAt(seg, s) {
			q.cue = w0
			setSpeaker(q, text, q.close+s, q.close+e)
		}
		return
	}
	// Trump shot back / the senator snapped
	for wi := 1; wi < len(words) && wi < 5; wi++ {
		v := seg[words[wi][0]:words[wi][1]]
		if upperAt(v, 0) {
			continue
		}
		if !strings.HasSuffix(v, "ed") && v != "shot" && v != "went" && v != "spoke" {
			if functionWords[v] || v == "the" {
				continue
			}
			return
		}
		s, e := phraseBefore(seg, 0, words[wi][0])
		if s < e && (upperAt(seg, s) || pronouns[strings.ToLower(seg[s:e])]) {
			q.cue = v
			setSpeaker(q, text, q.close+s, q.close+e)
		}
		return
	}
}

var transcriptRe = regexp.MustCompile(`^\s*[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,2}:`)

// attributeBefore looks for Kirby said: "…" / According to Kirby, "…" in
// text[from:to]. Strict, the words must end with a colon, comma or dash
// right before the quote; otherwise any cue of the sentence will do.
func attributeBefore(text string, q *rawQuote, from, to int, strict bool) {
	if from >= to {
		return
	}
	seg := text[from:to]
	trim := strings.TrimRight(seg, " ")
	if trim == "" {
		return
	}
	if strict && !strings.HasSuffix(trim, ":") && !strings.HasSuffix(trim, ",") && !strings.HasSuffix(trim, "—") {
		return
	}
	// The clause that introduces the quote: the last sentence before it.
	start := 0
	for i := len(trim) - 2; i > 0; i-- {
		if (trim[i] == '.' || trim[i] == '?' || trim[i] == '!') && trim[i+1] == ' ' && !abbrevBefore(trim[:i]) {
			start = i + 1
			break
		}
	}
	clause := trim
	if strict {
		clause = trim[:len(trim)-1]
	}
	words := wordRe.FindAllStringIndex(clause, -1)
	defer func() {
		// Former secretary of state Hillary Clinton: "…"
		if q.how == 0 && strict && strings.HasSuffix(trim, ":") && start < len(clause) {
			np := strings.TrimSpace(clause[start:])
			if n := len(strings.Fields(np)); n > 0 && n <= 6 && upperAt(np, 0) && capitalised(np)*2 >= n {
				off := from + strings.Index(clause[start:], np) + start
				setSpeaker(q, text, off, off+len(np))
				q.cue = ""
			}
		}
	}()
	for wi := len(words) - 1; wi >= 0; wi-- {
		w := words[wi]
		if w[0] < start {
			break
		}
		lw := strings.ToLower(clause[w[0]:w[1]])
		if lw == "according" && accordingTo(text, q, clause, words, wi, from) {
			return
		}
		if !isCue(clause, w) {
			continue
		}
		cue := cueWith(clause, words, wi)
		if participles[lw] || conjBefore(clause, w[0]) {
			q.cue = cue
			q.spkStart, q.spkEnd = sentenceStart(text, from+w[0]), from+w[0]
			q.speaker = strings.TrimSpace(text[q.spkStart:q.spkEnd])
			q.subject, q.how = true, 1
			return
		}
		s, e := phraseBefore(clause, start, w[0])
		if s >= e || !nounish(clause[s:e]) {
			// said Kirby: "…" / But, said Solovey, "…"
			s, e = phraseAfter(clause, w[0]+len(cue))
		}
		if s < e {
			q.cue = cue
			setSpeaker(q, text, from+s, from+e)
		}
		return
	}
}

// attributeBySubject gives a quotation the subject of the sentence before
// it (in its paragraph, or ending the paragraph before) when that is a
// person or a pronoun.
func attributeBySubject(text string, q *rawQuote, from int, paras []para) {
	end := q.open
	if q.open == paras[q.p0].start {
		if q.p0 == 0 {
			return
		}
		from, end = paras[q.p0-1].start, paras[q.p0-1].end
		// The paragraph before must not end in a quotation of its own.
		if t := strings.TrimRight(text[from:end], " "); strings.HasSuffix(t, "\"") || strings.HasSuffix(t, "”") {
			return
		}
	} else if ss := sentenceStart(text, q.open); ss < from && paras[q.p0].start <= ss {
		// Earlier quotations in the same sentence: "Cruz called Trump a
		// "liar" who is "amoral" and a "…"".
		from = ss
	}
	if from >= end {
		return
	}
	seg := strings.TrimRight(text[from:end], " :,—-")
	st := from
	if k := lastSentenceStart(seg); k > 0 {
		st = from + k
	}
	clause := strings.TrimSpace(text[st:end])
	if clause == "" {
		return
	}
	first := strings.ToLower(strings.Fields(clause)[0])
	if pronouns[first] {
		i := strings.Index(text[st:end], strings.Fields(clause)[0])
		q.speaker = strings.Fields(clause)[0]
		q.spkStart, q.spkEnd = st+i, st+i+len(q.speaker)
		q.how = 3
		return
	}
	q.speaker = clause
	q.spkStart, q.spkEnd = st, end
	q.subject = true
	q.how = 3
}

// lastSentenceStart returns the offset of the last sentence of seg.
func lastSentenceStart(seg string) int {
	for i := len(seg) - 2; i > 0; i-- {
		if (seg[i] == '.' || seg[i] == '?' || seg[i] == '!' || seg[i] == '\n') && (seg[i+1] == ' ' || seg[i+1] == '\n') && !abbrevBefore(seg[:i]) {
			return i + 1
		}
	}
	return 0
}

func setSpeaker(q *rawQuote, text string, s, e int) {
	if !nounish(text[s:e]) {
		return
	}
	q.speaker = strings.TrimSpace(text[s:e])
	q.spkStart, q.spkEnd = s, e
	q.how = 1
}

// capitalised counts the words of p that begin with a capital.
func capitalised(p string) int {
	n := 0
	for _, w := range strings.Fields(p) {
		if upperAt(w, 0) {
			n++
		}
	}
	return n
}

var functionWords = map[string]bool{
	"the": true, "a": true, "an": true, "it": true, "this": true, "that": true, "and": true, "but": true,
	"or": true, "to": true, "of": true, "in": true, "on": true, "at": true, "as": true, "so": true,
	"if": true, "then": true, "when": true, "while": true, "for": true, "with": true, "by": true,
	"from": true, "which": true, "what": true, "there": true, "here": true, "not": true,
	"see": true, "read": true, "watch": true, "click": true, "follow": true, "below": true,
}

// nounish rejects phrases made only of function words ("to", "and").
func nounish(p string) bool {
	for _, w := range strings.Fields(p) {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if !functionWords[lw] && !auxWords[lw] {
			return true
		}
	}
	return false
}

// cueWith extends "told" to its object ("told NBC News", "told reporters")
// and "wrote" to "wrote on Twitter".
func cueWith(seg string, words [][]int, wi int) string {
	w := words[wi]
	lw := strings.ToLower(seg[w[0]:w[1]])
	cue := seg[w[0]:w[1]]
	if lw != "told" && lw != "tells" && lw != "wrote" && lw != "writes" && lw != "said" && lw != "says" && lw != "posted" {
		return cue
	}
	end := w[1]
	j := wi + 1
	if (lw == "wrote" || lw == "writes" || lw == "said" || lw == "says" || lw == "posted") && j < len(words) {
		nw := strings.ToLower(seg[words[j][0]:words[j][1]])
		if nw != "on" && nw != "in" {
			return cue
		}
		j++
	}
	if j < len(words) && strings.ToLower(seg[words[j][0]:words[j][1]]) == "the" {
		j++
	}
	n := 0
	for ; j < len(words) && n < 4; j++ {
		if strings.ContainsAny(seg[end:words[j][0]], ",;:.\"“”") {
			break
		}
		word := seg[words[j][0]:words[j][1]]
		r, _ := utf8.DecodeRuneInString(word)
		if !unicode.IsUpper(r) && !(n == 0 && (word == "reporters" || word == "journalists")) {
			break
		}
		if calendarWords[strings.ToLower(strings.TrimSuffix(word, "."))] {
			break // "said in August" is when, not where
		}
		end = words[j][1]
		n++
	}
	// "told US media", "told Afghan officials": the name qualifies the
	// listeners the next word names.
	if n > 0 && j < len(words) && !strings.ContainsAny(seg[end:words[j][0]], ",;:.\"“”") && listenerNouns[seg[words[j][0]:words[j][1]]] {
		end = words[j][1]
	}
	if n == 0 {
		return cue
	}
	return seg[w[0]:trimDot(seg, w[0], end)]
}

// listenerNouns name who was told, after a name that qualifies them.
var listenerNouns = map[string]bool{
	"media": true, "television": true, "radio": true, "reporters": true, "journalists": true,
	"officials": true, "lawmakers": true, "newspaper": true, "broadcaster": true, "outlets": true,
}

// roleWords stand between a name and a name in "Clinton campaign manager
// Robby Mook".
var roleWords = map[string]bool{
	"campaign": true, "manager": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"adviser": true, "advisor": true, "ally": true, "aide": true, "chairman": true, "chairwoman": true,
	"director": true, "secretary": true, "strategist": true, "press": true, "communications": true,
	"deputy": true, "chief": true, "executive": true, "attorney": true, "consultant": true, "pollster": true,
	"analyst": true, "founder": true, "co-founder": true, "host": true, "editor": true, "reporter": true,
	"correspondent": true, "lawyer": true, "senior": true, "policy": true, "national": true, "political": true,
	"staff": true, "finance": true, "digital": true, "field": true, "state": true, "house": true,
}

// nameParticles may stand inside a name in lower case.
var nameParticles = map[string]bool{
	"de": true, "da": true, "del": true, "della": true, "van": true, "von": true, "der": true, "den": true,
	"bin": true, "al": true, "el": true, "la": true, "le": true, "du": true, "dos": true, "ibn": true,
	"ben": true, "ter": true, "ten": true, "zu": true, "das": true,
}

// phraseAfter returns the noun phrase that follows off: up to a comma,
// full stop, or a word that starts a new clause.
func phraseAfter(seg string, off int) (int, int) {
	words := wordRe.FindAllStringIndex(seg[off:], -1)
	s, e := -1, -1
	for k, w := range words {
		if k > 8 {
			break
		}
		a, b := off+w[0], off+w[1]
		if s >= 0 && strings.ContainsAny(seg[e:a], ",;:()\"“”—") {
			break
		}
		lw := strings.ToLower(seg[a:b])
		// A name ends at the first lower-case word: "Angela Merkel am Montag".
		if s >= 0 && upperAt(seg, s) && !upperAt(seg, a) && !nameParticles[seg[a:b]] && !roleWords[lw] {
			return s, trimDot(seg, s, e)
		}
		if s >= 0 {
			switch lw {
			case "in", "at", "on", "during", "after", "before", "while", "when", "to", "via", "who", "which",
				"that", "adding", "noting", "and", "as", "because", "but", "about", "of", "last", "this", "told":
				if !(lw == "of" && upperAt(seg, b)) {
					return s, trimDot(seg, s, e)
				}
			}
		}
		if s < 0 {
			s = a
		}
		e = b
	}
	if s < 0 {
		return 0, 0
	}
	return s, trimDot(seg, s, e)
}

func upperAt(seg string, off int) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(seg[off:], " "))
	return unicode.IsUpper(r)
}

// trimDot drops a sentence's full stop kept by the word pattern, unless
// it closes an abbreviation.
func trimDot(seg string, s, e int) int {
	if e > s && seg[e-1] == '.' && !abbrevBefore(seg[s:e-1]) {
		return e - 1
	}
	return e
}

// phraseBefore returns the noun phrase that ends at off (the subject of a
// cue verb), skipping adverbs and auxiliaries, starting no earlier than
// start. "John Kirby, the spokesman, said" gives "John Kirby".
func phraseBefore(seg string, start, off int) (int, int) {
	// "Brian Fallon, a spokesman for the campaign, said" and "Trump, who
	// has told aides …, said": the name before the appositive.
	if body := strings.TrimRight(seg[start:off], " "); strings.HasSuffix(body, ",") {
		inner := body[:len(body)-1]
		if c := strings.LastIndex(inner, ","); c > 0 {
			app := strings.TrimSpace(inner[c+1:])
			if isAppositive(app, 0, len(app)) || !upperAt(app, 0) {
				ps, pe := phraseBefore(seg, start, start+c)
				if ps < pe && upperAt(seg, ps) {
					return ps, pe
				}
			}
		}
	}
	words := wordRe.FindAllStringIndex(seg[start:off], -1)
	for i := range words {
		words[i][0] += start
		words[i][1] += start
	}
	// Drop auxiliaries and adverbs just before the verb.
	for len(words) > 0 {
		lw := strings.ToLower(seg[words[len(words)-1][0]:words[len(words)-1][1]])
		if auxWords[lw] || (strings.HasSuffix(lw, "ly") && len(lw) > 4 && !upperAt(seg, words[len(words)-1][0])) {
			words = words[:len(words)-1]
			continue
		}
		break
	}
	if len(words) == 0 {
		return 0, 0
	}
	e := words[len(words)-1][1]
	s := words[len(words)-1][0]
	n := 1
	for k := len(words) - 2; k >= 0 && n < 8; k-- {
		gap := seg[words[k][1]:words[k+1][0]]
		if strings.ContainsAny(gap, ",;:()\"“”—") {
			// "John Kirby, the spokesman, said": the name before the
			// appositive is the speaker.
			if strings.Contains(gap, ",") && isAppositive(seg, s, e) {
				ps, pe := phraseBefore(seg, start, words[k][1]+1)
				if ps < pe && upperAt(seg, ps) {
					return ps, pe
				}
			}
			break
		}
		lw := strings.ToLower(seg[words[k][0]:words[k][1]])
		if stopBefore[lw] {
			break
		}
		s = words[k][0]
		n++
	}
	// A leading "and"/"but" is not part of the phrase.
	return s, trimDot(seg, s, e)
}

var stopBefore = map[string]bool{
	"and": true, "but": true, "as": true, "while": true, "when": true, "so": true, "because": true,
	"that": true, "which": true, "who": true, "where": true, "if": true, "after": true, "before": true,
	"in": true, "on": true, "at": true, "to": true, "with": true, "for": true, "from": true, "by": true,
	"said": true, "says": true, "told": true, "added": true, "then": true, "than": true, "though": true,
	"although": true, "since": true, "until": true, "whom": true, "what": true, "why": true, "how": true,
	"during": true, "into": true, "about": true, "over": true, "under": true, "later": true, "yesterday": true,
	"today": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "statement": true, "interview": true,
}

// isAppositive reports whether seg[s:e] reads as a description ("the
// Pentagon spokesman", "a former aide", "who ...").
func isAppositive(seg string, s, e int) bool {
	w := strings.Fields(seg[s:e])
	if len(w) == 0 {
		return false
	}
	switch strings.ToLower(w[0]) {
	case "a", "an", "the", "his", "her", "their", "its", "who", "whose", "one", "another", "former":
		return true
	}
	return false
}

func abbrevBefore(s string) bool {
	i := strings.LastIndexAny(s, " \n\"“(")
	w := strings.ToLower(s[i+1:])
	switch w {
	case "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "st", "jr", "sr", "prof", "lt", "col", "sgt", "capt", "u.s", "u.k", "u.n", "inc", "corp", "co", "ltd", "no", "vs":
		return true
	}
	r, sz := utf8.DecodeRuneInString(s[i+1:])
	return sz == len(s[i+1:]) && unicode.IsUpper(r)
}

// sentenceEnd returns the offset of the first sentence end in seg, or -1.
func sentenceEnd(seg string) int {
	for i := 0; i < len(seg); i++ {
		switch seg[i] {
		case '.', '?', '!':
			if i+1 == len(seg) || seg[i+1] == ' ' || seg[i+1] == '\n' || seg[i+1] == '"' {
				if seg[i] == '.' && abbrevBefore(seg[:i]) {
					continue
				}
				return i
			}
		case '\n':
			return i
		}
	}
	return -1
}
