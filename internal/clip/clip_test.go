package clip

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/newsbite/newsbite/article"
)

func TestParseFixture(t *testing.T) {
	b, err := os.ReadFile("testdata/clipped.txt")
	if err != nil {
		t.Fatal(err)
	}
	a := Parse(b, "clipped.txt")
	if a.Source != "clipped.txt" {
		t.Errorf("source %q", a.Source)
	}
	if want := "Harbour strike ends as dockers accept new pay deal"; a.Title != want {
		t.Errorf("title %q, want %q", a.Title, want)
	}
	if a.Section != "World" {
		t.Errorf("section %q, want the first menu label", a.Section)
	}
	if a.URL != "https://news.example.org/business/harbour-strike-ends" {
		t.Errorf("url %q", a.URL)
	}
	if a.SiteName != "news.example.org" {
		t.Errorf("site name %q", a.SiteName)
	}
	if want := []string{"Labour", "Shipping", "Port Elling"}; !reflect.DeepEqual(a.Tags, want) {
		t.Errorf("tags %q, want %q", a.Tags, want)
	}
	if want := []string{"Anna Berg"}; !reflect.DeepEqual(a.Authors, want) {
		t.Errorf("authors %q, want %q", a.Authors, want)
	}
	if a.Published != "2026-03-03T18:02:00Z" {
		t.Errorf("published %q", a.Published)
	}
	if len(a.Images) != 1 || a.Images[0].Caption != "Dockers leave the union hall in Port Elling after the vote." || a.Images[0].Credit != "Reuters" {
		t.Errorf("images %+v", a.Images)
	}
	for _, gone := range []string{"World", "Business", "Dockers leave the union hall", "Reuters", "VIDEO", "Sign in", "Comments are closed", "Share this", "Kommentare", "Topics", "Source", "https://", "By Anna"} {
		if strings.Contains(a.Text, gone) {
			t.Errorf("text holds %q:\n%s", gone, a.Text)
		}
	}
	for _, kept := range []string{"Dock workers in Port Elling voted", "“This is a fair result", "He declined to comment."} {
		if !strings.Contains(a.Text, kept) {
			t.Errorf("text lost %q:\n%s", kept, a.Text)
		}
	}
	if len(a.Blocks) != 4 || a.WordCount < 80 {
		t.Errorf("%d blocks, %d words:\n%s", len(a.Blocks), a.WordCount, a.Text)
	}
}

// TestParseSeed checks the clipped article kept beside the repository,
// which may not be copied into it.
func TestParseSeed(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "seed", "clipped-article.txt"))
	if err != nil {
		t.Skip("seed not present:", err)
	}
	a := Parse(b, "seed.txt")
	if !strings.HasPrefix(a.Title, "Nice terror attack: Obama offers Putin joint plan") {
		t.Errorf("title %q", a.Title)
	}
	if a.Section != "NewsBite" {
		t.Errorf("section %q, want the menu label", a.Section)
	}
	if !strings.HasPrefix(a.URL, "https://www.theaustralian.com.au/") {
		t.Errorf("url %q", a.URL)
	}
	if !reflect.DeepEqual(a.Tags, []string{"Vladimir Putin"}) {
		t.Errorf("tags %q", a.Tags)
	}
	if len(a.Images) != 1 || !strings.HasPrefix(a.Images[0].Caption, "Shake on it:") || a.Images[0].Credit != "AFP" {
		t.Errorf("images %+v", a.Images)
	}
	// The agency line closing the story is its credit, not an author.
	if a.Credit != "AFP" || len(a.Authors) != 0 {
		t.Errorf("credit %q, authors %q; want the credit AFP and no authors", a.Credit, a.Authors)
	}
	for _, gone := range []string{"NewsBite", "Nice terror attack", "Shake on it", "GRAPHIC", "Add your comment", "Register", "Logout", "commenting", "Read related topics", "Original URL", "theaustralian", "\nAFP"} {
		if strings.Contains(a.Text, gone) {
			t.Errorf("text holds %q", gone)
		}
	}
	if !strings.HasPrefix(a.Text, "The US reportedly wants") || !strings.HasSuffix(a.Text, "designated areas.") {
		t.Errorf("body runs from %.40q to %q", a.Text, a.Text[max(0, len(a.Text)-40):])
	}
	for _, b := range a.Blocks {
		if b.Type != article.Paragraph {
			t.Errorf("block %q is a %s", b.Text, b.Type)
		}
	}
}

