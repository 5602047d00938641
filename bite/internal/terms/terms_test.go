package terms

import (
	"reflect"
	"slices"
	"testing"
)

func TestStem(t *testing.T) {
	for _, c := range [][2]string{
		{"attacks", "attack"}, {"attacked", "attack"}, {"attacking", "attack"}, {"stopped", "stop"},
		{"policies", "policy"}, {"said", "say"}, {"Boxes", "box"}, {"news", "news"}, {"crisis", "crisis"},
		{"offers", "offer"}, {"planes", "plan"}, {"U.S.", "us"},
	} {
		if got := Stem(c[0]); got != c[1] {
			t.Errorf("Stem(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}

func TestMatch(t *testing.T) {
	for _, c := range [][2]string{{"terror", "terrorist"}, {"russia", "russian"}, {"canada", "canadian"}, {"plan", "propos"}, {"isis", "daesh"}} {
		if !Match(Stem(c[0]), Stem(c[1])) {
			t.Errorf("%q and %q do not match", c[0], c[1])
		}
	}
	for _, c := range [][2]string{{"nice", "niece"}, {"car", "cart"}, {"union", "unit"}} {
		if Match(Stem(c[0]), Stem(c[1])) {
			t.Errorf("%q and %q match", c[0], c[1])
		}
	}
}

func TestWords(t *testing.T) {
	var got []string
	for _, w := range Words("Assad’s forces, al-Nusra and the U.S. paid $1,200 (3.5%).") {
		got = append(got, w.Text)
	}
	want := []string{"Assad", "forces", "al-Nusra", "and", "the", "U.S", "paid", "1,200", "3.5"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestNumber(t *testing.T) {
	if Number("three") != Number("3") || Number("2nd") != Number("second") || Number("1,200") != "#1200" || Number("cat") != "" {
		t.Error("numbers do not meet")
	}
}

func TestSynonyms(t *testing.T) {
	for _, c := range []struct {
		word, synonym string
		want          bool
	}{
		{"wage", "pay", true},
		{"harbor", "harbour", true},
		{"boob", "breast", true},
		{"strike", "harbour", false},
		{"crab", "grouch", false}, // a rare sense is not taken
	} {
		got := slices.Contains(Synonyms(Stem(c.word), 2), Stem(c.synonym))
		if got != c.want {
			t.Errorf("Synonyms(%q) holds %q: %v, want %v (%q)", c.word, c.synonym, got, c.want, Synonyms(Stem(c.word), 2))
		}
	}
	if s := Synonyms(Stem("qzxv"), 2); len(s) != 0 {
		t.Errorf("Synonyms of an unknown word: %q", s)
	}
}
