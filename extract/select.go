package extract

import (
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsbite/newsbite/article"
)

// value scores a block's likelihood of being story text: positive for
// prose, negative for link lists, teaser cards and short interface text,
// near zero for what could be either. Containers are judged by the sum of
// their blocks.
func value(b *block) float64 {
	if b.chars == 0 {
		return 0
	}
	ld := float64(b.links) / float64(b.chars)
	if ld > 0.5 {
		return -float64(b.chars) * ld * 0.6
	}
	if b.card {
		return -float64(b.chars) * 0.4
	}
	if b.typ == article.Heading {
		return 0
	}
	if b.typ == article.Code {
		return float64(b.chars) * 0.4
	}
	if markup(b.text) {
		return -float64(b.chars)
	}
	prose := sentenceLike(b.text)
	c := float64(b.chars - b.links)
	switch {
	case b.chars >= 120 || (prose && b.chars >= 50):
		v := c
		if !prose {
			v *= 0.5
		}
		if b.tag == atom.P {
			v *= 1.3
		}
		if b.typ == article.ListItem || b.typ == article.TableRow {
			v *= 0.7
		}
		return v
	case prose:
		return c * 0.3
	default:
		return -6
	}
}

// lenientValue scores blocks on pages without prose (listings, product
// pages, galleries), where short lines and item names are the content and
// only link lists count against a container.
func lenientValue(b *block) float64 {
	if b.chars == 0 {
		return 0
	}
	ld := float64(b.links) / float64(b.chars)
	if b.item {
		return float64(b.chars)
	}
	if ld > 0.8 && b.typ != article.Heading {
		return -float64(b.chars) * 0.5
	}
	return float64(b.chars-b.links) + 0.3*float64(b.links)
}

// markItems flags the blocks of list items: three or more sibling elements
// of one tag and class, each a link with text of its own beside it (a
// product's name and price, a story's headline and summary). On a page
// without prose such a list is the content, while a menu's entries are
// links alone and are not flagged. With linked set, an entry that is all
// link counts too when it holds a heading and a sentence, as a teaser
// whose headline and summary both lead to the story does; that is left
// out where some prose was found, since the teasers around a short story
// look the same.
func markItems(blocks []block, linked bool) {
	type agg struct {
		chars, links   int
		heading, prose bool
	}
	stats := map[*html.Node]*agg{}
	var order []*html.Node
	for i := range blocks {
		b := &blocks[i]
		heading := b.typ == article.Heading
		prose := !heading && sentenceLike(b.text)
		n := b.owner
		for d := 0; n != nil && d < itemDepth; d, n = d+1, n.Parent {
			a := stats[n]
			if a == nil {
				a = &agg{}
				stats[n] = a
				order = append(order, n)
			}
			a.chars += b.chars
			a.links += b.links
			a.heading = a.heading || heading
			a.prose = a.prose || prose
		}
	}
	type group struct {
		parent *html.Node
		tag    string
		class  string
	}
	members := map[group][]*html.Node{}
	proper := map[group]int{}
	for _, n := range order {
		a := stats[n]
		if n.Parent == nil || n.Type != html.ElementNode || a.links == 0 || a.chars < 10 || a.chars > 800 {
			continue
		}
		g := group{n.Parent, n.Data, attr(n, "class")}
		members[g] = append(members[g], n)
		if a.links < a.chars || (linked && a.heading && a.prose) {
			proper[g]++
		}
	}
	items := map[*html.Node]bool{}
	for g, ms := range members {
		// Once three entries show text of their own, their siblings of
		// the same make are entries too, whatever a badge or a stock
		// note they lack.
		if proper[g] < 3 {
			continue
		}
		for _, n := range ms {
			items[n] = true
		}
	}
	if len(items) == 0 {
		return
	}
	for i := range blocks {
		n := blocks[i].owner
		for d := 0; n != nil && d < itemDepth; d, n = d+1, n.Parent {
			if items[n] {
				blocks[i].item = true
				break
			}
		}
	}
}

