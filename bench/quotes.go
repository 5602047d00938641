package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/newsbite/newsbite/bite"
)

func init() {
	register(verb{name: "quotes", run: runQuotes,
		summary: "direct quotations and their speakers on PolNeAR (content F1, speaker accuracy)"})
}

// polSpan is a brat text-bound annotation: its type and character ranges.
type polSpan struct {
	kind   string
	ranges [][2]int
}

// polAttr is one PolNeAR attribution: its content and source.
type polAttr struct {
	content, source *polSpan
}

// polDoc is one article with the attributions of one annotator.
type polDoc struct {
	name  string
	text  string
	attrs []polAttr
}

func loadPolNeAR(dir, split string) ([]polDoc, error) {
	texts, err := filepath.Glob(filepath.Join(dir, split, "text", "*.txt"))
	if err != nil || len(texts) == 0 {
		return nil, fmt.Errorf("no PolNeAR %s texts under %s", split, dir)
	}
	sort.Strings(texts)
	var docs []polDoc
	for _, tp := range texts {
		base := strings.TrimSuffix(filepath.Base(tp), ".txt")
		anns, _ := filepath.Glob(filepath.Join(dir, split, "attributions", base+"_*.ann"))
		if len(anns) == 0 {
			continue
		}
		sort.Strings(anns)
		b, err := os.ReadFile(tp)
		if err != nil {
			return nil, err
		}
		attrs, err := readAnn(anns[0])
		if err != nil {
			return nil, err
		}
		docs = append(docs, polDoc{name: base, text: paragraphBreaks(string(b)), attrs: attrs})
	}
	return docs, nil
}

// Some PolNeAR texts separate paragraphs with two spaces instead of line
// breaks; an Article has them on lines of their own. Two spaces after a
// sentence become a blank line: the same length, so offsets hold.
var twoSpaces = regexp.MustCompile(`([.!?"”:\p{L}\d)])  (\S)`)

func paragraphBreaks(text string) string {
	return twoSpaces.ReplaceAllString(text, "$1\n\n$2")
}

func readAnn(path string) ([]polAttr, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	spans := map[string]*polSpan{}
	var events [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		parts := strings.Split(sc.Text(), "\t")
		if len(parts) < 2 {
			continue
		}
		switch parts[0][0] {
		case 'T':
			head := strings.SplitN(parts[1], " ", 2)
			if len(head) < 2 {
				continue
			}
			sp := &polSpan{kind: head[0]}
			for _, r := range strings.Split(head[1], ";") {
				f := strings.Fields(r)
				if len(f) != 2 {
					continue
				}
				a, _ := strconv.Atoi(f[0])
				b, _ := strconv.Atoi(f[1])
				sp.ranges = append(sp.ranges, [2]int{a, b})
			}
			spans[parts[0]] = sp
		case 'E':
			events = append(events, strings.Fields(parts[1]))
		}
	}
	var out []polAttr
	for _, ev := range events {
		var a polAttr
		for _, role := range ev {
			kv := strings.SplitN(role, ":", 2)
			if len(kv) != 2 {
				continue
			}
			switch {
			case strings.HasPrefix(kv[0], "Content"):
				a.content = spans[kv[1]]
			case strings.HasPrefix(kv[0], "Source"):
				a.source = spans[kv[1]]
			}
		}
		if a.content != nil {
			out = append(out, a)
		}
	}
	return out, sc.Err()
}

// quotedMask marks the characters (runes, as PolNeAR offsets count them)
// that stand inside quotation marks, paragraph by paragraph; a mark left
// open runs to the end of its paragraph.
func quotedMask(runes []rune) []bool {
	mask := make([]bool, len(runes))
	in := false
	for i, r := range runes {
		switch {
		case r == '\n':
			in = false
		case r == '“':
			in = true
		case r == '”':
			in = false
		case r == '"':
			in = !in
		default:
			mask[i] = in
		}
	}
	return mask
}

// directness is the share of the content's letters that are inside
// quotation marks.
func directness(sp *polSpan, mask []bool, runes []rune) float64 {
	n, in := 0, 0
	for _, r := range sp.ranges {
		for i := r[0]; i < r[1] && i < len(runes); i++ {
			if unicode.IsLetter(runes[i]) || unicode.IsDigit(runes[i]) {
				n++
				if mask[i] {
					in++
				}
			}
		}
	}
	if n == 0 {
		return 0
	}
	return float64(in) / float64(n)
}

func spanText(sp *polSpan, runes []rune) string {
	var parts []string
	for _, r := range sp.ranges {
		if r[0] >= 0 && r[1] <= len(runes) && r[0] < r[1] {
			parts = append(parts, string(runes[r[0]:r[1]]))
		}
	}
	return strings.Join(parts, " ")
}

