package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// The extract verb: main-text extraction quality and speed of NewsBite and
// its peers on the development sets.

func init() {
	register(verb{name: "extract", run: runExtract,
		summary: "main-text extraction: quality and speed of NewsBite vs peers"})
}

// slowPageMS is the wall time over which a page is reported as slow.
const slowPageMS = 1000

// sysRun is one system's run over one set.
type sysRun struct {
	sys    System
	texts  []string  // by page index
	ms     []float64 // wall time of each extract call
	errs   []string
	panics []string
	done   workerLine
	// The whole child, loading included, as the parent sees it.
	childCPUS  float64
	childRSSKB int64
	failed     error

	scores []pageScore
	q      quality
}

func (r *sysRun) loopCPU() float64 { return r.done.LoopUserS + r.done.LoopSysS }

func (r *sysRun) pagesPerS() float64 {
	if c := r.loopCPU(); c > 0 {
		return float64(r.done.Pages) / c
	}
	return 0
}

func (r *sysRun) mbPerS() float64 {
	if c := r.loopCPU(); c > 0 {
		return float64(r.done.Bytes) / 1e6 / c
	}
	return 0
}

// slowest returns the index of the page that took longest.
func (r *sysRun) slowest() int {
	best := -1
	for i, ms := range r.ms {
		if best < 0 || ms > r.ms[best] {
			best = i
		}
	}
	return best
}

func (r *sysRun) panicCount() int {
	n := 0
	for _, p := range r.panics {
		if p != "" {
			n++
		}
	}
	return n
}

func (r *sysRun) errCount() int {
	n := 0
	for _, e := range r.errs {
		if e != "" {
			n++
		}
	}
	return n
}

