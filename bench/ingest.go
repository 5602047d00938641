package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/newsbite/newsbite/internal/ingest"
	"github.com/newsbite/newsbite/internal/store"
)

// The ingest verb: throughput and peak memory of `newsbite ingest` on one
// core, WARC file to stored, deduplicated, indexed articles. Each corpus
// runs in a child process (GOMAXPROCS=1, one extraction worker) so its CPU
// time and peak RSS are its own.

func init() {
	register(verb{name: "ingest", run: runIngestBench,
		summary: "WARC ingest: MB/s, pages/s and peak memory on one core"})
	register(verb{name: "ingest-worker", hidden: true, run: runIngestWorker,
		summary: "(internal) ingest files into a fresh archive and report"})
}

type ingestReport struct {
	Stats     ingest.Stats `json:"stats"`
	HTMLBytes int64        `json:"html_bytes"`
	CPUS      float64      `json:"cpu_s"`
	WallS     float64      `json:"wall_s"`
	PeakRSSKB int64        `json:"peak_rss_kb"`
	DBBytes   int64        `json:"db_bytes"`
}

func runIngestBench(args []string) error {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	data := fs.String("data", filepath.Join("..", "..", "shared", "bench"), "folder holding the bench data")
	copies := fs.Int("copies", 3, "times the ScrapingHub pages are written into the built WARC, each copy under other URLs with a changed sentence")
	if err := fs.Parse(args); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "newsbite-ingest-bench")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	built := filepath.Join(tmp, "CC-MAIN-scrapinghub.warc.gz")
	n, err := buildCCWARC(filepath.Join(*data, "scrapinghub"), built, *copies)
	if err != nil {
		return err
	}
	corpora := []struct {
		name  string
		files []string
		note  string
	}{
		{"dolma samples", []string{filepath.Join(*data, "warc", "dolma-sample-0000.warc.gz"), filepath.Join(*data, "warc", "dolma-sample-0001.warc.gz")}, "wget WARCs of creativecommons.org pages"},
		{"ScrapingHub as CC WARC", []string{built}, fmt.Sprintf("%d real news pages x %d, request/response/metadata records, gzip per record", n, *copies)},
	}
	fmt.Println("newsbite ingest on one core (GOMAXPROCS=1, -j 1), into a fresh archive; CPU time is user+sys of the ingest run")
	fmt.Println("(reading, extraction, dedup, SQLite and FTS writes), without process start; peak RSS is the child's")
	if la, err := os.ReadFile("/proc/loadavg"); err == nil {
		fmt.Printf("load average at start: %s", la)
	}
	fmt.Println()
	fmt.Printf("%-24s %8s %8s %6s %6s %6s %5s %5s %7s %7s %9s %9s %8s %8s\n",
		"corpus", "WARC MB", "HTML MB", "pages", "stored", "dups", "none", "errs", "CPU s", "wall s", "WARC MB/s", "HTML MB/s", "pages/s", "peak MB")
	for _, c := range corpora {
		var size int64
		for _, f := range c.files {
			fi, err := os.Stat(f)
			if err != nil {
				return err
			}
			size += fi.Size()
		}
		cmd := exec.Command(os.Args[0], append([]string{"ingest-worker", "-dir", tmp}, c.files...)...)
		cmd.Env = append(os.Environ(), "GOMAXPROCS=1")
		cmd.Stderr = os.Stderr
		out, err := cmd.Output()
		if err != nil {
			return fmt.Errorf("%s: %w", c.name, err)
		}
		var r ingestReport
		if err := json.Unmarshal(out, &r); err != nil {
			return fmt.Errorf("%s: %w", c.name, err)
		}
		s := r.Stats
		fmt.Printf("%-24s %8.2f %8.2f %6d %6d %6d %5d %5d %7.2f %7.2f %9.2f %9.2f %8.1f %8.1f\n",
			c.name, megabytes(size), megabytes(r.HTMLBytes), s.Pages, s.Stored, s.Duplicates, s.NoArticle, s.Errors,
			r.CPUS, r.WallS, megabytes(size)/r.CPUS, megabytes(r.HTMLBytes)/r.CPUS, float64(s.Pages)/r.CPUS, float64(r.PeakRSSKB)/1024)
		fmt.Printf("  %s; %d records skipped (not HTML responses); archive %.1f MB\n", c.note, s.SkippedRecords, megabytes(r.DBBytes))
	}
	return nil
}

