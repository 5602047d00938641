package extract

import (
	"net/url"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The title: a page states its headline several times, in the <title>
// written for browser tabs and search engines, in the social card
// (og:title, twitter:title), in its structured data (the JSON-LD headline)
// and to its readers (the h1). Each statement may carry decoration: the
// site's name ("Story | Site"), a section or kicker ("Politics: Story"), a
// subtitle. The headline is the part of these statements that they agree
// on; when they do not agree, the one the page shows its readers on a
// story, the one it gives search engines elsewhere.

// Title sources, counted once each when they agree.
const (
	srcH1 = 1 << iota
	srcSocial
	srcLD
	srcDoc
)

// titleSeps divide a title into parts, longest first. A colon followed by
// a space is a weaker divide (see titleParts).
var titleSeps = []string{
	" :: ", " // ", " | ", " - ", " – ", " — ", " · ", " • ", " / ", " « ", " » ",
	" ~ ", " > ", " › ", " ｜ ", "｜", "|", "：",
}

// titlePart is a part of a title between separators, as byte offsets;
// afterColon marks a part that follows a plain colon ("Kicker: Story").
type titlePart struct {
	start, end int
	afterColon bool
}

// titleParts splits t at its separators.
func titleParts(t string) []titlePart {
	var parts []titlePart
	start, colon := 0, false
	for i := 0; i < len(t); {
		sep := ""
		for _, s := range titleSeps {
			if strings.HasPrefix(t[i:], s) {
				sep = s
				break
			}
		}
		weak := false
		if sep == "" && i > 0 && strings.HasPrefix(t[i:], ": ") {
			weak, sep = true, ": "
			if t[i-1] == ' ' {
				i-- // " : ", as French sets it
				sep = " : "
			}
		}
		if sep == "" {
			_, w := utf8.DecodeRuneInString(t[i:])
			i += w
			continue
		}
		if strings.TrimSpace(t[start:i]) != "" {
			parts = append(parts, titlePart{start, i, colon})
		}
		colon = weak
		i += len(sep)
		start = i
	}
	if strings.TrimSpace(t[start:]) != "" {
		parts = append(parts, titlePart{start, len(t), colon})
	}
	return parts
}

// titleKey is t reduced to its letters and digits, lower-cased: two
// statements of a title with the same key differ only in punctuation,
// spacing or case.
func titleKey(t string) string {
	var b strings.Builder
	for _, r := range t {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// titleWords are t's words, lower-cased, letters and digits only.
func titleWords(t string) []string {
	return strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// siteKeys are the keys of the names the site goes by: its declared name,
// its publisher's, its application's, and its host name.
func (m *meta) siteKeys(pageURL string) []string {
	var keys []string
	add := func(s string) {
		if k := titleKey(s); utf8.RuneCountInString(k) >= 2 {
			keys = append(keys, k)
		}
	}
	add(m.siteName)
	for _, k := range []string{"application-name", "og:site_name", "twitter:site"} {
		for _, v := range m.tags[k] {
			add(strings.TrimPrefix(v, "@"))
		}
	}
	for _, n := range m.ldNames {
		add(n)
	}
	for _, u := range []string{pageURL, m.url, m.canonical} {
		pu, err := url.Parse(u)
		if err != nil || pu.Hostname() == "" {
			continue
		}
		host := strings.TrimPrefix(strings.ToLower(pu.Hostname()), "www.")
		add(host)
		labels := strings.Split(host, ".")
		if len(labels) >= 2 {
			labels = labels[:len(labels)-1] // the top-level domain
			if n := len(labels); n >= 2 && len(labels[n-1]) <= 3 && len(host) > 0 {
				switch labels[n-1] {
				case "co", "com", "org", "net", "ac", "gov", "edu", "or", "ne", "go":
					labels = labels[:n-1] // co.uk, com.au, ...
				}
			}
			add(labels[len(labels)-1])
		}
		break
	}
	return keys
}

// titleStopWords are left out of a name's initials.
var titleStopWords = map[string]bool{"and": true, "of": true, "the": true, "for": true, "und": true, "de": true, "la": true, "le": true, "der": true, "die": true, "das": true}

// siteLikePart reports a title part that names the site: its key is a
// site key; or, loosely (for a part that ends a title, where the name
// goes), it is a site key with a word or two more ("REI Co-op", "Arch
// Linux Forums", "Thomann UK") or its initials spell one ("Occupational
// Safety and Health Administration" on osha.gov).
func siteLikePart(part string, sites []string, loose bool) bool {
	k := titleKey(part)
	if k == "" {
		return false
	}
	w := titleWords(part)
	var initials strings.Builder
	for _, x := range w {
		if !titleStopWords[x] {
			r, _ := utf8.DecodeRuneInString(x)
			initials.WriteRune(r)
		}
	}
	for _, s := range sites {
		if k == s {
			return true
		}
		if !loose {
			continue
		}
		if len(w) >= 3 && initials.Len() >= 3 && initials.String() == s {
			return true
		}
		// The site's key made of the first or last words of the part,
		// with at most two words beside it.
		for n := 1; n <= len(w) && n <= 6; n++ {
			if len(w)-n > 2 {
				continue
			}
			if strings.Join(w[:n], "") == s || strings.Join(w[len(w)-n:], "") == s {
				return true
			}
		}
	}
	return false
}

// titleSpan is a run of a title's parts that may be the headline.
type titleSpan struct {
	text string
	key  string
	// headOnly marks the part before a plain colon ("Kicker" of
	// "Kicker: Story"); first a span that begins the title.
	headOnly, first bool
}

// titleSpans lists the runs of t's parts that do not begin or end with
// the site's name, and do not begin after a plain colon (the part after
// "Kicker: " alone is not the page's headline when a source gives it with
// its kicker).
func titleSpans(t string, sites []string) []titleSpan {
	parts := titleParts(t)
	if len(parts) > 10 {
		parts = parts[:10]
	}
	site, tail := make([]bool, len(parts)), make([]bool, len(parts))
	for i, p := range parts {
		site[i] = siteLikePart(t[p.start:p.end], sites, false)
		tail[i] = i > 0 && siteLikePart(t[p.start:p.end], sites, true)
	}
	var out []titleSpan
	for i := range parts {
		if site[i] || (parts[i].afterColon && i > 0) {
			continue
		}
		for j := i; j < len(parts); j++ {
			if site[j] || tail[j] {
				continue
			}
			text := strings.TrimSpace(t[parts[i].start:parts[j].end])
			if k := titleKey(text); k != "" {
				head := j+1 < len(parts) && parts[j+1].afterColon && !site[j+1]
				out = append(out, titleSpan{text, k, head, i == 0 || (i == 1 && site[0])})
			}
		}
	}
	return out
}

// sharedDecorations finds the parts of the title's statements that are
// decoration by comparing them: where one statement is another with parts
// more at one end ("Blog name: Story" and "Story"), those parts; where two
// end alike and begin differently ("Story A - Section - Site" and "Story B
// - Section - Site"), the common end. A decoration is a few words long.
func sharedDecorations(metas [4]string, families [4]int) []string {
	var out []string
	short := func(t string, ps []titlePart) bool {
		for _, p := range ps {
			if len(titleWords(t[p.start:p.end])) > 5 {
				return false
			}
		}
		return len(ps) > 0
	}
	addParts := func(t string, ps []titlePart) {
		for _, p := range ps {
			out = append(out, titleKey(t[p.start:p.end]))
		}
	}
	for i, a := range metas {
		pa := titleParts(a)
		if len(pa) < 2 {
			continue
		}
		for j, b := range metas {
			if b == "" || families[i] == families[j] || titleKey(a) == titleKey(b) {
				continue
			}
			bk := titleKey(b)
			for n := 1; n < len(pa); n++ {
				if titleKey(a[pa[0].start:pa[n-1].end]) == bk && short(a, pa[n:]) {
					addParts(a, pa[n:])
				}
				if titleKey(a[pa[n].start:]) == bk && short(a, pa[:n]) {
					addParts(a, pa[:n])
				}
			}
			pb := titleParts(b)
			common := 0
			for common < len(pa)-1 && common < len(pb)-1 {
				x, y := pa[len(pa)-1-common], pb[len(pb)-1-common]
				if titleKey(a[x.start:x.end]) != titleKey(b[y.start:y.end]) {
					break
				}
				common++
			}
			if common > 0 && short(a, pa[len(pa)-common:]) {
				addParts(a, pa[len(pa)-common:])
			}
		}
	}
	return out
}

// visibleH1s are the texts of the page's h1 elements outside navigation,
// asides and footers that do not name the site.
func (m *meta) visibleH1s(sites []string) []string {
	out, _ := m.visibleH1Nodes(sites)
	return out
}

func (m *meta) visibleH1Nodes(sites []string) ([]string, []*html.Node) {
	var out []string
	var nodes []*html.Node
	for _, n := range m.h1s {
		if outsideAncestor(n) || inSVG(n) {
			continue
		}
		t := unescapeTitle(headingText(n))
		t = strings.TrimSpace(strings.TrimRight(t, "¶#"))
		t = m.dropSectionNumber(t)
		if t == "" || len(t) > 300 || siteLikePart(t, sites, false) {
			continue
		}
		out = append(out, t)
		nodes = append(nodes, n)
	}
	return out, nodes
}

// sectionNumber matches the number of a chapter or section that heads an
// h1 in a book or a manual ("3.1 Git Branching", "15 - Tutorial: …").
var sectionNumber = regexp.MustCompile(`^(?:[0-9]+(?:\.[0-9]+)+\.?\s+|[0-9]+\s+[-–—]\s+)`)

// dropSectionNumber drops a section number from the head of an h1 when no
// statement of the title begins with it.
func (m *meta) dropSectionNumber(h string) string {
	loc := sectionNumber.FindStringIndex(h)
	if loc == nil || len(titleWords(h[loc[1]:])) < 2 {
		return h
	}
	num := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(h[:loc[1]]), "-–—"))
	for _, t := range m.statements() {
		if strings.HasPrefix(strings.TrimSpace(t), num) {
			return h
		}
	}
	return h[loc[1]:]
}

// headingText is the text of a heading as it reads: text nodes are
// joined with a space, except where an inline element splits a word ("C"
// set apart in "<span>C</span>ycle", or "Zubeh<wbr>ör"): a letter followed
// by a lower-case letter continues the word.
func headingText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			if b.Len() > 0 {
				last, _ := utf8.DecodeLastRuneInString(b.String())
				next, _ := utf8.DecodeRuneInString(n.Data)
				if !(unicode.IsLetter(last) && unicode.IsLower(next)) {
					b.WriteByte(' ')
				}
			}
			b.WriteString(n.Data)
			return
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style:
				return
			case atom.Br, atom.Div, atom.P:
				b.WriteByte(' ')
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}

// statements are the page's statements of its title as written: the
// social card's, the Twitter card's, the structured data's headline and
// the document title.
func (m *meta) statements() [4]string {
	return [4]string{firstTag(m, "og:title"), firstTag(m, "twitter:title"), m.headline, m.title}
}

// articleLike reports a page that declares itself a story.
func (m *meta) articleLike() bool {
	if strings.Contains(strings.ToLower(firstTag(m, "og:type")), "article") {
		return true
	}
	for _, t := range m.ldTypes {
		if articleTypes[t] && t != "CreativeWork" {
			return true
		}
	}
	return firstTag(m, "article:published_time") != ""
}

func unescapeTitle(s string) string {
	if strings.Contains(s, "&") && strings.Contains(s, ";") {
		s = html.UnescapeString(s)
	}
	s = strings.Map(func(r rune) rune {
		if invisibleRune(r) {
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(repairMojibake(s)), " ")
}

// invisibleRune reports a character that takes no room in a title as
// shown: a soft hyphen, which only marks where a word may break
// ("Assis\u00adtance"), a zero-width space or word joiner, a byte order
// mark, a direction mark.
func invisibleRune(r rune) bool {
	switch r {
	case '\u00ad', '\u200b', '\u2060', '\ufeff', '\u200e', '\u200f':
		return true
	}
	return false
}

// cp1252High are the characters Windows-1252 sets at 0x80-0x9f, by byte.
var cp1252High = map[rune]byte{
	'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89,
	'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95,
	'–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
}

// repairMojibake undoes UTF-8 read as Latin-1 or Windows-1252 and written
// out again ("Investorâ\u0080\u0099s" for "Investor’s"): when every
// character of s is one byte of those sets and the bytes spell valid UTF-8
// with characters beyond ASCII, s is those characters. Text in Latin-1
// itself ("Café") is not valid UTF-8 read byte for byte and stays.
func repairMojibake(s string) string {
	multi := false
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r < 0x80:
			b = append(b, byte(r))
			continue
		case r < 0x100:
			b = append(b, byte(r))
		case cp1252High[r] != 0:
			b = append(b, cp1252High[r])
		default:
			return s
		}
		multi = true
	}
	if !multi || !utf8.Valid(b) {
		return s
	}
	return string(b)
}

// homeTitle is the title of a site's home page, when the title picked is
// what its document title sets beside the site's name: the document title
// whole, since on its home page the site is the subject, not a signature
// ("Example: The Collaborative Design Tool"); or the site's name alone,
// when the rest is a single word that names the page's place in the site
// ("Home - Example Blog", "Example Store - Shop").
func (m *meta) homeTitle(pageURL, t string) string {
	if t == "" || deepPage(pageURL, m.canonical) {
		return ""
	}
	doc := unescapeTitle(m.title)
	parts := titleParts(doc)
	if len(parts) != 2 {
		return ""
	}
	sites := m.siteKeys(pageURL)
	for i, p := range parts {
		other := parts[1-i]
		if titleKey(doc[other.start:other.end]) != titleKey(t) || !siteLikePart(doc[p.start:p.end], sites, true) {
			continue
		}
		if len(titleWords(t)) == 1 {
			return strings.TrimSpace(doc[p.start:p.end])
		}
		return doc
	}
	return ""
}

// bestTitle picks the headline (see the top of this file).
func (m *meta) bestTitle(pageURL string) string {
	sites := m.siteKeys(pageURL)
	return m.untruncated(m.chooseTitle(pageURL, sites), sites)
}

// untruncated is t, or the headline the page shows or its document
// title gives when t is the start of it cut short: a social card's title
// ends where a quotation mark the page left unescaped closed its
// attribute ("Überlegener Sieger und " for "Überlegener Sieger und
// "royaler Besuch""), and ends with a word no headline ends with.
func (m *meta) untruncated(t string, sites []string) string {
	k := titleKey(t)
	words := strings.Fields(t)
	if len(k) < 12 || !cutShort(words[len(words)-1]) {
		return t
	}
	full := append(m.visibleH1s(sites), cleanTitle(m.siteless(m.title, sites)))
	for _, f := range full {
		fk, fw := titleKey(f), strings.Fields(f)
		if len(fk) > len(k) && strings.HasPrefix(fk, k) && len(fw) <= len(words)+6 {
			return strings.Join(fw, " ")
		}
	}
	return t
}

// cutShort reports a title's last word that no headline ends with: a
// short word in lower case ("und", "of", "the") or a dangling colon or
// dash.
func cutShort(w string) bool {
	if strings.HasSuffix(w, ":") || w == "-" || w == "–" || w == "—" {
		return true
	}
	return utf8.RuneCountInString(w) <= 3 && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLower(r) }) < 0
}

