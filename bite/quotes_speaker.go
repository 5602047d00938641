package bite

import (
	"sort"
	"strings"
)

// resolveSpeaker turns the speaker phrase into the fullest name the text
// gives: a named person by their full name, a pronoun by the person in
// context, a description as written.
func resolveSpeaker(text string, an *analysis, q *rawQuote) string {
	if q.speaker == "" {
		return ""
	}
	spk := q.speaker
	if q.subject {
		// After a fronted clause ("Filling in for Sanders at the event where
		// Clinton spoke, West landed a dig"), the subject follows its comma.
		if c := strings.LastIndex(text[q.spkStart:q.spkEnd], ", "); c > 0 {
			if e := an.firstSubject(q.spkStart+c+2, q.spkEnd, unknown); e != nil {
				return e.name
			}
		}
		if e := an.subjectOf(q.spkStart, q.spkEnd, unknown); e != nil {
			return e.name
		}
		// "When he returned he began by saying": the pronoun's person.
		for _, loc := range wordRe.FindAllStringIndex(text[q.spkStart:q.spkEnd], -1) {
			w := strings.ToLower(text[q.spkStart+loc[0] : q.spkStart+loc[1]])
			if w == "he" || w == "she" {
				if e, _ := an.personBefore(q.spkStart+loc[0], q, genderOfPronoun(w)); e != nil {
					return e.name
				}
				break
			}
		}
		return leadingPhrase(text[q.spkStart:q.spkEnd])
	}
	lw := strings.ToLower(spk)
	if lw == "they" {
		return spk // a group; left as written
	}
	if pronouns[lw] {
		g := genderOfPronoun(lw)
		off := q.spkStart
		if off < 0 {
			off = q.open
		}
		e, at := an.personBefore(off, q, g)
		// A speaker the tagger did not know ("said 9/11 widow Terry
		// Strada. She continued") is more recent than any name it found.
		for i := len(an.spoken) - 1; i >= 0; i-- {
			sp := an.spoken[i]
			if sp.pos < off && sp.pos > at && g.fits(sp.g) {
				return sp.name
			}
		}
		if e != nil {
			return e.name
		}
		return spk
	}
	var m *mention
	if q.spkStart >= 0 {
		m = an.mentionAt(q.spkStart, q.spkEnd)
		// "Clinton ally James Carville": the name that ends the phrase is
		// the speaker, even where the tagger saw only the first.
		if tail := tailName(spk); tail != "" && (m == nil || m.ent.kind != kindPER || !strings.HasSuffix(strings.TrimRight(spk, ". "), m.text)) {
			if mm := an.mentionAt(q.spkEnd-len(tail), q.spkEnd); mm != nil && mm.ent.kind == kindPER {
				return mm.ent.name
			}
			if m != nil && m.ent.kind == kindPER {
				return tail
			}
		}
		if m != nil && m.ent.kind == kindPER {
			// The tagger may clip a name the phrase gives whole ("Dianna
			// E. Anderson" seen as "E. Anderson").
			if name := cleanName(spk); nameLike(name) && len(name) > len(m.ent.name) && strings.HasSuffix(name, m.ent.name) {
				return name
			}
			return m.ent.name
		}
	}
	// A name the tagger missed in this spot: "Kirby" or "Mr. Kirby".
	name := cleanName(spk)
	if m == nil && nameLike(name) {
		toks := nameTokens(name)
		if e := an.personFor(toks[len(toks)-1], q.spkStart, an.people(), len(toks) == 1); e != nil {
			return e.name
		}
		return name
	}
	// A place, an employer or a clause is not the speaker ("in
	// Washington, D.C., McCain concluded"; "Lamrani, an analyst at
	// Stratfor, the … organization, told"; "Clinton, who called after the
	// winner was declared, told"): the person the sentence opens with is.
	if q.spkStart >= 0 && ((m != nil && (m.ent.kind == kindLOC || m.ent.kind == kindORG && afterPreposition(text, q.spkStart)) && strings.EqualFold(cleanName(spk), m.text)) || clauseLike(spk)) {
		if e := an.subjectOf(sentenceStart(text, q.spkStart), q.spkEnd, unknown); e != nil {
			return e.name
		}
	}
	return spk
}

// afterPreposition reports whether the word before off is a preposition:
// a name there is a post's employer ("an analyst at Stratfor, …, told"),
// not the subject.
func afterPreposition(text string, off int) bool {
	w := strings.Fields(text[max(0, off-12):off])
	if len(w) == 0 {
		return false
	}
	switch strings.ToLower(w[len(w)-1]) {
	case "at", "of", "for", "with", "from", "in", "by":
		return true
	}
	return false
}

