package bite

import (
	"reflect"
	"testing"
)

const harbourBody = `Dock workers in Port Elling voted to end a three-week strike on Tuesday after accepting a pay offer worth 6% over two years.

The deal was put to members of the Port Workers Union after talks that ran through the night, union secretary Mark Olsen said. "This is a fair result for people who keep the harbour running," he told reporters.

The harbour authority said ships would start unloading on Wednesday. It expects the backlog to clear within ten days.`

func TestCheckHeadlineParaphrase(t *testing.T) {
	for _, h := range []string{
		"Harbour strike ends as dockers accept new pay deal",
		"Port Elling dock workers vote to end strike",
		"Dockers End Three-Week Strike After Accepting Pay Offer",
	} {
		hc := CheckHeadline(h, harbourBody)
		if !hc.Consistent {
			t.Errorf("%q: %+v, want consistent", h, hc)
		}
	}
}

func TestCheckHeadlineSynonym(t *testing.T) {
	// "wage" is a synonym of "pay", "harbor" of "harbour", words the
	// body uses where the headline does not: both are borne out.
	h := "Harbor strike ends with wage deal"
	hc := CheckHeadline(h, harbourBody)
	if !hc.Consistent || len(hc.Unsupported) != 0 {
		t.Errorf("%q: %+v, want consistent with every term supported", h, hc)
	}
}

func TestCheckHeadlineUnrelated(t *testing.T) {
	for _, h := range []string{
		"Apple unveils a new iPhone with a bigger screen",
		"Man saved from bear attack thanks to his ringtone",
	} {
		hc := CheckHeadline(h, harbourBody)
		if hc.Consistent || hc.Score >= HeadlineThreshold {
			t.Errorf("%q: %+v, want inconsistent", h, hc)
		}
		if len(hc.Unsupported) < 2 {
			t.Errorf("%q: unsupported %q", h, hc.Unsupported)
		}
	}
}

func TestCheckHeadlineKicker(t *testing.T) {
	// The kicker names a place the story never mentions.
	hc := CheckHeadline("Calais migrant crisis: dockers accept pay deal to end strike", harbourBody)
	if hc.Consistent {
		t.Errorf("%+v, want inconsistent", hc)
	}
	if want := []string{"Calais migrant crisis"}; !reflect.DeepEqual(hc.Unsupported, want) {
		t.Errorf("unsupported %q, want %q", hc.Unsupported, want)
	}
	// The same kicker, borne out by the body, is fine.
	hc = CheckHeadline("Port Elling strike: dockers accept pay deal", harbourBody)
	if !hc.Consistent || len(hc.Unsupported) != 0 {
		t.Errorf("%+v, want consistent with nothing unsupported", hc)
	}
}

func TestCheckHeadlineEmpty(t *testing.T) {
	hc := CheckHeadline("", harbourBody)
	if !hc.Consistent || hc.Unsupported == nil {
		t.Errorf("%+v", hc)
	}
}

func FuzzCheckHeadline(f *testing.F) {
	f.Add("Nice terror attack: Obama offers Putin joint plan", harbourBody)
	f.Add("A – B | C; D? E", "x")
	f.Fuzz(func(t *testing.T, h, body string) {
		hc := CheckHeadline(h, body)
		if hc.Score < 0 || hc.Score > 1 || hc.Unsupported == nil {
			t.Fatalf("%+v", hc)
		}
		a := storyArticle(h, body)
		if len(Summarize(a, 3)) > 3 {
			t.Fatal("summary too long")
		}
	})
}