// chooseTitle picks the page's headline among what it shows and states.
func (m *meta) chooseTitle(pageURL string, sites []string) string {
	shown, stated := m.titleChoices(pageURL, sites)
	shown, stated = dropTrailingNotes(shown), dropTrailingNotes(stated)
	if quotesStatement(shown, stated) || (stated != "" && m.shownDocTitle(shown)) {
		return stated
	}
	if x := m.unstatedTail(sites, shown); x != "" {
		return x
	}
	if x := m.cardAndData(sites); x != "" && shown != "" && titleKey(shown) != titleKey(x) && !strings.Contains(titleKey(shown), titleKey(x)) && dice(shown, x) >= 0.7 {
		return x
	}
	if liveLabel(shown) {
		if t := m.unlabelledStatement(sites); t != "" {
			return t
		}
	}
	if shown != "" && m.genericStatements(pageURL, sites, shown) {
		return shown
	}
	if shown == "" || (stated != "" && dice(shown, stated) < 0.4 && !m.articleLike() && !m.statesWordForWord(sites, shown)) {
		// A page that is no story and shows a line of its own in large
		// type (a slogan on a product or service page) is named by its
		// title.
		return stated
	}
	return shown
}

// siteless is a statement of the title as read, without the site's name.
func (m *meta) siteless(t string, sites []string) string {
	return stripSiteParts(m.detachSite(unescapeTitle(t)), sites, m.siteName)
}

