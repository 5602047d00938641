package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const clippedStory = `World

Harbour strike ends as dockers accept new pay deal

Dock workers in Port Elling voted to end a three-week strike on Tuesday after accepting a pay offer worth 6% over two years.

Dockers leave the union hall in Port Elling after the vote.
Dockers leave the union hall in Port Elling after the vote.
Photo: Reuters

The deal was put to members of the Port Workers Union after talks that ran through the night. "This is a fair result for people who keep the harbour running," union secretary Mark Olsen said.

The harbour authority said ships would start unloading on Wednesday. It expects the backlog of vessels to clear within ten days.

Sign in to comment

Topics: Labour, Shipping

Source: https://news.example.org/business/harbour-strike-ends
`

type bittenJSON struct {
	Title  string `json:"title"`
	URL    string `json:"url"`
	Text   string `json:"text"`
	Images []struct {
		Caption string `json:"caption"`
		Credit  string `json:"credit"`
	} `json:"images"`
	Bite *struct {
		Summary       []string `json:"summary"`
		Quotes        []any    `json:"quotes"`
		Entities      map[string][]any
		HeadlineCheck struct {
			Consistent  bool     `json:"consistent"`
			Score       float64  `json:"score"`
			Unsupported []string `json:"unsupported"`
		} `json:"headline_check"`
	} `json:"bite"`
	Error string `json:"error"`
}

func writeStory(t *testing.T) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "story.txt")
	if err := os.WriteFile(p, []byte(clippedStory), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestBiteJSON(t *testing.T) {
	p := writeStory(t)
	r := newsbite(t, "", "bite", p, "--sentences", "2")
	if r.code != exitOK {
		t.Fatalf("code %d, stderr %s", r.code, r.stderr)
	}
	var got bittenJSON
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, r.stdout)
	}
	if got.Title != "Harbour strike ends as dockers accept new pay deal" || got.URL != "https://news.example.org/business/harbour-strike-ends" {
		t.Errorf("title %q, url %q", got.Title, got.URL)
	}
	if len(got.Images) != 1 || got.Images[0].Credit != "Reuters" || strings.Contains(got.Text, "Sign in") {
		t.Errorf("clipped text not cleaned: images %+v\n%s", got.Images, got.Text)
	}
	if got.Bite == nil {
		t.Fatal("no bite")
	}
	if len(got.Bite.Summary) != 2 {
		t.Errorf("summary %q, want 2 sentences", got.Bite.Summary)
	}
	if !got.Bite.HeadlineCheck.Consistent || got.Bite.HeadlineCheck.Unsupported == nil {
		t.Errorf("headline check %+v", got.Bite.HeadlineCheck)
	}
	if got.Bite.Quotes == nil {
		t.Error("quotes missing: want a list, even empty")
	}
}

func TestBiteCards(t *testing.T) {
	p := writeStory(t)
	r := newsbite(t, "", "bite", "--format", "text", p)
	if r.code != exitOK {
		t.Fatalf("code %d, stderr %s", r.code, r.stderr)
	}
	for _, want := range []string{"Harbour strike ends as dockers accept new pay deal\n", "news.example.org", "SUMMARY\n- Dock workers in Port Elling voted"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("text card lacks %q:\n%s", want, r.stdout)
		}
	}
	if strings.Contains(r.stdout, "Headline check") {
		t.Errorf("a consistent headline is flagged:\n%s", r.stdout)
	}
	r = newsbite(t, "", "bite", "--format", "markdown", p, p)
	if r.code != exitOK || !strings.HasPrefix(r.stdout, "# Harbour strike ends") || !strings.Contains(r.stdout, "## Summary") || !strings.Contains(r.stdout, "\n---\n") {
		t.Errorf("markdown cards: code %d\n%s", r.code, r.stdout)
	}
}

func TestBiteUsage(t *testing.T) {
	p := writeStory(t)
	for _, args := range [][]string{{"bite", "--format", "html", p}, {"bite", "--sentences", "0", p}, {"bite"}} {
		if r := newsbite(t, "", args...); r.code != exitUsage {
			t.Errorf("%v: code %d, want %d", args, r.code, exitUsage)
		}
	}
	r := newsbite(t, "", "help")
	if !strings.Contains(r.stdout, "bite") {
		t.Errorf("help does not list bite:\n%s", r.stdout)
	}
	r = newsbite(t, "", "bite", "-h")
	if r.code != exitOK || !strings.Contains(r.stdout, "--sentences") {
		t.Errorf("bite -h: code %d\n%s", r.code, r.stdout)
	}
}

func TestBiteFailedInput(t *testing.T) {
	r := newsbite(t, "", "bite", filepath.Join(t.TempDir(), "missing.html"))
	if r.code != exitFailed {
		t.Errorf("code %d, want %d", r.code, exitFailed)
	}
	var got bittenJSON
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil || got.Error == "" || got.Bite != nil {
		t.Errorf("failed input: %v %+v", err, got)
	}
}

