package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/newsbite/newsbite/internal/fetch"
	"github.com/newsbite/newsbite/internal/serve"
	"github.com/newsbite/newsbite/internal/store"
)

var serveCmd = &command{
	name:    "serve",
	summary: "serve the archive: a reader for the browser and a JSON API",
	help:    serveHelp,
	run:     runServe,
}

const serveHelp = `Usage: newsbite serve [flags]

Serve the archive over HTTP: a reader for people at /, and a JSON API.

  GET  /                      the stories, newest first, with filters
  GET  /story/ID              a story: the clean article and its copies
  GET  /search?q=WORDS        search, with the matches highlighted
  GET  /api/articles          stories as JSON; filters site, tag, lang,
                              since, until (2024-05-06 or RFC 3339); limit;
                              cursor paging: {"articles": [...], "next": "..."}
  GET  /api/articles/ID       one article and the others of its story
  GET  /api/search?q=WORDS    {"results": [{"article": ..., "snippet": ...}]}
  POST /api/extract           extract an HTML page sent as the body (its URL
                              in ?url=), or JSON {"url": "..."} to fetch
  GET  /healthz               {"status": "ok", ...}

Flags:
  --db PATH          the archive (default: newsbite/newsbite.db under the
                     user's data directory, $XDG_DATA_HOME or ~/.local/share)
  --addr HOST:PORT   where to listen (default 127.0.0.1:8080)
  --demo             build a fresh archive from the sample pages built into
                     NewsBite, in a temporary folder, and serve that; needs
                     no network
  --allow-private    let /api/extract fetch loopback and private network
                     addresses, which are refused by default
  --max-body N       largest request body, in bytes (default 5242880)

Examples:
  newsbite serve --demo
  newsbite serve --db news.db --addr :8080
`

func runServe(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	db := fs.String("db", "", "")
	addr := fs.String("addr", "127.0.0.1:8080", "")
	demo := fs.Bool("demo", false, "")
	allowPrivate := fs.Bool("allow-private", false, "")
	maxBody := fs.Int64("max-body", serve.DefaultMaxBody, "")
	args, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	switch {
	case len(args) > 0:
		return usagef("serve takes no arguments")
	case *demo && *db != "":
		return usagef("--demo builds its own archive; leave out --db")
	case *maxBody <= 0:
		return usagef("--max-body must be positive")
	}
	var st *store.Store
	if *demo {
		dir, err := os.MkdirTemp("", "newsbite-demo")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		s, stats, err := serve.BuildDemo(ctx, dir)
		if err != nil {
			return fmt.Errorf("demo archive: %w", err)
		}
		st = s
		fmt.Fprintf(e.stderr, "newsbite: demo archive from the sample pages: %s\n", stats)
	} else if st, err = openStore(ctx, *db); err != nil {
		return err
	}
	defer st.Close()

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	logger := slog.New(slog.NewTextHandler(e.stderr, nil))
	srv := &http.Server{
		Handler: serve.New(serve.Options{
			Store:   st,
			Fetcher: fetch.New(fetch.Options{AllowPrivate: *allowPrivate}),
			MaxBody: *maxBody,
			Logger:  logger,
		}),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      90 * time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	fmt.Fprintf(e.stderr, "newsbite: serving %s on http://%s/\n", st.Path(), ln.Addr())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		return err
	}
	if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
