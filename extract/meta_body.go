package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// bodySignals is what the visible page says about the article: microdata,
// <time> elements, bylines, datelines and topic links, each with its place
// in document order so that the ones next to the headline win; and the
// shape of the page (cards, prices, comments, code) for its type.
type bodySignals struct {
	h1Pos int

	microAuthors   []posText
	microPublished []posText
	microModified  []posText
	times          []posTime
	bylines        []posText
	authorLinks    []posText
	avatars        []posText // the alt text of authors' portraits
	boldNames      []posText // a last paragraph of a bold name alone, set right
	leadNames      []posText // a first paragraph of a bold name alone, before the story
	accounts       []string  // the names of links to the site's generic accounts
	editors        []string  // names the page labels its editors ("Editor: Jane Doe")
	relAuthors     []posText // links marked rel=author, not labelled as other work
	signoffs       []posText // the writers of a credits line ("jd; Foto: dpa")
	creditLines    []string  // paragraphs that name an agency or a desk alone ("IN-Redaktion")
	datelines      []posTime
	scriptDates    []string
	// sides hold the times and date lines of regions set apart from the
	// story by their layout only, each with its place in h1Pos and its
	// element in root.
	sides []*bodySignals
	root  *html.Node
	// stamps are the datetime attributes of every <time> of the page,
	// in comments and sidebars too: they tell the site's offset.
	stamps     []string
	topicLinks []string
	// topicList is the first box of topic links after the headline
	// ("Related topics", a row of tag pills), outside menus.
	topicList []string

	// microScopes holds, for each of microAuthors, the item it is the
	// author of: the nearest itemscope above it.
	microScopes []*html.Node

	articles, headingLinks, headings int
	prices, carts, forms, inputs     int
	codeBlocks, comments, posts      int
	navLinks, links, paragraphs      int
	sideNav                          bool
	breadcrumbs                      bool
	ts                               typeSignals

	// userMarks are the members' names a forum shows by its posts;
	// host is the page's; contentEnd is the place of the story's
	// element's last descendant.
	userMarks  []userMark
	host       string
	contentEnd int
	// owners are the holders of the page's copyright notices and the
	// names of its links to the site's home page.
	owners []siteOwner
	// portraits are the names of people shown with their pictures;
	// profiles the links to authors' pages anywhere on the page, by
	// address.
	portraits []posText
	profiles  map[string]string
}

type posText struct {
	pos  int
	text string
}

type posTime struct {
	pos      int
	datetime string
	text     string
	pubdate  bool
	modified bool
}

// outsideWords name regions whose dates and names belong to something
// else: comments, sidebars, related stories, footers.
var outsideWords = []string{
	"comment", "sidebar", "related", "recommend", "footer", "copyright",
	"widget", "teaser", "popular", "trending", "mostread", "most-read",
	"newsletter", "promo", "discussion", "reply", "replies", "review",
	"more-stories", "read-next", "readnext", "also", "latest", "feed",
	"caption",
}

// layoutWords are the outsideWords that may name where a box is drawn
// rather than what it holds: the story's own date line sits in a
// "sidebar" column or a "footer" row at times.
var layoutWords = map[string]bool{"sidebar": true, "footer": true, "caption": true, "widget": true}

// outsideWord is the one of outsideWords the element's classes hold, if any.
func outsideWord(n *html.Node) string {
	return outsideWordIn(strings.ToLower(attr(n, "class") + " " + attr(n, "id") + " " + attr(n, "itemtype")))
}

// outsideWordIn is outsideWord of an element's lower-cased class, id and
// itemtype, s.
func outsideWordIn(s string) string {
	for _, tok := range strings.Fields(s) {
		if strings.ContainsAny(tok, "[:") || strings.HasPrefix(tok, "elementor-widget") {
			// Utility-class values ("md:[grid-area:sidebar]") say where a
			// box is drawn, not what it holds; a page builder calls every
			// block of a page, the story's too, a widget.
			continue
		}
		if strings.Contains(tok, "widget") && !strings.HasPrefix(tok, "widget") {
			// A sidebar's boxes are "widget", "widget_recent_entries",
			// "widget-area"; page builders call every block of the story
			// a widget too ("builder-widget-heading").
			continue
		}
		for _, w := range outsideWords {
			if i := strings.Index(tok, w); i >= 0 {
				// "p-body-main--withSidebar", "mainContainer_noSidebar",
				// "has-comments": a box said to have (or lack) the
				// thing, not the thing.
				pre := strings.TrimRight(tok[:i], "-_")
				if strings.HasSuffix(pre, "with") || strings.HasSuffix(pre, "has") || strings.HasSuffix(pre, "no") {
					continue
				}
				return w
			}
		}
	}
	return ""
}