var speakerStop = map[string]bool{
	"the": true, "a": true, "an": true, "mr": true, "mrs": true, "ms": true, "dr": true, "s": true,
	"sen": true, "rep": true, "gov": true, "president": true, "of": true, "and": true,
}

func speakerWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if !speakerStop[w] {
			out = append(out, w)
		}
	}
	return out
}

func polSubset(a, b []string) bool {
	if len(a) == 0 {
		return false
	}
	set := map[string]bool{}
	for _, w := range b {
		set[w] = true
	}
	for _, w := range a {
		if !set[w] {
			return false
		}
	}
	return true
}

// sameSpeaker reports whether a predicted speaker names the gold source:
// one's words contain the other's ("Trump" / "Donald Trump" / "Republican
// nominee Donald Trump").
func sameSpeaker(pred, gold string) bool {
	if norm := func(s string) string { return strings.Trim(strings.ToLower(s), " ,.") }; norm(pred) != "" && norm(pred) == norm(gold) {
		return true
	}
	p, g := speakerWords(pred), speakerWords(gold)
	if polSubset(g, p) || polSubset(p, g) {
		return true
	}
	// "Acs, the student from New Mexico": the name before the appositive.
	if i := strings.IndexAny(gold, ",("); i > 0 {
		g = speakerWords(gold[:i])
		return polSubset(g, p) || polSubset(p, g)
	}
	return false
}

// personLike reports whether a source names someone a later pronoun can
// refer to: a capitalised name, not a group or a document ("Clinton
// officials", "the poll").
func personLike(s string) bool {
	w := strings.Fields(s)
	if len(w) == 0 || !polHasCapital(s) || polPronouns[strings.ToLower(s)] {
		return false
	}
	switch strings.ToLower(w[0]) {
	case "a", "an", "the", "some", "many", "several", "two", "three", "both", "other", "others":
		return false
	}
	// The head of the name, before any appositive, is capitalised.
	if i := strings.IndexAny(s, ",("); i > 0 {
		w = strings.Fields(s[:i])
	}
	return len(w) > 0 && polHasCapital(w[len(w)-1][:1])
}

// isDescription reports whether a source is a definite description ("The
// candidate", "the Ohio governor") rather than a name.
func isDescription(s string) bool {
	w := strings.Fields(s)
	return len(w) >= 2 && len(w) <= 4 && strings.EqualFold(w[0], "the")
}

var polPronouns = map[string]bool{"he": true, "she": true, "they": true, "i": true, "we": true, "him": true, "her": true, "it": true}

func runQuotes(args []string) error {
	fs := flag.NewFlagSet("quotes", flag.ContinueOnError)
	data := fs.String("data", filepath.Join("..", "..", "shared", "bench"), "folder holding the bench data")
	split := fs.String("split", "dev", "PolNeAR split: dev or train")
	verbose := fs.Bool("v", false, "print misses")
	if err := fs.Parse(args); err != nil {
		return err
	}
	docs, err := loadPolNeAR(filepath.Join(*data, "quotes", "polnear"), *split)
	if err != nil {
		return err
	}
	sc := scoreQuotes(docs, *verbose)
	fmt.Printf("PolNeAR %s: %d articles, %d direct quotations, %d predicted\n", *split, len(docs), sc.goldN, sc.predN)
	fmt.Printf("content (character overlap)  P %.3f  R %.3f  F1 %.3f\n", sc.charP, sc.charR, f1(sc.charP, sc.charR))
	fmt.Printf("content (quotations, >=50%%)  P %.3f  R %.3f  F1 %.3f\n", sc.quoteP, sc.quoteR, f1(sc.quoteP, sc.quoteR))
	fmt.Printf("speaker accuracy             %.3f (%d/%d found quotations with a source); named sources %.3f (%d/%d)\n",
		ratio(sc.spkOK, sc.spkN), sc.spkOK, sc.spkN, ratio(sc.namedOK, sc.namedN), sc.namedOK, sc.namedN)
	return nil
}

// quoteScores are the counts and rates of one run over PolNeAR.
type quoteScores struct {
	goldN, predN                 int
	charP, charR, quoteP, quoteR float64
	spkN, spkOK, namedN, namedOK int
}

