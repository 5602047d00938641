package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// The worker is the child process the extract verb starts per set and
// system. It loads every page into memory, then runs the system over them
// and writes one JSON line per page, then a summary line, to file
// descriptor 3 (stdout and stderr stay free for whatever a library prints).

const workerVerb = "extract-worker"

func init() {
	register(verb{name: workerVerb, hidden: true, run: runWorker,
		summary: "(internal) run one system over one set in this process"})
}

// workerLine is one line the worker writes: a page result, or the summary
// that closes the run.
type workerLine struct {
	Kind string `json:"kind"` // "page" or "done"

	// Page results.
	ID    string  `json:"id,omitempty"`
	Text  string  `json:"text,omitempty"`
	MS    float64 `json:"ms,omitempty"` // wall time of the extract call
	Err   string  `json:"err,omitempty"`
	Panic string  `json:"panic,omitempty"`

	// Summary.
	Pages      int     `json:"pages,omitempty"`
	Bytes      int     `json:"bytes,omitempty"`
	LoadS      float64 `json:"load_s,omitempty"`
	LoopUserS  float64 `json:"loop_user_s,omitempty"`
	LoopSysS   float64 `json:"loop_sys_s,omitempty"`
	LoopWallS  float64 `json:"loop_wall_s,omitempty"`
	BaseRSSKB  int64   `json:"base_rss_kb,omitempty"` // peak RSS before the loop
	PeakRSSKB  int64   `json:"peak_rss_kb,omitempty"` // peak RSS after it
	NumGC      uint32  `json:"num_gc,omitempty"`
	GOMAXPROCS int     `json:"gomaxprocs,omitempty"`
}

func runWorker(args []string) error {
	fs := flag.NewFlagSet(workerVerb, flag.ContinueOnError)
	data := fs.String("data", "", "data folder")
	set := fs.String("set", "", "set name")
	n := fs.Int("n", 0, "page limit")
	sysName := fs.String("system", "", "system name")
	if err := fs.Parse(args); err != nil {
		return err
	}
	sys, ok := systemByName(*sysName)
	if !ok {
		return fmt.Errorf("unknown system %q", *sysName)
	}
	out := os.NewFile(3, "results")
	if out == nil {
		return fmt.Errorf("no results descriptor: run through `extract`")
	}
	w := bufio.NewWriterSize(out, 1<<16)
	enc := json.NewEncoder(w)

	start := time.Now()
	s, err := loadSet(*data, *set, *n)
	if err != nil {
		return err
	}
	pages, total, err := readPagesOffHeap(s.Pages)
	if err != nil {
		return err
	}
	runtime.GC()
	debug.FreeOSMemory()
	load := time.Since(start)

	var before, after syscall.Rusage
	var ms0, ms1 runtime.MemStats
	runtime.ReadMemStats(&ms0)
	base := hwm()
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &before); err != nil {
		return err
	}
	loop := time.Now()
	for i, p := range s.Pages {
		t0 := time.Now()
		text, pan, err := runGuarded(sys, pages[i], p.URL)
		line := workerLine{Kind: "page", ID: p.ID, Text: text, MS: float64(time.Since(t0).Nanoseconds()) / 1e6, Panic: pan}
		if err != nil {
			line.Err = err.Error()
		}
		if err := enc.Encode(&line); err != nil {
			return err
		}
	}
	loopWall := time.Since(loop)
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &after); err != nil {
		return err
	}
	runtime.ReadMemStats(&ms1)
	done := workerLine{
		Kind:       "done",
		Pages:      len(s.Pages),
		Bytes:      total,
		LoadS:      load.Seconds(),
		LoopUserS:  tvSeconds(after.Utime) - tvSeconds(before.Utime),
		LoopSysS:   tvSeconds(after.Stime) - tvSeconds(before.Stime),
		LoopWallS:  loopWall.Seconds(),
		BaseRSSKB:  peakRSS(before.Maxrss, base),
		PeakRSSKB:  peakRSS(after.Maxrss, hwm()),
		NumGC:      ms1.NumGC - ms0.NumGC,
		GOMAXPROCS: runtime.GOMAXPROCS(0),
	}
	if err := enc.Encode(&done); err != nil {
		return err
	}
	return w.Flush()
}

// runGuarded runs sys on one page, turning a panic into an empty result.
func runGuarded(sys System, page []byte, url string) (text, pan string, err error) {
	defer func() {
		if r := recover(); r != nil {
			text, pan, err = "", fmt.Sprint(r), nil
		}
	}()
	text, err = sys.Run(page, url)
	return text, "", err
}

func tvSeconds(tv syscall.Timeval) float64 {
	return float64(tv.Sec) + float64(tv.Usec)/1e6
}

// cpuSeconds is the user plus system CPU time in ru.
func cpuSeconds(ru *syscall.Rusage) float64 {
	return tvSeconds(ru.Utime) + tvSeconds(ru.Stime)
}

// hwm is the process's peak resident memory in KB from /proc/self/status
// (VmHWM), or 0 where that file is missing. Unlike getrusage's maxrss it
// starts afresh at exec, so a worker started from a parent grown large
// does not inherit the parent's peak.
func hwm() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			f := strings.Fields(rest)
			if len(f) > 0 {
				n, _ := strconv.ParseInt(f[0], 10, 64)
				return n
			}
		}
	}
	return 0
}

// peakRSS prefers the peak read from /proc, kb, to getrusage's maxrss.
func peakRSS(maxrss, kb int64) int64 {
	if kb > 0 {
		return kb
	}
	return maxrss
}
