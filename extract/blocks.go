package extract

import (
	"path"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsbite/newsbite/article"
)

// block is a run of text between block-level boundaries, with the features
// the selection and cleaning stages judge it by.
type block struct {
	typ     article.BlockType
	level   int
	ordered bool
	header  bool
	cells   []string
	text    string
	owner   *html.Node // the block-level element the text sits in
	tag     atom.Atom  // owner's tag
	chars   int        // non-space runes
	links   int        // non-space runes inside links
	value   float64
	card    bool // part of a teaser card
	item    bool // part of a repeated list item
}

// segmenter walks a DOM and cuts it into blocks, skipping furniture.
type segmenter struct {
	blocks []block
	images []imageRef

	buf       strings.Builder
	chars     int
	links     int
	linkDepth int
	pendSpace bool

	owner   *html.Node
	typ     article.BlockType
	level   int
	ordered bool
	pre     int

	bodyText int // non-link text runes of the whole body, for protection
	// keep holds the elements marked as the article body and their
	// ancestors, which no name-based rule may drop.
	keep map[*html.Node]bool
	// thread is set on discussion pages, where comments are the content.
	thread bool
}

type imageRef struct {
	img   article.Image
	owner *html.Node
}

func isBlockTag(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Dd, atom.Details,
		atom.Dialog, atom.Div, atom.Dl, atom.Dt, atom.Fieldset, atom.Figcaption, atom.Figure,
		atom.Footer, atom.Form, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Header, atom.Hgroup, atom.Hr, atom.Li, atom.Main, atom.Nav, atom.Ol, atom.P,
		atom.Pre, atom.Section, atom.Table, atom.Tbody, atom.Thead, atom.Tfoot, atom.Tr,
		atom.Td, atom.Th, atom.Ul, atom.Summary, atom.Caption, atom.Center, atom.Body,
		atom.Html, atom.Br, atom.Menu, atom.Picture, atom.Img, atom.Frameset, atom.Legend:
		return true
	}
	return false
}

func headingLevel(a atom.Atom) int {
	switch a {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}

// flush ends the current inline run as a block.
func (s *segmenter) flush() {
	if s.chars == 0 {
		s.buf.Reset()
		s.links, s.pendSpace = 0, false
		return
	}
	text := s.buf.String()
	if s.pre == 0 {
		text = strings.TrimSpace(text)
	} else {
		text = strings.Trim(text, "\n")
	}
	b := block{
		typ: s.typ, level: s.level, ordered: s.ordered, text: text,
		owner: s.owner, chars: s.chars, links: s.links,
	}
	if s.owner != nil {
		b.tag = s.owner.DataAtom
	}
	s.blocks = append(s.blocks, b)
	s.buf.Reset()
	s.chars, s.links, s.pendSpace = 0, 0, false
}

// addText appends a text node's content, collapsing white space outside pre.
func (s *segmenter) addText(t string) {
	if s.pre > 0 {
		for _, r := range t {
			if !unicode.IsSpace(r) {
				s.chars++
				if s.linkDepth > 0 {
					s.links++
				}
			}
		}
		s.buf.WriteString(t)
		return
	}
	for len(t) > 0 {
		r, size := utf8.DecodeRuneInString(t)
		t = t[size:]
		if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' {
			if r != '\u200b' && r != '\ufeff' && s.buf.Len() > 0 {
				s.pendSpace = true
			}
			continue
		}
		if s.pendSpace {
			s.buf.WriteByte(' ')
			s.pendSpace = false
		}
		s.buf.WriteRune(r)
		s.chars++
		if s.linkDepth > 0 {
			s.links++
		}
	}
}

// space marks a word boundary, as a browser renders between table cells or
// after an inline element that behaves as a separator.
func (s *segmenter) space() {
	if s.buf.Len() > 0 {
		s.pendSpace = true
	}
}

// walk visits n's children.
func (s *segmenter) walkChildren(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		s.walk(c)
	}
}

