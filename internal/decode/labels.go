package decode

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// extraLabels maps charset labels seen on the web that the WHATWG
// Encoding Standard does not list to a label it does.
var extraLabels = map[string]string{
	"utf8mb4": "utf-8", "utf-8mb4": "utf-8", "utf8mb3": "utf-8",
	"latin-1": "latin1", "iso-latin-1": "latin1", "8859-1": "latin1", "8859_1": "latin1",
	"ansi": "windows-1252", "win-1252": "windows-1252", "windows1252": "windows-1252", "cp-1252": "windows-1252",
	"win-1250": "windows-1250", "windows1250": "windows-1250", "cp-1250": "windows-1250",
	"win-1251": "windows-1251", "windows1251": "windows-1251", "cp-1251": "windows-1251", "win1251": "windows-1251",
	"koi8r": "koi8-r", "koi8u": "koi8-u",
	"cp936": "gbk", "ms936": "gbk", "windows-936": "gbk", "euc-cn": "gbk", "euccn": "gbk", "x-euc-cn": "gbk", "gb2312-80": "gbk",
	"cp949": "euc-kr", "ms949": "euc-kr", "uhc": "euc-kr", "ks_c_5601": "euc-kr", "euckr": "euc-kr",
	"cp950": "big5", "ms950": "big5", "big5hkscs": "big5", "big-5": "big5", "x-big5": "big5",
	"cp932": "shift_jis", "windows-932": "shift_jis", "s-jis": "shift_jis", "x-shift-jis": "shift_jis", "x-shift_jis": "shift_jis",
	"eucjp": "euc-jp", "euc_jp": "euc-jp", "x-eucjp": "euc-jp", "ujis": "euc-jp",
}

// lookup resolves a charset label to its encoding and canonical lower-case
// name, through htmlindex (the WHATWG label table) and a few common
// non-standard aliases. The GBK family is decoded as GB18030, its superset.
// UTF-8 comes back as a nil encoding with the name "utf-8". Labels that
// map to the WHATWG "replacement" encoding are refused, as are unknown
// ones: both return a nil encoding and an empty name.
func lookup(label string) (encoding.Encoding, string) {
	label = strings.ToLower(strings.Trim(label, " \t\r\n\f\"';,"))
	if label == "" {
		return nil, ""
	}
	if e, name := lookupIndex(label); known(name) {
		return e, name
	}
	if alt, ok := extraLabels[label]; ok {
		return lookupIndex(alt)
	}
	if alt := strings.ReplaceAll(label, "_", "-"); alt != label {
		return lookupIndex(alt)
	}
	return nil, ""
}

func lookupIndex(label string) (encoding.Encoding, string) {
	e, err := htmlindex.Get(label)
	if err != nil {
		return nil, ""
	}
	name, err := htmlindex.Name(e)
	if err != nil {
		return nil, ""
	}
	switch name {
	case "replacement":
		return nil, ""
	case "gbk":
		return simplifiedchinese.GB18030, "gb18030"
	case "utf-8":
		return nil, "utf-8"
	}
	return e, name
}

// known reports whether lookup found something: UTF-8 comes with a nil
// encoding, so the name is what tells.
func known(name string) bool { return name != "" }

// charsetParam finds "charset=value" in s, case-insensitively, and returns
// the value without quotes. It serves both the HTTP Content-Type header and
// the content attribute of <meta http-equiv="content-type">, and is lenient
// because real headers are often malformed ("text/html;charset=UTF-8;",
// stray quotes, missing media type).
func charsetParam(s string) string {
	lower := asciiLower(s) // same length as s, so indexes carry over
	for {
		i := strings.Index(lower, "charset")
		if i < 0 {
			return ""
		}
		lower, s = lower[i+len("charset"):], s[i+len("charset"):]
		j := len(lower) - len(strings.TrimLeft(lower, " \t\r\n\f"))
		lower, s = lower[j:], s[j:]
		if !strings.HasPrefix(lower, "=") {
			continue
		}
		lower, s = lower[1:], s[1:]
		j = len(lower) - len(strings.TrimLeft(lower, " \t\r\n\f"))
		s = s[j:]
		if s == "" {
			return ""
		}
		if q := s[0]; q == '"' || q == '\'' {
			s = s[1:]
			if k := strings.IndexByte(s, q); k >= 0 {
				return s[:k]
			}
		}
		if k := strings.IndexAny(s, "; \t\r\n\f,\"'"); k >= 0 {
			s = s[:k]
		}
		return s
	}
}

// asciiLower folds ASCII capitals only. Unlike strings.ToLower it never
// changes the length of s, whatever bytes s holds.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// prescan looks for the page's own declaration in head: <meta charset>,
// <meta http-equiv="content-type" content="...charset=...">, or failing
// those an XML declaration's encoding. It follows the HTML prescan rules
// (comments and script bodies are skipped, a UTF-16 label in a meta means
// UTF-8, x-user-defined means windows-1252) but reads all of head rather
// than the standard's first 1024 bytes, as many pages put kilobytes of
// script and style before their meta.
func prescan(head []byte) (encoding.Encoding, string) {
	z := html.NewTokenizer(bytes.NewReader(head))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		tag, hasAttr := z.TagName()
		if string(tag) != "meta" || !hasAttr {
			continue
		}
		var label string
		pragma, fromContent := false, false
		seen := map[string]bool{}
		for hasAttr {
			var k, v []byte
			k, v, hasAttr = z.TagAttr()
			key := string(k)
			if seen[key] {
				continue
			}
			seen[key] = true
			switch key {
			case "charset":
				label, fromContent = string(v), false
			case "http-equiv":
				pragma = strings.EqualFold(strings.TrimSpace(string(v)), "content-type")
			case "content":
				if label == "" {
					label, fromContent = charsetParam(string(v)), true
				}
			}
		}
		if label == "" || (fromContent && !pragma) {
			continue
		}
		e, name := lookup(label)
		if !known(name) {
			continue
		}
		switch name {
		case "utf-16le", "utf-16be":
			return nil, "utf-8"
		case "x-user-defined":
			return lookup("windows-1252")
		}
		return e, name
	}
	return xmlDeclaration(head)
}

// xmlDeclaration reads encoding="..." from a leading <?xml ...?>.
func xmlDeclaration(head []byte) (encoding.Encoding, string) {
	s := bytes.TrimLeft(head, " \t\r\n")
	if !bytes.HasPrefix(s, []byte("<?xml")) {
		return nil, ""
	}
	end := bytes.Index(s, []byte("?>"))
	if end < 0 {
		return nil, ""
	}
	decl := string(s[:end])
	i := strings.Index(decl, "encoding")
	if i < 0 {
		return nil, ""
	}
	rest := strings.TrimLeft(decl[i+len("encoding"):], " \t\r\n")
	if !strings.HasPrefix(rest, "=") {
		return nil, ""
	}
	rest = strings.TrimLeft(rest[1:], " \t\r\n")
	if rest == "" || (rest[0] != '"' && rest[0] != '\'') {
		return nil, ""
	}
	q := rest[0]
	rest = rest[1:]
	k := strings.IndexByte(rest, q)
	if k < 0 {
		return nil, ""
	}
	e, name := lookup(rest[:k])
	if name == "utf-16le" || name == "utf-16be" {
		return nil, "utf-8"
	}
	return e, name
}