// leadingPhrase returns the noun phrase a clause opens with ("The email
// went on to say", "A spokeswoman for the committee emailed reporters"),
// or "" when the clause does not open with one.
func leadingPhrase(clause string) string {
	clause = strings.TrimSpace(clause)
	w := strings.Fields(clause)
	if len(w) > 0 {
		switch strings.ToLower(strings.Trim(w[0], ",")) {
		case "but", "and", "yet", "so", "still", "then", "now", "meanwhile", "however":
			w = w[1:]
		case "in", "on", "at", "after", "before", "during", "while", "when", "as", "since", "asked", "speaking":
			// An opening adverbial runs to the first comma.
			for i, x := range w {
				if strings.HasSuffix(x, ",") {
					w = w[i+1:]
					break
				}
			}
		}
	}
	var out []string
	for i, x := range w {
		lx := strings.ToLower(strings.Trim(x, ",.:"))
		if i > 0 && !upperAt(x, 0) && (auxWords[lx] || cueWords[lx] || participles[lx] || commonVerbs[lx] ||
			strings.HasSuffix(lx, "ed") || phraseEnders[lx]) {
			break
		}
		if len(out) == 8 {
			return ""
		}
		out = append(out, strings.Trim(x, ",:"))
		if strings.HasSuffix(x, ",") {
			break
		}
	}
	if len(out) == 0 || pronouns[strings.ToLower(out[0])] || strings.EqualFold(out[0], "it") {
		return ""
	}
	if f := strings.ToLower(out[0]); !upperAt(out[0], 0) && f != "the" && f != "a" && f != "an" {
		return ""
	}
	return strings.Join(out, " ")
}

// phraseEnders are words a noun phrase does not run past.
var phraseEnders = map[string]bool{
	"in": true, "on": true, "at": true, "to": true, "with": true, "by": true, "that": true, "which": true,
	"who": true, "when": true, "while": true, "as": true, "if": true, "and": true, "but": true, "so": true,
	"because": true, "after": true, "before": true, "during": true, "into": true, "about": true, "than": true,
}

// commonVerbs end a noun phrase: the verbs news copy puts after a subject
// that the cue list does not hold.
var commonVerbs = map[string]bool{
	"went": true, "goes": true, "go": true, "made": true, "makes": true, "sent": true, "sends": true,
	"put": true, "puts": true, "gave": true, "gives": true, "took": true, "takes": true, "came": true,
	"comes": true, "began": true, "begins": true, "spoke": true, "speaks": true, "kept": true, "keeps": true,
	"got": true, "gets": true, "issued": true, "issues": true, "called": true, "calls": true, "used": true,
	"uses": true, "read": true, "reads": true, "described": true, "describes": true, "shows": true,
	"showed": true, "offers": true, "offered": true, "sees": true, "saw": true, "made,": true,
}

// tailName returns the name of two or more capitalised words that ends a
// longer phrase with lower-case words in it ("Clinton campaign manager
// Robby Mook" gives "Robby Mook"), or "".
func tailName(p string) string {
	w := strings.Fields(strings.TrimRight(p, " ."))
	i := len(w)
	for i > 0 && (upperAt(w[i-1], 0) || nameParticles[w[i-1]]) {
		i--
	}
	if i == 0 || len(w)-i < 2 {
		return ""
	}
	return strings.Join(w[i:], " ")
}

// nameLike reports whether p reads as a proper name: one to four words,
// each capitalised or an initial.
func nameLike(p string) bool {
	w := strings.Fields(p)
	if len(w) == 0 || len(w) > 4 {
		return false
	}
	for _, x := range w {
		if !upperAt(x, 0) {
			return false
		}
	}
	return true
}

// clauseLike reports whether a phrase holds a verb or is too long to be a
// noun phrase.
func clauseLike(p string) bool {
	w := strings.Fields(strings.ToLower(p))
	if len(w) > 6 {
		return true
	}
	for _, x := range w {
		switch x {
		case "was", "were", "is", "are", "has", "had", "been", "be", "did", "said":
			return true
		}
	}
	return false
}

func (an *analysis) people() []*entity {
	var out []*entity
	for _, e := range an.ents {
		if e.kind == kindPER && e.count > 0 {
			out = append(out, e)
		}
	}
	return out
}

// personBefore returns the person a pronoun at off most likely refers to:
// the subject of the latest sentence before it that names someone of the
// pronoun's gender outside quotation marks.
func (an *analysis) personBefore(off int, q *rawQuote, g gender) (*entity, int) {
	var last *mention
	for _, m := range an.mentions {
		if m.start >= off {
			break
		}
		if m.ent != nil && m.ent.kind == kindPER && !an.inQuote(m.start) && g.fits(m.ent.gender) && !placeContext(an.text, m) {
			last = m
		}
	}
	if last == nil {
		return nil, -1
	}
	return an.subjectOf(sentenceStart(an.text, last.start), last.end, g), last.start
}

