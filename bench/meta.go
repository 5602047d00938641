package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	readability "github.com/go-shiori/go-readability"
	trafilatura "github.com/markusmobius/go-trafilatura"

	"github.com/newsbite/newsbite/extract"
)

// The meta verb: metadata quality of NewsBite and its peers against the
// human ground truth of WCXB (title, author, date, page type) and the
// fundus publisher fixtures (title, authors, date, topics).
//
// Authors are scored twice. Both truths list agencies and organisations
// as authors ("dpa", "Le Monde", "… Team"), which NewsBite keeps apart in
// its credit: "authors" scores its authors alone, "authors+credit" its
// authors and credit together. A peer's one author field counts in both.

func init() {
	register(verb{name: "meta", run: runMeta,
		summary: "metadata: title, authors, date, page type, topics of NewsBite vs peers"})
}

// metaPage is one page with its metadata ground truth.
type metaPage struct {
	set, id, file, url string
	title              string
	authors            []string
	date               string // as the truth gives it
	pageType           string
	topics             []string
	body               string // fundus: the article's paragraphs, for the extract verb
}

// metaOut is what a system says about a page.
type metaOut struct {
	title    string
	authors  []string
	credit   []string // NewsBite only: agencies and organisations credited
	date     string   // RFC 3339 or date-time with offset; empty if none
	modified string   // NewsBite only, shown with date misses
	pageType string
	topics   []string
	err      string
}

type metaSystem struct {
	name string
	run  func(page []byte, url string) metaOut
}

var metaSystems = []metaSystem{
	{"newsbite", metaNewsBite},
	{"trafilatura", metaTrafilatura},
	{"readability", metaReadability},
}

func metaNewsBite(page []byte, url string) metaOut {
	a, err := extract.Extract(page, extract.Options{URL: url})
	if err != nil {
		return metaOut{err: err.Error()}
	}
	o := metaOut{title: a.Title, authors: a.Authors, date: a.Published, modified: a.Modified, pageType: a.PageType, topics: a.Tags}
	if a.Credit != "" {
		o.credit = strings.Split(a.Credit, ", ")
	}
	return o
}

func metaTrafilatura(page []byte, url string) metaOut {
	res, err := trafilatura.Extract(bytes.NewReader(page), trafilatura.Options{
		OriginalURL: parseURL(url), EnableFallback: false, ExcludeComments: true,
	})
	if err != nil || res == nil {
		return metaOut{err: fmt.Sprint(err)}
	}
	md := res.Metadata
	o := metaOut{title: md.Title, pageType: md.PageType}
	if md.Author != "" {
		o.authors = []string{md.Author}
	}
	if !md.Date.IsZero() {
		o.date = md.Date.Format(time.RFC3339)
	}
	o.topics = append(append(o.topics, md.Tags...), md.Categories...)
	return o
}

func metaReadability(page []byte, url string) metaOut {
	a, err := readability.FromReader(bytes.NewReader(page), parseURL(url))
	if err != nil {
		return metaOut{err: err.Error()}
	}
	o := metaOut{title: a.Title}
	if a.Byline != "" {
		o.authors = []string{a.Byline}
	}
	if a.PublishedTime != nil {
		o.date = a.PublishedTime.Format(time.RFC3339)
	}
	return o
}