func (s *segmenter) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		s.addText(n.Data)
		return
	case html.DocumentNode:
		s.walkChildren(n)
		return
	case html.ElementNode:
	default:
		return
	}
	a := n.DataAtom
	if dropTag(a) {
		if a == atom.Input || a == atom.Button || a == atom.Select || a == atom.Label {
			s.space()
		}
		return
	}
	if s.skip(n) {
		s.space()
		return
	}
	switch a {
	case atom.Br, atom.Hr:
		s.flush()
		return
	case atom.Img:
		if c := captionAfter(n); c != "" {
			s.image(n, &c)
		} else {
			s.image(n, nil)
		}
		return
	case atom.Figure, atom.Picture:
		s.flush()
		if a == atom.Figure && holdsText(n, !hasImage(n)) {
			s.container(n) // a table, a code listing or a quote set as a figure
			return
		}
		s.figure(n)
		return
	case atom.Figcaption:
		return
	case atom.A:
		s.linkDepth++
		s.walkChildren(n)
		s.linkDepth--
		return
	case atom.Table:
		s.flush()
		if dataTable(n) {
			s.table(n)
		} else {
			s.container(n)
		}
		return
	case atom.Td, atom.Th:
		s.space()
		s.container(n)
		return
	}
	if !isBlockTag(a) {
		s.walkChildren(n)
		if a == atom.Span || a == atom.Time {
			return
		}
		return
	}
	s.container(n)
}

// container handles a block-level element: its inline content becomes
// blocks owned by it, typed by the element and its context.
func (s *segmenter) container(n *html.Node) {
	s.flush()
	saved := struct {
		owner   *html.Node
		typ     article.BlockType
		level   int
		ordered bool
	}{s.owner, s.typ, s.level, s.ordered}
	s.owner = n
	switch a := n.DataAtom; a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		s.typ, s.level = article.Heading, headingLevel(a)
	case atom.Ul, atom.Ol, atom.Menu:
		if s.typ == article.ListItem {
			s.level++
		} else {
			s.level = 1
		}
		s.ordered = a == atom.Ol
		s.typ = article.ListItem
	case atom.Li:
		if s.typ != article.ListItem {
			s.typ, s.level = article.ListItem, 1
		}
	case atom.Blockquote:
		s.typ, s.level = article.Quote, 0
	case atom.Pre:
		s.typ, s.level = article.Code, 0
		s.pre++
	default:
		if s.typ == "" || s.typ == article.Heading {
			s.typ, s.level = article.Paragraph, 0
		}
	}
	s.walkChildren(n)
	s.flush()
	if n.DataAtom == atom.Pre {
		s.pre--
	}
	s.owner, s.typ, s.level, s.ordered = saved.owner, saved.typ, saved.level, saved.ordered
}

// disclosure reports a collapsed panel of an accordion or tab set: hidden
// until its button is pressed, but part of the content.
func disclosure(n *html.Node) bool {
	switch attr(n, "role") {
	case "region", "tabpanel":
		return true
	}
	return attr(n, "aria-labelledby") != ""
}

// skip reports furniture to leave out: by tag, role, visibility or name,
// unless the element holds most of the page's text (wrappers are sometimes
// named for a sidebar they sit beside).
func (s *segmenter) skip(n *html.Node) bool {
	a := n.DataAtom
	if a == atom.Body || a == atom.Html || s.keep[n] || s.pre > 0 || a == atom.Code {
		return false // inside code, class names are syntax highlighting: "hljs-comment"
	}
	bad := furnitureTag(a) || negativeRole(attr(n, "role")) || attr(n, "aria-modal") == "true"
	if !bad && hidden(n) && !disclosure(n) {
		// Hidden text is furniture unless it is long: tab panels, accordions
		// and "read more" expanders hide parts of the story until clicked.
		// Hidden forms and templates are dialogs waiting to be shown,
		// unless they are a story's length (a page that reveals its whole
		// story by script). Long hidden text is judged by its names.
		if proseRunes(n, 200) < 200 || (holdsForm(n) && proseRunes(n, 1500) < 1500) {
			return true
		}
	}
	if !bad {
		if a == atom.Article || a == atom.Main || a == atom.P || headingLevel(a) > 0 {
			return headingLevel(a) > 0 && screenReaderOnly(attr(n, "class"))
		}
		bad = furnitureName(n, s.thread)
	}
	if !bad {
		return false
	}
	return !s.protected(n)
}