func readBodySignals(doc *html.Node, h1, content *html.Node) *bodySignals {
	b := &bodySignals{h1Pos: -1}
	// The elements that hold the headline or the story are the page's
	// main region whatever their classes say ("single-post has-sidebar",
	// "node--promoted", "hfeed"): a sidebar or a comment list sits beside
	// the story, not around it.
	holds := map[*html.Node]bool{}
	for _, n := range []*html.Node{h1, content} {
		for ; n != nil; n = n.Parent {
			holds[n] = true
		}
	}
	pos := 0
	// side collects the dates of a region set apart from the story by
	// its layout only (an aside, a sidebar or footer box, a caption
	// style): the story's own date is often drawn there.
	var walk func(n *html.Node, outside bool, side *bodySignals)
	walk = func(n *html.Node, outside bool, side *bodySignals) {
		if n.Type != html.ElementNode {
			if n.Type == html.TextNode {
				b.ownerLine(n)
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c, outside, side)
			}
			return
		}
		wasOutside := outside
		soft, hard := false, false
		pos++
		if n == h1 {
			b.h1Pos = pos
		}
		if n == content {
			defer func() { b.contentEnd = pos }()
		}
		switch n.DataAtom {
		case atom.Script:
			if len(b.scriptDates) < 4 && n.FirstChild != nil && !strings.Contains(attr(n, "type"), "ld+json") {
				if d := scriptDate(n.FirstChild.Data); d != "" {
					b.scriptDates = append(b.scriptDates, d)
				}
			}
			return
		case atom.Style, atom.Template, atom.Svg:
			return
		case atom.Head:
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode && c.DataAtom == atom.Script {
					walk(c, outside, nil)
				}
			}
			return
		case atom.Footer:
			// An article's own footer holds its byline and dates.
			if !hasAncestor(n, atom.Article) {
				outside, hard = true, true // the site's footer
			}
		case atom.Aside:
			// An aside left open holds the rest of the page, the story
			// too: that is no aside.
			if !holds[n] {
				outside, soft = true, true
			}
		case atom.Figure, atom.Figcaption:
			outside, hard = true, true
		case atom.Nav:
			outside, hard = true, true
			b.navLinks += countTag(n, atom.A, 400)
			if navIsSide(n) {
				b.sideNav = true
			}
		}
		if isTimeElement(n) && len(b.stamps) < 64 {
			if v := attr(n, "datetime"); v != "" {
				b.stamps = append(b.stamps, v)
			}
		}
		cls := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
		if !holds[n] && n.DataAtom != atom.Html && n.DataAtom != atom.Body && n.DataAtom != atom.Main {
			if w := outsideWordIn(cls + " " + strings.ToLower(attr(n, "itemtype"))); w != "" {
				outside = true
				layout := layoutWords[w] && (w != "footer" || hasAncestor(n, atom.Article))
				soft = soft || layout
				hard = hard || !layout
			}
		}
		switch {
		case hard:
			side = nil
		case soft && !wasOutside:
			side = &bodySignals{h1Pos: pos, root: n}
			b.sides = append(b.sides, side)
		}
		if strings.Contains(cls, "breadcrumb") {
			b.breadcrumbs = true
		}
		if b.topicList == nil && b.h1Pos > 0 && n.DataAtom != atom.A && topicBox(n, cls) && !hasAncestor(n, atom.Nav) && !siteFooter(n) {
			b.topicList = topicList(n)
		}
		if strings.Contains(cls, "comment") && !strings.Contains(cls, "comments-") && !strings.Contains(cls, "count") {
			b.comments++
		}
		if containsWord(cls, "post") || strings.Contains(cls, "message") || strings.Contains(cls, "thread") || strings.Contains(cls, "topic-") {
			b.posts++
		}
		b.shape(n, cls)
		b.homeLink(n)
		b.profileLink(n)

		if !outside {
			b.microdata(n, pos)
			b.visible(n, pos, cls)
		} else if side != nil && len(side.times)+len(side.datelines) < 8 {
			side.visible(n, pos, cls)
			switch n.DataAtom {
			case atom.Article:
				side.headingLinks++ // another story
			case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Header:
				if hasDescendant(n, atom.A) {
					side.headingLinks++ // a teaser of another page
				}
			case atom.A:
				if len(strings.Fields(textOf(n))) >= 5 {
					side.headingLinks++ // a headline linking elsewhere
				}
			}
		}
		if rel := strings.ToLower(attr(n, "rel")); n.DataAtom == atom.A && (rel == "tag" || strings.Contains(rel, " tag")) && !outside {
			if t := textOf(n); t != "" && utf8.RuneCountInString(t) < 60 {
				b.topicLinks = append(b.topicLinks, t)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, outside, side)
		}
	}
	walk(doc, false, nil)
	return b
}

func hasAncestor(n *html.Node, a atom.Atom) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == a {
			return true
		}
	}
	return false
}

func containsWord(s, w string) bool {
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == '_' }) {
		if f == w {
			return true
		}
	}
	return false
}

// shape counts the structures that tell a page's type.
func (b *bodySignals) shape(n *html.Node, cls string) {
	b.ts.add(n, cls)
	switch n.DataAtom {
	case atom.Article:
		b.articles++
	case atom.H2, atom.H3, atom.H4:
		b.headings++
		if hasDescendant(n, atom.A) {
			b.headingLinks++
		}
	case atom.Pre:
		b.codeBlocks++
	case atom.Form:
		b.forms++
	case atom.Input, atom.Select, atom.Textarea:
		b.inputs++
	case atom.A:
		b.links++
	case atom.P:
		if len(textOf(n)) > 80 {
			b.paragraphs++
		}
	case atom.Button:
		if cartText(textOf(n)) {
			b.carts++
		}
	}
	ip := strings.ToLower(attr(n, "itemprop"))
	if ip == "price" || containsWord(cls, "price") || strings.Contains(cls, "product-price") {
		b.prices++
	}
	if (n.DataAtom == atom.Input && cartText(attr(n, "value"))) || strings.Contains(cls, "add-to-cart") || strings.Contains(cls, "addtocart") || strings.Contains(cls, "add_to_cart") {
		b.carts++
	}
}