// placeContext reports whether a one-word name stands where places do
// ("in Tulsa"): a likely tagging slip, not someone a pronoun refers to.
func placeContext(text string, m *mention) bool {
	if strings.Contains(m.ent.name, " ") {
		return false
	}
	w := strings.Fields(text[max(0, m.start-8):m.start])
	if len(w) == 0 {
		return false
	}
	switch strings.ToLower(w[len(w)-1]) {
	case "in", "at", "from", "near", "into", "across", "throughout", "outside":
		return true
	}
	return false
}

// subjectOf returns the person most likely the subject of text[from:to]:
// the first named outside quotation marks, passing over names in a
// prepositional phrase or a possessive ("Murphy's spokeswoman").
func (an *analysis) subjectOf(from, to int, g gender) *entity {
	// After a fronted clause ("Filling in for Sanders at the event where
	// Clinton spoke, West landed a dig"), the subject follows its comma.
	return an.firstSubject(from, to, g)
}

func (an *analysis) firstSubject(from, to int, g gender) *entity {
	var first *entity
	for _, m := range an.mentions {
		if m.start < from || m.start >= to || m.ent == nil || m.ent.kind != kindPER || an.inQuote(m.start) || !g.fits(m.ent.gender) {
			continue
		}
		if first == nil {
			first = m.ent
		}
		rest := an.text[m.end:]
		if strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") || strings.HasPrefix(rest, "' ") || strings.HasPrefix(rest, "’ ") {
			continue
		}
		before := strings.Fields(an.text[max(from, m.start-12):m.start])
		if len(before) > 0 {
			switch strings.ToLower(before[len(before)-1]) {
			case "from", "of", "by", "with", "to", "about", "against", "for", "on", "at", "in", "and", "than", "between", "like":
				continue
			}
		}
		// "Clinton spokeswoman Jennifer Palmieri": the role's holder.
		if n := an.roleHolder(m, to); n != nil {
			return n.ent
		}
		return m.ent
	}
	return first
}

// roleHolder returns the person named right after m across role words
// only ("Trump campaign chairman Paul Manafort"), or nil.
func (an *analysis) roleHolder(m *mention, to int) *mention {
	for _, n := range an.mentionsIn(m.end, to) {
		if n == m || n.start < m.end {
			continue
		}
		if n.ent == nil || n.ent.kind != kindPER {
			return nil
		}
		gap := strings.Fields(an.text[m.end:n.start])
		if len(gap) == 0 || len(gap) > 4 {
			return nil
		}
		for _, w := range gap {
			lw := strings.ToLower(w)
			if !roleWords[lw] && genderTitles[lw] == unknown && !personTitles[strings.TrimSuffix(lw, ".")] {
				return nil
			}
		}
		return n
	}
	return nil
}

func (an *analysis) inQuote(off int) bool {
	// an.quoted is in text order and its ranges do not overlap.
	i := sort.Search(len(an.quoted), func(i int) bool { return an.quoted[i][1] > off })
	return i < len(an.quoted) && an.quoted[i][0] <= off
}

// mentionsIn returns the mentions that overlap [start, end).
func (an *analysis) mentionsIn(start, end int) []*mention {
	i := sort.Search(len(an.mentions), func(i int) bool { return an.mentions[i].end > start })
	j := i
	for j < len(an.mentions) && an.mentions[j].start < end {
		j++
	}
	return an.mentions[i:j]
}

// mentionAt returns the mention overlapping [start, end), if any: the
// last person, as the head of "Clinton spokesman Josh Schwerin" comes
// last, else the first other name.
func (an *analysis) mentionAt(start, end int) *mention {
	var per, other *mention
	for _, m := range an.mentionsIn(start, end) {
		if m.ent != nil {
			if m.ent.kind == kindPER {
				per = m
			} else if other == nil {
				other = m
			}
		}
	}
	if per != nil {
		return per
	}
	return other
}

// sentenceStart returns the offset where the sentence holding off begins.
func sentenceStart(text string, off int) int {
	for i := off - 1; i > 0; i-- {
		switch text[i] {
		case '\n':
			return i + 1
		case ' ':
			c := text[i-1]
			if (c == '.' || c == '?' || c == '!') && !abbrevBefore(text[:i-1]) {
				return i + 1
			}
			if (c == '"' || c == 0x9d) && i > 1 && strings.ContainsAny(text[max(0, i-4):i-1], ".?!") {
				return i + 1
			}
		}
	}
	return 0
}
