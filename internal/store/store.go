// Package store keeps NewsBite's archive: articles in one SQLite file
// (pure Go driver, WAL journal so readers never wait for a writer), linked
// into stories when they are copies of one another, with a full-text index
// ranked by BM25.
//
// A crawler or an ingester calls Put (or PutAll, a batch in one
// transaction); the reader and the API call List, Get, Story and Search.
// A Store is safe for concurrent use, and several processes may open the
// same file: SQLite's locks order their writes.
package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	_ "modernc.org/sqlite" // the "sqlite" database/sql driver

	"github.com/newsbite/newsbite/article"
	"github.com/newsbite/newsbite/internal/dedup"
)

// Errors, to test with errors.Is.
var (
	ErrNotFound = errors.New("article not found")
	// ErrTooNew is returned by Open for an archive whose schema is newer
	// than this program's.
	ErrTooNew = errors.New("archive made by a newer NewsBite")
	// ErrNoArticle is returned by Put for a record that holds no article:
	// a failed extraction or a page without main content.
	ErrNoArticle = errors.New("no article to store")
	// ErrBadCursor is returned by List for a cursor it did not make.
	ErrBadCursor = errors.New("malformed cursor")
)

// Duplicate kinds.
const (
	// Exact: the same normalised text as an article already stored.
	Exact = "exact"
	// Near: a MinHash similarity at or above dedup.Threshold.
	Near = "near"
)

// Store is an open archive.
type Store struct {
	path string
	// w has a single connection and opens transactions with BEGIN
	// IMMEDIATE, so the dedup lookup and the insert it decides happen
	// under the write lock; r serves readers, which WAL lets run beside
	// the writer.
	w, r *sql.DB
	mu   sync.Mutex
	now  func() time.Time
}

// DefaultPath returns where the archive lives when no --db is given:
// $XDG_DATA_HOME/newsbite/newsbite.db, else ~/.local/share/newsbite/
// newsbite.db, else under os.UserConfigDir.
func DefaultPath() (string, error) {
	if d := os.Getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "newsbite", "newsbite.db"), nil
	}
	if home, err := os.UserHomeDir(); err == nil && home != "" {
		return filepath.Join(home, ".local", "share", "newsbite", "newsbite.db"), nil
	}
	d, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("no data directory: %w", err)
	}
	return filepath.Join(d, "newsbite", "newsbite.db"), nil
}

// Open opens the archive at path, creating it (and its directory) when
// missing, and brings its schema up to date.
func Open(ctx context.Context, path string) (*Store, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, err
		}
	}
	// synchronous=FULL makes a commit durable when it returns, across a
	// power cut as well as a crash.
	base := "file:" + (&url.URL{Path: path}).EscapedPath() +
		"?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)&_pragma=foreign_keys(1)"
	w, err := sql.Open("sqlite", base+"&_txlock=immediate")
	if err != nil {
		return nil, err
	}
	w.SetMaxOpenConns(1)
	if err := migrate(ctx, w); err != nil {
		w.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	r, err := sql.Open("sqlite", base+"&_pragma=query_only(1)")
	if err != nil {
		w.Close()
		return nil, err
	}
	r.SetMaxOpenConns(8)
	r.SetMaxIdleConns(8)
	return &Store{path: path, w: w, r: r, now: time.Now}, nil
}

// Path returns the archive's file.
func (s *Store) Path() string { return s.path }

// Close closes the archive.
func (s *Store) Close() error {
	return errors.Join(s.r.Close(), s.w.Close())
}

// Version returns the archive's schema version.
func (s *Store) Version(ctx context.Context) (int, error) {
	var v int
	err := s.r.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v)
	return v, err
}

// Entry is an article to store with what is known of how it was got.
type Entry struct {
	Article *article.Article
	// Fetched is when the page was fetched (a WARC record's date, a
	// crawl's time); it dates the article when the page names no
	// publication date. Zero means unknown.
	Fetched time.Time
}

