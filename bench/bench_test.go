package main

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// Go benchmarks over a fixed subset of the ScrapingHub pages (the first
// subsetPages by ID), for `go test -bench . -benchmem` and benchstat. One
// op is one pass over the subset; b.SetBytes gives MB/s of HTML and the
// pages/s metric the per-page rate. They run at the test's GOMAXPROCS;
// pass -cpu 1 for figures comparable with the extract verb's.

const subsetPages = 30

type benchPage struct {
	html []byte
	url  string
}

var (
	subsetOnce sync.Once
	subset     []benchPage
	subsetErr  error
)

// benchData is the data folder: $NEWSBITE_BENCH_DATA, or the one the
// extract verb defaults to.
func benchData() string {
	if d := os.Getenv("NEWSBITE_BENCH_DATA"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "shared", "bench")
}

func loadSubset(b *testing.B) []benchPage {
	subsetOnce.Do(func() {
		s, err := loadSet(benchData(), "scrapinghub", subsetPages)
		if err != nil {
			subsetErr = err
			return
		}
		for _, p := range s.Pages {
			html, err := readPage(p)
			if err != nil {
				subsetErr = err
				return
			}
			subset = append(subset, benchPage{html, p.URL})
		}
	})
	if subsetErr != nil {
		b.Skipf("development set not present (%v); set NEWSBITE_BENCH_DATA to its folder", subsetErr)
	}
	return subset
}

func benchSystem(b *testing.B, name string) {
	sys, ok := systemByName(name)
	if !ok {
		b.Fatalf("no system %q", name)
	}
	pages := loadSubset(b)
	total := 0
	for _, p := range pages {
		total += len(p.html)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, p := range pages {
			if _, err := sys.Run(p.html, p.url); err != nil && sys.Scored {
				b.Logf("%s: %v", p.url, err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(pages))/b.Elapsed().Seconds(), "pages/s")
}

func BenchmarkNewsBite(b *testing.B)            { benchSystem(b, "newsbite") }
func BenchmarkTrafilatura(b *testing.B)         { benchSystem(b, "trafilatura") }
func BenchmarkTrafilaturaFallback(b *testing.B) { benchSystem(b, "trafilatura-fallback") }
func BenchmarkReadability(b *testing.B)         { benchSystem(b, "readability") }
func BenchmarkDomDistiller(b *testing.B)        { benchSystem(b, "domdistiller") }
func BenchmarkParseOnly(b *testing.B)           { benchSystem(b, "parse") }

// TestSnippet checks WCXB snippet matching: by lowercase token runs,
// whatever the punctuation and spacing; a snippet without words is skipped.
func TestSnippet(t *testing.T) {
	p := Page{Truth: "One two three.", With: []string{"Two, three", "four"}, Without: []string{"ONE  two", "  "}}
	s := scorePage("wcxb", p, "one two three")
	if s.WithN != 2 || s.WithFound != 1 || s.WithoutN != 1 || s.WithoutKept != 1 {
		t.Fatalf("snippets: %+v", s)
	}
	if s.F1 != 1 {
		t.Fatalf("word F1 %v, want 1", s.F1)
	}
}

func TestSplitList(t *testing.T) {
	got, err := splitList(" parse,newsbite ,", []string{"newsbite", "parse"})
	if err != nil || len(got) != 2 || got[0] != "parse" || got[1] != "newsbite" {
		t.Fatalf("got %v, %v", got, err)
	}
	if _, err := splitList("nope", []string{"newsbite"}); err == nil {
		t.Fatal("unknown name accepted")
	}
}

func TestRunGuardedRecovers(t *testing.T) {
	sys := System{Name: "boom", Scored: true, Run: func([]byte, string) (string, error) { panic("boom") }}
	text, pan, err := runGuarded(sys, nil, "")
	if text != "" || pan != "boom" || err != nil {
		t.Fatalf("got %q, %q, %v", text, pan, err)
	}
}
