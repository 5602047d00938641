package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"runtime"
	"sort"
	"strings"
	"time"
	"unicode/utf8"
)

// table renders a Markdown table with aligned columns: the first column
// left-aligned, the others right-aligned.
type table struct {
	head []string
	rows [][]string
}

func (t *table) add(cells ...string) { t.rows = append(t.rows, cells) }

func (t *table) write(w io.Writer) {
	width := make([]int, len(t.head))
	for _, row := range append([][]string{t.head}, t.rows...) {
		for i, c := range row {
			width[i] = max(width[i], utf8.RuneCountInString(c))
		}
	}
	line := func(row []string) {
		var b strings.Builder
		b.WriteString("|")
		for i, c := range row {
			pad := strings.Repeat(" ", width[i]-utf8.RuneCountInString(c))
			if i == 0 {
				fmt.Fprintf(&b, " %s%s |", c, pad)
			} else {
				fmt.Fprintf(&b, " %s%s |", pad, c)
			}
		}
		fmt.Fprintln(w, b.String())
	}
	line(t.head)
	sep := make([]string, len(t.head))
	for i := range sep {
		sep[i] = strings.Repeat("-", max(width[i]-1, 2))
		if i == 0 {
			sep[i] += "-"
		} else {
			sep[i] += ":"
		}
	}
	line(sep)
	for _, r := range t.rows {
		line(r)
	}
}

const dash = "—"

func f3(x float64) string { return fmt.Sprintf("%.3f", x) }
func f4(x float64) string { return fmt.Sprintf("%.4f", x) }
func pct(x float64) string {
	return fmt.Sprintf("%.1f%%", 100*x)
}

// rate prints a throughput with three significant figures or so.
func rate(x float64) string {
	switch {
	case x >= 100:
		return fmt.Sprintf("%.0f", x)
	case x >= 10:
		return fmt.Sprintf("%.1f", x)
	default:
		return fmt.Sprintf("%.2f", x)
	}
}

func mb(kb int64) float64 { return float64(kb) * 1024 / 1e6 }

func findRun(runs []*sysRun, name string) *sysRun {
	for _, r := range runs {
		if r.sys.Name == name && r.failed == nil {
			return r
		}
	}
	return nil
}

