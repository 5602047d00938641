package main

import (
	"context"
	"flag"

	"github.com/newsbite/newsbite/article"
	"github.com/newsbite/newsbite/bite"
	"github.com/newsbite/newsbite/internal/input"
	"github.com/newsbite/newsbite/internal/render"
)

var biteCmd = &command{
	name:    "bite",
	summary: "the gist of articles: summary, quotes, people and places, headline check",
	help:    biteHelp,
	run:     runBite,
}

const biteHelp = `Usage: newsbite bite [flags] INPUT...

Extract the article from each INPUT, as newsbite extract does, and add its
bite: a summary of a few sentences, the direct quotations with their
speakers, the people, organisations and places it names, and whether the
story bears its headline out.

INPUT is a file (gzip-compressed files are read transparently), - for
standard input, or an http or https URL to fetch. Plain text (a .txt or
.md file, or any input without HTML tags) is read as an article clipped
from a page.

Flags:
  --sentences N     summary length in sentences (default 3)
  --format FORMAT   output format (default json):
                      json      the article with a "bite" field beside it;
                                one object for one input, an array for several
                      jsonl     one such object a line
                      text      a card to read: headline, site and date,
                                summary, top quotes, people and places
                      markdown  the same card in Markdown
  --url URL         the page's URL, for a single file or standard input
  --manifest FILE   also read the inputs listed in FILE, JSON Lines of
                    {"path": "...", "url": "..."}
  -j N              inputs worked on at once (default: the number of CPUs)
  --timeout D       time limit for fetching one URL (default 30s)
  --max-bytes N     largest input accepted, in bytes (default 16777216)
  --allow-private   let URLs reach loopback and private network addresses

The "bite" field holds "summary" (sentences), "quotes" ({"text", "speaker",
"cue"}), "entities" ({"people", "organizations", "places"}, each a list of
{"name", "mentions", "aliases"}) and "headline_check" ({"consistent",
"score", "unsupported"}). An input that fails has "error" set and no bite;
the exit status is then 1.

Examples:
  newsbite bite --format text story.html
  newsbite bite --sentences 2 clipped-article.txt
  newsbite bite --format jsonl --manifest samples/manifest.jsonl
`

func runBite(ctx context.Context, e *env, args []string) error {
	var f extractFlags
	var sentences int
	fs := flag.NewFlagSet("bite", flag.ContinueOnError)
	f.register(fs)
	fs.IntVar(&sentences, "sentences", bite.DefaultSentences, "")
	args, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if sentences < 1 {
		return usagef("--sentences must be at least 1")
	}
	format, items, err := f.plan(args)
	if err != nil {
		return err
	}
	enc, err := render.NewBiteEncoder(e.stdout, format, len(items))
	if err != nil {
		return usagef("%v", err)
	}
	reader := f.reader(e.stdin)

	type bitten struct {
		a *article.Article
		b *bite.Bite
	}
	work := func(ctx context.Context, it input.Item) (bitten, error) {
		a, err := reader.Article(ctx, it)
		if err != nil {
			return bitten{a: a}, err
		}
		return bitten{a, bite.Make(a, bite.Options{Sentences: sentences})}, nil
	}
	write := func(r bitten) error { return enc.Encode(r.a, r.b) }
	return runAll(ctx, e, items, f.jobs, "bite", work, write, enc.Close)
}
