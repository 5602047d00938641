// Package terms turns English news text into the terms the bite compares:
// words, their stems, stop words and a few groups of words that mean the
// same thing in news copy.
package terms

import (
	"strings"
	"unicode"
)

// Word is one word of a text.
type Word struct {
	// Text is the word as written, without surrounding punctuation.
	Text string
	// Stem is its lower-case stem.
	Stem string
	// Capital is set when the word starts with a capital letter.
	Capital bool
	// Start is the byte offset of the word in the text.
	Start int
}

// Words splits s into words: runs of letters and digits, with inner
// apostrophes, hyphens, dots and commas kept ("al-Nusra", "U.S.", "1,200").
func Words(s string) []Word {
	var out []Word
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := strings.TrimRight(s[start:end], "'’-.,")
		if w != "" {
			// Possessives belong to the word they follow.
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			r := []rune(w)
			out = append(out, Word{Text: w, Stem: Stem(w), Capital: unicode.IsUpper(r[0]), Start: start})
		}
		start = -1
	}
	for i, r := range s {
		inner := r == '\'' || r == '’' || r == '-' || r == '.' || r == ','
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if start < 0 {
				start = i
			}
		case inner && start >= 0:
			// kept only between two word characters; trimmed at the end
			if r == ',' || r == '.' {
				if i+1 >= len(s) || !unicode.IsLetter(rune(s[i+1])) && !unicode.IsDigit(rune(s[i+1])) {
					flush(i)
				}
			}
		default:
			flush(i)
		}
	}
	flush(len(s))
	return out
}

// Stem returns a light stem of w: lower case, without plural, past, -ing
// and -ly endings, so that "attacks", "attacked" and "attacking" meet.
func Stem(w string) string {
	w = strings.ToLower(w)
	w = strings.ReplaceAll(w, "’", "'")
	w = strings.TrimSuffix(w, "'s")
	w = strings.ReplaceAll(w, ".", "")
	if len(w) <= 3 {
		return w
	}
	if s, ok := irregular[w]; ok {
		return s
	}
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"):
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "zes"):
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		w = w[:len(w)-1]
	}
	switch {
	case strings.HasSuffix(w, "ied") && len(w) > 5:
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ing") && len(w) > 5 && hasVowel(w[:len(w)-3]):
		w = undouble(w[:len(w)-3])
	case strings.HasSuffix(w, "ed") && len(w) > 4 && hasVowel(w[:len(w)-2]):
		w = undouble(w[:len(w)-2])
	case strings.HasSuffix(w, "ly") && len(w) > 5:
		w = w[:len(w)-2]
	}
	w = strings.TrimSuffix(w, "e")
	return w
}

func hasVowel(s string) bool {
	return strings.ContainsAny(s, "aeiouy")
}

// undouble drops a doubled final consonant: "stopp" -> "stop".
func undouble(s string) string {
	n := len(s)
	if n >= 3 && s[n-1] == s[n-2] && !strings.ContainsRune("aeioulsz", rune(s[n-1])) {
		return s[:n-1]
	}
	return s
}

var irregular = map[string]string{
	"said": "say", "says": "say", "told": "tell", "tells": "tell", "men": "man", "women": "woman",
	"children": "child", "people": "people", "died": "die", "dies": "die", "dead": "die", "death": "die",
	"deaths": "die", "killed": "kill", "bought": "buy", "sold": "sell", "won": "win", "lost": "lose",
	"left": "leave", "found": "find", "took": "take", "taken": "take", "gave": "give", "given": "give",
	"went": "go", "gone": "go", "made": "make", "ran": "run", "fell": "fall", "fallen": "fall",
	"rose": "rise", "risen": "rise", "struck": "strike", "caught": "catch", "thought": "think",
	"brought": "bring", "began": "begin", "begun": "begin", "wrote": "write", "written": "write",
	"shot": "shoot", "hit": "hit", "met": "meet", "held": "hold", "led": "lead", "paid": "pay",
	"sent": "send", "spent": "spend", "built": "build", "saw": "see", "seen": "see", "knew": "know",
	"known": "know", "wives": "wife", "lives": "life", "knives": "knife", "mice": "mouse",
	"feet": "foot", "teeth": "tooth", "geese": "goose", "news": "news", "series": "series",
}

// Match reports whether two stems name the same thing: equal, one the
// other's prefix with a short ending ("terror" and "terrorist", "russia"
// and "russian"), or in the same group of words.
func Match(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) >= 4 && len(b)-len(a) <= 3 {
		// Same word with another ending: "terror" and "terrorist",
		// "canada" and "canadian".
		p := 0
		for p < len(a) && a[p] == b[p] {
			p++
		}
		if p == len(a) || p >= 5 && p == len(a)-1 {
			return true
		}
	}
	ga, gb := groupOf[a], groupOf[b]
	return ga != 0 && ga == gb
}

// Group returns the number of the group of words a stem belongs to, or 0.
func Group(stem string) int {
	return groupOf[stem]
}

