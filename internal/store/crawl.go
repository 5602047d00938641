package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"time"
)

// CrawlPage is what a crawl recorded of one URL: the validators that make
// the next request conditional, the links a feed or sitemap listed (so a
// "not modified" answer still leads to them), and what became of an
// article page.
type CrawlPage struct {
	URL  string
	Kind string
	// ETag and LastModified are the response's validators.
	ETag, LastModified string
	Links              []string
	// ArticleID is the article stored from the page, 0 if none.
	ArticleID int64
	// Outcome is the crawler's word for what it did with the page.
	Outcome string
	Fetched time.Time
	// Body is the page itself, kept only for small pages the crawler
	// reads again without fetching them (robots.txt).
	Body string
}

// CrawlPage returns what was recorded of url, and false when nothing was.
func (s *Store) CrawlPage(ctx context.Context, url string) (CrawlPage, bool, error) {
	p := CrawlPage{URL: url}
	var links, fetched string
	err := s.r.QueryRowContext(ctx, `SELECT kind, etag, last_modified, links, article_id, outcome, fetched, body
		FROM crawl_pages WHERE url = ?`, url).Scan(&p.Kind, &p.ETag, &p.LastModified, &links, &p.ArticleID, &p.Outcome, &fetched, &p.Body)
	if errors.Is(err, sql.ErrNoRows) {
		return CrawlPage{}, false, nil
	}
	if err != nil {
		return CrawlPage{}, false, err
	}
	if err := json.Unmarshal([]byte(links), &p.Links); err != nil {
		p.Links = nil
	}
	p.Fetched, _ = time.Parse(time.RFC3339, fetched)
	return p, true, nil
}

// SetCrawlPage records p, replacing what was recorded of its URL.
func (s *Store) SetCrawlPage(ctx context.Context, p CrawlPage) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return setCrawlPage(ctx, s.w, p)
}

// PutCrawled stores e's article and records p, with ArticleID set to the
// article's id, in one transaction: a crawl stopped at any moment has
// either both or neither, so it never fetches again what it stored.
func (s *Store) PutCrawled(ctx context.Context, e Entry, p CrawlPage) (Result, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return Result{}, err
	}
	defer tx.Rollback()
	r, err := s.put(ctx, tx, e)
	if err != nil {
		return Result{}, err
	}
	p.ArticleID = r.ID
	if err := setCrawlPage(ctx, tx, p); err != nil {
		return Result{}, err
	}
	if err := tx.Commit(); err != nil {
		return Result{}, err
	}
	return r, nil
}

func setCrawlPage(ctx context.Context, db interface {
	ExecContext(context.Context, string, ...any) (sql.Result, error)
}, p CrawlPage) error {
	_, err := db.ExecContext(ctx, `INSERT OR REPLACE INTO crawl_pages
		(url, kind, etag, last_modified, links, article_id, outcome, fetched, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		p.URL, p.Kind, p.ETag, p.LastModified, jsonList(p.Links), p.ArticleID, p.Outcome, timeText(p.Fetched), p.Body)
	return err
}
