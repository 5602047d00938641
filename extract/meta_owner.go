package extract

import (
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A personal site names its owner where its pages name no author: in its
// copyright notice ("© 2025 Jane Doe. All rights reserved.") and in the
// link to its home page, which the page's title repeats ("Self-host
// Postgres | Jane Doe").

// siteOwner is a name the site gives itself or its owner: the holder of
// a copyright notice, or the text of a link to the home page with the
// host it points to ("" within the site).
type siteOwner struct {
	name, host string
	home       bool
}

// rxCopyright is a copyright notice and its holder.
var rxCopyright = regexp.MustCompile(`(?i)(?:©|&copy;|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*(?:[-–]\s*(?:(?:19|20)\d\d|present)\s*)?)?,?\s*(?:by\s+)?([^.,|©·•()]+)`)

// ownerLine reads the holder of a copyright notice in text node n.
func (b *bodySignals) ownerLine(n *html.Node) {
	d := n.Data
	if len(b.owners) >= 12 || len(d) > 300 || (!strings.Contains(d, "©") && !strings.Contains(d, "opyright") && !strings.Contains(d, "OPYRIGHT")) {
		return
	}
	if !inSiteFooter(n) {
		return // a picture's credit, a quotation's source
	}
	m := rxCopyright.FindStringSubmatch(d)
	if m == nil {
		return
	}
	h := strings.TrimSpace(m[1])
	if i := strings.Index(strings.ToLower(h), " all rights"); i >= 0 {
		h = strings.TrimSpace(h[:i])
	}
	if h == "" && n.NextSibling != nil && n.NextSibling.Type == html.ElementNode {
		h = textOf(n.NextSibling) // "© 2025 <a href="/">Jane Doe</a>"
	}
	if h != "" && utf8.RuneCountInString(h) <= 40 {
		b.owners = append(b.owners, siteOwner{name: h})
	}
}

// homeLink reads the text of a link to the site's home page.
func (b *bodySignals) homeLink(n *html.Node) {
	if n.DataAtom != atom.A {
		return
	}
	h := strings.TrimSpace(attr(n, "href"))
	if h != "/" && (!strings.HasPrefix(h, "http") || strings.Count(h, "/") > 3) {
		return
	}
	homes := 0
	for _, o := range b.owners {
		if o.home {
			homes++
		}
	}
	if homes >= 4 {
		return
	}
	u, err := url.Parse(h)
	if err != nil || (u.Path != "/" && !(u.Path == "" && u.Host != "")) || u.RawQuery != "" || u.Fragment != "" {
		return
	}
	if t := shortText(n, 40); t != "" {
		b.owners = append(b.owners, siteOwner{name: t, host: strings.ToLower(u.Hostname()), home: true})
	}
}

// ownerName is the person a personal site is named after or belongs
// to, as its copyright notice or its home link (repeated in the page's
// title) names them; else "".
func ownerName(sig *bodySignals, title string) string {
	for _, o := range sig.owners {
		name := strings.Join(strings.Fields(o.name), " ")
		if !personalSite(name) {
			continue
		}
		if o.home && ((o.host != "" && !sameSite(o.host, sig.host)) || !titleSegment(title, name)) {
			continue
		}
		return name
	}
	return ""
}

// titleSegment reports a title that holds name as one of its parts
// ("Go ahead, self-host Postgres | Jane Doe").
func titleSegment(title, name string) bool {
	for _, p := range strings.FieldsFunc(title, func(r rune) bool { return strings.ContainsRune("|–—·•:»«(),", r) }) {
		if strings.EqualFold(strings.TrimSpace(strings.Trim(p, " -")), name) {
			return true
		}
	}
	return false
}

// inSiteFooter reports a node within the page's footer: a <footer> or
// an element its classes call the footer or the copyright line.
func inSiteFooter(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type != html.ElementNode {
			continue
		}
		switch p.DataAtom {
		case atom.Footer:
			return true
		case atom.Figure, atom.Figcaption, atom.Script, atom.Style:
			return false
		}
		c := strings.ToLower(attr(p, "class") + " " + attr(p, "id"))
		if strings.Contains(c, "footer") || strings.Contains(c, "copyright") {
			return true
		}
	}
	return false
}

// profileLink records the text of a link to an author's page, by its
// address, wherever on the page it stands.
func (b *bodySignals) profileLink(n *html.Node) {
	if n.DataAtom != atom.A || len(b.profiles) >= 32 {
		return
	}
	h := attr(n, "href")
	if !authorHref(h) {
		return
	}
	if t := shortText(n, 60); t != "" {
		if b.profiles == nil {
			b.profiles = map[string]string{}
		}
		if k := pageKey(h); b.profiles[k] == "" {
			b.profiles[k] = t
		}
	}
}

// pageKey is an address without its scheme, host, query and final
// slash: links to one page compare equal by it.
func pageKey(h string) string {
	u, err := url.Parse(strings.TrimSpace(h))
	if err != nil {
		return h
	}
	return strings.TrimSuffix(strings.ToLower(u.Path), "/")
}

// linkedAuthors are the names the page's links to the authors' pages
// show, for the addresses a tag gives as the authors ("article:author"
// holding "https://example.com/profile/jane-doe").
func linkedAuthors(m *meta, sig *bodySignals) []string {
	var names []string
	for _, v := range m.tags["article:author"] {
		if !strings.Contains(v, "://") {
			continue
		}
		if t := sig.profiles[pageKey(v)]; t != "" {
			ns, _ := bylineParts(t, false)
			names = addAuthors(names, ns...)
		}
	}
	return names
}
