package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"

	"github.com/newsbite/newsbite/article"
	"github.com/newsbite/newsbite/extract"
	"github.com/newsbite/newsbite/internal/fetch"
	"github.com/newsbite/newsbite/internal/store"
)

func sprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }

func (s *Server) health(w http.ResponseWriter, r *http.Request) {
	st, err := s.opts.Store.Stats(r.Context())
	if err != nil {
		s.opts.Logger.Error("serve: health", "err", err)
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "unavailable"})
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"status": "ok", "articles": st.Articles, "stories": st.Stories})
}

func (s *Server) listArticles(w http.ResponseWriter, r *http.Request) {
	f, limit, err := filterFrom(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p, err := s.opts.Store.List(r.Context(), f, r.URL.Query().Get("cursor"), limit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, p)
}

// storyRef names another article of the same story.
type storyRef struct {
	ID         int64   `json:"id"`
	URL        string  `json:"url,omitempty"`
	Site       string  `json:"site,omitempty"`
	Title      string  `json:"title,omitempty"`
	Date       string  `json:"date"`
	Duplicate  string  `json:"duplicate,omitempty"`
	Similarity float64 `json:"similarity,omitempty"`
}

// articleWithStory is an article and the other articles of its story.
type articleWithStory struct {
	*store.Stored
	Story []storyRef `json:"story"`
}

// requestedArticle reads the article r asks for by its id, with its story.
func (s *Server) requestedArticle(r *http.Request) (*articleWithStory, error) {
	id, err := parseID(r)
	if err != nil {
		return nil, err
	}
	a, all, err := s.opts.Store.ArticleStory(r.Context(), id)
	if err != nil {
		return nil, err
	}
	out := &articleWithStory{Stored: a, Story: []storyRef{}}
	for _, o := range all {
		if o.ID == a.ID {
			continue
		}
		out.Story = append(out.Story, storyRef{ID: o.ID, URL: o.URL, Site: o.Site, Title: o.Title,
			Date: o.Date, Duplicate: o.Duplicate, Similarity: o.Similarity})
	}
	return out, nil
}

func (s *Server) getArticle(w http.ResponseWriter, r *http.Request) {
	a, err := s.requestedArticle(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, a)
}

func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	f, limit, err := filterFrom(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	hits, err := s.opts.Store.Search(r.Context(), r.URL.Query().Get("q"), f, limit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"results": hits})
}

// extractRequest is the JSON form of POST /api/extract.
type extractRequest struct {
	URL string `json:"url"`
}

// extract answers POST /api/extract: the body is an HTML page (its URL,
// if known, in ?url=), or JSON {"url": "..."} naming a page to fetch.
func (s *Server) extract(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.opts.MaxBody))
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		jsonError(w, http.StatusRequestEntityTooLarge, "body larger than %d bytes", s.opts.MaxBody)
		return
	case err != nil:
		jsonError(w, http.StatusBadRequest, "reading the body: %v", err)
		return
	}
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	var a *article.Article
	var req extractRequest
	fromURL := mt == "application/json"
	if fromURL {
		if err := json.Unmarshal(body, &req); err != nil {
			jsonError(w, http.StatusBadRequest, "body: not JSON of the form {\"url\": \"...\"}")
			return
		}
	} else if mt != "text/html" {
		req, fromURL = urlRequest(body)
	}
	if fromURL {
		u := strings.TrimSpace(req.URL)
		if u == "" {
			jsonError(w, http.StatusBadRequest, "url: missing")
			return
		}
		if pu, err := url.Parse(u); err != nil || (pu.Scheme != "http" && pu.Scheme != "https") || pu.Host == "" {
			jsonError(w, http.StatusBadRequest, "url: want an absolute http or https URL")
			return
		}
		resp, err := s.opts.Fetcher.Get(r.Context(), u)
		if err != nil {
			code, msg := fetchStatus(err)
			jsonError(w, code, "%s", msg)
			return
		}
		a, err = extract.Extract(resp.Body, extract.Options{URL: resp.URL, ContentType: resp.ContentType})
		if err != nil {
			jsonError(w, http.StatusUnprocessableEntity, "the page at %s: %v", resp.URL, err)
			return
		}
		a.Source = u
	} else {
		if len(body) == 0 {
			jsonError(w, http.StatusBadRequest, "body: send an HTML page, or JSON {\"url\": \"...\"}")
			return
		}
		pageURL := r.URL.Query().Get("url")
		a, err = extract.Extract(body, extract.Options{URL: pageURL, ContentType: r.Header.Get("Content-Type")})
		if err != nil {
			jsonError(w, http.StatusUnprocessableEntity, "body: %v", err)
			return
		}
		a.Source = "-"
		if pageURL != "" {
			a.Source = pageURL
		}
	}
	writeJSON(w, http.StatusOK, a)
}

// fetchStatus maps a fetch error to an answer: the client's mistakes are
// 4xx; a site that fails is a bad gateway.
func fetchStatus(err error) (int, string) {
	var se *fetch.StatusError
	switch {
	case errors.Is(err, fetch.ErrPrivateAddress):
		return http.StatusForbidden, "url: refusing to fetch a private or loopback address"
	case errors.Is(err, fetch.ErrUnsupportedScheme):
		return http.StatusBadRequest, "url: only http and https URLs can be fetched"
	case errors.Is(err, fetch.ErrTooLarge):
		return http.StatusUnprocessableEntity, "url: the page is too large"
	case errors.Is(err, fetch.ErrTimeout), errors.Is(err, context.DeadlineExceeded):
		return http.StatusGatewayTimeout, "url: the site took too long"
	case errors.As(err, &se):
		return http.StatusBadGateway, fmt.Sprintf("url: the site answered %s", se.Status)
	}
	return http.StatusBadGateway, "url: could not fetch the page"
}

// urlRequest reads a body that is a JSON object naming a URL, sent
// without a JSON content type (as curl -d does); false for any other body.
func urlRequest(body []byte) (extractRequest, bool) {
	var req extractRequest
	t := bytes.TrimSpace(body)
	if len(t) == 0 || t[0] != '{' {
		return req, false
	}
	return req, json.Unmarshal(t, &req) == nil && req.URL != ""
}
