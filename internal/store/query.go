package store

import (
	"context"
	"database/sql"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/newsbite/newsbite/article"
)

// Stored is an article as the archive holds it.
type Stored struct {
	ID      int64 `json:"id"`
	StoryID int64 `json:"story_id"`
	// Duplicate is "" for a story's first article, else Exact or Near.
	Duplicate  string  `json:"duplicate,omitempty"`
	Similarity float64 `json:"similarity,omitempty"`
	// Site is the host the article comes from, without "www.".
	Site string `json:"site,omitempty"`
	// Date is what the article is listed under (RFC 3339, UTC): its
	// publication date, else when it was fetched, else when it was stored.
	Date string `json:"date"`
	// Added is when it was stored.
	Added string `json:"added"`
	// Copies counts the story's other articles; set on lists of stories.
	Copies int `json:"copies,omitempty"`
	article.Article
}

// Filter narrows lists and searches; zero fields do not filter.
type Filter struct {
	Site string // host, without "www."
	Tag  string // one of the article's tags, case-insensitive
	Lang string // language code, as the article's "language" or its prefix ("en" matches "en-GB")
	// Since and Until bound Date: Since <= Date < Until.
	Since, Until time.Time
}

// Page is one page of a list, newest first.
type Page struct {
	Articles []*Stored `json:"articles"`
	// Next is the cursor of the following page; empty on the last.
	Next string `json:"next"`
}

// Hit is a search result.
type Hit struct {
	Article *Stored `json:"article"`
	// Snippet is an HTML fragment: the text around the matched words,
	// escaped, with the words in <mark>.
	Snippet string `json:"snippet"`
	// Rank is the BM25 score; lower is better.
	Rank float64 `json:"rank"`
}

const columns = `a.id, a.story_id, a.duplicate, a.similarity, a.site, a.date, a.added,
	a.source, a.url, a.canonical_url, a.site_name, a.title, a.description, a.authors, a.credit,
	a.published, a.modified, a.language, a.section, a.tags, a.page_type, a.images, a.blocks,
	a.text, a.word_count`

// copiesColumn counts the other articles of the story a heads, for Copies.
const copiesColumn = `(SELECT count(*) - 1 FROM articles d WHERE d.story_id = a.id)`

type scanner interface{ Scan(...any) error }

func scanStored(sc scanner, extra ...any) (*Stored, error) {
	s := &Stored{}
	var authors, tags, images, blocks string
	dest := []any{&s.ID, &s.StoryID, &s.Duplicate, &s.Similarity, &s.Site, &s.Date, &s.Added,
		&s.Source, &s.URL, &s.CanonicalURL, &s.SiteName, &s.Title, &s.Description, &authors, &s.Credit,
		&s.Published, &s.Modified, &s.Language, &s.Section, &tags, &s.PageType, &images, &blocks,
		&s.Text, &s.WordCount}
	if err := sc.Scan(append(dest, extra...)...); err != nil {
		return nil, err
	}
	for _, f := range []struct {
		src string
		dst any
	}{{authors, &s.Authors}, {tags, &s.Tags}, {images, &s.Images}, {blocks, &s.Blocks}} {
		if err := json.Unmarshal([]byte(f.src), f.dst); err != nil {
			return nil, fmt.Errorf("article %d: %w", s.ID, err)
		}
	}
	if s.Blocks == nil {
		s.Blocks = []article.Block{}
	}
	return s, nil
}

// Get returns the article with id.
func (s *Store) Get(ctx context.Context, id int64) (*Stored, error) {
	row := s.r.QueryRowContext(ctx, `SELECT `+columns+` FROM articles a WHERE a.id = ?`, id)
	a, err := scanStored(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("%w: %d", ErrNotFound, id)
	}
	return a, err
}

// Story returns the articles of a story, its first article first.
func (s *Store) Story(ctx context.Context, storyID int64) ([]*Stored, error) {
	out, err := s.story(ctx, `a.story_id = ?`, storyID)
	if err == nil && len(out) == 0 {
		err = fmt.Errorf("%w: story %d", ErrNotFound, storyID)
	}
	return out, err
}

// ArticleStory returns the article with id and all the articles of its
// story (it among them), the story's first article first, in one query.
func (s *Store) ArticleStory(ctx context.Context, id int64) (*Stored, []*Stored, error) {
	all, err := s.story(ctx, `a.story_id = (SELECT story_id FROM articles WHERE id = ?)`, id)
	if err != nil {
		return nil, nil, err
	}
	for _, a := range all {
		if a.ID == id {
			return a, all, nil
		}
	}
	return nil, nil, fmt.Errorf("%w: %d", ErrNotFound, id)
}

