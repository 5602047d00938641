package extract

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/newsbite/newsbite/internal/score"
)

// The development sets live beside the repository, not in it; these tests
// score them when they are there, as CI has them, and guard the quality
// reached against regressions.
var benchDir = filepath.Join("..", "..", "shared", "bench")

func readGz(t testing.TB, path string) []byte {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(z)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

type pageScore struct {
	id  string
	url string
	f   float64
}

func dumpDir() string { return os.Getenv("NEWSBITE_DUMP") }

func dump(id, text string) {
	if d := dumpDir(); d != "" {
		os.MkdirAll(d, 0o755)
		os.WriteFile(filepath.Join(d, id+".txt"), []byte(text), 0o644)
	}
}

func TestScrapingHubDevSet(t *testing.T) {
	dir := filepath.Join(benchDir, "scrapinghub")
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		t.Skipf("development set not present: %v", err)
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		t.Fatal(err)
	}
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var counts []score.Counts
	var exact []bool
	var worst []pageScore
	for _, id := range ids {
		page := readGz(t, filepath.Join(dir, "html", id+".html.gz"))
		a, err := Extract(page, Options{URL: truth[id].URL})
		text := ""
		if err == nil {
			text = a.Text
		}
		dump("sh-"+id[:8], text)
		c, e := score.Shingles(truth[id].ArticleBody, text)
		counts = append(counts, c)
		exact = append(exact, e)
		f := 0.0
		if c.TP > 0 {
			f = 2 * c.TP / (2*c.TP + c.FP + c.FN)
		}
		worst = append(worst, pageScore{id[:8], truth[id].URL, f})
	}
	s := score.Summarise(counts, exact)
	t.Logf("scrapinghub: pages=%d P=%.4f R=%.4f F1=%.4f acc=%.3f", len(ids), s.Precision, s.Recall, s.F1, s.Accuracy)
	logWorst(t, worst)
	if s.F1 < 0.96 {
		t.Errorf("shingle F1 %.4f fell below 0.96", s.F1)
	}
}

func TestWCXBDevSet(t *testing.T) {
	dir := filepath.Join(benchDir, "wcxb-dev")
	files, _ := filepath.Glob(filepath.Join(dir, "ground-truth", "*.json"))
	if len(files) == 0 {
		t.Skip("development set not present")
	}
	sort.Strings(files)
	byType := map[string][]float64{}
	var all []float64
	var worst []pageScore
	for _, gt := range files {
		truth := readWCXBTruth(t, gt)
		id := strings.TrimSuffix(filepath.Base(gt), ".json")
		page := readGz(t, filepath.Join(dir, "html", id+".html.gz"))
		a, err := Extract(page, Options{URL: truth.URL})
		text := ""
		if err == nil {
			text = a.Text
		}
		dump("wc-"+id, text)
		_, _, f := score.WordF1(truth.GT.MainContent, text)
		all = append(all, f)
		pt := truth.Internal.PageType.Primary
		byType[pt] = append(byType[pt], f)
		worst = append(worst, pageScore{id + " " + pt, truth.URL, f})
	}
	var types []string
	for k := range byType {
		types = append(types, k)
	}
	sort.Strings(types)
	var b bytes.Buffer
	fmt.Fprintf(&b, "wcxb: pages=%d F1=%.4f", len(all), mean(all))
	for _, k := range types {
		fmt.Fprintf(&b, " %s=%.3f(%d)", k, mean(byType[k]), len(byType[k]))
	}
	t.Log(b.String())
	logWorst(t, worst)
	if mean(all) < 0.825 {
		t.Errorf("word F1 %.4f fell below 0.825", mean(all))
	}
}

func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func logWorst(t *testing.T, pages []pageScore) {
	n := 0
	fmt.Sscan(os.Getenv("NEWSBITE_WORST"), &n)
	sort.Slice(pages, func(i, j int) bool { return pages[i].f < pages[j].f })
	for i := 0; i < n && i < len(pages); i++ {
		t.Logf("worst %.3f %s %s", pages[i].f, pages[i].id, pages[i].url)
	}
}

// wcxbTruth is what the tests read of a WCXB ground-truth file.
type wcxbTruth struct {
	URL      string `json:"url"`
	Internal struct {
		PageType struct {
			Primary string `json:"primary"`
		} `json:"page_type"`
	} `json:"_internal"`
	GT struct {
		MainContent string `json:"main_content"`
	} `json:"ground_truth"`
}

func readWCXBTruth(t *testing.T, path string) wcxbTruth {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var truth wcxbTruth
	if err := json.Unmarshal(raw, &truth); err != nil {
		t.Fatal(err)
	}
	return truth
}