// screenReaderOnly reports a class list that keeps an element for screen
// readers only, as pages do with headings such as "Article content".
func screenReaderOnly(list string) bool {
	l := strings.ToLower(list)
	return strings.Contains(l, "sr-only") || strings.Contains(l, "visually-hidden") || strings.Contains(l, "visuallyhidden") || strings.Contains(l, "screen-reader")
}

// holdsForm reports an element with form controls, or with the
// placeholders of a client-side template ("{* emailAddress *}",
// "{| displayName |}", "{{ user }}"), in its first few hundred nodes.
func holdsForm(n *html.Node) bool {
	budget := 400
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil && budget > 0; c = c.NextSibling {
			budget--
			switch {
			case c.Type == html.TextNode:
				if strings.Contains(c.Data, "{*") || strings.Contains(c.Data, "{|") || strings.Contains(c.Data, "{{") {
					return true
				}
			case c.Type != html.ElementNode:
			case c.DataAtom == atom.Form || c.DataAtom == atom.Input || c.DataAtom == atom.Select || c.DataAtom == atom.Textarea:
				return true
			default:
				if walk(c) {
					return true
				}
			}
		}
		return false
	}
	return walk(n)
}

// protected reports whether n holds so much of the page's prose that it must
// be a wrapper of the story rather than furniture.
func (s *segmenter) protected(n *html.Node) bool {
	if s.bodyText < 400 {
		return false
	}
	if contentWrapper(attr(n, "class")) {
		// "sidebar-content" is the column beside the sidebar: the story's,
		// when it holds a good share of the page's prose.
		return proseRunes(n, s.bodyText/4+1) > s.bodyText/4
	}
	t := proseRunes(n, s.bodyText/2+1)
	return t > s.bodyText/2
}

// contentWrapper reports a class whose last word names the content it
// wraps, whatever the words before it: "sidebar-content", "modal-body".
func contentWrapper(cls string) bool {
	for _, c := range strings.Fields(strings.ToLower(cls)) {
		i := strings.LastIndexAny(c, "-_")
		if i < 0 {
			continue
		}
		switch c[i+1:] {
		case "content", "body", "main", "article", "story", "entry":
			return true
		}
	}
	return false
}

// proseRunes counts non-space runes outside links and scripts under n,
// stopping early once limit is reached.
func proseRunes(n *html.Node, limit int) int {
	count := 0
	var walk func(*html.Node, bool)
	walk = func(n *html.Node, inLink bool) {
		if count >= limit {
			return
		}
		switch n.Type {
		case html.TextNode:
			if !inLink {
				for _, r := range n.Data {
					if !unicode.IsSpace(r) {
						count++
					}
				}
			}
			return
		case html.ElementNode:
			if dropTag(n.DataAtom) {
				return
			}
			if n.DataAtom == atom.A {
				inLink = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inLink)
		}
	}
	walk(n, false)
	return count
}

