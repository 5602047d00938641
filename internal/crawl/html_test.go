package crawl

import (
	"net/url"
	"reflect"
	"testing"
)

func TestReadLinks(t *testing.T) {
	page := `<html><head>
	<link rel="alternate" type="application/rss+xml" href="/feed.xml">
	<link rel="alternate" type="application/atom+xml" href="https://example.com/atom">
	<link rel="alternate" type="application/feed+json" href="feed.json">
	<link rel="alternate" hreflang="fr" href="/fr/">
	<link rel="next" href="/story?page=2">
	</head><body>
	<a href="/story?page=2">2</a> <a href="/story?page=3">Next page »</a> <a href="/about">About</a>
	<a rel="next" href="/story/2">more</a>
	</body></html>`
	base, _ := url.Parse("https://example.com/news/")
	pl := readLinks([]byte(page), base)
	wantFeeds := []string{"https://example.com/feed.xml", "https://example.com/atom", "https://example.com/news/feed.json"}
	if !reflect.DeepEqual(pl.feeds, wantFeeds) {
		t.Errorf("feeds = %q, want %q", pl.feeds, wantFeeds)
	}
	wantNext := []string{"https://example.com/story?page=2", "https://example.com/story/2", "https://example.com/story?page=2", "https://example.com/story?page=3"}
	if !reflect.DeepEqual(pl.next, wantNext) {
		t.Errorf("next = %q, want %q", pl.next, wantNext)
	}
}

func TestPageNumber(t *testing.T) {
	first, _ := url.Parse("https://example.com/news/story?id=7")
	for _, tc := range []struct {
		u    string
		n    int
		page bool
	}{
		{"https://example.com/news/story?id=7", 1, true},
		{"https://example.com/news/story?id=7&page=2", 2, true},
		{"https://example.com/news/story?p=3&id=7", 3, true},
		{"https://example.com/news/story?id=8&page=2", 0, false},   // another story
		{"https://example.com/news/other?id=7&page=2", 0, false},   // another path
		{"https://other.example/news/story?id=7&page=2", 0, false}, // another host
		{"https://example.com/news/story?id=7&page=two", 0, false},
		{"https://example.com/news/story/2?id=7", 2, true},
		{"https://example.com/news/story/page/4?id=7", 4, true},
		{"https://example.com/news/story/comments?id=7", 0, false},
		{"https://example.com/news/story/2/extra?id=7", 0, false},
	} {
		u, _ := url.Parse(tc.u)
		n, ok := pageNumber(first, u)
		if n != tc.n || ok != tc.page {
			t.Errorf("pageNumber(%s) = %d, %v; want %d, %v", tc.u, n, ok, tc.n, tc.page)
		}
	}
}

func TestNextPage(t *testing.T) {
	first, _ := url.Parse("https://example.com/story")
	cands := []string{"https://example.com/next-story", "https://example.com/story?page=3", "https://example.com/story?page=2"}
	if got := nextPage(first, cands, 2); got != "https://example.com/story?page=2" {
		t.Errorf("nextPage = %q", got)
	}
	if got := nextPage(first, cands[:1], 2); got != "" {
		t.Errorf("nextPage followed a link to another story: %q", got)
	}
}

func TestNextText(t *testing.T) {
	for s, want := range map[string]bool{"2": true, "Next": true, "Next page": true, "next »": true, "›": true, "Weiter": true,
		"Next story": false, "Read more": false, "2024": false, "": false} {
		if got := nextText(s); got != want {
			t.Errorf("nextText(%q) = %v, want %v", s, got, want)
		}
	}
}