func cartText(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	if len(s) > 40 {
		return false
	}
	for _, w := range []string{"add to cart", "add to bag", "add to basket", "buy now", "in den warenkorb", "ajouter au panier", "añadir al carrito", "aggiungi al carrello", "add to trolley"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func hasDescendant(n *html.Node, a atom.Atom) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == a || hasDescendant(c, a)) {
			return true
		}
	}
	return false
}

func countTag(n *html.Node, a atom.Atom, max int) int {
	k := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && k < max; c = c.NextSibling {
			if c.Type == html.ElementNode {
				if c.DataAtom == a {
					k++
				}
				walk(c)
			}
		}
	}
	walk(n)
	return k
}

// navIsSide reports a navigation column of many links beside the content,
// as documentation sites have.
func navIsSide(n *html.Node) bool {
	s := strings.ToLower(attr(n, "class") + " " + attr(n, "id") + " " + attr(n, "aria-label"))
	for _, w := range []string{"sidebar", "toc", "docs", "side", "table of contents", "menu-doc", "sidenav"} {
		if strings.Contains(s, w) {
			return countTag(n, atom.A, 400) >= 15
		}
	}
	return false
}

// microdata reads itemprop author and dates.
func (b *bodySignals) microdata(n *html.Node, pos int) {
	ip := strings.ToLower(attr(n, "itemprop"))
	if ip == "" {
		return
	}
	for _, p := range strings.Fields(ip) {
		switch p {
		case "author", "creator":
			name := ""
			var find func(*html.Node)
			find = func(c *html.Node) {
				for c := c.FirstChild; c != nil && name == ""; c = c.NextSibling {
					if c.Type == html.ElementNode {
						if strings.EqualFold(attr(c, "itemprop"), "name") {
							name = attr(c, "content")
							if name == "" {
								name = textOf(c)
							}
						} else {
							find(c)
						}
					}
				}
			}
			find(n)
			if name == "" {
				name = attr(n, "content")
			}
			if name == "" && n.DataAtom != atom.Link {
				name = textOf(n)
			}
			if name != "" && utf8.RuneCountInString(name) < 200 {
				b.microAuthors = append(b.microAuthors, posText{pos, name})
				b.microScopes = append(b.microScopes, itemScope(n))
			}
		case "datepublished", "datecreated", "datemodified":
			v := attr(n, "datetime")
			if v == "" {
				v = attr(n, "content")
			}
			if v == "" {
				v = textOf(n)
			}
			if p == "datemodified" {
				b.microModified = append(b.microModified, posText{pos, v})
			} else {
				b.microPublished = append(b.microPublished, posText{pos, v})
			}
		}
	}
}

// itemScope is the item n is a property of: its nearest ancestor with
// itemscope, or nil.
func itemScope(n *html.Node) *html.Node {
	for p := n.Parent; p != nil; p = p.Parent {
		if _, ok := attrOK(p, "itemscope"); ok {
			return p
		}
	}
	return nil
}