// groups are words that news copy uses for one another.
var groups = [][]string{
	{"plan", "proposal", "propos", "scheme", "offer", "deal", "pact", "agreement"},
	{"kill", "die", "slay", "murder", "dead", "fatal", "death", "killing"},
	{"attack", "assault", "strike", "raid", "bomb", "bombing", "blast", "explosion"},
	{"say", "tell", "claim", "state", "announce"},
	{"us", "america", "american", "washington", "united states", "usa"},
	{"uk", "britain", "british", "united kingdom"},
	{"isis", "isil", "daesh", "islamic state"},
	{"buy", "acquire", "acquisition", "purchase", "takeover"},
	{"sue", "lawsuit", "court", "legal"},
	{"arrest", "detain", "custody", "jail", "prison", "imprison"},
	{"fire", "sack", "dismiss", "oust"},
	{"quit", "resign", "step down", "resignation"},
	{"wed", "marry", "marriage", "wedding"},
	{"baby", "child", "kid", "infant", "son", "daughter"},
	{"car", "vehicle", "automobile"},
	{"phone", "smartphone", "iphone", "handset"},
	{"cop", "police", "officer", "policeman"},
	{"doctor", "physician", "surgeon", "medic"},
	{"hostage", "captive", "kidnap", "abduct"},
	{"behead", "decapitate", "execute", "execution"},
	{"fake", "hoax", "false", "untrue", "satire"},
	{"shoot", "gunman", "gunfire", "gun", "shooting"},
	{"win", "victory", "beat", "triumph"},
	{"lose", "defeat", "loss"},
	{"rise", "jump", "soar", "climb", "surge", "gain", "increase", "boost"},
	{"fall", "drop", "slump", "plunge", "decline", "cut", "slide", "dip"},
	{"firm", "company", "business", "group", "corporation"},
	{"profit", "earning", "income"},
	{"job", "employment", "work", "worker", "staff"},
	{"film", "movie", "cinema"},
	{"mp", "lawmaker", "parliament", "legislator"},
	{"pm", "prime minister", "premier"},
	{"ban", "prohibit", "outlaw", "bar"},
	{"missing", "disappear", "vanish", "lost"},
}

var groupOf = func() map[string]int {
	m := make(map[string]int)
	for i, g := range groups {
		for _, w := range g {
			m[Stem(w)] = i + 1
			m[w] = i + 1
		}
	}
	return m
}()

// Stop reports whether w is a stop word: a function word, or a word so
// common in news that it says nothing of the story. "US" in capitals is
// the country, not the pronoun.
func Stop(w string) bool {
	if w == "US" || w == "UK" {
		return false
	}
	return stop[strings.ToLower(w)]
}

var stop = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(`a about above after again against all almost also although always am among an and
	another any anyone are aren't around as at back be became because become been before being below
	between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down
	during each either else even ever every few for from further get gets getting got had hadn't has
	hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his how how's
	however i i'd i'll i'm i've if in into is isn't it it's its itself just least less let's like
	made make many may me might more most much must mustn't my myself neither never new no nor not now
	of off often on once one only onto or other others ought our ours ourselves out over own per
	perhaps quite rather really same shall shan't she she'd she'll she's should shouldn't since so some
	still such than that that's the their theirs them themselves then there there's these they they'd
	they'll they're they've this those though through thus to too toward towards under until up upon
	us very via was wasn't we we'd we'll we're we've were weren't what what's when when's where where's
	whether which while who who's whom whose why why's will with within without won't would wouldn't
	yet you you'd you'll you're you've your yours yourself yourselves
	says said say report reports reported reportedly according claims claim new news year years day
	days week weeks time times amid after over just first last latest could may might one two three
	vs via mr mrs ms dr de la le el et al`) {
		m[w] = true
	}
	return m
}()

// GroupPhrases returns the words of several words in group g ("islamic
// state"), which a stem cannot match.
func GroupPhrases(g int) []string {
	if g <= 0 || g > len(groups) {
		return nil
	}
	var out []string
	for _, w := range groups[g-1] {
		if strings.Contains(w, " ") {
			out = append(out, w)
		}
	}
	return out
}

// Number returns the digits of a number written as digits or as a word
// ("three", "3", "3rd", "third", "1,200"), or "" for other words.
func Number(w string) string {
	l := strings.ToLower(w)
	if d, ok := numberWords[l]; ok {
		return "#" + d
	}
	l = strings.TrimRight(l, "stndrh")
	l = strings.ReplaceAll(l, ",", "")
	if l == "" {
		return ""
	}
	for _, r := range l {
		if (r < '0' || r > '9') && r != '.' {
			return ""
		}
	}
	return "#" + l
}

var numberWords = map[string]string{
	"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
	"eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20",
	"hundred": "100", "thousand": "1000", "first": "1", "second": "2", "third": "3", "fourth": "4",
	"fifth": "5", "sixth": "6", "seventh": "7", "eighth": "8", "ninth": "9", "tenth": "10",
	"dozen": "12",
}
