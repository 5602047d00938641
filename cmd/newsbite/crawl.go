package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/newsbite/newsbite/internal/crawl"
	"github.com/newsbite/newsbite/internal/fetch"
)

var crawlCmd = &command{
	name:    "crawl",
	summary: "collect articles from feeds, sitemaps and sites into the archive",
	help:    crawlHelp,
	run:     runCrawl,
}

const crawlHelp = `Usage: newsbite crawl [flags] URL...

Fetch the articles that each URL leads to, extract them and store them in
the archive, linking copies of one story together.

A URL is a feed (RSS, Atom or JSON Feed), a sitemap or sitemap index
(Google News sitemaps and gzipped ones too), a site's home page, whose
feeds (<link rel="alternate">) and sitemaps (robots.txt, else
/sitemap.xml) are followed, or an article. An article split over several
pages is fetched whole and stored as one.

The crawl is polite: it obeys robots.txt for the User-Agent
"` + fetch.DefaultUserAgent + `",
waits between requests to a host (--delay, or the site's Crawl-delay if
longer), and retries a 429 or 5xx answer later, as long as Retry-After
asks. Feeds, sitemaps and home pages are asked for with the ETag and
Last-Modified they last had, so what has not changed is not fetched again;
a stored article is asked for again only when a feed or sitemap dates it
after its fetch (or with --recheck). What was stored stays stored, so a
crawl that is interrupted and run again goes on where it stopped.

A summary line goes to standard error at the end. Pages that fail are
reported and counted, and do not stop the others; the exit status is then 1.

Flags:
  --db PATH         the archive (default: newsbite/newsbite.db under the
                    user's data directory, $XDG_DATA_HOME or ~/.local/share)
  --max-pages N     fetch at most N articles (default: no limit)
  --since WHEN      skip feed items and sitemap entries older than WHEN: a
                    date (2026-01-31, or RFC 3339) or an age (36h, 7d)
  --recheck         ask again for stored articles whose server gave an ETag
                    or Last-Modified, to see whether they changed
  --delay D         least time between two requests to one host (default 1s)
  --per-host N      requests to one host at once (default 1)
  -j N              requests at once in all (default 4)
  --timeout D       time limit for one request (default 30s)
  --max-bytes N     largest page accepted, in bytes (default 16777216)
  --allow-private   let URLs reach loopback and private network addresses,
                    which are refused by default
  --quiet           do not report each failed page

Examples:
  newsbite crawl https://example.com/
  newsbite crawl --since 2d --db news.db https://example.com/feed.xml
  newsbite crawl --max-pages 100 https://example.com/sitemap_index.xml
`

type crawlFlags struct {
	db           string
	maxPages     int
	since        string
	delay        time.Duration
	perHost      int
	jobs         int
	timeout      time.Duration
	maxBytes     int64
	allowPrivate bool
	recheck      bool
	quiet        bool
}

func runCrawl(ctx context.Context, e *env, args []string) error {
	var f crawlFlags
	fs := flag.NewFlagSet("crawl", flag.ContinueOnError)
	fs.StringVar(&f.db, "db", "", "")
	fs.IntVar(&f.maxPages, "max-pages", 0, "")
	fs.StringVar(&f.since, "since", "", "")
	fs.DurationVar(&f.delay, "delay", crawl.DefaultDelay, "")
	fs.IntVar(&f.perHost, "per-host", crawl.DefaultPerHost, "")
	fs.IntVar(&f.jobs, "j", crawl.DefaultWorkers, "")
	fs.DurationVar(&f.timeout, "timeout", fetch.DefaultTimeout, "")
	fs.Int64Var(&f.maxBytes, "max-bytes", fetch.DefaultMaxBytes, "")
	fs.BoolVar(&f.allowPrivate, "allow-private", false, "")
	fs.BoolVar(&f.recheck, "recheck", false, "")
	fs.BoolVar(&f.quiet, "quiet", false, "")
	args, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	opts, err := f.options(time.Now())
	if err != nil {
		return err
	}
	if len(args) == 0 {
		return usagef("no URL: give feeds, sitemaps or home pages")
	}
	for _, a := range args {
		if !strings.HasPrefix(a, "http://") && !strings.HasPrefix(a, "https://") {
			return usagef("%q is not an http or https URL", a)
		}
	}
	st, err := openStore(ctx, f.db)
	if err != nil {
		return err
	}
	defer st.Close()

	var bar *progressbar.ProgressBar
	if isTerminal(e.stderr) {
		bar = newBar(e.stderr, -1, "crawl", progressbar.OptionShowCount())
	}
	var mu sync.Mutex
	stored := 0
	opts.OnEvent = func(ev crawl.Event) {
		mu.Lock()
		defer mu.Unlock()
		if ev.Outcome == crawl.Stored {
			stored++
		}
		if ev.Err != nil && !f.quiet {
			if bar != nil {
				bar.Clear()
			}
			fmt.Fprintf(e.stderr, "newsbite: %s: %v\n", ev.URL, ev.Err)
		}
		if bar != nil {
			bar.Describe(fmt.Sprintf("crawl: %d stored", stored))
			bar.Add(1)
		}
	}

	start := time.Now()
	sum, err := crawl.New(st, opts).Run(ctx, args...)
	if bar != nil {
		bar.Finish()
	}
	printSummary(e.stderr, "crawl", sum, start, st.Path())
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return errors.New("interrupted; run again to go on")
		}
		return err
	}
	if sum.Errors > 0 {
		return fmt.Errorf("%d of %d pages failed", sum.Errors, sum.Seen+sum.Errors)
	}
	return nil
}

// options checks the flags and turns them into crawl options; now dates
// an age given to --since.
func (f *crawlFlags) options(now time.Time) (crawl.Options, error) {
	switch {
	case f.jobs < 1:
		return crawl.Options{}, usagef("-j must be at least 1")
	case f.perHost < 1:
		return crawl.Options{}, usagef("--per-host must be at least 1")
	case f.maxPages < 0:
		return crawl.Options{}, usagef("--max-pages must not be negative")
	case f.delay < 0:
		return crawl.Options{}, usagef("--delay must not be negative")
	case f.timeout <= 0:
		return crawl.Options{}, usagef("--timeout must be positive")
	case f.maxBytes <= 0:
		return crawl.Options{}, usagef("--max-bytes must be positive")
	}
	opts := crawl.Options{
		Workers:  f.jobs,
		PerHost:  f.perHost,
		Delay:    f.delay,
		MaxPages: f.maxPages,
		Recheck:  f.recheck,
		Fetch: fetch.Options{
			Timeout:      f.timeout,
			MaxBytes:     f.maxBytes,
			AllowPrivate: f.allowPrivate,
		},
	}
	if f.delay == 0 {
		opts.Delay = -1 // none, not the default
	}
	if f.since != "" {
		t, err := parseSince(f.since, now)
		if err != nil {
			return crawl.Options{}, usagef("--since: %v", err)
		}
		opts.Since = t
	}
	return opts, nil
}

// parseSince reads --since: a date, an RFC 3339 time, or an age before
// now (a Go duration, or a number of days: "7d").
func parseSince(s string, now time.Time) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	if days, ok := strings.CutSuffix(s, "d"); ok {
		if n, err := strconv.Atoi(days); err == nil && n >= 0 {
			return now.AddDate(0, 0, -n), nil
		}
	}
	if d, err := time.ParseDuration(s); err == nil && d >= 0 {
		return now.Add(-d), nil
	}
	return time.Time{}, fmt.Errorf("%q is neither a date (2026-01-31) nor an age (36h, 7d)", s)
}
