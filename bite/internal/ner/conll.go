package ner

import (
	"bufio"
	"io"
	"strings"
)

// LabeledDoc is a CoNLL document: sentences of tokens and their IOB2 tags.
type LabeledDoc struct {
	Sents [][]string
	Tags  [][]string
}

// ReadCoNLL reads CoNLL-2003 data (token POS chunk NER, blank line between
// sentences, -DOCSTART- between documents).
func ReadCoNLL(r io.Reader) ([]LabeledDoc, error) {
	var docs []LabeledDoc
	var cur LabeledDoc
	var ws, ts []string
	endSent := func() {
		if len(ws) > 0 {
			cur.Sents = append(cur.Sents, ws)
			cur.Tags = append(cur.Tags, ts)
			ws, ts = nil, nil
		}
	}
	endDoc := func() {
		endSent()
		if len(cur.Sents) > 0 {
			docs = append(docs, cur)
		}
		cur = LabeledDoc{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			endSent()
			continue
		}
		f := strings.Fields(line)
		if f[0] == "-DOCSTART-" {
			endDoc()
			continue
		}
		ws = append(ws, f[0])
		ts = append(ts, f[len(f)-1])
	}
	endDoc()
	return docs, sc.Err()
}

// Span is an entity of a tagged sentence: tokens [Start, End) of type Type
// (PER, ORG, LOC, MISC).
type Span struct {
	Type       string
	Start, End int
}

// Spans reads the entities out of IOB2 (or IOB1) tags.
func Spans(tags []string) []Span {
	var out []Span
	cur := -1
	for i, t := range tags {
		typ := ""
		if len(t) > 2 {
			typ = t[2:]
		}
		begin := strings.HasPrefix(t, "B-") || (strings.HasPrefix(t, "I-") && (cur < 0 || out[cur].Type != typ))
		switch {
		case t == "O" || typ == "":
			cur = -1
		case begin:
			out = append(out, Span{Type: typ, Start: i, End: i + 1})
			cur = len(out) - 1
		default:
			out[cur].End = i + 1
		}
	}
	return out
}

// Scored are the entity types NewsBite reports; MISC is tagged but not
// scored.
var Scored = map[string]bool{"PER": true, "ORG": true, "LOC": true}

// Match counts exact span-and-type matches between gold and predicted
// entities of the scored types: true positives, predictions, gold.
func Match(gold, pred []Span) (tp, np, ng int) {
	g := map[Span]bool{}
	for _, s := range gold {
		if Scored[s.Type] {
			g[s] = true
			ng++
		}
	}
	for _, s := range pred {
		if Scored[s.Type] {
			np++
			if g[s] {
				tp++
			}
		}
	}
	return tp, np, ng
}

// PRF turns counts into precision, recall and F1.
func PRF(tp, np, ng int) (p, r, f float64) {
	if np > 0 {
		p = float64(tp) / float64(np)
	}
	if ng > 0 {
		r = float64(tp) / float64(ng)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}
