// Package extract turns an HTML page into an article.Article: it decodes the
// page's charset, parses it, finds the article body and drops the rest.
package extract

import (
	"errors"
	"fmt"
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsbite/newsbite/article"
	"github.com/newsbite/newsbite/internal/decode"
)

// Options describe the page beyond its bytes. The zero value is usable.
type Options struct {
	// URL is the page's address, used to resolve relative links and as
	// Article.URL when the page names none.
	URL string
	// ContentType is the HTTP Content-Type header, if any; its charset
	// parameter takes precedence over the page's own declaration.
	ContentType string
}

// MaxPageBytes is the most of a page Extract reads; the rest of a larger
// page is ignored, which bounds time and memory on hostile input.
const MaxPageBytes = 16 << 20

// ErrNotHTML is returned for input that is binary data rather than a page
// (as decode.LooksBinary judges it); the error wraps decode.ErrBinary too.
var ErrNotHTML = errors.New("input is not an HTML page")

// Extract returns the article in page. It fails only when page cannot be
// read as HTML at all; a page without main content yields an Article with
// an empty body and Empty set.
func Extract(page []byte, opts Options) (*article.Article, error) {
	a, _, err := extractTyped(page, opts)
	return a, err
}

// extractTyped is Extract, also returning what the page's type was chosen
// from.
func extractTyped(page []byte, opts Options) (*article.Article, typeFacts, error) {
	if len(page) > MaxPageBytes {
		page = page[:MaxPageBytes]
	}
	page, _, err := decode.ToUTF8(page, opts.ContentType)
	if err != nil {
		return nil, typeFacts{}, fmt.Errorf("%w: %w", ErrNotHTML, err)
	}
	doc, err := parse(page)
	if err != nil {
		return nil, typeFacts{}, err
	}
	a, tf := fromDOM(doc, opts)
	return a, tf, nil
}

func fromDOM(doc *html.Node, opts Options) (*article.Article, typeFacts) {
	m := readMeta(doc)
	a := &article.Article{
		URL:         opts.URL,
		Title:       m.bestTitle(opts.URL),
		SiteName:    m.siteName,
		Description: m.description,
		Language:    m.lang,
	}
	base, _ := url.Parse(opts.URL)
	if a.URL == "" {
		a.URL = absolute(base, m.url)
		if a.URL == "" {
			a.URL = absolute(base, m.canonical)
		}
	}
	a.CanonicalURL = absolute(base, m.canonical)
	if base == nil || base.Host == "" {
		base, _ = url.Parse(a.URL)
	}

	body := findBody(doc)
	seg := &segmenter{bodyText: proseRunes(body, 1<<30), keep: map[*html.Node]bool{}}
	seg.thread = isThread(body, seg.bodyText)
	for _, n := range m.marked {
		for ; n != nil; n = n.Parent {
			seg.keep[n] = true
		}
	}
	seg.walk(body)
	seg.flush()
	if main, next := nextStory(m.h1s, a.Title); next != nil {
		seg.blocks = beforeStory(seg.blocks, main, next)
	}

	markCards(seg.blocks)
	container, _ := selectContainer(seg.blocks, body, value)
	if !seg.thread {
		container = trimTail(seg.blocks, container) // in a thread, later replies are content
	}
	blocks := clean(within(seg.blocks, container), a.Title, false)
	if n := countWords(blocks); n < 40 {
		// Pages without prose (listings, products, galleries) keep their
		// main region by a measure that lets short lines count.
		markItems(seg.blocks, true)
		c, _ := selectContainer(seg.blocks, body, lenientValue)
		if lb := clean(within(seg.blocks, c), a.Title, true); countWords(lb) > n {
			container, blocks = c, lb
			if share := itemShare(seg.blocks, c); share > 0 {
				m.items, m.proseWords = share, max(n, 1)
			}
		}
	} else if n < listingProse {
		// A little prose above a long list of items (a category's
		// introduction, a blog's tagline) is not a story: the list is
		// the page's content when it outweighs the prose by far.
		markItems(seg.blocks, false)
		c, _ := selectContainer(seg.blocks, body, lenientValue)
		if share := itemShare(seg.blocks, c); share >= 0.5 {
			if lb := clean(within(seg.blocks, c), a.Title, true); countWords(lb) > 2*n {
				container, blocks = c, lb
				m.items, m.proseWords = share, n
			}
		}
	}
	if countWords(blocks) < 150 {
		container, blocks = widenToHeadline(seg.blocks, container, blocks, a.Title)
	}
	blocks = preferStructuredBody(blocks, m.articleBody)
	a.SetBlocks(blocks)
	a.Empty = a.WordCount == 0
	a.Images = images(seg.images, container, m.ogImage, base)
	m.content = container
	tf := addMetadata(a, doc, m, base)
	return a, tf
}