func megabytes(n int64) float64 { return float64(n) / 1e6 }

func runIngestWorker(args []string) error {
	fs := flag.NewFlagSet("ingest-worker", flag.ContinueOnError)
	dir := fs.String("dir", os.TempDir(), "folder for the archive")
	if err := fs.Parse(args); err != nil {
		return err
	}
	ctx := context.Background()
	db, err := os.MkdirTemp(*dir, "db")
	if err != nil {
		return err
	}
	st, err := store.Open(ctx, filepath.Join(db, "bench.db"))
	if err != nil {
		return err
	}
	var r ingestReport
	var before syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &before)
	start := time.Now()
	r.Stats, err = ingest.Run(ctx, st, fs.Args(), ingest.Options{Jobs: 1})
	if err != nil {
		return err
	}
	r.WallS = time.Since(start).Seconds()
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	r.CPUS = cpuSeconds(&ru) - cpuSeconds(&before)
	r.PeakRSSKB = ru.Maxrss
	st.Close()
	for _, f := range []string{"bench.db", "bench.db-wal"} {
		if fi, err := os.Stat(filepath.Join(db, f)); err == nil {
			r.DBBytes += fi.Size()
		}
	}
	r.HTMLBytes = r.Stats.PageBytes
	return json.NewEncoder(os.Stdout).Encode(r)
}

// buildCCWARC writes the ScrapingHub pages as a Common Crawl WARC: a
// warcinfo record, then per page a request, a response and a metadata
// record, each its own gzip member. Copies after the first get other URLs
// and one sentence changed, as syndicated copies do.
func buildCCWARC(dir, out string, copies int) (int, error) {
	files, err := filepath.Glob(filepath.Join(dir, "html", "*.html.gz"))
	if err != nil || len(files) == 0 {
		return 0, fmt.Errorf("no ScrapingHub pages in %s", dir)
	}
	var truth map[string]struct {
		URL string `json:"url"`
	}
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return 0, err
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		return 0, err
	}
	f, err := os.Create(out)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	date := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	n := 0
	write := func(typ, uri, ctype string, block []byte) error {
		n++
		var b bytes.Buffer
		fmt.Fprintf(&b, "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Date: %s\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\n",
			typ, date.Add(time.Duration(n)*time.Second).Format(time.RFC3339), n)
		if uri != "" {
			fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", uri)
		}
		fmt.Fprintf(&b, "Content-Type: %s\r\nContent-Length: %d\r\n\r\n", ctype, len(block))
		b.Write(block)
		b.WriteString("\r\n\r\n")
		zw := gzip.NewWriter(f)
		if _, err := zw.Write(b.Bytes()); err != nil {
			return err
		}
		return zw.Close()
	}
	if err := write("warcinfo", "", "application/warc-fields", []byte("software: newsbite bench\r\nformat: WARC File Format 1.0\r\n")); err != nil {
		return 0, err
	}
	pages := 0
	for c := range copies {
		for _, file := range files {
			id := strings.TrimSuffix(filepath.Base(file), ".html.gz")
			page, err := readGz(file)
			if err != nil {
				return 0, err
			}
			uri := truth[id].URL
			if uri == "" {
				uri = "https://example.com/" + id
			}
			if c > 0 {
				uri = fmt.Sprintf("https://copy%d.example/%s", c, id)
				page = bytes.Replace(page, []byte("</p>"), []byte(fmt.Sprintf(" (Copy %d.)</p>", c)), 1)
			}
			if c == 0 {
				pages++
			}
			req := fmt.Sprintf("GET /%s HTTP/1.1\r\nHost: example.com\r\nUser-Agent: CCBot/2.0\r\n\r\n", id)
			resp := append([]byte(fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n", len(page))), page...)
			meta := "fetchTimeMs: 120\r\ncharset-detected: UTF-8\r\n"
			for _, r := range []struct{ typ, ctype, block string }{
				{"request", "application/http; msgtype=request", req},
				{"response", "application/http; msgtype=response", string(resp)},
				{"metadata", "application/warc-fields", meta},
			} {
				if err := write(r.typ, uri, r.ctype, []byte(r.block)); err != nil {
					return 0, err
				}
			}
		}
	}
	return pages, nil
}
