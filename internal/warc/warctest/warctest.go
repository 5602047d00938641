// Package warctest builds WARC records for NewsBite's tests.
package warctest

import (
	"bytes"
	"compress/gzip"
	"fmt"
)

// Record returns one uncompressed WARC record of type typ, dated date,
// whose block is of contentType; uri may be empty.
func Record(typ, uri, date, contentType, block string) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%08d-0000-0000-0000-000000000000>\r\nWARC-Date: %s\r\n", typ, len(block)+len(uri), date)
	if uri != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", uri)
	}
	fmt.Fprintf(&b, "Content-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", contentType, len(block), block)
	return b.Bytes()
}

// Gzip returns b as one gzip member.
func Gzip(b []byte) []byte {
	var out bytes.Buffer
	w := gzip.NewWriter(&out)
	w.Write(b)
	w.Close()
	return out.Bytes()
}