func runMeta(args []string) error {
	fs := flag.NewFlagSet("meta", flag.ContinueOnError)
	data := fs.String("data", filepath.Join("..", "..", "shared", "bench"), "folder holding the development sets")
	sysFlag := fs.String("systems", "newsbite,trafilatura,readability", "systems to run, comma-separated")
	setFlag := fs.String("set", "wcxb,fundus", "sets to run, comma-separated")
	n := fs.Int("n", 0, "use only the first N pages of each set (0: all)")
	misses := fs.String("misses", "", "list NewsBite's misses on this field (title, authors, authors+credit, date, type, topics)")
	jobs := fs.Int("j", 2, "pages extracted in parallel")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: go run . meta [flags]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	var pages []metaPage
	for _, s := range strings.Split(*setFlag, ",") {
		var ps []metaPage
		var err error
		switch strings.TrimSpace(s) {
		case "wcxb":
			ps, err = loadWCXBMeta(filepath.Join(*data, "wcxb-dev"))
		case "fundus":
			ps, err = loadFundusMeta(filepath.Join(*data, "metadata", "fundus"))
		default:
			return fmt.Errorf("-set: unknown set %q (have wcxb, fundus)", s)
		}
		if err != nil {
			return err
		}
		if *n > 0 && *n < len(ps) {
			ps = ps[:*n]
		}
		pages = append(pages, ps...)
	}
	var syss []metaSystem
	for _, name := range strings.Split(*sysFlag, ",") {
		found := false
		for _, s := range metaSystems {
			if s.name == strings.TrimSpace(name) {
				syss, found = append(syss, s), true
			}
		}
		if !found {
			return fmt.Errorf("-systems: unknown system %q", name)
		}
	}

	outs := make([][]metaOut, len(syss))
	for i := range outs {
		outs[i] = make([]metaOut, len(pages))
	}
	cpu := make([]time.Duration, len(syss))
	var mu sync.Mutex
	work := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < max(*jobs, 1); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				raw, err := readGz(pages[i].file)
				for s, sys := range syss {
					if err != nil {
						outs[s][i] = metaOut{err: err.Error()}
						continue
					}
					start := time.Now()
					outs[s][i] = safeMeta(sys, raw, pages[i].url)
					d := time.Since(start)
					mu.Lock()
					cpu[s] += d
					mu.Unlock()
				}
			}
		}()
	}
	for i := range pages {
		work <- i
	}
	close(work)
	wg.Wait()

	fmt.Printf("# NewsBite metadata benchmark\n\n%d pages (%s); go run . meta %s\n\n", len(pages), *setFlag, strings.Join(args, " "))
	t := &table{head: []string{"system",
		"wcxb title", "wcxb authors", "wcxb authors+credit", "wcxb date", "wcxb type",
		"fundus title", "fundus authors", "fundus authors+credit", "fundus date", "fundus topics", "ms/page"}}
	for s, sys := range syss {
		row := []string{sys.name}
		for _, set := range []string{"wcxb", "fundus"} {
			for _, field := range []string{"title", "authors", "authors+credit", "date", "type", "topics"} {
				if (set == "wcxb" && field == "topics") || (set == "fundus" && field == "type") {
					continue
				}
				v, k := fieldScore(pages, outs[s], set, field)
				if k == 0 || (field == "type" && sys.name == "readability") || (field == "topics" && sys.name == "readability") {
					row = append(row, dash)
				} else {
					row = append(row, f3(v))
				}
			}
		}
		row = append(row, fmt.Sprintf("%.1f", float64(cpu[s].Milliseconds())/float64(max(len(pages), 1))))
		t.add(row...)
	}
	t.write(os.Stdout)
	fmt.Println("\ntitle: token F1; authors: set F1 over normalised names (authors+credit: NewsBite's authors")
	fmt.Println("and credit together, as the truths list agencies as authors; peers score the same in both);")
	fmt.Println("date: exact day; type: accuracy; topics: set F1 (lower-cased). Each over the pages whose truth has the field:")
	for _, set := range []string{"wcxb", "fundus"} {
		var parts []string
		for _, field := range []string{"title", "authors", "authors+credit", "date", "type", "topics"} {
			if _, k := fieldScore(pages, outs[0], set, field); k > 0 {
				parts = append(parts, fmt.Sprintf("%s %d", field, k))
			}
		}
		if len(parts) > 0 {
			fmt.Printf("  %s: %s\n", set, strings.Join(parts, ", "))
		}
	}
	if *misses == "type" && len(syss) > 0 {
		writeTypeConfusion(pages, outs[0])
	}
	if *misses != "" && len(syss) > 0 {
		fmt.Printf("\n## %s misses of %s\n\n", *misses, syss[0].name)
		for i, p := range pages {
			v, ok := pageScore1(p, outs[0][i], *misses)
			if ok && v < 0.999 {
				o := outs[0][i]
				var got, want string
				switch *misses {
				case "title":
					got, want = o.title, p.title
				case "authors", "authors+credit":
					got, want = strings.Join(o.authors, " | "), strings.Join(p.authors, " | ")
					if len(o.credit) > 0 {
						got += " (credit " + strings.Join(o.credit, " | ") + ")"
					}
				case "date":
					got, want = o.date+" (modified "+o.modified+")", p.date
				case "type":
					got, want = o.pageType, p.pageType
				case "topics":
					got, want = strings.Join(o.topics, " | "), strings.Join(p.topics, " | ")
				}
				fmt.Printf("%s %s %.2f\n  want: %s\n  got:  %s\n  %s\n", p.set, p.id, v, want, got, p.url)
			}
		}
	}
	return nil
}

