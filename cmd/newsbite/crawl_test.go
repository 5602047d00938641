package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsbite/newsbite/internal/store"
)

// newsSite serves a feed listing two sample pages, with no robots.txt.
func newsSite(t *testing.T) (*httptest.Server, map[string]int) {
	t.Helper()
	europa, err := os.ReadFile(sample("sciencealert-europa-water-plumes.html"))
	if err != nil {
		t.Fatal(err)
	}
	crash, err := os.ReadFile(sample("aljazeera-afghanistan-helicopter-crash.html"))
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	hits := map[string]int{}
	var s *httptest.Server
	s = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		hits[r.URL.Path]++
		mu.Unlock()
		switch r.URL.Path {
		case "/feed.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>Europa</title><link>` + s.URL + `/europa</link><pubDate>Wed, 20 Nov 2019 10:00:00 GMT</pubDate></item>
<item><title>Crash</title><link>` + s.URL + `/crash</link><pubDate>Wed, 20 Nov 2019 08:00:00 GMT</pubDate></item>
</channel></rss>`))
		case "/europa":
			w.Write(europa)
		case "/crash":
			w.Write(crash)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(s.Close)
	return s, hits
}

func TestCrawlVerb(t *testing.T) {
	s, hits := newsSite(t)
	db := filepath.Join(t.TempDir(), "news.db")
	r := newsbite(t, "", "crawl", "--db", db, "--delay", "0", "--allow-private", s.URL+"/feed.xml")
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if !strings.Contains(r.stderr, "crawl: 3 pages seen, 2 stored, 0 duplicates, 0 not modified") {
		t.Errorf("summary: %q", r.stderr)
	}
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if stats, _ := st.Stats(context.Background()); stats.Articles != 2 {
		t.Errorf("archive: %+v", stats)
	}
	// Without validators from the server, stored articles are not asked
	// for again; the feed is.
	r = newsbite(t, "", "crawl", "--db", db, "--delay", "0", "--allow-private", s.URL+"/feed.xml")
	if r.code != exitOK || !strings.Contains(r.stderr, "0 stored") || !strings.Contains(r.stderr, "2 unchanged") {
		t.Errorf("second crawl: exit %d, %q", r.code, r.stderr)
	}
	if hits["/europa"] != 1 || hits["/crash"] != 1 || hits["/feed.xml"] != 2 {
		t.Errorf("requests %v", hits)
	}
	// --since leaves out what is older.
	db2 := filepath.Join(t.TempDir(), "news2.db")
	r = newsbite(t, "", "crawl", "--db", db2, "--delay", "0", "--allow-private", "--since", "2019-11-20T09:00:00Z", s.URL+"/feed.xml")
	if r.code != exitOK || !strings.Contains(r.stderr, "1 stored") {
		t.Errorf("--since: exit %d, %q", r.code, r.stderr)
	}
}

func TestCrawlVerbRefusesLoopback(t *testing.T) {
	s, hits := newsSite(t)
	db := filepath.Join(t.TempDir(), "news.db")
	r := newsbite(t, "", "crawl", "--db", db, s.URL+"/feed.xml")
	if r.code != exitFailed || !strings.Contains(r.stderr, "non-public address") {
		t.Errorf("exit %d, %q", r.code, r.stderr)
	}
	if len(hits) != 0 {
		t.Errorf("requests %v", hits)
	}
}

func TestCrawlVerbUsage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "news.db")
	for _, args := range [][]string{
		{"crawl", "--db", db},
		{"crawl", "--db", db, "example.com"},
		{"crawl", "--db", db, "-j", "0", "https://example.com/"},
		{"crawl", "--db", db, "--since", "yesterday", "https://example.com/"},
		{"crawl", "--db", db, "--delay", "-1s", "https://example.com/"},
	} {
		if r := newsbite(t, "", args...); r.code != exitUsage {
			t.Errorf("%q: exit %d, %q", args, r.code, r.stderr)
		}
	}
}

func TestParseSince(t *testing.T) {
	now := time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)
	for in, want := range map[string]time.Time{
		"2026-01-31":           time.Date(2026, 1, 31, 0, 0, 0, 0, time.UTC),
		"2026-01-31T08:00:00Z": time.Date(2026, 1, 31, 8, 0, 0, 0, time.UTC),
		"7d":                   time.Date(2026, 3, 3, 12, 0, 0, 0, time.UTC),
		"36h":                  time.Date(2026, 3, 9, 0, 0, 0, 0, time.UTC),
	} {
		got, err := parseSince(in, now)
		if err != nil || !got.Equal(want) {
			t.Errorf("parseSince(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "soon", "-3d", "-1h"} {
		if _, err := parseSince(bad, now); err == nil {
			t.Errorf("parseSince(%q) did not fail", bad)
		}
	}
}
