package store

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
)

// FuzzSearch: whatever a person types, a search answers or says the query
// has no words; FTS5 syntax in the input is never taken for syntax.
func FuzzSearch(f *testing.F) {
	for _, q := range []string{"zeppelin", `"AND(`, "a OR b", "NEAR(a b)", "title:x", "*", "x*", "-x", "^x", "a:b:c", "é ü 中文", "\x00", `""`, "{a b}", "a + b"} {
		f.Add(q)
	}
	s, err := Open(context.Background(), filepath.Join(f.TempDir(), "fuzz.db"))
	if err != nil {
		f.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Put(context.Background(), newArticle(1, "https://f.example/1", "Fuzz")); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		if _, err := s.Search(context.Background(), q, Filter{}, 5); err != nil && !errors.Is(err, ErrEmptyQuery) {
			t.Fatalf("Search(%q): %v", q, err)
		}
	})
}

// FuzzCursor: a cursor from anywhere pages or is refused as malformed.
func FuzzCursor(f *testing.F) {
	for _, c := range []string{"", encodeCursor("2024-01-01T00:00:00Z", 5), "!!", "MjAyNHwx", "fA"} {
		f.Add(c)
	}
	s, err := Open(context.Background(), filepath.Join(f.TempDir(), "fuzz.db"))
	if err != nil {
		f.Fatal(err)
	}
	defer s.Close()
	f.Fuzz(func(t *testing.T, c string) {
		if _, err := s.List(context.Background(), Filter{}, c, 5); err != nil && !errors.Is(err, ErrBadCursor) {
			t.Fatalf("List(cursor %q): %v", c, err)
		}
	})
}
