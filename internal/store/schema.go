package store

import (
	"context"
	"database/sql"
	"fmt"
)

// migrations are the schema's versions, in order: the schema version
// (PRAGMA user_version) is the number applied. Add a step to the end; never
// edit or reorder one that has shipped, since archives in the wild have
// applied it.
var migrations = []string{
	// 1: articles, their full-text index and the LSH bands of their
	// sketches.
	`CREATE TABLE articles (
		id            INTEGER PRIMARY KEY,
		story_id      INTEGER NOT NULL,
		duplicate     TEXT NOT NULL DEFAULT '',
		similarity    REAL NOT NULL DEFAULT 0,
		site          TEXT NOT NULL DEFAULT '',
		date          TEXT NOT NULL,
		added         TEXT NOT NULL,
		fetched       TEXT NOT NULL DEFAULT '',
		content_hash  TEXT NOT NULL DEFAULT '',
		sketch        BLOB,
		source        TEXT NOT NULL DEFAULT '',
		url           TEXT NOT NULL DEFAULT '',
		canonical_url TEXT NOT NULL DEFAULT '',
		site_name     TEXT NOT NULL DEFAULT '',
		title         TEXT NOT NULL DEFAULT '',
		description   TEXT NOT NULL DEFAULT '',
		authors       TEXT NOT NULL DEFAULT '[]',
		published     TEXT NOT NULL DEFAULT '',
		modified      TEXT NOT NULL DEFAULT '',
		language      TEXT NOT NULL DEFAULT '',
		section       TEXT NOT NULL DEFAULT '',
		tags          TEXT NOT NULL DEFAULT '[]',
		page_type     TEXT NOT NULL DEFAULT '',
		images        TEXT NOT NULL DEFAULT '[]',
		blocks        TEXT NOT NULL DEFAULT '[]',
		text          TEXT NOT NULL DEFAULT '',
		word_count    INTEGER NOT NULL DEFAULT 0
	);
	CREATE INDEX articles_story ON articles(story_id);
	CREATE INDEX articles_date ON articles(date DESC, id DESC);
	CREATE INDEX articles_hash ON articles(content_hash);
	CREATE INDEX articles_url ON articles(url);
	CREATE INDEX articles_site ON articles(site);
	CREATE TABLE lsh (
		band       INTEGER NOT NULL,
		key        INTEGER NOT NULL,
		article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
		PRIMARY KEY (band, key, article_id)
	) WITHOUT ROWID;
	CREATE VIRTUAL TABLE articles_fts USING fts5(
		title, description, text, authors, tags,
		tokenize = 'unicode61 remove_diacritics 2'
	);`,
	// 2: what the crawler knows of each URL it fetched, so that a crawl
	// resumes where it stopped and asks only for what changed.
	`CREATE TABLE crawl_pages (
		url           TEXT PRIMARY KEY,
		kind          TEXT NOT NULL DEFAULT '',
		etag          TEXT NOT NULL DEFAULT '',
		last_modified TEXT NOT NULL DEFAULT '',
		links         TEXT NOT NULL DEFAULT '[]',
		article_id    INTEGER NOT NULL DEFAULT 0,
		outcome       TEXT NOT NULL DEFAULT '',
		fetched       TEXT NOT NULL DEFAULT ''
	) WITHOUT ROWID;`,
	// 3: the body of a crawled page that is read again when it has not
	// changed (robots.txt), so a 304 or a fresh copy spares a download.
	`ALTER TABLE crawl_pages ADD COLUMN body TEXT NOT NULL DEFAULT '';`,
	// 4: the agency or organisation a story is credited to.
	`ALTER TABLE articles ADD COLUMN credit TEXT NOT NULL DEFAULT '';`,
}

// migrate brings db's schema up to the latest version, a step a
// transaction, and refuses an archive made by a newer NewsBite.
func migrate(ctx context.Context, db *sql.DB) error {
	var v int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return err
	}
	if v > len(migrations) {
		return fmt.Errorf("%w: schema version %d, this NewsBite knows up to %d", ErrTooNew, v, len(migrations))
	}
	for ; v < len(migrations); v++ {
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
			tx.Rollback()
			return fmt.Errorf("schema version %d: %w", v+1, err)
		}
		// PRAGMA takes no parameters; v+1 is an integer of ours.
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", v+1)); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return err
		}
	}
	return nil
}
