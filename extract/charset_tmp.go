package extract

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

func looksBinary(page []byte) bool { return bytes.Count(page[:min(len(page), 4096)], []byte{0}) > 10 }

func toUTF8(page []byte, ct string) ([]byte, string) {
	e, name, certain := charset.DetermineEncoding(page, ct)
	if name == "utf-8" || (!certain && utf8.Valid(page)) {
		return page, "utf-8"
	}
	out, err := e.NewDecoder().Bytes(page)
	if err != nil {
		return page, name
	}
	return out, name
}
