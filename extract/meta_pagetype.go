package extract

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

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
// claims first, the shape of its address and of its body second.
func pageType(things []ldThing, main *ldThing, m *meta, sig *bodySignals, a *article.Article, pageURL string) string {
	ld := map[string]bool{}
	for _, t := range things {
		for _, ty := range t.types {
			ld[ty] = true
		}
	}
	path, host := "", ""
	if u, err := url.Parse(pageURL); err == nil {
		path = strings.ToLower(u.Path)
		host = strings.ToLower(u.Hostname())
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
	ts := &sig.ts
	priced := sig.prices + ts.textPrices
	storyLD := ld["Article"] || ld["NewsArticle"] || ld["BlogPosting"] || ld["Report"] || ld["ScholarlyArticle"]
	byline := len(a.Authors) > 0 || len(sig.bylines) > 0 || storyLD

	switch {
	case ld["DiscussionForumPosting"] || ld["QAPage"] || (ld["Question"] && !ld["FAQPage"]):
		return TypeForum
	case (ld["Product"] || ld["ProductGroup"]) && !ld["ItemList"] && !ld["CollectionPage"]:
		return TypeProduct
	case ogType == "product" || ogType == "og:product" || ogType == "product.item":
		return TypeProduct
	case forumAddress(path, seg, host) && sig.prices < 3:
		return TypeForum
	case (ts.filterClass >= 20 && priced >= 10) || (ts.productClass >= 100 && ts.filterClass >= 10):
		// Many priced items and the filters to narrow them.
		return TypeCollection
	case underSegment(seg, collectionSegs) && !byline && (priced > 0 || ts.productClass >= 3 || ts.filterClass > 0):
		return TypeCollection
	case (ld["CollectionPage"] || ld["SearchResultsPage"]) && !storyLD:
		if priced >= 6 {
			return TypeCollection
		}
		return TypeListing
	}

	thread := sig.comments+sig.posts >= 6 && (hasSeg("forum", "forums", "thread", "threads", "topic", "topics", "t", "community", "discussion", "questions", "board") ||
		strings.Contains(path, "forum") || strings.Contains(path, "/thread"))
	if thread {
		return TypeForum
	}
	if sig.carts > 0 && sig.prices > 0 && sig.headingLinks < 8 {
		return TypeProduct
	}
	// A story signed and dated, or declared, is one whatever the address
	// it is filed under ("/guides/").
	story := storyLD || (len(a.Authors) > 0 && a.Published != "")
	docAddress := hasSeg("docs", "doc", "documentation", "api", "reference", "manual", "guide", "guides", "kb", "wiki", "developer", "developers", "sdk") ||
		(sig.sideNav && sig.codeBlocks > 0) || hasHostPrefix(host, docHosts)
	if ld["TechArticle"] || ld["APIReference"] || (docAddress && !story) ||
		((ts.codeInline >= 20 || sig.codeBlocks >= 5 || ts.editLinks > 0) && len(a.Authors) == 0 && a.Published == "") {
		// Code shown and explained, with no author or date to it.
		return TypeDocumentation
	}
	if ogType == "product.group" {
		return TypeCollection
	}
	if priced >= 6 && (ts.productClass >= 10 || ts.filterClass >= 3) && !byline && sig.paragraphs < 15 {
		return TypeCollection
	}
	if listAddress(seg) && !(len(a.Authors) > 0 && a.Published != "") {
		if priced >= 3 || ts.productClass >= 10 {
			return TypeCollection
		}
		return TypeListing
	}
	serviceAddress := hasSeg("services", "service", "pricing", "contact", "about", "solutions", "features")
	if serviceAddress && len(a.Authors) == 0 && len(sig.bylines) == 0 && !storyLD {
		// Filed under the site's offer and signed by no one (a date in
		// the page's metadata is its template's).
		return TypeService
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
	if len(seg) == 0 {
		// A site's front page: a river of stories, or the site's pitch.
		if cards >= 8 {
			return TypeListing
		}
		return TypeService
	}
	if ogType == "article" || a.Published != "" {
		return TypeArticle
	}
	storyPath := storySlug(seg) || hasSeg("blog", "news", "article", "articles", "posts", "post", "stories", "story", "insights", "resources")
	if ld["Service"] || ld["LocalBusiness"] || ld["ProfessionalService"] || ld["ContactPage"] || ld["AboutPage"] || serviceAddress {
		return TypeService
	}
	if a.WordCount >= 300 && (len(a.Authors) > 0 || storyPath) {
		return TypeArticle
	}
	if a.WordCount < 150 && sig.links >= 100 {
		// Little text of its own among many links: an index.
		return TypeListing
	}
	return TypeService
}

var (
	// collectionSegs head the addresses of shop categories.
	collectionSegs = []string{"collections", "collection", "category", "categories", "c", "browse", "departments", "department", "shop", "catalog", "product-category", "sub-categories", "s", "cat", "cp"}
	// listSegs end the addresses of sections that list stories;
	// sectionSegs come before a section's name.
	listSegs    = []string{"news", "blog", "blogs", "articles", "posts", "stories", "latest", "archive", "archives", "issues", "events", "press", "press-releases", "newsroom", "insights", "updates", "magazine", "podcasts", "episodes", "videos", "reviews"}
	sectionSegs = []string{"category", "categories", "tag", "tags", "topic", "topics", "author", "authors", "section", "archive", "c", "cat", "shop", "browse", "department", "departments", "list"}
	forumHosts  = []string{"forum.", "forums.", "discuss.", "discussion.", "community.", "boards.", "bbs."}
	forumHeads  = []string{"t", "d", "threads", "thread", "topic", "topics", "questions"}
	docHosts    = []string{"docs.", "doc.", "developer.", "developers.", "wiki.", "learn.", "man.", "manual."}
)

// forumAddress reports an address shaped like a discussion thread's.
func forumAddress(path string, seg []string, host string) bool {
	return strings.Contains(path, "viewtopic") || strings.Contains(path, "showthread") || strings.Contains(path, "/comments/") ||
		(len(seg) >= 2 && inList(seg[0], forumHeads)) || hasHostPrefix(host, forumHosts)
}

// listAddress reports an address that names a list: a section word at its
// end ("/news"), or a section's name after a word that says so ("/tag/x").
func listAddress(seg []string) bool {
	n := len(seg)
	return n > 0 && (inList(seg[n-1], listSegs) || (n >= 2 && inList(seg[n-2], sectionSegs)))
}

// underSegment reports one of words among the address's segments before
// its last.
func underSegment(seg []string, words []string) bool {
	for i := 0; i+1 < len(seg); i++ {
		if inList(seg[i], words) {
			return true
		}
	}
	return false
}

func inList(s string, list []string) bool {
	for _, w := range list {
		if s == w {
			return true
		}
	}
	return false
}

func hasHostPrefix(host string, prefixes []string) bool {
	host = strings.TrimPrefix(host, "www.")
	for _, p := range prefixes {
		if strings.HasPrefix(host, p) {
			return true
		}
	}
	return false
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

// typeSignals are the marks of a page's kind read from its elements:
// links by what they say, inline code, prices as text shows them, and
// classes that name products or filters.
type typeSignals struct {
	editLinks, codeInline, textPrices int
	productClass, filterClass         int
}

func (s *typeSignals) add(n *html.Node, cls string) {
	switch n.DataAtom {
	case atom.A:
		if t := linkWords(n); t != "" && hasAnyPrefix(t, editWords) {
			s.editLinks++
		}
	case atom.Code:
		s.codeInline++
	}
	if c := n.FirstChild; c != nil && c == n.LastChild && c.Type == html.TextNode && len(c.Data) < 40 && priceText(c.Data) {
		s.textPrices++
	}
	for _, tok := range strings.Fields(cls) {
		switch {
		case strings.Contains(tok, "product"):
			s.productClass++
		case strings.Contains(tok, "filter") || strings.Contains(tok, "facet"):
			s.filterClass++
		}
	}
}

// editWords begin the links documentation pages have to their sources.
var editWords = []string{"edit this page", "edit on github", "edit page", "suggest an edit", "suggest edits", "improve this page", "edit on gitlab", "view source", "report an issue with this page"}

// linkWords is a link's text, lower-cased, when it is short.
func linkWords(n *html.Node) string {
	t := textOf(n)
	if len(t) > 40 {
		return ""
	}
	return strings.ToLower(t)
}

func hasAnyPrefix(s string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// priceText reports a short text that is a price: a currency sign or
// code next to digits ("$19.99", "19,99 €", "EUR 25").
func priceText(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	digits := strings.IndexFunc(s, func(r rune) bool { return r >= '0' && r <= '9' }) >= 0
	if !digits {
		return false
	}
	for _, c := range []string{"$", "€", "£", "¥", "₹", "USD", "EUR", "GBP", "CHF", "kr", "zł"} {
		if strings.HasPrefix(s, c) || strings.HasSuffix(s, c) {
			return true
		}
	}
	return false
}
