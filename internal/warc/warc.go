// Package warc reads the HTML pages out of WARC files, as web archives and
// Common Crawl (CC-MAIN, CC-NEWS) keep them: one gzip member a record, or
// uncompressed. Records are streamed one at a time, so memory is bounded by
// the largest page kept, whatever the size of the file; records that are not
// successful HTML responses are skipped, and broken ones reported.
package warc

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httputil"
	"os"
	"strings"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

// Page is an HTML response found in a WARC file.
type Page struct {
	// Offset is where the record starts in the file.
	Offset int64
	// URL is the record's WARC-Target-URI.
	URL         string
	ContentType string
	// Fetched is the record's WARC-Date.
	Fetched time.Time
	// Body is the HTTP payload, its transfer and content codings undone,
	// cut at the reader's limit.
	Body []byte
}

// Handler receives what ReadFile finds; nil fields ignore it.
type Handler struct {
	// Page gets each HTML page; an error stops reading and is returned.
	Page func(Page) error
	// Error gets each record (or the file) that could not be read, by
	// offset.
	Error func(offset int64, err error)
	// Skip is called for each record that is not an HTML response.
	Skip func()
	// Advance reports bytes of the file consumed, for progress.
	Advance func(n int64)
}

func (h *Handler) defaults() {
	if h.Page == nil {
		h.Page = func(Page) error { return nil }
	}
	if h.Error == nil {
		h.Error = func(int64, error) {}
	}
	if h.Skip == nil {
		h.Skip = func() {}
	}
	if h.Advance == nil {
		h.Advance = func(int64) {}
	}
}

// warcExt are the names of WARC files.
var warcExt = []string{".warc", ".warc.gz"}

// HasExt tells whether name ends with one of exts, in any case.
func HasExt(name string, exts []string) bool {
	name = strings.ToLower(name)
	for _, e := range exts {
		if strings.HasSuffix(name, e) {
			return true
		}
	}
	return false
}

// NamedWARC tells a WARC file by its name alone.
func NamedWARC(name string) bool {
	return HasExt(name, warcExt)
}

// IsWARC tells a WARC file by its name, or else by its first bytes.
func IsWARC(path string) bool {
	if NamedWARC(path) {
		return true
	}
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	r, err := MaybeGunzip(bufio.NewReader(f))
	if err != nil {
		return false
	}
	head := make([]byte, 5)
	n, _ := io.ReadFull(r, head)
	return string(head[:n]) == "WARC/"
}

// MaybeGunzip returns br, or a reader that gunzips it when it starts
// with gzip's magic bytes.
func MaybeGunzip(br *bufio.Reader) (io.Reader, error) {
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		return gzip.NewReader(br)
	}
	return br, nil
}

// maxRecordErrors is how many unreadable records in a row end a WARC
// file: past a few, the rest is taken for garbage.
const maxRecordErrors = 3

// ReadFile streams the records of the WARC file at path, gzipped per
// record or not, holding one record's payload at a time: each successful
// HTML response goes to h.Page, each other record to h.Skip, and each
// record that cannot be read to h.Error. Reading goes on after a bad record
// while the file still yields records. It returns only ctx's error or
// h.Page's; a file that cannot be opened is reported to h.Error.
func ReadFile(ctx context.Context, path string, maxBytes int64, h Handler) (err error) {
	h.defaults()
	f, err := os.Open(path)
	if err != nil {
		h.Error(0, err)
		return nil
	}
	defer f.Close()
	var size int64
	if fi, err := f.Stat(); err == nil {
		size = fi.Size()
	}
	rd := &recordReader{maxBytes: maxBytes, h: h}
	defer func() {
		// The WARC library is not trusted to never panic on a hostile
		// file: a panic costs the rest of the file, not the run.
		if p := recover(); p != nil {
			h.Error(rd.consumed, fmt.Errorf("unreadable WARC after offset %d: %v", rd.consumed, p))
			err = nil
		}
		if size > rd.consumed {
			h.Advance(size - rd.consumed)
		}
	}()
	// gowarc closes a stream that can be closed; the file is closed here.
	if err := rd.read(ctx, struct{ io.ReadSeeker }{f}, 0); err != nil {
		return err
	}
	if rd.atEOF && size-rd.consumed > 64 {
		// Garbage after the last record ends the reader early: say so
		// rather than drop the rest in silence.
		h.Error(rd.consumed, fmt.Errorf("%d bytes after the last readable record were not read", size-rd.consumed))
	}
	// A file gzipped whole, rather than a gzip member a record, gives
	// gowarc its first record only: read the rest from the decompressed
	// stream (offsets are then into that stream).
	if rd.atEOF && rd.records == 1 && rd.bad == 0 && isGzip(f) {
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			return nil
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil
		}
		whole := &recordReader{maxBytes: maxBytes, h: h, quiet: true}
		return whole.read(ctx, zr, 1)
	}
	return nil
}

func isGzip(f *os.File) bool {
	magic := make([]byte, 2)
	n, _ := f.ReadAt(magic, 0)
	return n == 2 && magic[0] == 0x1f && magic[1] == 0x8b
}

// recordReader reads the records of one stream.
type recordReader struct {
	maxBytes int64
	h        Handler
	// quiet leaves progress unreported (a second pass over a file).
	quiet bool
	// consumed is the bytes of the stream read; records counts the
	// records read whole, bad those that could not be; atEOF is set when
	// the stream ended.
	consumed int64
	records  int
	bad      int
	atEOF    bool
}

