package extract

import (
	"bytes"

	"golang.org/x/net/html/charset"
)

func looksBinary(page []byte) bool { return bytes.Count(page[:min(len(page), 4096)], []byte{0}) > 10 }

func toUTF8(page []byte, ct string) ([]byte, string) {
	e, name, _ := charset.DetermineEncoding(page, ct)
	if name == "utf-8" {
		return page, name
	}
	out, err := e.NewDecoder().Bytes(page)
	if err != nil {
		return page, name
	}
	return out, name
}
