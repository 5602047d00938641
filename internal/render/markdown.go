package render

import (
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbite/newsbite/article"
)

// Markdown writes a as CommonMark with GitHub tables: the title as a level
// 1 heading, a byline, then the body. Text is escaped only where it would
// otherwise turn into markup, so the source stays readable.
func Markdown(w io.Writer, a *article.Article) error {
	var b strings.Builder
	if t := oneLine(a.Title); t != "" {
		b.WriteString("# ")
		b.WriteString(escapeHeading(t))
		b.WriteString("\n\n")
	}
	if bl := bylineOf(a); !bl.empty() {
		var parts []string
		if bl.Authors != "" {
			parts = append(parts, "By "+escapeInline(bl.Authors))
		}
		if bl.Site != "" {
			parts = append(parts, escapeInline(bl.Site))
		}
		if bl.Date != "" {
			parts = append(parts, escapeInline(bl.Date))
		}
		if bl.URL != "" {
			parts = append(parts, markdownLink(bl.URL))
		}
		b.WriteString(escapeLineStart(strings.Join(parts, " · ")))
		b.WriteString("\n\n")
	}
	for i, s := range segments(blocks(a)) {
		if i > 0 {
			b.WriteString("\n")
		}
		switch s.kind {
		case article.Heading:
			writeMarkdownHeading(&b, s.blocks[0])
		case article.ListItem:
			writeMarkdownList(&b, s.blocks)
		case article.TableRow:
			writeMarkdownTable(&b, s.blocks)
		case article.Quote:
			for _, line := range lines(s.blocks[0].Text) {
				b.WriteString("> ")
				b.WriteString(escapeText(line))
				b.WriteString("\n")
			}
		case article.Code:
			writeMarkdownCode(&b, s.blocks[0].Text)
		default:
			b.WriteString(escapeParagraph(s.blocks[0].Text))
			b.WriteString("\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// markdownLink shows a URL as an autolink when it can be one.
func markdownLink(u string) string {
	if strings.ContainsAny(u, " <>\n\t") || !strings.Contains(u, ":") {
		return escapeInline(u)
	}
	return "<" + u + ">"
}

func writeMarkdownHeading(b *strings.Builder, bl article.Block) {
	// The title is the only level 1 heading; the body's start at level 2.
	level := min(max(bl.Level, 2), 6)
	b.WriteString(strings.Repeat("#", level))
	b.WriteString(" ")
	b.WriteString(escapeHeading(oneLine(bl.Text)))
	b.WriteString("\n")
}

// writeMarkdownList writes one run of list items. Nested items are indented
// under the text of their parent; numbered items count from 1 in each list.
func writeMarkdownList(b *strings.Builder, items []article.Block) {
	type openList struct {
		content int // column where the item's text starts
		count   int
		ordered bool
	}
	var open []openList // by depth
	for _, it := range items {
		depth := min(max(it.Level, 1), len(open)+1)
		count := 0
		if depth <= len(open) && open[depth-1].ordered == it.Ordered {
			count = open[depth-1].count
		}
		open = open[:depth-1]
		indent := 0
		if depth > 1 {
			indent = open[depth-2].content
		}
		marker := "- "
		if it.Ordered {
			count++
			marker = strconv.Itoa(count) + ". "
		}
		open = append(open, openList{content: indent + len(marker), count: count, ordered: it.Ordered})
		for i, line := range lines(it.Text) {
			if i == 0 {
				b.WriteString(strings.Repeat(" ", indent))
				b.WriteString(marker)
			} else {
				b.WriteString("  \n")
				b.WriteString(strings.Repeat(" ", indent+len(marker)))
			}
			b.WriteString(escapeText(line))
		}
		b.WriteString("\n")
	}
}

func writeMarkdownTable(b *strings.Builder, rows []article.Block) {
	cols := 0
	for _, r := range rows {
		cols = max(cols, len(cells(r)))
	}
	row := func(cs []string) {
		b.WriteString("|")
		for i := range cols {
			c := ""
			if i < len(cs) {
				c = escapeCell(cs[i])
			}
			b.WriteString(" ")
			b.WriteString(c)
			b.WriteString(" |")
		}
		b.WriteString("\n")
	}
	sep := func() {
		b.WriteString("|")
		b.WriteString(strings.Repeat(" --- |", cols))
		b.WriteString("\n")
	}
	// A GitHub table must start with a header row; a table whose first row
	// is not one gets an empty header, so no data row is promoted.
	if rows[0].Header {
		row(cells(rows[0]))
		rows = rows[1:]
	} else {
		row(nil)
	}
	sep()
	for _, r := range rows {
		row(cells(r))
	}
}

func writeMarkdownCode(b *strings.Builder, code string) {
	code = strings.Trim(code, "\n")
	// The fence must be longer than any run of backticks in the code.
	longest, run := 0, 0
	for _, r := range code {
		if r == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", max(3, longest+1))
	b.WriteString(fence)
	b.WriteString("\n")
	b.WriteString(code)
	b.WriteString("\n")
	b.WriteString(fence)
	b.WriteString("\n")
}

// lines splits text into its non-blank lines, trimmed.
func lines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// escapeParagraph escapes a paragraph, keeping its line breaks as hard
// breaks.
func escapeParagraph(s string) string {
	ls := lines(s)
	for i, l := range ls {
		ls[i] = escapeText(l)
	}
	return strings.Join(ls, "  \n")
}

// escapeText escapes one line of text that starts a Markdown line.
func escapeText(s string) string {
	return escapeLineStart(escapeInline(s))
}

// escapeHeading escapes heading text; a trailing run of #s would be read
// as the heading's closing sequence.
func escapeHeading(s string) string {
	s = escapeInline(s)
	if strings.HasSuffix(s, "#") {
		i := strings.LastIndexFunc(s, func(r rune) bool { return r != '#' })
		s = s[:i+1] + `\` + s[i+1:]
	}
	return s
}

func escapeCell(s string) string {
	return strings.ReplaceAll(escapeInline(oneLine(s)), "|", `\|`)
}

// escapeInline escapes the characters that would start inline markup:
// emphasis, code, links, raw HTML and entities. Characters that cannot
// make markup where they stand are left alone: underscores inside words
// (snake_case), a "*" between spaces, brackets not followed by a link
// target, a lone tilde, "<" before a space.
func escapeInline(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	prev := rune(' ')
	tildes := strings.Count(s, "~")
	for i, r := range s {
		next := ' ' // the end of the text counts as white space
		if rest := s[i+utf8.RuneLen(r):]; rest != "" {
			next, _ = utf8.DecodeRuneInString(rest)
		}
		switch r {
		case '\\', '`':
			b.WriteByte('\\')
		case '*':
			if !unicode.IsSpace(prev) || !unicode.IsSpace(next) {
				b.WriteByte('\\')
			}
		case '_':
			if (!isWordRune(prev) || !isWordRune(next)) && (!unicode.IsSpace(prev) || !unicode.IsSpace(next)) {
				b.WriteByte('\\')
			}
		case ']':
			// Brackets make a link only when "]" is followed by "(", "[" or
			// (for a reference definition) ":".
			if next == '(' || next == '[' || next == ':' {
				b.WriteByte('\\')
			}
		case '~':
			// Strikethrough needs a pair of tildes.
			if tildes > 1 && (!unicode.IsSpace(prev) || !unicode.IsSpace(next)) {
				b.WriteByte('\\')
			}
		case '<':
			if unicode.IsLetter(next) || next == '/' || next == '!' || next == '?' {
				b.WriteByte('\\')
			}
		case '&':
			if looksLikeEntity(s[i+1:]) {
				b.WriteByte('\\')
			}
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// looksLikeEntity reports whether s (what follows an '&') would be read as
// a character reference such as "amp;" or "#39;".
func looksLikeEntity(s string) bool {
	for i, r := range s {
		switch {
		case r == ';':
			return i > 0
		case i == 0 && r == '#', isASCIIAlnum(r):
		default:
			return false
		}
		if i > 32 {
			return false
		}
	}
	return false
}

func isASCIIAlnum(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
}

// escapeLineStart escapes what would make a line a heading, quote, list
// item or thematic break.
func escapeLineStart(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '#', '>':
		return `\` + s
	case '-', '+', '*':
		if len(s) == 1 || s[1] == ' ' || s[1] == '\t' || onlyRunOf(s, s[0]) {
			return `\` + s
		}
	case '=', '_':
		if onlyRunOf(s, s[0]) {
			return `\` + s
		}
	}
	// An ordered list marker: up to nine digits, then '.' or ')', then a
	// space or the end of the line.
	digits := 0
	for digits < len(s) && digits < 10 && s[digits] >= '0' && s[digits] <= '9' {
		digits++
	}
	if digits > 0 && digits <= 9 && digits < len(s) && (s[digits] == '.' || s[digits] == ')') &&
		(digits+1 == len(s) || s[digits+1] == ' ' || s[digits+1] == '\t') {
		return s[:digits] + `\` + s[digits:]
	}
	return s
}

// onlyRunOf reports whether s is made only of c and spaces.
func onlyRunOf(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != c && s[i] != ' ' {
			return false
		}
	}
	return true
}