func runExtract(args []string) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	data := fs.String("data", filepath.Join("..", "..", "shared", "bench"), "folder holding the development sets")
	setsFlag := fs.String("set", strings.Join(setNames, ","), "sets to run, comma-separated")
	sysFlag := fs.String("systems", systemNames(), "systems to run, comma-separated")
	n := fs.Int("n", 0, "use only the first N pages of each set (0: all)")
	worst := fs.Int("worst", 0, "list the N pages where NewsBite loses most F1")
	jsonOut := fs.String("json", "", "write all figures to this JSON file")
	dumpDir := fs.String("dump", "", "write each system's text per page under this folder")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: go run . extract [flags]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments: %v", fs.Args())
	}
	dataDir, err := filepath.Abs(*data)
	if err != nil {
		return err
	}
	if _, err := os.Stat(dataDir); err != nil {
		return fmt.Errorf("data folder: %v", err)
	}
	sets, err := splitList(*setsFlag, setNames)
	if err != nil {
		return fmt.Errorf("-set: %v", err)
	}
	var sysList []System
	names, err := splitList(*sysFlag, strings.Split(systemNames(), ","))
	if err != nil {
		return fmt.Errorf("-systems: %v", err)
	}
	for _, s := range systems { // table order, whatever the flag's order
		for _, name := range names {
			if s.Name == name {
				sysList = append(sysList, s)
			}
		}
	}
	exe, err := os.Executable()
	if err != nil {
		return err
	}

	rep := newJSONReport(args)
	out := os.Stdout
	fmt.Fprintf(out, "# NewsBite extraction benchmark\n\n%s\n", machineLine(rep))
	for _, name := range sets {
		s, err := loadSet(dataDir, name, *n)
		if err != nil {
			return err
		}
		var runs []*sysRun
		for _, sys := range sysList {
			fmt.Fprintf(os.Stderr, "[%s] %s: %d pages ...", s.Name, sys.Name, len(s.Pages))
			t0 := time.Now()
			r := runChild(exe, dataDir, s, *n, sys)
			if r.failed != nil {
				fmt.Fprintf(os.Stderr, " failed: %v\n", r.failed)
			} else {
				r.scores = make([]pageScore, len(s.Pages))
				for i, p := range s.Pages {
					r.scores[i] = scorePage(s.Name, p, r.texts[i])
				}
				r.q = summarise(s.Name, s.Pages, r.scores)
				fmt.Fprintf(os.Stderr, " %.1f s CPU, %.1f pages/s", r.loopCPU(), r.pagesPerS())
				if sys.Scored {
					fmt.Fprintf(os.Stderr, ", F1 %.4f", r.q.F1)
				}
				fmt.Fprintf(os.Stderr, " (%.0f s)\n", time.Since(t0).Seconds())
			}
			runs = append(runs, r)
		}
		printSet(out, s, runs)
		if *worst > 0 {
			printWorst(out, s, runs, *worst)
		}
		if *dumpDir != "" {
			if err := dumpTexts(*dumpDir, s, runs); err != nil {
				return err
			}
		}
		rep.addSet(s, runs)
	}
	if *jsonOut != "" {
		b, err := json.MarshalIndent(rep, "", "  ")
		if err != nil {
			return err
		}
		if err := os.WriteFile(*jsonOut, append(b, '\n'), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// splitList parses a comma-separated flag value against the allowed names.
func splitList(v string, allowed []string) ([]string, error) {
	var out []string
	for _, s := range strings.Split(v, ",") {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		ok := false
		for _, a := range allowed {
			ok = ok || a == s
		}
		if !ok {
			return nil, fmt.Errorf("unknown name %q (have %s)", s, strings.Join(allowed, ","))
		}
		out = append(out, s)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("empty list")
	}
	return out, nil
}

// runChild runs sys over set s in a child process with one core and reads
// its per-page results.
func runChild(exe, dataDir string, s *Set, n int, sys System) *sysRun {
	r := &sysRun{
		sys:    sys,
		texts:  make([]string, len(s.Pages)),
		ms:     make([]float64, len(s.Pages)),
		errs:   make([]string, len(s.Pages)),
		panics: make([]string, len(s.Pages)),
	}
	index := make(map[string]int, len(s.Pages))
	for i, p := range s.Pages {
		index[p.ID] = i
	}
	cmd := exec.Command(exe, workerVerb, "-data", dataDir, "-set", s.Name, "-n", strconv.Itoa(n), "-system", sys.Name)
	cmd.Env = append(os.Environ(), "GOMAXPROCS=1")
	cmd.Stdout = os.Stderr // whatever a library prints stays off the tables
	cmd.Stderr = os.Stderr
	pr, pw, err := os.Pipe()
	if err != nil {
		r.failed = err
		return r
	}
	cmd.ExtraFiles = []*os.File{pw}
	if err := cmd.Start(); err != nil {
		pr.Close()
		pw.Close()
		r.failed = err
		return r
	}
	pw.Close()
	dec := json.NewDecoder(bufio.NewReaderSize(pr, 1<<20))
	seen, gotDone := 0, false
	var readErr error
	for {
		var l workerLine
		if err := dec.Decode(&l); err != nil {
			if err != io.EOF {
				readErr = err
			}
			break
		}
		switch l.Kind {
		case "page":
			i, ok := index[l.ID]
			if !ok {
				readErr = fmt.Errorf("worker sent unknown page %q", l.ID)
				continue
			}
			r.texts[i], r.ms[i], r.errs[i], r.panics[i] = l.Text, l.MS, l.Err, l.Panic
			seen++
		case "done":
			r.done, gotDone = l, true
		}
	}
	pr.Close()
	waitErr := cmd.Wait()
	if ps := cmd.ProcessState; ps != nil {
		if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
			r.childCPUS = cpuSeconds(ru)
			r.childRSSKB = ru.Maxrss
		}
	}
	switch {
	case waitErr != nil:
		r.failed = fmt.Errorf("worker: %v (after %d of %d pages)", waitErr, seen, len(s.Pages))
	case readErr != nil:
		r.failed = readErr
	case !gotDone || seen != len(s.Pages):
		r.failed = fmt.Errorf("worker returned %d of %d pages", seen, len(s.Pages))
	}
	return r
}

// dumpTexts writes DIR/SET/SYSTEM/ID.txt for each run and DIR/SET/truth/ID.txt.
func dumpTexts(dir string, s *Set, runs []*sysRun) error {
	write := func(sub string, text func(i int) string) error {
		d := filepath.Join(dir, s.Name, sub)
		if err := os.MkdirAll(d, 0o755); err != nil {
			return err
		}
		for i, p := range s.Pages {
			if err := os.WriteFile(filepath.Join(d, p.Short+".txt"), []byte(text(i)), 0o644); err != nil {
				return err
			}
		}
		return nil
	}
	if err := write("truth", func(i int) string { return s.Pages[i].Truth }); err != nil {
		return err
	}
	for _, r := range runs {
		if r.failed != nil || !r.sys.Scored {
			continue
		}
		if err := write(r.sys.Name, func(i int) string { return r.texts[i] }); err != nil {
			return err
		}
	}
	return nil
}
