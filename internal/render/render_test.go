package render

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsbite/newsbite/article"
	"github.com/newsbite/newsbite/extract"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if bytes.Equal(got, want) {
		return
	}
	gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := 0; i < max(len(gl), len(wl)); i++ {
		var g, w string
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if g != w {
			t.Errorf("%s differs at line %d:\n got: %q\nwant: %q\n(run go test -update if the change is intended)", name, i+1, g, w)
			return
		}
	}
}

// handMade exercises every block type and the characters that need care.
func handMade() *article.Article {
	a := &article.Article{
		Source:    "handmade.html",
		URL:       "https://news.example.com/2024/05/markets?id=7&ref=home",
		SiteName:  "The Example Times",
		Title:     "Markets *rally* as [rates] fall <again> #2",
		Authors:   []string{"Ada Lovelace", "Grace Hopper", "Alan Turing"},
		Published: "2024-05-14T09:30:00+02:00",
		Language:  "en",
	}
	a.SetBlocks([]article.Block{
		{Type: article.Paragraph, Text: "Stocks rose 3% on Tuesday; the index_value and snake_case names stay, but _this_ and *that* are escaped, as are `ticks`, back\\slashes, <b>tags</b>, &amp; entities and ~~strikes~~. A < B & C > D are left alone."},
		{Type: article.Paragraph, Text: "1. This paragraph starts like a numbered item."},
		{Type: article.Paragraph, Text: "# Not a heading, - and not\n- a list item after a line break"},
		{Type: article.Paragraph, Text: "> Not a quote either; 2024) neither."},
		{Type: article.Heading, Level: 1, Text: "A level one heading in the body"},
		{Type: article.Heading, Level: 3, Text: "What traders said #"},
		{Type: article.ListItem, Level: 1, Text: "First point"},
		{Type: article.ListItem, Level: 2, Text: "A detail of the first"},
		{Type: article.ListItem, Level: 2, Text: "# Another detail"},
		{Type: article.ListItem, Level: 1, Text: "Second point"},
		{Type: article.Paragraph, Text: "Steps:"},
		{Type: article.ListItem, Level: 1, Ordered: true, Text: "Open the app"},
		{Type: article.ListItem, Level: 2, Ordered: true, Text: "Tap settings"},
		{Type: article.ListItem, Level: 2, Ordered: true, Text: "Tap privacy"},
		{Type: article.ListItem, Level: 1, Ordered: true, Text: "Close the app"},
		{Type: article.TableRow, Header: true, Cells: []string{"Index", "Change", "Note"}, Text: "Index | Change | Note"},
		{Type: article.TableRow, Cells: []string{"S&P 500", "+1.2%", "a | pipe"}, Text: "S&P 500 | +1.2% | a | pipe"},
		{Type: article.TableRow, Cells: []string{"Nasdaq", "+2.0%"}, Text: "Nasdaq | +2.0%"},
		{Type: article.Paragraph, Text: "A table without a header row:"},
		{Type: article.TableRow, Cells: []string{"Open", "09:30"}, Text: "Open | 09:30"},
		{Type: article.TableRow, Cells: []string{"Close", "16:00"}, Text: "Close | 16:00"},
		{Type: article.Quote, Text: "Markets climb a wall of worry.\n- said a trader"},
		{Type: article.Code, Text: "fmt.Println(\"```\")\nx := a < b && c > d"},
		{Type: article.Paragraph, Text: "<script>alert('x')</script> ends the story."},
	})
	return a
}

func render(t *testing.T, f func(*bytes.Buffer, *article.Article) error, a *article.Article) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := f(&buf, a); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func md(b *bytes.Buffer, a *article.Article) error   { return Markdown(b, a) }
func text(b *bytes.Buffer, a *article.Article) error { return Text(b, a) }
func page(b *bytes.Buffer, a *article.Article) error { return HTML(b, a) }

