// Package input gives NewsBite's commands their pages: it reads files
// (gzipped or not), standard input and http(s) URLs, lists inputs from a
// manifest, and runs work over many inputs in parallel while handing back
// results in input order.
package input

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/newsbite/newsbite/article"
	"github.com/newsbite/newsbite/extract"
	"github.com/newsbite/newsbite/internal/clip"
	"github.com/newsbite/newsbite/internal/fetch"
)

// Stdin is the argument that names standard input.
const Stdin = "-"

// ErrTooLarge is returned for an input larger than the Reader's MaxBytes;
// it is the same error fetch returns for a body that is too large.
var ErrTooLarge = fetch.ErrTooLarge

// Item is one input to read.
type Item struct {
	// Source names the input as the user gave it: a path as written, "-"
	// or a URL. It becomes Article.Source.
	Source string
	// Path is the file to read, Source resolved against the manifest's
	// directory; empty for standard input and URLs.
	Path string
	// URL is the page's address when known: given by the user or the
	// manifest, or the URL to fetch.
	URL string
}

// IsURL reports whether s is an http or https URL rather than a path.
func IsURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// FromArg returns the Item for a command-line argument: "-" for standard
// input, an http(s) URL, or else a path.
func FromArg(arg string) Item {
	switch {
	case arg == Stdin:
		return Item{Source: Stdin}
	case IsURL(arg):
		return Item{Source: arg, URL: arg}
	}
	return Item{Source: arg, Path: arg}
}

// manifestLine is one line of a manifest.
type manifestLine struct {
	Path string `json:"path"`
	URL  string `json:"url"`
}

// ReadManifest reads a manifest: JSON Lines of {"path": ..., "url": ...}.
// Relative paths are resolved against the manifest's directory; a line
// with only a URL names a page to fetch.
func ReadManifest(path string) ([]Item, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	items, err := ParseManifest(f, filepath.Dir(path))
	if err != nil {
		return nil, fmt.Errorf("manifest %s: %w", path, err)
	}
	return items, nil
}

// ParseManifest reads manifest lines from r, resolving relative paths
// against dir. Blank lines are skipped.
func ParseManifest(r io.Reader, dir string) ([]Item, error) {
	var items []Item
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var m manifestLine
		if err := json.Unmarshal(line, &m); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		switch {
		case m.Path != "":
			p := m.Path
			if !filepath.IsAbs(p) {
				p = filepath.Join(dir, p)
			}
			items = append(items, Item{Source: m.Path, Path: p, URL: m.URL})
		case IsURL(m.URL):
			items = append(items, Item{Source: m.URL, URL: m.URL})
		default:
			return nil, fmt.Errorf("line %d: needs a \"path\" or an http(s) \"url\"", n)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return items, nil
}

// Page is an input's bytes and what is known about them.
type Page struct {
	Source string
	// URL is the page's address: the Item's, or the final URL fetched.
	URL string
	// ContentType is the HTTP Content-Type of a fetched page.
	ContentType string
	Body        []byte
}

// Reader reads Items. Its zero value reads files; set Stdin to read "-"
// and Fetcher to read URLs. It is safe for concurrent use.
type Reader struct {
	// MaxBytes caps an input, after decompression; zero means
	// extract.MaxPageBytes.
	MaxBytes int64
	Stdin    io.Reader
	Fetcher  *fetch.Client

	mu        sync.Mutex
	stdinRead bool
}

// Read returns the page it names. Gzipped files and standard input are
// decompressed whatever their name.
func (r *Reader) Read(ctx context.Context, it Item) (*Page, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	p := &Page{Source: it.Source, URL: it.URL}
	var err error
	switch {
	case it.Path != "":
		p.Body, err = r.readFile(it.Path)
	case it.Source == Stdin:
		p.Body, err = r.readStdin()
	case IsURL(it.URL):
		if r.Fetcher == nil {
			return nil, errors.New("fetching URLs is not enabled")
		}
		var resp *fetch.Response
		resp, err = r.Fetcher.Get(ctx, it.URL)
		if err == nil {
			p.URL, p.ContentType, p.Body = resp.URL, resp.ContentType, resp.Body
		}
	default:
		err = fmt.Errorf("nothing to read for %q", it.Source)
	}
	if err != nil {
		return nil, err
	}
	return p, nil
}

func (r *Reader) maxBytes() int64 {
	if r.MaxBytes > 0 {
		return r.MaxBytes
	}
	return extract.MaxPageBytes
}

func (r *Reader) readFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		return nil, fmt.Errorf("%s is a directory", path)
	}
	return r.readAll(f)
}

func (r *Reader) readStdin() ([]byte, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.Stdin == nil {
		return nil, errors.New("no standard input")
	}
	if r.stdinRead {
		return nil, errors.New("standard input was already read")
	}
	r.stdinRead = true
	return r.readAll(r.Stdin)
}

// readAll reads src, gunzipping it when it starts with the gzip magic
// number, and fails with ErrTooLarge past MaxBytes.
func (r *Reader) readAll(src io.Reader) ([]byte, error) {
	br := bufio.NewReader(src)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("gzip: %w", err)
		}
		defer zr.Close()
		src = zr
	} else {
		src = br
	}
	return fetch.ReadAll(src, r.maxBytes())
}

// Article reads it and extracts its article. It never returns nil: when
// the input cannot be read or extracted the Article records the error
// (see article.Failed), and the error is returned as well.
func (r *Reader) Article(ctx context.Context, it Item) (*article.Article, error) {
	p, err := r.Read(ctx, it)
	if err != nil {
		return article.Failed(it.Source, err), err
	}
	if isText(it.Path, p) {
		a := clip.Parse(p.Body, it.Source)
		if a.URL == "" {
			a.URL = p.URL
		}
		return a, nil
	}
	a, err := extract.Extract(p.Body, extract.Options{URL: p.URL, ContentType: p.ContentType})
	if err != nil {
		return article.Failed(it.Source, err), err
	}
	a.Source = it.Source
	return a, nil
}

// isText reports whether a page is clipped plain text rather than HTML: a
// .txt or Markdown file, a text/plain response, or bytes without HTML
// tags.
func isText(path string, p *Page) bool {
	switch strings.ToLower(filepath.Ext(strings.TrimSuffix(path, ".gz"))) {
	case ".txt", ".text", ".md", ".markdown":
		return true
	}
	if ct := strings.ToLower(p.ContentType); strings.HasPrefix(ct, "text/plain") {
		return true
	}
	return clip.LooksLikeText(p.Body)
}
