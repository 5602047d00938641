package bite

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsbite/newsbite/article"
)

// FuzzQuotesAndEntities feeds arbitrary text to the quote and entity
// finders: they must not panic, and every quote span must lie in the text.
func FuzzQuotesAndEntities(f *testing.F) {
	for _, s := range []string{
		"",
		"\"",
		"“",
		"”,” he said.",
		"\"A,\" said\n\n\"B",
		"„Wir“, sagte er.",
		"‘Yes,’ she told the BBC’s reporter. ‘No’",
		"John Kirby, the spokesman, said: \"We will.\"\n\n\"And more,\" he added.",
		"Mr. . \"\" — ― - \"x\" according to",
		strings.Repeat("\"a\" said B. ", 50),
		"The Islamic State (IS) and (",
		"al- Assad al-",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		for _, q := range QuoteSpans(text) {
			for _, p := range q.Parts {
				if p[0] < 0 || p[1] > len(text) || p[0] > p[1] {
					t.Fatalf("part %v outside the text of %d bytes", p, len(text))
				}
			}
		}
		NamedEntities(&article.Article{Text: text})
	})
}

func TestClipKeepsLongTextsBounded(t *testing.T) {
	long := strings.Repeat("Mr Smith said: \"Yes, we will come back to Paris.\"\n", 20000)
	if got := clipText(long); len(got) > maxText || long[len(got)] != '\n' {
		t.Errorf("clip gave %d bytes, not cut at a line end", len(got))
	}
	if qs := QuoteSpans(long); len(qs) == 0 {
		t.Error("no quotes found in the first part of a long text")
	}
}