// cardAndData is the title that the social card, the structured data and
// the document title state word for word, the site's name aside, if they
// do. Against an h1 that rewords it slightly ("for Your Small Business"
// where they say "for Small Businesses") it stands: three statements
// outweigh one, where they tell the same story.
func (m *meta) cardAndData(sites []string) string {
	og := m.siteless(firstTag(m, "og:title"), sites)
	ld := m.siteless(m.headline, sites)
	doc := cleanTitle(m.siteless(m.title, sites))
	if og == "" || titleKey(og) != titleKey(ld) || titleKey(og) != titleKey(doc) {
		return ""
	}
	return og
}

// unstatedTail is the h1 without its last part, when a statement gives
// the rest word for word and none has the last part.
func (m *meta) unstatedTail(sites []string, h string) string {
	parts := titleParts(h)
	if len(parts) < 2 || parts[len(parts)-1].afterColon {
		return ""
	}
	last := parts[len(parts)-1]
	head := strings.TrimSpace(h[:parts[len(parts)-2].end])
	headKey, tail := titleKey(head), titleKey(h[last.start:last.end])
	found := false
	for _, t := range m.statements() {
		t = unescapeTitle(t)
		if t == "" {
			continue
		}
		if strings.Contains(titleKey(t), tail) {
			return ""
		}
		found = found || titleKey(stripSiteParts(t, sites, m.siteName)) == headKey
	}
	if !found {
		return ""
	}
	return head
}

