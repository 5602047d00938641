package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/newsbite/newsbite/bite"
)

func init() {
	register(verb{name: "ner", run: runNER,
		summary: "people, organisations and places on CoNLL++ dev (entity-level F1)"})
}

// conllDoc is one CoNLL document: sentences of tokens and gold IOB2 tags.
type conllDoc struct {
	sents [][]string
	tags  [][]string
}

func readCoNLL(path string) ([]conllDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []conllDoc
	var cur conllDoc
	var ws, ts []string
	flushSent := func() {
		if len(ws) > 0 {
			cur.sents = append(cur.sents, ws)
			cur.tags = append(cur.tags, ts)
			ws, ts = nil, nil
		}
	}
	flushDoc := func() {
		flushSent()
		if len(cur.sents) > 0 {
			docs = append(docs, cur)
		}
		cur = conllDoc{}
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		switch {
		case len(fs) == 0:
			flushSent()
		case fs[0] == "-DOCSTART-":
			flushDoc()
		default:
			ws = append(ws, fs[0])
			ts = append(ts, fs[len(fs)-1])
		}
	}
	flushDoc()
	return docs, sc.Err()
}

// nerSpan is an entity: its type and token range.
type nerSpan struct {
	typ        string
	start, end int
}

func nerSpans(tags []string) []nerSpan {
	var out []nerSpan
	for i, t := range tags {
		if t == "O" || len(t) < 3 {
			continue
		}
		typ := t[2:]
		if t[0] == 'I' && len(out) > 0 && out[len(out)-1].typ == typ && out[len(out)-1].end == i {
			out[len(out)-1].end = i + 1
			continue
		}
		out = append(out, nerSpan{typ, i, i + 1})
	}
	return out
}

func runNER(args []string) error {
	fs := flag.NewFlagSet("ner", flag.ContinueOnError)
	data := fs.String("data", filepath.Join("..", "..", "shared", "bench"), "folder holding the bench data")
	file := fs.String("file", "conllpp_dev.txt", "CoNLL file under ner/")
	if err := fs.Parse(args); err != nil {
		return err
	}
	docs, err := readCoNLL(filepath.Join(*data, "ner", *file))
	if err != nil {
		return err
	}
	types := []string{"PER", "ORG", "LOC"}
	tp := map[string]int{}
	np := map[string]int{}
	ng := map[string]int{}
	tokens := 0
	start := time.Now()
	for _, d := range docs {
		pred, err := bite.TagTokens(d.sents)
		if err != nil {
			return err
		}
		for si := range d.sents {
			tokens += len(d.sents[si])
			gold := map[nerSpan]bool{}
			for _, s := range nerSpans(d.tags[si]) {
				gold[s] = true
				ng[s.typ]++
			}
			for _, s := range nerSpans(pred[si]) {
				np[s.typ]++
				if gold[s] {
					tp[s.typ]++
				}
			}
		}
	}
	elapsed := time.Since(start)
	fmt.Printf("CoNLL++ %s: %d documents, %d tokens, %.0f tokens/s\n", *file, len(docs), tokens, float64(tokens)/elapsed.Seconds())
	fmt.Printf("%-8s %7s %7s %7s %6s %6s\n", "type", "P", "R", "F1", "gold", "pred")
	var T, P, G int
	for _, t := range types {
		p, r := ratio(tp[t], np[t]), ratio(tp[t], ng[t])
		fmt.Printf("%-8s %7.3f %7.3f %7.3f %6d %6d\n", t, p, r, f1(p, r), ng[t], np[t])
		T += tp[t]
		P += np[t]
		G += ng[t]
	}
	p, r := ratio(T, P), ratio(T, G)
	fmt.Printf("%-8s %7.3f %7.3f %7.3f %6d %6d   (MISC ignored)\n", "all", p, r, f1(p, r), G, P)
	return nil
}
