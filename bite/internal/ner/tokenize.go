package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is a word or punctuation mark of a text, with its byte offsets.
// Norm is the form the tagger sees: curly quotes and apostrophes made
// straight, as in the training data.
type Token struct {
	Text       string
	Norm       string
	Start, End int
}

// abbrevs keep their final full stop, as in the training data.
var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "jr": true, "sr": true,
	"gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "gov": true, "sen": true, "rep": true,
	"rev": true, "inc": true, "corp": true, "co": true, "ltd": true, "bros": true, "vs": true,
	"jan": true, "feb": true, "aug": true, "sept": true, "sep": true, "oct": true, "nov": true, "dec": true,
	"mt": true, "ft": true, "pres": true, "adm": true, "maj": true, "cmdr": true, "supt": true,
}

const leadPunct = "\"'“‘([{«¿¡*"
const trailPunct = "\"'”’)]},;:!?»*…"

// Tokenize splits text into tokens the way the training data was split:
// punctuation apart, possessive 's apart, abbreviations and initials with
// their full stop.
func Tokenize(text string) []Token {
	var out []Token
	i := 0
	for i < len(text) {
		r, sz := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += sz
			continue
		}
		j := i
		for j < len(text) {
			r, sz := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += sz
		}
		out = splitChunk(text, i, j, out)
		i = j
	}
	return out
}

// normQuotes makes curly quotes and dashes look like the training data's.
var normQuotes = strings.NewReplacer("“", "\"", "”", "\"", "‘", "'", "’", "'", "—", "--", "–", "-")

func add(out []Token, text string, s, e int) []Token {
	if s >= e {
		return out
	}
	t := text[s:e]
	n := normQuotes.Replace(t)
	return append(out, Token{Text: t, Norm: n, Start: s, End: e})
}

func splitChunk(text string, s, e int, out []Token) []Token {
	// Leading punctuation.
	for s < e {
		r, sz := utf8.DecodeRuneInString(text[s:])
		if !strings.ContainsRune(leadPunct, r) {
			break
		}
		out = add(out, text, s, s+sz)
		s += sz
	}
	// Trailing punctuation, collected from the end.
	var tail []Token
	for s < e {
		r, sz := utf8.DecodeLastRuneInString(text[s:e])
		if strings.ContainsRune(trailPunct, r) {
			tail = add(tail, text, e-sz, e)
			e -= sz
			continue
		}
		if r == '.' {
			w := text[s : e-1]
			if keepsStop(w) {
				break
			}
			tail = add(tail, text, e-1, e)
			e--
			continue
		}
		break
	}
	// Dashes inside a chunk separate words ("Putin—who").
	for s < e {
		k := strings.IndexAny(text[s:e], "—–")
		if k < 0 || (k == 0 && e-s <= 3) {
			break
		}
		if k > 0 {
			out = splitWord(text, s, s+k, out)
		}
		_, sz := utf8.DecodeRuneInString(text[s+k:])
		out = add(out, text, s+k, s+k+sz)
		s += k + sz
	}
	out = splitWord(text, s, e, out)
	for k := len(tail) - 1; k >= 0; k-- {
		out = append(out, tail[k])
	}
	return out
}

// splitWord splits a possessive or a negation off a word.
func splitWord(text string, s, e int, out []Token) []Token {
	w := text[s:e]
	lw := strings.ToLower(w)
	for _, suf := range []string{"'s", "’s"} {
		if len(w) > len(suf) && strings.HasSuffix(lw, suf) {
			out = add(out, text, s, e-len(suf))
			return add(out, text, e-len(suf), e)
		}
	}
	if len(w) > 1 && (strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")) {
		_, sz := utf8.DecodeLastRuneInString(w)
		out = add(out, text, s, e-sz)
		return add(out, text, e-sz, e)
	}
	return add(out, text, s, e)
}

// keepsStop reports whether a word before a full stop is an abbreviation
// or an initial that keeps it ("Mr.", "U.S.", "J.").
func keepsStop(w string) bool {
	if w == "" {
		return false
	}
	if abbrevs[strings.ToLower(w)] {
		return true
	}
	if strings.Contains(w, ".") { // U.S, a.m
		return true
	}
	r, sz := utf8.DecodeRuneInString(w)
	return sz == len(w) && unicode.IsUpper(r)
}

// Sentences groups tokens into sentences: at a full stop, question or
// exclamation mark, and at paragraph breaks.
func Sentences(text string, toks []Token) [][]Token {
	var out [][]Token
	start := 0
	for i, t := range toks {
		end := false
		if i+1 < len(toks) && strings.Contains(text[t.End:toks[i+1].Start], "\n") {
			end = true
		}
		switch t.Text {
		case ".", "!", "?", "…":
			// A closing quote after the stop stays in the sentence.
			if i+1 < len(toks) && isCloseQuote(toks[i+1].Text) {
				break
			}
			end = true
		case "\"", "”", "'", "’":
			if i > 0 && strings.ContainsAny(toks[i-1].Text, ".!?") {
				end = true
			}
		}
		if end {
			out = append(out, toks[start:i+1])
			start = i + 1
		}
	}
	if start < len(toks) {
		out = append(out, toks[start:])
	}
	return out
}

func isCloseQuote(s string) bool {
	return s == "\"" || s == "”" || s == "'" || s == "’"
}