// markCards flags the blocks of teaser cards: a small element holding a
// heading that is all link, with perhaps a line of summary and a date.
// Cards make up the related, latest and most-read lists around a story;
// their summaries read like prose but are not the story.
func markCards(blocks []block) {
	type agg struct{ chars, headings int }
	stats := map[*html.Node]*agg{}
	for i := range blocks {
		b := &blocks[i]
		n := b.owner
		for d := 0; n != nil && d < 5; d, n = d+1, n.Parent {
			a := stats[n]
			if a == nil {
				a = &agg{}
				stats[n] = a
			}
			a.chars += b.chars
			if b.typ == article.Heading || linkedTitle(b) {
				a.headings++
			}
		}
	}
	cards := map[*html.Node]bool{}
	for i := range blocks {
		b := &blocks[i]
		if !linkedTitle(b) {
			continue
		}
		var root *html.Node
		n := b.owner
		for d := 0; n != nil && d < 4; d, n = d+1, n.Parent {
			a := stats[n]
			if a == nil || a.headings > 1 || a.chars > 600 {
				break
			}
			root = n
		}
		if root != nil {
			cards[root] = true
		}
	}
	if len(cards) < 2 {
		return // one linked heading is a story's own, not a list of teasers
	}
	owners := make([]*html.Node, len(blocks))
	long := map[*html.Node]bool{}
	for i := range blocks {
		n := blocks[i].owner
		for d := 0; n != nil && d < 5; d, n = d+1, n.Parent {
			if cards[n] {
				owners[i] = n
				if longBlurb(&blocks[i]) {
					long[n] = true
				}
				break
			}
		}
	}
	if len(long)*4 >= len(cards) {
		// Most entries carry writing of their own: a list article or a
		// guide, not teasers pointing elsewhere.
		return
	}
	for i := range blocks {
		if owners[i] != nil {
			blocks[i].card = true
		}
	}
}

// longBlurb reports a card's text long enough to be writing of its own, as
// in a list article's entries, rather than a teaser's line or two.
func longBlurb(b *block) bool {
	return b.chars >= 250 && b.links*10 < b.chars && sentenceLike(b.text)
}

// linkedTitle reports a heading, or a short line standing as one, that is
// entirely a link.
func linkedTitle(b *block) bool {
	if b.chars == 0 || b.chars > 200 || b.links*10 < b.chars*8 {
		return false
	}
	return b.typ == article.Heading
}

// sentenceLike reports text that reads as prose: several words and
// sentence punctuation, in any script.
func sentenceLike(s string) bool {
	if s == "" {
		return false
	}
	words, punct := 0, 0
	inWord := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			inWord = false
		case r == '.' || r == '!' || r == '?' || r == '。' || r == '！' || r == '？' || r == ',' || r == '，' || r == '、' || r == ';' || r == ':' || r == '؟' || r == '।':
			punct++
			inWord = false
		default:
			if !inWord {
				words++
				inWord = true
			}
			if r >= 0x2E80 && (unspacedScript(r) || unicode.Is(unicode.Hangul, r)) {
				words++ // ideographic text carries a word in a few characters
				inWord = false
			}
		}
	}
	return words >= 8 && punct >= 1
}

// selectContainer returns the element whose blocks add up to the highest
// score under value: the tightest subtree holding the prose, which reaches
// across ads and related boxes when the story's parts outweigh them.
func selectContainer(blocks []block, body *html.Node, value func(*block) float64) (*html.Node, float64) {
	score := make(map[*html.Node]float64, len(blocks)*2)
	var order []*html.Node // first-seen order keeps ties deterministic
	for i := range blocks {
		b := &blocks[i]
		b.value = value(b)
		if b.value == 0 {
			continue
		}
		for n := b.owner; n != nil; n = n.Parent {
			if _, seen := score[n]; !seen {
				order = append(order, n)
			}
			score[n] += b.value
			if n == body {
				break
			}
		}
	}
	best, bestScore := body, 0.0
	for _, n := range order {
		v := score[n]
		// On a tie the deeper node wins: it holds the same prose and less else.
		if v > bestScore || (v == bestScore && v > 0 && contains(best, n)) {
			best, bestScore = n, v
		}
	}
	return best, bestScore
}

func contains(ancestor, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == ancestor {
			return true
		}
	}
	return false
}

// listingProse is the most words of prose a page's strict pass may find
// for a list of items around it to be weighed as the content instead.
const listingProse = 300

// itemShare is the part of the text within c that sits in list items.
func itemShare(blocks []block, c *html.Node) float64 {
	all, items := 0, 0
	for i := range blocks {
		b := &blocks[i]
		if !contains(c, b.owner) {
			continue
		}
		all += b.chars
		if b.item {
			items += b.chars
		}
	}
	if all == 0 {
		return 0
	}
	return float64(items) / float64(all)
}

// itemDepth is how far above a block markItems looks for the list item
// holding it: shops and news sites wrap a card's parts in many layers.
const itemDepth = 9
