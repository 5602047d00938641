package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsbite/newsbite/internal/score"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// fixture is a real page kept in testdata/pages with what humans said of
// it: the article body, or snippets its main content must and must not
// contain. The source and licence of each page are in its JSON file.
type fixture struct {
	Source   string   `json:"source"`
	URL      string   `json:"url"`
	PageType string   `json:"page_type"`
	Title    string   `json:"title"`
	Body     string   `json:"body"`
	With     []string `json:"with"`
	Without  []string `json:"without"`
}

// norm folds whitespace and case so snippets match across line breaks.
func norm(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

func TestPages(t *testing.T) {
	pages, _ := filepath.Glob("testdata/pages/*.html.gz")
	if len(pages) == 0 {
		t.Fatal("no fixtures in testdata/pages")
	}
	for _, p := range pages {
		name := strings.TrimSuffix(filepath.Base(p), ".html.gz")
		t.Run(name, func(t *testing.T) {
			var fx fixture
			raw, err := os.ReadFile(strings.TrimSuffix(p, ".html.gz") + ".json")
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(raw, &fx); err != nil {
				t.Fatal(err)
			}
			a, err := Extract(readGz(t, p), Options{URL: fx.URL})
			if err != nil {
				t.Fatal(err)
			}
			if a.Empty || a.WordCount == 0 {
				t.Fatalf("empty body")
			}
			got := norm(a.Text)
			if fx.Body != "" {
				c, _ := score.Shingles(fx.Body, a.Text)
				s := score.Summarise([]score.Counts{c}, []bool{false})
				if s.F1 < 0.9 {
					t.Errorf("shingle F1 %.3f against the human body, want >= 0.9", s.F1)
				}
			}
			// Snippets the annotators marked as main content: a page may
			// lose one (a link list they counted, a button label), not more.
			var lost []string
			for _, w := range fx.With {
				if !strings.Contains(got, norm(w)) {
					lost = append(lost, w)
				}
			}
			if len(lost)*4 > len(fx.With) {
				t.Errorf("main content lost: %q", lost)
			}
			for _, w := range fx.Without {
				if strings.Contains(got, norm(w)) {
					t.Errorf("boilerplate kept: %q", w)
				}
			}
			golden := filepath.Join("testdata", "golden", name+".txt")
			out := []byte("TITLE: " + a.Title + "\n\n" + a.Text + "\n")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, out, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./extract -run TestPages -update)", err)
			}
			if !bytes.Equal(out, want) {
				t.Errorf("output differs from %s (if the change is intended, rerun with -update and review the diff)", golden)
			}
		})
	}
}
