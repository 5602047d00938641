package crawl

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsbite/newsbite/internal/fetch"
	"github.com/newsbite/newsbite/internal/store"
)

// fakeClock makes the crawl's waits instant and records them: time moves
// only when the crawler sleeps.
type fakeClock struct {
	mu     sync.Mutex
	now    time.Time
	sleeps []time.Duration
}

func newFakeClock() *fakeClock {
	return &fakeClock{now: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
}

func (f *fakeClock) Now() time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.now
}

func (f *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if d > 0 {
		f.now = f.now.Add(d)
		f.sleeps = append(f.sleeps, d)
	}
	return ctx.Err()
}

func (f *fakeClock) slept() []time.Duration {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.sleeps)
}

// site is a small news site on a loopback server. It counts the requests
// for each path, and the conditional ones and the 304s among them.
type site struct {
	*httptest.Server
	t     *testing.T
	pages map[string][]byte // path (with query) -> body
	types map[string]string

	mu          sync.Mutex
	hits        map[string]int
	conditional map[string]int
	notModified map[string]int
	full        map[string]int // 200 answers
	agents      map[string]bool
	throttled   bool // /news/ai-projects answered 429 once
	inFlight    int
	maxInFlight int
}

const (
	crawlDelay = 2 * time.Second
	retryAfter = 7 * time.Second
)

// Paths of the site.
const (
	pEuropa     = "/science/europa-plumes"
	pHelicopter = "/world/helicopter-crash"
	pAI         = "/news/ai-projects"
	pClemson    = "/campus/smartphone-habits"
	pHarbour    = "/story/harbour"
	pHarbour2   = "/story/harbour?page=2"
	pWire       = "/wire/europa-water-vapour"
	pPrivate    = "/private/draft-story"
	pOld        = "/archive/2001/old-story"
	pRedirect   = "/go/draft-story" // redirects to pPrivate
)

