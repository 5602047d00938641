// Package article holds the model that every NewsBite stage speaks: one
// Article per page, from extraction through digest, storage and rendering.
package article

import (
	"strings"
	"unicode"
)

// BlockType names the kind of a body block.
type BlockType string

// Block types of an article body.
const (
	Paragraph BlockType = "paragraph"
	Heading   BlockType = "heading"
	ListItem  BlockType = "list_item"
	Quote     BlockType = "quote"
	Code      BlockType = "code"
	TableRow  BlockType = "table_row"
)

// Block is one unit of the article body, in reading order.
type Block struct {
	Type BlockType `json:"type"`
	Text string    `json:"text"`
	// Level is the heading level (1-6) for headings and the nesting depth
	// (1 = top) for list items; zero elsewhere.
	Level int `json:"level,omitempty"`
	// Ordered marks items of numbered lists.
	Ordered bool `json:"ordered,omitempty"`
	// Cells holds the cells of a table row; Text joins them with " | ".
	Cells []string `json:"cells,omitempty"`
	// Header marks a table row of header cells.
	Header bool `json:"header,omitempty"`
}

// Image is a picture that belongs to the article.
type Image struct {
	URL     string `json:"url"`
	Caption string `json:"caption,omitempty"`
	Credit  string `json:"credit,omitempty"`
	Alt     string `json:"alt,omitempty"`
}

// Article is a clean record of one page.
type Article struct {
	// Source is the input as given: a path, a URL or "-" for stdin.
	Source string `json:"source"`
	// URL is the page URL, given or found in the page.
	URL          string `json:"url,omitempty"`
	CanonicalURL string `json:"canonical_url,omitempty"`
	SiteName     string `json:"site_name,omitempty"`
	Title        string `json:"title,omitempty"`
	Description  string `json:"description,omitempty"`
	// Authors are people's names only, one a name: no "By", no roles.
	Authors []string `json:"authors,omitempty"`
	// Credit is the agency or organisation the page credits for the
	// story beside or instead of people, e.g. "AFP", "Reuters", "dpa" or
	// the publication's own desk; several are joined by ", ".
	Credit string `json:"credit,omitempty"`
	// Published and Modified are RFC 3339 timestamps.
	Published string `json:"published,omitempty"`
	Modified  string `json:"modified,omitempty"`
	Language  string `json:"language,omitempty"`
	Section   string `json:"section,omitempty"`
	// Tags are the story's topics: its keywords or article tags, or the
	// topic links the page shows.
	Tags []string `json:"tags,omitempty"`
	// PageType says what kind of page this is: article, forum, product,
	// collection, listing, documentation, service or other.
	PageType string  `json:"page_type,omitempty"`
	Images   []Image `json:"images,omitempty"`
	Blocks   []Block `json:"blocks"`
	// Text is the body as plain text: one block a line, paragraphs
	// separated by a blank line.
	Text string `json:"text"`
	// WordCount counts Text's words as CountWords does.
	WordCount int `json:"word_count"`
	// Empty is set when the page has no main content (an error page, an
	// empty shell): the body is then left empty on purpose.
	Empty bool `json:"empty,omitempty"`
	// Error is set, with the rest empty, when the input could not be
	// processed.
	Error string `json:"error,omitempty"`
}

// Failed returns an Article that records why source could not be processed.
func Failed(source string, err error) *Article {
	return &Article{Source: source, Blocks: []Block{}, Error: err.Error()}
}

// SetBlocks replaces the body with blocks and derives Text and WordCount.
func (a *Article) SetBlocks(blocks []Block) {
	if blocks == nil {
		blocks = []Block{}
	}
	a.Blocks = blocks
	a.Text = BlocksText(blocks)
	a.WordCount = CountWords(a.Text)
}

// BlocksText renders blocks as plain text: paragraphs, headings, quotes and
// code are separated by a blank line; consecutive list items and table rows
// stay on adjacent lines.
func BlocksText(blocks []Block) string {
	var b strings.Builder
	for i, bl := range blocks {
		if i > 0 {
			prev := blocks[i-1].Type
			if bl.Type == prev && (bl.Type == ListItem || bl.Type == TableRow) {
				b.WriteByte('\n')
			} else {
				b.WriteString("\n\n")
			}
		}
		b.WriteString(bl.Text)
	}
	return b.String()
}

// CountWords counts the words of s: its whitespace-separated words, and
// in Chinese and Japanese, written without spaces, each character, as
// word processors count them.
func CountWords(s string) int {
	n := 0
	for _, f := range strings.Fields(s) {
		wide, rest := 0, false
		for _, r := range f {
			if r >= 0x2E80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)) {
				wide++
			} else if unicode.IsLetter(r) || unicode.IsDigit(r) {
				rest = true
			}
		}
		switch {
		case wide == 0:
			n++
		case rest:
			n += wide + 1 // "iPS細胞": the Latin part is a word of its own
		default:
			n += wide
		}
	}
	return n
}
