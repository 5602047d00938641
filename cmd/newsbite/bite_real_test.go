package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// realBite is the JSON of `newsbite bite` for one input, read in full.
type realBite struct {
	Title string `json:"title"`
	Text  string `json:"text"`
	Bite  *struct {
		Summary []string `json:"summary"`
		Quotes  []struct {
			Text    string `json:"text"`
			Speaker string `json:"speaker"`
			Cue     string `json:"cue"`
		} `json:"quotes"`
		Entities struct {
			People        []realEntity `json:"people"`
			Organizations []realEntity `json:"organizations"`
			Places        []realEntity `json:"places"`
		} `json:"entities"`
		HeadlineCheck struct {
			Consistent  bool     `json:"consistent"`
			Unsupported []string `json:"unsupported"`
		} `json:"headline_check"`
	} `json:"bite"`
}

type realEntity struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
}

// quoteWant is a quotation an article holds: its words start with
// prefix, and speaker said them.
type quoteWant struct{ prefix, speaker string }

// realArticle holds what reading an article shows its bite must hold.
type realArticle struct {
	path       string
	consistent bool
	quotes     []quoteWant
	// allQuotes says quotes lists every quotation the article has.
	allQuotes   bool
	noQuoteWith []string // no quotation holds (or starts with) these
	people      []string
	orgs        []string
	places      []string
	notPeople   []string
	notOrgs     []string
	notPlaces   []string
	notSummary  []string // no summary sentence holds these
}

