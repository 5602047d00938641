package main

import (
	"context"
	"flag"
	"fmt"
	"runtime"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/newsbite/newsbite/internal/ingest"
	"github.com/newsbite/newsbite/internal/store"
)

var ingestCmd = &command{
	name:    "ingest",
	summary: "store the articles in WARC and HTML files in the archive",
	help:    ingestHelp,
	run:     runIngest,
}

const ingestHelp = `Usage: newsbite ingest [flags] FILE|DIR...

Extract the articles in WARC files and HTML files and store them in the
archive, linking copies of one story together.

A FILE is a WARC file (.warc or .warc.gz, one gzip member a record as
Common Crawl publishes them; other names are recognised by their content)
or an HTML page (gzipped or not). A DIR is searched for .warc, .warc.gz,
.html, .htm and .html.gz files. WARC files are read record by record:
only successful HTML responses are kept, with the record's target URI as
the page's URL and its date as the date of a page that names none.

A summary line goes to standard error at the end: pages seen, stored,
duplicates and errors. Records and pages that cannot be read are reported
and counted, and do not stop the others; the exit status is then 1.

Flags:
  --db PATH   the archive (default: newsbite/newsbite.db under the user's
              data directory, $XDG_DATA_HOME or ~/.local/share)
  -j N        pages extracted at once (default: the number of CPUs)
  --quiet     do not report each failed record or page

Examples:
  newsbite ingest CC-NEWS-20240101000000-00000.warc.gz
  newsbite ingest --db news.db pages/
`

func runIngest(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	db := fs.String("db", "", "")
	jobs := fs.Int("j", runtime.NumCPU(), "")
	quiet := fs.Bool("quiet", false, "")
	args, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	switch {
	case len(args) == 0:
		return usagef("no input: give WARC or HTML files or folders")
	case *jobs < 1:
		return usagef("-j must be at least 1")
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()

	start := time.Now()
	var bar *progressbar.ProgressBar
	if isTerminal(e.stderr) {
		bar = newBar(e.stderr, -1, "ingest", progressbar.OptionShowBytes(true))
	}
	stats, err := ingest.Run(ctx, st, args, ingest.Options{
		Jobs: *jobs,
		OnError: func(source string, err error) {
			if *quiet {
				return
			}
			if bar != nil {
				bar.Clear()
			}
			fmt.Fprintf(e.stderr, "newsbite: %s: %v\n", source, err)
		},
		Progress: func(done, total int64) {
			if bar != nil {
				bar.ChangeMax64(total)
				bar.Set64(done)
			}
		},
	})
	if bar != nil {
		bar.Finish()
	}
	printSummary(e.stderr, "ingest", stats, start, st.Path())
	if err != nil {
		return err
	}
	if stats.Errors > 0 {
		return &failedError{failed: stats.Errors, total: stats.Pages + stats.Errors}
	}
	return nil
}

// openStore opens the archive at path, or at the default place.
func openStore(ctx context.Context, path string) (*store.Store, error) {
	if path == "" {
		p, err := store.DefaultPath()
		if err != nil {
			return nil, err
		}
		path = p
	}
	return store.Open(ctx, path)
}
