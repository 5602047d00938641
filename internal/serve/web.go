package serve

import (
	"bytes"
	"embed"
	"html/template"
	"net/http"
	"strings"
	"time"

	"github.com/newsbite/newsbite/article"
	"github.com/newsbite/newsbite/bite"
	"github.com/newsbite/newsbite/internal/render"
	"github.com/newsbite/newsbite/internal/store"
)

//go:embed templates/*.html templates/style.css
var templateFS embed.FS

var pages = template.Must(template.New("").Funcs(template.FuncMap{
	"day":  day,
	"dict": dict,
}).ParseFS(templateFS, "templates/*.html"))

var styleCSS, _ = templateFS.ReadFile("templates/style.css")

// dayLabel names the day of an RFC 3339 date as a list of news heads it:
// "Today", "Yesterday", else the date with its weekday (UTC).
func dayLabel(date string, now time.Time) string {
	t, err := time.Parse(time.RFC3339, date)
	if err != nil {
		return ""
	}
	t, now = t.UTC(), now.UTC()
	y, m, d := t.Date()
	switch ny, nm, nd := now.Date(); {
	case y == ny && m == nm && d == nd:
		return "Today"
	case t.Format(time.DateOnly) == now.AddDate(0, 0, -1).Format(time.DateOnly):
		return "Yesterday"
	}
	return t.Format("Monday 2 January 2006")
}

// day shows an RFC 3339 date as a person reads it.
func day(s string) string {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return s
	}
	return t.Format("2 January 2006")
}

// bite is a story as the front page shows it.
type storyBite struct {
	*store.Stored
	Summary string
	// Day heads the first story of each day: "Today", "Yesterday" or
	// the date.
	Day string
}

type frontData struct {
	Filter  filterView
	Sites   []string
	Stories []storyBite
	Older   string // link to the next page
	Total   store.Stats
}

// filterView is the filter form's state.
type filterView struct {
	Site, Tag, Lang, Since, Until string
	Active                        bool
}

func viewOf(r *http.Request) filterView {
	q := r.URL.Query()
	f := filterView{Site: q.Get("site"), Tag: q.Get("tag"), Lang: q.Get("lang"), Since: q.Get("since"), Until: q.Get("until")}
	f.Active = f.Site != "" || f.Tag != "" || f.Lang != "" || f.Since != "" || f.Until != ""
	return f
}