// printSet writes the set's main table (and, for WCXB, its per-type table).
func printSet(w io.Writer, s *Set, runs []*sysRun) {
	bytes := 0
	for _, r := range runs {
		if r.failed == nil {
			bytes = r.done.Bytes
			break
		}
	}
	fmt.Fprintf(w, "\n## %s: %d pages, %.1f MB of HTML\n\n", s.Name, len(s.Pages), float64(bytes)/1e6)
	wcxb := s.Name == "wcxb"
	acc := s.Name == "scrapinghub" // exact match is that set's measure only
	t := &table{head: []string{"system", "P", "R", "F1"}}
	if wcxb {
		t.head = append(t.head, "with", "without")
	} else if acc {
		t.head = append(t.head, "acc")
	}
	t.head = append(t.head, "pages/s", "MB/s", "slowest page", "peak RSS MB", "F1 vs NB", "NB speed ×", "notes")
	nb := findRun(runs, "newsbite")
	var slow []string
	for _, r := range runs {
		if r.failed != nil {
			row := []string{r.sys.Name}
			for len(row) < len(t.head)-1 {
				row = append(row, dash)
			}
			t.add(append(row, "failed: "+r.failed.Error())...)
			continue
		}
		row := []string{r.sys.Name}
		if r.sys.Scored {
			row = append(row, f3(r.q.Precision), f3(r.q.Recall), f4(r.q.F1))
			if wcxb {
				row = append(row, pct(r.q.WithFound), pct(r.q.WithoutKept))
			} else if acc {
				row = append(row, f3(r.q.Accuracy))
			}
		} else {
			row = append(row, dash, dash, dash)
			if wcxb {
				row = append(row, dash, dash)
			} else if acc {
				row = append(row, dash)
			}
		}
		sl := r.slowest()
		slowest := dash
		if sl >= 0 {
			slowest = fmt.Sprintf("%.0f ms (%s)", r.ms[sl], s.Pages[sl].Short)
		}
		row = append(row, rate(r.pagesPerS()), rate(r.mbPerS()), slowest,
			fmt.Sprintf("%.0f (+%.0f)", mb(r.done.PeakRSSKB), mb(r.done.PeakRSSKB-r.done.BaseRSSKB)))
		if nb != nil && r.sys.Scored && nb.q.F1 > 0 {
			row = append(row, fmt.Sprintf("%.3f", r.q.F1/nb.q.F1))
		} else {
			row = append(row, dash)
		}
		if nb != nil && r.pagesPerS() > 0 {
			row = append(row, fmt.Sprintf("%.2f", nb.pagesPerS()/r.pagesPerS()))
		} else {
			row = append(row, dash)
		}
		var notes []string
		if k := r.panicCount(); k > 0 {
			notes = append(notes, fmt.Sprintf("%d panics", k))
		}
		if k := r.errCount(); k > 0 {
			notes = append(notes, fmt.Sprintf("%d errors", k))
		}
		var over []string
		for i, ms := range r.ms {
			if ms > slowPageMS {
				over = append(over, fmt.Sprintf("%s %.0f ms", s.Pages[i].Short, ms))
			}
		}
		if len(over) > 0 {
			notes = append(notes, fmt.Sprintf("%d over 1 s", len(over)))
			slow = append(slow, fmt.Sprintf("%s: %s", r.sys.Name, strings.Join(over, ", ")))
		}
		row = append(row, strings.Join(notes, ", "))
		t.add(row...)
	}
	t.write(w)
	if len(slow) > 0 {
		fmt.Fprintf(w, "\nPages over 1 s: %s.\n", strings.Join(slow, "; "))
	}
	for _, r := range runs {
		if r.failed != nil || r.panicCount() == 0 {
			continue
		}
		var ids []string
		for i, p := range r.panics {
			if p != "" {
				ids = append(ids, s.Pages[i].Short)
			}
		}
		fmt.Fprintf(w, "\n%s panicked (counted as empty output) on: %s.\n", r.sys.Name, strings.Join(ids, ", "))
	}
	if wcxb {
		printTypes(w, s, runs)
	}
}

// printTypes writes WCXB word F1 per page type, systems side by side.
func printTypes(w io.Writer, s *Set, runs []*sysRun) {
	var cols []*sysRun
	t := &table{head: []string{"page type", "pages"}}
	for _, r := range runs {
		if r.failed == nil && r.sys.Scored {
			cols = append(cols, r)
			t.head = append(t.head, r.sys.Name)
		}
	}
	if len(cols) == 0 {
		return
	}
	for _, typ := range pageTypes(s.Pages) {
		row := []string{typ, fmt.Sprint(cols[0].q.ByType[typ].N)}
		for _, r := range cols {
			row = append(row, f3(r.q.ByType[typ].F1))
		}
		t.add(row...)
	}
	row := []string{"all", fmt.Sprint(len(s.Pages))}
	for _, r := range cols {
		row = append(row, f3(r.q.F1))
	}
	t.add(row...)
	fmt.Fprintf(w, "\nWord F1 by page type:\n\n")
	t.write(w)
}

