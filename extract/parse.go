package extract

import (
	"bytes"
	"errors"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxDepth bounds element nesting before parsing: the HTML parser refuses
// documents whose open-element stack exceeds 512, and nothing an article
// needs lives that deep.
const maxDepth = 400

// parse builds the DOM of page. A document nested too deeply for the parser
// is flattened first, so hostile nesting costs a linear pass, not a failure.
func parse(page []byte) (*html.Node, error) {
	doc, err := html.ParseWithOptions(bytes.NewReader(page), html.ParseOptionEnableScripting(false))
	if err == nil {
		return doc, nil
	}
	// The parser opens elements the markup never names (tbody, tr, p...),
	// so the depth that fits is found by trying shallower cuts.
	for _, depth := range []int{maxDepth, 100, 20} {
		flat := flatten(page, depth)
		if doc, err2 := html.ParseWithOptions(bytes.NewReader(flat), html.ParseOptionEnableScripting(false)); err2 == nil {
			return doc, nil
		}
	}
	doc, err2 := html.Parse(bytes.NewReader(flatten(page, 0)))
	if err2 != nil {
		return nil, errors.Join(err, err2)
	}
	return doc, nil
}

// flatten re-emits page with start tags beyond depth dropped (with their end
// tags), keeping all text. Depth is tracked approximately, as a browser
// would nest: void elements and self-closing tags do not open a level.
func flatten(page []byte, depth int) []byte {
	z := html.NewTokenizer(bytes.NewReader(page))
	var out bytes.Buffer
	out.Grow(len(page))
	var stack []atom.Atom
	dropped := map[string]int{}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return out.Bytes()
		case html.StartTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if voidElement(a) {
				out.Write(z.Raw())
				continue
			}
			if len(stack) >= depth {
				dropped[string(name)]++
				continue
			}
			stack = append(stack, a)
			out.Write(z.Raw())
		case html.EndTagToken:
			name, _ := z.TagName()
			if n := dropped[string(name)]; n > 0 {
				dropped[string(name)] = n - 1
				continue
			}
			a := atom.Lookup(name)
			for i := len(stack) - 1; i >= 0; i-- {
				if stack[i] == a {
					stack = stack[:i]
					break
				}
			}
			out.Write(z.Raw())
		default:
			out.Write(z.Raw())
		}
	}
}

func voidElement(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img,
		atom.Input, atom.Link, atom.Meta, atom.Source, atom.Track, atom.Wbr, atom.Param:
		return true
	}
	return false
}

// attr returns the value of n's attribute key.
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// textOf returns the whitespace-normalised text under n.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
			return
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}
