package crawl

import (
	"net/url"
	"testing"
)

// FuzzLists feeds arbitrary bytes to the feed and sitemap readers: they
// may fail, never panic, and return only http(s) links.
func FuzzLists(f *testing.F) {
	f.Add([]byte(newsSitemap))
	f.Add([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><item><link>/a</link></item></channel></rss>`))
	f.Add([]byte(`{"version": "https://jsonfeed.org/version/1.1", "items": [{"url": "/a"}]}`))
	f.Add([]byte(`<sitemapindex><sitemap><loc>javascript:x</loc></sitemap></sitemapindex>`))
	f.Add([]byte{0x1f, 0x8b, 0x08, 0x00})
	base, _ := url.Parse("https://example.com/feed")
	f.Fuzz(func(t *testing.T, body []byte) {
		kind, plain, err := sniff(body)
		if err != nil {
			return
		}
		var entries []entry
		switch kind {
		case KindFeed:
			entries, _ = parseFeed(plain, base)
		case KindSitemap, KindSitemapIndex:
			entries, _ = parseSitemap(plain, base)
		}
		for _, e := range entries {
			u, err := url.Parse(e.URL)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				t.Fatalf("entry %q is not an http(s) URL", e.URL)
			}
		}
	})
}

// FuzzReadLinks checks that page links never panic and that a next page
// is always a page of the same article.
func FuzzReadLinks(f *testing.F) {
	f.Add([]byte(`<link rel="next" href="/story?page=2"><a href="/story/2">2</a><a href="/x">Next</a>`))
	f.Add([]byte(`<link rel="alternate" type="application/rss+xml" href="//other.example/feed">`))
	first, _ := url.Parse("https://example.com/story")
	f.Fuzz(func(t *testing.T, page []byte) {
		pl := readLinks(page, first)
		for n := 2; n <= 4; n++ {
			next := nextPage(first, pl.next, n)
			if next == "" {
				continue
			}
			u, _ := url.Parse(next)
			if got, ok := pageNumber(first, u); !ok || got != n {
				t.Fatalf("nextPage %d = %q, page %d", n, next, got)
			}
		}
	})
}
