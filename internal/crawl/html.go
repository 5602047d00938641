package crawl

import (
	"net/url"
	"path"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// feedTypes are the <link rel="alternate"> types that announce a feed.
var feedTypes = map[string]bool{
	"application/rss+xml":    true,
	"application/atom+xml":   true,
	"application/feed+json":  true,
	"application/json":       false, // too vague alone: often oEmbed or an API
	"application/rdf+xml":    true,
	"application/x.atom+xml": true,
}

// pageLinks is what the crawler reads from an HTML page besides its
// article: the feeds it announces and the links that may lead to its next
// page.
type pageLinks struct {
	feeds []string
	// next holds candidate next pages, best first: rel="next" links,
	// then anchors whose text is a page number or "next".
	next []string
}

// readLinks parses page and collects its feed and pagination links,
// resolved against base.
func readLinks(page []byte, base *url.URL) pageLinks {
	doc, err := html.Parse(strings.NewReader(string(page)))
	if err != nil {
		return pageLinks{}
	}
	var pl pageLinks
	var anchors []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Link:
				rel := relSet(attr(c, "rel"))
				href := resolve(base, attr(c, "href"))
				if href == "" {
					continue
				}
				if rel["alternate"] && feedTypes[strings.ToLower(strings.TrimSpace(attr(c, "type")))] {
					pl.feeds = append(pl.feeds, href)
				}
				if rel["next"] {
					pl.next = append(pl.next, href)
				}
				continue
			case atom.A:
				href := resolve(base, attr(c, "href"))
				if href == "" {
					break
				}
				if relSet(attr(c, "rel"))["next"] {
					pl.next = append(pl.next, href)
				} else if nextText(text(c)) {
					anchors = append(anchors, href)
				}
			case atom.Script, atom.Style, atom.Template:
				continue
			}
			walk(c)
		}
	}
	walk(doc)
	pl.next = append(pl.next, anchors...)
	return pl
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val
		}
	}
	return ""
}

func relSet(rel string) map[string]bool {
	m := map[string]bool{}
	for _, r := range strings.Fields(strings.ToLower(rel)) {
		m[r] = true
	}
	return m
}

func text(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}

// nextLabel matches what a link to a following page says: a page number,
// or "next" in a few languages, with arrows.
var nextLabel = regexp.MustCompile(`(?i)^(?:\d{1,2}|(?:next|next page|continue|weiter|suivant|siguiente|volgende|seguinte|successiva)(?:\s*(?:»|›|>|→))?|»|›)$`)

func nextText(s string) bool { return s != "" && nextLabel.MatchString(s) }

// pageParams are query parameters that number the pages of an article.
var pageParams = []string{"page", "p", "pg", "paged", "pagina", "seite", "pagenum", "pn", "pagenumber"}

// pageNumber reports whether u is a page of the article whose first page
// is first, and which page: the same host and path with a page parameter
// (?page=2), or the path with /2 or /page/2 appended. The first page
// itself is page 1.
func pageNumber(first, u *url.URL) (int, bool) {
	if !strings.EqualFold(first.Host, u.Host) {
		return 0, false
	}
	fp := strings.TrimSuffix(first.EscapedPath(), "/")
	up := strings.TrimSuffix(u.EscapedPath(), "/")
	fq, uq := first.Query(), u.Query()
	if up == fp {
		// Only the page parameter may differ.
		for _, p := range pageParams {
			v := uq.Get(p)
			if v == "" {
				continue
			}
			n, err := strconv.Atoi(v)
			if err != nil || n < 1 {
				return 0, false
			}
			fq.Del(p)
			uq.Del(p)
			if fq.Encode() != uq.Encode() {
				return 0, false
			}
			return n, true
		}
		if fq.Encode() == uq.Encode() {
			return 1, true
		}
		return 0, false
	}
	if fq.Encode() != uq.Encode() || !strings.HasPrefix(up, fp+"/") {
		return 0, false
	}
	rest := strings.TrimPrefix(strings.TrimPrefix(up, fp+"/"), "page/")
	if strings.Contains(rest, "/") || path.Base(rest) != rest {
		return 0, false
	}
	n, err := strconv.Atoi(rest)
	if err != nil || n < 2 {
		return 0, false
	}
	return n, true
}

// nextPage returns the link among candidates that is page want of the
// article that starts at first, or "".
func nextPage(first *url.URL, candidates []string, want int) string {
	for _, c := range candidates {
		u, err := url.Parse(c)
		if err != nil {
			continue
		}
		if n, ok := pageNumber(first, u); ok && n == want {
			return c
		}
	}
	return ""
}
