package bite

import (
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/newsbite/newsbite/article"
	"github.com/newsbite/newsbite/bite/internal/terms"
)

// DefaultSentences is the length of a summary when none is asked for.
const DefaultSentences = 3

// Summarize returns the n sentences of a that best carry its story (n <= 0
// means DefaultSentences), in the order the article has them.
func Summarize(a *article.Article, n int) []string {
	return summarise(a, Split(a.Text), n)
}

// Summary scoring. A sentence scores by how much of the article's
// vocabulary it holds: each content word counts by how often the article
// uses it, words of the headline more, and the sum is damped by length so
// a long sentence does not win by length alone. News puts the story
// first, so a position prior favours the lead.
const (
	summaryTitleBoost   = 0.5
	summaryLengthPower  = 0.5
	summaryLeadWeight   = 0.15
	summaryLeadDecay    = 0.25
	summaryMinWords     = 6
	summaryTitleOverlap = 0.8
	summaryRedundancy   = 0.7
)

// summaryCandidate is a sentence that may enter the summary.
type summaryCandidate struct {
	idx   int
	text  string
	stems []string
	score float64
}

func summarise(a *article.Article, sents []Sentence, n int) []string {
	if n <= 0 {
		n = DefaultSentences
	}
	titleStems := map[string]bool{}
	for _, w := range terms.Words(a.Title) {
		if !terms.Stop(w.Text) {
			titleStems[w.Stem] = true
		}
	}
	var cands []summaryCandidate
	tf := map[string]float64{}
	cut := quoteCutter(a.Text)
	for i, s := range sents {
		text := stripDateline(s.Text)
		if !summaryWorthy(text) || cut(s) {
			continue
		}
		var stems []string
		for _, w := range terms.Words(text) {
			if terms.Stop(w.Text) || len(w.Stem) < 2 {
				continue
			}
			stems = append(stems, w.Stem)
			tf[w.Stem]++
		}
		if len(stems) == 0 || repeatsTitle(stems, titleStems) {
			continue
		}
		cands = append(cands, summaryCandidate{idx: i, text: text, stems: stems})
	}
	if len(cands) == 0 {
		return []string{}
	}
	for ci := range cands {
		c := &cands[ci]
		seen := map[string]bool{}
		sum := 0.0
		for _, s := range c.stems {
			if seen[s] {
				continue
			}
			seen[s] = true
			w := math.Log1p(tf[s])
			if titleStems[s] {
				w += summaryTitleBoost
			}
			sum += w
		}
		c.score = sum / math.Pow(float64(len(c.stems)), summaryLengthPower)
		c.score *= 1 + summaryLeadWeight/(1+summaryLeadDecay*float64(ci))
	}
	order := make([]int, len(cands))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return cands[order[i]].score > cands[order[j]].score })
	// Take the best sentences, passing over one that mostly repeats a
	// sentence already taken (a standfirst restated in the lead).
	var picked []int
	for _, o := range order {
		if len(picked) == n {
			break
		}
		dup := false
		for _, p := range picked {
			if summaryRedundant(cands[o].stems, cands[p].stems) {
				dup = true
				break
			}
		}
		if !dup {
			picked = append(picked, o)
		}
	}
	order = picked
	sort.Ints(order)
	out := make([]string, len(order))
	for i, o := range order {
		out[i] = cands[o].text
	}
	return out
}

// quoteCutter returns a test of whether a sentence of text starts inside
// a quotation and ends it: the last of several sentences a speaker says
// in one breath, which alone reads as a fragment ("…," said Houssaini).
func quoteCutter(text string) func(Sentence) bool {
	if len(text) > maxText {
		return func(Sentence) bool { return false }
	}
	raws := scanQuotes(text, paragraphs(text))
	return func(s Sentence) bool {
		if s.End > len(text) || text[s.Start:s.End] != s.Text {
			return false // not sentences of this text
		}
		for _, q := range raws {
			if s.End < q.close {
				continue
			}
			for _, p := range q.parts {
				if p[0] < s.Start && s.Start < p[1] {
					return true
				}
			}
		}
		return false
	}
}

// dateline matches a dateline before a story's first words: "LONDON
// (Reuters) -", "WASHINGTON —", "Paris, 3 May (AFP):".
var dateline = regexp.MustCompile(`^(?:\p{Lu}[\p{Lu}\p{Lu}.'’ -]{1,40}|\p{Lu}\p{Ll}+(?:,? \p{Lu}\p{Ll}+)?,? \d{1,2} \p{L}+ ?(?:\d{4})?)(?:,\s*[\p{L}\d .]{2,30})?\s*(?:\([^)]{1,40}\))?\s*[-—–:]+\s+`)

// stripDateline drops a dateline from the start of s.
func stripDateline(s string) string {
	if m := dateline.FindStringIndex(s); m != nil && m[1] < len(s) {
		rest := s[m[1]:]
		r := []rune(rest)
		if len(r) > 0 && (unicode.IsUpper(r[0]) || unicode.IsDigit(r[0]) || strings.ContainsRune("\"“‘'", r[0])) {
			return rest
		}
	}
	return s
}

// notStory matches sentences that are furniture rather than story: photo
// credits, teasers, bylines and calls to act.
var notStory = regexp.MustCompile(`(?i)^(?:\(?(?:photo|picture|image|video|file photo|credit)s?\b|read more|click|tap|follow (?:us|him|her)|sign up|subscribe|watch|listen|related|see also|by [\p{Lu}]|copyright|©|all rights reserved|updated|published|posted|advertisement|share this|this (?:article|story) (?:was|has been|is)|for more|more:)`)

// summaryWorthy reports whether a sentence may stand in a summary.
func summaryWorthy(s string) bool {
	if len(strings.Fields(s)) < summaryMinWords || notStory.MatchString(s) {
		return false
	}
	// A line in capitals is a label or a shout, not the story.
	letters, upper := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters > 0 && float64(upper) < 0.6*float64(letters)
}

// repeatsTitle reports whether a sentence says little beyond the
// headline: most of its content words are the headline's.
func repeatsTitle(stems []string, title map[string]bool) bool {
	if len(title) == 0 {
		return false
	}
	in := 0
	for _, s := range stems {
		if title[s] {
			in++
		}
	}
	return float64(in) >= summaryTitleOverlap*float64(len(stems)) && float64(in) >= 0.6*float64(len(title))
}

// summaryRedundant reports whether two sentences share most of the
// content words of the shorter.
func summaryRedundant(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	in := map[string]bool{}
	for _, s := range b {
		in[s] = true
	}
	shared, distinct := 0, map[string]bool{}
	for _, s := range a {
		if !distinct[s] {
			distinct[s] = true
			if in[s] {
				shared++
			}
		}
	}
	return len(distinct) > 0 && float64(shared) >= summaryRedundancy*float64(len(distinct))
}
