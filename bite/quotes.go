package bite

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbite/newsbite/article"
)

func init() {
	findQuotes = func(a *article.Article, _ []Sentence) []Quote {
		qs := locateQuotesIn(a.Text, tagsNames(a), quoteBlocks(a))
		out := make([]Quote, len(qs))
		for i, q := range qs {
			out[i] = q.Quote
		}
		return out
	}
}

// Quotes returns the direct quotations of a's body with their speakers.
func Quotes(a *article.Article) []Quote {
	return findQuotes(a, nil)
}

// QuoteSpan is a quotation with where its words are in the text: one byte
// range per paragraph it spans, quotation marks excluded.
type QuoteSpan struct {
	Quote
	Parts [][2]int
}

// QuoteSpans finds the direct quotations of text with their positions.
func QuoteSpans(text string) []QuoteSpan {
	return locateQuotes(text, true)
}

// para is one paragraph (a non-blank line) of the text.
type para struct {
	start, end int
}

// rawQuote is a quotation as found by the quotation marks.
type rawQuote struct {
	parts       [][2]int // content ranges
	open, close int      // offset of the opening mark, end of the closing mark
	p0, p1      int      // first and last paragraph
	speaker     string
	cue         string
	how         int // attribution: 0 none, 1 own cue, 2 borrowed
	spkStart    int // offset of the speaker phrase, -1 if none
	spkEnd      int
	subject     bool // the speaker is the subject of text[spkStart:spkEnd]
	block       bool // a block quotation without quotation marks
}

func paragraphs(text string) []para {
	var out []para
	off := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		t := strings.TrimRight(line, "\n\r")
		s := off + (len(t) - len(strings.TrimLeft(t, " \t")))
		e := off + len(strings.TrimRight(t, " \t"))
		if e > s {
			out = append(out, para{s, e})
		}
		off += len(line)
	}
	return out
}

const (
	markNone = iota
	markDouble
	markSingle
)

// openingMark tells whether the rune at i opens a quotation, and which
// kind; straight marks open where they follow a space or line start.
func openingMark(text string, i, start int) (kind, size int) {
	r, sz := utf8.DecodeRuneInString(text[i:])
	prev := rune(' ')
	if i > start {
		prev, _ = utf8.DecodeLastRuneInString(text[:i])
	}
	next, _ := utf8.DecodeRuneInString(text[i+sz:])
	openCtx := unicode.IsSpace(prev) || strings.ContainsRune("([{—–-:", prev) || i == start
	switch r {
	case '“', '„', '«':
		return markDouble, sz
	case '"':
		if openCtx && !unicode.IsSpace(next) {
			return markDouble, sz
		}
	case '‘':
		if openCtx && !unicode.IsSpace(next) {
			return markSingle, sz
		}
	}
	return markNone, 0
}

// closingMark tells whether the rune at i closes a quotation of kind.
func closingMark(text string, i, end, kind int, open rune) (bool, int) {
	r, sz := utf8.DecodeRuneInString(text[i:])
	switch kind {
	case markDouble:
		if open == '„' && r == '“' { // German: „…“
			return true, sz
		}
		return r == '”' || r == '"' || r == '»' || r == '“' && i+sz == end, sz
	case markSingle:
		if r != '’' {
			return false, sz
		}
		next := ' '
		if i+sz < end {
			next, _ = utf8.DecodeRuneInString(text[i+sz:])
		}
		return !unicode.IsLetter(next), sz
	}
	return false, sz
}

// scanQuotes finds the quotations by their marks. A quotation left open
// at the end of a paragraph continues when the next paragraph opens with
// a quotation mark, as news style writes multi-paragraph quotes.
func scanQuotes(text string, paras []para) []*rawQuote {
	var out []*rawQuote
	var cur *rawQuote
	kind := markNone
	for pi, p := range paras {
		i := p.start
		segStart := -1
		if cur != nil {
			// Continuation: the paragraph must open with a mark.
			k, sz := openingMark(text, i, p.start)
			if k != markNone {
				i += sz
				segStart = i
				cur.p1 = pi
			} else {
				cur = nil
				kind = markNone
			}
		}
		for i < p.end {
			if cur == nil {
				k, sz := openingMark(text, i, p.start)
				if k != markNone {
					cur = &rawQuote{open: i, p0: pi, p1: pi, spkStart: -1}
					kind = k
					i += sz
					segStart = i
					continue
				}
				_, sz = utf8.DecodeRuneInString(text[i:])
				i += sz
				continue
			}
			open, _ := utf8.DecodeRuneInString(text[cur.open:])
			ok, sz := closingMark(text, i, p.end, kind, open)
			if ok && i > segStart {
				cur.parts = append(cur.parts, [2]int{segStart, i})
				cur.close = i + sz
				out = append(out, cur)
				cur = nil
				kind = markNone
			}
			i += sz
		}
		if cur != nil {
			// Open at the paragraph end: keep the part, and see whether the
			// next paragraph carries on.
			if segStart < p.end {
				cur.parts = append(cur.parts, [2]int{segStart, p.end})
			}
			cur.close = p.end
			if pi+1 < len(paras) {
				if k, _ := openingMark(text, paras[pi+1].start, paras[pi+1].start); k != markNone {
					continue
				}
			}
			if len(cur.parts) > 0 {
				out = append(out, cur)
			}
			cur = nil
			kind = markNone
		}
	}
	return out
}