// writeTypeConfusion prints the page types the truth gives (rows) against
// the ones the system says (columns), with each type's recall.
func writeTypeConfusion(pages []metaPage, outs []metaOut) {
	count := map[[2]string]int{}
	rows, cols := map[string]int{}, map[string]bool{}
	for i, p := range pages {
		if p.pageType == "" {
			continue
		}
		got := strings.ToLower(outs[i].pageType)
		if got == "" {
			got = "(none)"
		}
		want := strings.ToLower(p.pageType)
		count[[2]string{want, got}]++
		rows[want]++
		cols[got] = true
	}
	if len(rows) == 0 {
		return
	}
	var rs, cs []string
	for r := range rows {
		rs = append(rs, r)
		cols[r] = true
	}
	for c := range cols {
		cs = append(cs, c)
	}
	sort.Slice(rs, func(a, b int) bool { return rows[rs[a]] > rows[rs[b]] || (rows[rs[a]] == rows[rs[b]] && rs[a] < rs[b]) })
	sort.Strings(cs)
	fmt.Printf("\n## page type confusion (rows: truth, columns: said)\n\n")
	t := &table{head: append(append([]string{"truth"}, cs...), "recall")}
	for _, r := range rs {
		row := []string{r}
		for _, c := range cs {
			row = append(row, strconv.Itoa(count[[2]string{r, c}]))
		}
		row = append(row, f3(float64(count[[2]string{r, r}])/float64(rows[r])))
		t.add(row...)
	}
	t.write(os.Stdout)
}

func safeMeta(sys metaSystem, raw []byte, url string) (o metaOut) {
	defer func() {
		if r := recover(); r != nil {
			o = metaOut{err: fmt.Sprint("panic: ", r)}
		}
	}()
	return sys.run(raw, url)
}

// fieldScore is the mean score of field over the set's pages that have it
// in their truth, and how many they are.
func fieldScore(pages []metaPage, outs []metaOut, set, field string) (float64, int) {
	sum, k := 0.0, 0
	for i, p := range pages {
		if p.set != set {
			continue
		}
		if v, ok := pageScore1(p, outs[i], field); ok {
			sum += v
			k++
		}
	}
	if k == 0 {
		return 0, 0
	}
	return sum / float64(k), k
}

func pageScore1(p metaPage, o metaOut, field string) (float64, bool) {
	switch field {
	case "title":
		if p.title == "" {
			return 0, false
		}
		return tokenF1(p.title, o.title), true
	case "authors":
		if len(p.authors) == 0 {
			return 0, false
		}
		return setF1(personNames(p.authors), personNames(o.authors)), true
	case "authors+credit":
		if len(p.authors) == 0 {
			return 0, false
		}
		return setF1(personNames(p.authors), personNames(append(append([]string{}, o.authors...), o.credit...))), true
	case "date":
		if p.date == "" {
			return 0, false
		}
		if sameDay(p.date, o.date) {
			return 1, true
		}
		return 0, true
	case "type":
		if p.pageType == "" {
			return 0, false
		}
		if strings.EqualFold(p.pageType, o.pageType) {
			return 1, true
		}
		return 0, true
	case "topics":
		if len(p.topics) == 0 {
			return 0, false
		}
		return setF1(lowerSet(p.topics), lowerSet(o.topics)), true
	}
	return 0, false
}