// printWorst lists the pages where NewsBite loses most F1 against its best
// peer on the page, then the pages where its F1 is lowest.
func printWorst(w io.Writer, s *Set, runs []*sysRun, n int) {
	nb := findRun(runs, "newsbite")
	if nb == nil {
		fmt.Fprintf(w, "\n(-worst needs newsbite among the systems)\n")
		return
	}
	var peers []*sysRun
	for _, r := range runs {
		if r != nb && r.failed == nil && r.sys.Scored {
			peers = append(peers, r)
		}
	}
	type row struct {
		i        int
		nb, best float64
		peer     string
	}
	rows := make([]row, len(s.Pages))
	for i := range s.Pages {
		rows[i] = row{i: i, nb: nb.scores[i].F1, peer: dash}
		for _, p := range peers {
			if f := p.scores[i].F1; rows[i].peer == dash || f > rows[i].best {
				rows[i].best, rows[i].peer = f, p.sys.Name
			}
		}
	}
	show := func(title string, rs []row) {
		fmt.Fprintf(w, "\n%s\n\n", title)
		for k, r := range rs {
			if k == n {
				break
			}
			p := s.Pages[r.i]
			id := p.Short
			if p.Type != "" {
				id += " " + p.Type
			}
			fmt.Fprintf(w, "%3d. %-22s NB %.3f  %s %.3f  (%+.3f)  %s\n", k+1, id, r.nb, r.peer, r.best, r.nb-r.best, p.URL)
		}
	}
	if len(peers) > 0 {
		byLoss := append([]row(nil), rows...)
		sort.SliceStable(byLoss, func(a, b int) bool { return byLoss[a].best-byLoss[a].nb > byLoss[b].best-byLoss[b].nb })
		k := 0
		for k < len(byLoss) && byLoss[k].best > byLoss[k].nb {
			k++
		}
		show(fmt.Sprintf("Worst %d pages of %s for NewsBite against its best peer on the page (page F1):", min(n, k), s.Name), byLoss[:k])
	}
	byF1 := append([]row(nil), rows...)
	sort.SliceStable(byF1, func(a, b int) bool { return byF1[a].nb < byF1[b].nb })
	show(fmt.Sprintf("Lowest %d NewsBite page F1 on %s (with the best peer's):", min(n, len(byF1)), s.Name), byF1)
}

// JSON report.

type jsonReport struct {
	Generated  string    `json:"generated"`
	GoVersion  string    `json:"go_version"`
	OS         string    `json:"os"`
	CPU        string    `json:"cpu"`
	NumCPU     int       `json:"num_cpu"`
	LoadAvg    string    `json:"load_avg_1m"`
	Args       []string  `json:"args"`
	GOMAXPROCS int       `json:"worker_gomaxprocs"`
	Sets       []jsonSet `json:"sets"`
}

type jsonSet struct {
	Name      string       `json:"name"`
	Pages     int          `json:"pages"`
	HTMLBytes int          `json:"html_bytes"`
	Systems   []jsonSystem `json:"systems"`
}

type jsonSystem struct {
	System string `json:"system"`
	Error  string `json:"error,omitempty"`
	Scored bool   `json:"scored"`

	Precision   float64                `json:"precision"`
	Recall      float64                `json:"recall"`
	F1          float64                `json:"f1"`
	Accuracy    *float64               `json:"accuracy,omitempty"`
	WithFound   *float64               `json:"with_found,omitempty"`
	WithoutKept *float64               `json:"without_kept,omitempty"`
	ByType      map[string]typeQuality `json:"by_type,omitempty"`

	LoopCPUS   float64    `json:"loop_cpu_s"`
	LoopWallS  float64    `json:"loop_wall_s"`
	LoadS      float64    `json:"load_s"`
	ChildCPUS  float64    `json:"child_cpu_s"`
	PagesPerS  float64    `json:"pages_per_cpu_s"`
	MBPerS     float64    `json:"html_mb_per_cpu_s"`
	SlowestMS  float64    `json:"slowest_ms"`
	SlowestID  string     `json:"slowest_id"`
	Over1s     []jsonSlow `json:"over_1s,omitempty"`
	PeakRSSMB  float64    `json:"peak_rss_mb"`
	BaseRSSMB  float64    `json:"rss_before_loop_mb"`
	NumGC      uint32     `json:"num_gc"`
	F1Ratio    float64    `json:"f1_ratio_vs_newsbite,omitempty"`
	SpeedRatio float64    `json:"newsbite_speed_ratio,omitempty"`
	Panics     []string   `json:"panic_pages,omitempty"`
	Errors     []string   `json:"error_pages,omitempty"`
	PerPage    []jsonPage `json:"per_page"`
}

type jsonSlow struct {
	ID string  `json:"id"`
	MS float64 `json:"ms"`
}

