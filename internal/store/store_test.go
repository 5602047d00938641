package store

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsbite/newsbite/article"
)

var vocab = strings.Fields(`minister council harbour railway budget plans union strike vote court
ruling report police market shares growth school teachers hospital doctors weather storm flood
rescue team match goal season coach club fans energy prices deal talks city mayor river bridge
museum festival film award singer album chart company profits bank rates inflation jobs farmers
harvest drought election campaign leader party debate law judge trial`)

// prose returns n words of text drawn by a generator seeded with seed:
// texts of different seeds share few shingles.
func prose(seed uint64, n int) string {
	r := rand.New(rand.NewPCG(seed, seed*7+1))
	var b strings.Builder
	for i := range n {
		if i > 0 {
			if i%12 == 0 {
				b.WriteString(". ")
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(vocab[r.IntN(len(vocab))])
	}
	b.WriteString(".")
	return b.String()
}

func newArticle(seed uint64, url, title string) *article.Article {
	a := &article.Article{Source: url, URL: url, Title: title, Language: "en"}
	text := prose(seed, 120)
	a.SetBlocks([]article.Block{{Type: article.Paragraph, Text: text}})
	return a
}

func open(t *testing.T) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "a", "archive.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestMigrations(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if v, err := s.Version(ctx); err != nil || v != len(migrations) {
		t.Fatalf("version = %d, %v; want %d", v, err, len(migrations))
	}
	if _, err := s.Put(ctx, newArticle(1, "https://a.example/1", "One")); err != nil {
		t.Fatal(err)
	}
	s.Close()

	// Reopening applies nothing twice and keeps the data.
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if st, _ := s.Stats(ctx); st.Articles != 1 {
		t.Errorf("after reopening: %d articles", st.Articles)
	}
	var mode string
	s.r.QueryRow("PRAGMA journal_mode").Scan(&mode)
	if mode != "wal" {
		t.Errorf("journal_mode = %q, want wal", mode)
	}
	// An archive from a newer NewsBite is refused, not damaged.
	if _, err := s.w.Exec(fmt.Sprintf("PRAGMA user_version = %d", len(migrations)+1)); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := Open(ctx, path); !errors.Is(err, ErrTooNew) {
		t.Errorf("newer schema: err = %v, want ErrTooNew", err)
	}
}