// visible reads <time> elements, bylines and datelines.
func (b *bodySignals) visible(n *html.Node, pos int, cls string) {
	if isTimeElement(n) && n.Parent != nil && copyrightLine(shortText(n.Parent, 200)) {
		return // the site's copyright notice
	}
	// A byline within a link that holds a headline is a teaser's: the
	// byline of the story it links to.
	defer func(bylines, links int) {
		if (len(b.bylines) > bylines || len(b.authorLinks) > links) && inTeaserLink(n) {
			b.bylines, b.authorLinks = b.bylines[:bylines], b.authorLinks[:links]
		}
	}(len(b.bylines), len(b.authorLinks))
	if isTimeElement(n) {
		t := posTime{pos: pos, datetime: attr(n, "datetime"), text: textOf(n)}
		_, t.pubdate = attrOK(n, "pubdate")
		t.modified = strings.Contains(cls, "updat") || strings.Contains(cls, "modif") || strings.EqualFold(attr(n, "itemprop"), "dateModified")
		if p := n.Parent; p != nil && countTag(p, atom.Time, 2) == 1 {
			// The words around the only <time> of its parent label it;
			// beside another <time> ("April 26, 2024 Updated on: October
			// 28, 2024") they may label the other.
			pc := strings.ToLower(attr(p, "class") + " " + textOf(p))
			if !t.modified && len(pc) < 200 && (strings.Contains(pc, "updat") || strings.Contains(pc, "modif") || strings.Contains(pc, "aktualisiert") || strings.Contains(pc, "mis à jour") || strings.Contains(pc, "actualizado")) &&
				!strings.Contains(pc, "publi") && !strings.Contains(pc, "veröffentlicht") {
				t.modified = true
			}
		}
		b.times = append(b.times, t)
		return
	}
	// The element's text, or "" when it is longer than any byline or
	// date line read below: reading the whole text of every element of a
	// long page would cost time of the square of its size.
	text := shortText(n, 200)
	b.userMark(n, pos, cls, text)
	b.portrait(n, pos)
	if t := boldOnly(n); t != "" {
		if boldLine(n, t) {
			b.boldNames = append(b.boldNames, posText{pos, t})
		}
		if leadBoldLine(n, t) {
			b.leadNames = append(b.leadNames, posText{pos, t})
		}
	}
	if n.DataAtom == atom.P && text != "" && utf8.RuneCountInString(text) <= 40 && !hasDescendant(n, atom.A) {
		if c := creditName(text); signOffCredit(c) {
			b.creditLines = append(b.creditLines, c)
		}
	}
	if p := n.PrevSibling; p != nil && p.Type == html.TextNode && text != "" && utf8.RuneCountInString(text) <= 60 {
		// Most elements follow white space between tags: the label is
		// matched only before a short text, and only when there is one.
		if l := strings.TrimSpace(p.Data); l != "" && rxEditorLabel.MatchString(l) {
			b.editors = append(b.editors, text)
		}
	}
	if n.DataAtom == atom.Img && avatarImage(n, cls) {
		if t := strings.TrimSpace(attr(n, "alt")); t != "" && utf8.RuneCountInString(t) <= 60 {
			b.avatars = append(b.avatars, posText{pos, t})
		}
	}
	rel := strings.ToLower(attr(n, "rel"))
	if n.DataAtom == atom.A && (strings.Contains(rel, "author") || (authorHref(attr(n, "href")) && !inProse(n))) {
		if t := text; t != "" && utf8.RuneCountInString(t) <= 60 {
			b.authorLinks = append(b.authorLinks, posText{pos, t})
			if accountPage(attr(n, "href")) {
				b.accounts = append(b.accounts, t)
			}
			if strings.Contains(rel, "author") && !otherWorkBefore(n) {
				b.relAuthors = append(b.relAuthors, posText{pos, t})
			}
		}
	} else if bylineName(cls) && !otherCredit(n) {
		if t := text; t != "" && utf8.RuneCountInString(t) <= 120 {
			b.bylines = append(b.bylines, posText{pos, t})
		}
	} else if personIcon(n) {
		// A person icon before a name: "<i class="bi-person"></i> Jane".
		if t := text; t != "" && utf8.RuneCountInString(t) <= 60 {
			b.bylines = append(b.bylines, posText{pos, t})
		}
	} else if isTextish(n) {
		t := text
		switch {
		case rxByLabel.MatchString(t):
			// "Written by" with the name in the next element, or in the
			// text after it ("<strong>Autor</strong> Jane Doe").
			if next := namedAfter(n); next != nil {
				if nt := textOf(next); nt != "" && utf8.RuneCountInString(nt) <= 60 {
					b.bylines = append(b.bylines, posText{pos, nt})
				}
			} else if s := n.NextSibling; s != nil && s.Type == html.TextNode {
				if nt := strings.TrimSpace(s.Data); nt != "" && utf8.RuneCountInString(nt) <= 60 {
					b.bylines = append(b.bylines, posText{pos, nt})
				}
			}
		case utf8.RuneCountInString(t) <= 80 && rxByText.MatchString(t):
			b.bylines = append(b.bylines, posText{pos, t})
		case utf8.RuneCountInString(t) <= 120 && rxCreditsLine.MatchString(t) && !hasBlockChild(n):
			// "ssi, dan; Foto [M]: Shutterstock": a credits line, the
			// writers' initials or names before the photo credit.
			b.signoffs = append(b.signoffs, posText{pos, rxCreditsLine.FindStringSubmatch(t)[1]})
		case nameBesideDate(n, t) != "":
			b.bylines = append(b.bylines, posText{pos, nameBesideDate(n, t)})
		case utf8.RuneCountInString(t) <= 60 && rxCJKByline.MatchString(t):
			// "(责编：牛镛、岳弘彬)", "记者 张三": the names after the label.
			b.bylines = append(b.bylines, posText{pos, rxCJKByline.FindStringSubmatch(t)[1]})
		}
	} else if n.DataAtom == atom.A && !inProse(n) && rxByText.MatchString(text) && utf8.RuneCountInString(text) <= 60 {
		// A link that says "by Jane Doe" itself.
		b.bylines = append(b.bylines, posText{pos, text})
	} else if n.DataAtom == atom.A && byBefore(n) && !inProse(n) {
		// "started by <a>pelex</a>": a link the text before names as
		// the author.
		if t := text; t != "" && utf8.RuneCountInString(t) <= 60 {
			b.bylines = append(b.bylines, posText{pos, "by " + t})
		}
	} else if n.DataAtom == atom.H2 || n.DataAtom == atom.H3 || n.DataAtom == atom.H4 {
		// A heading over an author box: "Written by Jane Doe", or the
		// label "Article by" with the name below it.
		t := text
		if rxByLabel.MatchString(t) {
			if next := nextElement(n); next != nil {
				if nt := textOf(next); nt != "" && utf8.RuneCountInString(nt) <= 60 {
					b.bylines = append(b.bylines, posText{pos, nt})
				}
			}
		} else if utf8.RuneCountInString(t) <= 60 && rxByText.MatchString(t) {
			b.bylines = append(b.bylines, posText{pos, t})
		}
	}
	if hasDescendant(n, atom.Time) || inLinkCard(n) {
		return
	}
	if dateName(cls) || (isTextish(n) && !hasBlockChild(n)) {
		t, label := text, ""
		if own, before := ownText(n); own != t && (dateLine(own) || numericDateLine(own)) {
			// The element's own words are the date; its children label
			// it or add a note ("(This post was last modified: ...)").
			t, label = own, before
		}
		if t != "" && utf8.RuneCountInString(t) <= 100 && (dateName(cls) || dateLine(t) || numericDateLine(t) || labelledDate(t) || dateSegment(t)) && !copyrightLine(t) {
			if label == "" {
				label = labelBefore(n)
			}
			b.datelines = append(b.datelines, posTime{pos: pos, text: t, modified: updatedLabel(label+" "+t) || strings.Contains(cls, "updat") || strings.Contains(cls, "modif")})
		}
	}
	if !dateName(cls) && !isTextish(n) && inlineLine(n) && dateSegment(text) {
		// "<a>Jane Doe</a> • November 4th, 2025": parts of a line set
		// off by bullets, one of them a date.
		b.datelines = append(b.datelines, posTime{pos: pos, text: text, modified: updatedLabel(text) || strings.Contains(cls, "updat") || strings.Contains(cls, "modif")})
	}
	if isTextish(n) && rxDateLabel.MatchString(text) {
		if next := nextElement(n); next != nil {
			if nt := textOf(next); nt != "" && utf8.RuneCountInString(nt) <= 60 {
				b.datelines = append(b.datelines, posTime{pos: pos, text: nt, modified: updatedLabel(text)})
			}
		}
	}
}