// Result says what Put did with an article.
type Result struct {
	// ID is the article's id; for a page already stored under the same
	// URL with the same text, the id of that earlier copy.
	ID int64 `json:"id"`
	// StoryID is the id of the story's first article.
	StoryID int64 `json:"story_id"`
	// Duplicate is "", Exact or Near.
	Duplicate  string  `json:"duplicate,omitempty"`
	Similarity float64 `json:"similarity,omitempty"`
	// Refetch is set when the same page (URL and text) was already
	// stored: nothing new was written.
	Refetch bool `json:"refetch,omitempty"`
}

// Put stores a, linking it to the story it duplicates if any.
func (s *Store) Put(ctx context.Context, a *article.Article) (Result, error) {
	if !Storable(a) {
		return Result{}, ErrNoArticle
	}
	rs, err := s.PutAll(ctx, []Entry{{Article: a}})
	if err != nil {
		return Result{}, err
	}
	return rs[0], nil
}

// PutAll stores entries in one transaction, in order: a later entry may
// join the story of an earlier one. Entries that hold no article (see
// ErrNoArticle) are skipped, their Result zero; any other error rolls the
// whole batch back.
func (s *Store) PutAll(ctx context.Context, entries []Entry) ([]Result, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	results := make([]Result, len(entries))
	for i, e := range entries {
		r, err := s.put(ctx, tx, e)
		if errors.Is(err, ErrNoArticle) {
			continue
		}
		if err != nil {
			return nil, err
		}
		results[i] = r
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	return results, nil
}

// Storable reports whether a holds an article Put would store.
func Storable(a *article.Article) bool {
	return a != nil && a.Error == "" && !a.Empty && strings.TrimSpace(a.Text) != ""
}

func (s *Store) put(ctx context.Context, tx *sql.Tx, e Entry) (Result, error) {
	a := e.Article
	if !Storable(a) {
		return Result{}, ErrNoArticle
	}
	words := dedup.Words(a.Text)
	hash := dedup.HashWords(words)
	var r Result

	// The same page again (the same URL, or for a page without one the
	// same source, with the same text): nothing to write.
	if a.URL != "" || a.Source != "" {
		q := `SELECT id, story_id, duplicate, similarity FROM articles WHERE url = ? AND content_hash = ? LIMIT 1`
		key := a.URL
		if a.URL == "" {
			q = `SELECT id, story_id, duplicate, similarity FROM articles WHERE url = '' AND source = ? AND content_hash = ? LIMIT 1`
			key = a.Source
		}
		err := tx.QueryRowContext(ctx, q, key, hash).Scan(&r.ID, &r.StoryID, &r.Duplicate, &r.Similarity)
		if err == nil {
			r.Refetch = true
			return r, nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return r, err
		}
	}

	// An exact copy joins the story of the first one.
	err := tx.QueryRowContext(ctx, `SELECT story_id FROM articles WHERE content_hash = ? ORDER BY id LIMIT 1`, hash).Scan(&r.StoryID)
	switch {
	case err == nil:
		r.Duplicate, r.Similarity = Exact, 1
	case !errors.Is(err, sql.ErrNoRows):
		return r, err
	}

	sig, sketched := dedup.SketchWords(words)
	if r.Duplicate == "" && sketched {
		story, sim, err := s.nearest(ctx, tx, &sig)
		if err != nil {
			return r, err
		}
		if story != 0 {
			r.StoryID, r.Duplicate, r.Similarity = story, Near, sim
		}
	}

	now := s.now().UTC()
	date := sortDate(a.Published, e.Fetched, now)
	fetched := timeText(e.Fetched)
	var sketch []byte
	if sketched {
		sketch, _ = sig.MarshalBinary()
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO articles (
		story_id, duplicate, similarity, site, date, added, fetched, content_hash, sketch,
		source, url, canonical_url, site_name, title, description, authors, credit, published, modified,
		language, section, tags, page_type, images, blocks, text, word_count)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		r.StoryID, r.Duplicate, r.Similarity, Site(a), date, now.Format(time.RFC3339), fetched, hash, sketch,
		a.Source, a.URL, a.CanonicalURL, a.SiteName, a.Title, a.Description, jsonList(a.Authors), a.Credit,
		a.Published, a.Modified, a.Language, a.Section, jsonList(a.Tags), a.PageType,
		jsonList(a.Images), jsonList(a.Blocks), a.Text, a.WordCount)
	if err != nil {
		return r, err
	}
	if r.ID, err = res.LastInsertId(); err != nil {
		return r, err
	}
	if r.StoryID == 0 {
		// A new story: it is its own head, and the only article the
		// full-text index holds for it.
		r.StoryID = r.ID
		if _, err := tx.ExecContext(ctx, `UPDATE articles SET story_id = id WHERE id = ?`, r.ID); err != nil {
			return r, err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO articles_fts (rowid, title, description, text, authors, tags)
			VALUES (?, ?, ?, ?, ?, ?)`, r.ID, a.Title, a.Description, a.Text,
			strings.Join(a.Authors, ", "), strings.Join(a.Tags, ", ")); err != nil {
			return r, err
		}
	}
	if sketched {
		for b, k := range sig.BandKeys() {
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO lsh (band, key, article_id) VALUES (?, ?, ?)`, b, k, r.ID); err != nil {
				return r, err
			}
		}
	}
	return r, nil
}

