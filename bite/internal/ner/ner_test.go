package ner

import (
	"bytes"
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	text := `Mr. Putin's aide told the U.S. envoy: “No.” (Reuters)`
	var got []string
	for _, tk := range Tokenize(text) {
		if text[tk.Start:tk.End] != tk.Text {
			t.Fatalf("offsets of %q point at %q", tk.Text, text[tk.Start:tk.End])
		}
		got = append(got, tk.Norm)
	}
	want := `Mr.|Putin|'s|aide|told|the|U.S.|envoy|:|"|No|.|"|(|Reuters|)`
	if strings.Join(got, "|") != want {
		t.Errorf("tokens\n got %s\nwant %s", strings.Join(got, "|"), want)
	}
}

func TestSentences(t *testing.T) {
	text := "He left. “I am done,” he said.\n\nNew paragraph here"
	s := Sentences(text, Tokenize(text))
	if len(s) != 3 {
		t.Fatalf("got %d sentences, want 3: %v", len(s), s)
	}
	if s[1][0].Text != "“" {
		t.Errorf("second sentence starts with %q", s[1][0].Text)
	}
}

// A self-written news sentence: the shipped model must find the names.
func TestFind(t *testing.T) {
	text := "German Chancellor Angela Merkel met executives of Siemens AG in Berlin on Monday, a spokesman for the European Commission said."
	ms, err := Find(text)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, m := range ms {
		got[m.Text] = m.Type
	}
	for name, typ := range map[string]string{"Angela Merkel": "PER", "Siemens AG": "ORG", "Berlin": "LOC", "European Commission": "ORG"} {
		if got[name] != typ {
			t.Errorf("%s: got %q, want %s (all: %v)", name, got[name], typ, got)
		}
	}
}

func TestModelRoundTrip(t *testing.T) {
	m := NewModel(map[uint64][]float32{
		7:  {1, 0, 0, -2.5, 0, 0, 0, 0, 0.25},
		99: {0, 0, 0, 0, 0, 0, 0, 0, 0},
	})
	var buf bytes.Buffer
	if err := m.Write(&buf, 0.25); err != nil {
		t.Fatal(err)
	}
	r, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	var sc [NumLabels]float32
	r.score([]uint64{7, 99, 5}, &sc)
	if sc[0] != 1 || sc[3] != -2.5 || sc[8] != 0.25 || sc[1] != 0 {
		t.Errorf("scores after round trip: %v", sc)
	}
	if _, err := Read(strings.NewReader("junk")); err == nil {
		t.Error("junk read as a model")
	}
}

func TestSpans(t *testing.T) {
	got := Spans([]string{"B-PER", "I-PER", "O", "I-LOC", "B-ORG", "B-ORG", "I-ORG"})
	want := []Span{{"PER", 0, 2}, {"LOC", 3, 4}, {"ORG", 4, 5}, {"ORG", 5, 7}}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("span %d: got %v, want %v", i, got[i], want[i])
		}
	}
}
