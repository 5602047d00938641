// Package render writes articles for people and programs: JSON, JSON
// Lines, Markdown, plain text and a small standalone HTML page.
//
// Markdown, Text and HTML render one article; an Encoder writes a sequence
// of them in any format, one at a time, so a caller can stream results.
package render

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/newsbite/newsbite/article"
)

// Format names an output format.
type Format string

// Output formats.
const (
	FormatJSON     Format = "json"
	FormatJSONL    Format = "jsonl"
	FormatMarkdown Format = "markdown"
	FormatText     Format = "text"
	FormatHTML     Format = "html"
)

// Formats lists the output formats in the order help texts show them.
var Formats = []Format{FormatJSON, FormatJSONL, FormatMarkdown, FormatText, FormatHTML}

// ParseFormat returns the format named s; "md" and "txt" are accepted too.
func ParseFormat(s string) (Format, error) {
	switch f := Format(strings.ToLower(strings.TrimSpace(s))); f {
	case FormatJSON, FormatJSONL, FormatMarkdown, FormatText, FormatHTML:
		return f, nil
	case "md":
		return FormatMarkdown, nil
	case "txt":
		return FormatText, nil
	}
	return "", fmt.Errorf("unknown format %q (want json, jsonl, markdown, text or html)", s)
}

// Encoder writes a sequence of articles in one format:
//
//   - json: one indented object when one article is expected, otherwise an
//     indented array;
//   - jsonl: one object a line;
//   - markdown and text: the articles one after another, divided by a
//     "---" line;
//   - html: one document holding every article.
//
// The JSON formats keep failed articles (those with Error set), so every
// input has a record; the formats for reading leave them out.
type Encoder struct {
	w       io.Writer
	format  Format
	array   bool
	written int
	err     error
}

// NewEncoder returns an Encoder writing format to w; n is how many
// articles are expected, which decides the shape of JSON (an object for 1)
// and the title of an HTML document.
func NewEncoder(w io.Writer, format Format, n int) *Encoder {
	return &Encoder{w: w, format: format, array: n != 1}
}

// Encode writes a; the first error is sticky.
func (e *Encoder) Encode(a *article.Article) error {
	if e.err != nil {
		return e.err
	}
	if a.Error != "" && e.format != FormatJSON && e.format != FormatJSONL {
		return nil
	}
	var buf bytes.Buffer
	switch e.format {
	case FormatJSON:
		e.err = writeJSONElement(&buf, a, e.array, e.written)
	case FormatJSONL:
		e.err = writeJSONLine(&buf, a)
	case FormatMarkdown, FormatText:
		if e.written > 0 {
			buf.WriteString("\n---\n\n")
		}
		if e.format == FormatMarkdown {
			e.err = Markdown(&buf, a)
		} else {
			e.err = Text(&buf, a)
		}
	case FormatHTML:
		if e.written == 0 {
			e.err = writeHTMLHead(&buf, a, e.array)
		} else {
			buf.WriteString("<hr>\n")
		}
		if e.err == nil {
			e.err = writeHTMLArticle(&buf, a)
		}
	default:
		e.err = fmt.Errorf("unknown format %q", e.format)
	}
	if e.err != nil {
		return e.err
	}
	e.written++
	_, e.err = e.w.Write(buf.Bytes())
	return e.err
}

// Close ends the output: it closes a JSON array or an HTML document. The
// Encoder cannot be used after.
func (e *Encoder) Close() error {
	if e.err != nil {
		if e.err == errClosed {
			return nil
		}
		return e.err
	}
	switch {
	case e.format == FormatJSON && e.array:
		e.err = endJSONArray(e.w, e.written)
	case e.format == FormatHTML:
		if e.written == 0 {
			e.err = writeHTMLHead(e.w, nil, true)
		}
		if e.err == nil {
			_, e.err = io.WriteString(e.w, htmlFoot)
		}
	}
	if e.err != nil {
		return e.err
	}
	e.err = errClosed
	return nil
}

var errClosed = errors.New("render: encoder is closed")

// JSON writes a as one indented JSON object.
func JSON(w io.Writer, a *article.Article) error {
	return writeJSON(w, a, "")
}

