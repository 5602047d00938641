package extract

import (
	"testing"
	"unicode/utf8"
)

// FuzzExtract feeds arbitrary bytes to Extract: it must never panic, and
// what it returns must be valid UTF-8 with a consistent word count.
// Seeds live in testdata/fuzz/FuzzExtract; run with
//
//	go test ./extract -run '^$' -fuzz FuzzExtract -fuzztime 5m
func FuzzExtract(f *testing.F) {
	f.Add([]byte("<html><body>" + story + "</body></html>"))
	f.Add([]byte(`<html><head><meta charset="shift_jis"><title>t</title></head><body><article><h1>t</h1>` + story + `<figure><img src="a.jpg"><figcaption>c</figcaption></figure></article><nav><a href="/">Home</a></nav></body></html>`))
	f.Add([]byte(`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"h","articleBody":"b"}]}</script>` + story))
	f.Add([]byte("<table><tr><th>a</th></tr><tr><td>1</td></tr></table><ul><li>x</li></ul><pre>code</pre>"))
	f.Fuzz(func(t *testing.T, page []byte) {
		a, err := Extract(page, Options{URL: "https://example.com/"})
		if err != nil {
			return
		}
		if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) {
			t.Fatalf("invalid UTF-8 out")
		}
		for _, b := range a.Blocks {
			if !utf8.ValidString(b.Text) {
				t.Fatalf("invalid UTF-8 in block")
			}
		}
		if a.Empty != (a.WordCount == 0) {
			t.Fatalf("Empty=%v with %d words", a.Empty, a.WordCount)
		}
	})
}
