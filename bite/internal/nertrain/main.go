// Command nertrain trains NewsBite's named-entity tagger on CoNLL-2003
// style data and writes the weights that package ner embeds:
//
//	go run ./bite/internal/nertrain -train ../shared/bench/ner/conllpp_train.txt \
//	    -dev ../shared/bench/ner/conllpp_dev.txt -out bite/internal/ner/model.bin.gz
//
// or `go generate ./bite/internal/ner`. The defaults give the shipped model;
// training is deterministic and takes about half a minute on two cores.
//
// It is an averaged perceptron trained greedily on its own predicted tag
// history; the shipped tagger decodes with a small beam.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"math"
	"math/rand"
	"os"
	"time"

	"github.com/newsbite/newsbite/bite/internal/ner"
)

type sample struct {
	doc   *ner.Doc
	si    int
	tags  []int
	feats [][]int32
}

func main() {
	trainPath := flag.String("train", "../shared/bench/ner/conllpp_train.txt", "CoNLL training data")
	devPath := flag.String("dev", "", "CoNLL data to score the written model on")
	out := flag.String("out", "bite/internal/ner/model.bin.gz", "model file to write")
	epochs := flag.Int("epochs", 12, "training passes")
	minCount := flag.Int("min-count", 1, "keep features seen at least this often")
	prune := flag.Float64("prune", 0.5, "drop features whose weights all stay below this")
	step := flag.Float64("step", 0.25, "quantisation step of the stored weights")
	flag.Parse()

	docs := load(*trainPath)
	labelOf := map[string]int{}
	for i, l := range ner.Labels {
		labelOf[l] = i
	}

	// Static features: count, then index the ones seen often enough.
	start := time.Now()
	count := map[uint64]int{}
	var samples []sample
	var keys [][][]uint64
	for _, d := range docs {
		doc := ner.NewDoc(d.Sents)
		for si, s := range d.Sents {
			caps := ner.AllCaps(s)
			var sk [][]uint64
			for i := range s {
				f := doc.Static(si, i, caps, nil)
				for _, k := range f {
					count[k]++
				}
				sk = append(sk, f)
			}
			tags := make([]int, len(s))
			for i, t := range d.Tags[si] {
				tags[i] = labelOf[t]
			}
			samples = append(samples, sample{doc: doc, si: si, tags: tags})
			keys = append(keys, sk)
		}
	}
	index := map[uint64]int32{}
	var keyOf []uint64
	idx := func(k uint64) int32 {
		if i, ok := index[k]; ok {
			return i
		}
		i := int32(len(keyOf))
		index[k] = i
		keyOf = append(keyOf, k)
		return i
	}
	for n := range samples {
		for _, f := range keys[n] {
			var row []int32
			for _, k := range f {
				if count[k] >= *minCount {
					row = append(row, idx(k))
				}
			}
			samples[n].feats = append(samples[n].feats, row)
		}
	}
	keys = nil
	log.Printf("%d sentences, %d static features kept of %d (%v)", len(samples), len(keyOf), len(count), time.Since(start))

	// Averaged perceptron with lazy averaging: avg = w - u/c.
	var w, u []float64
	grow := func() {
		for len(w) < len(keyOf)*ner.NumLabels {
			w = append(w, 0)
			u = append(u, 0)
		}
	}
	c := 1.0
	rng := rand.New(rand.NewSource(1))
	var dyn []uint64
	var dynIdx []int32
	for ep := 0; ep < *epochs; ep++ {
		t0 := time.Now()
		errs, total := 0, 0
		order := rng.Perm(len(samples))
		for _, n := range order {
			sm := samples[n]
			s := sm.doc.Sents[sm.si]
			pred := make([]int, len(s))
			for i := range s {
				t1, t2 := 0, 0
				if i > 0 {
					t1 = pred[i-1]
				}
				if i > 1 {
					t2 = pred[i-2]
				}
				dyn = ner.Dynamic(s, i, t1, t2, dyn[:0])
				dynIdx = dynIdx[:0]
				for _, k := range dyn {
					dynIdx = append(dynIdx, idx(k))
				}
				grow()
				var sc [ner.NumLabels]float64
				for _, fs := range [][]int32{sm.feats[i], dynIdx} {
					for _, f := range fs {
						row := w[int(f)*ner.NumLabels:]
						for y := range sc {
							sc[y] += row[y]
						}
					}
				}
				best, bs := 0, math.Inf(-1)
				for y := range sc {
					if ner.Allowed(t1, y) && sc[y] > bs {
						best, bs = y, sc[y]
					}
				}
				gold := sm.tags[i]
				if !ner.Allowed(t1, gold) {
					// After a wrong history the gold I- tag cannot follow;
					// starting the entity is the right repair.
					gold--
				}
				if best != gold {
					errs++
					for _, fs := range [][]int32{sm.feats[i], dynIdx} {
						for _, f := range fs {
							b := int(f) * ner.NumLabels
							w[b+gold]++
							u[b+gold] += c
							w[b+best]--
							u[b+best] -= c
						}
					}
				}
				pred[i] = best
				total++
				c++
			}
		}
		log.Printf("epoch %d: %d/%d token errors (%v)", ep+1, errs, total, time.Since(t0))
	}

	rows := map[uint64][]float32{}
	for f, k := range keyOf {
		row := make([]float32, ner.NumLabels)
		keep := false
		for y := range row {
			v := w[f*ner.NumLabels+y] - u[f*ner.NumLabels+y]/c
			row[y] = float32(v)
			if math.Abs(v) >= *prune {
				keep = true
			}
		}
		if keep {
			rows[k] = row
		}
	}
	m := ner.NewModel(rows)
	var buf bytes.Buffer
	if err := m.Write(&buf, float32(*step)); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %s: %d features, %d bytes", *out, m.Size(), buf.Len())

	if *devPath != "" {
		m, err := ner.Read(bytes.NewReader(buf.Bytes()))
		if err != nil {
			log.Fatal(err)
		}
		p, r, f := score(m, load(*devPath))
		fmt.Printf("dev PER/ORG/LOC: precision %.4f recall %.4f F1 %.4f\n", p, r, f)
	}
}

func load(path string) []ner.LabeledDoc {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	docs, err := ner.ReadCoNLL(f)
	if err != nil {
		log.Fatal(err)
	}
	return docs
}

func score(m *ner.Model, docs []ner.LabeledDoc) (p, r, f float64) {
	var tp, np, ng int
	for _, d := range docs {
		pred := m.Tag(ner.NewDoc(d.Sents))
		for si := range d.Sents {
			tags := make([]string, len(pred[si]))
			for i, y := range pred[si] {
				tags[i] = ner.Labels[y]
			}
			tp0, np0, ng0 := ner.Match(ner.Spans(d.Tags[si]), ner.Spans(tags))
			tp += tp0
			np += np0
			ng += ng0
		}
	}
	return ner.PRF(tp, np, ng)
}
