package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"runtime"
	"time"

	"github.com/newsbite/newsbite/extract"
	"github.com/newsbite/newsbite/internal/fetch"
	"github.com/newsbite/newsbite/internal/input"
	"github.com/newsbite/newsbite/internal/render"
)

var extractCmd = &command{
	name:    "extract",
	summary: "extract the article from pages: files, standard input or URLs",
	help:    extractHelp,
	run:     runExtract,
}

const extractHelp = `Usage: newsbite extract [flags] INPUT...

Extract the article from each INPUT and write it to standard output.

INPUT is a file (gzip-compressed files are read transparently, whatever
their name), - for standard input, or an http or https URL to fetch.
Plain text (a .txt or .md file, a text/plain response, or any input
without HTML tags) is read as an article clipped from a page: its menu
labels, photo captions, credits, prompts, topics line, source footer and
Markdown front matter are recognised.
Inputs are worked on in parallel; the output keeps their order.

Flags:
  --format FORMAT   output format (default json):
                      json      one object for one input, an array for several
                      jsonl     one object a line
                      markdown  title, byline and body as Markdown
                      text      title, a blank line and the body text
                      html      a small standalone HTML page
  --url URL         the page's URL, for a single file or standard input;
                    resolves its links and fills "url"
  --manifest FILE   also read the inputs listed in FILE, JSON Lines of
                    {"path": "...", "url": "..."}; relative paths are taken
                    from FILE's directory, and "source" is the path as written
  -j N              inputs worked on at once (default: the number of CPUs)
  --timeout D       time limit for fetching one URL (default 30s)
  --max-bytes N     largest input accepted, in bytes after decompression
                    (default 16777216)
  --allow-private   let URLs reach loopback and private network addresses,
                    which are refused by default

An input that fails does not stop the others: its message goes to standard
error, and in JSON output its record has "error" set (the Markdown, text and
HTML output leave it out). The exit status is then 1.

Examples:
  newsbite extract page.html
  newsbite extract --format markdown https://example.com/news/story
  curl -s https://example.com/story | newsbite extract --url https://example.com/story -
  newsbite extract --manifest samples/manifest.jsonl --format jsonl -j 4
`

type extractFlags struct {
	format       string
	url          string
	manifest     string
	jobs         int
	timeout      time.Duration
	maxBytes     int64
	allowPrivate bool
}

func runExtract(ctx context.Context, e *env, args []string) error {
	var f extractFlags
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	f.register(fs)
	args, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	format, items, err := f.plan(args)
	if err != nil {
		return err
	}

	reader := f.reader(e.stdin)
	return extractAll(ctx, e, reader, items, format, f.jobs)
}

// register defines the flags extract and bite share on fs.
func (f *extractFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.format, "format", string(render.FormatJSON), "")
	fs.StringVar(&f.url, "url", "", "")
	fs.StringVar(&f.manifest, "manifest", "", "")
	fs.IntVar(&f.jobs, "j", runtime.NumCPU(), "")
	fs.DurationVar(&f.timeout, "timeout", fetch.DefaultTimeout, "")
	fs.Int64Var(&f.maxBytes, "max-bytes", extract.MaxPageBytes, "")
	fs.BoolVar(&f.allowPrivate, "allow-private", false, "")
}

// reader reads the inputs as the flags say, "-" from stdin.
func (f *extractFlags) reader(stdin io.Reader) *input.Reader {
	return &input.Reader{
		MaxBytes: f.maxBytes,
		Stdin:    stdin,
		Fetcher: fetch.New(fetch.Options{
			Timeout:      f.timeout,
			MaxBytes:     f.maxBytes,
			AllowPrivate: f.allowPrivate,
		}),
	}
}

// plan checks the flags and arguments and lists the inputs.
func (f *extractFlags) plan(args []string) (render.Format, []input.Item, error) {
	format, err := render.ParseFormat(f.format)
	if err != nil {
		return "", nil, usagef("%v", err)
	}
	switch {
	case f.jobs < 1:
		return "", nil, usagef("-j must be at least 1")
	case f.timeout <= 0:
		return "", nil, usagef("--timeout must be positive")
	case f.maxBytes <= 0:
		return "", nil, usagef("--max-bytes must be positive")
	case len(args) == 0 && f.manifest == "":
		return "", nil, usagef("no input: give files, - or URLs, or --manifest")
	}
	if f.url != "" {
		if len(args) != 1 || f.manifest != "" || input.IsURL(args[0]) {
			return "", nil, usagef("--url applies to a single file or standard input")
		}
		if !input.IsURL(f.url) {
			return "", nil, usagef("--url %q is not an http or https URL", f.url)
		}
	}
	var items []input.Item
	stdin := 0
	for _, a := range args {
		it := input.FromArg(a)
		if it.Source == input.Stdin {
			stdin++
		}
		if f.url != "" {
			it.URL = f.url
		}
		items = append(items, it)
	}
	if stdin > 1 {
		return "", nil, usagef("standard input (-) can be given only once")
	}
	if f.manifest != "" {
		listed, err := input.ReadManifest(f.manifest)
		if err != nil {
			return "", nil, err
		}
		items = append(items, listed...)
	}
	return format, items, nil
}

// extractAll extracts items with jobs workers and writes the articles in
// input order as they become ready.
func extractAll(ctx context.Context, e *env, reader *input.Reader, items []input.Item, format render.Format, jobs int) error {
	enc := render.NewEncoder(e.stdout, format, len(items))
	return runAll(ctx, e, items, jobs, "extract", reader.Article, enc.Encode, enc.Close)
}

// runAll turns items into results with jobs workers and writes them in
// input order as they become ready. A failed input is reported on stderr
// and still written (its article carries the error); the run fails at the
// end if any input did. A write error stops the work: nobody reads the rest.
func runAll[R any](ctx context.Context, e *env, items []input.Item, jobs int, label string,
	work func(context.Context, input.Item) (R, error), write func(R) error, closeOut func() error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	bar := newProgress(e.stderr, len(items), label)
	type result struct {
		r   R
		err error
	}
	failed := 0
	var writeErr error
	input.Ordered(ctx, len(items), jobs, func(ctx context.Context, i int) result {
		r, err := work(ctx, items[i])
		return result{r, err}
	}, func(i int, res result) {
		if res.err != nil {
			failed++
			bar.clear()
			fmt.Fprintf(e.stderr, "newsbite: %s: %v\n", items[i].Source, res.err)
		}
		if writeErr == nil {
			if writeErr = write(res.r); writeErr != nil {
				cancel()
			}
		}
		bar.add()
	})
	bar.finish()
	if writeErr == nil {
		writeErr = closeOut()
	}
	if writeErr != nil {
		return fmt.Errorf("write output: %w", writeErr)
	}
	if failed > 0 {
		return &failedError{failed: failed, total: len(items)}
	}
	return nil
}
