package render

import (
	"html/template"
	"io"
	"strconv"
	"strings"

	"github.com/newsbite/newsbite/article"
)

// HTML writes a as a small standalone HTML document, readable as it is in
// a browser. All text is escaped; links with unsafe schemes are neutralised
// by html/template.
func HTML(w io.Writer, a *article.Article) error {
	if err := writeHTMLHead(w, a, false); err != nil {
		return err
	}
	if err := writeHTMLArticle(w, a); err != nil {
		return err
	}
	_, err := io.WriteString(w, htmlFoot)
	return err
}

const htmlFoot = "</body>\n</html>\n"

var htmlTemplates = template.Must(template.New("").Parse(`
{{- define "head" -}}
<!DOCTYPE html>
<html{{with .Lang}} lang="{{.}}"{{end}}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="NewsBite">
<title>{{.Title}}</title>
<style>
body { max-width: 40em; margin: 2em auto; padding: 0 1em; font: 18px/1.6 Georgia, serif; color: #222; background: #fff; }
h1, h2, h3, h4, h5, h6 { font-family: system-ui, sans-serif; line-height: 1.25; }
.byline { color: #666; font: 0.85em system-ui, sans-serif; }
blockquote { margin: 1em 0; padding-left: 1em; border-left: 3px solid #ccc; color: #444; }
pre { overflow-x: auto; background: #f5f5f5; padding: 0.75em; font-size: 0.85em; }
table { border-collapse: collapse; }
th, td { border: 1px solid #ccc; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
hr { margin: 3em 0; }
</style>
</head>
<body>
{{end}}

{{- define "article" -}}
<article{{with .Lang}} lang="{{.}}"{{end}}>
{{- if or .Title (not .Byline.Empty)}}
<header>
{{- with .Title}}
<h1>{{.}}</h1>
{{- end}}
{{- with .Byline}}{{if not .Empty}}
<p class="byline">
{{- $sep := false}}
{{- with .Authors}}By {{.}}{{$sep = true}}{{end}}
{{- with .Site}}{{if $sep}} · {{end}}{{.}}{{$sep = true}}{{end}}
{{- with .Date}}{{if $sep}} · {{end}}<time datetime="{{$.Byline.DateTime}}">{{.}}</time>{{$sep = true}}{{end}}
{{- with .URL}}{{if $sep}} · {{end}}<a href="{{.}}">Original</a>{{end -}}
</p>
{{- end}}{{end}}
</header>
{{- end}}
{{- range .Body}}
{{template "node" .}}
{{- end}}
</article>
{{end}}

{{- define "node" -}}
{{- if eq .Kind "p" -}}
<p>{{range $i, $l := .Lines}}{{if $i}}<br>
{{end}}{{$l}}{{end}}</p>
{{- else if eq .Kind "h2"}}<h2>{{.Text}}</h2>
{{- else if eq .Kind "h3"}}<h3>{{.Text}}</h3>
{{- else if eq .Kind "h4"}}<h4>{{.Text}}</h4>
{{- else if eq .Kind "h5"}}<h5>{{.Text}}</h5>
{{- else if eq .Kind "h6"}}<h6>{{.Text}}</h6>
{{- else if eq .Kind "quote" -}}
<blockquote><p>{{range $i, $l := .Lines}}{{if $i}}<br>
{{end}}{{$l}}{{end}}</p></blockquote>
{{- else if eq .Kind "code" -}}
<pre><code>{{.Text}}</code></pre>
{{- else if eq .Kind "list"}}{{template "list" .List}}
{{- else if eq .Kind "table" -}}
<table>
{{- range .Rows}}{{$h := .Header}}
<tr>{{range .Cells}}{{if $h}}<th>{{.}}</th>{{else}}<td>{{.}}</td>{{end}}{{end}}</tr>
{{- end}}
</table>
{{- end}}
{{- end}}

{{- define "list" -}}
{{if .Ordered}}<ol>{{else}}<ul>{{end}}
{{- range .Items}}
<li>{{.Text}}{{with .Sub}}
{{template "list" .}}{{end}}</li>
{{- end}}
{{if .Ordered}}</ol>{{else}}</ul>{{end}}
{{- end}}
`))