var rxWord = regexp.MustCompile(`[\p{L}\p{N}_]+`)

func tokenF1(want, got string) float64 {
	w := rxWord.FindAllString(strings.ToLower(want), -1)
	g := rxWord.FindAllString(strings.ToLower(got), -1)
	if len(w) == 0 || len(g) == 0 {
		if len(w) == len(g) {
			return 1
		}
		return 0
	}
	count := map[string]int{}
	for _, t := range w {
		count[t]++
	}
	common := 0
	for _, t := range g {
		if count[t] > 0 {
			count[t]--
			common++
		}
	}
	if common == 0 {
		return 0
	}
	pr, rc := float64(common)/float64(len(g)), float64(common)/float64(len(w))
	return 2 * pr * rc / (pr + rc)
}

func setF1(want, got map[string]bool) float64 {
	if len(want) == 0 || len(got) == 0 {
		if len(want) == len(got) {
			return 1
		}
		return 0
	}
	common := 0
	for k := range got {
		if want[k] {
			common++
		}
	}
	if common == 0 {
		return 0
	}
	pr, rc := float64(common)/float64(len(got)), float64(common)/float64(len(want))
	return 2 * pr * rc / (pr + rc)
}

func lowerSet(list []string) map[string]bool {
	out := map[string]bool{}
	for _, s := range list {
		if s = strings.ToLower(strings.Join(strings.Fields(s), " ")); s != "" {
			out[s] = true
		}
	}
	return out
}

var (
	rxNameSplit = regexp.MustCompile(`(?i)\s*(?:[,;&|]|\s(?:and|und)\s)\s*`)
	rxNameBy    = regexp.MustCompile(`(?i)^(?:by|von|par|por|and|und)\s+|^(?:dr|prof|mr|mrs|ms)\.?\s+`)
)

// personNames normalises author strings the same way for every system
// and the truth: split on commas, "and", "&" (and ", and"); drop a
// leading "By" and
// a title (Dr, Prof, Mr) and parts that are degrees or credentials (no lower-case letter, or
// containing digits); lower-case, letters only.
func personNames(list []string) map[string]bool {
	out := map[string]bool{}
	for _, s := range list {
		for _, part := range rxNameSplit.Split(s, -1) {
			part = rxNameBy.ReplaceAllString(strings.TrimSpace(part), "")
			if part == "" || strings.IndexFunc(part, unicode.IsDigit) >= 0 {
				continue
			}
			letters := strings.IndexFunc(part, unicode.IsLetter) >= 0
			if !letters || (len(part) <= 6 && strings.ToUpper(part) == part && !strings.Contains(part, " ")) {
				continue
			}
			var b strings.Builder
			for _, r := range strings.ToLower(part) {
				switch {
				case unicode.IsLetter(r):
					b.WriteRune(r)
				case unicode.IsSpace(r) || r == '-' || r == '.':
					b.WriteByte(' ')
				}
			}
			if n := strings.Join(strings.Fields(b.String()), " "); n != "" {
				out[n] = true
			}
		}
	}
	return out
}

// sameDay compares the day of a predicted timestamp with the truth's day,
// reading the prediction in the truth's offset when it gives one.
func sameDay(truth, got string) bool {
	if got == "" {
		return false
	}
	tt, tzoned := parseAnyTime(truth)
	gt, _ := parseAnyTime(got)
	if tt.IsZero() || gt.IsZero() {
		return false
	}
	if tzoned {
		gt = gt.In(tt.Location())
	}
	return tt.Format("2006-01-02") == gt.Format("2006-01-02")
}

func parseAnyTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, l := range []string{time.RFC3339Nano, "2006-01-02 15:04:05.999999999Z07:00", "2006-01-02 15:04:05Z07:00", "2006-01-02T15:04:05Z0700"} {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	for _, l := range []string{"2006-01-02 15:04:05.999999999", "2006-01-02 15:04:05", "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(l, s); err == nil {
			return t, false
		}
	}
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t, false
		}
	}
	return time.Time{}, false
}

func loadWCXBMeta(dir string) ([]metaPage, error) {
	ws, err := readWCXB(dir)
	if err != nil {
		return nil, err
	}
	var out []metaPage
	for _, w := range ws {
		p := metaPage{set: "wcxb", id: w.ID, url: w.URL, pageType: w.Type, file: w.File}
		if w.Title != nil {
			p.title = *w.Title
		}
		if w.Author != nil && strings.TrimSpace(*w.Author) != "" {
			p.authors = []string{*w.Author}
		}
		if w.Date != nil {
			p.date = *w.Date
		}
		out = append(out, p)
	}
	return out, nil
}

// loadFundusMeta pairs each publisher's versions (V1, V1_1, V2, ...) with
// its pages sorted by date, as the set's README says.
func loadFundusMeta(dir string) ([]metaPage, error) {
	jsons, err := filepath.Glob(filepath.Join(dir, "*", "*.json"))
	if err != nil || len(jsons) == 0 {
		return nil, fmt.Errorf("%s: no fixtures (%v)", dir, err)
	}
	sort.Strings(jsons)
	var out []metaPage
	for _, j := range jsons {
		raw, err := os.ReadFile(j)
		if err != nil {
			return nil, err
		}
		var versions map[string]struct {
			Title   string   `json:"title"`
			Authors []string `json:"authors"`
			Date    *string  `json:"publishing_date"`
			Topics  []string `json:"topics"`
			Body    struct {
				Summary  []string `json:"summary"`
				Sections []struct {
					Headline   []string `json:"headline"`
					Paragraphs []string `json:"paragraphs"`
				} `json:"sections"`
			} `json:"body"`
		}
		if err := json.Unmarshal(raw, &versions); err != nil {
			return nil, fmt.Errorf("%s: %v", j, err)
		}
		pub := strings.TrimSuffix(filepath.Base(j), ".json")
		htmls, _ := filepath.Glob(filepath.Join(filepath.Dir(j), pub+"_*.html.gz"))
		var pages []string
		for _, h := range htmls {
			rest := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(h), pub+"_"), ".html.gz")
			if len(rest) == 10 && rest[4] == '_' && rest[7] == '_' {
				pages = append(pages, h)
			}
		}
		sort.Strings(pages)
		var keys []string
		for k := range versions {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(a, b int) bool { return versionLess(keys[a], keys[b]) })
		if len(keys) != len(pages) {
			continue
		}
		country := filepath.Base(filepath.Dir(j))
		for i, k := range keys {
			v := versions[k]
			body := append([]string{}, v.Body.Summary...)
			for _, sec := range v.Body.Sections {
				body = append(append(body, sec.Headline...), sec.Paragraphs...)
			}
			p := metaPage{set: "fundus", id: country + "/" + filepath.Base(pages[i]), file: pages[i],
				title: v.Title, authors: v.Authors, topics: v.Topics, body: strings.Join(body, "\n")}
			if v.Date != nil {
				p.date = *v.Date
			}
			out = append(out, p)
		}
	}
	return out, nil
}

// versionLess orders "V1" < "V1_1" < "V2" < "V10" by their numbers.
func versionLess(a, b string) bool {
	na, nb := versionNums(a), versionNums(b)
	for i := 0; i < len(na) && i < len(nb); i++ {
		if na[i] != nb[i] {
			return na[i] < nb[i]
		}
	}
	return len(na) < len(nb)
}

func versionNums(v string) []int {
	var out []int
	for _, f := range strings.FieldsFunc(strings.TrimPrefix(v, "V"), func(r rune) bool { return r == '_' }) {
		n, _ := strconv.Atoi(f)
		out = append(out, n)
	}
	return out
}
