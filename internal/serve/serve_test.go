package serve

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsbite/newsbite/article"
	"github.com/newsbite/newsbite/internal/fetch"
	"github.com/newsbite/newsbite/internal/store"
)

var vocab = strings.Fields(`minister council harbour railway budget plans union strike vote court
ruling report police market shares growth school teachers hospital doctors weather storm flood
rescue team match goal season coach club fans energy prices deal talks city mayor river bridge`)

func prose(seed uint64, n int) string {
	r := rand.New(rand.NewPCG(seed, 3))
	var b strings.Builder
	b.WriteString("It began")
	for i := range n {
		if i%11 == 10 {
			b.WriteString(". The")
		}
		b.WriteString(" " + vocab[r.IntN(len(vocab))])
	}
	b.WriteString(".")
	return b.String()
}

func art(seed uint64, url, title, published string, extra string) *article.Article {
	a := &article.Article{URL: url, Source: url, Title: title, Published: published, Language: "en"}
	a.SetBlocks([]article.Block{
		{Type: article.Paragraph, Text: prose(seed, 80) + extra},
		{Type: article.Heading, Text: "What next", Level: 2},
		{Type: article.Paragraph, Text: prose(seed+1000, 40)},
	})
	return a
}

// fixture is a server over an archive of a few stories, one with a copy.
type fixture struct {
	srv   *httptest.Server
	st    *store.Store
	ids   map[string]int64
	log   *strings.Builder
	fetch *httptest.Server
}