func readTestdata(t *testing.T, name string) []byte {
	t.Helper()
	// The real pages are the repository's samples; the made-up ones live
	// in testdata/site.
	path := filepath.Join("testdata", "site", name)
	if _, err := os.Stat(path); err != nil {
		path = filepath.Join("..", "..", "samples", name)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasSuffix(name, ".gz") {
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		if b, err = io.ReadAll(zr); err != nil {
			t.Fatal(err)
		}
	}
	return b
}

func newSite(t *testing.T) *site {
	s := &site{t: t, pages: map[string][]byte{}, types: map[string]string{},
		hits: map[string]int{}, conditional: map[string]int{}, notModified: map[string]int{}, full: map[string]int{}, agents: map[string]bool{}}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	base := s.URL
	html := func(path, file string) { s.pages[path] = readTestdata(t, file) }
	html(pEuropa, "sciencealert-europa-water-plumes.html")
	html(pHelicopter, "aljazeera-afghanistan-helicopter-crash.html")
	html(pAI, "itbrief-enterprise-ai-projects.html")
	html(pClemson, "clemson-smartphone-habits.html.gz")
	html(pHarbour, "harbour-1.html")
	html(pHarbour2, "harbour-2.html")
	html(pPrivate, "harbour-1.html")
	html(pOld, "harbour-2.html")
	// The syndicated copy: the same story in another site's chrome, at
	// another URL.
	europa := string(s.pages[pEuropa])
	body := strings.Index(europa, "<body")
	bodyEnd := body + strings.Index(europa[body:], ">") + 1
	wire := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Europa plumes | Wire Daily</title></head>` +
		`<body><header><nav><a href="/">Wire Daily</a> <a href="/wire">Wire</a> <a href="/markets">Markets</a></nav></header>` +
		europa[bodyEnd:]
	s.pages[pWire] = []byte(wire)

	s.pages["/"] = []byte(`<!DOCTYPE html><html><head><title>Test News</title>
<link rel="alternate" type="application/rss+xml" title="News" href="/feed.xml">
<link rel="alternate" type="application/feed+json" title="Campus" href="/campus.json">
</head><body><h1>Test News</h1><ul><li><a href="` + pEuropa + `">Europa</a></li></ul></body></html>`)
	s.pages["/robots.txt"] = []byte("User-agent: *\nDisallow: /private/\nCrawl-delay: " +
		fmt.Sprint(crawlDelay.Seconds()) + "\n\nSitemap: " + base + "/sitemap_index.xml\n")
	s.types["/robots.txt"] = "text/plain; charset=utf-8"
	s.pages["/feed.xml"] = []byte(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test News</title><link>` + base + `/</link>
<item><title>Europa</title><link>` + base + pEuropa + `</link><pubDate>Wed, 20 Nov 2019 10:00:00 GMT</pubDate></item>
<item><title>Helicopter</title><link>` + base + pHelicopter + `</link><pubDate>Wed, 20 Nov 2019 08:00:00 GMT</pubDate></item>
<item><title>Harbour</title><link>` + base + pHarbour + `</link><pubDate>Sat, 14 Feb 2026 08:00:00 GMT</pubDate></item>
<item><title>Old</title><link>` + base + pOld + `</link><pubDate>Mon, 01 Jan 2001 08:00:00 GMT</pubDate></item>
</channel></rss>`)
	s.types["/feed.xml"] = "application/rss+xml"
	s.pages["/campus.json"] = []byte(`{"version": "https://jsonfeed.org/version/1.1", "title": "Campus",
"items": [{"id": "1", "url": "` + base + pClemson + `", "date_published": "2025-10-01T10:00:00Z"}]}`)
	s.types["/campus.json"] = "application/feed+json"
	s.pages["/sitemap_index.xml"] = []byte(`<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>` + base + `/sitemap-news.xml.gz</loc></sitemap></sitemapindex>`)
	s.types["/sitemap_index.xml"] = "application/xml"
	var news bytes.Buffer
	zw := gzip.NewWriter(&news)
	fmt.Fprintf(zw, `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>%[1]s%[2]s</loc><news:news><news:publication_date>2025-11-20T09:00:00Z</news:publication_date></news:news></url>
<url><loc>%[1]s%[3]s</loc><news:news><news:publication_date>2019-11-21T09:00:00Z</news:publication_date></news:news></url>
<url><loc>%[1]s%[4]s</loc><lastmod>2026-02-01</lastmod></url>
<url><loc>%[1]s%[5]s</loc></url>
<url><loc>%[1]s%[6]s</loc></url>
</urlset>`, base, pAI, pWire, pPrivate, pEuropa, pRedirect)
	zw.Close()
	s.pages["/sitemap-news.xml.gz"] = news.Bytes()
	s.types["/sitemap-news.xml.gz"] = "application/x-gzip"
	return s
}

var modTime = time.Date(2026, 2, 14, 8, 0, 0, 0, time.UTC)

func (s *site) serve(w http.ResponseWriter, r *http.Request) {
	key := r.URL.Path
	if r.URL.RawQuery != "" {
		key += "?" + r.URL.RawQuery
	}
	conditional := r.Header.Get("If-None-Match") != "" || r.Header.Get("If-Modified-Since") != ""
	s.mu.Lock()
	s.inFlight++
	s.maxInFlight = max(s.maxInFlight, s.inFlight)
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		s.inFlight--
		s.mu.Unlock()
	}()
	s.mu.Lock()
	s.hits[key]++
	s.agents[r.UserAgent()] = true
	if conditional {
		s.conditional[key]++
	}
	throttle := key == pAI && !s.throttled
	s.throttled = s.throttled || throttle
	s.mu.Unlock()
	if key == pRedirect {
		http.Redirect(w, r, pPrivate, http.StatusFound)
		return
	}
	if throttle {
		w.Header().Set("Retry-After", fmt.Sprint(int(retryAfter.Seconds())))
		http.Error(w, "slow down", http.StatusTooManyRequests)
		return
	}
	s.mu.Lock()
	body, ok := s.pages[key]
	s.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	ct := s.types[key]
	if ct == "" {
		ct = "text/html; charset=utf-8"
	}
	w.Header().Set("Content-Type", ct)
	w.Header().Set("ETag", fmt.Sprintf(`"%x"`, sha256.Sum256(body)))
	rec := &statusRecorder{ResponseWriter: w}
	http.ServeContent(rec, r, "", modTime, bytes.NewReader(body))
	s.mu.Lock()
	switch rec.status {
	case http.StatusNotModified:
		s.notModified[key]++
	case http.StatusOK:
		s.full[key]++
	}
	s.mu.Unlock()
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

