package ner

import (
	"os"
	"path/filepath"
	"testing"
)

// TestDevF1 scores the shipped model on the CoNLL++ dev split when the
// bench data sits beside the repository, and guards the level reached.
func TestDevF1(t *testing.T) {
	path := filepath.Join("..", "..", "..", "..", "shared", "bench", "ner", "conllpp_dev.txt")
	f, err := os.Open(path)
	if err != nil {
		t.Skip("bench data absent:", err)
	}
	defer f.Close()
	docs, err := ReadCoNLL(f)
	if err != nil {
		t.Fatal(err)
	}
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var tp, np, ng int
	for _, d := range docs {
		pred := m.TagSentences(d.Sents)
		for i := range d.Sents {
			a, b, c := Match(Spans(d.Tags[i]), Spans(pred[i]))
			tp, np, ng = tp+a, np+b, ng+c
		}
	}
	p, r, f1 := PRF(tp, np, ng)
	t.Logf("dev PER/ORG/LOC: P %.3f R %.3f F1 %.3f", p, r, f1)
	if f1 < 0.88 {
		t.Errorf("dev F1 %.3f below 0.88", f1)
	}
}