// cueWords are the verbs that attribute speech, by their forms.
var cueWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`said says say told tells tell added adds asked asks wrote writes
		explained explains noted notes stated states declared declares continued continues insisted insists
		argued argues claimed claims warned warns recalled recalls replied replies responded responds
		tweeted tweets posted posts announced announces acknowledged acknowledges admitted admits
		suggested suggests remarked remarks joked jokes quipped quips observed observes concluded concludes
		emphasized emphasised emphasizes stressed stresses shouted shouts yelled yells testified testifies
		commented comments confirmed confirms cautioned cautions predicted predicts boasted boasts
		complained complains lamented laments wondered wonders countered counters conceded concedes
		pleaded pleads urged urges vowed vows promised promises chanted chants cried cries
		reported reports agreed agrees reads added, summed sums mused muses retorted retorts
		sagte sagt erklärte erklärt betonte dit déclare déclaré dijo dice afirmó explicó
		disse detto zei zegt sade powiedział mówi`) {
		cueWords[w] = true
	}
}

// isCue reports whether the word at w is a speech verb: a cue word in
// lower case, not an infinitive ("wants to say").
func isCue(seg string, w []int) bool {
	word := seg[w[0]:w[1]]
	if !cueWords[word] && !participles[word] {
		return false
	}
	before := strings.TrimRight(seg[:w[0]], " ")
	return !strings.HasSuffix(before, " to") && !strings.HasSuffix(before, " not") && !strings.HasSuffix(before, " the")
}

// conjBefore reports whether the verb at off follows "and" or "but": it
// shares the sentence's subject ("he backed Obama and said").
func conjBefore(seg string, off int) bool {
	w := strings.Fields(seg[:off])
	// "and repeatedly says", "but has also said"
	for len(w) > 0 {
		lw := strings.ToLower(w[len(w)-1])
		if !auxWords[lw] && !(strings.HasSuffix(lw, "ly") && len(lw) > 4) {
			break
		}
		w = w[:len(w)-1]
	}
	if len(w) == 0 {
		return false
	}
	switch strings.ToLower(w[len(w)-1]) {
	case "and", "but", "then", "or":
		return true
	}
	return false
}

// participles attribute speech to the subject of their sentence:
// "Warren endorsed Clinton, saying, …".
var participles = map[string]bool{
	"saying": true, "adding": true, "noting": true, "telling": true, "writing": true, "asking": true,
	"arguing": true, "explaining": true, "warning": true, "insisting": true, "claiming": true,
	"declaring": true, "stating": true, "tweeting": true, "calling": true, "urging": true, "vowing": true,
}

// auxWords may stand between a speaker and the cue ("has said").
var auxWords = map[string]bool{
	"has": true, "had": true, "have": true, "would": true, "will": true, "also": true, "later": true,
	"then": true, "once": true, "previously": true, "recently": true, "again": true, "further": true,
	"simply": true, "just": true, "often": true, "repeatedly": true, "reportedly": true, "only": true,
	"famously": true, "was": true, "is": true, "could": true, "may": true,
	"might": true, "did": true, "does": true, "still": true, "even": true, "finally": true, "quickly": true,
	"first": true, "now": true, "since": true,
}

var pronouns = map[string]bool{"he": true, "she": true, "they": true, "him": true, "her": true}

var wordRe = regexp.MustCompile(`[\p{L}\p{N}][\p{L}\p{N}'’.\-]*`)

