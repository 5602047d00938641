package warc

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsbite/newsbite/internal/warc/warctest"
)

func record(typ, uri, contentType, block string) []byte {
	return warctest.Record(typ, uri, "2024-03-01T10:00:00Z", contentType, block)
}

func httpResponse(uri, headers, body string) []byte {
	return record("response", uri, "application/http; msgtype=response", "HTTP/1.1 200 OK\r\n"+headers+"\r\n"+body)
}

var gz = warctest.Gzip

const page = "<html><body><p>Hello, archive.</p></body></html>"

func read(t *testing.T, data []byte, max int64) (pages []Page, errs []string, skipped int) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "t.warc.gz")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	err := ReadFile(context.Background(), path, max, Handler{
		Page:  func(p Page) error { pages = append(pages, p); return nil },
		Error: func(off int64, err error) { errs = append(errs, fmt.Sprintf("%d: %v", off, err)) },
		Skip:  func() { skipped++ },
	})
	if err != nil {
		t.Fatal(err)
	}
	return pages, errs, skipped
}

func TestCodings(t *testing.T) {
	chunked := fmt.Sprintf("%x\r\n%s\r\n0\r\n\r\n", len(page), page)
	var zipped bytes.Buffer
	zw := gzip.NewWriter(&zipped)
	zw.Write([]byte(page))
	zw.Close()
	var data []byte
	for _, r := range [][]byte{
		httpResponse("https://a.example/plain", "Content-Type: text/html\r\n", page),
		httpResponse("https://a.example/chunked", "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n", chunked),
		httpResponse("https://a.example/gzip", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n", zipped.String()),
		// Already decoded by the crawler, the header left as sent.
		httpResponse("https://a.example/decoded", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n", page),
		httpResponse("https://a.example/sniffed", "", page),
		httpResponse("https://a.example/img", "Content-Type: image/png\r\n", "\x89PNG...."),
		record("request", "https://a.example/plain", "application/http; msgtype=request", "GET / HTTP/1.1\r\n\r\n"),
	} {
		data = append(data, gz(r)...)
	}
	pages, errs, skipped := read(t, data, 1<<20)
	if len(errs) != 0 || skipped != 2 || len(pages) != 5 {
		t.Fatalf("%d pages, %d skipped, errors %q", len(pages), skipped, errs)
	}
	for _, p := range pages {
		if string(p.Body) != page {
			t.Errorf("%s: body %q", p.URL, p.Body)
		}
		if p.Fetched.IsZero() || p.Offset < 0 {
			t.Errorf("%s: fetched %v offset %d", p.URL, p.Fetched, p.Offset)
		}
	}
	// Pages are cut at the limit.
	pages, _, _ = read(t, gz(httpResponse("https://a.example/big", "Content-Type: text/html\r\n", strings.Repeat("x", 5000))), 1000)
	if len(pages) != 1 || len(pages[0].Body) != 1000 {
		t.Errorf("limit: %d pages", len(pages))
	}
}

func TestBrokenRecords(t *testing.T) {
	good := gz(httpResponse("https://a.example/1", "Content-Type: text/html\r\n", page))
	cut := gz(httpResponse("https://a.example/2", "Content-Type: text/html\r\n", page))
	pages, errs, _ := read(t, append(append([]byte{}, good...), cut[:len(cut)/2]...), 1<<20)
	if len(pages) != 1 || len(errs) != 1 {
		t.Errorf("truncated: %d pages, errors %q", len(pages), errs)
	}
	pages, errs, _ = read(t, append(append([]byte{}, good...), []byte("garbage after the last record, long enough to be noticed by the reader")...), 1<<20)
	if len(pages) != 1 || len(errs) == 0 {
		t.Errorf("trailing garbage: %d pages, errors %q", len(pages), errs)
	}
}

func TestIsWARC(t *testing.T) {
	dir := t.TempDir()
	for name, data := range map[string][]byte{
		"a.warc.gz": []byte("anything"),
		"b.bin":     gz(record("warcinfo", "", "application/warc-fields", "a: b\r\n")),
		"c.dat":     record("warcinfo", "", "application/warc-fields", "a: b\r\n"),
		"d.html":    []byte(page),
		"e.html.gz": gz([]byte(page)),
	} {
		os.WriteFile(filepath.Join(dir, name), data, 0o644)
	}
	for name, want := range map[string]bool{"a.warc.gz": true, "b.bin": true, "c.dat": true, "d.html": false, "e.html.gz": false, "missing": false} {
		if got := IsWARC(filepath.Join(dir, name)); got != want {
			t.Errorf("IsWARC(%s) = %v", name, got)
		}
	}
}

func TestDecodeBodyBadGzip(t *testing.T) {
	h := http.Header{"Content-Encoding": {"gzip"}}
	if _, err := decodeBody(bytes.NewReader([]byte{0x1f, 0x8b, 1, 2, 3}), h, 100); err == nil {
		t.Error("a broken gzip body was taken")
	}
}

// FuzzWARC feeds the reader arbitrary bytes: it returns, without a panic,
// and never hands on a page past the limit.
func FuzzWARC(f *testing.F) {
	f.Add(record("warcinfo", "", "application/warc-fields", "a: b\r\n"))
	f.Add(httpResponse("https://x.example/", "Content-Type: text/html\r\n", page))
	f.Add(gz(httpResponse("https://x.example/", "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n", "5\r\nhello\r\n0\r\n\r\n")))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 99999999\r\n\r\nshort"))
	f.Add([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff})
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(dir, "f.warc.gz")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		err := ReadFile(context.Background(), path, 1<<16, Handler{Page: func(p Page) error {
			if len(p.Body) > 1<<16 {
				t.Errorf("page of %d bytes past the cap", len(p.Body))
			}
			return nil
		}})
		if err != nil {
			t.Fatal(err)
		}
	})
}