// TestBiteSeed runs the bite over the clipped article kept beside the
// repository (it may not be copied into it): every piece of page
// furniture lands where it belongs, and the headline's "Nice terror
// attack", which the story never mentions, is flagged.
func TestBiteSeed(t *testing.T) {
	seed := filepath.Join("..", "..", "..", "shared", "seed", "clipped-article.txt")
	if _, err := os.Stat(seed); err != nil {
		t.Skip("seed not present:", err)
	}
	r := newsbite(t, "", "bite", seed)
	if r.code != exitOK {
		t.Fatalf("code %d, stderr %s", r.code, r.stderr)
	}
	var got struct {
		bittenJSON
		Section string   `json:"section"`
		Tags    []string `json:"tags"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatal(err)
	}
	if got.Title != "Nice terror attack: Obama offers Putin joint plan to smash ISIS" || got.Section != "NewsBite" {
		t.Errorf("title %q, section %q", got.Title, got.Section)
	}
	if !strings.HasPrefix(got.URL, "https://www.theaustralian.com.au/") || len(got.Tags) != 1 || got.Tags[0] != "Vladimir Putin" {
		t.Errorf("url %q, tags %q", got.URL, got.Tags)
	}
	if len(got.Images) != 1 || !strings.HasPrefix(got.Images[0].Caption, "Shake on it") || got.Images[0].Credit != "AFP" {
		t.Errorf("images %+v", got.Images)
	}
	for _, gone := range []string{"NewsBite", "Shake on it", "GRAPHIC", "comment", "Register", "Logout", "Read related", "Original URL", "\nAFP"} {
		if strings.Contains(got.Text, gone) {
			t.Errorf("text holds %q", gone)
		}
	}
	hc := got.Bite.HeadlineCheck
	if hc.Consistent || len(hc.Unsupported) == 0 || !strings.Contains(hc.Unsupported[0], "Nice terror attack") {
		t.Errorf("headline check %+v", hc)
	}
	if n := len(got.Bite.Summary); n != 3 {
		t.Errorf("summary of %d sentences", n)
	}
	// The quotations, their speakers, and the names, as the story has
	// them.
	var full realBite
	if err := json.Unmarshal([]byte(r.stdout), &full); err != nil || full.Bite == nil {
		t.Fatal(err)
	}
	checkRealSummary(t, full.Title, full.Text, full.Bite.Summary, []string{"Nice terror attack", "Shake on it"})
	speakers := map[string]string{
		"The secretary expressed concern":                    "John Kirby",
		"The two also discussed":                             "John Kirby",
		"Diplomatic efforts could not continue indefinitely": "John Kerry",
		"I would like to note our mutual effort":             "Vladimir Putin",
		"My last conversation with President Obama":          "Vladimir Putin",
		"an enormous difference":                             "John Kerry",
		"We need a solution to this":                         "a senior US official",
		"Only the Syrian people define":                      "Bashar al-Assad",
	}
	for prefix, who := range speakers {
		found := false
		for _, q := range full.Bite.Quotes {
			if strings.HasPrefix(q.Text, prefix) {
				found = true
				if q.Speaker != who {
					t.Errorf("quotation %q: speaker %q, want %q", prefix, q.Speaker, who)
				}
			}
		}
		if !found {
			t.Errorf("no quotation starting %q", prefix)
		}
	}
	e := full.Bite.Entities
	checkNames(t, "people", e.People, []string{"John Kerry", "Vladimir Putin", "Bashar al-Assad", "John Kirby", "Barack Obama", "Sergei Lavrov"},
		[]string{"Jabhat al-Nusra", "Washington", "Assad", "Kerry"})
	checkNames(t, "organizations", e.Organizations, []string{"Islamic State", "Washington Post", "NBC News", "Jabhat al-Nusra"}, []string{"State", "ISIS", "Post"})
	checkNames(t, "places", e.Places, []string{"United States", "Russia", "Syria", "Moscow", "Jordan", "Damascus", "Ukraine"}, []string{"Islamic State"})
	for _, o := range e.Organizations {
		if o.Name == "Islamic State" && (!slices.Contains(o.Aliases, "ISIS") || !slices.Contains(o.Aliases, "Daesh")) {
			t.Errorf("Islamic State without its other names ISIS and Daesh: %q", o.Aliases)
		}
	}
}

// TestBiteSamples runs the bite over the sample pages from five sites:
// each headline is borne out by its story, and each summary has three
// distinct sentences from the body.
func TestBiteSamples(t *testing.T) {
	for _, name := range sampleFiles {
		r := newsbite(t, "", "bite", sample(name))
		var got bittenJSON
		if err := json.Unmarshal([]byte(r.stdout), &got); err != nil || r.code != exitOK || got.Bite == nil {
			t.Fatalf("%s: code %d, %v", name, r.code, err)
		}
		if hc := got.Bite.HeadlineCheck; !hc.Consistent {
			t.Errorf("%s: headline %q judged inconsistent: %+v", name, got.Title, hc)
		}
		seen := map[string]bool{}
		for _, s := range got.Bite.Summary {
			if seen[s] || !strings.Contains(strings.Join(strings.Fields(got.Text), " "), s) {
				t.Errorf("%s: summary sentence %q repeated or not in the body", name, s)
			}
			seen[s] = true
		}
		if len(got.Bite.Summary) != 3 {
			t.Errorf("%s: summary %q", name, got.Bite.Summary)
		}
	}
}
