package ingest

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"net/http/httputil"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/nlnwa/gowarc/v3"

	"github.com/newsbite/newsbite/extract"
	"github.com/newsbite/newsbite/internal/input"
)

// Page is one HTML page found in the inputs.
type Page struct {
	// Source names where it was found: a file's path, or a WARC file's
	// path and the record's offset, "file.warc.gz#1234".
	Source string
	// URL is the WARC record's target URI; empty for HTML files.
	URL         string
	ContentType string
	// Fetched is the WARC record's date; zero for HTML files.
	Fetched time.Time
	Body    []byte
}

// source walks the inputs and hands each HTML page to emit, counting what
// it skips and reporting what it cannot read. It stops early only when ctx
// ends or emit fails.
type source struct {
	maxBytes int64
	emit     func(Page) error
	fail     func(source string, err error)
	// skipped counts records that are not HTML responses.
	skipped int
	// advance reports bytes of input files consumed, for progress.
	advance func(n int64)
}

// htmlExt and warcExt are the file names a folder is searched for.
var htmlExt = []string{".html", ".htm", ".xhtml", ".html.gz", ".htm.gz"}
var warcExt = []string{".warc", ".warc.gz"}

func hasSuffix(name string, exts []string) bool {
	name = strings.ToLower(name)
	for _, e := range exts {
		if strings.HasSuffix(name, e) {
			return true
		}
	}
	return false
}

// File is an input file, with the page's URL when a manifest gives it.
type File struct {
	Path string
	URL  string
}

// Files expands the arguments: folders are searched (in lexical order) for
// HTML and WARC files; files are taken as given. A folder's manifest.jsonl
// (JSON Lines of {"path": ..., "url": ...}, as the extract verb reads)
// gives the URLs of the pages it lists.
func Files(args []string) ([]File, error) {
	var out []File
	for _, a := range args {
		fi, err := os.Stat(a)
		if err != nil {
			return nil, err
		}
		if !fi.IsDir() {
			out = append(out, File{Path: a})
			continue
		}
		urls := map[string]string{}
		if items, err := input.ReadManifest(filepath.Join(a, "manifest.jsonl")); err == nil {
			for _, it := range items {
				if it.Path != "" {
					urls[filepath.Clean(it.Path)] = it.URL
				}
			}
		} else if !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
		err = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.Type().IsRegular() && (hasSuffix(p, htmlExt) || hasSuffix(p, warcExt)) {
				out = append(out, File{Path: p, URL: urls[filepath.Clean(p)]})
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// isWARC tells a WARC file by its name, or else by its first bytes.
func isWARC(path string) bool {
	if hasSuffix(path, warcExt) {
		return true
	}
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	br := bufio.NewReader(f)
	var r io.Reader = br
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return false
		}
		r = zr
	}
	head := make([]byte, 5)
	n, _ := io.ReadFull(r, head)
	return string(head[:n]) == "WARC/"
}

func (s *source) file(ctx context.Context, in File) error {
	path := in.Path
	if isWARC(path) {
		return s.warc(ctx, path)
	}
	fi, err := os.Stat(path)
	if err != nil {
		s.fail(path, err)
		return nil
	}
	defer s.advance(fi.Size())
	body, err := readFile(path, s.maxBytes)
	if err != nil {
		s.fail(path, err)
		return nil
	}
	return s.emit(Page{Source: path, URL: in.URL, Body: body})
}

func readFile(path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	br := bufio.NewReader(f)
	var r io.Reader = br
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("gzip: %w", err)
		}
		r = zr
	}
	// Extract reads no more than this; the rest is not worth holding.
	return io.ReadAll(io.LimitReader(r, max))
}

// maxRecordErrors is how many unreadable records in a row end a WARC
// file: past a few, the rest is taken for garbage.
const maxRecordErrors = 3

// warc streams the records of a WARC file, gzipped per record or not,
// holding one record's payload at a time.
func (s *source) warc(ctx context.Context, path string) (err error) {
	f, err := os.Open(path)
	if err != nil {
		s.fail(path, err)
		return nil
	}
	defer f.Close()
	var consumed int64
	defer func() {
		// The WARC library is not trusted to never panic on a hostile
		// file: a panic costs the rest of the file, not the run.
		if p := recover(); p != nil {
			s.fail(path, fmt.Errorf("unreadable WARC after offset %d: %v", consumed, p))
			err = nil
		}
		if fi, e := f.Stat(); e == nil {
			s.advance(fi.Size() - consumed)
		}
	}()
	// Spec violations are only warned of: with gowarc's ErrIgnore policy
	// for them, payloads come back cut short (seen on wget WARCs).
	r, err := gowarc.NewWarcFileReaderFromStream(f, 0,
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn),
		gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
		gowarc.WithBlockErrorPolicy(gowarc.ErrIgnore))
	if err != nil {
		s.fail(path, err)
		return nil
	}
	defer r.Close()
	failures := 0
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec, err := r.Next()
		if end := rec.Offset + rec.Size; end > consumed {
			s.advance(end - consumed)
			consumed = end
		}
		if errors.Is(err, io.EOF) && rec.WarcRecord == nil {
			// A file that is one gzip member rather than one a record,
			// or garbage after the last record, ends the reader early:
			// say so rather than drop the rest in silence.
			if fi, e := f.Stat(); e == nil && fi.Size()-consumed > 64 {
				s.fail(fmt.Sprintf("%s#%d", path, consumed), fmt.Errorf("%d bytes after the last readable record were not read", fi.Size()-consumed))
			}
			return nil
		}
		if err != nil {
			rec.Close()
			s.fail(fmt.Sprintf("%s#%d", path, rec.Offset), fmt.Errorf("WARC record: %w", err))
			failures++
			if failures >= maxRecordErrors || rec.Size <= 0 {
				return nil
			}
			continue
		}
		failures = 0
		page, ok, err := s.response(path, rec)
		rec.Close()
		switch {
		case err != nil:
			s.fail(page.Source, err)
		case !ok:
			s.skipped++
		default:
			if err := s.emit(page); err != nil {
				return err
			}
		}
	}
}

// response returns the HTML page in rec, or false for a record that is not
// a successful HTML response.
func (s *source) response(path string, rec gowarc.Record) (Page, bool, error) {
	wr := rec.WarcRecord
	page := Page{Source: fmt.Sprintf("%s#%d", path, rec.Offset)}
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
	body, err := decodeBody(payload, header, s.maxBytes)
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

// pageLimit is the most of a page read: what Extract reads.
const pageLimit = extract.MaxPageBytes
