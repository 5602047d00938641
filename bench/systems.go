package main

import (
	"bytes"
	"fmt"
	nurl "net/url"
	"strings"

	readability "github.com/go-shiori/go-readability"
	distiller "github.com/markusmobius/go-domdistiller"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/newsbite/newsbite/extract"
)

// System is an extractor under test: it turns a page into its main text.
type System struct {
	Name string
	// Scored is false for a floor that yields no text (parse only): its
	// quality columns are left blank.
	Scored bool
	Run    func(page []byte, url string) (string, error)
}

// systems in the order tables list them; NewsBite first.
var systems = []System{
	{"newsbite", true, runNewsBite},
	{"trafilatura-fallback", true, func(p []byte, u string) (string, error) { return runTrafilatura(p, u, true) }},
	{"trafilatura", true, func(p []byte, u string) (string, error) { return runTrafilatura(p, u, false) }},
	{"readability", true, runReadability},
	{"domdistiller", true, runDomDistiller},
	{"parse", false, runParseOnly},
}

func systemByName(name string) (System, bool) {
	for _, s := range systems {
		if s.Name == name {
			return s, true
		}
	}
	return System{}, false
}

func systemNames() string {
	var names []string
	for _, s := range systems {
		names = append(names, s.Name)
	}
	return strings.Join(names, ",")
}

func runNewsBite(page []byte, url string) (string, error) {
	a, err := extract.Extract(page, extract.Options{URL: url})
	if err != nil {
		return "", err
	}
	return a.Text, nil
}

// runTrafilatura runs go-trafilatura as its own comparison script does:
// default focus, comments excluded, with or without its fallback
// extractors (go-readability and go-domdistiller).
func runTrafilatura(page []byte, url string, fallback bool) (string, error) {
	res, err := trafilatura.Extract(bytes.NewReader(page), trafilatura.Options{
		OriginalURL:     parseURL(url),
		EnableFallback:  fallback,
		ExcludeComments: true,
	})
	if err != nil {
		return "", err
	}
	if res == nil {
		return "", fmt.Errorf("no result")
	}
	return res.ContentText, nil
}

func runReadability(page []byte, url string) (string, error) {
	a, err := readability.FromReader(bytes.NewReader(page), parseURL(url))
	if err != nil {
		return "", err
	}
	return a.TextContent, nil
}

func runDomDistiller(page []byte, url string) (string, error) {
	res, err := distiller.ApplyForReader(bytes.NewReader(page), &distiller.Options{
		OriginalURL:    parseURL(url),
		SkipPagination: true,
	})
	if err != nil {
		return "", err
	}
	if res == nil {
		return "", fmt.Errorf("no result")
	}
	return res.Text, nil
}

// runParseOnly is the floor: parsing the page and nothing else.
func runParseOnly(page []byte, _ string) (string, error) {
	_, err := html.Parse(bytes.NewReader(page))
	return "", err
}

func parseURL(s string) *nurl.URL {
	u, err := nurl.ParseRequestURI(s)
	if err != nil {
		return nil
	}
	return u
}