func TestBylineCredit(t *testing.T) {
	a := &article.Article{Title: "Storm", SiteName: "Example News", Authors: []string{"Jane Doe"}, Credit: "Reuters"}
	a.SetBlocks([]article.Block{{Type: article.Paragraph, Text: "The storm hit."}})
	if got := string(render(t, md, a)); !strings.Contains(got, "By Jane Doe, Reuters · Example News") {
		t.Errorf("markdown byline lacks the credit beside the author:\n%s", got)
	}
	a.Authors, a.Credit = nil, "AFP"
	if got := string(render(t, page, a)); !strings.Contains(got, ">By AFP · Example News") {
		t.Errorf("html byline lacks the credit alone:\n%s", got)
	}
	a.Credit = "example news"
	if got := string(render(t, text, a)); strings.Contains(got, "by example news") {
		t.Errorf("the site's own credit is repeated:\n%s", got)
	}
}

func TestGoldenHandMade(t *testing.T) {
	a := handMade()
	golden(t, "handmade.md", render(t, md, a))
	golden(t, "handmade.txt", render(t, text, a))
	golden(t, "handmade.html", render(t, page, a))
}

func TestGoldenSample(t *testing.T) {
	const url = "https://www.aljazeera.com/news/2019/11/service-members-killed-afghanistan-helicopter-crash-191120070028895.html"
	src, err := os.ReadFile("../../samples/aljazeera-afghanistan-helicopter-crash.html")
	if err != nil {
		t.Fatal(err)
	}
	a, err := extract.Extract(src, extract.Options{URL: url})
	if err != nil {
		t.Fatal(err)
	}
	if a.WordCount < 100 {
		t.Fatalf("the sample yields only %d words", a.WordCount)
	}
	golden(t, "aljazeera.md", render(t, md, a))
	golden(t, "aljazeera.txt", render(t, text, a))
	golden(t, "aljazeera.html", render(t, page, a))
}

func TestMarkdownStructure(t *testing.T) {
	out := string(render(t, md, handMade()))
	for _, want := range []string{
		"# Markets \\*rally\\* as [rates] fall \\<again> #2\n",
		"By Ada Lovelace, Grace Hopper and Alan Turing · The Example Times · 2024-05-14 · <https://news.example.com/2024/05/markets?id=7&ref=home>\n",
		"\n## A level one heading in the body\n",
		"\n### What traders said \\#\n",
		"\n- First point\n  - A detail of the first\n  - \\# Another detail\n- Second point\n",
		"\n1. Open the app\n   1. Tap settings\n   2. Tap privacy\n2. Close the app\n",
		"\n| Index | Change | Note |\n| --- | --- | --- |\n| S&P 500 | +1.2% | a \\| pipe |\n| Nasdaq | +2.0% |  |\n",
		"\n|  |  |\n| --- | --- |\n| Open | 09:30 |\n| Close | 16:00 |\n",
		"\n> Markets climb a wall of worry.\n> \\- said a trader\n",
		"\n````\nfmt.Println(\"```\")\nx := a < b && c > d\n````\n",
		"\n1\\. This paragraph",
		"\n\\# Not a heading, - and not  \n\\- a list item",
		"\n\\> Not a quote either; 2024) neither.",
		"index_value and snake_case",
		"\\_this\\_ and \\*that\\*",
		"\\`ticks\\`, back\\\\slashes, \\<b>tags\\</b>, \\&amp; entities and \\~\\~strikes\\~\\~. A < B & C > D",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown lacks %q", want)
		}
	}
}

