package input

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsbite/newsbite/internal/fetch"
)

const page = `<html><head><title>A headline</title></head><body><article><h1>A headline</h1>
<p>The first paragraph of the story has enough words in it to be taken for the body of an article.</p>
<p>The second paragraph goes on with more words, so that the page reads like a real news story would.</p>
</article></body></html>`

func gz(t *testing.T, data []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Write(data)
	w.Close()
	return buf.Bytes()
}

func write(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestFromArg(t *testing.T) {
	for arg, want := range map[string]Item{
		"-":                     {Source: "-"},
		"page.html":             {Source: "page.html", Path: "page.html"},
		"https://example.com/a": {Source: "https://example.com/a", URL: "https://example.com/a"},
		"HTTP://example.com/":   {Source: "HTTP://example.com/", URL: "HTTP://example.com/"},
		"ftp://example.com/a":   {Source: "ftp://example.com/a", Path: "ftp://example.com/a"},
	} {
		if got := FromArg(arg); got != want {
			t.Errorf("FromArg(%q) = %+v, want %+v", arg, got, want)
		}
	}
}

func TestParseManifest(t *testing.T) {
	m := `{"path": "a.html", "url": "https://example.com/a"}

{"path": "/abs/b.html.gz"}
{"url": "https://example.com/c", "extra": 1}
`
	items, err := ParseManifest(strings.NewReader(m), "/data/set")
	if err != nil {
		t.Fatal(err)
	}
	want := []Item{
		{Source: "a.html", Path: "/data/set/a.html", URL: "https://example.com/a"},
		{Source: "/abs/b.html.gz", Path: "/abs/b.html.gz"},
		{Source: "https://example.com/c", URL: "https://example.com/c"},
	}
	if len(items) != len(want) {
		t.Fatalf("items = %+v", items)
	}
	for i := range want {
		if items[i] != want[i] {
			t.Errorf("item %d = %+v, want %+v", i, items[i], want[i])
		}
	}
	for _, bad := range []string{"{\"path\": \"a\"}\nnot json\n", "{\"url\": \"ftp://x/\"}\n", "{}\n"} {
		if _, err := ParseManifest(strings.NewReader(bad), "."); err == nil {
			t.Errorf("ParseManifest(%q) succeeded", bad)
		}
	}
	_, err = ParseManifest(strings.NewReader("{\"path\": \"a\"}\n\n[1,2]\n"), ".")
	if err == nil || !strings.Contains(err.Error(), "line 3") {
		t.Errorf("error does not name the line: %v", err)
	}
}

func TestReadManifestFile(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.html", []byte(page))
	m := write(t, dir, "list.jsonl", []byte(`{"path": "a.html", "url": "https://example.com/a"}`+"\n"))
	items, err := ReadManifest(m)
	if err != nil || len(items) != 1 {
		t.Fatalf("ReadManifest = %v, %v", items, err)
	}
	var r Reader
	p, err := r.Read(context.Background(), items[0])
	if err != nil || string(p.Body) != page || p.URL != "https://example.com/a" || p.Source != "a.html" {
		t.Fatalf("Read = %+v, %v", p, err)
	}
	if _, err := ReadManifest(filepath.Join(dir, "missing.jsonl")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing manifest: %v", err)
	}
}

func TestReadFiles(t *testing.T) {
	dir := t.TempDir()
	plain := write(t, dir, "p.html", []byte(page))
	zipped := write(t, dir, "p.html.gz", gz(t, []byte(page)))
	misnamed := write(t, dir, "q.html", gz(t, []byte(page)))
	big := write(t, dir, "big.html", bytes.Repeat([]byte("x"), 2000))
	exact := write(t, dir, "exact.html", bytes.Repeat([]byte("x"), 1000))
	bomb := write(t, dir, "bomb.html.gz", gz(t, make([]byte, 1<<20)))
	r := &Reader{MaxBytes: 1000}
	ctx := context.Background()
	for _, p := range []string{plain, zipped, misnamed} {
		got, err := (&Reader{}).Read(ctx, FromArg(p))
		if err != nil || string(got.Body) != page {
			t.Errorf("Read(%s) = %v", p, err)
		}
	}
	for _, p := range []string{big, bomb} {
		if _, err := r.Read(ctx, FromArg(p)); !errors.Is(err, ErrTooLarge) {
			t.Errorf("Read(%s) = %v, want ErrTooLarge", filepath.Base(p), err)
		}
	}
	if got, err := r.Read(ctx, FromArg(exact)); err != nil || len(got.Body) != 1000 {
		t.Errorf("a file of exactly MaxBytes: %v", err)
	}
	if _, err := r.Read(ctx, FromArg(filepath.Join(dir, "missing.html"))); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
	if _, err := r.Read(ctx, FromArg(dir)); err == nil {
		t.Error("reading a directory succeeded")
	}
}

func TestReadStdin(t *testing.T) {
	r := &Reader{Stdin: bytes.NewReader(gz(t, []byte(page)))}
	p, err := r.Read(context.Background(), Item{Source: Stdin, URL: "https://example.com/s"})
	if err != nil || string(p.Body) != page || p.URL != "https://example.com/s" {
		t.Fatalf("Read(stdin) = %+v, %v", p, err)
	}
	if _, err := r.Read(context.Background(), Item{Source: Stdin}); err == nil {
		t.Error("standard input was read twice")
	}
	if _, err := (&Reader{}).Read(context.Background(), Item{Source: Stdin}); err == nil {
		t.Error("read standard input that is not there")
	}
}

func TestReadURL(t *testing.T) {
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/old" {
			http.Redirect(w, r, "/story", http.StatusFound)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, page)
	}))
	defer s.Close()
	r := &Reader{Fetcher: fetch.New(fetch.Options{AllowPrivate: true})}
	p, err := r.Read(context.Background(), FromArg(s.URL+"/old"))
	if err != nil {
		t.Fatal(err)
	}
	if p.URL != s.URL+"/story" || p.Source != s.URL+"/old" || p.ContentType != "text/html; charset=utf-8" || string(p.Body) != page {
		t.Errorf("Read(URL) = %+v", p)
	}
	if _, err := (&Reader{}).Read(context.Background(), FromArg(s.URL)); err == nil {
		t.Error("fetched a URL without a Fetcher")
	}
	guarded := &Reader{Fetcher: fetch.New(fetch.Options{})}
	if _, err := guarded.Read(context.Background(), FromArg(s.URL)); !errors.Is(err, fetch.ErrPrivateAddress) {
		t.Errorf("loopback URL without AllowPrivate: %v", err)
	}
}