func TestTrailingCreditBesideByline(t *testing.T) {
	text := "Harbour strike ends\n\nBy Anna Berg\n\n" +
		"Dock workers in Port Elling voted on Tuesday to accept a new pay deal, ending a strike that had lasted three weeks.\n\n" +
		"The union said the agreement raised wages by six percent over two years and kept the night shift bonus.\n\n" +
		"Reuters\n"
	a := Parse([]byte(text), "t.txt")
	if !reflect.DeepEqual(a.Authors, []string{"Anna Berg"}) || a.Credit != "Reuters" {
		t.Errorf("authors %q, credit %q; want Anna Berg credited with Reuters", a.Authors, a.Credit)
	}
	if strings.Contains(a.Text, "Reuters") {
		t.Errorf("text keeps the credit line:\n%s", a.Text)
	}
}

func TestPrompts(t *testing.T) {
	prompts := []string{
		"Comments are closed", "Comments are closed.", "Sign in to comment", "Share this article",
		"Add your comment to this story", "Don't have an account? Register", "Log in to reply",
		"Join the conversation, you are commenting as Logout", "Kommentare sind geschlossen",
		"Partager cet article", "Iniciar sesión para comentar", "Be the first to comment",
		"Subscribe to our newsletter",
	}
	for _, p := range prompts {
		if !isPrompt(p) {
			t.Errorf("%q is not taken for a prompt", p)
		}
	}
	story := []string{
		"He declined to comment.",
		"The company did not respond to a request for comment on Tuesday.",
		"Users must register their drones with the aviation authority before flying them.",
		"Twitter said it would share the data with researchers.",
	}
	for _, s := range story {
		if isPrompt(s) {
			t.Errorf("story line %q taken for a prompt", s)
		}
	}
}

func TestPlaceholders(t *testing.T) {
	for _, l := range []string{"GRAPHIC — Islamic State inspired attacks", "VIDEO: Dockers vote to end strike", "WATCH - The moment the bridge fell", "PHOTOS: The storm in pictures"} {
		if !isPlaceholder(l) {
			t.Errorf("%q is not taken for a placeholder", l)
		}
	}
	for _, l := range []string{"WASHINGTON — The Senate passed the bill on Tuesday.", "NEW YORK (AP) — Stocks rose.", "NATO said it would send more troops to the region next year."} {
		if isPlaceholder(l) {
			t.Errorf("%q taken for a placeholder", l)
		}
	}
}

func TestLooksLikeText(t *testing.T) {
	if !LooksLikeText([]byte("Headline\n\nA body with 3 < 4 and a <fake> tag.")) {
		t.Error("text taken for HTML")
	}
	for _, h := range []string{"<!DOCTYPE html><html>", "<p>Hello</p>", "  <div class=x>hi</div>"} {
		if LooksLikeText([]byte(h)) {
			t.Errorf("%q taken for text", h)
		}
	}
	if LooksLikeText([]byte{0, 1, 2, 3, 0, 0, 0xff, 0xfe, 0, 0}) {
		t.Error("binary taken for text")
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("Label\nA headline of some words\n\nBody.\nBody.\nAFP\nTopics: a, b\nSource: https://x.y/z"))
	f.Add([]byte("---\ntitle: x\ntags:\n  - a\n---\n# T\n![a](u)\n## H\nBody."))
	f.Fuzz(func(t *testing.T, b []byte) {
		a := Parse(b, "f")
		if a == nil || a.Blocks == nil {
			t.Fatal("nil article or blocks")
		}
	})
}

func TestParseHardWrapped(t *testing.T) {
	text := `Council approves new bridge over the river Elm

The city council on Monday approved plans for a new bridge over the
river Elm, ending a decade of debate over how to ease traffic in the old
town. The bridge will carry cars, bicycles and a tram line, and is due
to open in 2029.

Mayor Ruth Adler said the vote was a relief. "We have talked about this
bridge for ten years, and now we can finally build it," she told
reporters after the session. Opponents said they would appeal.

- Cost: 48 million euros
- Length: 320 metres

Construction is expected to start next spring, once the last permits
are granted by the regional authority and the tender has been awarded.
`
	a := Parse([]byte(text), "wrapped.txt")
	if a.Title != "Council approves new bridge over the river Elm" {
		t.Errorf("title %q", a.Title)
	}
	var paras, items int
	for _, b := range a.Blocks {
		switch b.Type {
		case article.Paragraph:
			paras++
		case article.ListItem:
			items++
		}
	}
	if paras != 3 || items != 2 {
		t.Errorf("%d paragraphs and %d list items, want 3 and 2:\n%s", paras, items, a.Text)
	}
	if !strings.Contains(a.Text, "over the river Elm, ending a decade") {
		t.Errorf("wrapped lines not joined:\n%s", a.Text)
	}
}