// nextStory finds where a second story begins on a page that runs
// several in a row as the reader scrolls: an <article> holding an <h1>
// that is not the page's headline, after the <h1> that is (main). h1s
// are the page's first h1 elements, in page order.
func nextStory(h1s []*html.Node, title string) (main, next *html.Node) {
	t := normalize(title)
	if t == "" {
		return nil, nil
	}
	for _, c := range h1s {
		if inDropped(c) {
			continue
		}
		h := normalize(textOf(c))
		switch {
		case h == "":
		case main == nil:
			if h == t || (len(h) >= 20 && (strings.Contains(t, h) || strings.Contains(h, t))) {
				main = c
			}
		case h != t:
			for p := c.Parent; p != nil; p = p.Parent {
				if p.DataAtom == atom.Article {
					if !contains(p, main) {
						return main, p
					}
					break
				}
			}
		}
	}
	return main, nil
}

// inDropped reports an element inside one that never holds article text.
func inDropped(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && dropTag(p.DataAtom) {
			return true
		}
	}
	return false
}

// beforeStory keeps the blocks that come before the first block inside next,
// when a story's worth of text lies between the headline main and there;
// else next is the story itself, its headline set apart above it.
func beforeStory(blocks []block, main, next *html.Node) []block {
	text := 0
	above := ancestors(main)
	for i := range blocks {
		switch {
		case contains(next, blocks[i].owner):
			if text < 500 {
				return blocks
			}
			return blocks[:i]
		case blocks[i].typ == article.Paragraph && blocks[i].owner != main && follows(blocks[i].owner, main, above):
			text += len(blocks[i].text)
		}
	}
	return blocks
}

// ancestors is the set of n and the elements above it.
func ancestors(n *html.Node) map[*html.Node]bool {
	above := map[*html.Node]bool{}
	for ; n != nil; n = n.Parent {
		above[n] = true
	}
	return above
}

// follows reports whether n comes after m in document order: inside it,
// or after its end. above is ancestors(m).
func follows(n, m *html.Node, above map[*html.Node]bool) bool {
	if contains(m, n) {
		return true
	}
	c := n // n's side of the nearest element that holds both
	for c.Parent != nil && !above[c.Parent] {
		c = c.Parent
	}
	if c.Parent == nil {
		return false
	}
	d := m // m's side
	for d.Parent != c.Parent {
		d = d.Parent
	}
	for s := d.NextSibling; s != nil; s = s.NextSibling {
		if s == c {
			return true
		}
	}
	return false
}