// nearest returns the story of the stored article most similar to sig at
// or above dedup.Threshold, and that similarity; or 0.
func (s *Store) nearest(ctx context.Context, tx *sql.Tx, sig *dedup.Signature) (int64, float64, error) {
	keys := sig.BandKeys()
	var q strings.Builder
	args := make([]any, 0, 2*len(keys))
	q.WriteString(`SELECT DISTINCT a.id, a.story_id, a.sketch FROM lsh JOIN articles a ON a.id = lsh.article_id WHERE `)
	for b, k := range keys {
		if b > 0 {
			q.WriteString(" OR ")
		}
		q.WriteString("(lsh.band = ? AND lsh.key = ?)")
		args = append(args, b, k)
	}
	rows, err := tx.QueryContext(ctx, q.String(), args...)
	if err != nil {
		return 0, 0, err
	}
	defer rows.Close()
	var best, bestStory int64
	var bestSim float64
	for rows.Next() {
		var id, story int64
		var blob []byte
		if err := rows.Scan(&id, &story, &blob); err != nil {
			return 0, 0, err
		}
		var other dedup.Signature
		if other.UnmarshalBinary(blob) != nil {
			continue
		}
		sim := sig.Similarity(&other)
		if sim >= dedup.Threshold && (sim > bestSim || (sim == bestSim && id < best)) {
			best, bestStory, bestSim = id, story, sim
		}
	}
	return bestStory, bestSim, rows.Err()
}

// Site returns the host an article comes from, without "www.": the key
// of the site filter.
func Site(a *article.Article) string {
	for _, raw := range []string{a.URL, a.CanonicalURL} {
		if u, err := url.Parse(raw); err == nil && u.Hostname() != "" {
			return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
		}
	}
	return ""
}

// dateLayouts are the forms of Published that sort; RFC 3339 first.
var dateLayouts = []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02"}

// ParseDate reads a date as articles and filters write it.
func ParseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// sortDate is the date an article is listed under, in UTC RFC 3339 so
// that strings sort as times: its publication date, else when it was
// fetched, else now.
func sortDate(published string, fetched, now time.Time) string {
	if t, ok := ParseDate(published); ok {
		return t.UTC().Format(time.RFC3339)
	}
	if !fetched.IsZero() {
		return fetched.UTC().Format(time.RFC3339)
	}
	return now.UTC().Format(time.RFC3339)
}

// timeText is t as the archive writes times, in UTC RFC 3339, or "" for
// the zero time.
func timeText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

func jsonList(v any) string {
	b, err := json.Marshal(v)
	if err != nil || string(b) == "null" {
		return "[]"
	}
	return string(b)
}