// TestRealFiles reads the bench WARC files: wget's chunked responses come
// out decoded, and broken files are reported, not fatal.
func TestRealFiles(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "bench", "warc", "*.warc*"))
	if len(files) == 0 {
		t.Skip("bench WARC files not present")
	}
	for _, f := range files {
		var pages []Page
		var errs int
		err := ReadFile(context.Background(), f, 16<<20, Handler{
			Page:  func(p Page) error { pages = append(pages, p); return nil },
			Error: func(int64, error) { errs++ },
		})
		if err != nil {
			t.Errorf("%s: %v", f, err)
		}
		base := filepath.Base(f)
		if strings.HasPrefix(base, "dolma-sample") {
			if len(pages) < 10 || errs > 0 {
				t.Errorf("%s: %d pages, %d errors", base, len(pages), errs)
			}
			for _, p := range pages {
				if b := bytes.TrimSpace(p.Body); len(b) == 0 || b[0] != '<' || bytes.Contains(b, []byte("\r\n0\r\n")) {
					t.Errorf("%s#%d: body not decoded: %q", base, p.Offset, b[:min(len(b), 40)])
				}
			}
		}
		if strings.Contains(base, "clipped") && errs == 0 {
			t.Errorf("%s: no error reported", base)
		}
	}
}

func TestWholeFileGzip(t *testing.T) {
	var all []byte
	for _, r := range [][]byte{
		record("warcinfo", "", "application/warc-fields", "a: b\r\n"),
		httpResponse("https://a.example/1", "Content-Type: text/html\r\n", page),
		httpResponse("https://a.example/2", "Content-Type: text/html\r\n", page),
	} {
		all = append(all, r...)
	}
	pages, errs, skipped := read(t, gz(all), 1<<20)
	if len(pages) != 2 || len(errs) != 0 || skipped != 1 {
		t.Errorf("%d pages, %d skipped, errors %q", len(pages), skipped, errs)
	}
	if len(pages) == 2 && (pages[0].URL != "https://a.example/1" || pages[1].URL != "https://a.example/2") {
		t.Errorf("pages %s, %s", pages[0].URL, pages[1].URL)
	}
}