// trimTail narrows the container to the child that holds the story when
// what the other children add is a little prose after it: an author's
// note, a call to action, a teaser, written in sentences but not the story.
func trimTail(all []block, container *html.Node) *html.Node {
	for {
		pos := map[*html.Node]float64{}
		var order []*html.Node
		total := 0.0
		for i := range all {
			b := &all[i]
			if b.value <= 0 || !contains(container, b.owner) {
				continue
			}
			if b.owner == container {
				return container // prose of its own: the container is the story
			}
			ch := b.owner
			for ch.Parent != container {
				ch = ch.Parent
			}
			if _, ok := pos[ch]; !ok {
				order = append(order, ch)
			}
			pos[ch] += b.value
			total += b.value
		}
		if len(order) < 2 {
			return container
		}
		// The first child must hold the most, and most of all.
		core := order[0]
		for _, ch := range order[1:] {
			if pos[ch] > pos[core] {
				return container
			}
		}
		if pos[core] < 0.8*total {
			return container
		}
		container = core
	}
}

// widenToHeadline grows a short body's container to take in the page's
// headline when it sits just outside: product and service pages put the
// name, the key facts and the price beside the description, not in it.
func widenToHeadline(all []block, container *html.Node, blocks []article.Block, title string) (*html.Node, []article.Block) {
	t := normalize(title)
	if t == "" || container == nil {
		return container, blocks
	}
	var head *html.Node
	for i := range all {
		if all[i].typ == article.Heading && normalize(all[i].text) == t {
			head = all[i].owner
			break
		}
	}
	if head == nil || contains(container, head) {
		return container, blocks
	}
	anc := container
	for up := 0; up < 4 && anc.Parent != nil && !contains(anc, head); up++ {
		anc = anc.Parent
	}
	if !contains(anc, head) || anc.DataAtom == atom.Body {
		return container, blocks
	}
	wider := clean(within(all, anc), title, false)
	have, got := countWords(blocks), countWords(wider)
	if got <= have || got > 3*have+60 {
		return container, blocks
	}
	return anc, wider
}

// preferStructuredBody uses the body the page declares in its structured
// data when the extracted body is much shorter: sites that render the story
// by script still ship its text there.
func preferStructuredBody(blocks []article.Block, structured string) []article.Block {
	structured = strings.TrimSpace(html.UnescapeString(structured))
	if structured == "" {
		return blocks
	}
	have := 0
	for _, b := range blocks {
		have += len(b.Text)
	}
	if have*3 >= len(structured) {
		return blocks
	}
	var out []article.Block
	for _, p := range strings.Split(structured, "\n") {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			out = append(out, article.Block{Type: article.Paragraph, Text: p})
		}
	}
	return out
}

func findBody(doc *html.Node) *html.Node {
	var body *html.Node
	var find func(*html.Node)
	find = func(n *html.Node) {
		for c := n.FirstChild; c != nil && body == nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.DataAtom == atom.Body || c.DataAtom == atom.Frameset) {
				body = c
				return
			}
			if c.Type == html.ElementNode && c.DataAtom == atom.Html {
				find(c)
			}
		}
	}
	find(doc)
	if body == nil {
		return doc
	}
	return body
}

// images keeps the pictures inside the story's container, the page's lead
// image first, with absolute URLs and without repeats.
func images(refs []imageRef, container *html.Node, lead string, base *url.URL) []article.Image {
	var out []article.Image
	seen := map[string]bool{}
	add := func(img article.Image) {
		img.URL = absolute(base, img.URL)
		if img.URL == "" || seen[img.URL] {
			return
		}
		seen[img.URL] = true
		out = append(out, img)
	}
	if lead != "" {
		add(article.Image{URL: lead})
	}
	for _, r := range refs {
		if r.owner == nil || contains(container, r.owner) {
			add(r.img)
		}
	}
	return out
}

func absolute(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil && base.Host != "" {
		u = base.ResolveReference(u)
	}
	if u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	return u.String()
}

// within returns the blocks inside container.
func within(blocks []block, container *html.Node) []block {
	var out []block
	for _, b := range blocks {
		if contains(container, b.owner) {
			out = append(out, b)
		}
	}
	return out
}

func countWords(blocks []article.Block) int {
	n := 0
	for _, b := range blocks {
		n += article.CountWords(b.Text)
	}
	return n
}
