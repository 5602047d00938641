package ingest

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/newsbite/newsbite/extract"
	"github.com/newsbite/newsbite/internal/input"
	"github.com/newsbite/newsbite/internal/warc"
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

// htmlExt are the names of HTML files a folder is searched for, besides
// the WARC files warc.NamedWARC tells.
var htmlExt = []string{".html", ".htm", ".xhtml", ".html.gz", ".htm.gz"}

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
			if d.Type().IsRegular() && (warc.HasExt(p, htmlExt) || warc.NamedWARC(p)) {
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

func (s *source) file(ctx context.Context, in File) error {
	path := in.Path
	if warc.IsWARC(path) {
		return warc.ReadFile(ctx, path, s.maxBytes, warc.Handler{
			Page: func(p warc.Page) error {
				return s.emit(Page{Source: fmt.Sprintf("%s#%d", path, p.Offset), URL: p.URL,
					ContentType: p.ContentType, Fetched: p.Fetched, Body: p.Body})
			},
			Error: func(offset int64, err error) {
				s.fail(fmt.Sprintf("%s#%d", path, offset), err)
			},
			Skip:    func() { s.skipped++ },
			Advance: s.advance,
		})
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
	r, err := warc.MaybeGunzip(bufio.NewReader(f))
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	// Extract reads no more than this; the rest is not worth holding.
	return io.ReadAll(io.LimitReader(r, max))
}

// pageLimit is the most of a page read: what Extract reads.
const pageLimit = extract.MaxPageBytes
