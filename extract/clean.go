package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsbite/newsbite/article"
)

// boilerplatePhrases open or make up short blocks of page furniture in
// several languages: share and follow bars, prompts to subscribe, sign in
// or comment, pointers to other stories, advertising labels.
var boilerplatePhrases = []string{
	"share this", "share on", "share article", "share story", "share via", "share:",
	"follow us", "follow @", "like us on", "tweet", "pin it",
	"advertisement", "advertising", "sponsored", "anzeige", "publicité", "publicidad", "pubblicità", "reklama", "реклама", "广告",
	"reklam", "annons", "mainos", "advertentie", "광고", "広告",
	"read more", "read also", "read next", "see also", "more:", "related:", "related articles", "related stories", "related posts", "related topics",
	"more from", "more stories", "more on this", "you may also like", "you might also like", "recommended", "most read", "most popular", "trending",
	"weiterlesen", "mehr zum thema", "lesen sie auch", "auch interessant", "lire aussi", "lire la suite", "à lire aussi", "leer más", "lee también", "leia mais", "leggi anche", "czytaj też", "czytaj także", "читайте также",
	"sign up", "subscribe", "newsletter", "get our", "download our app", "download the app",
	"sign in", "log in", "login", "register", "create an account", "create a free account",
	"comments", "comment on", "add your comment", "add a comment", "leave a comment", "leave a reply", "post a comment", "join the conversation", "join the discussion", "comments are closed", "show comments", "view comments", "sign in to comment", "kommentare", "commentaires", "comentarios",
	"all rights reserved", "copyright ©", "©", "(c) copyright",
	"click here", "tap here", "skip to", "back to top", "jump to", "loading", "please enable javascript", "javascript is disabled", "you need to enable javascript", "enable javascript",
	"cookie", "we use cookies", "accept all",
	"photo:", "photograph:", "image:", "picture:", "photo credit", "image credit", "foto:", "bild:",
	"getty images", "shutterstock", "reuters/", "ap photo", "afp photo", "(ap)", "(afp)",
	"print this", "email this", "save article", "save for later", "listen to this article", "listen to article",
	"tags:", "tagged:", "topics:", "filed under", "categories:", "category:",
	"posted in", "posted by", "published:", "updated:", "last updated", "published on", "updated on",
	"reviewed by", "medically reviewed", "fact checked by", "fact-checked by", "written by", "edited by", "illustration by", "words by",
	"by ", "von ", "par ", "por ", "di ", "door ",
	"previous article", "next article", "previous post", "next post", "« previous", "next »",
	"this article was", "this story was", "this post may contain affiliate",
	"home »", "home >", "home /", "you are here",
	"watch:", "video:", "listen:", "gallery:", "photos:",
}

// siteNotices are the site talking to its reader about the page, not the
// story: ad-blocker and browser notices, reprint terms, widget errors.
var siteNotices = []string{
	"ad blocker", "ad-blocker", "adblocker", "adblocking", "ad blocking software",
	"modern browser", "supported browser", "upgrade your browser", "update your browser", "internet explorer",
	"non-commercial use only", "presentation-ready copies", "try again later", "an error has occurred", "something went wrong",
	"javascript is required", "enable javascript", "turn on javascript",
	"by subscribing", "by signing up", "your submission has been received", "thank you for subscribing", "thanks for subscribing",
	"unsubscribe at any time", "unsubscribe anytime", "agree to our terms", "agree to receive", "may earn an affiliate commission",
	"may earn a commission", "earn a small commission", "contains affiliate links", "may contain affiliate links",
	"become a paid subscriber", "unlock this article", "unlock this story", "subscribe to unlock", "subscribe to continue",
}

// creditNames are news agencies and picture libraries whose name standing
// alone on a line is a credit.
var creditNames = map[string]bool{
	"the associated press": true, "associated press": true, "ap": true, "ap photo": true, "reuters": true, "afp": true,
	"afp via getty images": true, "getty images": true, "getty": true, "epa": true, "dpa": true, "xinhua": true,
	"anadolu agency": true, "ansa": true, "efe": true, "pa": true, "pa media": true, "pa wire": true, "shutterstock": true,
	"istock": true, "alamy": true, "bloomberg": true, "tass": true, "kyodo": true, "yonhap": true, "imago": true,
}

