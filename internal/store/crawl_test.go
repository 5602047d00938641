package store

import (
	"context"
	"errors"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/newsbite/newsbite/article"
)

func TestCrawlPage(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	if _, ok, err := s.CrawlPage(ctx, "https://example.com/feed"); ok || err != nil {
		t.Fatalf("CrawlPage of an unknown URL = %v, %v; want false, nil", ok, err)
	}
	p := CrawlPage{
		URL:          "https://example.com/feed",
		Kind:         "feed",
		ETag:         `"abc"`,
		LastModified: "Sun, 01 Mar 2026 10:00:00 GMT",
		Links:        []string{"https://example.com/a", "https://example.com/b"},
		Outcome:      "listed",
		Fetched:      time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC),
		Body:         "User-agent: *\nDisallow: /private/\n",
	}
	if err := s.SetCrawlPage(ctx, p); err != nil {
		t.Fatal(err)
	}
	got, ok, err := s.CrawlPage(ctx, p.URL)
	if err != nil || !ok {
		t.Fatalf("CrawlPage = %v, %v", ok, err)
	}
	if !reflect.DeepEqual(got, p) {
		t.Errorf("CrawlPage = %+v, want %+v", got, p)
	}
	// A later record replaces the earlier one.
	p.ETag, p.Links, p.ArticleID = `"def"`, nil, 7
	if err := s.SetCrawlPage(ctx, p); err != nil {
		t.Fatal(err)
	}
	got, _, _ = s.CrawlPage(ctx, p.URL)
	if got.ETag != `"def"` || len(got.Links) != 0 || got.ArticleID != 7 {
		t.Errorf("after replacing: %+v", got)
	}
}

func TestPutCrawled(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	a := newArticle(1, "https://example.com/a", "A story")
	r, err := s.PutCrawled(ctx, Entry{Article: a}, CrawlPage{URL: "https://example.com/a?utm=x", Kind: "article", Outcome: "stored"})
	if err != nil || r.ID == 0 {
		t.Fatalf("PutCrawled = %+v, %v", r, err)
	}
	p, ok, err := s.CrawlPage(ctx, "https://example.com/a?utm=x")
	if err != nil || !ok || p.ArticleID != r.ID || p.Outcome != "stored" {
		t.Errorf("CrawlPage = %+v, %v, %v; want article %d", p, ok, err, r.ID)
	}
	// A page without an article records nothing.
	empty := &article.Article{URL: "https://example.com/empty", Empty: true}
	if _, err := s.PutCrawled(ctx, Entry{Article: empty}, CrawlPage{URL: empty.URL}); !errors.Is(err, ErrNoArticle) {
		t.Errorf("PutCrawled of an empty page = %v, want ErrNoArticle", err)
	}
	if _, ok, _ := s.CrawlPage(ctx, empty.URL); ok {
		t.Error("the empty page was recorded")
	}
}

// An archive whose crawl_pages has no body column yet is brought up to
// date with its rows kept.
func TestCrawlPagesBodyMigration(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	all := migrations
	migrations = all[:2]
	old, err := Open(ctx, path)
	if err == nil {
		_, err = old.w.ExecContext(ctx, `INSERT INTO crawl_pages (url, kind, etag) VALUES ('https://example.com/feed', 'feed', '"x"')`)
		old.Close()
	}
	migrations = all
	if err != nil {
		t.Fatal(err)
	}
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p, ok, err := s.CrawlPage(ctx, "https://example.com/feed")
	if err != nil || !ok || p.ETag != `"x"` || p.Body != "" {
		t.Errorf("after the migration: %+v, %v, %v", p, ok, err)
	}
}
