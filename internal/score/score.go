// Package score implements the metrics NewsBite is measured with: the
// ScrapingHub shingle metric and the WCXB word F1.
package score

import (
	"strings"
	"unicode"
)

// Tokens returns the maximal runs of word characters (letters, digits,
// marks, underscore) in s, as the benchmarks' `\w+` does.
func Tokens(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '_'
		if w && start < 0 {
			start = i
		} else if !w && start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// Counts is one page's true positives, false positives and false negatives,
// normalised to sum to one.
type Counts struct{ TP, FP, FN float64 }

// Shingles scores predicted against truth with the ScrapingHub metric:
// multisets of 4-token shingles.
func Shingles(truth, predicted string) (Counts, bool) {
	t, p := Tokens(truth), Tokens(predicted)
	exact := equal(t, p)
	tc, pc := shingleCounts(t), shingleCounts(p)
	var tp, fp, fn float64
	for k, n := range pc {
		m := tc[k]
		tp += float64(min(n, m))
		if n > m {
			fp += float64(n - m)
		}
	}
	for k, m := range tc {
		if n := pc[k]; m > n {
			fn += float64(m - n)
		}
	}
	s := tp + fp + fn
	if s == 0 {
		return Counts{}, exact
	}
	return Counts{tp / s, fp / s, fn / s}, exact
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func shingleCounts(toks []string) map[string]int {
	m := make(map[string]int)
	if len(toks) == 0 {
		return m
	}
	if len(toks) < 4 {
		m[strings.Join(toks, " ")]++
		return m
	}
	for i := 0; i+4 <= len(toks); i++ {
		m[strings.Join(toks[i:i+4], " ")]++
	}
	return m
}

// Summary aggregates per-page Counts into the published figures.
type Summary struct {
	Precision, Recall, F1, Accuracy float64
}

// Summarise averages page counts as the ScrapingHub benchmark does.
func Summarise(pages []Counts, exact []bool) Summary {
	var ps, rs float64
	var np, nr int
	for _, c := range pages {
		if c.FP == 0 && c.FN == 0 && c.TP > 0 {
			ps, rs = ps+1, rs+1
			np, nr = np+1, nr+1
			continue
		}
		if c.TP+c.FP > 0 {
			ps += c.TP / (c.TP + c.FP)
			np++
		}
		if c.TP+c.FN > 0 {
			rs += c.TP / (c.TP + c.FN)
			nr++
		}
	}
	var s Summary
	if np > 0 {
		s.Precision = ps / float64(np)
	}
	if nr > 0 {
		s.Recall = rs / float64(nr)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	n := 0
	for _, e := range exact {
		if e {
			n++
		}
	}
	if len(exact) > 0 {
		s.Accuracy = float64(n) / float64(len(exact))
	}
	return s
}

// WordF1 is the WCXB per-page metric: lowercase word multisets.
func WordF1(truth, predicted string) (p, r, f float64) {
	t := Tokens(strings.ToLower(truth))
	q := Tokens(strings.ToLower(predicted))
	if len(t) == 0 && len(q) == 0 {
		return 1, 1, 1
	}
	if len(t) == 0 || len(q) == 0 {
		return 0, 0, 0
	}
	m := make(map[string]int, len(t))
	for _, w := range t {
		m[w]++
	}
	overlap := 0
	for _, w := range q {
		if m[w] > 0 {
			m[w]--
			overlap++
		}
	}
	p = float64(overlap) / float64(len(q))
	r = float64(overlap) / float64(len(t))
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}