// hasText reports whether n holds any text outside scripts and styles.
func hasText(n *html.Node) bool {
	if n.Type == html.TextNode {
		return strings.TrimSpace(n.Data) != ""
	}
	if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if hasText(c) {
			return true
		}
	}
	return false
}

// shortText is textOf(n), or "" when n holds more than max letters and
// digits, found without reading the rest of its text.
func shortText(n *html.Node, max int) string {
	count := 0
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		if n.Type == html.TextNode {
			for _, r := range n.Data {
				if !unicode.IsSpace(r) {
					count++
				}
			}
			return count <= max
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
			return true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !walk(c) {
				return false
			}
		}
		return true
	}
	if !walk(n) {
		return ""
	}
	return textOf(n)
}

// isTimeElement reports a <time>, or a custom element that carries a
// datetime as one does (<relative-time>, <local-time>).
func isTimeElement(n *html.Node) bool {
	if n.DataAtom == atom.Time {
		return true
	}
	if n.DataAtom != 0 || !strings.Contains(n.Data, "-") {
		return false
	}
	_, ok := attrOK(n, "datetime")
	return ok
}

// scriptDate finds a publication date a script assigns to a known key.
// Scripts run to megabytes, so the expression is tried only around the
// places where a key's name stands.
func scriptDate(js string) string {
	for _, key := range []string{"ublish", "ubDate", "releaseDate", "ublication"} {
		for from := 0; from < len(js); {
			i := strings.Index(js[from:], key)
			if i < 0 {
				break
			}
			i += from
			lo, hi := max(0, i-24), min(len(js), i+96)
			if m := rxScriptDate.FindStringSubmatch(js[lo:hi]); m != nil {
				return m[1]
			}
			from = i + len(key)
		}
	}
	return ""
}

var (
	// rxScriptDate finds a publication date in a page's script data, as
	// content systems ship it to their front ends.
	rxScriptDate = regexp.MustCompile(`["']?(?:datePublished|publishedDate|publishDate|publishedAt|published_at|publicationDate|publication_date|first_publication_date|date_published|pubDate|publish_date|releaseDate)["']?\s*[:=]\s*["']((?:19|20)\d\d-\d\d-\d\d[^"']{0,30})["']`)
	rxDateLabel  = regexp.MustCompile(`(?i)^(?:last updated|updated|updated on|last modified|published|published on|posted|posted on|date|content current as of|reviewed|last reviewed|veröffentlicht|veröffentlicht am|aktualisiert|aktualisiert am|stand|datum|publié le|mis à jour le|publicado|actualizado|pubblicato|aggiornato)\s*:?$`)
	rxByLabel    = regexp.MustCompile(`(?i)^(?:(?:written|posted|published|article|story|words|text) by|by|author|authors|contributors?|autor|autorin|autoren|autorin/autor|autor/autorin|von|par|por|auteur|text)\s*:?$`)
	rxByText     = regexp.MustCompile(`^(?:By|BY|by|Von|Par|Por|Di|Door|(?i:written by|posted by|by:))\s*:?\s+\p{Lu}`)
	// rxCreditsLine is a line of credits: the writers, then the photos.
	rxCreditsLine = regexp.MustCompile(`(?i)^\s*([^;:()]{2,40}?)\s*;\s*(?:fotos?|photos?|bilder?|images?)\b[^:;]{0,8}:`)
	// rxEditorLabel labels the name of the story's editor, not its
	// writer.
	rxEditorLabel = regexp.MustCompile(`(?i)^(?:editor|editors|edited by|editing|redaktur|penyunting|editado por|editora?|redigiert von|责任编辑|责编|責任編輯)\s*[:：]?$`)
	// rxCJKByline is a Chinese byline or editor's note: a label (author,
	// reporter, editor in charge) and the names, in brackets at times.
	rxCJKByline = regexp.MustCompile(`^[(（]?\s*(?:作者|记者|記者|责编|责任编辑|責任編輯|编辑|編輯|撰文|撰稿)\s*[：:]?\s*(\p{Han}[\p{Han}·、，,]{0,30}\p{Han})\s*[)）]?$`)
)