// agencyLine reports a line that is only a credit: "The Associated Press",
// "AFP/Getty Images", "Reuters / John Smith".
func agencyLine(t string) bool {
	t = strings.TrimFunc(t, func(r rune) bool { return !unicode.IsLetter(r) })
	if len(t) > 60 {
		return false
	}
	if creditNames[t] {
		return true
	}
	for _, part := range strings.FieldsFunc(t, func(r rune) bool { return r == '/' || r == '|' }) {
		if creditNames[strings.TrimSpace(part)] {
			return true
		}
	}
	return false
}

// furniture reports a short block whose wording marks it as page
// furniture rather than story.
func furniture(b *block) bool {
	t := strings.ToLower(b.text)
	if strings.Contains(t, "lorem ipsum") {
		return true // a template's placeholder text
	}
	if b.chars > 300 {
		return false
	}
	for _, p := range siteNotices {
		if strings.Contains(t, p) {
			return true
		}
	}
	if b.chars > 160 {
		return false
	}
	for _, p := range boilerplatePhrases {
		if strings.HasPrefix(t, p) {
			// "By" lines are bylines only when short and name-like.
			if (p == "by " || p == "von " || p == "par " || p == "por " || p == "di " || p == "door ") && (b.chars > 60 || sentenceLike(b.text)) {
				continue
			}
			return true
		}
	}
	if agencyLine(t) {
		return true
	}
	switch strings.Trim(t, "[]()<> -–") {
	case "pr", "ad", "ads", "ad:":
		return true // an advertising label alone
	}
	if b.chars <= 40 {
		for _, p := range []string{"advertisement", "share", "comments", "newsletter", "subscribe", "cookie", "min read", "minute read", "minutes read", "mins read", "reading time"} {
			if strings.Contains(t, p) {
				return true
			}
		}
	}
	return false
}

// endMarkers are headings after which a page stops telling the story.
var endMarkers = []string{
	"related", "more on", "read more", "you may also", "you might also",
	"popular", "trending", "comment",
	"share this", "newsletter", "sign up", "subscribe", "latest", "top stories", "further reading",
	"mehr zum thema", "weitere artikel", "kommentare", "à lire aussi", "sur le même sujet", "commentaires", "te puede interesar", "noticias relacionadas", "comentarios",
	"tags", "topics", "share", "follow us",
	"você pode gostar", "veja também", "leia também", "notícias relacionadas", "artigos relacionados", "artículos relacionados",
	"potrebbe interessarti", "articoli correlati", "ähnliche artikel", "das könnte sie auch interessieren", "vous aimerez aussi",
	"à voir aussi", "dans la même rubrique", "podobne artykuły", "похожие статьи", "читайте также", "相关文章", "相关阅读", "関連記事", "관련 기사",
}

// strongEnds are end headings that never sit inside a story: once most of
// the prose is behind, what follows them is not the story whatever its size.
var strongEnds = []string{
	"about the author", "about the reviewer", "about the authors", "read this next", "read next", "read more about",
	"you may also like", "you might also like", "you may be interested", "more from", "more stories", "related articles",
	"related stories", "related posts", "related content", "recommended", "most read", "most popular", "disclaimer",
	"leave a reply", "leave a comment", "join the conversation", "comments", "what to read next", "keep reading",
	"popular posts", "popular articles", "popular stories", "also in the news", "also read", "also on", "in other news", "more news", "latest news", "around the web", "from the web",
	"sponsored stories", "promoted stories", "we recommend", "editor's picks", "editors' picks", "editors picks", "don't miss",
	"dont miss", "popular now", "trending now", "you may have missed", "recent posts", "latest posts", "related reading",
	"kommentare", "commentaires", "comentarios", "commenti", "reacties", "kommentarer", "komentarze", "комментарии",
	"meistgelesen", "les plus lus", "lo más leído", "più letti", "mest lest", "mest läst",
}

// strongCut reports a strong end heading at blocks[i] that ends the story
// although much may follow: once most of the prose is behind (a "More …"
// heading may open a section of the story, so it needs teasers after it),
// or as soon as teasers follow.
func strongCut(blocks []block, i int, seen, total float64) bool {
	b := &blocks[i]
	if !endMarker(b) || !strongEnd(b.text) {
		return false
	}
	return seen >= 0.5*total && !moreHeading(b.text) || seen > 0 && teasersFollow(blocks[i+1:])
}

// teasersFollow reports blocks that open as a list of teasers: several
// headlines that are links.
func teasersFollow(blocks []block) bool {
	n := 0
	for i := 0; i < len(blocks) && i < 8; i++ {
		if linkedTitle(&blocks[i]) {
			n++
		}
	}
	return n >= 2
}

