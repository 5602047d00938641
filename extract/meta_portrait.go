package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A person shown with their picture: an image whose alt text names
// them, with the same name in the text right after it ("<img alt="Jane
// Doe"> <strong>Jane Doe</strong> writes about..."). Under a headline
// or at the end of a story it is the author's; the story's subjects are
// named in its running text, and a roster shows many.

// portrait records the name of a person shown with their picture.
func (b *bodySignals) portrait(n *html.Node, pos int) {
	if n.DataAtom != atom.Img || len(b.portraits) >= 16 {
		return
	}
	alt := strings.Join(strings.Fields(attr(n, "alt")), " ")
	if alt == "" && avatarImage(n, strings.ToLower(attr(n, "class"))) && !linksAway(n) {
		// An avatar without alt text, its person named right after it:
		// "<img class="avatar"> Jane Doe in <a>Marketing</a>".
		if name := leadingName(textAfter(n)); name != "" {
			b.portraits = append(b.portraits, posText{pos, name})
		}
		return
	}
	if alt == "" || utf8.RuneCountInString(alt) > 80 {
		return
	}
	if linksAway(n) {
		return // a card of a product, a category, another story
	}
	if src := strings.ToLower(attr(n, "src")); strings.HasSuffix(src, ".svg") || strings.Contains(src, ".svg?") {
		return // a logo or an icon, drawn: no photograph
	}
	next := textAfter(n)
	if next == "" {
		return
	}
	name := alt
	if i := strings.IndexAny(alt, ",|–—("); i > 0 {
		name = strings.TrimSpace(alt[:i]) // "Jane Doe, Tech Writer"
	}
	if len(strings.Fields(name)) < 2 || !strings.HasPrefix(next, name) {
		return
	}
	if rest := next[len(name):]; rest != "" && !strings.HasPrefix(rest, " ") && !strings.HasPrefix(rest, ",") {
		return // "Jane Does"
	}
	b.portraits = append(b.portraits, posText{pos, name})
}

// textAfter is the first text that follows n in the page, outside it,
// within a few nodes.
func textAfter(n *html.Node) string {
	steps := 0
	var next func(*html.Node) *html.Node
	next = func(c *html.Node) *html.Node {
		for c != nil && c.NextSibling == nil {
			c = c.Parent
		}
		if c == nil {
			return nil
		}
		return c.NextSibling
	}
	for c := next(n); c != nil && steps < 12; steps++ {
		switch {
		case c.Type == html.TextNode:
			if t := strings.Join(strings.Fields(c.Data), " "); t != "" {
				return t
			}
			c = next(c)
		case c.Type == html.ElementNode && (c.DataAtom == atom.Script || c.DataAtom == atom.Style || c.DataAtom == atom.Img):
			c = next(c)
		case c.FirstChild != nil:
			c = c.FirstChild
		default:
			c = next(c)
		}
	}
	return ""
}

// dated reports a page that dates itself, as stories do and the cards
// of products (each shown with its picture and name) do not.
func dated(m *meta, main *ldThing, sig *bodySignals) bool {
	return len(sig.times) > 0 || len(sig.datelines) > 0 || len(sig.microPublished) > 0 ||
		firstTag(m, "article:published_time") != "" || (main != nil && main.published != "")
}

// portraitName is the one person the page shows with their picture
// right under its headline or at the end of its story; else "".
func portraitName(sig *bodySignals, site string) string {
	var all []string
	for _, p := range sig.portraits {
		all = addAuthors(all, p.text)
	}
	if len(all) >= 3 {
		return "" // a page of cards, each with its picture and name
	}
	one := ""
	for _, p := range sig.portraits {
		byHead := sig.h1Pos >= 0 && p.pos > sig.h1Pos && p.pos-sig.h1Pos <= 30
		atEnd := sig.contentEnd > 0 && p.pos > sig.contentEnd-30 && p.pos <= sig.contentEnd+30
		if !byHead && !atEnd {
			continue
		}
		if cleanName(p.text) != p.text || orgLike(p.text, site) {
			continue
		}
		if one != "" && !strings.EqualFold(one, p.text) {
			return "" // a roster
		}
		one = p.text
	}
	return one
}

// linksAway reports an image within a link to another page than a
// person's, or than the picture itself.
func linksAway(n *html.Node) bool {
	for p, up := n.Parent, 0; p != nil && up < 4; p, up = p.Parent, up+1 {
		if p.Type != html.ElementNode || p.DataAtom != atom.A {
			continue
		}
		h := strings.ToLower(attr(p, "href"))
		if i := strings.IndexAny(h, "?#"); i >= 0 {
			h = h[:i]
		}
		if h == "" || authorHref(h) {
			return false
		}
		for _, ext := range []string{".jpg", ".jpeg", ".png", ".webp", ".gif"} {
			if strings.HasSuffix(h, ext) {
				return false
			}
		}
		return true
	}
	return false
}

// namedAfter is the element after a label ("Written by:"), past the
// author's picture between them; nil when text comes first.
func namedAfter(n *html.Node) *html.Node {
	for next := nextElement(n); next != nil; next = nextElement(next) {
		if hasText(next) {
			return next
		}
		switch {
		case next.DataAtom == atom.Img || next.DataAtom == atom.Picture || next.DataAtom == atom.Svg:
		case hasDescendant(next, atom.Img) || hasDescendant(next, atom.Picture):
		default:
			return next
		}
	}
	return nil
}

// leadingName is the person's name a short text opens with, before a
// word in lower case ("Jane Doe in Marketing"); else "".
func leadingName(t string) string {
	words := strings.Fields(t)
	if len(words) > 8 {
		return ""
	}
	for i, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !nameParticles[w] {
			words = words[:i]
			break
		}
	}
	if len(words) < 2 || len(words) > 4 {
		return ""
	}
	name := strings.Join(words, " ")
	if cleanName(name) != name {
		return ""
	}
	return name
}

// siteCredit reports no credit, or the site's own name alone: a page
// its publisher signs.
func siteCredit(credit []string, site string) bool {
	return len(credit) == 0 || (len(credit) == 1 && site != "" && strings.EqualFold(credit[0], site))
}