func (r *statusRecorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	return r.ResponseWriter.Write(b)
}

// snapshot returns copies of the counters and resets them.
func (s *site) snapshot() (hits, conditional, notModified, full map[string]int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	hits, conditional, notModified, full = s.hits, s.conditional, s.notModified, s.full
	s.hits, s.conditional, s.notModified, s.full = map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}
	return
}

func openStore(t *testing.T) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "archive.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// newCrawler returns a crawler for tests: loopback allowed, instant waits.
func newCrawler(st Archive, opts Options) (*Crawler, *fakeClock) {
	opts.Fetch.AllowPrivate = true
	opts.Fetch.Timeout = 10 * time.Second
	if opts.Since.IsZero() {
		opts.Since = time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	c := New(st, opts)
	clk := newFakeClock()
	c.clock = clk
	return c, clk
}

// storedByPath returns the archive's articles by the path of their URL.
func storedByPath(t *testing.T, st *store.Store, base string) map[string]*store.Stored {
	t.Helper()
	page, err := st.List(context.Background(), store.Filter{}, "", 100)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]*store.Stored{}
	for _, head := range page.Articles {
		story, err := st.Story(context.Background(), head.StoryID)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range story {
			out[strings.TrimPrefix(a.URL, base)] = a
		}
	}
	return out
}