func TestPutGet(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	a := newArticle(2, "https://www.News.example/world/1", "A headline")
	a.CanonicalURL = "https://news.example/world/1"
	a.SiteName = "News"
	a.Description = "What happened."
	a.Authors = []string{"Ann Writer", "Bo Reporter"}
	a.Credit = "Reuters"
	a.Published = "2024-05-06T07:08:09+02:00"
	a.Modified = "2024-05-07T00:00:00Z"
	a.Section = "World"
	a.Tags = []string{"Floods", "Europe"}
	a.PageType = "article"
	a.Images = []article.Image{{URL: "https://news.example/i.jpg", Caption: "A river", Credit: "AP"}}
	a.SetBlocks([]article.Block{{Type: article.Heading, Text: "Sub", Level: 2}, {Type: article.Paragraph, Text: prose(2, 80)}})
	r, err := s.Put(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	if r.ID == 0 || r.StoryID != r.ID || r.Duplicate != "" {
		t.Fatalf("Put = %+v", r)
	}
	got, err := s.Get(ctx, r.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Site != "news.example" || got.Date != "2024-05-06T05:08:09Z" {
		t.Errorf("site %q date %q", got.Site, got.Date)
	}
	if fmt.Sprint(got.Article) != fmt.Sprint(*a) {
		t.Errorf("round trip:\n got %+v\nwant %+v", got.Article, *a)
	}
	if _, err := s.Get(ctx, r.ID+100); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing id: err = %v", err)
	}
	// Records without an article are not stored.
	if _, err := s.Put(ctx, article.Failed("x", errors.New("boom"))); !errors.Is(err, ErrNoArticle) {
		t.Errorf("failed article: err = %v", err)
	}
	if _, err := s.Put(ctx, &article.Article{Empty: true}); !errors.Is(err, ErrNoArticle) {
		t.Errorf("empty article: err = %v", err)
	}
}

func TestDedupLinking(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	orig := newArticle(3, "https://agency.example/story", "Storm hits coast")
	first, err := s.Put(ctx, orig)
	if err != nil {
		t.Fatal(err)
	}
	// The same copy on another site, with different spacing and case.
	copyA := newArticle(3, "https://paper.example/storm", "Storm hits the coast")
	copyA.SetBlocks([]article.Block{{Type: article.Paragraph, Text: "  " + strings.ToUpper(orig.Text)}})
	exact, err := s.Put(ctx, copyA)
	if err != nil {
		t.Fatal(err)
	}
	// A lightly edited copy: one sentence more, a word changed.
	edited := newArticle(3, "https://other.example/storm", "Storm batters coast")
	edited.SetBlocks([]article.Block{{Type: article.Paragraph,
		Text: strings.Replace(orig.Text, " ", " storm ", 1) + " Officials said more rain was expected."}})
	near, err := s.Put(ctx, edited)
	if err != nil {
		t.Fatal(err)
	}
	other, err := s.Put(ctx, newArticle(4, "https://agency.example/other", "Budget vote"))
	if err != nil {
		t.Fatal(err)
	}
	again, err := s.Put(ctx, newArticle(3, "https://agency.example/story", "Storm hits coast"))
	if err != nil {
		t.Fatal(err)
	}

	if exact.Duplicate != Exact || exact.StoryID != first.ID || exact.ID == first.ID {
		t.Errorf("exact copy: %+v (first %d)", exact, first.ID)
	}
	if near.Duplicate != Near || near.StoryID != first.ID || near.Similarity < 0.5 || near.Similarity >= 1 {
		t.Errorf("edited copy: %+v (first %d)", near, first.ID)
	}
	if other.Duplicate != "" || other.StoryID != other.ID {
		t.Errorf("other story: %+v", other)
	}
	if !again.Refetch || again.ID != first.ID {
		t.Errorf("refetch: %+v", again)
	}
	// A page without a URL is known again by its source.
	noURL := newArticle(4, "", "Budget vote")
	noURL.Source = "pages/budget.html"
	if r, err := s.Put(ctx, noURL); err != nil || r.Refetch || r.Duplicate != Exact {
		t.Errorf("file copy of a stored story: %+v, %v", r, err)
	}
	if r, err := s.Put(ctx, noURL); err != nil || !r.Refetch {
		t.Errorf("the same file again: %+v, %v", r, err)
	}
	st, _ := s.Stats(ctx)
	if st.Articles != 5 || st.Stories != 2 {
		t.Errorf("stats = %+v, want 5 articles in 2 stories", st)
	}
	story, err := s.Story(ctx, first.ID)
	if err != nil || len(story) != 3 || story[0].ID != first.ID {
		t.Fatalf("Story = %d articles, %v", len(story), err)
	}
	p, err := s.List(ctx, Filter{}, "", 10)
	if err != nil || len(p.Articles) != 2 {
		t.Fatalf("List = %+v, %v", p, err)
	}
	for _, a := range p.Articles {
		want := 1 // the file copy
		if a.ID == first.ID {
			want = 2
		}
		if a.Copies != want {
			t.Errorf("story %d copies = %d, want %d", a.ID, a.Copies, want)
		}
	}
	// Copies are not found by search apart from their story.
	hits, err := s.Search(ctx, "coast", Filter{}, 10)
	if err != nil || len(hits) != 1 || hits[0].Article.ID != first.ID {
		t.Errorf("search coast = %d hits, %v", len(hits), err)
	}
}

func TestSearch(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	inTitle := newArticle(10, "https://a.example/1", "Zeppelin returns to the sky")
	inText := newArticle(11, "https://b.example/2", "Airships again")
	inText.SetBlocks([]article.Block{{Type: article.Paragraph, Text: prose(11, 60) + " a zeppelin <b>flew</b> over the town. " + prose(12, 60)}})
	inTags := newArticle(13, "https://c.example/3", "Transport news")
	inTags.Tags = []string{"Zeppelin"}
	for _, a := range []*article.Article{inText, inTags, inTitle, newArticle(14, "https://d.example/4", "Nothing here")} {
		if _, err := s.Put(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	hits, err := s.Search(ctx, "ZEPPELIN", Filter{}, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 3 {
		t.Fatalf("%d hits, want 3", len(hits))
	}
	if hits[0].Article.Title != inTitle.Title {
		t.Errorf("best hit %q, want the title match", hits[0].Article.Title)
	}
	for _, h := range hits {
		if h.Article.Title == inText.Title {
			if !strings.Contains(h.Snippet, "<mark>zeppelin</mark>") || !strings.Contains(h.Snippet, "&lt;b&gt;flew") {
				t.Errorf("snippet %q: want the match marked and the text escaped", h.Snippet)
			}
		}
	}
	// Prefixes, filters and hostile input.
	if hits, _ := s.Search(ctx, "zepp*", Filter{Site: "b.example"}, 10); len(hits) != 1 || hits[0].Article.Title != inText.Title {
		t.Errorf("prefix with site filter: %d hits", len(hits))
	}
	for _, q := range []string{`"AND(`, `title:x OR NEAR(`, `zeppelin"`, `-zeppelin`} {
		if _, err := s.Search(ctx, q, Filter{}, 10); err != nil {
			t.Errorf("Search(%q): %v", q, err)
		}
	}
	if _, err := s.Search(ctx, ` "(*) `, Filter{}, 10); !errors.Is(err, ErrEmptyQuery) {
		t.Errorf("query without words: err = %v", err)
	}
}

func TestPagingAndFilters(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	base := time.Date(2024, 1, 1, 12, 0, 0, 0, time.UTC)
	var entries []Entry
	for i := range 25 {
		a := newArticle(uint64(100+i), fmt.Sprintf("https://site%d.example/a/%d", i%2, i), fmt.Sprintf("Story %d", i))
		if i%3 == 0 {
			a.Tags = []string{"Science"}
		}
		if i%5 == 0 {
			a.Language = "fr-FR"
		}
		// Some dated by the page, some only by when they were fetched;
		// two share a date so the id breaks the tie.
		day := base.AddDate(0, 0, min(i, 23))
		e := Entry{Article: a}
		if i%2 == 0 {
			a.Published = day.Format(time.RFC3339)
		} else {
			e.Fetched = day
		}
		entries = append(entries, e)
	}
	if _, err := s.PutAll(ctx, entries); err != nil {
		t.Fatal(err)
	}
	var seen []string
	cursor := ""
	pages := 0
	for {
		p, err := s.List(ctx, Filter{}, cursor, 10)
		if err != nil {
			t.Fatal(err)
		}
		pages++
		for _, a := range p.Articles {
			seen = append(seen, a.Title)
		}
		if p.Next == "" {
			break
		}
		cursor = p.Next
	}
	if pages != 3 || len(seen) != 25 {
		t.Fatalf("%d pages, %d articles", pages, len(seen))
	}
	want := []string{"Story 24", "Story 23", "Story 22"}
	if strings.Join(seen[:3], ",") != strings.Join(want, ",") || seen[24] != "Story 0" {
		t.Errorf("order: %v", seen)
	}
	count := func(f Filter) int {
		p, err := s.List(ctx, f, "", 100)
		if err != nil {
			t.Fatal(err)
		}
		return len(p.Articles)
	}
	for name, c := range map[string]struct {
		f    Filter
		want int
	}{
		"site":  {Filter{Site: "www.site1.example"}, 12},
		"tag":   {Filter{Tag: "science"}, 9},
		"lang":  {Filter{Lang: "fr"}, 5},
		"since": {Filter{Since: base.AddDate(0, 0, 20)}, 5},
		"until": {Filter{Until: base.AddDate(0, 0, 2)}, 2},
		"both":  {Filter{Since: base.AddDate(0, 0, 5), Until: base.AddDate(0, 0, 10), Site: "site0.example"}, 2},
	} {
		if got := count(c.f); got != c.want {
			t.Errorf("%s: %d articles, want %d", name, got, c.want)
		}
	}
	for _, bad := range []string{"!!", "eA", encodeCursor("yesterday", 3), encodeCursor("2024-01-01T00:00:00Z", 0)} {
		if _, err := s.List(ctx, Filter{}, bad, 10); !errors.Is(err, ErrBadCursor) {
			t.Errorf("cursor %q: err = %v", bad, err)
		}
	}
}

// TestConcurrentReaders reads while a writer stores: readers never fail
// and never see the archive shrink or a half-written batch.
func TestConcurrentReaders(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	const batches, size = 20, 5
	done := make(chan struct{})
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for r := range 3 {
		wg.Go(func() {
			last := 0
			for {
				select {
				case <-done:
					return
				default:
				}
				st, err := s.Stats(ctx)
				if err != nil {
					errs <- err
					return
				}
				if st.Articles < last || st.Articles%size != 0 {
					errs <- fmt.Errorf("reader %d saw %d articles after %d", r, st.Articles, last)
					return
				}
				last = st.Articles
				if _, err := s.List(ctx, Filter{}, "", 5); err != nil {
					errs <- err
					return
				}
				if _, err := s.Search(ctx, "harbour", Filter{}, 5); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	for b := range batches {
		var es []Entry
		for i := range size {
			n := b*size + i
			es = append(es, Entry{Article: newArticle(uint64(1000+n), fmt.Sprintf("https://w.example/%d", n), fmt.Sprintf("W %d", n))})
		}
		if _, err := s.PutAll(ctx, es); err != nil {
			t.Fatal(err)
		}
	}
	close(done)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if st, _ := s.Stats(ctx); st.Articles != batches*size {
		t.Errorf("%d articles stored, want %d", st.Articles, batches*size)
	}
}

// TestCrashSafety kills a process in the middle of a write: what it had
// committed is there when the archive is opened again, and the half-done
// transaction is not.
func TestCrashSafety(t *testing.T) {
	if path := os.Getenv("NEWSBITE_STORE_CRASH"); path != "" {
		crashWhileWriting(path)
		return
	}
	path := filepath.Join(t.TempDir(), "crash.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashSafety$")
	cmd.Env = append(os.Environ(), "NEWSBITE_STORE_CRASH="+path)
	out, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 3 {
		t.Fatalf("child: %v\n%s", err, out)
	}
	ctx := context.Background()
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 2 {
		t.Fatalf("%d articles after the crash, want the 2 committed", st.Articles)
	}
	hits, err := s.Search(ctx, "committed", Filter{}, 10)
	if err != nil || len(hits) != 2 {
		t.Errorf("search after crash: %d hits, %v", len(hits), err)
	}
	// The archive takes writes again.
	if _, err := s.Put(ctx, newArticle(9, "https://c.example/after", "After")); err != nil {
		t.Error(err)
	}
}

func crashWhileWriting(path string) {
	ctx := context.Background()
	s, err := Open(ctx, path)
	if err != nil {
		os.Exit(1)
	}
	for i := range 2 {
		a := newArticle(uint64(50+i), fmt.Sprintf("https://c.example/%d", i), fmt.Sprintf("Committed %d", i))
		if _, err := s.Put(ctx, a); err != nil {
			os.Exit(1)
		}
	}
	// Begin a batch, write part of it, and die before the commit.
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		os.Exit(1)
	}
	if _, err := s.put(ctx, tx, Entry{Article: newArticle(60, "https://c.example/x", "Committed never")}); err != nil {
		os.Exit(1)
	}
	os.Exit(3)
}

func TestDefaultPath(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_DATA_HOME", dir)
	if p, err := DefaultPath(); err != nil || p != filepath.Join(dir, "newsbite", "newsbite.db") {
		t.Errorf("with XDG_DATA_HOME: %q, %v", p, err)
	}
	t.Setenv("XDG_DATA_HOME", "")
	t.Setenv("HOME", dir)
	if p, err := DefaultPath(); err != nil || p != filepath.Join(dir, ".local", "share", "newsbite", "newsbite.db") {
		t.Errorf("without: %q, %v", p, err)
	}
}