// realArticles are the real pages kept in the repository, one or two
// files per article, with what their bites must show, checked by reading
// each article.
var realArticles = []realArticle{
	{
		path:       sample("aljazeera-afghanistan-helicopter-crash.html"),
		consistent: true,
		quotes: []quoteWant{
			{"US Chinook helicopter shot down", "Zabihullah Mujahid"},
			{"The Americans wanted to raid", "Zabihullah Mujahid"},
			{"for several more years", "Mark Milley"},
		},
		people:    []string{"Zabihullah Mujahid", "Mark Milley", "Donald Trump"},
		orgs:      []string{"Taliban", "United Nations", "Joint Chiefs of Staff"},
		places:    []string{"Afghanistan", "Kabul", "Logar"},
		notPeople: []string{"Mujahid", "Chinook"},
		notOrgs:   []string{"US Chinook"},
	},
	{
		path:       sample("itbrief-enterprise-ai-projects.html"),
		consistent: true,
		quotes: []quoteWant{
			{"It was surprising how many organizations", "Jaimie Tilbrook"},
			{"A major disruption we'll see in 2026", "Jaimie Tilbrook"},
			{"The traditional SaaS model", "Ramy Houssaini"},
			{"The old way of buying software", "Ramy Houssaini"},
			{"Think of old factories", "Ramy Houssaini"},
		},
		allQuotes: true,
		// The words quoted inside the quotations are part of them.
		noQuoteWith: []string{"application consumption", "seats"},
		people:      []string{"Ramy Houssaini", "Jaimie Tilbrook"},
		orgs:        []string{"Cloudflare", "EncompaaS"},
		notPeople:   []string{"Chief Cyber Solutions Officer", "Product Officer", "Cloudflare", "CPO"},
		notOrgs:     []string{"AI", "CPO"},
		notPlaces:   []string{"CPO", "Cloudflare"},
		notSummary:  []string{`," said`},
	},
	{
		path:       sample("sciencealert-europa-water-plumes.html"),
		consistent: true,
		quotes: []quoteWant{
			{"While scientists have not yet detected liquid water", "Lucas Paganini"},
			{"We suggest that the outgassing", "Lucas Paganini"},
			{"We performed diligent safety checks", "Avi Mandell"},
			{"But, eventually, we'll have to get closer", "Avi Mandell"},
		},
		people:    []string{"Lucas Paganini", "Avi Mandell"},
		orgs:      []string{"NASA", "Goddard Space Flight Center", "Nature Astronomy", "Hubble Space Telescope"},
		places:    []string{"Europa", "Greenbelt", "Maryland", "Hawaii"},
		notPeople: []string{"Flight Center", "Jupiter", "Galileo", "Clipper", "Goddard", "Keck Observatory", "M. Keck Observatory"},
		notOrgs:   []string{"Goddard Space", "Earth", "Europa"},
	},
	{
		// The same story as saved by another crawl.
		path:       filepath.Join("..", "..", "extract", "testdata", "pages", "news-europa-plumes.html.gz"),
		consistent: true,
		quotes: []quoteWant{
			{"While scientists have not yet detected liquid water", "Lucas Paganini"},
			{"We performed diligent safety checks", "Avi Mandell"},
		},
		people:    []string{"Lucas Paganini", "Avi Mandell"},
		orgs:      []string{"NASA", "Goddard Space Flight Center"},
		places:    []string{"Europa", "Greenbelt", "Maryland"},
		notPeople: []string{"Flight Center", "Jupiter", "Galileo", "Clipper", "Goddard"},
		notOrgs:   []string{"Goddard Space", "Earth"},
	},
	{
		path:       sample("clemson-smartphone-habits.html.gz"),
		consistent: true,
		// Advice in the author's own words: nothing is quoted.
		allQuotes: true,
		people:    []string{"Shelia R. Cotten"},
		orgs:      []string{"Clemson University", "Creative Commons"},
		notPeople: []string{"R. Cotten", "Distinuished Professor", "Clemson", "Shelia"},
		notOrgs:   []string{"Set", "Shelia", "Provost"},
		notPlaces: []string{"OK", "Conversation", "Set"},
	},
	{
		path:       filepath.Join("..", "..", "extract", "testdata", "pages", "news-berlin-stabbing.html.gz"),
		consistent: true,
		allQuotes:  true, // none
		people:     []string{"Fritz Eckart von Weizsäcker", "Richard von Weizsäcker"},
		places:     []string{"Berlin"},
		notPeople:  []string{"Fritz Eckart", "Weizsäcker"},
		notPlaces:  []string{"Kan"},
		notSummary: []string{"physician.Police"},
	},
	{
		path:       sample("entermedia-ko-entertainment-column.html"),
		consistent: true,
		// Three posts by 엘제이 quoted in “…” (그는 “…”고 말하기도 했다,
		// 또 “…”라거나 “…” 같은 글을 남기기도 했다), and 류화영's word for
		// it (그는 이 문제를 ‘데이트 폭력’이라고 분명히 했고); the other
		// words in ‘…’ are scare quotes, followed by Korean particles
		// (‘리벤지’의, ‘간직’하는).
		quotes: []quoteWant{
			{"너네들이 우습게 봐도", "엘제이"},
			{"제 여자친구랑 여행 간 게 잘못인가요", "엘제이"},
			{"이하늘 형님 보고 용기를 얻습니다. 전 형님보다 한 살 어립니다", "엘제이"},
			{"데이트 폭력", "류화영"},
		},
		allQuotes:   true,
		noQuoteWith: []string{"’", "리벤지", "사랑하는 사람의 추억을 간직"},
	},
}

// creditLike matches what is page furniture rather than a sentence of
// the story: a dateline alone, a photo credit, a copyright line.
var creditLike = regexp.MustCompile(`(?i)^(?:\(?(?:photo|picture|image|credit)s?\b|copyright|©|\p{Lu}[\p{Lu} ]+ \(\w+\) ?[-—]?$)|저작권|무단전재`)

// jobHeads never end a person's name.
var jobHeads = regexp.MustCompile(`(?i)\b(?:officer|professor|director|chief|president|manager|provost|executive)$`)

