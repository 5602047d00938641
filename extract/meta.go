package extract

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// meta is what the page says about itself, gathered in one pass over the
// head and the structured data.
type meta struct {
	title, ogTitle, h1, headline string
	url, canonical, siteName     string
	description, lang            string
	articleBody                  string
	ogImage                      string
	h1Node                       *html.Node
	// content is the element the story was extracted from.
	content *html.Node
	// marked holds elements the page marks as the article body.
	marked []*html.Node
	// tags holds every <meta> value by its lower-cased name, property or
	// itemprop, in page order; ld holds the JSON-LD scripts' sources.
	tags     map[string][]string
	ld       []string
	ogLocale string
}

func readMeta(doc *html.Node) *meta {
	m := &meta{}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				m.lang = attr(n, "lang")
			case atom.Title:
				if m.title == "" && !inSVG(n) {
					m.title = textOf(n)
				}
				return
			case atom.Meta:
				m.metaTag(n)
				return
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.canonical == "" {
					m.canonical = attr(n, "href")
				}
				return
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
					m.ld = append(m.ld, n.FirstChild.Data)
					m.jsonLD(n.FirstChild.Data)
				}
				return
			case atom.Style, atom.Noscript, atom.Template:
				return
			}
			if strings.EqualFold(attr(n, "itemprop"), "articleBody") {
				m.marked = append(m.marked, n)
			}
			switch n.DataAtom {
			case atom.H1:
				if m.h1 == "" {
					m.h1 = textOf(n)
					m.h1Node = n
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return m
}

// inBody reports whether n sits in the page's body rather than its head.
func inBody(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Body {
			return true
		}
	}
	return false
}

func inSVG(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Svg {
			return true
		}
	}
	return false
}

func (m *meta) metaTag(n *html.Node) {
	key := attr(n, "property")
	if key == "" {
		key = attr(n, "name")
	}
	if key == "" && !inBody(n) {
		// Microdata in the body is read with its context (metaBody).
		key = attr(n, "itemprop")
	}
	val := strings.TrimSpace(attr(n, "content"))
	if val == "" {
		return
	}
	if key != "" {
		if m.tags == nil {
			m.tags = map[string][]string{}
		}
		k := strings.ToLower(strings.TrimSpace(key))
		m.tags[k] = append(m.tags[k], val)
	}
	switch strings.ToLower(key) {
	case "og:title":
		m.ogTitle = val
	case "twitter:title":
		if m.ogTitle == "" {
			m.ogTitle = val
		}
	case "og:url":
		if m.url == "" {
			m.url = val
		}
	case "og:site_name":
		m.siteName = val
	case "description", "og:description":
		if m.description == "" {
			m.description = val
		}
	case "og:locale":
		m.ogLocale = val
	case "og:image":
		if m.ogImage == "" {
			m.ogImage = val
		}
	}
	if m.lang == "" && strings.EqualFold(attr(n, "http-equiv"), "content-language") {
		m.lang = val
	}
}

// jsonLD reads the headline and body of the page's structured data.
func (m *meta) jsonLD(src string) {
	var v any
	if json.Unmarshal([]byte(strings.TrimSpace(src)), &v) != nil {
		return
	}
	var visit func(any, int)
	visit = func(v any, depth int) {
		if depth > 8 {
			return
		}
		switch t := v.(type) {
		case []any:
			for _, e := range t {
				visit(e, depth+1)
			}
		case map[string]any:
			if s, ok := t["articleBody"].(string); ok && len(s) > len(m.articleBody) {
				m.articleBody = s
			}
			if s, ok := t["headline"].(string); ok && m.headline == "" {
				m.headline = strings.TrimSpace(html.UnescapeString(s))
			}
			if g, ok := t["@graph"]; ok {
				visit(g, depth+1)
			}
			if e, ok := t["mainEntity"]; ok {
				visit(e, depth+1)
			}
		}
	}
	visit(v, 0)
}

// bestTitle picks the headline: the page's own h1 or structured headline
// when the document title agrees, else the document title without the
// site name around it.
func (m *meta) bestTitle() string {
	if h := m.shownHeadline(); h != "" {
		return h
	}
	candidates := []string{m.ogTitle, m.headline, m.h1}
	docTitle := cleanTitle(m.title, m.siteName)
	for _, c := range candidates {
		c = cleanTitle(c, m.siteName)
		if c != "" && (docTitle == "" || overlap(c, docTitle) >= 0.5) {
			return c
		}
	}
	if docTitle != "" {
		return docTitle
	}
	for _, c := range candidates {
		if c != "" {
			return cleanTitle(c, m.siteName)
		}
	}
	return ""
}

// shownHeadline is the page's h1 when it reads as the story's headline:
// what readers see outranks the title written for search engines and
// social cards, which often differs in wording. A short h1 (a logo, a
// section name) or one that is the site's name does not count.
func (m *meta) shownHeadline() string {
	h := m.h1 // textOf's text: already whitespace-normalised
	words := len(strings.Fields(h))
	if words < 4 || len(h) > 300 || m.h1Node == nil || outsideAncestor(m.h1Node) {
		return ""
	}
	if m.siteName != "" && strings.EqualFold(h, m.siteName) {
		return ""
	}
	// The h1 must agree in part with some other statement of the title,
	// or be the only one.
	others := []string{m.ogTitle, m.headline, m.title}
	agree, any := false, false
	for _, o := range others {
		if o == "" {
			continue
		}
		any = true
		if overlap(h, o) >= 0.2 || overlap(o, h) >= 0.2 {
			agree = true
		}
	}
	if any && !agree {
		return ""
	}
	if site := m.siteName; site != "" {
		for _, sep := range []string{" | ", " - ", " — ", " – "} {
			if strings.HasSuffix(strings.ToLower(h), strings.ToLower(sep+site)) {
				h = strings.TrimSpace(h[:len(h)-len(sep+site)])
			}
		}
	}
	return h
}

// outsideAncestor reports a node inside an aside, footer or nav.
func outsideAncestor(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		switch p.DataAtom {
		case atom.Aside, atom.Footer, atom.Nav:
			return true
		}
	}
	return false
}

// cleanTitle strips a " | Site name" or "Site name - " decoration.
func cleanTitle(t, site string) string {
	t = strings.Join(strings.Fields(t), " ")
	for _, sep := range []string{" | ", " - ", " — ", " – ", " :: ", " · ", " // ", " « ", " » "} {
		i := strings.LastIndex(t, sep)
		if i < 0 {
			continue
		}
		head, tail := t[:i], t[i+len(sep):]
		if len(strings.Fields(tail)) <= 4 || (site != "" && strings.EqualFold(tail, site)) {
			if len(strings.Fields(head)) >= 2 {
				return cleanTitle(head, site)
			}
		}
		if j := strings.Index(t, sep); j > 0 {
			first, rest := t[:j], t[j+len(sep):]
			if site != "" && strings.EqualFold(first, site) && rest != "" {
				return rest
			}
		}
	}
	return t
}

// overlap is the share of a's words that occur in b, case-insensitively.
func overlap(a, b string) float64 {
	aw := strings.Fields(strings.ToLower(a))
	if len(aw) == 0 {
		return 0
	}
	bw := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(b)) {
		bw[w] = true
	}
	n := 0
	for _, w := range aw {
		if bw[w] {
			n++
		}
	}
	return float64(n) / float64(len(aw))
}
