package main

import (
	"sort"
	"strings"
	"unicode"

	"github.com/newsbite/newsbite/internal/score"
)

// pageScore is one system's score on one page.
type pageScore struct {
	P, R, F1 float64
	Exact    bool // ScrapingHub: token list equals the truth's
	// WCXB snippets: how many `with` snippets the text holds, of how many,
	// and how many `without` snippets it wrongly keeps, of how many.
	WithFound, WithN, WithoutKept, WithoutN int
	counts                                  score.Counts
}

// typeQuality is the WCXB word metric over the pages of one type.
type typeQuality struct {
	N         int     `json:"pages"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// quality is a system's score over a set, by the set's own metric.
type quality struct {
	Precision float64
	Recall    float64
	F1        float64
	Accuracy  float64 // ScrapingHub only
	// WCXB only: share of `with` snippets found, share of `without`
	// snippets wrongly kept.
	WithFound, WithoutKept       float64
	WithTotal, WithoutTotal      int
	ByType                       map[string]typeQuality
	withFoundN, withoutKeptCount int
}

// scorePage scores text against p by the metric of the named set.
func scorePage(set string, p Page, text string) pageScore {
	var s pageScore
	switch set {
	case "scrapinghub":
		// As extract/devset_test.go does: the shingle counts feed the
		// published aggregate; the page F1 is for ranking pages only.
		c, exact := score.Shingles(p.Truth, text)
		s.counts, s.Exact = c, exact
		if c.TP > 0 {
			s.P = c.TP / (c.TP + c.FP)
			s.R = c.TP / (c.TP + c.FN)
			s.F1 = 2 * c.TP / (2*c.TP + c.FP + c.FN)
		}
	case "fundus":
		// Chinese and Japanese are written without spaces: each character
		// is a word here, or a whole sentence would be one.
		s.P, s.R, s.F1 = score.WordF1(spaceIdeographs(p.Truth), spaceIdeographs(text))
	default:
		s.P, s.R, s.F1 = score.WordF1(p.Truth, text)
		if len(p.With)+len(p.Without) > 0 {
			hay := " " + strings.Join(score.Tokens(strings.ToLower(text)), " ") + " "
			for _, w := range p.With {
				if needle, ok := snippet(w); ok {
					s.WithN++
					if strings.Contains(hay, needle) {
						s.WithFound++
					}
				}
			}
			for _, w := range p.Without {
				if needle, ok := snippet(w); ok {
					s.WithoutN++
					if strings.Contains(hay, needle) {
						s.WithoutKept++
					}
				}
			}
		}
	}
	return s
}

// snippet returns w as the lowercase token run a text must contain, in the
// form scorePage searches for; a snippet with no word in it is skipped.
// Matching by tokens ignores differences of punctuation and spacing.
func snippet(w string) (string, bool) {
	t := score.Tokens(strings.ToLower(w))
	if len(t) == 0 {
		return "", false
	}
	return " " + strings.Join(t, " ") + " ", true
}

// summarise aggregates page scores by the set's metric.
func summarise(set string, pages []Page, scores []pageScore) quality {
	var q quality
	if set == "scrapinghub" {
		counts := make([]score.Counts, len(scores))
		exact := make([]bool, len(scores))
		for i, s := range scores {
			counts[i], exact[i] = s.counts, s.Exact
		}
		sum := score.Summarise(counts, exact)
		q.Precision, q.Recall, q.F1, q.Accuracy = sum.Precision, sum.Recall, sum.F1, sum.Accuracy
		return q
	}
	type acc struct {
		n        int
		p, r, f1 float64
	}
	all := acc{}
	by := map[string]*acc{}
	for i, s := range scores {
		t := pages[i].Type
		if by[t] == nil {
			by[t] = &acc{}
		}
		for _, a := range []*acc{&all, by[t]} {
			a.n++
			a.p += s.P
			a.r += s.R
			a.f1 += s.F1
		}
		q.WithTotal += s.WithN
		q.withFoundN += s.WithFound
		q.WithoutTotal += s.WithoutN
		q.withoutKeptCount += s.WithoutKept
	}
	if all.n > 0 {
		n := float64(all.n)
		q.Precision, q.Recall, q.F1 = all.p/n, all.r/n, all.f1/n
	}
	q.ByType = map[string]typeQuality{}
	for t, a := range by {
		n := float64(a.n)
		q.ByType[t] = typeQuality{N: a.n, Precision: a.p / n, Recall: a.r / n, F1: a.f1 / n}
	}
	if q.WithTotal > 0 {
		q.WithFound = float64(q.withFoundN) / float64(q.WithTotal)
	}
	if q.WithoutTotal > 0 {
		q.WithoutKept = float64(q.withoutKeptCount) / float64(q.WithoutTotal)
	}
	return q
}

// pageTypes lists the page types of a set in order, most pages first.
func pageTypes(pages []Page) []string {
	n := map[string]int{}
	for _, p := range pages {
		n[p.Type]++
	}
	var out []string
	for t := range n {
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool {
		if n[out[i]] != n[out[j]] {
			return n[out[i]] > n[out[j]]
		}
		return out[i] < out[j]
	})
	return out
}

// ratio is a/b, or 0 when b is 0.
func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// f1 is the harmonic mean of p and r, or 0 when both are 0.
func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// spaceIdeographs puts a space around every Chinese character and kana.
func spaceIdeographs(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) {
			b.WriteByte(' ')
			b.WriteRune(r)
			b.WriteByte(' ')
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