// shownDocTitle reports an h1 that is the document title word for word,
// with the trail of a section and the site that it sets apart by one bar
// or dash used twice or more ("Story | Section | Site"): the page shows its
// browser title, decoration and all.
func (m *meta) shownDocTitle(h string) bool {
	if h == "" || titleKey(h) != titleKey(unescapeTitle(m.title)) {
		return false
	}
	for _, sep := range []string{" | ", " - ", " – ", " — ", " · ", " • ", " / ", " » "} {
		if strings.Count(h, sep) >= 2 {
			return true
		}
	}
	return false
}

// quotesStatement reports an h1 that quotes the stated title in a phrase
// of a few words ("Results for “Mirrorless-Cameras”"): a search or a
// filter names what it shows by the title.
func quotesStatement(h, stated string) bool {
	i := strings.IndexAny(h, "“\"«„")
	j := strings.LastIndexAny(h, "”\"»“")
	if i < 0 || j <= i || stated == "" {
		return false
	}
	_, w := utf8.DecodeRuneInString(h[i:])
	inner, outside := h[i+w:j], h[:i]+" "+h[j:]
	return titleKey(inner) == titleKey(stated) && len(titleWords(outside)) <= 3
}

// trailingNote matches what a page sets after its headline in brackets to
// say something about it rather than in it: a count of the items listed
// ("Trail Running Shoes (158 items)"), or the address of the source a link
// goes to, with its comment count ("Story (example.com) 87"). A year is no
// count ("(2025 Reviews)").
var trailingNote = regexp.MustCompile(`\s*\((?:([1-9][0-9,.]*)\s+\p{L}{4,}|[\p{L}0-9-]+(?:\.[\p{L}0-9-]+)*\.\p{L}{2,})\)(?:\s+[0-9]+)?$`)

var yearLike = regexp.MustCompile(`^(?:19|20)[0-9]{2}\b`)

// dropTrailingNotes drops a trailing note (see trailingNote) from t when
// words are left.
func dropTrailingNotes(t string) string {
	loc := trailingNote.FindStringSubmatchIndex(t)
	if loc == nil || len(titleWords(t[:loc[0]])) < 2 || (loc[2] >= 0 && yearLike.MatchString(t[loc[2]:loc[3]])) {
		return t
	}
	return strings.TrimSpace(t[:loc[0]])
}