func newFixture(t *testing.T, opts Options) *fixture {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "a.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	f := &fixture{st: st, ids: map[string]int64{}, log: &strings.Builder{}}
	zep := art(1, "https://news.example/zeppelin", "Zeppelin returns <b>to</b> the sky", "2024-03-01T10:00:00Z", " A zeppelin flew over the harbour.")
	zep.Tags = []string{"Transport"}
	zep.Images = []article.Image{{URL: "javascript:alert(1)"}, {URL: "https://news.example/zep.jpg", Caption: "Over the harbour", Credit: "AP", Alt: "A zeppelin"}}
	for name, a := range map[string]*article.Article{
		"zeppelin": zep,
		"budget":   art(2, "https://www.paper.example/budget", "Budget approved", "2024-03-02T10:00:00Z", ""),
		"fr":       art(3, "https://journal.example/greve", "Grève des trains", "2024-02-01T10:00:00Z", ""),
	} {
		if name == "fr" {
			a.Language = "fr"
		}
		r, err := st.Put(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		f.ids[name] = r.ID
	}
	cp := art(1, "https://copy.example/zeppelin", "Zeppelin is back", "2024-03-01T12:00:00Z", " A zeppelin flew over the harbour.")
	r, err := st.Put(ctx, cp)
	if err != nil || r.Duplicate != store.Exact {
		t.Fatalf("copy: %+v, %v", r, err)
	}
	f.ids["copy"] = r.ID
	opts.Store = st
	opts.Logger = slog.New(slog.NewTextHandler(writerFunc(func(p []byte) { f.log.Write(p) }), nil))
	s := New(opts)
	f.srv = httptest.NewServer(s)
	t.Cleanup(f.srv.Close)
	return f
}

type writerFunc func([]byte)

func (w writerFunc) Write(p []byte) (int, error) { w(p); return len(p), nil }

func (f *fixture) get(t *testing.T, path string) (int, string, http.Header) {
	t.Helper()
	resp, err := http.Get(f.srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), resp.Header
}

func (f *fixture) post(t *testing.T, path, ctype, body string) (int, string) {
	t.Helper()
	resp, err := http.Post(f.srv.URL+path, ctype, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func decode[T any](t *testing.T, body string) T {
	t.Helper()
	var v T
	if err := json.Unmarshal([]byte(body), &v); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, body)
	}
	return v
}

func TestHealthz(t *testing.T) {
	f := newFixture(t, Options{})
	code, body, _ := f.get(t, "/healthz")
	h := decode[map[string]any](t, body)
	if code != 200 || h["status"] != "ok" || h["stories"] != 3.0 || h["articles"] != 4.0 {
		t.Errorf("%d %s", code, body)
	}
}

func TestListArticles(t *testing.T) {
	f := newFixture(t, Options{})
	type page struct {
		Articles []store.Stored `json:"articles"`
		Next     string         `json:"next"`
	}
	code, body, hdr := f.get(t, "/api/articles?limit=2")
	if code != 200 || !strings.HasPrefix(hdr.Get("Content-Type"), "application/json") {
		t.Fatalf("%d %s", code, body)
	}
	p := decode[page](t, body)
	if len(p.Articles) != 2 || p.Articles[0].Title != "Budget approved" || p.Next == "" {
		t.Fatalf("first page: %s", body)
	}
	if p.Articles[1].Copies != 1 || p.Articles[1].Text == "" {
		t.Errorf("zeppelin story: copies %d", p.Articles[1].Copies)
	}
	_, body, _ = f.get(t, "/api/articles?limit=2&cursor="+url.QueryEscape(p.Next))
	p2 := decode[page](t, body)
	if len(p2.Articles) != 1 || p2.Articles[0].Title != "Grève des trains" || p2.Next != "" {
		t.Errorf("second page: %s", body)
	}
	for q, want := range map[string]int{
		"site=paper.example":             1,
		"tag=transport":                  1,
		"lang=fr":                        1,
		"since=2024-03-01":               2,
		"until=2024-03-01T11:00:00Z":     2,
		"since=2024-03-02&until=2025-01": -1,
	} {
		code, body, _ := f.get(t, "/api/articles?"+q)
		if want < 0 {
			if code != 400 || decode[apiError](t, body).Error == "" {
				t.Errorf("%s: %d %s", q, code, body)
			}
			continue
		}
		if p := decode[page](t, body); code != 200 || len(p.Articles) != want {
			t.Errorf("%s: %d, %d articles, want %d", q, code, len(p.Articles), want)
		}
	}
}

func TestGetArticle(t *testing.T) {
	f := newFixture(t, Options{})
	code, body, _ := f.get(t, fmt.Sprintf("/api/articles/%d", f.ids["zeppelin"]))
	var a struct {
		store.Stored
		Story []storyRef `json:"story"`
	}
	a = decode[struct {
		store.Stored
		Story []storyRef `json:"story"`
	}](t, body)
	if code != 200 || a.Title != "Zeppelin returns <b>to</b> the sky" || len(a.Blocks) != 3 {
		t.Fatalf("%d %s", code, body)
	}
	if len(a.Story) != 1 || a.Story[0].ID != f.ids["copy"] || a.Story[0].Duplicate != "exact" {
		t.Errorf("story: %+v", a.Story)
	}
	for path, want := range map[string]int{
		"/api/articles/999":                  404,
		"/api/articles/abc":                  400,
		"/api/articles/-1":                   400,
		"/api/articles/1/x":                  404,
		"/api/nothing":                       404,
		"/api/articles/99999999999999999999": 400,
	} {
		code, body, _ := f.get(t, path)
		if code != want || decode[apiError](t, body).Error == "" {
			t.Errorf("%s: %d %s, want %d with a JSON error", path, code, body, want)
		}
	}
}

func TestSearch(t *testing.T) {
	f := newFixture(t, Options{})
	code, body, _ := f.get(t, "/api/search?q=zeppelin")
	var r struct {
		Results []struct {
			Article store.Stored `json:"article"`
			Snippet string       `json:"snippet"`
		} `json:"results"`
	}
	r = decode[struct {
		Results []struct {
			Article store.Stored `json:"article"`
			Snippet string       `json:"snippet"`
		} `json:"results"`
	}](t, body)
	if code != 200 || len(r.Results) != 1 || r.Results[0].Article.ID != f.ids["zeppelin"] {
		t.Fatalf("%d %s", code, body)
	}
	if !strings.Contains(r.Results[0].Snippet, "<mark>") {
		t.Errorf("snippet %q", r.Results[0].Snippet)
	}
	if _, body, _ := f.get(t, "/api/search?q=nosuchword"); !strings.Contains(body, `"results":[]`) {
		t.Errorf("no match: %s", body)
	}
	for _, q := range []string{"", "q=", "q=%22(*", "q=x&limit=0", "q=x&since=soon"} {
		code, body, _ := f.get(t, "/api/search?"+q)
		if code != 400 || decode[apiError](t, body).Error == "" {
			t.Errorf("%q: %d %s", q, code, body)
		}
	}
}

const page = `<html><head><title>Posted page</title></head><body><article><h1>Posted page</h1>
<p>The first paragraph of the story has enough words in it to be taken for the body of an article by the extractor.</p>
<p>The second paragraph goes on with more words, so that the page reads like a real news story would read.</p>
</article></body></html>`

func TestExtractBody(t *testing.T) {
	f := newFixture(t, Options{MaxBody: 4096})
	code, body := f.post(t, "/api/extract?url=https://x.example/p", "text/html", page)
	a := decode[article.Article](t, body)
	if code != 200 || a.Title != "Posted page" || a.URL != "https://x.example/p" || a.WordCount < 30 {
		t.Fatalf("%d %s", code, body)
	}
	for name, c := range map[string]struct {
		ctype, body string
		want        int
	}{
		"empty":     {"text/html", "", 400},
		"too large": {"text/html", strings.Repeat("<p>x</p>", 1000), 413},
		"binary":    {"application/octet-stream", "\x00\x01\x02\x03\x89PNG\x00\x00\x00\x00\x00\x00\x00", 422},
		"bad JSON":  {"application/json", `{"url":`, 400},
		"no url":    {"application/json", `{}`, 400},
		"relative":  {"application/json", `{"url": "/p"}`, 400},
		"ftp":       {"application/json", `{"url": "ftp://x.example/p"}`, 400},
	} {
		code, body := f.post(t, "/api/extract", c.ctype, c.body)
		if code != c.want || decode[apiError](t, body).Error == "" {
			t.Errorf("%s: %d %s, want %d", name, code, body, c.want)
		}
	}
	if code, body, _ := f.get(t, "/api/extract"); code != 405 || decode[apiError](t, body).Error == "" {
		t.Errorf("GET /api/extract: %d %s", code, body)
	}
}

func TestExtractURL(t *testing.T) {
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/missing" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, page)
	}))
	defer site.Close()

	// The default fetcher refuses the loopback test server.
	f := newFixture(t, Options{})
	code, body := f.post(t, "/api/extract", "application/json", `{"url": "`+site.URL+`/a"}`)
	if code != 403 || !strings.Contains(decode[apiError](t, body).Error, "private") {
		t.Errorf("private address: %d %s", code, body)
	}

	f = newFixture(t, Options{Fetcher: fetch.New(fetch.Options{AllowPrivate: true})})
	code, body = f.post(t, "/api/extract", "application/json", `{"url": "`+site.URL+`/a"}`)
	if a := decode[article.Article](t, body); code != 200 || a.Title != "Posted page" || a.URL != site.URL+"/a" {
		t.Errorf("allowed: %d %s", code, body)
	}
	code, body = f.post(t, "/api/extract", "application/json", `{"url": "`+site.URL+`/missing"}`)
	if code != 502 || decode[apiError](t, body).Error == "" {
		t.Errorf("404 upstream: %d %s", code, body)
	}
	// curl -d sends JSON as a form; the request is still a URL to fetch.
	code, body = f.post(t, "/api/extract", "application/x-www-form-urlencoded", `{"url": "`+site.URL+`/a"}`)
	if a := decode[article.Article](t, body); code != 200 || a.Title != "Posted page" {
		t.Errorf("JSON sent as a form: %d %s", code, body)
	}
}

