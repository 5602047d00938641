package main

import (
	"path/filepath"
	"testing"
)

func TestSameSpeaker(t *testing.T) {
	for _, c := range []struct {
		pred, gold string
		want       bool
	}{
		{"Donald Trump", "Trump", true},
		{"Donald Trump", "Republican nominee Donald Trump", true},
		{"Stephanie Acs", "Acs, the student from New Mexico", true},
		{"the president", "the president", true},
		{"Hillary Clinton", "Bill Clinton", false},
		{"", "Trump", false},
	} {
		if got := sameSpeaker(c.pred, c.gold); got != c.want {
			t.Errorf("sameSpeaker(%q, %q) = %v, want %v", c.pred, c.gold, got, c.want)
		}
	}
}

func TestDirectness(t *testing.T) {
	text := []rune(`He said "we will win" and that taxes would fall.`)
	mask := quotedMask(text)
	direct := &polSpan{ranges: [][2]int{{9, 20}}}    // we will win
	indirect := &polSpan{ranges: [][2]int{{26, 48}}} // that taxes would fall
	if d := directness(direct, mask, text); d != 1 {
		t.Errorf("quoted content directness %.2f, want 1", d)
	}
	if d := directness(indirect, mask, text); d != 0 {
		t.Errorf("reported content directness %.2f, want 0", d)
	}
	if got := paragraphBreaks("One.  Two"); got != "One.\n\nTwo" {
		t.Errorf("paragraphBreaks = %q", got)
	}
}

// TestPolNeARDev scores the quotations on the PolNeAR dev split when the
// bench data is present, and guards the level reached.
func TestPolNeARDev(t *testing.T) {
	docs, err := loadPolNeAR(filepath.Join(benchData(), "quotes", "polnear"), "dev")
	if err != nil {
		t.Skip("bench data absent:", err)
	}
	sc := scoreQuotes(docs, false)
	spk := ratio(sc.spkOK, sc.spkN)
	t.Logf("content F1 %.3f (chars) %.3f (quotations), speaker accuracy %.3f",
		f1(sc.charP, sc.charR), f1(sc.quoteP, sc.quoteR), spk)
	if f := f1(sc.charP, sc.charR); f < 0.95 {
		t.Errorf("content F1 %.3f below 0.95", f)
	}
	if spk < 0.84 {
		t.Errorf("speaker accuracy %.3f below 0.84", spk)
	}
}
