package main

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
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
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		hits[r.URL.Path]++
		mu.Unlock()
		base := "http://" + r.Host
		switch r.URL.Path {
		case "/feed.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>Europa</title><link>` + base + `/europa</link><pubDate>Wed, 20 Nov 2019 10:00:00 GMT</pubDate></item>
<item><title>Crash</title><link>` + base + `/crash</link><pubDate>Wed, 20 Nov 2019 08:00:00 GMT</pubDate></item>
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

// TestCrawlChild is the crawl run as a separate process by
// TestCrawlSurvivesKill; on its own it does nothing.
func TestCrawlChild(t *testing.T) {
	args := os.Getenv("NEWSBITE_CRAWL_CHILD")
	if args == "" {
		t.Skip("run by TestCrawlSurvivesKill")
	}
	os.Exit(run(strings.Split(args, "\n"), strings.NewReader(""), os.Stdout, os.Stderr))
}

// A crawl killed outright (SIGKILL) and run again keeps what it stored
// and does not fetch it again.
func TestCrawlSurvivesKill(t *testing.T) {
	pages := map[string][]byte{}
	for path, name := range map[string]string{
		"/europa": "sciencealert-europa-water-plumes.html",
		"/crash":  "aljazeera-afghanistan-helicopter-crash.html",
		"/ai":     "itbrief-enterprise-ai-projects.html",
	} {
		b, err := os.ReadFile(sample(name))
		if err != nil {
			t.Fatal(err)
		}
		pages[path] = b
	}
	var mu sync.Mutex
	hits := map[string]int{}
	hang := true
	reached := make(chan struct{}, 1)
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		hits[r.URL.Path]++
		stall := hang && r.URL.Path == "/ai"
		mu.Unlock()
		base := "http://" + r.Host
		switch {
		case r.URL.Path == "/feed.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><link>` + base + `/europa</link></item><item><link>` + base + `/crash</link></item>
<item><link>` + base + `/ai</link></item></channel></rss>`))
		case stall:
			// The first two articles are stored by now: kill the crawl
			// while it waits for the third.
			reached <- struct{}{}
			<-r.Context().Done()
		case pages[r.URL.Path] != nil:
			w.Write(pages[r.URL.Path])
		default:
			http.NotFound(w, r)
		}
	}))
	defer s.Close()
	db := filepath.Join(t.TempDir(), "news.db")
	args := []string{"crawl", "--db", db, "--delay", "0", "--allow-private", s.URL + "/feed.xml"}

	cmd := exec.Command(os.Args[0], "-test.run=^TestCrawlChild$")
	cmd.Env = append(os.Environ(), "NEWSBITE_CRAWL_CHILD="+strings.Join(args, "\n"))
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	waited := make(chan error, 1)
	go func() { waited <- cmd.Wait() }()
	select {
	case <-reached:
		cmd.Process.Kill()
		<-waited
	case err := <-waited:
		t.Fatalf("the crawl ended before it was killed: %v", err)
	}
	mu.Lock()
	hang = false
	mu.Unlock()

	r := newsbite(t, "", args...)
	if r.code != exitOK {
		t.Fatalf("crawl after the kill: exit %d, %s", r.code, r.stderr)
	}
	if !strings.Contains(r.stderr, "1 stored") || !strings.Contains(r.stderr, "2 unchanged") {
		t.Errorf("crawl after the kill: %q", r.stderr)
	}
	mu.Lock()
	defer mu.Unlock()
	if hits["/europa"] != 1 || hits["/crash"] != 1 || hits["/ai"] != 2 {
		t.Errorf("requests %v: want the two stored pages fetched once, the third again", hits)
	}
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if stats, _ := st.Stats(context.Background()); stats.Articles != 3 {
		t.Errorf("archive after the kill and the second crawl: %+v", stats)
	}
}

func TestCrawlProgress(t *testing.T) {
	s, _ := newsSite(t)
	defer func(f func(io.Writer) bool) { isTerminal = f }(isTerminal)
	isTerminal = func(io.Writer) bool { return true }
	db := filepath.Join(t.TempDir(), "news.db")
	r := newsbite(t, "", "crawl", "--db", db, "--delay", "0", "--allow-private", s.URL+"/feed.xml")
	if r.code != exitOK || !strings.Contains(r.stderr, " stored (") {
		t.Errorf("on a terminal: exit %d, %q; want the bar", r.code, r.stderr)
	}
	isTerminal = func(io.Writer) bool { return false }
	r = newsbite(t, "", "crawl", "--db", db, "--delay", "0", "--allow-private", s.URL+"/feed.xml")
	if r.code != exitOK || strings.Contains(r.stderr, "\r") {
		t.Errorf("not on a terminal: exit %d, %q; want no bar", r.code, r.stderr)
	}
}
