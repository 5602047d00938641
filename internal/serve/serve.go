// Package serve is NewsBite's HTTP face: a JSON API over the archive and
// extraction, and a reader for people, rendered on the server with
// html/template, with no script to build or run.
//
// Every request that is wrong gets a 4xx answer with a JSON error (a page,
// for the reader); a panic in a handler is caught, logged and answered with
// a bare 500, never a stack trace.
package serve

import (
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/newsbite/newsbite/internal/fetch"
	"github.com/newsbite/newsbite/internal/store"
)

// Options configure a Server.
type Options struct {
	Store *store.Store
	// Fetcher fetches the pages POST /api/extract is given the URL of; nil
	// means a client with fetch's defaults, which refuses private
	// addresses.
	Fetcher *fetch.Client
	// MaxBody caps a request body (the HTML posted to /api/extract); zero
	// means DefaultMaxBody.
	MaxBody int64
	// Logger gets one line per panic caught; nil means slog's default.
	Logger *slog.Logger
}

// DefaultMaxBody is the largest request body accepted by default.
const DefaultMaxBody = 5 << 20

// Server answers the API and the reader.
type Server struct {
	opts Options
	mux  *http.ServeMux

	// summaries caches the summary of each story shown, by article id:
	// articles do not change once stored.
	mu        sync.Mutex
	summaries map[int64][]string
}

// New returns a Server over opts.Store.
func New(opts Options) *Server {
	if opts.Fetcher == nil {
		opts.Fetcher = fetch.New(fetch.Options{})
	}
	if opts.MaxBody <= 0 {
		opts.MaxBody = DefaultMaxBody
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	s := &Server{opts: opts, mux: http.NewServeMux(), summaries: map[int64][]string{}}
	s.routes()
	return s
}

func (s *Server) routes() {
	api := func(method, pattern string, h http.HandlerFunc) {
		s.mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
			if r.Method != method && !(method == http.MethodGet && r.Method == http.MethodHead) {
				w.Header().Set("Allow", method)
				jsonError(w, http.StatusMethodNotAllowed, "method %s not allowed; use %s", r.Method, method)
				return
			}
			h(w, r)
		})
	}
	api(http.MethodGet, "/healthz", s.health)
	api(http.MethodGet, "/api/articles", s.listArticles)
	api(http.MethodGet, "/api/articles/{id}", s.getArticle)
	api(http.MethodGet, "/api/search", s.search)
	api(http.MethodPost, "/api/extract", s.extract)
	s.mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		jsonError(w, http.StatusNotFound, "no such endpoint: %s", r.URL.Path)
	})

	page := func(pattern string, h http.HandlerFunc) {
		s.mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
			if r.Method != http.MethodGet && r.Method != http.MethodHead {
				w.Header().Set("Allow", "GET, HEAD")
				s.errorPage(w, r, http.StatusMethodNotAllowed, "This page can only be read.")
				return
			}
			h(w, r)
		})
	}
	page("/{$}", s.front)
	page("/story/{id}", s.story)
	page("/search", s.searchPage)
	page("/style.css", s.style)
	page("/", func(w http.ResponseWriter, r *http.Request) {
		s.errorPage(w, r, http.StatusNotFound, "There is no page here.")
	})
}

// ServeHTTP answers r, turning a panic into a 500 without details.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rw := &trackingWriter{ResponseWriter: w}
	defer func() {
		if p := recover(); p != nil {
			if p == http.ErrAbortHandler {
				panic(p)
			}
			s.opts.Logger.Error("serve: panic", "method", r.Method, "path", r.URL.Path, "panic", p, "stack", string(debug.Stack()))
			if !rw.wrote {
				jsonError(rw, http.StatusInternalServerError, "internal error")
			}
		}
	}()
	rw.Header().Set("X-Content-Type-Options", "nosniff")
	s.mux.ServeHTTP(rw, r)
}

// trackingWriter remembers whether a response was begun, so a panic after
// it does not write a second header.
type trackingWriter struct {
	http.ResponseWriter
	wrote bool
}

func (t *trackingWriter) WriteHeader(code int) {
	t.wrote = true
	t.ResponseWriter.WriteHeader(code)
}

func (t *trackingWriter) Write(b []byte) (int, error) {
	t.wrote = true
	return t.ResponseWriter.Write(b)
}

// apiError is the body of every error answer of the API.
type apiError struct {
	Error string `json:"error"`
}

func jsonError(w http.ResponseWriter, code int, format string, args ...any) {
	msg := format
	if len(args) > 0 {
		msg = sprintf(format, args...)
	}
	writeJSON(w, code, apiError{Error: msg})
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}

// badRequest is an error in what the client sent.
type badRequest struct{ msg string }

func (e *badRequest) Error() string { return e.msg }

func badf(format string, args ...any) error { return &badRequest{msg: sprintf(format, args...)} }

// filterFrom reads the list filters and paging of a query.
func filterFrom(r *http.Request) (f store.Filter, limit int, err error) {
	q := r.URL.Query()
	f.Site = strings.TrimSpace(q.Get("site"))
	f.Tag = strings.TrimSpace(q.Get("tag"))
	f.Lang = strings.TrimSpace(q.Get("lang"))
	for _, d := range []struct {
		name string
		dst  *time.Time
	}{{"since", &f.Since}, {"until", &f.Until}} {
		v := strings.TrimSpace(q.Get(d.name))
		if v == "" {
			continue
		}
		t, ok := store.ParseDate(v)
		if !ok {
			return f, 0, badf("%s: %q is not a date (use 2024-05-06 or 2024-05-06T07:08:09Z)", d.name, v)
		}
		*d.dst = t
	}
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > store.MaxLimit {
			return f, 0, badf("limit: want a number from 1 to %d", store.MaxLimit)
		}
		limit = n
	}
	return f, limit, nil
}

// status maps an error of the store or of the request to an HTTP status
// and a message fit to show.
func status(err error) (int, string) {
	var br *badRequest
	switch {
	case errors.As(err, &br):
		return http.StatusBadRequest, br.msg
	case errors.Is(err, store.ErrNotFound):
		return http.StatusNotFound, "not found"
	case errors.Is(err, store.ErrBadCursor):
		return http.StatusBadRequest, "cursor: not a cursor this server gave"
	case errors.Is(err, store.ErrEmptyQuery):
		return http.StatusBadRequest, "q: give words to search for"
	}
	return http.StatusInternalServerError, "internal error"
}

func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	code, msg := status(err)
	if code == http.StatusInternalServerError {
		s.opts.Logger.Error("serve: request failed", "path", r.URL.Path, "err", err)
	}
	jsonError(w, code, "%s", msg)
}

func parseID(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, badf("id: %q is not an article id", r.PathValue("id"))
	}
	return id, nil
}