func TestEscapeInline(t *testing.T) {
	for in, want := range map[string]string{
		"5 * 3 = 15":               "5 * 3 = 15",
		"a *b* c":                  `a \*b\* c`,
		"end *":                    "end *",
		"[2018-08-25 15:24]":       "[2018-08-25 15:24]",
		"see [this](http://x.y)":   `see [this\](http://x.y)`,
		"![img](x.png)":            `![img\](x.png)`,
		"[ref]: http://x.y":        `[ref\]: http://x.y`,
		"[a][b]":                   `[a\][b]`,
		"snake_case and _emph_":    `snake_case and \_emph\_`,
		"a _ b":                    "a _ b",
		"x < y, <div>, </p>, <!--": `x < y, \<div>, \</p>, \<!--`,
		"AT&T, &amp;, &#39;, & co": `AT&T, \&amp;, \&#39;, & co`,
		"~one~ and ~~two~~":        `\~one\~ and \~\~two\~\~`,
		"about ~5 km":              "about ~5 km",
		"back\\slash and `code`":   "back\\\\slash and \\`code\\`",
	} {
		if got := escapeInline(in); got != want {
			t.Errorf("escapeInline(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestEscapeLineStart(t *testing.T) {
	for in, want := range map[string]string{
		"2019. A year":   `2019\. A year`,
		"3) three":       `3\) three`,
		"1234567890. ok": "1234567890. ok", // too many digits for a list marker
		"3.5 percent":    "3.5 percent",
		"-5 degrees":     "-5 degrees",
		"- item":         `\- item`,
		"---":            `\---`,
		"===":            `\===`,
		"+ plus":         `\+ plus`,
		"a = b":          "a = b",
		"* star":         `\* star`,
		"*** ":           `\*** `,
	} {
		if got := escapeLineStart(in); got != want {
			t.Errorf("escapeLineStart(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestHTMLEscapes(t *testing.T) {
	a := &article.Article{
		Title: `<img src=x onerror=alert(1)> & "quotes"`,
		URL:   "javascript:alert(1)",
	}
	a.SetBlocks([]article.Block{
		{Type: article.Paragraph, Text: "<script>alert(1)</script>"},
		{Type: article.Code, Text: "</code></pre><b>x</b>"},
	})
	out := string(render(t, page, a))
	for _, bad := range []string{"<script>", "<img", "javascript:", "<b>x"} {
		if strings.Contains(out, bad) {
			t.Errorf("HTML contains %q unescaped:\n%s", bad, out)
		}
	}
	for _, want := range []string{"&lt;script&gt;", "<title>&lt;img src=x onerror=alert(1)&gt; &amp; &#34;quotes&#34;</title>", `href="#ZgotmplZ"`} {
		if !strings.Contains(out, want) {
			t.Errorf("HTML lacks %q:\n%s", want, out)
		}
	}
}

func TestHTMLLists(t *testing.T) {
	a := &article.Article{}
	a.SetBlocks([]article.Block{
		{Type: article.ListItem, Level: 1, Text: "a"},
		{Type: article.ListItem, Level: 3, Text: "b"}, // a skipped level nests one deeper only
		{Type: article.ListItem, Level: 1, Text: "c"},
		{Type: article.ListItem, Level: 1, Ordered: true, Text: "d"},
	})
	out := string(render(t, page, a))
	want := "<ul>\n<li>a\n<ul>\n<li>b</li>\n</ul></li>\n<li>c</li>\n</ul>\n<ol>\n<li>d</li>\n</ol>"
	if !strings.Contains(out, want) {
		t.Errorf("HTML lists:\n%s\nwant:\n%s", out, want)
	}
}

func TestText(t *testing.T) {
	a := &article.Article{Title: "Title\nsplit"}
	a.SetBlocks([]article.Block{{Type: article.Paragraph, Text: "One."}, {Type: article.Paragraph, Text: "Two."}})
	if got := string(render(t, text, a)); got != "Title split\n\nOne.\n\nTwo.\n" {
		t.Errorf("Text = %q", got)
	}
	// An article with only Text still renders its paragraphs.
	b := &article.Article{Text: "First.\n\nSecond."}
	if got := string(render(t, md, b)); got != "First.\n\nSecond.\n" {
		t.Errorf("Markdown of Text only = %q", got)
	}
}

func encode(t *testing.T, f Format, arts ...*article.Article) string {
	t.Helper()
	var buf bytes.Buffer
	e := NewEncoder(&buf, f, len(arts))
	for _, a := range arts {
		if err := e.Encode(a); err != nil {
			t.Fatal(err)
		}
	}
	if err := e.Close(); err != nil {
		t.Fatal(err)
	}
	if err := e.Encode(arts[0]); err == nil {
		t.Error("Encode after Close succeeded")
	}
	return buf.String()
}

func arts() []*article.Article {
	var out []*article.Article
	for i := range 3 {
		a := &article.Article{Source: fmt.Sprintf("p%d.html", i), Title: fmt.Sprintf("Story %d", i)}
		a.SetBlocks([]article.Block{{Type: article.Paragraph, Text: "Body <b> & more."}})
		out = append(out, a)
	}
	out[1] = article.Failed("p1.html", errors.New("no such file"))
	return out
}

func TestEncoderJSON(t *testing.T) {
	one := encode(t, FormatJSON, arts()[0])
	var obj map[string]any
	if err := json.Unmarshal([]byte(one), &obj); err != nil || obj["source"] != "p0.html" {
		t.Fatalf("one article is not one object: %v\n%s", err, one)
	}
	if !strings.Contains(one, "\n  \"title\": \"Story 0\"") || !strings.Contains(one, "<b> & more") {
		t.Errorf("not indented or HTML-escaped:\n%s", one)
	}
	many := encode(t, FormatJSON, arts()...)
	var list []article.Article
	if err := json.Unmarshal([]byte(many), &list); err != nil {
		t.Fatalf("several articles are not an array: %v\n%s", err, many)
	}
	if len(list) != 3 || list[1].Error != "no such file" || list[2].Source != "p2.html" {
		t.Errorf("array = %+v", list)
	}
	if !strings.HasPrefix(many, "[\n  {\n    \"source\"") || !strings.HasSuffix(many, "\n  }\n]\n") {
		t.Errorf("array is not indented:\n%s", many)
	}
	var buf bytes.Buffer
	e := NewEncoder(&buf, FormatJSON, 0)
	e.Close()
	if buf.String() != "[]\n" {
		t.Errorf("no articles = %q", buf.String())
	}
}

func TestEncoderJSONL(t *testing.T) {
	out := encode(t, FormatJSONL, arts()...)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines, want 3:\n%s", len(lines), out)
	}
	for i, l := range lines {
		var a article.Article
		if err := json.Unmarshal([]byte(l), &a); err != nil || a.Source != fmt.Sprintf("p%d.html", i) {
			t.Errorf("line %d: %v %q", i, err, l)
		}
	}
}

func TestEncoderReadable(t *testing.T) {
	mdOut := encode(t, FormatMarkdown, arts()...)
	if want := "# Story 0\n\nBody \\<b> & more.\n\n---\n\n# Story 2\n\nBody \\<b> & more.\n"; mdOut != want {
		t.Errorf("markdown = %q, want %q (failed articles left out)", mdOut, want)
	}
	txt := encode(t, FormatText, arts()...)
	if want := "Story 0\n\nBody <b> & more.\n\n---\n\nStory 2\n\nBody <b> & more.\n"; txt != want {
		t.Errorf("text = %q, want %q", txt, want)
	}
	h := encode(t, FormatHTML, arts()...)
	if strings.Count(h, "<!DOCTYPE html>") != 1 || strings.Count(h, "<article") != 2 || !strings.HasSuffix(h, "</html>\n") {
		t.Errorf("html of several articles:\n%s", h)
	}
	if !strings.Contains(h, "<title>NewsBite</title>") {
		t.Errorf("html of several articles has the wrong title")
	}
	h1 := encode(t, FormatHTML, arts()[0])
	if !strings.Contains(h1, "<title>Story 0</title>") {
		t.Errorf("html of one article:\n%s", h1)
	}
}

func TestParseFormat(t *testing.T) {
	for in, want := range map[string]Format{"json": FormatJSON, "JSONL": FormatJSONL, "md": FormatMarkdown, "markdown": FormatMarkdown, "txt": FormatText, "html": FormatHTML} {
		if got, err := ParseFormat(in); err != nil || got != want {
			t.Errorf("ParseFormat(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := ParseFormat("yaml"); err == nil {
		t.Error("ParseFormat(yaml) succeeded")
	}
}
