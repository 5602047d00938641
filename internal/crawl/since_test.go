package crawl

import (
	"context"
	"net/http"
	"testing"
	"time"
)

// Since leaves out a sitemap index's sitemaps last changed before it, and
// the entries of a sitemap dated before it.
func TestSinceSkipsOldSitemaps(t *testing.T) {
	story := readTestdata(t, "harbour-2.html")
	xml := func(body string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/xml")
			w.Write([]byte(`<?xml version="1.0"?>` + body))
		}
	}
	m := newMiniSite(t, map[string]http.HandlerFunc{
		"/index.xml": func(w http.ResponseWriter, r *http.Request) {
			xml(`<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>`+"http://"+r.Host+`/2019.xml</loc><lastmod>2019-12-31</lastmod></sitemap>
<sitemap><loc>`+"http://"+r.Host+`/2026.xml</loc><lastmod>2026-02-20</lastmod></sitemap></sitemapindex>`)(w, r)
		},
		"/2019.xml": xml(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>/old</loc></url></urlset>`),
		"/2026.xml": func(w http.ResponseWriter, r *http.Request) {
			xml(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>`+"http://"+r.Host+`/new</loc><lastmod>2026-02-19</lastmod></url>
<url><loc>`+"http://"+r.Host+`/stale</loc><lastmod>2025-06-01</lastmod></url></urlset>`)(w, r)
		},
		"/new": func(w http.ResponseWriter, r *http.Request) { w.Write(story) },
	})
	c, _ := newCrawler(openStore(t), Options{Delay: -1, Since: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
	sum, err := c.Run(context.Background(), m.URL+"/index.xml")
	if err != nil {
		t.Fatal(err)
	}
	if m.count("/2019.xml") != 0 || m.count("/stale") != 0 || m.count("/2026.xml") != 1 || m.count("/new") != 1 {
		t.Errorf("requests: 2019.xml %d, stale %d, 2026.xml %d, new %d; want 0, 0, 1, 1",
			m.count("/2019.xml"), m.count("/stale"), m.count("/2026.xml"), m.count("/new"))
	}
	if sum.Stored != 1 || sum.TooOld != 2 || sum.Errors != 0 {
		t.Errorf("summary %+v: want 1 stored, 2 too old", sum)
	}
}
