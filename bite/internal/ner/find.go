package ner

// Mention is one tagged name in a text.
type Mention struct {
	// Type is PER, ORG, LOC or MISC.
	Type string
	// Text is the name as written; Start and End are its byte offsets.
	Text       string
	Start, End int
}

// Find tags text with the shipped model and returns its names in order.
func Find(text string) ([]Mention, error) {
	m, err := Default()
	if err != nil {
		return nil, err
	}
	return m.Find(text), nil
}

// Find tags text and returns its names in order.
func (m *Model) Find(text string) []Mention {
	sents := Sentences(text, Tokenize(text))
	words := make([][]string, len(sents))
	for i, s := range sents {
		words[i] = make([]string, len(s))
		for j, t := range s {
			words[i][j] = t.Norm
		}
	}
	tags := m.Tag(NewDoc(words))
	var out []Mention
	for si, s := range sents {
		labels := make([]string, len(s))
		for j, y := range tags[si] {
			labels[j] = Labels[y]
		}
		for _, sp := range Spans(labels) {
			st, en := s[sp.Start].Start, s[sp.End-1].End
			out = append(out, Mention{Type: sp.Type, Text: text[st:en], Start: st, End: en})
		}
	}
	return out
}

// TagSentences tags pre-tokenised sentences of one document and returns
// their IOB2 labels.
func (m *Model) TagSentences(sents [][]string) [][]string {
	tags := m.Tag(NewDoc(sents))
	out := make([][]string, len(tags))
	for i, ts := range tags {
		out[i] = make([]string, len(ts))
		for j, y := range ts {
			out[i][j] = Labels[y]
		}
	}
	return out
}