// quoteBlocks returns the byte ranges in a.Text of its block quotations
// (article.Quote blocks), consecutive ones joined.
func quoteBlocks(a *article.Article) [][2]int {
	var out [][2]int
	off := 0
	for i, bl := range a.Blocks {
		if i > 0 {
			prev := a.Blocks[i-1].Type
			if bl.Type == prev && (bl.Type == article.ListItem || bl.Type == article.TableRow) {
				off++
			} else {
				off += 2
			}
		}
		end := off + len(bl.Text)
		if end > len(a.Text) || a.Text[off:end] != bl.Text {
			return nil // the text is not the blocks' text
		}
		if bl.Type == article.Quote {
			if n := len(out); n > 0 && strings.TrimSpace(a.Text[out[n-1][1]:off]) == "" {
				out[n-1][1] = end
			} else {
				out = append(out, [2]int{off, end})
			}
		}
		off = end
	}
	return out
}

// locateQuotes finds the quotations of text and attributes them.
func locateQuotes(text string, tag bool) []QuoteSpan {
	return locateQuotesIn(text, tag, nil)
}

// locateQuotesIn is locateQuotes with the block quotations of the text:
// one introduced by its paragraph ("Obama said in a statement:") is a
// quotation even without quotation marks.
func locateQuotesIn(text string, tag bool, blocks [][2]int) []QuoteSpan {
	text = clipText(text)
	paras := paragraphs(text)
	raws := addBlockQuotes(text, paras, scanQuotes(text, paras), blocks)
	if len(raws) == 0 {
		return nil
	}
	an := analyse(text, tag)
	for _, q := range raws {
		an.quoted = append(an.quoted, q.parts...)
	}
	prevClose := func(k int) int {
		q := raws[k]
		if k > 0 && raws[k-1].p1 == q.p0 {
			return raws[k-1].close
		}
		return paras[q.p0].start
	}
	for k, q := range raws {
		nextOpen := paras[q.p1].end
		if k+1 < len(raws) && raws[k+1].p0 == q.p1 {
			nextOpen = raws[k+1].open
		}
		attributeAfter(text, q, nextOpen)
		if q.how == 0 {
			attributeBefore(text, q, prevClose(k), q.open, true)
		}
		// A quotation that opens a paragraph, introduced by the previous
		// one: Obama said in a statement:
		if q.how == 0 && q.open == paras[q.p0].start && q.p0 > 0 {
			pp := paras[q.p0-1]
			if strings.HasSuffix(text[pp.start:pp.end], ":") {
				from := pp.start
				if k > 0 && raws[k-1].p1 == q.p0-1 {
					from = raws[k-1].close
				}
				if from < pp.end {
					attributeBefore(text, q, from, pp.end, true)
				}
			}
		}
	}
	// A partial quotation inside a sentence: Trump said football "has
	// become soft".
	for k, q := range raws {
		if q.how == 0 && q.open != paras[q.p0].start {
			attributeBefore(text, q, prevClose(k), q.open, false)
		}
	}
	// Quotes without a cue of their own take the speaker of a neighbour:
	// the next quote of the same paragraph ("A." "B," he said), else the
	// previous quote in the same or the preceding paragraph.
	for k, q := range raws {
		if q.how != 0 {
			continue
		}
		if k+1 < len(raws) && raws[k+1].p0 == q.p1 && raws[k+1].how == 1 && between(text, q.close, raws[k+1].open) {
			borrow(q, raws[k+1])
			continue
		}
		if k > 0 && raws[k-1].how != 0 && (raws[k-1].p1 == q.p0 || (raws[k-1].p1 == q.p0-1 && q.open == paras[q.p0].start)) {
			borrow(q, raws[k-1])
		}
	}
	// Still unattributed: the subject of the sentence that holds or
	// introduces the quotation ("Clinton has since apologized: …").
	for k, q := range raws {
		if q.how == 0 {
			attributeBySubject(text, q, prevClose(k), paras)
		}
	}
	var out []QuoteSpan
	for _, q := range raws {
		txt := quoteText(text, q)
		if !keepQuote(txt, q) {
			continue
		}
		spk := resolveSpeaker(text, an, q)
		if spk != "" && q.spkStart >= 0 && !pronouns[strings.ToLower(q.speaker)] && an.personAt(q.spkStart, q.spkEnd) == nil && nameLike(cleanName(spk)) || descriptionOfPerson(spk) {
			an.spoken = append(an.spoken, spoken{pos: q.spkStart, name: spk, g: phraseGender(spk)})
		}
		out = append(out, QuoteSpan{Quote: Quote{Text: txt, Speaker: spk, Cue: q.cue}, Parts: q.parts})
	}
	return out
}

var creditRe = regexp.MustCompile(`^[—―–-]\s*([^(@—]{2,60}?)\s*\(@\w+\)`)

