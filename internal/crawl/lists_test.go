package crawl

import (
	"bytes"
	"compress/gzip"
	"net/url"
	"strings"
	"testing"
	"time"
)

func gz(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

const newsSitemap = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url>
    <loc>https://example.com/news/a</loc>
    <news:news>
      <news:publication><news:name>Example</news:name><news:language>en</news:language></news:publication>
      <news:publication_date>2026-02-14T08:00:00Z</news:publication_date>
      <news:title>A</news:title>
    </news:news>
  </url>
  <url><loc>/news/b</loc><lastmod>2025-12-01</lastmod></url>
  <url><loc>mailto:someone@example.com</loc></url>
</urlset>`

func TestSniffAndParseSitemap(t *testing.T) {
	base, _ := url.Parse("https://example.com/sitemap-news.xml.gz")
	for name, body := range map[string][]byte{"plain": []byte(newsSitemap), "gzip": gz(t, newsSitemap)} {
		kind, plain, err := sniff(body)
		if err != nil || kind != KindSitemap {
			t.Fatalf("%s: sniff = %q, %v; want sitemap", name, kind, err)
		}
		got, err := parseSitemap(plain, base)
		if err != nil {
			t.Fatal(err)
		}
		want := []entry{
			{URL: "https://example.com/news/a", Date: time.Date(2026, 2, 14, 8, 0, 0, 0, time.UTC)},
			{URL: "https://example.com/news/b", Date: time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC)},
		}
		if len(got) != len(want) {
			t.Fatalf("%s: entries = %+v", name, got)
		}
		for i := range want {
			if got[i].URL != want[i].URL || !got[i].Date.Equal(want[i].Date) {
				t.Errorf("%s: entry %d = %+v, want %+v", name, i, got[i], want[i])
			}
		}
	}
}

func TestSitemapIndex(t *testing.T) {
	body := `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
	<sitemap><loc>https://example.com/s1.xml.gz</loc><lastmod>2026-01-01</lastmod></sitemap>
	<sitemap><loc>https://example.com/s2.xml</loc></sitemap></sitemapindex>`
	kind, plain, err := sniff([]byte(body))
	if err != nil || kind != KindSitemapIndex {
		t.Fatalf("sniff = %q, %v", kind, err)
	}
	got, err := parseSitemap(plain, nil)
	if err != nil || len(got) != 2 || got[0].URL != "https://example.com/s1.xml.gz" || got[1].URL != "https://example.com/s2.xml" {
		t.Fatalf("parseSitemap = %+v, %v", got, err)
	}
}

func TestFeeds(t *testing.T) {
	base, _ := url.Parse("https://example.com/feed")
	for _, tc := range []struct {
		name, body string
	}{
		{"rss", `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
			<item><title>A</title><link>https://example.com/a</link><pubDate>Sat, 14 Feb 2026 08:00:00 GMT</pubDate></item>
			<item><title>B</title><link>/b#comments</link></item></channel></rss>`},
		{"atom", `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
			<entry><title>A</title><link href="https://example.com/a"/><published>2026-02-14T08:00:00Z</published></entry>
			<entry><title>B</title><link rel="alternate" href="/b"/></entry></feed>`},
		{"json", `{"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": [
			{"id": "1", "url": "https://example.com/a", "date_published": "2026-02-14T08:00:00Z"},
			{"id": "2", "url": "/b"}]}`},
	} {
		kind, plain, err := sniff([]byte(tc.body))
		if err != nil || kind != KindFeed {
			t.Errorf("%s: sniff = %q, %v; want feed", tc.name, kind, err)
			continue
		}
		got, err := parseFeed(plain, base)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if len(got) != 2 || got[0].URL != "https://example.com/a" || got[1].URL != "https://example.com/b" {
			t.Errorf("%s: entries = %+v", tc.name, got)
			continue
		}
		if !got[0].Date.Equal(time.Date(2026, 2, 14, 8, 0, 0, 0, time.UTC)) || !got[1].Date.IsZero() {
			t.Errorf("%s: dates = %v, %v", tc.name, got[0].Date, got[1].Date)
		}
	}
}

func TestSniffHTML(t *testing.T) {
	kind, _, err := sniff([]byte("<!DOCTYPE html><html><head><title>x</title></head><body><p>rss feed</p></body></html>"))
	if err != nil || kind != "" {
		t.Errorf("sniff(HTML) = %q, %v", kind, err)
	}
}

func TestGunzipCap(t *testing.T) {
	body := gz(t, strings.Repeat("x", 1000))
	if _, err := gunzip(body, 999); err == nil {
		t.Error("gunzip over the cap did not fail")
	}
	if out, err := gunzip(body, 1000); err != nil || len(out) != 1000 {
		t.Errorf("gunzip at the cap = %d bytes, %v", len(out), err)
	}
}
