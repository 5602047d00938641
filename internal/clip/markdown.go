package clip

import (
	"regexp"
	"strings"

	"github.com/newsbite/newsbite/article"
)

// Web clippers that save Markdown put the page's metadata in a front
// matter block ("---", "key: value" lines, "---") and mark headings with
// "#" and pictures with "![alt](url)".

// frontMatter reads a front matter block at the start of text into a and
// returns the text after it; text without one comes back as it was.
func frontMatter(a *article.Article, text string) string {
	t := strings.TrimLeft(strings.TrimPrefix(text, "\uFEFF"), " \t\r\n")
	if !strings.HasPrefix(t, "---\n") && !strings.HasPrefix(t, "---\r\n") {
		return text
	}
	body := t[strings.IndexByte(t, '\n')+1:]
	end := frontMatterEnd.FindStringIndex(body)
	if end == nil || end[0] > 16<<10 {
		return text
	}
	block, rest := body[:end[0]], body[end[1]:]
	var listKey string
	for _, line := range strings.Split(block, "\n") {
		line = strings.TrimRight(line, "\r")
		if item, ok := strings.CutPrefix(strings.TrimSpace(line), "- "); ok && listKey != "" {
			frontMatterValue(a, listKey, unquote(item))
			continue
		}
		key, val, ok := strings.Cut(line, ":")
		if !ok || strings.HasPrefix(line, " ") {
			continue
		}
		key = strings.ToLower(strings.TrimSpace(key))
		val = strings.TrimSpace(val)
		listKey = ""
		if val == "" {
			listKey = key
			continue
		}
		if strings.HasPrefix(val, "[") && strings.HasSuffix(val, "]") {
			for _, v := range strings.Split(val[1:len(val)-1], ",") {
				frontMatterValue(a, key, unquote(v))
			}
			continue
		}
		frontMatterValue(a, key, unquote(val))
	}
	return rest
}

func unquote(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 2 && (s[0] == '"' && s[len(s)-1] == '"' || s[0] == '\'' && s[len(s)-1] == '\'') {
		s = s[1 : len(s)-1]
	}
	// Obsidian writes links as [[Name]].
	return strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(s, "[["), "]]"))
}

func frontMatterValue(a *article.Article, key, val string) {
	if val == "" {
		return
	}
	switch key {
	case "title":
		a.Title = val
	case "source", "url", "link", "original_url", "source_url":
		if bareURL.MatchString(val) {
			a.URL = val
		}
	case "author", "authors", "by", "byline", "creator":
		a.Authors = append(a.Authors, val)
	case "published", "date", "published_at", "pubdate":
		if d := parseDateLine(val); d != "" {
			a.Published = d
		} else if t := isoDate.FindString(val); t != "" {
			a.Published = parseDateLine(t)
		}
	case "description", "summary", "excerpt":
		a.Description = val
	case "tags", "topics", "keywords", "categories":
		for _, t := range tagSep.Split(val, -1) {
			if t = strings.TrimSpace(strings.TrimPrefix(t, "#")); t != "" && t != "clippings" {
				a.Tags = append(a.Tags, t)
			}
		}
	case "site", "site_name", "publisher":
		a.SiteName = val
	case "language", "lang":
		a.Language = val
	}
}

var frontMatterEnd = regexp.MustCompile(`(?m)^---\s*$`)

var isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}`)

// mdImage is a Markdown picture standing alone on its line.
var mdImage = regexp.MustCompile(`^!\[([^\]]*)\]\((\S+?)(?:\s+"([^"]*)")?\)$`)

// mdHeading is a Markdown heading.
var mdHeading = regexp.MustCompile(`^(#{1,6})\s+(.+?)\s*#*$`)

// takeMarkdownImages turns picture lines into images.
func takeMarkdownImages(a *article.Article, lines []string) []string {
	out := lines[:0:0]
	for _, l := range lines {
		if m := mdImage.FindStringSubmatch(l); m != nil {
			a.Images = append(a.Images, article.Image{URL: m[2], Alt: m[1], Caption: m[3]})
			continue
		}
		out = append(out, l)
	}
	return out
}