// updatedLabel reports a date line that gives the last update.
func updatedLabel(s string) bool {
	l := strings.ToLower(s)
	for _, w := range []string{"updat", "modif", "aktualisiert", "mis à jour", "actualizado", "aggiornato", "atualizado", "bijgewerkt", "zaktualizowano", "обновлено", "更新", "수정", "reviewed", "current as of", "stand:"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// inlineLine reports a short line of text and inline elements only:
// "<p><a href="/author/jane">Jane Doe</a> • November 4th, 2025</p>".
func inlineLine(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Div, atom.Span, atom.Li, atom.H3, atom.H4, atom.H5, atom.H6, atom.Small:
	default:
		return false
	}
	own := false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			own = own || strings.TrimSpace(c.Data) != ""
		case c.Type == html.ElementNode:
			switch c.DataAtom {
			case atom.A, atom.Span, atom.Strong, atom.B, atom.Em, atom.I, atom.Small, atom.Img, atom.Svg, atom.Br:
				if hasBlockChild(c) {
					return false
				}
			default:
				return false
			}
		}
	}
	return own
}

// inLinkCard reports an element within a link that holds blocks: a card
// that leads to another page, with that page's title and date (a link
// marked aria-current leads to the page itself). Its date lines are not
// the page's.
func inLinkCard(n *html.Node) bool {
	for p, i := n.Parent, 0; p != nil && i < 6; p, i = p.Parent, i+1 {
		if p.DataAtom == atom.A {
			return hasBlockChild(p) && attr(p, "aria-current") == ""
		}
	}
	return false
}

// copyrightLine reports a line of the site's copyright notice.
func copyrightLine(s string) bool {
	return strings.Contains(s, "©") || strings.Contains(strings.ToLower(s), "copyright")
}

// hasBlockChild reports an element with block-level children.
func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			switch c.DataAtom {
			case atom.Div, atom.P, atom.Ul, atom.Ol, atom.Table, atom.Section, atom.Article, atom.H1, atom.H2, atom.H3, atom.Li:
				return true
			}
		}
	}
	return false
}

// labelBefore is the short text that stands just before an element in
// its parent, or before its parent when it is the first thing there:
// "Last Updated on <span>Mar 11, 2026</span>".
func labelBefore(n *html.Node) string {
	for up := 0; up < 2 && n != nil; up, n = up+1, n.Parent {
		var parts []string
		for s := n.PrevSibling; s != nil && len(parts) < 3; s = s.PrevSibling {
			if t := nodeText(s); t != "" {
				parts = append([]string{t}, parts...)
			}
		}
		if l := strings.Join(parts, " "); l != "" {
			if utf8.RuneCountInString(l) > 40 {
				return ""
			}
			return l
		}
	}
	return ""
}

// ownText is the text of an element's own text nodes, without its
// children's, and the text of the children before it (a label).
func ownText(n *html.Node) (own, before string) {
	var sb, bb strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			sb.WriteString(c.Data)
			sb.WriteByte(' ')
		case c.Type == html.ElementNode && strings.TrimSpace(sb.String()) == "":
			bb.WriteString(textOf(c))
			bb.WriteByte(' ')
		}
	}
	return strings.Join(strings.Fields(sb.String()), " "), strings.TrimSpace(bb.String())
}

// isTextish reports an element that holds a short line of text: its
// first content is text, after any comments (left by page renderers
// between pieces of text) and icons.
func isTextish(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Span, atom.Div, atom.Li, atom.Strong, atom.B, atom.Em, atom.I, atom.Small, atom.Address, atom.Dt, atom.Dd, atom.H3, atom.H4, atom.H5, atom.H6, atom.Td:
	case 0:
		// A custom element (<date>, <x-byline>).
	default:
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.CommentNode:
		case c.Type == html.ElementNode && c.DataAtom == atom.A && c.FirstChild != nil && c.FirstChild.Type == html.ElementNode && c.FirstChild.DataAtom == atom.Img && c.FirstChild.NextSibling == nil:
			// a linked icon
		case c.Type == html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return true
			}
		case c.Type == html.ElementNode && (c.DataAtom == atom.Svg || c.DataAtom == atom.Img || (c.DataAtom == atom.I && c.FirstChild == nil)):
		default:
			return false
		}
	}
	return false
}