// dataTable tells a table of data from a table used for layout: data tables
// hold short cells without block structure and have more than one column.
func dataTable(t *html.Node) bool {
	maxCols, rows := 0, 0
	ok := true
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		for c := n.FirstChild; c != nil && ok; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Table, atom.P, atom.Div, atom.Ul, atom.Ol, atom.H1, atom.H2, atom.H3,
				atom.Blockquote, atom.Pre, atom.Article, atom.Section:
				if depth > 0 {
					ok = false
					return
				}
			case atom.Tr:
				rows++
				cols := 0
				for td := c.FirstChild; td != nil; td = td.NextSibling {
					if td.Type == html.ElementNode && (td.DataAtom == atom.Td || td.DataAtom == atom.Th) {
						cols++
					}
				}
				maxCols = max(maxCols, cols)
			}
			d := depth
			if c.DataAtom == atom.Td || c.DataAtom == atom.Th {
				d++
			}
			walk(c, d)
		}
	}
	walk(t, 0)
	return ok && maxCols > 1 && rows > 0
}

// table emits one table_row block per row of a data table.
func (s *segmenter) table(t *html.Node) {
	var rows func(*html.Node)
	rows = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || s.skip(c) {
				continue
			}
			switch c.DataAtom {
			case atom.Tr:
				s.row(c)
			case atom.Caption:
				s.container(c)
			case atom.Thead, atom.Tbody, atom.Tfoot:
				rows(c)
			}
		}
	}
	rows(t)
}

func (s *segmenter) row(tr *html.Node) {
	var cells []string
	header := true
	chars, links := 0, 0
	for td := tr.FirstChild; td != nil; td = td.NextSibling {
		if td.Type != html.ElementNode || (td.DataAtom != atom.Td && td.DataAtom != atom.Th) {
			continue
		}
		if td.DataAtom == atom.Td {
			header = false
		}
		sub := segmenter{bodyText: s.bodyText}
		sub.owner, sub.typ = td, article.Paragraph
		sub.walkChildren(td)
		sub.flush()
		var parts []string
		for _, b := range sub.blocks {
			parts = append(parts, b.text)
			chars += b.chars
			links += b.links
		}
		cells = append(cells, strings.Join(parts, " "))
		s.images = append(s.images, sub.images...)
	}
	if chars == 0 {
		return
	}
	s.blocks = append(s.blocks, block{
		typ: article.TableRow, text: strings.Join(cells, " | "), cells: cells, header: header,
		owner: tr, tag: atom.Tr, chars: chars, links: links,
	})
}

// holdsText reports a figure whose content is text: a table, a listing, a
// quotation, rather than a picture.
// Paragraphs count only in a figure without a picture: beside one they
// are its caption.
func holdsText(n *html.Node, paragraphs bool) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.Table, atom.Pre, atom.Blockquote, atom.Ul, atom.Ol:
			return true
		case atom.P:
			if paragraphs {
				return true
			}
			continue
		case atom.Img, atom.Picture, atom.Video, atom.Svg, atom.Iframe, atom.Figcaption:
			continue
		}
		if holdsText(c, paragraphs) {
			return true
		}
	}
	return false
}

func hasImage(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Img || c.DataAtom == atom.Picture || hasImage(c)) {
			return true
		}
	}
	return false
}

// figure records a figure's image and caption; neither belongs to the body.
func (s *segmenter) figure(n *html.Node) {
	var caption string
	var imgs []*html.Node
	var find func(*html.Node)
	find = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Img:
				imgs = append(imgs, c)
			case atom.Figcaption:
				if caption == "" {
					caption = textOf(c)
				}
			default:
				find(c)
			}
		}
	}
	find(n)
	if caption == "" {
		caption = captionAfter(n)
	}
	for i, img := range imgs {
		if i == 0 {
			s.image(img, &caption)
		} else {
			s.image(img, nil)
		}
	}
}

// captionAfter is the text of a <figcaption> that follows an image or a
// <picture> outside any <figure>, as some pages set them.
func captionAfter(n *html.Node) string {
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type == html.ElementNode && c.DataAtom == atom.Figcaption:
			return textOf(c)
		default:
			return ""
		}
	}
	return ""
}