// writeJSONElement writes v as the whole output, or when array is set as
// the element after written others of an indented array.
func writeJSONElement(buf *bytes.Buffer, v any, array bool, written int) error {
	if !array {
		return writeJSON(buf, v, "")
	}
	if written == 0 {
		buf.WriteString("[\n  ")
	} else {
		buf.WriteString(",\n  ")
	}
	err := writeJSON(buf, v, "  ")
	buf.Truncate(buf.Len() - 1) // the encoder's newline
	return err
}

// endJSONArray closes the array writeJSONElement opened, or writes an
// empty one when no element was written.
func endJSONArray(w io.Writer, written int) error {
	end := "\n]\n"
	if written == 0 {
		end = "[]\n"
	}
	_, err := io.WriteString(w, end)
	return err
}

// writeJSONLine writes v on one line, leaving "<", ">" and "&" as they
// are.
func writeJSONLine(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// writeJSON writes v indented, each line after the first led by prefix,
// leaving "<", ">" and "&" as they are.
func writeJSON(w io.Writer, v any, prefix string) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, "  ")
	return enc.Encode(v)
}

// Text writes a as its title, a blank line and its body text.
func Text(w io.Writer, a *article.Article) error {
	var b strings.Builder
	if t := oneLine(a.Title); t != "" {
		b.WriteString(t)
		b.WriteString("\n\n")
	}
	if body := bodyText(a); body != "" {
		b.WriteString(body)
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func bodyText(a *article.Article) string {
	if a.Text != "" {
		return strings.TrimSpace(a.Text)
	}
	return strings.TrimSpace(article.BlocksText(a.Blocks))
}

// blocks returns a's body; an article built with only Text gets one
// paragraph per blank-line-separated chunk.
func blocks(a *article.Article) []article.Block {
	if len(a.Blocks) > 0 || a.Text == "" {
		return a.Blocks
	}
	var out []article.Block
	for _, p := range strings.Split(a.Text, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, article.Block{Type: article.Paragraph, Text: p})
		}
	}
	return out
}

// segment is a run of blocks rendered together: all the items of one list,
// all the rows of one table, or a single other block.
type segment struct {
	kind   article.BlockType
	blocks []article.Block
}

func segments(bs []article.Block) []segment {
	var out []segment
	for _, b := range bs {
		if strings.TrimSpace(b.Text) == "" && len(b.Cells) == 0 {
			continue
		}
		grouped := b.Type == article.ListItem || b.Type == article.TableRow
		if n := len(out); grouped && n > 0 && out[n-1].kind == b.Type {
			out[n-1].blocks = append(out[n-1].blocks, b)
			continue
		}
		out = append(out, segment{kind: b.Type, blocks: []article.Block{b}})
	}
	return out
}

// cells returns a table row's cells, split from Text when Cells is empty.
func cells(b article.Block) []string {
	if len(b.Cells) > 0 {
		return b.Cells
	}
	return strings.Split(b.Text, " | ")
}

// byline holds the article's metadata shown under the title.
type byline struct {
	Authors  string
	Site     string
	Date     string // as shown
	DateTime string // machine-readable, for <time>
	URL      string
}

func bylineOf(a *article.Article) byline {
	bl := byline{Site: oneLine(a.SiteName), URL: a.URL}
	if len(a.Authors) > 0 {
		names := make([]string, 0, len(a.Authors))
		for _, n := range a.Authors {
			if n = oneLine(n); n != "" {
				names = append(names, n)
			}
		}
		bl.Authors = joinNames(names)
	}
	// The agency or organisation credited goes beside the people: "By
	// Jane Doe, Reuters", or "By AFP" alone; the site crediting itself
	// is already shown as the site.
	if c := oneLine(a.Credit); c != "" && !strings.EqualFold(c, bl.Site) {
		if bl.Authors != "" {
			bl.Authors += ", " + c
		} else {
			bl.Authors = c
		}
	}
	if a.Published != "" {
		bl.Date, bl.DateTime = a.Published, a.Published
		if t, err := time.Parse(time.RFC3339, a.Published); err == nil {
			bl.Date = t.Format("2006-01-02")
		}
	}
	return bl
}

func (b byline) empty() bool {
	return b.Authors == "" && b.Site == "" && b.Date == "" && b.URL == ""
}

// joinNames joins names as "A", "A and B" or "A, B and C".
func joinNames(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// oneLine collapses runs of white space, newlines included, to one space.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