func nextElement(n *html.Node) *html.Node {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode {
			return s
		}
		if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
			return nil
		}
	}
	return nil
}

// nodeText is the text of a text node, trimmed, or of an element.
func nodeText(n *html.Node) string {
	switch n.Type {
	case html.TextNode:
		return strings.TrimSpace(n.Data)
	case html.ElementNode:
		return textOf(n)
	}
	return ""
}

// otherCredit reports a name the text before it credits with other work
// than the writing: "Fact checked by", "Reviewed by", "Photo:".
func otherCredit(n *html.Node) bool {
	for s := n.PrevSibling; s != nil; s = s.PrevSibling {
		t := nodeText(s)
		if t == "" {
			continue
		}
		return utf8.RuneCountInString(t) <= 40 && rxOtherCredit.MatchString(t)
	}
	return false
}

// rxOtherCredit is a label crediting other work than the writing.
var rxOtherCredit = regexp.MustCompile(`(?i)^(?:photos?|pictures?|images?|illustrations?|videos?|fotos?|medically reviewed|reviewed|fact[- ]?checked|edited|expert reviewed)\b.{0,12}$`)

// byBefore reports a link right after the word "by" ("started by",
// "Posted by", "von").
func byBefore(n *html.Node) bool {
	p := n.PrevSibling
	if p == nil || p.Type != html.TextNode {
		return false
	}
	return rxByBefore.MatchString(strings.TrimSpace(p.Data))
}

// rxByBefore is the text before an author's link: the word "by" alone or
// after a verb of posting ("started by"), not "contributed by" in a note.
var rxByBefore = regexp.MustCompile(`(?i)(?:^|[\s'"’])(?:(?:posted|started|written|published|submitted|asked|created)\s+)by:?$|^(?:by|von|par|por):?$`)

// personIcon reports an element that opens with an empty icon of a person
// and goes on with a line of text.
func personIcon(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Li, atom.Span, atom.Div, atom.P:
	default:
		return false
	}
	c := n.FirstChild
	for c != nil && c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
		c = c.NextSibling
	}
	if c == nil || c.Type != html.ElementNode || hasText(c) {
		return false
	}
	switch c.DataAtom {
	case atom.I, atom.Span, atom.Svg:
	default:
		return false
	}
	cls := strings.ToLower(attr(c, "class"))
	for _, f := range strings.FieldsFunc(cls, func(r rune) bool { return r == ' ' || r == '-' || r == '_' }) {
		if f == "person" || f == "user" || f == "author" {
			return !hasBlockChild(n)
		}
	}
	return false
}

// boldLine reports a paragraph, its bold text t alone, that is one bold
// line of a few words closing its story, set to the right, as a writer's
// name is signed.
func boldLine(n *html.Node, t string) bool {
	if w := len(strings.Fields(t)); w < 2 || w > 4 {
		return false
	}
	st := strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", "")
	cls := strings.ToLower(attr(n, "class"))
	if !strings.Contains(st, "text-align:right") && !strings.EqualFold(attr(n, "align"), "right") && !strings.Contains(cls, "text-right") && !strings.Contains(cls, "align-right") {
		return false
	}
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode && s.DataAtom == atom.P && textOf(s) != "" {
			return false
		}
	}
	return true
}

// boldOnly is the text of a paragraph that holds a bold element alone,
// or "".
func boldOnly(n *html.Node) string {
	if n.DataAtom != atom.P {
		return ""
	}
	var only *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(strings.ReplaceAll(c.Data, "\u00a0", " ")) == "" {
			continue
		}
		if only != nil || c.Type != html.ElementNode || (c.DataAtom != atom.Strong && c.DataAtom != atom.B) {
			return ""
		}
		only = c
	}
	if only == nil {
		return ""
	}
	return textOf(only)
}

// leadBoldLine reports a paragraph, its bold text t alone, that is the
// story's first and a short line, with nothing before it in its box but
// images and lines in italics (a standfirst), and running text after it:
// the byline some sites set over the story ("<p><strong>Jane
// Doe</strong></p>").
func leadBoldLine(n *html.Node, t string) bool {
	if w := len(strings.Fields(t)); w < 2 || w > 8 || utf8.RuneCountInString(t) > 80 {
		return false
	}
	for s := n.PrevSibling; s != nil; s = s.PrevSibling {
		if hasText(s) && !(s.DataAtom == atom.P && italicOnly(s)) {
			return false
		}
	}
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type != html.ElementNode || !hasText(s) {
			continue
		}
		return s.DataAtom == atom.P && utf8.RuneCountInString(textOf(s)) > 150
	}
	return false
}

// otherWorkBefore reports a link the text right before it labels as
// another's than the writer's: "Reviewed by", "Editor:".
func otherWorkBefore(n *html.Node) bool {
	for s := n.PrevSibling; s != nil; s = s.PrevSibling {
		if s.Type == html.TextNode && strings.TrimSpace(s.Data) == "" {
			continue
		}
		if s.Type != html.TextNode {
			return false
		}
		return rxOtherWorkEnd.MatchString(strings.TrimSpace(s.Data))
	}
	return false
}

