package extract

import (
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
	// h1s holds the page's h1 elements in order (a few at most); ldTypes
	// and ldNames the JSON-LD types and publisher or site names.
	h1s              []*html.Node
	ldTypes, ldNames []string
	// content is the element the story was extracted from.
	content *html.Node
	// proseWords is the body's word count before a list of items took
	// the place of a little prose (0 when none did), and items the share
	// of the content's text in list items: the page's type reads them.
	proseWords int
	items      float64
	// marked holds elements the page marks as the article body.
	marked []*html.Node
	// tags holds every <meta> value by its lower-cased name, property or
	// itemprop, in page order; ld holds the JSON-LD scripts' decoded values.
	tags     map[string][]string
	ld       []any
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
					vals, whole := parseLD(n.FirstChild.Data)
					m.ld = append(m.ld, vals...)
					if whole {
						m.jsonLD(vals[0])
					}
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
				if len(m.h1s) < 12 {
					m.h1s = append(m.h1s, n)
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

// jsonLD reads the headline and body of a well-formed script of the page's
// structured data.
func (m *meta) jsonLD(v any) {
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
			switch ty := t["@type"].(type) {
			case string:
				m.ldTypes = append(m.ldTypes, ty)
			case []any:
				for _, e := range ty {
					if s, ok := e.(string); ok {
						m.ldTypes = append(m.ldTypes, s)
					}
				}
			}
			if t["@type"] == "WebSite" || t["@type"] == "Organization" {
				if s, ok := t["name"].(string); ok {
					m.ldNames = append(m.ldNames, s)
				}
			}
			if p, ok := t["publisher"].(map[string]any); ok {
				if s, ok := p["name"].(string); ok {
					m.ldNames = append(m.ldNames, s)
				}
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
