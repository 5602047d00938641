// Package ner tags people, organisations and places in English news text
// with an averaged-perceptron sequence tagger. The weights ship in the
// package (model.bin.gz, written by bite/internal/nertrain), so nothing is
// downloaded at run time.
package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Labels are the IOB2 tags the tagger predicts, in model order.
var Labels = []string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"}

// NumLabels is len(Labels).
const NumLabels = 9

// Doc is a document as sentences of tokens; features may look across the
// whole document (a capitalised word that is seen lower-case elsewhere is
// probably not a name).
type Doc struct {
	Sents [][]string
	lower map[string]bool // word forms seen lower-case in the document
}

// NewDoc prepares sentences for feature extraction.
func NewDoc(sents [][]string) *Doc {
	d := &Doc{Sents: sents, lower: map[string]bool{}}
	for _, s := range sents {
		for j, w := range s {
			if j > 0 && isLowerWord(w) {
				d.lower[w] = true
			}
		}
	}
	return d
}

func isLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// hash is 64-bit FNV-1a.
func hash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// Hash returns the key of a feature string.
func Hash(s string) uint64 { return hash(s) }

// shape maps a word to its character classes (Xx, d), collapsing runs to
// at most two; short collapses runs to one.
func shape(w string, short bool) string {
	var b strings.Builder
	var last rune
	run := 0
	for _, r := range w {
		var c rune
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = r
		}
		if c == last {
			run++
		} else {
			run = 1
			last = c
		}
		if (short && run > 1) || run > 2 {
			continue
		}
		b.WriteRune(c)
	}
	return b.String()
}

func prefix(w string, n int) string {
	i := 0
	for k := range w {
		if i == n {
			return w[:k]
		}
		i++
	}
	return w
}

func suffix(w string, n int) string {
	i := len(w)
	for c := 0; c < n && i > 0; c++ {
		_, sz := utf8.DecodeLastRuneInString(w[:i])
		i -= sz
	}
	return w[i:]
}

func word(s []string, i int) string {
	switch {
	case i < 0:
		return "<s>"
	case i >= len(s):
		return "</s>"
	}
	return strings.ToLower(s[i])
}

func shortShape(s []string, i int) string {
	switch {
	case i < 0:
		return "<s>"
	case i >= len(s):
		return "</s>"
	}
	return shape(s[i], true)
}

// allCaps reports whether a sentence is written in capitals (a headline).
func allCaps(s []string) bool {
	letters, upper := 0, 0
	for _, w := range s {
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					upper++
				}
			}
		}
	}
	return letters > 3 && upper == letters
}

// Static appends the keys of the features of token i of sentence si that do
// not depend on predicted tags.
func (d *Doc) Static(si, i int, caps bool, out []uint64) []uint64 {
	s := d.Sents[si]
	w := s[i]
	lw := strings.ToLower(w)
	sh := shape(w, false)
	ss := shape(w, true)
	add := func(parts ...string) {
		out = append(out, hash(strings.Join(parts, "\x00")))
	}
	add("b")
	add("w", lw)
	add("sh", sh)
	add("ss", ss)
	for n := 1; n <= 4; n++ {
		add("p", prefix(lw, n))
		add("s", suffix(lw, n))
	}
	add("w-1", word(s, i-1))
	add("w+1", word(s, i+1))
	add("w-2", word(s, i-2))
	add("w+2", word(s, i+2))
	add("w-1w", word(s, i-1), lw)
	add("ww+1", lw, word(s, i+1))
	add("ss-1", shortShape(s, i-1))
	add("ss+1", shortShape(s, i+1))
	add("ss-1ss", shortShape(s, i-1), ss)
	add("ssss+1", ss, shortShape(s, i+1))
	add("s3-1", suffix(word(s, i-1), 3))
	add("s3+1", suffix(word(s, i+1), 3))
	if i == 0 {
		add("first", ss)
	}
	if caps {
		add("caps", ss)
		add("capsw", lw)
	}
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) {
		if d.lower[lw] {
			add("seenlower")
			if i == 0 {
				add("seenlower0")
			}
		}
	}
	if strings.Contains(w, "-") {
		add("hyph")
	}
	return out
}

// Dynamic appends the keys of the features that depend on the two
// previous tags.
func Dynamic(s []string, i int, t1, t2 int, out []uint64) []uint64 {
	p1 := Labels[t1]
	p2 := Labels[t2]
	if i == 0 {
		p1 = "<s>"
	}
	if i <= 1 {
		p2 = "<s>"
	}
	lw := strings.ToLower(s[i])
	ss := shape(s[i], true)
	out = append(out,
		hash("t-1\x00"+p1),
		hash("t-2t-1\x00"+p2+"\x00"+p1),
		hash("t-1w\x00"+p1+"\x00"+lw),
		hash("t-1ss\x00"+p1+"\x00"+ss),
	)
	return out
}

// Allowed reports whether tag y may follow tag prev under IOB2: an I- tag
// only continues an entity of its own type.
func Allowed(prev, y int) bool {
	if y == 0 || y%2 == 1 {
		return true
	}
	return prev == y || prev == y-1
}

// AllCaps reports whether the sentence is written in capitals.
func AllCaps(s []string) bool { return allCaps(s) }