// rxOtherWorkEnd is a label of work other than the writing, ending a
// text.
var rxOtherWorkEnd = regexp.MustCompile(`(?i)(?:review|check|edit|photo|illustrat|translat|produc|redig|geprüft|fotos?)\p{L}*\s*(?:by|von|par|por)?\s*[:：]?$`)

// signOffCredit reports a credit that signs a story in a paragraph of
// its own: one word, a wire service's name ("AFP", "Reuters") or a desk's
// ("IN-Redaktion"), not a word that says something else as well ("Red",
// "Staff").
func signOffCredit(c string) bool {
	if c == "" || strings.ContainsAny(c, " .") {
		return false
	}
	l := strings.ToLower(c)
	if i := strings.LastIndex(l, "-"); i > 0 {
		return teamWords[l[i+1:]]
	}
	if utf8.RuneCountInString(l) < 3 || teamWords[l] || l == "red" || l == "wire" {
		return false // teamWords hold "staff", "desk", "newsroom" and their kin
	}
	return agencies[l]
}

// italicOnly reports an element whose text is all in italics: a
// standfirst or a kicker over the story.
func italicOnly(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return false
			}
		case c.Type == html.ElementNode && (c.DataAtom == atom.Em || c.DataAtom == atom.I):
		case c.Type == html.ElementNode && !italicOnly(c):
			return false
		}
	}
	return true
}

// accountPage reports the address of an author's page that is the
// site's generic account ("/author/admin/"), not a person's.
func accountPage(h string) bool {
	h = strings.ToLower(strings.TrimRight(h, "/"))
	i := strings.LastIndex(h, "/")
	if i < 0 || !authorHref(h[:i+1]) {
		return false
	}
	switch h[i+1:] {
	case "admin", "administrator", "webmaster", "editor", "redaktion", "redaction", "staff", "newsroom", "root":
		return true
	}
	return false
}

// avatarImage reports a portrait of an author: an image its classes, or
// its parent's, call an avatar or an author's.
func avatarImage(n *html.Node, cls string) bool {
	if p := n.Parent; p != nil && p.Type == html.ElementNode {
		cls += " " + strings.ToLower(attr(p, "class"))
	}
	return strings.Contains(cls, "avatar") || strings.Contains(cls, "author") || strings.Contains(cls, "byline") || strings.Contains(cls, "headshot")
}

// inProse reports a link inside a paragraph of running text: a link to a
// person's page there names someone the story is about.
func inProse(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && (p.DataAtom == atom.P || isBlockTag(p.DataAtom)) {
			return utf8.RuneCountInString(textOf(p)) > 150
		}
	}
	return false
}

// authorHref reports a link to an author's page.
func authorHref(h string) bool {
	h = strings.ToLower(h)
	for _, w := range []string{"/author/", "/authors/", "/autor/", "/autoren/", "/auteur/", "/autore/", "/writers/", "/writer/", "/journalist/", "/profile/", "/profiles/", "/people/", "/producers/", "/contributors/", "/contributor/", "/staff/", "/team/"} {
		if strings.Contains(h, w) {
			return true
		}
	}
	return false
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func bylineName(cls string) bool {
	if strings.Contains(cls, "byline") || strings.Contains(cls, "author-name") || strings.Contains(cls, "authorname") ||
		strings.Contains(cls, "author_name") || strings.Contains(cls, "autor") || strings.Contains(cls, "auteur") {
		return true
	}
	return containsWord(cls, "author") || containsWord(cls, "authors") || containsWord(cls, "by")
}

func dateName(cls string) bool {
	for _, w := range []string{"date", "publish", "posted", "dateline", "timestamp", "datum", "fecha", "time", "meta"} {
		if strings.Contains(cls, w) {
			return true
		}
	}
	return false
}

// inTeaserLink reports an element within a link that also holds a
// heading of its own: a teaser of another page, drawn as one link.
func inTeaserLink(n *html.Node) bool {
	for p, k := n.Parent, 0; p != nil && k < 8; p, k = p.Parent, k+1 {
		if p.Type == html.ElementNode && p.DataAtom == atom.A {
			return headingBesides(p, n)
		}
	}
	return false
}

// headingBesides reports a heading within p outside the element n.
func headingBesides(p, n *html.Node) bool {
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		if c == n || c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			return true
		}
		if headingBesides(c, n) {
			return true
		}
	}
	return false
}

// nameBesideDate is the text of n when it reads as a person's name set
// off by a bar or a bullet right before the story's date, as a byline
// without a label: "Jane Doe |" and then "05.04.2025". Else "".
func nameBesideDate(n *html.Node, t string) string {
	name := strings.Trim(t, " |•·/\u00a0")
	if name == strings.TrimSpace(t) {
		return "" // no bar or bullet sets it off
	}
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 4 || utf8.RuneCountInString(name) > 40 || hasBlockChild(n) || cleanName(name) != name {
		return ""
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return ""
		}
	}
	next := nextElement(n)
	if next == nil {
		return ""
	}
	if isTimeElement(next) || hasDescendant(next, atom.Time) || dateName(strings.ToLower(attr(next, "class"))) {
		return name
	}
	if d := strings.TrimSpace(textOf(next)); rxLeadDate.MatchString(d) || dateLine(d) || numericDateLine(d) {
		return name
	}
	return ""
}