func TestParseDateLine(t *testing.T) {
	for in, want := range map[string]string{
		"Published: Friday 15 July 2016 10.30 BST": "2016-07-15T10:30:00Z",
		"July 15, 2016 12:00am":                    "2016-07-15T00:00:00Z",
		"2016-07-15":                               "2016-07-15T00:00:00Z",
		"Updated Jan. 3, 2020 at 4:05 pm EST":      "2020-01-03T16:05:00Z",
		"Veröffentlicht: 3. März 2021":             "2021-03-03T00:00:00Z",
		"The vote was on July 15, 2016.":           "",
		"31 February 2016":                         "",
	} {
		if got := parseDateLine(in); got != want {
			t.Errorf("parseDateLine(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseOtherLanguages(t *testing.T) {
	de := `Politik

Bundestag beschließt neues Heizungsgesetz nach langer Debatte

Der Bundestag hat am Freitag nach monatelangem Streit das neue Heizungsgesetz beschlossen.

Abgeordnete stimmen im Plenarsaal ab.
Abgeordnete stimmen im Plenarsaal ab.
Foto: dpa

Die Opposition kündigte an, gegen das Gesetz vor dem Bundesverfassungsgericht zu klagen.

Artikel teilen

Kommentare sind geschlossen.

Jetzt anmelden und mitdiskutieren

Themen: Bundestag, Energie

Quelle: https://example.de/politik/heizungsgesetz
`
	a := Parse([]byte(de), "de.txt")
	if a.Title != "Bundestag beschließt neues Heizungsgesetz nach langer Debatte" || a.URL != "https://example.de/politik/heizungsgesetz" {
		t.Errorf("title %q, url %q", a.Title, a.URL)
	}
	if len(a.Images) != 1 || a.Images[0].Credit != "dpa" || !reflect.DeepEqual(a.Tags, []string{"Bundestag", "Energie"}) {
		t.Errorf("images %+v, tags %q", a.Images, a.Tags)
	}
	if len(a.Blocks) != 2 || strings.Contains(a.Text, "Kommentare") || strings.Contains(a.Text, "teilen") || strings.Contains(a.Text, "anmelden") {
		t.Errorf("body:\n%s", a.Text)
	}

	fr := `Le conseil municipal adopte le budget de la ville pour 2027

Le conseil municipal a adopté jeudi soir le budget de la ville, en hausse de 3 %.

Le maire a salué « un budget responsable ». L'opposition a voté contre.

Partager cet article

Connectez-vous pour commenter

Vous n'avez pas de compte ? Inscrivez-vous

Mots-clés : budget, conseil municipal

Source : https://example.fr/ville/budget-2027
`
	a = Parse([]byte(fr), "fr.txt")
	if a.Title != "Le conseil municipal adopte le budget de la ville pour 2027" || a.URL != "https://example.fr/ville/budget-2027" {
		t.Errorf("title %q, url %q", a.Title, a.URL)
	}
	if !reflect.DeepEqual(a.Tags, []string{"budget", "conseil municipal"}) {
		t.Errorf("tags %q", a.Tags)
	}
	if len(a.Blocks) != 2 || strings.Contains(a.Text, "Partager") || strings.Contains(a.Text, "compte") || strings.Contains(a.Text, "commenter") {
		t.Errorf("body:\n%s", a.Text)
	}
}

func TestParseMarkdownClip(t *testing.T) {
	md := `---
title: "Harbour strike ends as dockers accept new pay deal"
source: "https://news.example.org/business/harbour-strike-ends"
author:
  - "[[Anna Berg]]"
published: 2026-03-03
tags:
  - "clippings"
  - "labour"
---
# Harbour strike ends as dockers accept new pay deal

![Dockers leave the union hall](https://news.example.org/img/dockers.jpg)

Dock workers in Port Elling voted to end a three-week strike on Tuesday.

## What happens next

The harbour authority said ships would start unloading on Wednesday.
`
	a := Parse([]byte(md), "clip.md")
	if a.Title != "Harbour strike ends as dockers accept new pay deal" || a.URL != "https://news.example.org/business/harbour-strike-ends" {
		t.Errorf("title %q, url %q", a.Title, a.URL)
	}
	if !reflect.DeepEqual(a.Authors, []string{"Anna Berg"}) || a.Published != "2026-03-03T00:00:00Z" || !reflect.DeepEqual(a.Tags, []string{"labour"}) {
		t.Errorf("authors %q, published %q, tags %q", a.Authors, a.Published, a.Tags)
	}
	if len(a.Images) != 1 || a.Images[0].URL != "https://news.example.org/img/dockers.jpg" || a.Images[0].Alt != "Dockers leave the union hall" {
		t.Errorf("images %+v", a.Images)
	}
	want := []article.Block{
		{Type: article.Paragraph, Text: "Dock workers in Port Elling voted to end a three-week strike on Tuesday."},
		{Type: article.Heading, Text: "What happens next", Level: 2},
		{Type: article.Paragraph, Text: "The harbour authority said ships would start unloading on Wednesday."},
	}
	if !reflect.DeepEqual(a.Blocks, want) {
		t.Errorf("blocks %+v", a.Blocks)
	}
}
