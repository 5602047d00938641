package extract

import (
	"bytes"
	"encoding/json"
	"io"
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// ldThing is one typed object of a page's JSON-LD, with the fields the
// metadata merge reads.
type ldThing struct {
	types         []string
	headline      string
	name          string
	description   string
	url           string
	published     string
	modified      string
	section       []string
	keywords      []string
	lang          string
	image         string
	publisher     string
	authors       []ldAuthor
	depth         int
	hasOffers     bool
	hasBody       bool
	commentCount  int
	itemListCount int
}

// ldAuthor is an author as structured data gives it: a name and whether
// it names a person or an organisation.
type ldAuthor struct {
	name   string
	org    bool
	person bool
	// id is the @id of an author given only by reference, resolved
	// against the page's other objects.
	id string
	// account marks an author whose page is the site's generic account
	// ("/author/admin/"): the one who posted the story, not its writer.
	account bool
}

// parseLD decodes a JSON-LD script as browsers tolerate it: wrapped in an
// HTML comment or CDATA, with trailing commas, raw control characters in
// strings, or several objects one after another. whole reports a script
// that is, as it stands, one well-formed JSON value.
func parseLD(src string) (vals []any, whole bool) {
	src = strings.TrimSpace(src)
	raw := src
	for _, w := range []string{"<!--", "//<![CDATA[", "/*<![CDATA[*/", "<![CDATA["} {
		src = strings.TrimSpace(strings.TrimPrefix(src, w))
	}
	for _, w := range []string{"-->", "//]]>", "/*]]>*/", "]]>"} {
		src = strings.TrimSpace(strings.TrimSuffix(src, w))
	}
	if out, end := decodeLD([]byte(src)); out != nil {
		return out, end && len(out) == 1 && src == raw
	}
	out, _ := decodeLD(repairJSON(src))
	return out, false
}

// decodeLD decodes the values in b one after another; end reports that
// they ran to the end of b.
func decodeLD(b []byte) (out []any, end bool) {
	dec := json.NewDecoder(bytes.NewReader(b))
	for {
		var v any
		if err := dec.Decode(&v); err != nil {
			return out, err == io.EOF
		}
		out = append(out, v)
		if len(out) > 16 {
			return out, false
		}
	}
}

// repairJSON escapes control characters inside strings and drops commas
// before a closing bracket or brace.
func repairJSON(s string) []byte {
	out := make([]byte, 0, len(s))
	inStr, esc := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if inStr {
			switch {
			case esc:
				esc = false
			case c == '\\':
				esc = true
			case c == '"':
				inStr = false
			case c < 0x20:
				out = append(out, ' ')
				continue
			}
			out = append(out, c)
			continue
		}
		switch c {
		case '"':
			inStr = true
		case '}', ']':
			j := len(out) - 1
			for j >= 0 && (out[j] == ' ' || out[j] == '\n' || out[j] == '\r' || out[j] == '\t') {
				j--
			}
			if j >= 0 && out[j] == ',' {
				out = append(out[:j], out[j+1:]...)
			}
		}
		out = append(out, c)
	}
	return out
}

// ldThings flattens the page's decoded JSON-LD into its typed objects, in
// order, following @graph, arrays and mainEntity.
func ldThings(vals []any) []ldThing {
	var out []ldThing
	// ids holds the named objects by their @id, for authors given by
	// reference ({"@id": ".../#/schema/person/1"}).
	ids := map[string]ldAuthor{}
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 6 || len(out) > 64 {
			return
		}
		switch t := v.(type) {
		case []any:
			for _, e := range t {
				visit(e, depth+1)
			}
		case map[string]any:
			if th, ok := readThing(t, depth); ok {
				out = append(out, th)
			}
			if id, ok := t["@id"].(string); ok && id != "" {
				if a := ldAuthors(t, 0); len(a) == 1 && a[0].name != "" {
					ids[id] = a[0]
				}
			}
			for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage", "itemListElement", "hasPart"} {
				if e, ok := t[k]; ok {
					if _, isStr := e.(string); !isStr {
						visit(e, depth+1)
					}
				}
			}
		}
	}
	for _, v := range vals {
		visit(v, 0)
	}
	for i := range out {
		as := out[i].authors[:0]
		for _, a := range out[i].authors {
			if a.name == "" {
				ref, ok := ids[a.id]
				if !ok {
					continue
				}
				a = ref
			}
			as = append(as, a)
		}
		out[i].authors = as
	}
	return out
}