func TestCrawlEndToEnd(t *testing.T) {
	s := newSite(t)
	st := openStore(t)
	ctx := context.Background()
	var evMu sync.Mutex
	var events []Event
	c, clk := newCrawler(st, Options{Workers: 3, Delay: time.Millisecond, OnEvent: func(e Event) {
		evMu.Lock()
		events = append(events, e)
		evMu.Unlock()
	}})

	sum, err := c.Run(ctx, s.URL+"/")
	if err != nil {
		t.Fatal(err)
	}
	hits, _, _, full := s.snapshot()
	t.Logf("first crawl: %s; hits %v", sum, hits)

	// What is stored: five stories, and the syndicated copy linked to one.
	got := storedByPath(t, st, s.URL)
	for _, p := range []string{pEuropa, pHelicopter, pAI, pClemson, pHarbour, pWire} {
		if got[p] == nil {
			t.Errorf("%s not stored", p)
		}
	}
	if len(got) != 6 {
		paths := make([]string, 0, len(got))
		for p := range got {
			paths = append(paths, p)
		}
		t.Errorf("stored %d articles %q, want 6", len(got), paths)
	}
	if sum.Stored != 5 || sum.Duplicates != 1 || sum.Errors != 0 {
		t.Errorf("summary %+v: want 5 stored, 1 duplicate, no error", sum)
	}
	for _, e := range events {
		if e.Err != nil {
			t.Errorf("event %+v", e)
		}
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("stats %+v", stats)

	// Duplicates are linked, not separate stories.
	if wire, orig := got[pWire], got[pEuropa]; wire != nil && orig != nil {
		if wire.StoryID != orig.StoryID || wire.Duplicate == "" {
			t.Errorf("syndicated copy: story %d (%q), original's story %d", wire.StoryID, wire.Duplicate, orig.StoryID)
		}
	}

	// The two-page article is one article holding both pages.
	if h := got[pHarbour]; h != nil {
		if !strings.Contains(h.Text, "When the winter storm tore through the bay") ||
			!strings.Contains(h.Text, "has no intention of giving up now") {
			t.Errorf("harbour story not joined: %q", h.Text)
		}
		if strings.Count(h.Text, "The harbour that rebuilt itself") > 1 {
			t.Errorf("the second page's headline was kept: %q", h.Text)
		}
		if h.WordCount <= 400 {
			t.Errorf("harbour word count %d, want both pages' words", h.WordCount)
		}
		if strings.Contains(h.Text, "Next page") {
			t.Errorf("the pager was kept: %q", h.Text)
		}
	}
	if full[pHarbour2] != 1 {
		t.Errorf("page 2 fetched %d times, want 1", full[pHarbour2])
	}
	if got[pHarbour2] != nil {
		t.Error("page 2 stored as an article of its own")
	}

	// robots.txt obeyed: the disallowed page never asked for, even
	// through a redirect; the old feed item skipped by Since.
	if hits[pPrivate] != 0 || hits[pRedirect] != 1 {
		t.Errorf("disallowed %s requested %d times, %s (redirecting to it) %d times; want 0 and 1", pPrivate, hits[pPrivate], pRedirect, hits[pRedirect])
	}
	if sum.Robots != 2 || sum.TooOld != 1 || hits[pOld] != 0 {
		t.Errorf("robots %d, too old %d, old item requested %d times; want 2, 1, 0", sum.Robots, sum.TooOld, hits[pOld])
	}
	if hits["/robots.txt"] != 1 {
		t.Errorf("robots.txt requested %d times, want once", hits["/robots.txt"])
	}
	// The guessed /sitemap.xml is not asked for when robots.txt lists one.
	if hits["/sitemap.xml"] != 0 {
		t.Errorf("/sitemap.xml requested though robots.txt lists a sitemap")
	}

	// The 429 was retried after the Retry-After it gave.
	if hits[pAI] != 2 || full[pAI] != 1 || sum.Retries != 1 {
		t.Errorf("%s: %d requests, %d answered, %d retries; want 2, 1, 1", pAI, hits[pAI], full[pAI], sum.Retries)
	}
	sleeps := clk.slept()
	if !slices.Contains(sleeps, retryAfter) {
		t.Errorf("no wait of %s (Retry-After) among %v", retryAfter, sleeps)
	}
	// Crawl-delay was honoured: no two requests closer than it.
	if !slices.Contains(sleeps, crawlDelay) {
		t.Errorf("no wait of %s (Crawl-delay) among %v", crawlDelay, sleeps)
	}
	var total time.Duration
	for _, d := range sleeps {
		total += d
	}
	if want := time.Duration(sum.Requests-1) * crawlDelay; total < want {
		t.Errorf("waited %s in all over %d requests, want at least %s", total, sum.Requests, want)
	}
	for _, p := range []string{pEuropa, pHelicopter, pClemson, pHarbour, pWire, "/feed.xml", "/campus.json", "/sitemap_index.xml", "/sitemap-news.xml.gz", "/"} {
		if hits[p] != 1 {
			t.Errorf("%s requested %d times in the first crawl, want 1", p, hits[p])
		}
	}
	// One request at a time on the site, though three workers ran.
	if s.maxInFlight != 1 {
		t.Errorf("up to %d requests at once on one host, want 1", s.maxInFlight)
	}
	if len(s.agents) != 1 || !s.agents[fetch.DefaultUserAgent] {
		t.Errorf("user agents %v", s.agents)
	}

	// A second crawl asks for the feeds, sitemaps and home page
	// conditionally and gets 304s; the stored articles no list says have
	// changed are not asked for at all. Nothing is stored.
	lists := []string{"/feed.xml", "/campus.json", "/sitemap_index.xml", "/sitemap-news.xml.gz", "/"}
	articles := []string{pEuropa, pHelicopter, pAI, pClemson, pHarbour, pWire}
	c2, _ := newCrawler(st, Options{Workers: 3, Delay: time.Millisecond})
	sum2, err := c2.Run(ctx, s.URL+"/")
	if err != nil {
		t.Fatal(err)
	}
	hits2, cond2, nm2, full2 := s.snapshot()
	t.Logf("second crawl: %s; hits %v", sum2, hits2)
	if sum2.Stored != 0 || sum2.Duplicates != 0 || sum2.Errors != 0 || sum2.Unchanged != len(articles) {
		t.Errorf("second crawl %+v: want nothing stored, %d unchanged, no error", sum2, len(articles))
	}
	for p, n := range full2 {
		if n > 0 {
			t.Errorf("second crawl fetched %s again (%d times)", p, n)
		}
	}
	// robots.txt comes from the archive while it is fresh.
	if hits2["/robots.txt"] != 0 {
		t.Errorf("second crawl asked for robots.txt %d times, want 0", hits2["/robots.txt"])
	}
	for _, p := range lists {
		if hits2[p] != 1 || cond2[p] != 1 || nm2[p] != 1 {
			t.Errorf("second crawl, %s: %d requests, %d conditional, %d not modified; want 1 each", p, hits2[p], cond2[p], nm2[p])
		}
	}
	for _, p := range append(articles, pHarbour2, pPrivate, pOld) {
		if hits2[p] != 0 {
			t.Errorf("second crawl asked for %s %d times", p, hits2[p])
		}
	}
	if sum2.NotModified != len(lists) {
		t.Errorf("second crawl: %d not modified, want %d", sum2.NotModified, len(lists))
	}

	// Told to recheck, a crawl asks for the articles too, conditionally,
	// and gets 304s.
	c3, _ := newCrawler(st, Options{Workers: 3, Delay: time.Millisecond, Recheck: true, RobotsTTL: -1})
	sum3, err := c3.Run(ctx, s.URL+"/")
	if err != nil {
		t.Fatal(err)
	}
	hits3, cond3, nm3, _ := s.snapshot()
	for _, p := range append(append(articles, lists...), "/robots.txt") {
		if hits3[p] != 1 || cond3[p] != 1 || nm3[p] != 1 {
			t.Errorf("recheck, %s: %d requests, %d conditional, %d not modified; want 1 each", p, hits3[p], cond3[p], nm3[p])
		}
	}
	if sum3.Stored != 0 || sum3.Duplicates != 0 || sum3.Errors != 0 || sum3.NotModified != len(articles)+len(lists) || sum3.Robots != 2 || hits3[pHarbour2] != 0 || hits3[pPrivate] != 0 {
		t.Errorf("recheck: %+v, page 2 asked for %d times", sum3, hits3[pHarbour2])
	}

	// A feed that dates an article after its fetch sends the crawler
	// back to it (conditionally); the others are left alone.
	s.mu.Lock()
	s.pages["/feed.xml"] = bytes.Replace(s.pages["/feed.xml"], []byte("Sat, 14 Feb 2026 08:00:00 GMT"), []byte("Tue, 10 Mar 2026 08:00:00 GMT"), 1)
	s.mu.Unlock()
	c4, _ := newCrawler(st, Options{Workers: 3, Delay: time.Millisecond})
	sum4, err := c4.Run(ctx, s.URL+"/")
	if err != nil {
		t.Fatal(err)
	}
	hits4, cond4, nm4, full4 := s.snapshot()
	if full4["/feed.xml"] != 1 || hits4[pHarbour] != 1 || cond4[pHarbour] != 1 || nm4[pHarbour] != 1 {
		t.Errorf("updated feed: feed answered %d, harbour %d requests, %d conditional, %d not modified; want 1 each",
			full4["/feed.xml"], hits4[pHarbour], cond4[pHarbour], nm4[pHarbour])
	}
	for _, p := range []string{pEuropa, pHelicopter, pAI, pClemson, pWire} {
		if hits4[p] != 0 {
			t.Errorf("updated feed: %s asked for %d times", p, hits4[p])
		}
	}
	if sum4.Stored != 0 || sum4.Errors != 0 {
		t.Errorf("updated feed: %+v", sum4)
	}
	if after := storedByPath(t, st, s.URL); len(after) != len(got) {
		t.Errorf("after the recrawls: %d articles stored, was %d", len(after), len(got))
	}
}

// A crawl cut short and started again finishes the work without fetching
// what it stored before.
func TestCrawlResumes(t *testing.T) {
	s := newSite(t)
	st := openStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stored := 0
	c, _ := newCrawler(st, Options{Workers: 1, Delay: time.Millisecond, OnEvent: func(e Event) {
		if e.Outcome == Stored {
			if stored++; stored == 2 {
				cancel()
			}
		}
	}})
	sum, err := c.Run(ctx, s.URL+"/")
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("cut-short crawl returned %v, want context.Canceled", err)
	}
	if sum.Stored != 2 {
		t.Fatalf("cut-short crawl stored %d, want 2", sum.Stored)
	}
	_, _, _, full1 := s.snapshot()

	c2, _ := newCrawler(st, Options{Workers: 2, Delay: time.Millisecond})
	sum2, err := c2.Run(context.Background(), s.URL+"/")
	if err != nil {
		t.Fatal(err)
	}
	_, _, _, full2 := s.snapshot()
	if sum2.Stored != 3 || sum2.Duplicates != 1 || sum2.Errors != 0 {
		t.Errorf("resumed crawl %+v: want the 3 other stories and the copy", sum2)
	}
	for _, p := range []string{pEuropa, pHelicopter, pAI, pClemson, pHarbour, pWire} {
		if n := full1[p] + full2[p]; n != 1 {
			t.Errorf("%s fetched %d times over both crawls, want 1", p, n)
		}
	}
	if got := storedByPath(t, st, s.URL); len(got) != 6 {
		t.Errorf("%d articles stored after resuming, want 6", len(got))
	}
}

