package bite

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbite/newsbite/article"
)

// Quotes returns the direct quotations of a's body with their speakers.
func Quotes(a *article.Article) []Quote {
	return quotesWith(a, nil)
}

// quotesWith is Quotes reading the names of an, the analysis of a's body,
// or analysing the body itself when an is nil.
func quotesWith(a *article.Article, an *analysis) []Quote {
	qs := locateQuotesIn(a.Text, tagsNames(a), quoteBlocks(a), an)
	out := make([]Quote, len(qs))
	for i, q := range qs {
		out[i] = q.Quote
	}
	return out
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
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		if unicode.IsSpace(prev) {
			return false, sz // "the ’90s": an elision, not a closing mark
		}
		if !unicode.IsLetter(next) {
			return true, sz
		}
		// Between letters ’ is an apostrophe ("don’t", "Kerry’s"), but not
		// in scripts that have none: Korean puts a particle right after
		// the closing mark (‘리벤지’의).
		return noApostrophe(prev) || noApostrophe(next), sz
	}
	return false, sz
}

// noApostrophe reports whether r is of a script that writes no
// apostrophes, so that ’ after or before it closes a quotation.
func noApostrophe(r rune) bool {
	return unicode.In(r, unicode.Hangul, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai)
}

// nestedQuote reports whether the straight mark at i, inside a quotation
// opened by a straight mark, opens a quotation within it ("the shift
// from "application consumption" to…"): it stands where a quotation
// opens, and two more straight marks follow in the paragraph, one to
// close it and one to close the outer quotation. (Curly marks tell
// opening from closing; a “ inside “…” is a slip, not a nesting.) It
// returns the end of the inner quotation's closing mark.
func nestedQuote(text string, i, start, end int, outer rune) (int, bool) {
	r, sz := utf8.DecodeRuneInString(text[i:])
	if r != '"' || outer != '"' {
		return 0, false
	}
	closer := '"'
	if k, _ := openingMark(text, i, start); k != markDouble {
		return 0, false
	}
	if i == start {
		return 0, false
	}
	closes := 0
	inner := 0
	// A quotation inside a quotation is short: look a bounded way ahead.
	end = min(end, i+sz+1000)
	for j := i + sz; j < end; {
		r2, sz2 := utf8.DecodeRuneInString(text[j:])
		if r2 == closer {
			closes++
			if closes == 1 {
				inner = j + sz2
			} else {
				return inner, true
			}
		}
		j += sz2
	}
	return 0, false
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
		singleFailed := false // no ’ closes a single mark in the rest of p
	scan:
		for i < p.end {
			if cur == nil {
				k, sz := openingMark(text, i, p.start)
				if k != markNone && !(k == markSingle && singleFailed) {
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
			if kind == markDouble && open != '„' && i > segStart {
				if e, ok := nestedQuote(text, i, p.start, p.end, open); ok {
					i = e
					continue
				}
			}
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
		if cur != nil && kind == markSingle && cur.p0 == pi && !continues(text, paras, pi, kind) {
			// A single mark that nothing closes is an apostrophe or a
			// scare quote gone wrong, not a quotation: scan on after it.
			_, sz := utf8.DecodeRuneInString(text[cur.open:])
			i = cur.open + sz
			cur = nil
			kind = markNone
			singleFailed = true
			goto scan
		}
		if cur != nil {
			// Open at the paragraph end: keep the part, and see whether the
			// next paragraph carries on.
			if segStart < p.end {
				cur.parts = append(cur.parts, [2]int{segStart, p.end})
			}
			cur.close = p.end
			if continues(text, paras, pi, kind) {
				continue
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

// continues reports whether the paragraph after pi opens with a
// mark of kind, carrying on a quotation left open.
func continues(text string, paras []para, pi, kind int) bool {
	if pi+1 >= len(paras) {
		return false
	}
	k, _ := openingMark(text, paras[pi+1].start, paras[pi+1].start)
	return k == kind
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
	return locateQuotesIn(text, tag, nil, nil)
}

// locateQuotesIn is locateQuotes with the block quotations of the text:
// one introduced by its paragraph ("Obama said in a statement:") is a
// quotation even without quotation marks. an is the analysis of text, or
// nil to analyse it here.
func locateQuotesIn(text string, tag bool, blocks [][2]int, an *analysis) []QuoteSpan {
	text = clipText(text)
	paras := paragraphs(text)
	raws := addBlockQuotes(text, paras, scanQuotes(text, paras), blocks)
	if len(raws) == 0 {
		return nil
	}
	if an == nil {
		an = analyse(text, tag)
	}
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
		if q.how == 0 && !q.block {
			attributeKorean(text, q, paras)
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
		if k > 0 && raws[k-1].how != 0 && (raws[k-1].p1 == q.p0 || (raws[k-1].p1 == q.p0-1 && q.open == paras[q.p0].start)) && !wordAfter(text, q.close) {
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

// wordAfter reports whether a letter follows the closing mark that ends
// at off: the quoted words are part of a word or phrase of the sentence
// (Korean ‘간직’하는), a term rather than speech.
func wordAfter(text string, off int) bool {
	r, _ := utf8.DecodeRuneInString(text[off:])
	return off < len(text) && unicode.IsLetter(r) && !koQuotativeAt(text[off:])
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
