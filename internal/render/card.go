package render

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/newsbite/newsbite/article"
	"github.com/newsbite/newsbite/bite"
)

// Bitten is an article with its bite beside it, as JSON shows it: the
// article's fields and a "bite" field.
type Bitten struct {
	*article.Article
	Bite *bite.Bite `json:"bite,omitempty"`
}

// CardQuotes and CardEntities bound how many quotes and names a card
// shows.
const (
	CardQuotes   = 3
	CardEntities = 6
	// cardQuoteWords is the least length of a quote the card prefers
	// over a fragment ("an enormous difference").
	cardQuoteWords = 5
)

// Card writes a bite as a card for reading: the headline, site and date,
// the headline check when the story does not bear the headline out, the
// summary, the top quotes with their speakers, and the people and places
// named. Markdown marks it up; text is plain.
func Card(w io.Writer, a *article.Article, b *bite.Bite, markdown bool) error {
	var sb strings.Builder
	title := oneLine(a.Title)
	if title == "" {
		title = "(untitled)"
	}
	bl := bylineOf(a)
	var meta []string
	if bl.Site != "" {
		meta = append(meta, bl.Site)
	}
	if bl.Date != "" {
		meta = append(meta, bl.Date)
	}
	if bl.Authors != "" {
		meta = append(meta, "by "+bl.Authors)
	}
	esc := func(s string) string { return s }
	if markdown {
		esc = escapeInline
		sb.WriteString("# " + escapeHeading(title) + "\n\n")
		if len(meta) > 0 {
			sb.WriteString(escapeLineStart(escapeInline(strings.Join(meta, " · "))) + "\n\n")
		}
	} else {
		sb.WriteString(title + "\n")
		if len(meta) > 0 {
			sb.WriteString(strings.Join(meta, " · ") + "\n")
		}
		sb.WriteString("\n")
	}
	if b == nil {
		b = &bite.Bite{}
	}
	if hc := b.HeadlineCheck; !hc.Consistent {
		line := fmt.Sprintf("Headline check: the story does not bear the headline out (score %.2f)", hc.Score)
		if len(hc.Unsupported) > 0 {
			line += "; unsupported: " + quoteList(hc.Unsupported)
		}
		if markdown {
			sb.WriteString("> **" + escapeInline(line) + "**\n\n")
		} else {
			sb.WriteString(line + "\n\n")
		}
	}
	section := func(name string) {
		if markdown {
			sb.WriteString("## " + name + "\n\n")
		} else {
			sb.WriteString(strings.ToUpper(name) + "\n")
		}
	}
	if len(b.Summary) > 0 {
		section("Summary")
		for _, s := range b.Summary {
			sb.WriteString("- " + esc(oneLine(s)) + "\n")
		}
		sb.WriteString("\n")
	}
	if len(b.Quotes) > 0 {
		section("Quotes")
		for _, q := range topQuotes(b.Quotes, CardQuotes) {
			who := oneLine(q.Speaker)
			if who == "" {
				who = "unattributed"
			}
			sb.WriteString("- “" + esc(oneLine(q.Text)) + "” — " + esc(who) + "\n")
		}
		sb.WriteString("\n")
	}
	names := func(label string, es []bite.Entity) {
		if len(es) == 0 {
			return
		}
		var parts []string
		for i, e := range es {
			if i == CardEntities {
				parts = append(parts, fmt.Sprintf("and %d more", len(es)-i))
				break
			}
			p := oneLine(e.Name)
			if e.Mentions > 1 {
				p += fmt.Sprintf(" (%d)", e.Mentions)
			}
			parts = append(parts, p)
		}
		if markdown {
			sb.WriteString("**" + label + ":** " + escapeInline(strings.Join(parts, ", ")) + "\n\n")
		} else {
			sb.WriteString(label + ": " + strings.Join(parts, ", ") + "\n")
		}
	}
	names("People", b.Entities.People)
	names("Places", b.Entities.Places)
	names("Organizations", b.Entities.Organizations)
	out := strings.TrimRight(sb.String(), "\n") + "\n"
	if a.URL != "" {
		if markdown {
			out += "\n" + markdownLink(a.URL) + "\n"
		} else {
			out += "\n" + a.URL + "\n"
		}
	}
	_, err := io.WriteString(w, out)
	return err
}

// topQuotes returns up to n quotes: first whole statements (a few words
// at least) by a named speaker, each speaker once while others wait, then
// the rest, in article order otherwise.
func topQuotes(qs []bite.Quote, n int) []bite.Quote {
	var out []bite.Quote
	used := map[string]bool{}
	for pass := 0; pass < 2 && len(out) < n; pass++ {
		for _, q := range qs {
			if len(out) == n {
				break
			}
			key := strings.ToLower(q.Speaker)
			taken := false
			for _, o := range out {
				if o.Text == q.Text {
					taken = true
				}
			}
			if taken || pass == 0 && (q.Speaker == "" || used[key] || len(strings.Fields(q.Text)) < cardQuoteWords) {
				continue
			}
			used[key] = true
			out = append(out, q)
		}
	}
	return out
}

func quoteList(ss []string) string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = "“" + s + "”"
	}
	return strings.Join(out, ", ")
}

// BiteEncoder writes a sequence of bitten articles: JSON (one object for
// one expected article, else an array), JSON Lines, or cards in text or
// Markdown divided by "---" lines. Failed articles are kept in JSON and
// left out of cards.
type BiteEncoder struct {
	w       io.Writer
	format  Format
	array   bool
	written int
	err     error
	closed  bool
}

// NewBiteEncoder returns a BiteEncoder writing format to w; n is how many
// articles are expected. The HTML format is not offered for bites.
func NewBiteEncoder(w io.Writer, format Format, n int) (*BiteEncoder, error) {
	switch format {
	case FormatJSON, FormatJSONL, FormatText, FormatMarkdown:
	default:
		return nil, fmt.Errorf("format %q is not offered for bites (want json, jsonl, text or markdown)", format)
	}
	return &BiteEncoder{w: w, format: format, array: n != 1}, nil
}

// Encode writes a with its bite b (nil for a failed article).
func (e *BiteEncoder) Encode(a *article.Article, b *bite.Bite) error {
	if e.err != nil {
		return e.err
	}
	if a.Error != "" && (e.format == FormatText || e.format == FormatMarkdown) {
		return nil
	}
	var buf bytes.Buffer
	v := Bitten{Article: a, Bite: b}
	switch e.format {
	case FormatJSON:
		e.err = writeJSONElement(&buf, v, e.array, e.written)
	case FormatJSONL:
		e.err = writeJSONLine(&buf, v)
	default:
		if e.written > 0 {
			buf.WriteString("\n---\n\n")
		}
		e.err = Card(&buf, a, b, e.format == FormatMarkdown)
	}
	if e.err != nil {
		return e.err
	}
	e.written++
	_, e.err = e.w.Write(buf.Bytes())
	return e.err
}

// Close ends the output, closing a JSON array.
func (e *BiteEncoder) Close() error {
	if e.err != nil || e.closed {
		return e.err
	}
	e.closed = true
	if e.format == FormatJSON && e.array {
		e.err = endJSONArray(e.w, e.written)
	}
	return e.err
}
