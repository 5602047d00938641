package main

import (
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
)

// The development sets, by the name the -set flag uses.
var setNames = []string{"scrapinghub", "wcxb", "fundus"}

// Page is one page of a development set with its ground truth.
type Page struct {
	ID    string // file name without extension
	Short string // ID as shown in tables and used for dump files
	URL   string
	Type  string // WCXB page type; empty for ScrapingHub
	Truth string // reference main text
	// With and Without are WCXB's snippets that a correct extraction must
	// contain, and must not.
	With, Without []string
	File          string // path of the gzipped HTML
}

// Set is a development set.
type Set struct {
	Name  string
	Pages []Page
}

// loadSet reads the ground truth of the named set under dataDir, in ID
// order, keeping the first n pages when n > 0. It reads no HTML.
func loadSet(dataDir, name string, n int) (*Set, error) {
	var s *Set
	var err error
	switch name {
	case "scrapinghub":
		s, err = loadScrapingHub(filepath.Join(dataDir, "scrapinghub"))
	case "wcxb":
		s, err = loadWCXB(filepath.Join(dataDir, "wcxb-dev"))
	case "fundus":
		s, err = loadFundus(filepath.Join(dataDir, "metadata", "fundus"))
	default:
		return nil, fmt.Errorf("unknown set %q (have %s)", name, strings.Join(setNames, ", "))
	}
	if err != nil {
		return nil, err
	}
	if n > 0 && n < len(s.Pages) {
		s.Pages = s.Pages[:n]
	}
	return s, nil
}

func loadScrapingHub(dir string) (*Set, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, err
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		return nil, fmt.Errorf("%s: %v", dir, err)
	}
	s := &Set{Name: "scrapinghub"}
	for id, t := range truth {
		short := id
		if len(short) > 8 {
			short = short[:8]
		}
		s.Pages = append(s.Pages, Page{
			ID: id, Short: short, URL: t.URL, Truth: t.ArticleBody,
			File: filepath.Join(dir, "html", id+".html.gz"),
		})
	}
	sort.Slice(s.Pages, func(i, j int) bool { return s.Pages[i].ID < s.Pages[j].ID })
	return s, nil
}

// wcxbPage is one WCXB ground-truth file, as both the extract and the
// meta verbs read it.
type wcxbPage struct {
	ID, URL, Type, File string
	MainContent         string
	With, Without       []string
	Title, Author, Date *string
}

// readWCXB reads the ground truth of the WCXB set in dir, sorted by file.
func readWCXB(dir string) ([]wcxbPage, error) {
	files, err := filepath.Glob(filepath.Join(dir, "ground-truth", "*.json"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no ground truth", dir)
	}
	sort.Strings(files)
	var out []wcxbPage
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var t struct {
			URL      string `json:"url"`
			Internal struct {
				PageType struct {
					Primary string `json:"primary"`
				} `json:"page_type"`
			} `json:"_internal"`
			GT struct {
				MainContent string   `json:"main_content"`
				With        []string `json:"with"`
				Without     []string `json:"without"`
				Title       *string  `json:"title"`
				Author      *string  `json:"author"`
				Date        *string  `json:"publish_date"`
			} `json:"ground_truth"`
		}
		if err := json.Unmarshal(raw, &t); err != nil {
			return nil, fmt.Errorf("%s: %v", f, err)
		}
		id := strings.TrimSuffix(filepath.Base(f), ".json")
		out = append(out, wcxbPage{
			ID: id, URL: t.URL, Type: t.Internal.PageType.Primary,
			File:        filepath.Join(dir, "html", id+".html.gz"),
			MainContent: t.GT.MainContent, With: t.GT.With, Without: t.GT.Without,
			Title: t.GT.Title, Author: t.GT.Author, Date: t.GT.Date,
		})
	}
	return out, nil
}

func loadWCXB(dir string) (*Set, error) {
	ws, err := readWCXB(dir)
	if err != nil {
		return nil, err
	}
	s := &Set{Name: "wcxb"}
	for _, w := range ws {
		s.Pages = append(s.Pages, Page{
			ID: w.ID, Short: w.ID, URL: w.URL, Type: w.Type,
			Truth: w.MainContent, With: w.With, Without: w.Without,
			File: w.File,
		})
	}
	return s, nil
}

// loadFundus reads the publisher pages of the fundus metadata set with
// their article paragraphs (standfirst, subheadings and paragraphs) as the
// reference text: news pages from some 40 countries in 25 languages.
func loadFundus(dir string) (*Set, error) {
	ms, err := loadFundusMeta(dir)
	if err != nil {
		return nil, err
	}
	s := &Set{Name: "fundus"}
	for _, m := range ms {
		if m.body == "" {
			continue
		}
		s.Pages = append(s.Pages, Page{ID: m.id, Short: strings.ReplaceAll(strings.TrimSuffix(m.id, ".html.gz"), "/", "_"), Truth: m.body, File: m.file})
	}
	return s, nil
}

// readPage returns the gunzipped HTML of p.
func readPage(p Page) ([]byte, error) { return readGz(p.File) }

// readGz returns the gunzipped contents of the file at path.
func readGz(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return io.ReadAll(z)
}

// gzipSize returns the uncompressed size a gzip file records in its trailer.
func gzipSize(path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return 0, err
	}
	if st.Size() < 18 {
		return 0, fmt.Errorf("%s: too short for gzip", path)
	}
	var b [4]byte
	if _, err := f.ReadAt(b[:], st.Size()-4); err != nil {
		return 0, err
	}
	return int(binary.LittleEndian.Uint32(b[:])), nil
}

// readPagesOffHeap gunzips every page into one anonymous memory mapping
// and returns the pages as slices of it. The pages are outside the Go heap,
// so they do not inflate the garbage collector's target while a system
// runs: its collections pace as they would on a single page.
func readPagesOffHeap(pages []Page) ([][]byte, int, error) {
	sizes := make([]int, len(pages))
	total := 0
	for i, p := range pages {
		n, err := gzipSize(p.File)
		if err != nil {
			return nil, 0, err
		}
		sizes[i] = n
		total += n
	}
	if total == 0 {
		return make([][]byte, len(pages)), 0, nil
	}
	mem, err := syscall.Mmap(-1, 0, total, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		return nil, 0, fmt.Errorf("mmap %d bytes: %v", total, err)
	}
	out := make([][]byte, len(pages))
	off := 0
	var one [1]byte
	for i, p := range pages {
		buf := mem[off : off+sizes[i] : off+sizes[i]]
		f, err := os.Open(p.File)
		if err != nil {
			return nil, 0, err
		}
		z, err := gzip.NewReader(f)
		if err == nil {
			_, err = io.ReadFull(z, buf)
		}
		if err == nil {
			// The trailer's size must be the whole page.
			if n, _ := z.Read(one[:]); n != 0 {
				err = fmt.Errorf("larger than its gzip trailer says")
			}
		}
		f.Close()
		if err != nil {
			return nil, 0, fmt.Errorf("%s: %v", p.File, err)
		}
		out[i] = buf
		off += sizes[i]
	}
	return out, total, nil
}