type jsonPage struct {
	ID        string  `json:"id"`
	Type      string  `json:"type,omitempty"`
	Precision float64 `json:"p"`
	Recall    float64 `json:"r"`
	F1        float64 `json:"f1"`
	MS        float64 `json:"ms"`
	Empty     bool    `json:"empty,omitempty"`
}

func newJSONReport(args []string) *jsonReport {
	return &jsonReport{
		Generated:  time.Now().UTC().Format(time.RFC3339),
		GoVersion:  runtime.Version(),
		OS:         runtime.GOOS + "/" + runtime.GOARCH,
		CPU:        cpuModel(),
		NumCPU:     runtime.NumCPU(),
		LoadAvg:    loadAvg(),
		Args:       args,
		GOMAXPROCS: 1,
	}
}

func machineLine(r *jsonReport) string {
	return fmt.Sprintf("%s, %s, %s, %d CPUs, load average %s at start; each system in its own process with GOMAXPROCS=1; %s.",
		r.GoVersion, r.OS, r.CPU, runtime.NumCPU(), r.LoadAvg, r.Generated[:10])
}

// loadAvg is the one-minute load average: a loaded machine slows every
// system, NewsBite and peers alike, and makes ratios noisier.
func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	if f := strings.Fields(string(b)); len(f) > 0 {
		return f[0]
	}
	return "unknown"
}

func cpuModel() string {
	f, err := os.Open("/proc/cpuinfo")
	if err != nil {
		return "unknown CPU"
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown CPU"
}

func (rep *jsonReport) addSet(s *Set, runs []*sysRun) {
	js := jsonSet{Name: s.Name, Pages: len(s.Pages)}
	nb := findRun(runs, "newsbite")
	for _, r := range runs {
		o := jsonSystem{System: r.sys.Name, Scored: r.sys.Scored}
		if r.failed != nil {
			o.Error = r.failed.Error()
			js.Systems = append(js.Systems, o)
			continue
		}
		js.HTMLBytes = r.done.Bytes
		if r.sys.Scored {
			o.Precision, o.Recall, o.F1 = r.q.Precision, r.q.Recall, r.q.F1
			if s.Name == "wcxb" {
				o.WithFound, o.WithoutKept = &r.q.WithFound, &r.q.WithoutKept
				o.ByType = r.q.ByType
			} else {
				o.Accuracy = &r.q.Accuracy
			}
			if nb != nil && nb.q.F1 > 0 {
				o.F1Ratio = r.q.F1 / nb.q.F1
			}
		}
		o.LoopCPUS, o.LoopWallS, o.LoadS, o.ChildCPUS = r.loopCPU(), r.done.LoopWallS, r.done.LoadS, r.childCPUS
		o.PagesPerS, o.MBPerS = r.pagesPerS(), r.mbPerS()
		if sl := r.slowest(); sl >= 0 {
			o.SlowestMS, o.SlowestID = r.ms[sl], s.Pages[sl].ID
		}
		o.PeakRSSMB, o.BaseRSSMB, o.NumGC = mb(r.done.PeakRSSKB), mb(r.done.BaseRSSKB), r.done.NumGC
		if nb != nil && r.pagesPerS() > 0 {
			o.SpeedRatio = nb.pagesPerS() / r.pagesPerS()
		}
		for i, p := range s.Pages {
			if r.ms[i] > slowPageMS {
				o.Over1s = append(o.Over1s, jsonSlow{p.ID, r.ms[i]})
			}
			if r.panics[i] != "" {
				o.Panics = append(o.Panics, p.ID)
			}
			if r.errs[i] != "" {
				o.Errors = append(o.Errors, p.ID)
			}
			jp := jsonPage{ID: p.ID, Type: p.Type, MS: r.ms[i], Empty: strings.TrimSpace(r.texts[i]) == ""}
			if r.sys.Scored {
				jp.Precision, jp.Recall, jp.F1 = r.scores[i].P, r.scores[i].R, r.scores[i].F1
			}
			o.PerPage = append(o.PerPage, jp)
		}
		js.Systems = append(js.Systems, o)
	}
	rep.Sets = append(rep.Sets, js)
}
