package ingest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsbite/newsbite/internal/store"
	"github.com/newsbite/newsbite/internal/warc/warctest"
)

var vocab = strings.Fields(`minister council harbour railway budget plans union strike vote court
ruling report police market shares growth school teachers hospital doctors weather storm flood
rescue team match goal season coach club fans energy prices deal talks city mayor river bridge
museum festival film award singer album chart company profits bank rates inflation jobs farmers
harvest drought election campaign leader party debate law judge trial`)

// storyPage is an HTML news page whose body is n paragraphs of words drawn
// by a generator seeded with topic: different topics share few phrases.
func storyPage(title, topic string, n int) string {
	seed := uint64(len(topic))
	for _, c := range topic {
		seed = seed*131 + uint64(c)
	}
	r := rand.New(rand.NewPCG(seed, 1))
	var b strings.Builder
	fmt.Fprintf(&b, "<!doctype html><html lang=en><head><title>%s</title></head><body><nav><a href=/>Home</a></nav><article><h1>%s</h1>", title, title)
	for range n {
		b.WriteString("<p>The")
		for range 30 {
			b.WriteString(" " + vocab[r.IntN(len(vocab))])
		}
		b.WriteString(".</p>")
	}
	b.WriteString("</article><footer>Copyright</footer></body></html>")
	return b.String()
}

var record = warctest.Record

func response(uri, date, status, ctype, body string) []byte {
	http := fmt.Sprintf("HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", status, ctype, len(body), body)
	return record("response", uri, date, "application/http; msgtype=response", http)
}

var gz = warctest.Gzip

// warcFile writes records, one gzip member each, as Common Crawl does.
func warcFile(t *testing.T, path string, records ...[]byte) {
	t.Helper()
	var all []byte
	for _, r := range records {
		all = append(all, gz(r)...)
	}
	if err := os.WriteFile(path, all, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestRun(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	floods := storyPage("Floods close the bridge", "bridge", 8)
	warcPath := filepath.Join(dir, "crawl.warc.gz")
	truncated := gz(response("https://news.example/cut", "2024-03-01T10:00:00Z", "200 OK", "text/html", floods))
	warcFile(t, warcPath,
		record("warcinfo", "", "2024-03-01T09:00:00Z", "application/warc-fields", "software: test\r\n"),
		record("request", "https://news.example/floods", "2024-03-01T10:00:00Z", "application/http; msgtype=request", "GET /floods HTTP/1.1\r\nHost: news.example\r\n\r\n"),
		response("https://news.example/floods", "2024-03-01T10:00:00Z", "200 OK", "text/html; charset=utf-8", floods),
		response("https://news.example/logo.png", "2024-03-01T10:00:01Z", "200 OK", "image/png", "\x89PNG\r\n\x1a\n...."),
		response("https://news.example/gone", "2024-03-01T10:00:02Z", "404 Not Found", "text/html", "<html><body>Not found</body></html>"),
		// The same story syndicated on another site.
		response("https://paper.example/2024/floods", "2024-03-02T08:00:00Z", "200 OK", "text/html", strings.Replace(floods, "Floods close", "Floods shut", 2)),
		response("https://news.example/budget", "2024-03-03T08:00:00Z", "200 OK", "text/html", storyPage("Budget approved", "budget", 8)),
	)
	// A truncated record at the end of a second file.
	f, _ := os.ReadFile(warcPath)
	cut := filepath.Join(dir, "cut.warc.gz")
	os.WriteFile(cut, append(f[:0:0], append(gz(record("warcinfo", "", "2024-03-01T09:00:00Z", "application/warc-fields", "x: y\r\n")), truncated[:len(truncated)/2]...)...), 0o644)
	// A folder of HTML files, one of them a copy already in the WARC.
	pages := filepath.Join(dir, "pages")
	os.Mkdir(pages, 0o755)
	os.WriteFile(filepath.Join(pages, "school.html"), []byte(storyPage("Schools reopen", "school", 6)), 0o644)
	os.WriteFile(filepath.Join(pages, "copy.html"), []byte(floods), 0o644)
	os.WriteFile(filepath.Join(pages, "empty.html"), []byte("<html><body></body></html>"), 0o644)
	os.WriteFile(filepath.Join(pages, "notes.txt"), []byte("not a page"), 0o644)

	st, err := store.Open(ctx, filepath.Join(dir, "archive.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var failed []string
	stats, err := Run(ctx, st, []string{warcPath, cut, pages}, Options{Jobs: 2, Batch: 2,
		OnError: func(source string, err error) { failed = append(failed, source+": "+err.Error()) }})
	if err != nil {
		t.Fatal(err)
	}
	want := Stats{Files: 5, Pages: 6, Stored: 5, Stories: 3, Duplicates: 2, NoArticle: 1, SkippedRecords: 5, Errors: 1}
	if stats.Bytes == 0 || stats.PageBytes < 5*1000 {
		t.Errorf("bytes %d, page bytes %d", stats.Bytes, stats.PageBytes)
	}
	stats.Bytes, stats.PageBytes = 0, 0
	if stats != want {
		t.Errorf("stats = %+v\n want %+v", stats, want)
	}
	if len(failed) != 1 || !strings.Contains(failed[0], "cut.warc.gz#") {
		t.Errorf("errors reported: %q", failed)
	}

	p, err := st.List(ctx, store.Filter{}, "", 10)
	if err != nil {
		t.Fatal(err)
	}
	byTitle := map[string]*store.Stored{}
	for _, a := range p.Articles {
		byTitle[a.Title] = a
	}
	fl := byTitle["Floods close the bridge"]
	if fl == nil || fl.URL != "https://news.example/floods" || fl.Site != "news.example" || fl.Copies != 2 {
		t.Fatalf("floods story: %+v", fl)
	}
	// The page names no date: the WARC record's date stands in.
	if fl.Date != "2024-03-01T10:00:00Z" || fl.Published != "" {
		t.Errorf("floods date %q published %q", fl.Date, fl.Published)
	}
	if !strings.HasPrefix(fl.Source, warcPath+"#") {
		t.Errorf("source %q", fl.Source)
	}
	if byTitle["Schools reopen"] == nil || byTitle["Budget approved"] == nil || len(p.Articles) != 3 {
		t.Errorf("stories: %v", byTitle)
	}

	// Ingesting again stores nothing new.
	again, err := Run(ctx, st, []string{warcPath}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if again.Stored != 0 || again.Duplicates != 3 {
		t.Errorf("second run: %+v", again)
	}
}

// TestRealWARCs reads every WARC file of the bench data, broken ones
// included: no panic, no hang, errors counted.
func TestRealWARCs(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "bench", "warc")
	files, _ := filepath.Glob(filepath.Join(dir, "*.warc*"))
	if len(files) == 0 {
		t.Skip("bench WARC files not present")
	}
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "a.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for _, f := range files {
		stats, err := Run(ctx, st, []string{f}, Options{Jobs: 2})
		if err != nil {
			t.Errorf("%s: %v", f, err)
		}
		base := filepath.Base(f)
		switch {
		case strings.HasPrefix(base, "dolma-sample"):
			// Every page of these is a readable article; a payload cut
			// short by the WARC reader would leave most without one.
			if stats.Pages == 0 || stats.NoArticle > 0 || stats.Errors != 0 {
				t.Errorf("%s: %+v", base, stats)
			}
		case strings.Contains(base, "clipped") || strings.Contains(base, "corrupted"):
			if stats.Errors == 0 {
				t.Errorf("%s: broken file read without error: %+v", base, stats)
			}
		}
	}
}
