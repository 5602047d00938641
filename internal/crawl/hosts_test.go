package crawl

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/newsbite/newsbite/internal/fetch"
)

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	for in, want := range map[string]time.Duration{
		"7":                             7 * time.Second,
		" 120 ":                         2 * time.Minute,
		"0":                             0,
		"Sun, 01 Mar 2026 12:00:30 GMT": 30 * time.Second,
		"Sun, 01 Mar 2026 11:00:00 GMT": 0, // in the past: now
	} {
		if got, ok := parseRetryAfter(in, now); !ok || got != want {
			t.Errorf("parseRetryAfter(%q) = %v, %v; want %v", in, got, ok, want)
		}
	}
	for _, bad := range []string{"", "-3", "soon"} {
		if _, ok := parseRetryAfter(bad, now); ok {
			t.Errorf("parseRetryAfter(%q) accepted", bad)
		}
	}
}

// miniSite answers each path with a handler and counts requests.
type miniSite struct {
	*httptest.Server
	mu   sync.Mutex
	hits map[string]int
}

func newMiniSite(t *testing.T, routes map[string]http.HandlerFunc) *miniSite {
	m := &miniSite{hits: map[string]int{}}
	m.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		m.mu.Lock()
		m.hits[r.URL.Path]++
		m.mu.Unlock()
		if h := routes[r.URL.Path]; h != nil {
			h(w, r)
			return
		}
		http.NotFound(w, r)
	}))
	t.Cleanup(m.Close)
	return m
}

func (m *miniSite) count(path string) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.hits[path]
}

func status(code int) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { http.Error(w, http.StatusText(code), code) }
}

func TestBackoffWithoutRetryAfter(t *testing.T) {
	m := newMiniSite(t, map[string]http.HandlerFunc{"/story": status(http.StatusServiceUnavailable)})
	c, clk := newCrawler(nil, Options{Delay: -1, Retries: 3, Backoff: time.Second})
	u := parse(m.URL + "/story")
	_, err := c.get(context.Background(), c.hosts.get(u), u.String(), fetch.Validators{})
	var se *fetch.StatusError
	if !errors.As(err, &se) || se.StatusCode != http.StatusServiceUnavailable {
		t.Fatalf("get = %v, want the 503", err)
	}
	if n := m.count("/story"); n != 4 {
		t.Errorf("%d requests, want 1 and 3 retries", n)
	}
	if want := []time.Duration{time.Second, 2 * time.Second, 4 * time.Second}; !slices.Equal(clk.slept(), want) {
		t.Errorf("waits %v, want %v", clk.slept(), want)
	}
}

func TestNoRetry(t *testing.T) {
	m := newMiniSite(t, map[string]http.HandlerFunc{
		"/gone": status(http.StatusNotFound),
		"/later": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Retry-After", "3600")
			http.Error(w, "later", http.StatusTooManyRequests)
		},
	})
	c, _ := newCrawler(nil, Options{Delay: -1, MaxRetryWait: time.Minute})
	for _, p := range []string{"/gone", "/later"} {
		u := parse(m.URL + p)
		if _, err := c.get(context.Background(), c.hosts.get(u), u.String(), fetch.Validators{}); err == nil {
			t.Errorf("%s: no error", p)
		}
		if n := m.count(p); n != 1 {
			t.Errorf("%s: %d requests, want 1 (no retry)", p, n)
		}
	}
}

func TestRobotsServerErrorDisallowsAll(t *testing.T) {
	m := newMiniSite(t, map[string]http.HandlerFunc{
		"/robots.txt": status(http.StatusInternalServerError),
		"/feed.xml":   func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("<rss/>")) },
	})
	c, _ := newCrawler(openStore(t), Options{Delay: -1, Retries: 1})
	sum, err := c.Run(context.Background(), m.URL+"/feed.xml")
	if err != nil {
		t.Fatal(err)
	}
	if sum.Robots != 1 || m.count("/feed.xml") != 0 || m.count("/robots.txt") != 2 {
		t.Errorf("summary %+v, feed requested %d times, robots.txt %d; want the feed disallowed after robots.txt was tried twice",
			sum, m.count("/feed.xml"), m.count("/robots.txt"))
	}
}

// A front page without feeds leads to /sitemap.xml when robots.txt names
// no sitemap; a missing /sitemap.xml is no error.
func TestFrontPageSitemapGuess(t *testing.T) {
	story := readTestdata(t, "harbour-2.html")
	m := newMiniSite(t, map[string]http.HandlerFunc{
		"/": func(w http.ResponseWriter, r *http.Request) {
			w.Write([]byte(`<!DOCTYPE html><html><head><title>Home</title></head><body><nav><a href="/a">A</a></nav></body></html>`))
		},
		"/sitemap.xml": func(w http.ResponseWriter, r *http.Request) {
			w.Write([]byte(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>` + "http://" + r.Host + `/story</loc></url></urlset>`))
		},
		"/story": func(w http.ResponseWriter, r *http.Request) { w.Write(story) },
	})
	st := openStore(t)
	c, _ := newCrawler(st, Options{Delay: -1})
	sum, err := c.Run(context.Background(), m.URL+"/")
	if err != nil {
		t.Fatal(err)
	}
	if sum.Stored != 1 || sum.Errors != 0 || m.count("/sitemap.xml") != 1 {
		t.Errorf("summary %+v, /sitemap.xml requested %d times", sum, m.count("/sitemap.xml"))
	}
	if got := storedByPath(t, st, m.URL); got["/story"] == nil || got["/"] != nil {
		t.Errorf("stored %v, want /story and not the front page", got)
	}

	// With a feed and no sitemap at all: the guess fails quietly.
	feedSite := newMiniSite(t, map[string]http.HandlerFunc{
		"/": func(w http.ResponseWriter, r *http.Request) {
			w.Write([]byte(`<html><head><link rel="alternate" type="application/atom+xml" href="/atom"></head><body></body></html>`))
		},
		"/atom": func(w http.ResponseWriter, r *http.Request) {
			w.Write([]byte(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title></feed>`))
		},
	})
	sum, err = c.Run(context.Background(), feedSite.URL+"/")
	if err != nil {
		t.Fatal(err)
	}
	if sum.Errors != 0 || sum.Listed != 2 || feedSite.count("/sitemap.xml") != 1 || feedSite.count("/atom") != 1 {
		t.Errorf("summary %+v; /sitemap.xml %d, /atom %d requests", sum, feedSite.count("/sitemap.xml"), feedSite.count("/atom"))
	}
}

// A listed article that is gone (404) is reported once and left alone
// by later crawls.
func TestGoneArticleNotAskedAgain(t *testing.T) {
	m := newMiniSite(t, map[string]http.HandlerFunc{
		"/feed.xml": func(w http.ResponseWriter, r *http.Request) {
			w.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><link>` + "http://" + r.Host + `/gone</link></item></channel></rss>`))
		},
	})
	st := openStore(t)
	for run, wantErrors := range []int{1, 0} {
		c, _ := newCrawler(st, Options{Delay: -1})
		sum, err := c.Run(context.Background(), m.URL+"/feed.xml")
		if err != nil {
			t.Fatal(err)
		}
		if sum.Errors != wantErrors {
			t.Errorf("run %d: %+v, want %d errors", run+1, sum, wantErrors)
		}
	}
	if n := m.count("/gone"); n != 1 {
		t.Errorf("/gone requested %d times, want 1", n)
	}
}