// TestBiteRealArticles bites the real pages of the repository and checks
// each against what reading the article shows: a summary of two to four
// whole sentences of the body (not the headline, not a credit, not the
// tail of a quotation), the quotations with their speakers, the people,
// organisations and places it names and none it does not, and whether the
// headline is borne out.
func TestBiteRealArticles(t *testing.T) {
	for _, ra := range realArticles {
		t.Run(filepath.Base(ra.path), func(t *testing.T) {
			r := newsbite(t, "", "bite", ra.path)
			var got realBite
			if err := json.Unmarshal([]byte(r.stdout), &got); err != nil || r.code != exitOK || got.Bite == nil {
				t.Fatalf("code %d, %v, stderr %s", r.code, err, r.stderr)
			}
			b := got.Bite
			checkRealSummary(t, got.Title, got.Text, b.Summary, ra.notSummary)
			if b.HeadlineCheck.Consistent != ra.consistent {
				t.Errorf("headline %q: consistent %v, want %v (%+v)", got.Title, b.HeadlineCheck.Consistent, ra.consistent, b.HeadlineCheck)
			}
			// Quotations.
			if ra.allQuotes && len(b.Quotes) != len(ra.quotes) {
				t.Errorf("%d quotations, want %d: %+v", len(b.Quotes), len(ra.quotes), b.Quotes)
			}
			body := strings.Join(strings.Fields(got.Text), " ")
			for _, q := range b.Quotes {
				if q.Text == "" || !strings.Contains(body, strings.Join(strings.Fields(q.Text), " ")) && !strings.Contains(q.Text, "\n\n") {
					t.Errorf("quotation %q is not words of the body", q.Text)
				}
				for _, bad := range ra.noQuoteWith {
					if strings.HasPrefix(q.Text, bad) || strings.Contains(q.Text, bad) && bad == "’" {
						t.Errorf("quotation %q cut at an inner mark (%q)", q.Text, bad)
					}
				}
			}
			for _, w := range ra.quotes {
				found := false
				for _, q := range b.Quotes {
					if strings.HasPrefix(q.Text, w.prefix) {
						found = true
						if w.speaker != "" && q.Speaker != w.speaker {
							t.Errorf("quotation %q: speaker %q, want %q", w.prefix, q.Speaker, w.speaker)
						}
					}
				}
				if !found {
					t.Errorf("no quotation starting %q among %+v", w.prefix, b.Quotes)
				}
			}
			// Entities.
			e := b.Entities
			checkNames(t, "people", e.People, ra.people, ra.notPeople)
			checkNames(t, "organizations", e.Organizations, ra.orgs, ra.notOrgs)
			checkNames(t, "places", e.Places, ra.places, ra.notPlaces)
			for _, p := range e.People {
				if jobHeads.MatchString(p.Name) {
					t.Errorf("job title %q among people", p.Name)
				}
			}
		})
	}
}

func checkRealSummary(t *testing.T, title, text string, sum, notIn []string) {
	t.Helper()
	if len(sum) < 2 || len(sum) > 4 {
		t.Errorf("summary of %d sentences, want 2 to 4: %q", len(sum), sum)
	}
	body := strings.Join(strings.Fields(text), " ")
	seen := map[string]bool{}
	for _, s := range sum {
		if seen[s] || !strings.Contains(body, s) {
			t.Errorf("summary sentence %q repeated or not in the body", s)
		}
		seen[s] = true
		if strings.EqualFold(strings.TrimRight(s, "."), strings.TrimRight(title, ".")) {
			t.Errorf("summary repeats the headline: %q", s)
		}
		if creditLike.MatchString(s) {
			t.Errorf("summary sentence %q is page furniture", s)
		}
		// A whole sentence: it opens with a capital, a digit or an opening
		// mark (or in a script without case), and its double quotation
		// marks pair up.
		if strings.Count(s, `"`)%2 != 0 || strings.Count(s, "“") != strings.Count(s, "”") {
			t.Errorf("summary sentence %q starts or ends inside a quotation", s)
		}
		if r := []rune(s)[0]; r >= 'a' && r <= 'z' {
			t.Errorf("summary sentence %q starts in lower case", s)
		}
		for _, bad := range notIn {
			if strings.Contains(s, bad) {
				t.Errorf("summary sentence %q holds %q", s, bad)
			}
		}
	}
}

func checkNames(t *testing.T, kind string, got []realEntity, want, notWant []string) {
	t.Helper()
	have := map[string]bool{}
	var names []string
	for _, e := range got {
		have[e.Name] = true
		names = append(names, e.Name)
	}
	for _, w := range want {
		if !have[w] {
			t.Errorf("%s lack %q: %q", kind, w, names)
		}
	}
	for _, w := range notWant {
		if have[w] {
			t.Errorf("%s hold %q: %q", kind, w, names)
		}
	}
}

// TestRealArticleFilesPresent keeps the table honest: every page it names
// is in the repository.
func TestRealArticleFilesPresent(t *testing.T) {
	for _, ra := range realArticles {
		if _, err := os.Stat(ra.path); err != nil {
			t.Error(err)
		}
	}
}
