package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsbite/newsbite/article"
)

const samples = "../../samples"

// The sample pages, in manifest order.
var sampleFiles = []string{
	"sciencealert-europa-water-plumes.html",
	"aljazeera-afghanistan-helicopter-crash.html",
	"entermedia-ko-entertainment-column.html",
	"itbrief-enterprise-ai-projects.html",
	"clemson-smartphone-habits.html.gz",
}

func sample(name string) string { return filepath.Join(samples, name) }

type result struct {
	code           int
	stdout, stderr string
}

func newsbite(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return result{code, out.String(), errOut.String()}
}

func articles(t *testing.T, r result) []article.Article {
	t.Helper()
	var list []article.Article
	if err := json.Unmarshal([]byte(r.stdout), &list); err != nil {
		t.Fatalf("stdout is not a JSON array: %v\n%s", err, r.stdout)
	}
	return list
}

func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"help"}, {"-h"}, {"--help"}} {
		r := newsbite(t, "", args...)
		if r.code != exitOK || !strings.Contains(r.stdout, "extract") || !strings.Contains(r.stdout, "Exit status") {
			t.Errorf("%v: code %d, stdout %q", args, r.code, r.stdout)
		}
	}
	for _, args := range [][]string{{"help", "extract"}, {"extract", "-h"}, {"extract", "--help"}} {
		r := newsbite(t, "", args...)
		if r.code != exitOK || !strings.Contains(r.stdout, "Usage: newsbite extract") || !strings.Contains(r.stdout, "--manifest FILE") {
			t.Errorf("%v: code %d, stdout %q", args, r.code, r.stdout)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	one := sample(sampleFiles[0])
	for _, args := range [][]string{
		{},
		{"frobnicate"},
		{"help", "frobnicate"},
		{"extract"},
		{"extract", "--format", "yaml", one},
		{"extract", "--no-such-flag", one},
		{"extract", "-j", "0", one},
		{"extract", "-j", "many", one},
		{"extract", "--timeout", "0s", one},
		{"extract", "--max-bytes", "-1", one},
		{"extract", "--url", "https://example.com/a", one, one},
		{"extract", "--url", "https://example.com/a", "--manifest", sample("manifest.jsonl"), one},
		{"extract", "--url", "https://example.com/a", "https://example.com/b"},
		{"extract", "--url", "not a url", one},
		{"extract", "-", "-"},
	} {
		r := newsbite(t, "", args...)
		if r.code != exitUsage {
			t.Errorf("%q: exit %d, want %d; stderr %q", args, r.code, exitUsage, r.stderr)
		}
		if r.stdout != "" {
			t.Errorf("%q: wrote to stdout: %q", args, r.stdout)
		}
		if r.stderr == "" {
			t.Errorf("%q: no message on stderr", args)
		}
	}
}

func TestExtractOneIsAnObject(t *testing.T) {
	r := newsbite(t, "", "extract", sample(sampleFiles[0]))
	if r.code != exitOK || r.stderr != "" {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if !strings.HasPrefix(r.stdout, "{\n  \"source\": ") {
		t.Fatalf("one input should give one indented object:\n%.200s", r.stdout)
	}
	var a article.Article
	if err := json.Unmarshal([]byte(r.stdout), &a); err != nil {
		t.Fatal(err)
	}
	if a.Source != sample(sampleFiles[0]) || !strings.Contains(a.Title, "Europa") || a.WordCount < 200 {
		t.Errorf("article = %q %q %d words", a.Source, a.Title, a.WordCount)
	}
}

func TestExtractSeveralIsAnArray(t *testing.T) {
	args := []string{"extract"}
	for _, f := range sampleFiles {
		args = append(args, sample(f))
	}
	r := newsbite(t, "", args...)
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if !strings.HasPrefix(r.stdout, "[\n  {") {
		t.Errorf("several inputs should give an indented array:\n%.200s", r.stdout)
	}
	list := articles(t, r)
	if len(list) != len(sampleFiles) {
		t.Fatalf("%d articles, want %d", len(list), len(sampleFiles))
	}
	for i, a := range list {
		if a.Source != sample(sampleFiles[i]) || a.Error != "" || a.WordCount == 0 {
			t.Errorf("article %d: source %q error %q words %d", i, a.Source, a.Error, a.WordCount)
		}
	}
	// The gzipped sample is read like the others.
	if last := list[len(list)-1]; !strings.Contains(last.Title, "smartphone") {
		t.Errorf("gzipped sample: title %q", last.Title)
	}
}

func TestJSONLAndStableOrder(t *testing.T) {
	// Each sample four times over, with four workers: the output keeps the
	// order of the inputs.
	args := []string{"extract", "--format", "jsonl", "-j", "4"}
	var want []string
	for range 4 {
		for _, f := range sampleFiles {
			args = append(args, sample(f))
			want = append(want, sample(f))
		}
	}
	r := newsbite(t, "", args...)
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if len(lines) != len(want) {
		t.Fatalf("%d lines, want %d", len(lines), len(want))
	}
	titles := map[string]string{}
	for i, l := range lines {
		var a article.Article
		if err := json.Unmarshal([]byte(l), &a); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if a.Source != want[i] {
			t.Fatalf("line %d is %q, want %q", i+1, a.Source, want[i])
		}
		if prev, ok := titles[a.Source]; ok && prev != a.Title {
			t.Errorf("%s: title %q then %q", a.Source, prev, a.Title)
		}
		titles[a.Source] = a.Title
	}
}

func TestMissingFileFailsAlone(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing.html")
	r := newsbite(t, "", "extract", sample(sampleFiles[0]), missing, sample(sampleFiles[1]))
	if r.code != exitFailed {
		t.Errorf("exit %d, want %d", r.code, exitFailed)
	}
	list := articles(t, r)
	if len(list) != 3 {
		t.Fatalf("%d articles, want 3", len(list))
	}
	if list[1].Source != missing || list[1].Error == "" || list[1].WordCount != 0 {
		t.Errorf("missing file: %+v", list[1])
	}
	for _, i := range []int{0, 2} {
		if list[i].Error != "" || list[i].WordCount == 0 {
			t.Errorf("article %d failed too: %q", i, list[i].Error)
		}
	}
	if !strings.Contains(r.stderr, missing) || !strings.Contains(r.stderr, "1 of 3 inputs failed") {
		t.Errorf("stderr = %q", r.stderr)
	}
}

func TestStdin(t *testing.T) {
	page, err := os.ReadFile(sample(sampleFiles[0]))
	if err != nil {
		t.Fatal(err)
	}
	const url = "https://example.com/europa"
	r := newsbite(t, string(page), "extract", "--url", url, "-")
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var a article.Article
	if err := json.Unmarshal([]byte(r.stdout), &a); err != nil {
		t.Fatal(err)
	}
	if a.Source != "-" || a.URL != url || !strings.Contains(a.Title, "Europa") {
		t.Errorf("stdin article: source %q url %q title %q", a.Source, a.URL, a.Title)
	}
}

func TestGzipInput(t *testing.T) {
	page, err := os.ReadFile(sample(sampleFiles[1]))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(page)
	zw.Close()
	p := filepath.Join(t.TempDir(), "page.html.gz")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	r := newsbite(t, "", "extract", "--format", "text", p)
	if r.code != exitOK || !strings.HasPrefix(r.stdout, "US service members killed in Afghanistan helicopter crash\n\n") {
		t.Errorf("exit %d, stdout %.200q, stderr %q", r.code, r.stdout, r.stderr)
	}
	// Gzipped standard input too.
	r = newsbite(t, buf.String(), "extract", "--format", "text", "-")
	if r.code != exitOK || !strings.HasPrefix(r.stdout, "US service members") {
		t.Errorf("gzipped stdin: exit %d, stdout %.100q", r.code, r.stdout)
	}
}

func TestTooLarge(t *testing.T) {
	r := newsbite(t, "", "extract", "--max-bytes", "1000", sample(sampleFiles[0]))
	if r.code != exitFailed || !strings.Contains(r.stderr, "too large") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestMarkdown(t *testing.T) {
	r := newsbite(t, "", "extract", "--format", "markdown", sample(sampleFiles[1]), sample(sampleFiles[4]))
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{
		"# US service members killed in Afghanistan helicopter crash\n\n",
		"\n## Hostage swap\n",
		"\n---\n\n# Here’s how to maintain healthy smartphone habits\n",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("markdown lacks %q", want)
		}
	}
	if strings.Contains(r.stdout, "<div") || strings.Contains(r.stdout, "<p>") {
		t.Errorf("markdown carries HTML")
	}
}

func TestHTMLFormat(t *testing.T) {
	r := newsbite(t, "", "extract", "--format", "html", sample(sampleFiles[2]))
	if r.code != exitOK || !strings.HasPrefix(r.stdout, "<!DOCTYPE html>") || !strings.Contains(r.stdout, `<html lang="ko">`) {
		t.Errorf("exit %d, stdout %.300q", r.code, r.stdout)
	}
}

func TestManifest(t *testing.T) {
	r := newsbite(t, "", "extract", "--manifest", sample("manifest.jsonl"), "-j", "2")
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	list := articles(t, r)
	if len(list) != len(sampleFiles) {
		t.Fatalf("%d articles, want %d", len(list), len(sampleFiles))
	}
	for i, a := range list {
		// The source is the path as the manifest writes it, and the URL is
		// the manifest's.
		if a.Source != sampleFiles[i] || !strings.HasPrefix(a.URL, "http") || a.WordCount == 0 {
			t.Errorf("article %d: source %q url %q words %d", i, a.Source, a.URL, a.WordCount)
		}
	}
	if list[1].URL != "https://www.aljazeera.com/news/2019/11/service-members-killed-afghanistan-helicopter-crash-191120070028895.html" {
		t.Errorf("URL not taken from the manifest: %q", list[1].URL)
	}

	// A manifest elsewhere, with a bad entry, and inputs on the command line first.
	dir := t.TempDir()
	abs, _ := filepath.Abs(sample(sampleFiles[0]))
	m := filepath.Join(dir, "m.jsonl")
	os.WriteFile(m, []byte(fmt.Sprintf("{\"path\": %q}\n{\"path\": \"nope.html\"}\n", abs)), 0o644)
	r = newsbite(t, "", "extract", "--format", "jsonl", "--manifest", m, sample(sampleFiles[1]))
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if r.code != exitFailed || len(lines) != 3 || !strings.Contains(lines[0], "aljazeera") || !strings.Contains(lines[2], `"source":"nope.html"`) || !strings.Contains(lines[2], `"error":`) {
		t.Errorf("exit %d, stdout:\n%s", r.code, r.stdout)
	}
	r = newsbite(t, "", "extract", "--manifest", filepath.Join(dir, "none.jsonl"))
	if r.code != exitFailed || r.stdout != "" {
		t.Errorf("missing manifest: exit %d", r.code)
	}
}

func TestFlagsAfterInputs(t *testing.T) {
	r := newsbite(t, "", "extract", sample(sampleFiles[0]), "--format", "text", "-j", "1")
	if r.code != exitOK || !strings.HasPrefix(r.stdout, "NASA Just Confirmed") {
		t.Errorf("exit %d, stdout %.100q, stderr %q", r.code, r.stdout, r.stderr)
	}
	// After "--" everything is an input.
	r = newsbite(t, "", "extract", "--format", "text", "--", "--format")
	if r.code != exitFailed || !strings.Contains(r.stderr, "--format") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestURLInput(t *testing.T) {
	page, err := os.ReadFile(sample(sampleFiles[0]))
	if err != nil {
		t.Fatal(err)
	}
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	}))
	defer s.Close()
	r := newsbite(t, "", "extract", "--allow-private", s.URL+"/story")
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var a article.Article
	json.Unmarshal([]byte(r.stdout), &a)
	if a.Source != s.URL+"/story" || a.URL != s.URL+"/story" || !strings.Contains(a.Title, "Europa") {
		t.Errorf("URL article: source %q url %q title %q", a.Source, a.URL, a.Title)
	}
	// Without --allow-private the loopback test server is refused.
	r = newsbite(t, "", "extract", s.URL+"/story")
	if r.code != exitFailed || !strings.Contains(r.stderr, "non-public address") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestProgressOnlyOnTerminals(t *testing.T) {
	defer func(f func(io.Writer) bool) { isTerminal = f }(isTerminal)
	isTerminal = func(io.Writer) bool { return true }
	args := []string{"extract", "--format", "jsonl"}
	for _, f := range sampleFiles {
		args = append(args, sample(f))
	}
	r := newsbite(t, "", args...)
	if r.code != exitOK || !strings.Contains(r.stderr, "extract") {
		t.Errorf("terminal: exit %d, no progress bar on stderr: %q", r.code, r.stderr)
	}
	if n := strings.Count(r.stdout, "\n"); n != len(sampleFiles) {
		t.Errorf("the progress bar reached stdout: %d lines", n)
	}
	// A single input shows none.
	r = newsbite(t, "", "extract", sample(sampleFiles[0]))
	if r.stderr != "" {
		t.Errorf("one input: stderr %q", r.stderr)
	}
	isTerminal = func(io.Writer) bool { return false }
	r = newsbite(t, "", args...)
	if r.stderr != "" {
		t.Errorf("not a terminal: stderr %q", r.stderr)
	}
}
