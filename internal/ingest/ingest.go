// Package ingest fills the archive from files: WARC files (one gzip member
// a record, as Common Crawl and CC-NEWS publish them, or uncompressed) and
// HTML files or folders of them. WARC files are streamed record by record,
// so memory stays bounded by a few pages whatever the file's size; pages
// are extracted in parallel and stored in batches, each one transaction.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"sync"

	"github.com/newsbite/newsbite/article"
	"github.com/newsbite/newsbite/extract"
	"github.com/newsbite/newsbite/internal/input"
	"github.com/newsbite/newsbite/internal/store"
)

// Options configure Run. The zero value is usable.
type Options struct {
	// Jobs is how many pages are extracted at once; zero means the
	// number of CPUs.
	Jobs int
	// Batch is how many pages are stored in one transaction; zero means
	// 64.
	Batch int
	// MaxBytes is the most of a page read; zero means what extract reads
	// (extract.MaxPageBytes).
	MaxBytes int64
	// OnError is told of each input, record or page that failed; it runs
	// on one goroutine at a time.
	OnError func(source string, err error)
	// Progress is told how many bytes of the input files have been read,
	// of how many; it runs on one goroutine at a time.
	Progress func(done, total int64)
}

// Stats count what a run did.
type Stats struct {
	Files int `json:"files"`
	// Pages is the HTML pages seen: HTML files and HTML responses in
	// WARC files.
	Pages int `json:"pages"`
	// Stored is the articles written: new stories and their copies.
	Stored int `json:"stored"`
	// Stories is the stored articles that began a new story.
	Stories int `json:"stories"`
	// Duplicates is the pages that were copies of an article already
	// stored (exact or near, stored as part of its story) or the same
	// page again (not stored).
	Duplicates int `json:"duplicates"`
	// NoArticle is the pages without main content (or not articles at
	// all), which are not stored.
	NoArticle int `json:"no_article"`
	// SkippedRecords is the WARC records that are not HTML responses
	// (requests, metadata, images, redirects...).
	SkippedRecords int `json:"skipped_records"`
	// Errors is the files, records and pages that could not be read or
	// extracted.
	Errors int `json:"errors"`
	// Bytes is the input files' size; PageBytes the HTML pages found in
	// them, decompressed.
	Bytes     int64 `json:"bytes"`
	PageBytes int64 `json:"page_bytes"`
}

// String is the summary line.
func (s Stats) String() string {
	return fmt.Sprintf("%d pages seen, %d stored (%d stories), %d duplicates, %d without an article, %d errors",
		s.Pages, s.Stored, s.Stories, s.Duplicates, s.NoArticle, s.Errors)
}

// Run ingests the files and folders in paths into st.
func Run(ctx context.Context, st *store.Store, paths []string, opts Options) (Stats, error) {
	if opts.Jobs <= 0 {
		opts.Jobs = runtime.NumCPU()
	}
	if opts.Batch <= 0 {
		opts.Batch = 64
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = pageLimit
	}
	var stats Stats
	var mu sync.Mutex // guards stats and the callbacks, shared with the reader
	fail := func(source string, err error) {
		mu.Lock()
		defer mu.Unlock()
		stats.Errors++
		if opts.OnError != nil {
			opts.OnError(source, err)
		}
	}
	files, err := Files(paths)
	if err != nil {
		return stats, err
	}
	var total int64
	for _, f := range files {
		if fi, err := statSize(f.Path); err == nil {
			total += fi
		}
	}
	stats.Files = len(files)

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// The reader fills batches while the previous one is extracted and
	// stored; one batch waits at most, which bounds memory.
	batches := make(chan []Page, 1)
	var readErr error
	go func() {
		defer close(batches)
		var batch []Page
		src := &source{
			maxBytes: opts.MaxBytes,
			fail:     fail,
			advance: func(n int64) {
				mu.Lock()
				defer mu.Unlock()
				stats.Bytes += n
				if opts.Progress != nil {
					opts.Progress(stats.Bytes, total)
				}
			},
			emit: func(p Page) error {
				batch = append(batch, p)
				if len(batch) < opts.Batch {
					return nil
				}
				select {
				case batches <- batch:
					batch = nil
					return nil
				case <-ctx.Done():
					return ctx.Err()
				}
			},
		}
		for _, f := range files {
			if readErr = src.file(ctx, f); readErr != nil {
				break
			}
		}
		if readErr == nil && len(batch) > 0 {
			batches <- batch
		}
		mu.Lock()
		stats.SkippedRecords = src.skipped
		mu.Unlock()
	}()

	var storeErr error
	for batch := range batches {
		if storeErr != nil {
			continue // drain, so the reader ends
		}
		entries := make([]store.Entry, 0, len(batch))
		input.Ordered(ctx, len(batch), opts.Jobs, func(ctx context.Context, i int) *article.Article {
			return extractPage(batch[i])
		}, func(i int, a *article.Article) {
			mu.Lock()
			stats.Pages++
			stats.PageBytes += int64(len(batch[i].Body))
			mu.Unlock()
			switch {
			case a.Error != "":
				fail(batch[i].Source, errors.New(a.Error))
			case !store.Storable(a):
				mu.Lock()
				stats.NoArticle++
				mu.Unlock()
			default:
				entries = append(entries, store.Entry{Article: a, Fetched: batch[i].Fetched})
			}
		})
		results, err := st.PutAll(ctx, entries)
		if err != nil {
			storeErr = fmt.Errorf("store: %w", err)
			cancel()
			continue
		}
		mu.Lock()
		for _, r := range results {
			switch {
			case r.Refetch:
				stats.Duplicates++
			case r.Duplicate != "":
				stats.Duplicates++
				stats.Stored++
			default:
				stats.Stored++
				stats.Stories++
			}
		}
		mu.Unlock()
	}
	mu.Lock()
	defer mu.Unlock()
	if storeErr != nil {
		return stats, storeErr
	}
	if readErr != nil {
		return stats, readErr
	}
	return stats, ctx.Err()
}

// extractPage extracts p; a page that cannot be extracted gives a failed
// Article, never a panic.
func extractPage(p Page) (a *article.Article) {
	defer func() {
		if r := recover(); r != nil {
			a = article.Failed(p.Source, fmt.Errorf("extract: internal error: %v", r))
		}
	}()
	a, err := extract.Extract(p.Body, extract.Options{URL: p.URL, ContentType: p.ContentType})
	if err != nil {
		return article.Failed(p.Source, err)
	}
	a.Source = p.Source
	return a
}

func statSize(path string) (int64, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return 0, err
	}
	return fi.Size(), nil
}