// titleChoices returns the headline the page shows readers, if the other
// statements bear it out, and the one its statements give.
func (m *meta) titleChoices(pageURL string, base []string) (shown, stated string) {
	sites := base[:len(base):len(base)]
	metas := m.statements()
	for i := range metas {
		metas[i] = m.detachSite(unescapeTitle(metas[i]))
	}
	families := [4]int{srcSocial, srcSocial, srcLD, srcDoc}
	sites = append(sites, sharedDecorations(metas, families)...)
	spans := map[string]*titleSupport{}
	for i, t := range metas {
		for _, s := range titleSpans(t, sites) {
			if e := spans[s.key]; e != nil {
				e.from |= families[i]
				continue
			}
			spans[s.key] = &titleSupport{s, families[i], i}
		}
	}
	h1s, nodes := m.visibleH1Nodes(sites)
	return m.shownTitle(h1s, nodes, sites, base, metas, spans, deepPage(pageURL, m.canonical)), m.statedTitle(h1s, sites, metas)
}

// attachedBars join a site's name to a title without spaces
// ("Story-SectionㅣSite"; Korean titles set the letter ㅣ as a bar).
var attachedBars = []string{"ㅣ", "|", "｜", "│"}

// detachSite cuts the site's declared name from the end of t where a bar
// joins it without spaces, and a section joined to the title by a hyphen
// before it ("Story-정치ㅣ한국일보" for "Story").
func (m *meta) detachSite(t string) string {
	var names []string
	if m.siteName != "" {
		names = append(names, m.siteName)
	}
	names = append(names, m.tags["og:site_name"]...)
	for _, name := range names {
		name = strings.TrimSpace(name)
		if name == "" || !strings.HasSuffix(t, name) {
			continue
		}
		rest := t[:len(t)-len(name)]
		for _, bar := range attachedBars {
			if !strings.HasSuffix(rest, bar) {
				continue
			}
			rest = rest[:len(rest)-len(bar)]
			if r, _ := utf8.DecodeLastRuneInString(rest); r == utf8.RuneError || unicode.IsSpace(r) {
				break
			}
			if i := strings.LastIndex(rest, "-"); i > 0 {
				section := rest[i+1:]
				if n := utf8.RuneCountInString(section); n >= 1 && n <= 6 && strings.IndexFunc(section, func(r rune) bool { return !unicode.IsLetter(r) }) < 0 && strings.ContainsRune(rest[:i], ' ') {
					rest = rest[:i]
				}
			}
			if strings.TrimSpace(rest) != "" {
				return strings.TrimSpace(rest)
			}
		}
	}
	return t
}

// statedTitle is the headline the statements give, when no h1 shows one;
// h1s are the page's visible h1s.
func (m *meta) statedTitle(h1s, sites []string, metas [4]string) string {
	// No headline shown: the social card's or the structured data's
	// title where the document title bears it out, else the document
	// title; each without the site's name.
	clean := func(t string) string {
		return cleanTitle(stripSiteParts(t, sites, m.siteName))
	}
	docTitle := clean(metas[3])
	candidates := []string{metas[0], metas[2]}
	if len(h1s) > 0 {
		// The h1 the document title states, else the first.
		h := h1s[0]
		for _, x := range h1s {
			if titleKey(x) == titleKey(docTitle) {
				h = x
				break
			}
		}
		candidates = append(candidates, h)
	}
	for _, c := range candidates {
		if c = clean(c); c != "" && (docTitle == "" || overlap(c, docTitle) >= 0.5) {
			return c
		}
	}
	if docTitle != "" {
		return docTitle
	}
	for _, c := range append(candidates, metas[1], metas[3]) {
		if c = strings.TrimSpace(c); c != "" {
			return cleanTitle(c)
		}
	}
	return ""
}

// titleSupport is a span of the meta statements with the sources that
// state it and the first of them.
type titleSupport struct {
	titleSpan
	from, order int
}