// scoreQuotes runs bite.QuoteSpans on docs and scores it; verbose prints
// the misses and wrong speakers.
func scoreQuotes(docs []polDoc, verbose bool) quoteScores {
	var predChars, predIn, goldChars, goldIn int
	var goldN, goldFound, predN, predGood int
	var spkN, spkOK, namedN, namedOK int
	for _, d := range docs {
		runes := []rune(d.text)
		mask := quotedMask(runes)
		// Byte offsets of the predictions to rune offsets.
		r2b := make([]int, len(runes)+1)
		bo := 0
		for i, r := range runes {
			r2b[i] = bo
			bo += len(string(r))
		}
		r2b[len(runes)] = bo
		b2r := map[int]int{}
		for i, b := range r2b {
			b2r[b] = i
		}
		owner := make([]int, len(runes)) // gold direct quote index + 1, -1 for other content
		type gold struct {
			a      polAttr
			source string
			alt    string // the person a description refers to
			chars  int
		}
		var golds []gold
		lastNamed := ""
		// Attributions in text order, to resolve pronoun sources.
		sort.SliceStable(d.attrs, func(i, j int) bool {
			return d.attrs[i].content.ranges[0][0] < d.attrs[j].content.ranges[0][0]
		})
		for _, at := range d.attrs {
			src := ""
			if at.source != nil {
				src = spanText(at.source, runes)
			}
			if directness(at.content, mask, runes) < 0.8 {
				for _, r := range at.content.ranges {
					for i := r[0]; i < r[1] && i < len(runes); i++ {
						if owner[i] == 0 {
							owner[i] = -1
						}
					}
				}
				if personLike(src) {
					lastNamed = src
				}
				continue
			}
			resolved, alt := src, ""
			if polPronouns[strings.ToLower(src)] {
				resolved = lastNamed
			} else if isDescription(src) {
				alt = lastNamed // "the candidate": the person it refers to
			} else if personLike(src) {
				lastNamed = src
			}
			g := gold{a: at, source: resolved, alt: alt}
			for _, r := range at.content.ranges {
				for i := r[0]; i < r[1] && i < len(runes); i++ {
					if !unicode.IsSpace(runes[i]) {
						owner[i] = len(golds) + 1
						g.chars++
					}
				}
			}
			golds = append(golds, g)
		}
		preds := bite.QuoteSpans(d.text)
		covered := make([]bool, len(runes))
		// For each gold quote, the prediction that covers most of it.
		bestPred := make([]int, len(golds))
		bestCover := make([]int, len(golds))
		for pi, p := range preds {
			var chars, in, other int
			hits := map[int]int{}
			for _, part := range p.Parts {
				ra, ok1 := b2r[part[0]]
				rb, ok2 := b2r[part[1]]
				if !ok1 || !ok2 {
					continue
				}
				for i := ra; i < rb; i++ {
					if unicode.IsSpace(runes[i]) || !(unicode.IsLetter(runes[i]) || unicode.IsDigit(runes[i])) {
						continue
					}
					chars++
					switch {
					case owner[i] > 0:
						in++
						hits[owner[i]-1]++
						covered[i] = true
					case owner[i] < 0:
						other++
					}
				}
			}
			if chars == 0 || other*2 > chars {
				continue // a partial quotation inside reported speech: not scored
			}
			predN++
			predChars += chars
			predIn += in
			if in*2 >= chars {
				predGood++
			}
			for gi, n := range hits {
				if n > bestCover[gi] {
					bestCover[gi], bestPred[gi] = n, pi
				}
			}
			_ = pi
		}
		for gi, g := range golds {
			goldN++
			var n, cov int
			for _, r := range g.a.content.ranges {
				for i := r[0]; i < r[1] && i < len(runes); i++ {
					if unicode.IsLetter(runes[i]) || unicode.IsDigit(runes[i]) {
						n++
						if covered[i] {
							cov++
						}
					}
				}
			}
			goldChars += n
			goldIn += cov
			if n > 0 && cov*2 >= n {
				goldFound++
			}
			if bestCover[gi] == 0 {
				if verbose {
					fmt.Printf("MISS %s: %q\n", d.name, polClip(spanText(g.a.content, runes), 90))
				}
				continue
			}
			if g.source == "" {
				continue
			}
			spkN++
			pred := preds[bestPred[gi]]
			ok := sameSpeaker(pred.Speaker, g.source) || (g.alt != "" && sameSpeaker(pred.Speaker, g.alt))
			if ok {
				spkOK++
			} else if verbose {
				fmt.Printf("SPEAKER %s: got %q (cue %q), want %q (as %q): %q\n", d.name, pred.Speaker, pred.Cue, g.source, spanText(g.a.source, runes), polClip(pred.Text, 70))
				a, b := pred.Parts[0][0], pred.Parts[len(pred.Parts)-1][1]
				fmt.Printf("    before: %q\n    after: %q\n", polClip(d.text[max(0, a-160):a], 400), polClip(d.text[b:min(len(d.text), b+80)], 100))
			}
			if !polPronouns[strings.ToLower(spanText(g.a.source, runes))] {
				namedN++
				if ok {
					namedOK++
				}
			}
		}
	}
	return quoteScores{
		goldN: goldN, predN: predN,
		charP: ratio(predIn, predChars), charR: ratio(goldIn, goldChars),
		quoteP: ratio(predGood, predN), quoteR: ratio(goldFound, goldN),
		spkN: spkN, spkOK: spkOK, namedN: namedN, namedOK: namedOK,
	}
}

func polHasCapital(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

func polClip(s string, n int) string {
	s = strings.ReplaceAll(s, "\n", " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