func (s *segmenter) image(n *html.Node, caption *string) {
	src := attr(n, "src")
	for _, k := range []string{"data-src", "data-lazy-src", "data-original"} {
		if v := attr(n, k); v != "" && (src == "" || strings.HasPrefix(src, "data:") || standIn(n, src)) {
			src = v
		}
	}
	if src == "" || strings.HasPrefix(src, "data:") || adImage(n, src) {
		return
	}
	img := article.Image{URL: src, Alt: strings.TrimSpace(attr(n, "alt"))}
	if caption != nil {
		img.Caption = *caption
	}
	s.images = append(s.images, imageRef{img: img, owner: s.owner})
}

// standIn reports an image's src that a lazy loader replaces with the
// picture named in its data attributes: a placeholder file, a vector logo
// or a GIF, or any src of an image the page marks "lazy".
func standIn(n *html.Node, src string) bool {
	cls := strings.ToLower(attr(n, "class"))
	if placeholderImage(src) || containsWord(cls, "lazy") || containsWord(cls, "lazyload") {
		return true
	}
	switch strings.ToLower(path.Ext(urlPath(src))) {
	case ".svg", ".gif":
		return true
	}
	return false
}

// adImage reports an advertisement or a tracking pixel: an image a pixel
// or two wide, or one served from an ad server (a host or path segment
// named "ad", "ads" or "adserver", a "zoneid" parameter, an ad network).
func adImage(n *html.Node, src string) bool {
	for _, k := range []string{"width", "height"} {
		if v := strings.TrimSuffix(strings.TrimSpace(attr(n, k)), "px"); v == "0" || v == "1" || v == "2" {
			return true
		}
	}
	l := strings.ToLower(src)
	if strings.Contains(l, "zoneid=") || strings.Contains(l, "doubleclick.net") || strings.Contains(l, "googlesyndication.") {
		return true
	}
	l = strings.TrimPrefix(strings.TrimPrefix(l, "https:"), "http:")
	if i := strings.IndexAny(l, "?#"); i >= 0 {
		l = l[:i]
	}
	for _, part := range strings.FieldsFunc(l, func(r rune) bool { return r == '/' || r == '.' || r == '-' }) {
		switch part {
		case "ad", "ads", "adserver", "adsystem", "adserve":
			return true
		}
	}
	return false
}

// isThread reports a discussion page: several elements named as comments
// or replies that hold most of the page's prose, the first of them before
// any sizeable prose of the page's own. A blog post followed by its
// comments is not a thread: its story comes first, outside the comments.
func isThread(body *html.Node, bodyText int) bool {
	count, prose := 0, 0
	var first *html.Node
	// walk counts the innermost comment-named elements: a list named
	// "comments" holds the comments, it is not one.
	var walk func(*html.Node) int
	walk = func(n *html.Node) int {
		items := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || dropTag(c.DataAtom) || furnitureTag(c.DataAtom) || c.DataAtom == atom.A {
				continue
			}
			inner := walk(c)
			if inner == 0 && threadItem(c) && isBlockTag(c.DataAtom) {
				r := proseRunes(c, 1<<30)
				if r == 0 {
					continue // a "12 comments" link or an empty slot
				}
				inner = 1
				count++
				prose += r
				if first == nil {
					first = c
				}
			}
			items += inner
		}
		return items
	}
	walk(body)
	if count < 3 || prose*10 <= bodyText*6 {
		return false
	}
	before := 0
	var pre func(*html.Node) bool
	pre = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c == first {
				return true
			}
			if c.Type == html.TextNode {
				before += runeLen(c.Data)
			} else if c.Type == html.ElementNode && !dropTag(c.DataAtom) && !furnitureTag(c.DataAtom) && pre(c) {
				return true
			}
		}
		return false
	}
	pre(body)
	return before < 600
}

func threadItem(n *html.Node) bool {
	s := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	return strings.Contains(s, "comment") || strings.Contains(s, "reply") || strings.Contains(s, "post-") && strings.Contains(s, "message")
}

// runeLen counts non-space runes.
func runeLen(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	return n
}