// moreHeading reports a short heading opening with "More": the end of a
// story when teasers follow it, a section of it otherwise ("More essay
// topics").
func moreHeading(text string) bool {
	t := strings.ToLower(strings.TrimSpace(text))
	return strings.HasPrefix(t, "more ") && len(strings.Fields(t)) <= 5
}

func strongEnd(text string) bool {
	t := endText(text)
	if moreHeading(t) {
		return true // "More in Politics", "More Example Times"
	}
	for _, m := range strongEnds {
		if strings.HasPrefix(t, m) {
			return true
		}
	}
	return false
}

// endText is a heading's text as end markers are matched: lower-cased,
// without the count a list heading leads with ("3 Kommentare").
func endText(text string) string {
	t := strings.ToLower(strings.TrimFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
	if u := strings.TrimLeft(t, "0123456789"); u != t && strings.HasPrefix(u, " ") {
		t = strings.TrimSpace(u)
	}
	return t
}

// headingLike reports a heading, or a short line set as one by its class
// ("p.headline").
func headingLike(b *block) bool {
	if b.typ == article.Heading {
		return true
	}
	if b.typ != article.Paragraph || b.owner == nil {
		return false
	}
	cls := strings.ToLower(attr(b.owner, "class"))
	return containsWord(cls, "headline") || containsWord(cls, "heading")
}

func endMarker(b *block) bool {
	if !headingLike(b) || b.chars > 60 {
		return false
	}
	if strongEnd(b.text) {
		return true
	}
	if endingName(b.owner, b.text) {
		return true // a heading named "related-title" or "comments-header"
	}
	t := endText(b.text)
	for _, m := range endMarkers {
		if strings.HasPrefix(t, m) {
			return true
		}
	}
	return false
}

// endingName reports a heading whose class or id names what follows a
// story: related links, comments, recommendations.
func endingName(n *html.Node, text string) bool {
	if n == nil || n.DataAtom == atom.H1 {
		return false
	}
	s := strings.ToLower(attr(n, "class"))
	if id := attr(n, "id"); !anchorID(id) && !strings.HasPrefix(normalize(text), normalize(id)) {
		s += " " + strings.ToLower(id) // an id made of the heading's words says nothing
	}
	for _, stem := range []string{"related", "comment", "recommend", "mostread", "most-read", "more-stories", "read-next"} {
		if strings.Contains(s, stem) {
			return true
		}
	}
	return false
}

// clean keeps the container's blocks that read as story: it drops link
// lists, furniture wording, the headline repeated, and what follows an
// end-of-story heading when little prose follows it.
func clean(blocks []block, title string, lenient bool) []article.Block {
	normTitle := normalize(title)
	blocks = fromHeadline(blocks, normTitle)
	total := 0.0
	for i := range blocks {
		if blocks[i].value > 0 {
			total += blocks[i].value
		}
	}
	var out []article.Block
	var kept []*block
	seen := 0.0
	repeated := newRepeats()
	for i := range blocks {
		b := &blocks[i]
		if b.value > 0 {
			seen += b.value
		}
		ld := float64(b.links) / float64(max(b.chars, 1))
		switch {
		case ld > 0.6 && !(b.typ == article.TableRow && ld < 0.9) && !(lenient && (ld < 0.9 || b.typ == article.Heading || b.item)):
			continue
		case furniture(b), !lenient && dateLine(b.text), captionLine(b.text) && b.typ != article.Heading:
			continue
		case normTitle != "" && normalize(b.text) == normTitle && (b.typ == article.Heading || len(out) == 0):
			continue
		case endMarker(b) && (total-seen) < 0.25*total,
			!lenient && strongCut(blocks, i, seen, total):
			return finish(out, kept)
		case seen > 0 && b.typ == article.Heading && endingName(b.owner, b.text):
			return finish(out, kept)
		}
		if b.typ != article.TableRow && repeated.seen(b.text) {
			continue // responsive layouts and hidden copies repeat the story
		}
		if b.typ != article.Code && markup(b.text) {
			continue
		}
		kept = append(kept, b)
		out = append(out, toBlock(b))
	}
	if lenient {
		return out
	}
	return finish(out, kept)
}

// fromHeadline drops what precedes the headline inside the container
// (kickers, breadcrumbs, tickers, share bars): a story starts at its title.
// It leaves the blocks alone when the headline is absent or when most of the
// prose would go with it.
func fromHeadline(blocks []block, normTitle string) []block {
	if normTitle == "" {
		return blocks
	}
	for i := range blocks {
		b := &blocks[i]
		if b.typ != article.Heading && b.tag != atom.H1 {
			continue
		}
		same := sameHeadline(normalize(b.text), normTitle, b.tag == atom.H1)
		if b.tag == atom.H1 && !same {
			return blocks // the page's own top heading comes first: not a section title
		}
		if b.typ != article.Heading || !same {
			continue
		}
		before, after := 0.0, 0.0
		for j := range blocks {
			if v := blocks[j].value; v > 0 && j < i {
				before += v
			} else if v > 0 {
				after += v
			}
		}
		if before < after*0.5 {
			return blocks[i:]
		}
		return blocks
	}
	return blocks
}

// sameHeadline reports a heading that is the page's title, allowing for
// the site's name or a kicker around one of them: a top-level heading that
// holds the title or is held in it, by at least three quarters, or that
// opens with the (shorter) title.
func sameHeadline(h, title string, top bool) bool {
	if h == title {
		return true
	}
	if !top || len(h) < 12 {
		return false
	}
	short, long := h, title
	if len(short) > len(long) {
		short, long = long, short
	}
	return strings.Contains(long, short) && (len(short)*4 >= len(long)*3 || short == title && strings.HasPrefix(h, title))
}

// finish trims interface text left at the end: short blocks after the last
// paragraph of prose that carry no sentence.
func finish(out []article.Block, kept []*block) []article.Block {
	end := len(out)
	for end > 0 {
		b := kept[end-1]
		if b.value > 0 || b.typ == article.ListItem || b.typ == article.TableRow || b.typ == article.Code {
			break
		}
		end--
	}
	return out[:end]
}

func toBlock(b *block) article.Block {
	ab := article.Block{Type: b.typ, Text: b.text, Cells: b.cells, Header: b.header}
	switch b.typ {
	case article.Heading, article.ListItem:
		ab.Level = b.level
		ab.Ordered = b.ordered
	}
	return ab
}

// isAlnum reports a letter or a digit.
func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func normalize(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if isAlnum(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// markup reports text that is HTML source shown as text, as pages leak it
// from broken templates.
func markup(s string) bool {
	if strings.HasPrefix(s, "{\"") || strings.HasPrefix(s, "[{\"") {
		return strings.Count(s, "\":") >= 3 // a script's JSON data shown as text
	}
	if !strings.HasPrefix(s, "<") {
		return false
	}
	return strings.Contains(s, "=\"") || strings.HasSuffix(s, ">")
}

// repeats remembers the word 4-grams of the text kept so far, to tell a
// block that says again what was said: the same paragraph in a desktop and
// a mobile layout, or the whole story again in a hidden copy.
type repeats struct {
	shingles map[uint64]struct{}
	short    map[string]struct{}
	words    []uint64
}

func newRepeats() *repeats {
	return &repeats{shingles: map[uint64]struct{}{}, short: map[string]struct{}{}}
}

// seen reports whether most of text was kept before, and remembers it
// otherwise.
func (r *repeats) seen(text string) bool {
	r.words = r.words[:0]
	forEachToken(text, func(h uint64) { r.words = append(r.words, h) })
	w := r.words
	if len(w) < 4 {
		if len(w) < 3 {
			return false // short labels may well repeat
		}
		key := normalize(text)
		if _, ok := r.short[key]; ok {
			return true
		}
		r.short[key] = struct{}{}
		return false
	}
	n := len(w) - 3
	old := 0
	for i := 0; i < n; i++ {
		if _, ok := r.shingles[shingle(w[i:])]; ok {
			old++
		}
	}
	if old*10 >= n*7 {
		return true
	}
	for i := 0; i < n; i++ {
		r.shingles[shingle(w[i:])] = struct{}{}
	}
	return false
}

func shingle(w []uint64) uint64 {
	return w[0] ^ (w[1]<<1 | w[1]>>63) ^ (w[2]<<2 | w[2]>>62) ^ (w[3]<<3 | w[3]>>61)
}

// forEachToken calls f with a hash of each lower-cased word of s.
func forEachToken(s string, f func(uint64)) {
	const offset, prime = 14695981039346656037, 1099511628211
	h, in := uint64(offset), false
	for _, r := range s {
		if isAlnum(r) {
			h = (h ^ uint64(unicode.ToLower(r))) * prime
			in = true
			continue
		}
		if in {
			f(h)
			h, in = offset, false
		}
	}
	if in {
		f(h)
	}
}
