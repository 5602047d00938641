package score

import (
	"math"
	"testing"
)

func TestShingles(t *testing.T) {
	c, exact := Shingles("a b c d e", "a b c d e")
	if c.TP != 1 || !exact {
		t.Fatalf("identical: %+v %v", c, exact)
	}
	c, _ = Shingles("a b c d e", "v w x y z")
	if c.TP != 0 || c.FP != 0.5 || c.FN != 0.5 {
		t.Fatalf("disjoint: %+v", c)
	}
	// truth shingles: abcd bcde; predicted: abcd bcdf -> tp 1, fp 1, fn 1.
	c, _ = Shingles("a b c d e", "a b c d f")
	if math.Abs(c.TP-1.0/3) > 1e-9 || math.Abs(c.FP-1.0/3) > 1e-9 {
		t.Fatalf("partial: %+v", c)
	}
	s := Summarise([]Counts{{1, 0, 0}, {0.5, 0.5, 0}}, []bool{true, false})
	if s.Precision != 0.75 || s.Recall != 1 || s.Accuracy != 0.5 {
		t.Fatalf("summary: %+v", s)
	}
}

func TestWordF1(t *testing.T) {
	if _, _, f := WordF1("The cat sat", "the CAT sat"); f != 1 {
		t.Fatalf("case-insensitive identical: %v", f)
	}
	p, r, _ := WordF1("a b c d", "a b x")
	if math.Abs(p-2.0/3) > 1e-9 || r != 0.5 {
		t.Fatalf("partial: p=%v r=%v", p, r)
	}
	if got := Tokens("l'été, 2024_x!"); len(got) != 3 {
		t.Fatalf("tokens: %q", got)
	}
}