type htmlHead struct {
	Title string
	Lang  string
}

type htmlArticle struct {
	Title  string
	Lang   string
	Byline htmlByline
	Body   []htmlNode
}

// htmlByline adds the method templates need to byline.
type htmlByline struct{ byline }

func (b htmlByline) Empty() bool { return b.empty() }

type htmlNode struct {
	Kind  string
	Text  string
	Lines []string
	List  *htmlList
	Rows  []htmlRow
}

type htmlList struct {
	Ordered bool
	Items   []*htmlItem
}

type htmlItem struct {
	Text string
	Sub  *htmlList
}

type htmlRow struct {
	Header bool
	Cells  []string
}

// writeHTMLHead writes the document's head; a is the article it holds, or
// nil (or several is set) for a document of several articles.
func writeHTMLHead(w io.Writer, a *article.Article, several bool) error {
	h := htmlHead{Title: "NewsBite"}
	if a != nil && !several {
		h.Lang = a.Language
		if t := oneLine(a.Title); t != "" {
			h.Title = t
		}
	}
	return htmlTemplates.ExecuteTemplate(w, "head", h)
}

func writeHTMLArticle(w io.Writer, a *article.Article) error {
	return htmlTemplates.ExecuteTemplate(w, "article", htmlArticle{
		Title:  oneLine(a.Title),
		Lang:   a.Language,
		Byline: htmlByline{bylineOf(a)},
		Body:   htmlBody(blocks(a)),
	})
}

func htmlBody(bs []article.Block) []htmlNode {
	var out []htmlNode
	for _, s := range segments(bs) {
		b := s.blocks[0]
		switch s.kind {
		case article.Heading:
			level := min(max(b.Level, 2), 6)
			out = append(out, htmlNode{Kind: "h" + strconv.Itoa(level), Text: oneLine(b.Text)})
		case article.Quote:
			out = append(out, htmlNode{Kind: "quote", Lines: lines(b.Text)})
		case article.Code:
			out = append(out, htmlNode{Kind: "code", Text: strings.Trim(b.Text, "\n")})
		case article.ListItem:
			for _, l := range htmlLists(s.blocks) {
				out = append(out, htmlNode{Kind: "list", List: l})
			}
		case article.TableRow:
			out = append(out, htmlNode{Kind: "table", Rows: htmlRows(s.blocks)})
		default:
			out = append(out, htmlNode{Kind: "p", Lines: lines(b.Text)})
		}
	}
	return out
}

// htmlLists nests a run of list items by their levels. A change between
// numbered and plain items at the top starts a new list.
func htmlLists(items []article.Block) []*htmlList {
	var tops []*htmlList
	var open []*htmlList // by depth
	for _, it := range items {
		depth := min(max(it.Level, 1), len(open)+1)
		switch {
		case depth == 1 && (len(open) == 0 || open[0].Ordered != it.Ordered):
			l := &htmlList{Ordered: it.Ordered}
			tops = append(tops, l)
			open = []*htmlList{l}
		case depth > len(open):
			parent := open[len(open)-1]
			last := parent.Items[len(parent.Items)-1]
			if last.Sub == nil {
				last.Sub = &htmlList{Ordered: it.Ordered}
			}
			open = append(open, last.Sub)
		default:
			open = open[:depth]
		}
		l := open[depth-1]
		l.Items = append(l.Items, &htmlItem{Text: oneLine(it.Text)})
	}
	return tops
}

func htmlRows(rows []article.Block) []htmlRow {
	cols := 0
	for _, r := range rows {
		cols = max(cols, len(cells(r)))
	}
	out := make([]htmlRow, len(rows))
	for i, r := range rows {
		cs := make([]string, cols)
		for j, c := range cells(r) {
			cs[j] = oneLine(c)
		}
		out[i] = htmlRow{Header: r.Header, Cells: cs}
	}
	return out
}
