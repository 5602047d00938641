package dedup

import (
	"fmt"
	"strings"
	"testing"
)

// story is a text of n sentences drawn from a vocabulary by a generator
// seeded with topic, so different topics share few shingles.
func story(topic string, n int) string {
	vocab := strings.Fields("minister council harbour railway budget plans union strike vote court ruling report police market shares growth school teachers hospital doctors weather storm flood rescue team match goal season coach club fans energy prices deal talks city mayor")
	x := uint64(len(topic))
	for _, r := range topic {
		x = x*31 + uint64(r)
	}
	var b strings.Builder
	for i := range n {
		b.WriteString("The")
		for range 9 {
			x = splitmix(x)
			b.WriteString(" " + vocab[x%uint64(len(vocab))])
		}
		fmt.Fprintf(&b, " %d. ", i)
	}
	return b.String()
}

func TestWords(t *testing.T) {
	got := strings.Join(Words("Hello, World! It's 2024—ÉTÉ."), "|")
	if want := "hello|world|it|s|2024|été"; got != want {
		t.Errorf("Words = %q, want %q", got, want)
	}
}

func TestContentHash(t *testing.T) {
	a := ContentHash("The cat sat on the mat.")
	if a == "" || len(a) != 64 {
		t.Fatalf("ContentHash = %q", a)
	}
	if b := ContentHash("  the CAT sat,\n on the mat "); b != a {
		t.Errorf("case and punctuation changed the hash: %s vs %s", b, a)
	}
	if c := ContentHash("The cat sat on the hat."); c == a {
		t.Error("a different word did not change the hash")
	}
	if ContentHash(" ... ") != "" {
		t.Error("a text without words should hash to empty")
	}
}

func TestSketchShort(t *testing.T) {
	if _, ok := Sketch("too short to sketch"); ok {
		t.Error("a short text got a sketch")
	}
}

func TestSimilarity(t *testing.T) {
	orig := story("harbour", 40)
	a, ok := Sketch(orig)
	if !ok {
		t.Fatal("no sketch")
	}
	if s := a.Similarity(&a); s != 1 {
		t.Errorf("self similarity = %v", s)
	}
	// A lightly edited copy: a few words changed, a sentence added.
	edited := strings.Replace(orig, " 3. ", " three. ", 1)
	edited = strings.Replace(edited, " 14. ", " fourteen. ", 1) + " A spokesman declined to comment."
	b, _ := Sketch(edited)
	if s := a.Similarity(&b); s < Threshold {
		t.Errorf("edited copy similarity %v below threshold %v", s, Threshold)
	}
	c, _ := Sketch(story("railway", 40))
	if s := a.Similarity(&c); s >= Threshold {
		t.Errorf("different story similarity %v at or above threshold", s)
	}
}

func TestSketchStable(t *testing.T) {
	// Signatures are stored; a change of parameters or hashing must be
	// deliberate and show up here.
	s, _ := Sketch(story("harbour", 10))
	if got := fmt.Sprintf("%08x %08x", s[0], s[NumHashes-1]); got != stableSig {
		t.Errorf("signature ends = %s, want %s", got, stableSig)
	}
}

const stableSig = "0134ac28 01d45b84"

func TestMarshal(t *testing.T) {
	s, _ := Sketch(story("harbour", 10))
	b, err := s.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var r Signature
	if err := r.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	if r != s {
		t.Error("round trip changed the signature")
	}
	if err := r.UnmarshalBinary(b[:10]); err != ErrBadSignature {
		t.Errorf("short input: err = %v", err)
	}
}

func TestIndex(t *testing.T) {
	ix := NewIndex()
	for i, topic := range []string{"harbour", "railway", "election"} {
		s, _ := Sketch(story(topic, 30))
		ix.Add(int64(i+1), s)
	}
	q, _ := Sketch(strings.Replace(story("railway", 30), " 5. ", " five. ", 1))
	id, sim, ok := ix.Match(q, Threshold)
	if !ok || id != 2 || sim < Threshold {
		t.Errorf("Match = %d, %v, %v; want 2", id, sim, ok)
	}
	q, _ = Sketch(story("weather", 30))
	if id, sim, ok := ix.Match(q, Threshold); ok {
		t.Errorf("unrelated text matched %d at %v", id, sim)
	}
}