// shownTitle is the headline the page shows its readers in an h1, when
// the other statements of the title bear it out: what readers see
// outranks the title written for search engines and social cards, which
// often differs in wording. Where the statements agree on more words than
// the h1 shows in one run ("8 Recent Trends" where it shows "Recent
// Trends") they win; where the h1 adds a kicker to what they state
// ("Politics Story" for "Story"), they win too. h1s and nodes are the
// page's visible h1s (see visibleH1Nodes).
func (m *meta) shownTitle(h1s []string, nodes []*html.Node, sites, base []string, metas [4]string, spans map[string]*titleSupport, deep bool) string {
	if len(h1s) == 0 {
		return ""
	}
	pageFirst := true // the visible h1 is the page's first with words
	for _, n := range m.h1s {
		if n == nodes[0] {
			break
		}
		if titleKey(textOf(n)) != "" {
			pageFirst = false
			break
		}
	}
	any := false
	for _, t := range metas {
		any = any || (t != "" && !(deep && siteOnly(t, base, h1s[0])))
	}
	if !any {
		return h1s[0]
	}
	// The h1 that agrees best with the other statements.
	// The first must agree in part; a later one (the first may be a logo
	// or a cookie notice) in the main.
	h, hScore, hNode := "", 0.0, (*html.Node)(nil)
	for i, c := range h1s {
		score, over := 0.0, 0.0
		if s := spans[titleKey(c)]; s != nil {
			score = 1 // one of them, word for word
			if !s.first {
				score = 0.9
			}
		}
		for _, t := range metas {
			if t != "" {
				score = max(score, dice(c, t))
				over = max(over, overlap(c, t), overlap(t, c))
			}
		}
		if (i == 0 && pageFirst && over < 0.2 && score < 0.9) || ((i > 0 || !pageFirst) && score < 0.5) {
			continue
		}
		if score > hScore {
			h, hScore, hNode = c, score, nodes[i]
		}
	}
	if h == "" {
		return ""
	}
	hk := titleKey(h)
	if len(strings.Fields(h)) < 4 && spans[hk] == nil {
		return "" // a short h1 (a logo, a section name) that no statement gives alone
	}
	if x := extendedTitle(h, metas, sites); x != "" {
		return x
	}
	if x := sharedStory(h, metas, sites); x != "" {
		return x
	}
	if x := unanimousLonger(h, metas, sites); x != "" {
		return x
	}
	// A kicker of a few words set apart in the h1's markup before the
	// statement ("<span>Politics</span> Story" for "Story"), or a one-word
	// label with a colon ("Thread: Story").
	hw := titleWords(h)
	var kicked *titleSupport
	for _, s := range spans {
		if s.key == hk || !strings.HasSuffix(hk, s.key) || len(titleWords(s.text)) < 3 {
			continue
		}
		for k := 1; k <= 4 && k < len(hw); k++ {
			if strings.Join(hw[k:], "") != s.key {
				continue
			}
			gap := kickerGap(h, hw[k-1], s.text)
			if (gap != "" && titleKey(gap) == "" && markedApart(hNode, strings.Join(hw[:k], ""))) || (k == 1 && (gap == ": " || gap == " : ")) {
				if kicked == nil || len(s.key) > len(kicked.key) {
					kicked = s
				}
			}
		}
	}
	if kicked != nil && spans[hk] == nil {
		return kicked.text
	}
	return dropSiteTail(h, base)
}

// dropSiteTail drops the parts that name the site from the end of an h1
// that carries them as a document title does ("Story – Site").
func dropSiteTail(h string, sites []string) string {
	parts := titleParts(h)
	j := len(parts) - 1
	for j > 0 && !parts[j].afterColon && siteLikePart(h[parts[j].start:parts[j].end], sites, true) {
		j--
	}
	if j == len(parts)-1 {
		return h
	}
	head := strings.TrimSpace(h[parts[0].start:parts[j].end])
	if len(titleWords(head)) < 2 {
		return h
	}
	return head
}

// markedApart reports whether the text of n begins with a text node (or
// run of them) whose key is exactly kicker: the kicker is set in an
// element of its own, not a run of words in one sentence.
func markedApart(n *html.Node, kicker string) bool {
	if n == nil {
		return false
	}
	acc := ""
	done := false
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		for ; c != nil && !done; c = c.NextSibling {
			if c.Type == html.TextNode {
				if k := titleKey(c.Data); k != "" {
					acc += k
					if len(acc) >= len(kicker) {
						done = true
					}
				}
				continue
			}
			walk(c.FirstChild)
		}
	}
	walk(n.FirstChild)
	return acc == kicker
}

// kickerGap is what separates the kicker ending in the word last from the
// statement in h: the text between them, as far as it is not a letter or
// digit.
func kickerGap(h, last, statement string) string {
	lower := strings.ToLower(h)
	sw := titleWords(statement)
	if len(sw) == 0 {
		return ""
	}
	i := strings.LastIndex(lower, strings.ToLower(sw[0]))
	j := strings.LastIndex(lower[:max(i, 0)], last)
	if i < 0 || j < 0 {
		return ""
	}
	return h[j+len(last) : i]
}

// extendedTitle is the statement of the title that has more words than
// the h1 in the same run ("8 Recent Trends in Photography" where the h1
// shows "Recent Trends in Photography"), or has a kicker before it with a
// colon ("Vote: Story" where the h1 shows "Story"), when two sources make
// it.
func extendedTitle(h string, metas [4]string, sites []string) string {
	hk := titleKey(h)
	families := [4]int{srcSocial, srcSocial, srcLD, srcDoc}
	from := map[string]int{}
	text := map[string]string{}
	for i, t := range metas {
		parts := titleParts(t)
		for j, p := range parts {
			part := strings.TrimSpace(t[p.start:p.end])
			if titleKey(part) != hk {
				continue
			}
			x := part
			if p.afterColon && j > 0 {
				q := parts[j-1]
				if siteLikePart(t[q.start:q.end], sites, false) || len(titleWords(t[q.start:q.end])) > 4 {
					continue
				}
				x = strings.TrimSpace(t[q.start:p.end])
			}
			if xk := titleKey(x); xk != hk {
				from[xk] |= families[i]
				if text[xk] == "" {
					text[xk] = x
				}
			}
		}
	}
	best := ""
	for k, f := range from {
		if popcount(f) >= 2 && len(k) > len(titleKey(best)) {
			best = text[k]
		}
	}
	return best
}

