package bite

import (
	"strings"
	"testing"

	"github.com/newsbite/newsbite/article"
)

func storyArticle(title string, paras ...string) *article.Article {
	a := &article.Article{Title: title}
	var bs []article.Block
	for _, p := range paras {
		bs = append(bs, article.Block{Type: article.Paragraph, Text: p})
	}
	a.SetBlocks(bs)
	return a
}

func TestSummarize(t *testing.T) {
	a := storyArticle("Harbour strike ends as dockers accept pay deal",
		"PORT ELLING (Reuters) - Dock workers in Port Elling voted to end a three-week strike on Tuesday after accepting a pay offer worth 6% over two years.",
		"Photo: dockers leave the union hall after the vote on Tuesday evening.",
		"The strike had closed the harbour to container ships and left a backlog of more than 40 vessels waiting off the coast.",
		"Read more: how the port became the busiest in the region in less than a decade",
		"Union secretary Mark Olsen said the pay deal was a fair result for dock workers who kept the harbour running during the pandemic.",
		"The weather was mild.",
		"The harbour authority said ships would start unloading on Wednesday and expects the backlog of vessels to clear within ten days.",
	)
	got := Summarize(a, 3)
	if len(got) != 3 {
		t.Fatalf("got %d sentences: %q", len(got), got)
	}
	if !strings.HasPrefix(got[0], "Dock workers in Port Elling voted") {
		t.Errorf("first sentence %q: want the lead without its dateline", got[0])
	}
	for _, s := range got {
		if strings.HasPrefix(s, "Photo:") || strings.HasPrefix(s, "Read more") || s == "The weather was mild." {
			t.Errorf("summary holds %q", s)
		}
	}
	// In the article's order.
	pos := -1
	for _, s := range got {
		i := strings.Index(a.Text, s)
		if i <= pos {
			t.Errorf("%q out of order", s)
		}
		pos = i
	}
	if n := len(Summarize(a, 2)); n != 2 {
		t.Errorf("--sentences 2 gave %d", n)
	}
	if n := len(Summarize(a, 0)); n != DefaultSentences {
		t.Errorf("default gave %d", n)
	}
}

func TestSummarizeSkipsHeadlineRepeat(t *testing.T) {
	a := storyArticle("Dockers accept pay deal and end the harbour strike",
		"Dockers accept pay deal and end the harbour strike.",
		"Dock workers in Port Elling voted on Tuesday to accept a pay offer worth 6% over two years.",
		"Ships will start unloading on Wednesday, the harbour authority said in a statement.")
	for _, s := range Summarize(a, 2) {
		if strings.HasPrefix(s, "Dockers accept pay deal") {
			t.Errorf("summary repeats the headline: %q", s)
		}
	}
}

func TestSummarizeEmpty(t *testing.T) {
	if got := Summarize(&article.Article{}, 3); got == nil || len(got) != 0 {
		t.Errorf("got %#v", got)
	}
}

func TestStripDateline(t *testing.T) {
	for in, want := range map[string]string{
		"LONDON (Reuters) - Shares fell.":  "Shares fell.",
		"WASHINGTON — The Senate voted.":   "The Senate voted.",
		"NEW YORK, May 3 (AP) -- It rose.": "It rose.",
		"The US - and Russia - agreed.":    "The US - and Russia - agreed.",
	} {
		if got := stripDateline(in); got != want {
			t.Errorf("stripDateline(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSummaryNoQuoteTail(t *testing.T) {
	// The last sentence of a quotation, cut from its start, reads as a
	// fragment; the summary passes it over however well it scores.
	a := storyArticle("Dock strike ends as workers accept harbour pay deal",
		"Dock workers in Port Elling voted to end a three-week strike on Tuesday after accepting a pay deal.",
		"The strike had closed the harbour to container ships and left a backlog of vessels waiting off the coast.",
		`"The deal is fair. The harbour strike is over and the dock workers won the pay deal they wanted," said union secretary Mark Olsen.`,
		"The harbour authority said ships would start unloading on Wednesday.",
	)
	for _, s := range Summarize(a, 3) {
		if strings.HasPrefix(s, "The harbour strike is over") {
			t.Errorf("summary holds the tail of a quotation: %q", s)
		}
	}
}