func TestArticle(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "p.html", []byte(page))
	r := &Reader{}
	a, err := r.Article(context.Background(), Item{Source: "given/p.html", Path: p, URL: "https://example.com/p"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Source != "given/p.html" || a.URL != "https://example.com/p" || a.Title != "A headline" || a.WordCount == 0 || a.Error != "" {
		t.Errorf("Article = %+v", a)
	}
	a, err = r.Article(context.Background(), FromArg(filepath.Join(dir, "none.html")))
	if err == nil || a == nil || a.Source != filepath.Join(dir, "none.html") || a.Error == "" || a.Blocks == nil {
		t.Errorf("Article(missing) = %+v, %v", a, err)
	}
	bin := write(t, dir, "bin.html", append([]byte("\x89PNG\r\n\x1a\n"), make([]byte, 512)...))
	if a, err := r.Article(context.Background(), FromArg(bin)); err == nil || a.Error == "" {
		t.Errorf("Article(binary) = %+v, %v", a, err)
	}
}

func TestOrdered(t *testing.T) {
	const n, workers = 40, 4
	var running, maxRunning, started, emitted, maxAhead atomic.Int32
	var doneCount atomic.Int32
	firstMayFinish := make(chan struct{})
	firstStarted := make(chan struct{})
	var once sync.Once
	var got []int
	Ordered(context.Background(), n, workers, func(ctx context.Context, i int) int {
		r := running.Add(1)
		defer running.Add(-1)
		for m := maxRunning.Load(); r > m && !maxRunning.CompareAndSwap(m, r); m = maxRunning.Load() {
		}
		if a := started.Add(1) - emitted.Load(); a > maxAhead.Load() {
			maxAhead.Store(a)
		}
		if i == 0 {
			// The first item finishes only after others have, so results
			// arrive out of order; they start only once it runs, so at
			// least two run at once whatever the scheduler does.
			close(firstStarted)
			select {
			case <-firstMayFinish:
			case <-time.After(time.Minute):
				return -1
			}
		} else {
			if i < workers {
				select {
				case <-firstStarted:
				case <-time.After(time.Minute):
					return -1
				}
			}
			if doneCount.Add(1) == workers-1 {
				once.Do(func() { close(firstMayFinish) })
			}
		}
		return i * 10
	}, func(i, v int) {
		emitted.Add(1)
		if v != i*10 {
			t.Errorf("emit(%d, %d)", i, v)
		}
		got = append(got, i)
	})
	if len(got) != n {
		t.Fatalf("emitted %d results, want %d", len(got), n)
	}
	for i, v := range got {
		if v != i {
			t.Fatalf("emitted out of order: %v", got)
		}
	}
	if m := maxRunning.Load(); m > workers || m < 2 {
		t.Errorf("at most %d ran at once, want 2..%d", m, workers)
	}
	if a := maxAhead.Load(); a > 4*workers {
		t.Errorf("work ran %d ahead of emit, want at most %d", a, 4*workers)
	}
}

func TestOrderedStreams(t *testing.T) {
	// The last item waits for the first to be emitted: Ordered must emit
	// results as they become ready, not all at the end.
	const n = 8
	firstOut := make(chan struct{})
	var got []string
	Ordered(context.Background(), n, 2, func(ctx context.Context, i int) string {
		if i == n-1 {
			select {
			case <-firstOut:
			case <-time.After(time.Minute):
				return "late"
			}
		}
		return "ok"
	}, func(i int, v string) {
		if i == 0 {
			close(firstOut)
		}
		got = append(got, v)
	})
	if len(got) != n || got[n-1] != "ok" {
		t.Errorf("results = %v", got)
	}
}

func TestOrderedEdges(t *testing.T) {
	calls := 0
	Ordered(context.Background(), 0, 4, func(context.Context, int) int { calls++; return 0 }, func(int, int) { calls++ })
	if calls != 0 {
		t.Errorf("n=0 made %d calls", calls)
	}
	var got []int
	Ordered(context.Background(), 3, 0, func(_ context.Context, i int) int { return i }, func(_ int, v int) { got = append(got, v) })
	if len(got) != 3 || got[2] != 2 {
		t.Errorf("workers=0: %v", got)
	}
	// After the context ends every index still gets a result.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var errs int
	Ordered(ctx, 5, 2, func(ctx context.Context, i int) error { return ctx.Err() }, func(_ int, err error) {
		if err != nil {
			errs++
		}
	})
	if errs != 5 {
		t.Errorf("cancelled: %d failures, want 5", errs)
	}
}

func TestArticleFromClippedText(t *testing.T) {
	dir := t.TempDir()
	text := "News\n\nA headline made of several words\n\nThe story starts here and goes on.\n\nShare this article\n\nSource: https://example.com/a\n"
	for _, name := range []string{"a.txt", "a.clip"} {
		p := write(t, dir, name, []byte(text))
		var r Reader
		a, err := r.Article(context.Background(), FromArg(p))
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != "A headline made of several words" || a.URL != "https://example.com/a" || a.Text != "The story starts here and goes on." || a.Source != p {
			t.Errorf("%s: %+v", name, a)
		}
	}
}