// sharedStory is the end of the h1 that a statement gives after a kicker
// of its own ("Escalation in the Middle East - «Quote»" shown, "Iran's
// attack on Israel: «Quote»" stated): the two kickers frame one story,
// which is the headline.
func sharedStory(h string, metas [4]string, sites []string) string {
	hp := titleParts(h)
	if len(hp) < 2 {
		return ""
	}
	var stated [4]string
	var parts [4][]titlePart
	for i, t := range metas {
		stated[i] = stripSiteParts(t, sites, "")
		parts[i] = titleParts(stated[i])
	}
	for i := 1; i < len(hp); i++ {
		story := strings.TrimSpace(h[hp[i].start:])
		sk, kicker := titleKey(story), h[:hp[i].start]
		if len(titleWords(story)) < 4 {
			continue
		}
		for k, t := range stated {
			tp := parts[k]
			for j := 1; j < len(tp); j++ {
				if titleKey(t[tp[j].start:]) == sk && dice(t[:tp[j].start], kicker) == 0 {
					return story
				}
			}
		}
	}
	return ""
}

// dice is the share of words two titles have in common.
func dice(a, b string) float64 {
	aw, bw := titleWords(a), titleWords(b)
	if len(aw)+len(bw) == 0 {
		return 0
	}
	count := map[string]int{}
	for _, w := range bw {
		count[w]++
	}
	common := 0
	for _, w := range aw {
		if count[w] > 0 {
			count[w]--
			common++
		}
	}
	return 2 * float64(common) / float64(len(aw)+len(bw))
}

// stripSiteParts drops the parts of t that name the site from its end,
// and the site's declared name from its start ("Site | Story"; but a
// brand that heads a page's title with a colon, "Brand: what it does",
// is part of it).
func stripSiteParts(t string, sites []string, site string) string {
	parts := titleParts(t)
	i, j := 0, len(parts)-1
	for i < j && !parts[i+1].afterColon && site != "" && titleKey(t[parts[i].start:parts[i].end]) == titleKey(site) {
		i++
	}
	for j > i && siteLikePart(t[parts[j].start:parts[j].end], sites, true) {
		j--
	}
	if len(parts) == 0 {
		return ""
	}
	out := strings.TrimSpace(t[parts[i].start:parts[j].end])
	// "Story (Site)"
	if k := strings.LastIndex(out, " ("); k > 0 && strings.HasSuffix(out, ")") && len(titleWords(out[:k])) >= 2 && siteLikePart(out[k+2:len(out)-1], sites, true) {
		out = strings.TrimSpace(out[:k])
	}
	return out
}

func popcount(x int) int {
	n := 0
	for ; x != 0; x &= x - 1 {
		n++
	}
	return n
}

// cleanTitle drops a short last part from a title that is left with two
// words or more ("Story | Opinion", "Story - Brand", "Thread / Board"), or
// a list of topics.
func cleanTitle(t string) string {
	t = strings.Join(strings.Fields(t), " ")
	for _, sep := range []string{" | ", " - ", " — ", " – ", " :: ", " · ", " // ", " « ", " » ", " / "} {
		i := strings.LastIndex(t, sep)
		if i < 0 {
			continue
		}
		head, tail := t[:i], t[i+len(sep):]
		if (len(strings.Fields(tail)) <= 4 || topicsLine(tail)) && len(strings.Fields(head)) >= 2 {
			return cleanTitle(head)
		}
	}
	return t
}

// topicsLine reports a part that lists three topics or more of a word or
// two each ("News, Weather, Sports, Breaking News"): a site's tag line.
func topicsLine(t string) bool {
	items := strings.Split(strings.ReplaceAll(strings.ReplaceAll(t, " & ", ", "), " and ", ", "), ", ")
	if len(items) < 3 {
		return false
	}
	for _, it := range items {
		if n := len(strings.Fields(it)); n == 0 || n > 2 {
			return false
		}
	}
	return true
}

// indexTitle names a collection or a listing by its h1 when that is a
// short name all of whose words a longer stated title has: a shop's
// category page headed "Headlamps" under the title "Headlamps for
// Camping, Hiking & Running | Shop" is called "Headlamps". (On a story a
// short h1 is more often a section's name.) A home page may be named by
// the site (see homeTitle). A product is named by its
// short h1 when a statement gives it as a part of its own, the site's name
// before it aside ("Shop Jimmy: The Ultimate Device Opener" for "Jimmy").
func (m *meta) indexTitle(title, pageType, pageURL string) string {
	if home := m.homeTitle(pageURL, title); home != "" {
		return home
	}
	if pageType != TypeCollection && pageType != TypeListing && pageType != TypeProduct {
		return title
	}
	sites := m.siteKeys(pageURL)
	h1s := m.visibleH1s(sites)
	if len(h1s) == 0 || len(strings.Fields(h1s[0])) >= 4 || titleKey(h1s[0]) == titleKey(title) {
		return title
	}
	h := h1s[0]
	metas := m.statements()
	if pageType == TypeProduct {
		if partOfStatement(h, metas, sites) {
			return h
		}
		return title
	}
	if wordsWithin(h, metas) {
		return h
	}
	return title
}