func readThing(t map[string]any, depth int) (ldThing, bool) {
	th := ldThing{types: ldStrings(t["@type"]), depth: depth}
	if len(th.types) == 0 {
		return th, false
	}
	th.headline = ldText(t["headline"])
	th.name = ldText(t["name"])
	th.description = ldText(t["description"])
	th.url = ldText(t["url"])
	th.published = ldText(t["datePublished"])
	if th.published == "" {
		th.published = ldText(t["dateCreated"])
	}
	th.modified = ldText(t["dateModified"])
	th.section = ldStrings(t["articleSection"])
	th.keywords = ldKeywords(t["keywords"])
	th.lang = ldText(t["inLanguage"])
	th.image = ldImage(t["image"])
	if p, ok := t["publisher"].(map[string]any); ok {
		th.publisher = ldText(p["name"])
	}
	for _, k := range []string{"author", "creator"} {
		if a, ok := t[k]; ok {
			th.authors = append(th.authors, ldAuthors(a, 0)...)
			break
		}
	}
	_, th.hasOffers = t["offers"]
	_, th.hasBody = t["articleBody"]
	if n, ok := t["commentCount"].(float64); ok {
		th.commentCount = int(n)
	}
	if l, ok := t["itemListElement"].([]any); ok {
		th.itemListCount = len(l)
	}
	return th, true
}

// ldText returns a value as one clean string: a string, the first of an
// array, or the @value/name of an object.
func ldText(v any) string {
	switch t := v.(type) {
	case string:
		return strings.Join(strings.Fields(html.UnescapeString(t)), " ")
	case []any:
		for _, e := range t {
			if s := ldText(e); s != "" {
				return s
			}
		}
	case map[string]any:
		for _, k := range []string{"@value", "name", "@id"} {
			if s, ok := t[k].(string); ok && s != "" {
				return strings.TrimSpace(html.UnescapeString(s))
			}
		}
	}
	return ""
}

func ldStrings(v any) []string {
	switch t := v.(type) {
	case string:
		if s := strings.TrimSpace(html.UnescapeString(t)); s != "" {
			return []string{s}
		}
	case []any:
		var out []string
		for _, e := range t {
			out = append(out, ldStrings(e)...)
		}
		return out
	case map[string]any:
		if s := ldText(t); s != "" {
			return []string{s}
		}
	}
	return nil
}

// ldKeywords reads keywords given as one comma-separated string or a list.
func ldKeywords(v any) []string {
	var out []string
	for _, s := range ldStrings(v) {
		out = append(out, splitKeywords(s)...)
	}
	return out
}

func ldImage(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case []any:
		for _, e := range t {
			if s := ldImage(e); s != "" {
				return s
			}
		}
	case map[string]any:
		for _, k := range []string{"url", "contentUrl", "@id"} {
			if s, ok := t[k].(string); ok && s != "" {
				return strings.TrimSpace(s)
			}
		}
	}
	return ""
}

func ldAuthors(v any, depth int) []ldAuthor {
	if depth > 3 {
		return nil
	}
	switch t := v.(type) {
	case string:
		return []ldAuthor{{name: html.UnescapeString(t)}}
	case []any:
		var out []ldAuthor
		for _, e := range t {
			out = append(out, ldAuthors(e, depth+1)...)
		}
		return out
	case map[string]any:
		types := ldStrings(t["@type"])
		org, person := false, false
		for _, ty := range types {
			switch ty {
			case "Person":
				person = true
			case "Organization", "NewsMediaOrganization", "Corporation", "WebSite", "Brand":
				org = true
			}
		}
		name := ldText(t["name"])
		if name == "" {
			gn, fn := ldText(t["givenName"]), ldText(t["familyName"])
			name = strings.TrimSpace(gn + " " + fn)
		}
		if name == "" {
			if id, ok := t["@id"].(string); ok && id != "" {
				return []ldAuthor{{id: id}}
			}
			return nil
		}
		id, _ := t["@id"].(string)
		return []ldAuthor{{name: name, org: org, person: person, account: accountPage(ldText(t["url"])) || accountPage(id)}}
	}
	return nil
}

// splitKeywords splits a keyword list on commas or semicolons (the
// ideographic "、" and "，" too). A list in a script written without
// spaces between words may be separated by spaces alone.
func splitKeywords(s string) []string {
	s = strings.NewReplacer("、", ",", "，", ",").Replace(s)
	sep := ","
	if strings.Count(s, ";") > strings.Count(s, ",") {
		sep = ";"
	}
	if !strings.ContainsAny(s, ",;") && strings.ContainsFunc(s, unspacedScript) {
		return strings.Fields(s)
	}
	var out []string
	for _, k := range strings.Split(s, sep) {
		if k = strings.Join(strings.Fields(k), " "); k != "" {
			out = append(out, k)
		}
	}
	return out
}

// unspacedScript reports a letter of a script that does not put spaces
// between words: Chinese, Japanese.
func unspacedScript(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)
}