func TestPanicIsA500WithoutDetails(t *testing.T) {
	f := newFixture(t, Options{})
	s := New(Options{Store: f.st, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	s.mux.HandleFunc("/api/boom", func(http.ResponseWriter, *http.Request) { panic("secret detail") })
	srv := httptest.NewServer(s)
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/api/boom")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 500 || strings.Contains(string(b), "secret") || strings.Contains(string(b), "goroutine") {
		t.Errorf("%d %s", resp.StatusCode, b)
	}
	if decode[apiError](t, string(b)).Error != "internal error" {
		t.Errorf("body %s", b)
	}
}

func TestReaderPages(t *testing.T) {
	f := newFixture(t, Options{})
	code, body, hdr := f.get(t, "/")
	if code != 200 || !strings.HasPrefix(hdr.Get("Content-Type"), "text/html") {
		t.Fatalf("front: %d", code)
	}
	for _, want := range []string{"Budget approved", "Zeppelin returns &lt;b&gt;to&lt;/b&gt; the sky", "1 more copy", `<li class="day"><h2>Saturday 2 March 2024</h2></li>`, `<li class="day"><h2>Friday 1 March 2024</h2></li>`, "paper.example", `href="/story/`, `name="viewport"`} {
		if !strings.Contains(body, want) {
			t.Errorf("front page lacks %q", want)
		}
	}
	if strings.Contains(body, "<b>to</b>") {
		t.Error("front page does not escape a title")
	}
	if n := strings.Count(body, `<p class="summary">`); n != 3 {
		t.Errorf("%d summaries on the front page, want one a story", n)
	}
	if _, body, _ := f.get(t, "/?site=journal.example"); strings.Contains(body, "Budget approved") || !strings.Contains(body, "Grève des trains") {
		t.Error("site filter not applied on the front page")
	}
	// Paging links carry the filters.
	code, body, _ = f.get(t, fmt.Sprintf("/story/%d", f.ids["zeppelin"]))
	if code != 200 {
		t.Fatalf("story: %d", code)
	}
	for _, want := range []string{"<h1>Zeppelin returns &lt;b&gt;to&lt;/b&gt; the sky</h1>", "<h2>What next</h2>", "Also published", "copy.example", "exact copy", `href="https://news.example/zeppelin"`, "In brief", `<img src="https://news.example/zep.jpg" alt="A zeppelin"`, `Over the harbour <span class="credit">AP</span>`} {
		if !strings.Contains(body, want) {
			t.Errorf("story page lacks %q", want)
		}
	}
	if strings.Contains(body, "javascript:") {
		t.Error("story page carries a javascript: URL")
	}
	code, body, _ = f.get(t, "/search?q=zeppelin")
	if code != 200 || !strings.Contains(body, "<mark>zeppelin</mark>") || !strings.Contains(body, `Results for “zeppelin”`) {
		t.Errorf("search page: %d", code)
	}
	if _, body, _ := f.get(t, "/search?q=nosuchword"); !strings.Contains(body, "Nothing in the archive matches") {
		t.Error("empty search result page")
	}
	if code, body, _ := f.get(t, "/search?q=%3Cscript%3E"); code != 200 || strings.Contains(body, "<script>") {
		t.Errorf("search for markup: %d, escaped: %v", code, !strings.Contains(body, "<script>"))
	}
	for path, want := range map[string]int{"/story/999": 404, "/story/x": 400, "/nowhere": 404, "/?since=yesterday": 400, "/?cursor=zz": 400} {
		code, body, hdr := f.get(t, path)
		if code != want || !strings.HasPrefix(hdr.Get("Content-Type"), "text/html") || !strings.Contains(body, "Back to the stories") {
			t.Errorf("%s: %d, want %d and a page", path, code, want)
		}
	}
	if code, body, _ := f.get(t, "/style.css"); code != 200 || !strings.Contains(body, "@media") {
		t.Errorf("style.css: %d", code)
	}
	resp, err := http.Post(f.srv.URL+"/", "text/plain", nil)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 405 {
		t.Errorf("POST /: %d", resp.StatusCode)
	}
	if f.log.Len() > 0 {
		t.Errorf("errors logged: %s", f.log)
	}
}

func TestBuildDemo(t *testing.T) {
	ctx := context.Background()
	st, stats, err := BuildDemo(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if stats.Pages < 5 || stats.Stored != stats.Pages || stats.Errors != 0 {
		t.Errorf("demo: %+v", stats)
	}
	hits, err := st.Search(ctx, "Europa", store.Filter{}, 5)
	if err != nil || len(hits) == 0 {
		t.Errorf("demo search: %d hits, %v", len(hits), err)
	}

}

func TestDayLabel(t *testing.T) {
	now := time.Date(2024, 3, 5, 1, 0, 0, 0, time.UTC)
	for date, want := range map[string]string{
		"2024-03-05T00:30:00Z":      "Today",
		"2024-03-04T23:59:00Z":      "Yesterday",
		"2024-03-03T12:00:00Z":      "Sunday 3 March 2024",
		"2024-03-05T02:00:00+03:00": "Yesterday",
		"nonsense":                  "",
	} {
		if got := dayLabel(date, now); got != want {
			t.Errorf("dayLabel(%s) = %q, want %q", date, got, want)
		}
	}
}