// addBlockQuotes adds the block quotations that no quotation mark opens
// and that follow a paragraph ending with a colon, in text order.
func addBlockQuotes(text string, paras []para, raws []*rawQuote, blocks [][2]int) []*rawQuote {
	if len(blocks) == 0 {
		return raws
	}
	for _, b := range blocks {
		if b[1] > len(text) {
			break
		}
		p0, p1 := -1, -1
		for i, p := range paras {
			if p.start >= b[0] && p.end <= b[1] {
				if p0 < 0 {
					p0 = i
				}
				p1 = i
			}
		}
		if p0 <= 0 {
			continue
		}
		if k, _ := openingMark(text, paras[p0].start, paras[p0].start); k != markNone {
			continue // marked: the scan has it
		}
		introduced := strings.HasSuffix(text[paras[p0-1].start:paras[p0-1].end], ":")
		credited := false
		for i := p0 + 1; i <= p1; i++ {
			credited = credited || creditRe.MatchString(text[paras[i].start:paras[i].end])
		}
		if !introduced && !credited {
			continue // a pull quote, not a quotation of its own
		}
		q := &rawQuote{open: paras[p0].start, close: paras[p1].end, p0: p0, p1: p1, spkStart: -1, block: true}
		for i := p0; i <= p1; i++ {
			// An embedded post ends with its credit: "— Name (@handle) date".
			if m := creditRe.FindStringSubmatchIndex(text[paras[i].start:paras[i].end]); m != nil && i > p0 {
				q.close, q.p1 = paras[i-1].end, i-1
				// The name without the emoji some add to it.
				name := strings.TrimRightFunc(text[paras[i].start+m[2]:paras[i].start+m[3]], func(r rune) bool {
					return !unicode.IsLetter(r) && r != '.'
				})
				q.speaker = name
				q.spkStart, q.spkEnd = paras[i].start+m[2], paras[i].start+m[2]+len(name)
				q.cue, q.how = "posted", 1
				break
			}
			q.parts = append(q.parts, [2]int{paras[i].start, paras[i].end})
		}
		// Quotations inside the block are part of it.
		kept := raws[:0]
		for _, r := range raws {
			if r.open < q.open || r.open >= q.close {
				kept = append(kept, r)
			}
		}
		raws = append(kept, q)
	}
	sort.SliceStable(raws, func(i, j int) bool { return raws[i].open < raws[j].open })
	return raws
}

// between reports whether only punctuation and spaces separate a and b.
func between(text string, a, b int) bool {
	return a <= b && strings.Trim(text[a:b], " ,.;:—–-") == ""
}

func borrow(q, from *rawQuote) {
	q.speaker, q.cue, q.how = from.speaker, from.cue, 2
	q.spkStart, q.spkEnd = from.spkStart, from.spkEnd
}

func quoteText(text string, q *rawQuote) string {
	var parts []string
	for _, p := range q.parts {
		parts = append(parts, strings.TrimSpace(text[p[0]:p[1]]))
	}
	t := strings.Join(parts, "\n\n")
	return strings.TrimRight(strings.TrimSpace(t), ",")
}

// keepQuote drops scare quotes and titles: a quotation is kept when it is
// attributed, or long enough to be speech.
func keepQuote(txt string, q *rawQuote) bool {
	n := len(strings.Fields(txt))
	if q.block {
		return q.how == 1
	}
	if q.how == 3 {
		return n >= 5
	}
	if q.how != 0 {
		return n >= 2
	}
	return n >= 8
}

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
		if lw == "according" && wi+1 < len(words) && strings.EqualFold(seg[words[wi+1][0]:words[wi+1][1]], "to") {
			s, e := phraseAfter(seg, words[wi+1][1])
			if s < e {
				q.cue = "according to"
				setSpeaker(q, text, q.close+s, q.close+e)
			}
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
		}
		if s < e {
			q.cue = cue
			setSpeaker(q, text, q.close+s, q.close+e)
		}
		return
	}
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
		if lw == "according" && wi+1 < len(words) && strings.EqualFold(clause[words[wi+1][0]:words[wi+1][1]], "to") {
			s, e := phraseAfter(clause, words[wi+1][1])
			if s < e {
				q.cue = "according to"
				setSpeaker(q, text, from+s, from+e)
			}
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
	if n == 0 {
		return cue
	}
	return seg[w[0]:trimDot(seg, w[0], end)]
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
	// A place or a clause is not the speaker ("in Washington, D.C.,
	// McCain concluded"; "Clinton, who called after the winner was
	// declared, told"): the person the sentence opens with is.
	if q.spkStart >= 0 && ((m != nil && m.ent.kind == kindLOC && strings.EqualFold(cleanName(spk), m.text)) || clauseLike(spk)) {
		if e := an.subjectOf(sentenceStart(text, q.spkStart), q.spkEnd, unknown); e != nil {
			return e.name
		}
	}
	return spk
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