// read hands the records of r to the handler, skipping the first skip.
func (rd *recordReader) read(ctx context.Context, r io.Reader, skip int) error {
	// Spec violations are only warned of: with gowarc's ErrIgnore policy
	// for them, payloads come back cut short (seen on wget WARCs).
	wr, err := gowarc.NewWarcFileReaderFromStream(r, 0,
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn),
		gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
		gowarc.WithBlockErrorPolicy(gowarc.ErrIgnore))
	if err != nil {
		rd.h.Error(0, err)
		return nil
	}
	defer wr.Close()
	h := rd.h
	failures := 0
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec, err := wr.Next()
		if end := rec.Offset + rec.Size; end > rd.consumed {
			if !rd.quiet {
				h.Advance(end - rd.consumed)
			}
			rd.consumed = end
		}
		if errors.Is(err, io.EOF) && rec.WarcRecord == nil {
			rd.atEOF = true
			return nil
		}
		if err != nil {
			rec.Close()
			h.Error(rec.Offset, fmt.Errorf("WARC record: %w", err))
			rd.bad++
			failures++
			if failures >= maxRecordErrors || rec.Size <= 0 {
				return nil
			}
			continue
		}
		failures = 0
		rd.records++
		if rd.records <= skip {
			rec.Close()
			continue
		}
		page, ok, err := response(rec, rd.maxBytes)
		rec.Close()
		switch {
		case err != nil:
			h.Error(page.Offset, err)
		case !ok:
			h.Skip()
		default:
			if err := h.Page(page); err != nil {
				return err
			}
		}
	}
}

// response returns the HTML page in rec, or false for a record that is not
// a successful HTML response.
func response(rec gowarc.Record, maxBytes int64) (Page, bool, error) {
	wr := rec.WarcRecord
	page := Page{Offset: rec.Offset}
	if wr.Type() != gowarc.Response {
		return page, false, nil
	}
	block, ok := wr.Block().(gowarc.HttpResponseBlock)
	if !ok {
		return page, false, nil
	}
	if code := block.HttpStatusCode(); code < 200 || code > 299 {
		return page, false, nil
	}
	h := block.HttpHeader()
	var header http.Header
	if h != nil {
		header = *h
	}
	page.ContentType = header.Get("Content-Type")
	if page.ContentType != "" && !isHTMLType(page.ContentType) {
		return page, false, nil
	}
	page.URL = strings.Trim(wr.WarcHeader().Get(gowarc.WarcTargetURI), "<> ")
	if t, err := wr.Date(); err == nil {
		page.Fetched = t
	}
	payload, err := block.PayloadBytes()
	if err != nil {
		return page, false, fmt.Errorf("WARC payload: %w", err)
	}
	// The parsed header leaves Transfer-Encoding out (Go's HTTP reader
	// takes it for its own), so it is looked for in the raw header.
	if te := transferEncoding(block.ProtocolHeaderBytes()); te != "" {
		header = header.Clone()
		if header == nil {
			header = http.Header{}
		}
		header.Set("Transfer-Encoding", te)
	}
	body, err := decodeBody(payload, header, maxBytes)
	if err != nil {
		return page, false, err
	}
	if page.ContentType == "" && !strings.HasPrefix(http.DetectContentType(body), "text/html") {
		return page, false, nil
	}
	page.Body = body
	return page, true, nil
}

func isHTMLType(ct string) bool {
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.Split(ct, ";")[0]))
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// decodeBody undoes the transfer and content codings a WARC may have kept
// as sent, reading at most max bytes of the result.
func decodeBody(r io.Reader, h http.Header, max int64) ([]byte, error) {
	// Read a little more than max of the raw payload: compressed or
	// chunked bodies are decoded from it below.
	raw, err := io.ReadAll(io.LimitReader(r, 2*max))
	if err != nil {
		return nil, fmt.Errorf("WARC payload: %w", err)
	}
	if strings.Contains(strings.ToLower(h.Get("Transfer-Encoding")), "chunked") {
		if b, err := io.ReadAll(io.LimitReader(httputil.NewChunkedReader(bytes.NewReader(raw)), max)); err == nil {
			raw = b
		}
	}
	var zr io.Reader
	switch strings.ToLower(strings.TrimSpace(h.Get("Content-Encoding"))) {
	case "gzip", "x-gzip":
		if len(raw) > 1 && raw[0] == 0x1f && raw[1] == 0x8b {
			g, err := gzip.NewReader(bytes.NewReader(raw))
			if err != nil {
				return nil, fmt.Errorf("gzip body: %w", err)
			}
			zr = g
		}
	case "deflate":
		zr = flate.NewReader(bytes.NewReader(raw))
	}
	if zr != nil {
		b, err := io.ReadAll(io.LimitReader(zr, max))
		if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, fmt.Errorf("decompress body: %w", err)
		}
		raw = b
	}
	if int64(len(raw)) > max {
		raw = raw[:max]
	}
	return raw, nil
}

// transferEncoding returns the Transfer-Encoding named in a raw HTTP
// header, or "".
func transferEncoding(raw []byte) string {
	for _, line := range bytes.Split(raw, []byte("\n")) {
		name, value, ok := bytes.Cut(line, []byte(":"))
		if ok && strings.EqualFold(string(bytes.TrimSpace(name)), "Transfer-Encoding") {
			return strings.TrimSpace(string(value))
		}
	}
	return ""
}
