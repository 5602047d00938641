package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// topicWords name a box of topic links in its class, id or component
// name: "article-tags", "related-topics", "singleTagList", "schlagworte".
// A forum's "topic" is a thread, so the singular is not among them.
var topicWords = map[string]bool{
	"tag": true, "tags": true, "topics": true, "keyword": true, "keywords": true,
	"schlagwort": true, "schlagworte": true, "themen": true, "etiquetas": true, "temas": true,
}

// mayNameTopics reports a lower-cased name that holds the letters of one
// of topicWords.
func mayNameTopics(s string) bool {
	for _, w := range []string{"tag", "topic", "keyword", "schlagwort", "themen", "etiqueta", "temas"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// trendWords name site-wide link lists that are no article's topics.
var trendWords = map[string]bool{"popular": true, "trending": true, "most": true, "hot": true, "cloud": true, "menu": true}

// nameWords splits a class, id or component name into lower-case words at
// punctuation and at camel-case humps: "tag-list_tagContainer__UlWmA" is
// tag, list, tag, container, ul, wm, a.
func nameWords(s string) []string {
	var out []string
	var w []rune
	flush := func() {
		if len(w) > 0 {
			out = append(out, strings.ToLower(string(w)))
			w = w[:0]
		}
	}
	var prev rune
	for _, r := range s {
		switch {
		case !unicode.IsLetter(r):
			flush()
		case unicode.IsUpper(r) && unicode.IsLower(prev):
			flush()
			w = append(w, r)
		default:
			w = append(w, r)
		}
		prev = r
	}
	flush()
	return out
}

// topicBox reports whether n's names call it a list of topics. cls is
// its class and id, lower-cased, which must hold a topic word's letters
// (or its component name must) before its names are split into words.
func topicBox(n *html.Node, cls string) bool {
	if !mayNameTopics(cls) {
		dc, dt := attr(n, "data-component"), attr(n, "data-testid")
		if dc == "" && dt == "" || !mayNameTopics(strings.ToLower(dc+" "+dt)) {
			return false
		}
	}
	found := false
	for _, k := range []string{"class", "id", "data-component", "data-testid"} {
		for _, w := range nameWords(attr(n, k)) {
			if trendWords[w] {
				return false
			}
			found = found || topicWords[w]
		}
	}
	return found
}

// topicList is the text of the links of a topic box: short names, one to
// thirty of them, with little else around them than a label ("Topics:").
// It is nil when n holds anything more (teasers, paragraphs, a menu).
func topicList(n *html.Node) []string {
	var names []string
	other := 0
	ok := true
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && ok; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				other += utf8.RuneCountInString(strings.TrimSpace(c.Data))
			case c.Type != html.ElementNode:
			case c.DataAtom == atom.Script || c.DataAtom == atom.Style || c.DataAtom == atom.Svg:
			case c.DataAtom == atom.A:
				t := textOf(c)
				if href := strings.TrimSpace(attr(c, "href")); t == "" || strings.HasPrefix(href, "#") || strings.HasPrefix(strings.ToLower(href), "javascript:") {
					continue // a skip link, a toggle
				}
				if rxMoreLink.MatchString(t) {
					continue
				}
				if utf8.RuneCountInString(t) > 60 || len(strings.Fields(t)) > 4 || len(names) == 30 {
					ok = false
					return
				}
				names = append(names, t)
			case c.DataAtom == atom.P && len(textOf(c)) > 80, c.DataAtom == atom.Img, c.DataAtom == atom.Time:
				ok = false // a teaser, not a tag
			default:
				walk(c)
			}
		}
	}
	walk(n)
	if !ok || other > 40 {
		return nil
	}
	if len(names) == 1 && len(strings.Fields(names[0])) > 2 {
		return nil // one link alone is a teaser unless it is a word or two
	}
	return names
}

// rxMoreLink matches the links of a list that lead to more of it.
var rxMoreLink = regexp.MustCompile(`(?i)^(view|see|show|explore|browse)( all| more)|^all topics$|^more$`)

// siteFooter reports whether n is in the page's footer rather than in an
// article's own.
func siteFooter(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Footer {
			return !hasAncestor(p, atom.Article)
		}
	}
	return false
}
