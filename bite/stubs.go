package bite

import (
	"github.com/newsbite/newsbite/article"
)

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
