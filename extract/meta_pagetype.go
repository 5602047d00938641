package extract

import (
	"net/url"
	"strings"

	"github.com/newsbite/newsbite/article"
)

// Page types, as Article.PageType names them.
const (
	TypeArticle       = "article"
	TypeForum         = "forum"
	TypeProduct       = "product"
	TypeCollection    = "collection"
	TypeListing       = "listing"
	TypeDocumentation = "documentation"
	TypeService       = "service"
	TypeOther         = "other"
)

// pageType says what kind of page this is, from the page's own structured
// claims first and its shape second.
func pageType(things []ldThing, main *ldThing, m *meta, sig *bodySignals, a *article.Article, pageURL string) string {
	ld := map[string]bool{}
	for _, t := range things {
		for _, ty := range t.types {
			ld[ty] = true
		}
	}
	path := ""
	if u, err := url.Parse(pageURL); err == nil {
		path = strings.ToLower(u.Path)
	}
	ogType := strings.ToLower(firstTag(m, "og:type"))
	seg := strings.FieldsFunc(path, func(r rune) bool { return r == '/' })
	hasSeg := func(words ...string) bool {
		for _, s := range seg {
			for _, w := range words {
				if s == w {
					return true
				}
			}
		}
		return false
	}

	switch {
	case ld["DiscussionForumPosting"] || ld["QAPage"] || (ld["Question"] && !ld["FAQPage"]):
		return TypeForum
	case (ld["Product"] || ld["ProductGroup"]) && !ld["ItemList"] && !ld["CollectionPage"]:
		return TypeProduct
	case ogType == "product" || ogType == "og:product" || ogType == "product.item":
		return TypeProduct
	}

	thread := sig.comments+sig.posts >= 6 && (hasSeg("forum", "forums", "thread", "threads", "topic", "topics", "t", "community", "discussion", "questions", "board") ||
		strings.Contains(path, "forum") || strings.Contains(path, "/thread"))
	if thread {
		return TypeForum
	}
	if sig.carts > 0 && sig.prices > 0 && sig.headingLinks < 8 {
		return TypeProduct
	}
	if ld["TechArticle"] || ld["APIReference"] || hasSeg("docs", "doc", "documentation", "api", "reference", "manual", "guide", "guides", "kb", "wiki", "developer", "developers", "sdk") ||
		(sig.sideNav && sig.codeBlocks > 0) {
		return TypeDocumentation
	}
	if main != nil && (main.published != "" || len(main.authors) > 0) && !ld["CollectionPage"] && !ld["ItemList"] {
		return TypeArticle
	}
	if a.Published != "" && (ogType == "article" || len(a.Authors) > 0) {
		return TypeArticle
	}
	if ld["CollectionPage"] || ld["ItemList"] || ld["SearchResultsPage"] {
		if sig.prices >= 3 {
			return TypeCollection
		}
		return TypeListing
	}
	cards := sig.headingLinks + sig.articles
	if cards >= 8 && a.WordCount < 40*cards {
		if sig.prices >= 3 {
			return TypeCollection
		}
		return TypeListing
	}
	if ogType == "article" || a.Published != "" {
		return TypeArticle
	}
	storyPath := storySlug(seg) || hasSeg("blog", "news", "article", "articles", "posts", "post", "stories", "story", "insights", "resources")
	if ld["Service"] || ld["LocalBusiness"] || ld["ProfessionalService"] || ld["ContactPage"] || ld["AboutPage"] ||
		hasSeg("services", "service", "pricing", "contact", "about", "solutions", "features") {
		return TypeService
	}
	if a.WordCount >= 300 && (len(a.Authors) > 0 || storyPath) {
		return TypeArticle
	}
	return TypeService
}

// storySlug reports a last path segment that reads as a headline: four
// or more words joined by hyphens or underscores.
func storySlug(seg []string) bool {
	if len(seg) == 0 {
		return false
	}
	last := strings.TrimSuffix(strings.TrimSuffix(seg[len(seg)-1], ".html"), ".htm")
	return len(strings.FieldsFunc(last, func(r rune) bool { return r == '-' || r == '_' })) >= 4
}
