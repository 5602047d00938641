package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsbite/newsbite/internal/store"
)

func TestIngestSamples(t *testing.T) {
	db := filepath.Join(t.TempDir(), "news.db")
	r := newsbite(t, "", "ingest", "--db", db, samples)
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if !strings.Contains(r.stderr, "ingest: 5 pages seen, 5 stored (5 stories), 0 duplicates") {
		t.Errorf("summary: %q", r.stderr)
	}
	// Again: the same pages are recognised, nothing is stored twice.
	r = newsbite(t, "", "ingest", "--db", db, sample(sampleFiles[0]), sample(sampleFiles[1]))
	if r.code != exitOK || !strings.Contains(r.stderr, "2 pages seen, 0 stored (0 stories), 2 duplicates") {
		t.Errorf("second ingest: exit %d, %q", r.code, r.stderr)
	}
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if s, _ := st.Stats(context.Background()); s.Stories != 5 || s.Articles != 5 {
		t.Errorf("archive: %+v", s)
	}
	// The folder's manifest gave the pages their URLs.
	p, err := st.List(context.Background(), store.Filter{Site: "sciencealert.com"}, "", 10)
	if err != nil || len(p.Articles) != 1 || !strings.HasPrefix(p.Articles[0].URL, "https://www.sciencealert.com/") {
		t.Errorf("sciencealert.com: %v, %v", p, err)
	}
}

func TestIngestErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "news.db")
	if r := newsbite(t, "", "ingest", "--db", db); r.code != exitUsage {
		t.Errorf("no input: exit %d", r.code)
	}
	if r := newsbite(t, "", "ingest", "--db", db, "no/such/file.warc.gz"); r.code != exitFailed || !strings.Contains(r.stderr, "no such file") {
		t.Errorf("missing file: exit %d, %q", r.code, r.stderr)
	}
}