func TestCrawlRefusesPrivateAddresses(t *testing.T) {
	s := newSite(t)
	st := openStore(t)
	var errs []error
	var mu sync.Mutex
	c := New(st, Options{Delay: -1, Retries: -1, OnEvent: func(e Event) {
		mu.Lock()
		defer mu.Unlock()
		if e.Err != nil {
			errs = append(errs, e.Err)
		}
	}})
	sum, err := c.Run(context.Background(), "http://10.20.30.40/feed.xml", "http://192.168.1.1/", s.URL+"/feed.xml")
	if err != nil {
		t.Fatal(err)
	}
	if sum.Errors != 3 || len(errs) != 3 {
		t.Fatalf("summary %+v, errors %v: want 3 errors", sum, errs)
	}
	for _, err := range errs {
		if !errors.Is(err, fetch.ErrPrivateAddress) {
			t.Errorf("error %v, want ErrPrivateAddress", err)
		}
	}
	if hits, _, _, _ := s.snapshot(); len(hits) != 0 {
		t.Errorf("loopback server saw requests %v", hits)
	}
}

func TestCrawlMaxPages(t *testing.T) {
	s := newSite(t)
	st := openStore(t)
	c, _ := newCrawler(st, Options{Workers: 2, Delay: time.Millisecond, MaxPages: 2})
	sum, err := c.Run(context.Background(), s.URL+"/feed.xml")
	if err != nil {
		t.Fatal(err)
	}
	hits, _, _, _ := s.snapshot()
	articles := hits[pEuropa] + hits[pHelicopter] + hits[pHarbour]
	if articles != 2 || sum.Stored != 2 {
		t.Errorf("MaxPages 2: %d article requests, %d stored", articles, sum.Stored)
	}
}
