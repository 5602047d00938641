package main

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
)

func TestServeUsage(t *testing.T) {
	for _, args := range [][]string{
		{"serve", "extra"},
		{"serve", "--demo", "--db", "x.db"},
		{"serve", "--max-body", "0"},
		{"serve", "--nope"},
	} {
		if r := newsbite(t, "", args...); r.code != exitUsage {
			t.Errorf("%v: exit %d, want %d (%s)", args, r.code, exitUsage, r.stderr)
		}
	}
	if r := newsbite(t, "", "serve", "-h"); r.code != exitOK || r.stdout != serveHelp {
		t.Errorf("serve -h: exit %d", r.code)
	}
}

// TestServeDemo starts `newsbite serve --demo` on a free port, reads the
// address it announces, asks it for its health and a search, and stops it.
func TestServeDemo(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pr, pw := io.Pipe()
	done := make(chan int, 1)
	go func() {
		done <- runContext(ctx, []string{"serve", "--demo", "--addr", "127.0.0.1:0"}, strings.NewReader(""), io.Discard, pw)
		pw.Close()
	}()
	sc := bufio.NewScanner(pr)
	var base string
	for sc.Scan() {
		if _, after, ok := strings.Cut(sc.Text(), " on http://"); ok {
			base = "http://" + strings.TrimSuffix(after, "/")
			break
		}
	}
	if base == "" {
		t.Fatalf("no address announced (exit %d)", <-done)
	}
	go io.Copy(io.Discard, pr)
	for path, want := range map[string]string{"/healthz": `"stories":5`, "/api/search?q=Europa": "sciencealert.com"} {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(string(b), want) {
			t.Errorf("%s: %d %s", path, resp.StatusCode, b)
		}
	}
	cancel()
	if code := <-done; code != exitOK {
		t.Errorf("exit %d after shutdown", code)
	}
}
