package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/newsbite/newsbite/article"
	"github.com/newsbite/newsbite/bite"
)

func cardBite() (*article.Article, *bite.Bite) {
	a := &article.Article{Title: "Nice plan: leaders meet", SiteName: "Example News", Published: "2026-03-02T10:00:00Z", URL: "https://example.com/a"}
	b := &bite.Bite{
		Summary: []string{"Leaders met on Monday.", "They agreed a plan."},
		Quotes: []bite.Quote{
			{Text: "We agreed on every point today", Speaker: "Ann Lee", Cue: "said"},
			{Text: "Again", Speaker: "Ann Lee", Cue: "said"},
			{Text: "Nothing new", Speaker: "", Cue: ""},
			{Text: "A *fair* deal for all of us", Speaker: "Bo Tan", Cue: "told reporters"},
		},
		Entities: bite.Entities{
			People: []bite.Entity{{Name: "Ann Lee", Mentions: 3}, {Name: "Bo Tan", Mentions: 1}},
			Places: []bite.Entity{{Name: "Geneva", Mentions: 2}},
		},
		HeadlineCheck: bite.HeadlineCheck{Consistent: false, Score: 0.4, Unsupported: []string{"Nice plan"}},
	}
	return a, b
}

func TestCardText(t *testing.T) {
	a, b := cardBite()
	var buf bytes.Buffer
	if err := Card(&buf, a, b, false); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		"Nice plan: leaders meet\nExample News · 2026-03-02\n",
		"unsupported: “Nice plan”",
		"- Leaders met on Monday.\n- They agreed a plan.\n",
		"- “We agreed on every point today” — Ann Lee\n- “A *fair* deal for all of us” — Bo Tan\n- “Again” — Ann Lee\n",
		"People: Ann Lee (3), Bo Tan\n", "Places: Geneva (2)\n", "https://example.com/a\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("card lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Nothing new") || !strings.HasSuffix(out, "(2)\n\nhttps://example.com/a\n") {
		t.Errorf("card shows a fourth quote:\n%s", out)
	}
}

func TestCardMarkdown(t *testing.T) {
	a, b := cardBite()
	var buf bytes.Buffer
	if err := Card(&buf, a, b, true); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"# Nice plan: leaders meet\n", "## Summary\n", `A \*fair\* deal for all`, "**People:** Ann Lee (3), Bo Tan"} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown card lacks %q:\n%s", want, out)
		}
	}
}

func TestBiteEncoderJSON(t *testing.T) {
	a, b := cardBite()
	var buf bytes.Buffer
	enc, err := NewBiteEncoder(&buf, FormatJSON, 2)
	if err != nil {
		t.Fatal(err)
	}
	if err := enc.Encode(a, b); err != nil {
		t.Fatal(err)
	}
	if err := enc.Encode(article.Failed("x", bytes.ErrTooLarge), nil); err != nil {
		t.Fatal(err)
	}
	if err := enc.Close(); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.HasPrefix(out, "[\n") || !strings.Contains(out, `"bite": {`) || !strings.Contains(out, `"headline_check"`) || strings.Count(out, `"bite"`) != 1 || !strings.HasSuffix(out, "]\n") {
		t.Errorf("json:\n%s", out)
	}
	if _, err := NewBiteEncoder(&buf, FormatHTML, 1); err == nil {
		t.Error("html accepted for bites")
	}
}