func (s *Server) render(w http.ResponseWriter, r *http.Request, code int, name string, title string, data any) {
	var buf bytes.Buffer
	err := pages.ExecuteTemplate(&buf, name, map[string]any{"Title": title, "Data": data, "Query": r.URL.Query().Get("q")})
	if err != nil {
		s.opts.Logger.Error("serve: template", "name", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", "default-src 'self'; img-src * data:; style-src 'self'")
	w.WriteHeader(code)
	w.Write(buf.Bytes())
}

func (s *Server) errorPage(w http.ResponseWriter, r *http.Request, code int, msg string) {
	s.render(w, r, code, "error.html", http.StatusText(code), map[string]any{"Code": code, "Message": msg})
}

// failPage answers a reader request that went wrong.
func (s *Server) failPage(w http.ResponseWriter, r *http.Request, err error) {
	code, msg := status(err)
	if code == http.StatusInternalServerError {
		s.opts.Logger.Error("serve: page failed", "path", r.URL.Path, "err", err)
		msg = "Something went wrong on our side."
	}
	s.errorPage(w, r, code, msg)
}

func (s *Server) front(w http.ResponseWriter, r *http.Request) {
	f, _, err := filterFrom(r)
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	ctx := r.Context()
	p, err := s.opts.Store.List(ctx, f, r.URL.Query().Get("cursor"), 20)
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	data := frontData{Filter: viewOf(r)}
	if data.Sites, err = s.opts.Store.Sites(ctx, 50); err != nil {
		s.failPage(w, r, err)
		return
	}
	if data.Total, err = s.opts.Store.Stats(ctx); err != nil {
		s.failPage(w, r, err)
		return
	}
	lastDay := ""
	for _, a := range p.Articles {
		b := storyBite{Stored: a, Summary: s.summary(a)}
		if d := dayLabel(a.Date, time.Now()); d != lastDay {
			b.Day, lastDay = d, d
		}
		data.Stories = append(data.Stories, b)
	}
	if p.Next != "" {
		q := r.URL.Query()
		q.Set("cursor", p.Next)
		data.Older = "/?" + q.Encode()
	}
	s.render(w, r, http.StatusOK, "front.html", "NewsBite", data)
}

// summary is the first sentences of a story, as its bite gives them.
func (s *Server) summary(a *store.Stored) string {
	s.mu.Lock()
	sum, ok := s.summaries[a.ID]
	s.mu.Unlock()
	if !ok {
		sum = bite.Make(&a.Article, bite.Options{Sentences: 2}).Summary
		s.mu.Lock()
		if len(s.summaries) > 10000 {
			clear(s.summaries)
		}
		s.summaries[a.ID] = sum
		s.mu.Unlock()
	}
	text := strings.Join(sum, " ")
	if text == "" {
		text = a.Description
	}
	return text
}

type storyData struct {
	Article *store.Stored
	// Lead is the article's first picture, if it has one on the web.
	Lead    *article.Image
	Body    template.HTML
	Summary string
	Others  []storyRef
	Head    bool // the article is the story's first
}

func (s *Server) story(w http.ResponseWriter, r *http.Request) {
	a, err := s.requestedArticle(r)
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	var body bytes.Buffer
	// The byline is shown by the page; the fragment brings the body.
	shown := a.Article
	shown.Title, shown.Authors, shown.Credit, shown.Published, shown.SiteName, shown.URL = "", nil, "", "", "", ""
	if err := render.ArticleHTML(&body, &shown); err != nil {
		s.failPage(w, r, err)
		return
	}
	data := storyData{
		Article: a.Stored,
		// ArticleHTML escapes all text (it is html/template's output).
		Body:    template.HTML(body.String()),
		Summary: s.summary(a.Stored),
		Others:  a.Story,
		Head:    a.ID == a.StoryID,
	}
	for i, img := range a.Images {
		if strings.HasPrefix(img.URL, "https://") || strings.HasPrefix(img.URL, "http://") {
			data.Lead = &a.Images[i]
			break
		}
	}
	title := a.Title
	if title == "" {
		title = "Untitled"
	}
	s.render(w, r, http.StatusOK, "story.html", title, data)
}

type searchData struct {
	Query    string
	Filter   filterView
	Results  []searchResult
	Searched bool
}

type searchResult struct {
	Article *store.Stored
	Snippet template.HTML
}

func (s *Server) searchPage(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	data := searchData{Query: q, Filter: viewOf(r)}
	if q == "" {
		s.render(w, r, http.StatusOK, "search.html", "Search", data)
		return
	}
	f, _, err := filterFrom(r)
	if err != nil {
		s.failPage(w, r, err)
		return
	}
	hits, err := s.opts.Store.Search(r.Context(), q, f, 50)
	if err != nil && err != store.ErrEmptyQuery {
		s.failPage(w, r, err)
		return
	}
	data.Searched = true
	for _, h := range hits {
		// Snippets are escaped by the store, with only <mark> added.
		data.Results = append(data.Results, searchResult{Article: h.Article, Snippet: template.HTML(h.Snippet)})
	}
	s.render(w, r, http.StatusOK, "search.html", "Search: "+q, data)
}

func (s *Server) style(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/css; charset=utf-8")
	w.Header().Set("Cache-Control", "public, max-age=3600")
	w.Write(styleCSS)
}

// dict builds a map from key, value pairs, to pass several values to a
// template.
func dict(kv ...any) map[string]any {
	m := map[string]any{}
	for i := 0; i+1 < len(kv); i += 2 {
		if k, ok := kv[i].(string); ok {
			m[k] = kv[i+1]
		}
	}
	return m
}