// story returns the articles that meet cond, by id.
func (s *Store) story(ctx context.Context, cond string, arg any) ([]*Stored, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT `+columns+` FROM articles a WHERE `+cond+` ORDER BY a.id`, arg)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*Stored
	for rows.Next() {
		a, err := scanStored(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// where appends f's conditions on the articles aliased a.
func (f Filter) where(conds []string, args []any) ([]string, []any) {
	if f.Site != "" {
		conds = append(conds, "a.site = ?")
		args = append(args, strings.TrimPrefix(strings.ToLower(f.Site), "www."))
	}
	if f.Tag != "" {
		conds = append(conds, "EXISTS (SELECT 1 FROM json_each(a.tags) t WHERE t.value = ? COLLATE NOCASE)")
		args = append(args, f.Tag)
	}
	if f.Lang != "" {
		conds = append(conds, "(a.language = ? COLLATE NOCASE OR a.language LIKE ? ESCAPE '\\')")
		args = append(args, f.Lang, likeEscape(f.Lang)+"-%")
	}
	if !f.Since.IsZero() {
		conds = append(conds, "a.date >= ?")
		args = append(args, f.Since.UTC().Format(time.RFC3339))
	}
	if !f.Until.IsZero() {
		conds = append(conds, "a.date < ?")
		args = append(args, f.Until.UTC().Format(time.RFC3339))
	}
	return conds, args
}

func likeEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s)
}

// MaxLimit is the largest page List and Search return.
const MaxLimit = 200

func clampLimit(n int) int {
	if n <= 0 {
		return 20
	}
	return min(n, MaxLimit)
}

// List returns a page of stories (each story's first article, with the
// count of its copies), newest first, starting after cursor ("" for the
// first page).
func (s *Store) List(ctx context.Context, f Filter, cursor string, limit int) (*Page, error) {
	limit = clampLimit(limit)
	conds, args := f.where([]string{"a.id = a.story_id"}, nil)
	if cursor != "" {
		date, id, err := decodeCursor(cursor)
		if err != nil {
			return nil, err
		}
		conds = append(conds, "(a.date < ? OR (a.date = ? AND a.id < ?))")
		args = append(args, date, date, id)
	}
	q := `SELECT ` + columns + `, ` + copiesColumn + `
		FROM articles a WHERE ` + strings.Join(conds, " AND ") + `
		ORDER BY a.date DESC, a.id DESC LIMIT ?`
	rows, err := s.r.QueryContext(ctx, q, append(args, limit+1)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	p := &Page{Articles: []*Stored{}}
	for rows.Next() {
		var copies int
		a, err := scanStored(rows, &copies)
		if err != nil {
			return nil, err
		}
		a.Copies = copies
		p.Articles = append(p.Articles, a)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(p.Articles) > limit {
		p.Articles = p.Articles[:limit]
		last := p.Articles[limit-1]
		p.Next = encodeCursor(last.Date, last.ID)
	}
	return p, nil
}

func encodeCursor(date string, id int64) string {
	return base64.RawURLEncoding.EncodeToString([]byte(date + "|" + strconv.FormatInt(id, 10)))
}

func decodeCursor(c string) (string, int64, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return "", 0, ErrBadCursor
	}
	date, idText, ok := strings.Cut(string(b), "|")
	id, err := strconv.ParseInt(idText, 10, 64)
	if !ok || err != nil || id <= 0 {
		return "", 0, ErrBadCursor
	}
	if _, err := time.Parse(time.RFC3339, date); err != nil {
		return "", 0, ErrBadCursor
	}
	return date, id, nil
}

// ErrEmptyQuery is returned by Search for a query without words.
var ErrEmptyQuery = errors.New("search query has no words")

// MatchQuery turns what a person typed into an FTS5 query: its words, each
// quoted so no character of the input is taken for query syntax, all
// required; a trailing "*" on a word makes it a prefix.
func MatchQuery(q string) string {
	var terms []string
	for _, field := range strings.Fields(q) {
		prefix := strings.HasSuffix(field, "*")
		words := strings.FieldsFunc(field, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
		for i, w := range words {
			t := `"` + w + `"`
			if prefix && i == len(words)-1 {
				t += "*"
			}
			terms = append(terms, t)
		}
	}
	return strings.Join(terms, " ")
}

// Snippet markers FTS5 puts around matches; control characters that cannot
// be in extracted text, replaced by <mark> once the rest is escaped.
const markOpen, markClose = "\x02", "\x03"

// Search returns the stories that match q, best first.
func (s *Store) Search(ctx context.Context, q string, f Filter, limit int) ([]Hit, error) {
	match := MatchQuery(q)
	if match == "" {
		return nil, ErrEmptyQuery
	}
	conds, args := f.where([]string{"articles_fts MATCH ?"}, []any{match})
	// Weights: title, description, text, authors, tags.
	query := `SELECT ` + columns + `,
		snippet(articles_fts, -1, '` + markOpen + `', '` + markClose + `', '…', 40),
		bm25(articles_fts, 10.0, 4.0, 1.0, 2.0, 3.0) AS rank,
		` + copiesColumn + `
		FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
		WHERE ` + strings.Join(conds, " AND ") + ` ORDER BY rank LIMIT ?`
	rows, err := s.r.QueryContext(ctx, query, append(args, clampLimit(limit))...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	hits := []Hit{}
	for rows.Next() {
		var h Hit
		var snip string
		var copies int
		if h.Article, err = scanStored(rows, &snip, &h.Rank, &copies); err != nil {
			return nil, err
		}
		h.Article.Copies = copies
		h.Snippet = markSnippet(snip)
		hits = append(hits, h)
	}
	return hits, rows.Err()
}

func markSnippet(s string) string {
	s = html.EscapeString(s)
	s = strings.ReplaceAll(s, markOpen, "<mark>")
	return strings.ReplaceAll(s, markClose, "</mark>")
}

// Stats counts what the archive holds.
type Stats struct {
	Articles int `json:"articles"`
	Stories  int `json:"stories"`
}

// Stats returns the archive's counts.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	err := s.r.QueryRowContext(ctx, `SELECT count(*), coalesce(sum(id = story_id), 0) FROM articles`).Scan(&st.Articles, &st.Stories)
	return st, err
}

// Sites returns the sites with stories, most stories first, at most n.
func (s *Store) Sites(ctx context.Context, n int) ([]string, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT site FROM articles WHERE id = story_id AND site != ''
		GROUP BY site ORDER BY count(*) DESC, site LIMIT ?`, n)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var site string
		if err := rows.Scan(&site); err != nil {
			return nil, err
		}
		out = append(out, site)
	}
	return out, rows.Err()
}
