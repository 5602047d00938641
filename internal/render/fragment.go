package render

import (
	"io"

	"github.com/newsbite/newsbite/article"
)

// ArticleHTML writes a as an <article> element, to be placed in a page of
// the caller's: the same markup as HTML without the document around it.
// All text is escaped.
func ArticleHTML(w io.Writer, a *article.Article) error {
	return writeHTMLArticle(w, a)
}