// partOfStatement reports whether some statement has h as one of its
// parts, or as a part that the site's name begins.
func partOfStatement(h string, metas [4]string, sites []string) bool {
	hk := titleKey(h)
	for _, t := range metas {
		t = unescapeTitle(t)
		for _, p := range titleParts(t) {
			pk := titleKey(t[p.start:p.end])
			if pk == hk {
				return true
			}
			for _, s := range sites {
				if pk == s+hk {
					return true
				}
			}
		}
	}
	return false
}

// wordsWithin reports whether some statement has all of h's words and
// more.
func wordsWithin(h string, metas [4]string) bool {
	hw := titleWords(h)
	if len(hw) == 0 {
		return false
	}
	for _, t := range metas {
		tw := titleWords(t)
		have := map[string]bool{}
		for _, w := range tw {
			have[w] = true
		}
		all := true
		for _, w := range hw {
			all = all && have[w]
		}
		if all && len(tw) > len(hw) {
			return true
		}
	}
	return false
}

// unanimousLonger is the title that all four statements give word for
// word when the h1 shows its first parts only: the parts left out (a
// subtitle, a label) belong to the headline unless they name the site.
func unanimousLonger(h string, metas [4]string, sites []string) string {
	k := titleKey(metas[0])
	for _, t := range metas {
		if t == "" || titleKey(t) != k {
			return ""
		}
	}
	t := metas[0]
	hk := titleKey(h)
	parts := titleParts(t)
	for i := 0; i+1 < len(parts); i++ {
		if titleKey(t[:parts[i].end]) != hk {
			continue
		}
		for _, p := range parts[i+1:] {
			if siteLikePart(t[p.start:p.end], sites, true) {
				return ""
			}
		}
		return strings.TrimSpace(t)
	}
	return ""
}

// liveLabel reports a title headed by a live coverage label ("UK riots
// LIVE: …", "Nahost-Ticker: …"): the page follows a running story, and
// its h1 follows the latest update.
func liveLabel(t string) bool {
	parts := titleParts(t)
	if len(parts) < 2 || !parts[1].afterColon {
		return false
	}
	words := strings.Fields(t[parts[0].start:parts[0].end])
	if len(words) == 0 {
		return false
	}
	// The label ends the kicker.
	lw := strings.ToLower(strings.Trim(words[len(words)-1], "+-–:"))
	return lw == "live" || lw == "liveblog" || lw == "ticker" || strings.HasSuffix(lw, "-ticker") || strings.HasSuffix(lw, "-live")
}

// unlabelledStatement is the headline a live page states without the live
// label, in its social card or its structured data: the story's lasting
// headline.
func (m *meta) unlabelledStatement(sites []string) string {
	for _, t := range []string{firstTag(m, "og:title"), m.headline, firstTag(m, "twitter:title")} {
		t = m.siteless(t, sites)
		if len(titleWords(t)) >= 4 && !liveLabel(t) {
			return t
		}
	}
	return ""
}

// statesWordForWord reports whether the social card or the structured
// data gives h as the title, the site's name aside: then h is the page's
// title, not a slogan shown beside it.
func (m *meta) statesWordForWord(sites []string, h string) bool {
	for _, t := range []string{firstTag(m, "og:title"), firstTag(m, "twitter:title"), m.headline} {
		if t = stripSiteParts(unescapeTitle(t), sites, m.siteName); t != "" && titleKey(t) == titleKey(h) {
			return true
		}
	}
	return false
}

// genericStatements reports a page below its site's home page whose title
// statements all name the site alone (see siteOnly).
func (m *meta) genericStatements(pageURL string, sites []string, h1 string) bool {
	if !deepPage(pageURL, m.canonical) {
		return false
	}
	n := 0
	for _, t := range m.statements() {
		if t = unescapeTitle(t); t == "" {
			continue
		}
		if !siteOnly(t, sites, h1) {
			return false
		}
		n++
	}
	return n > 0
}

// deepPage reports a page below its site's home page.
func deepPage(urls ...string) bool {
	for _, u := range urls {
		pu, err := url.Parse(u)
		if err != nil || pu.Host == "" {
			continue
		}
		return strings.Trim(pu.Path, "/") != ""
	}
	return false
}

// siteOnly reports a title statement that names the site alone, or the
// site and a slogan that shares no word with the h1 ("Site - The heart of
// the internet"): on a page below the home page it is the site's generic
// title, and says nothing of the page's headline.
func siteOnly(t string, sites []string, h1 string) bool {
	parts := titleParts(t)
	if len(parts) == 0 || len(parts) > 2 {
		return false
	}
	first := siteLikePart(t[parts[0].start:parts[0].end], sites, false)
	if len(parts) == 1 {
		return first
	}
	last := siteLikePart(t[parts[1].start:parts[1].end], sites, false)
	if !first || last {
		return first && last
	}
	return dice(t[parts[1].start:parts[1].end], h1) == 0
}
