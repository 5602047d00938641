package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Authors: people's names only. A byline arrives as "By Jane Doe and John
// Roe, Staff Writers", "Von Anna Muster und Max Mann, dpa", "jane@x.com",
// a JSON-LD list; the names come out one by one, without the "By", the
// roles, the agencies and the addresses.

var (
	rxEmail  = regexp.MustCompile(`[\w.+-]+@[\w-]+\.[\w.-]+`)
	rxURL    = regexp.MustCompile(`https?://\S+|www\.\S+`)
	rxHandle = regexp.MustCompile(`@\w+`)
	rxParen  = regexp.MustCompile(`\([^)]*\)|\[[^\]]*\]`)
	// rxSplit splits several authors: commas, semicolons, slashes, pipes,
	// ampersands and the word "and" in the languages of the news.
	rxSplit = regexp.MustCompile(`(?i)\s*(?:[,;|/&•·+]|\s(?:and|und|et|y|e|en|og|och|i|a|és|ve|и|и)\s)\s*`)
	// rxLead strips a leading "By" and its kin.
	rxLead = regexp.MustCompile(`(?i)^(?:(?:written|posted|reported|published|text|words|story|reporting|photos?|edited|compiled|interview)(?:\s+(?:by|von|par|por|di|door))?\s*[:\-–]?\s*|by\s*[:\-–]?\s+|von\s*[:\-–]?\s+|par\s*[:\-–]?\s+|por\s*[:\-–]?\s+|di\s+|door\s+|av\s+|af\s+|de\s+|author\s*[:\-–]\s*|autor(?:in)?\s*[:\-–]\s*|auteur\s*[:\-–]\s*|autore\s*[:\-–]\s*|redaktion\s*[:\-–]\s*|text\s*[:\-–]\s*)+`)
	// rxPlace cuts "Jane Doe in Berlin" and "Jane Doe for The Times".
	rxPlace = regexp.MustCompile(`\s+(?:in|aus|from|at|for|für|en|à|em|a)\s+\p{Lu}.*$`)
)

// agencies are news agencies and wire services: credit lines, not people.
var agencies = map[string]bool{}

// roleWords are job titles and similar words that follow or precede a name.
var roleWords = map[string]bool{}

// credentials are degrees and titles written after a name.
var credentials = map[string]bool{}

func init() {
	for _, w := range strings.Split(`afp|reuters|ap|dpa|associated press|the associated press|agence france-presse|agence france presse|epd|kna|apa|sda|ats|ansa|efe|xinhua|upi|pa|pa media|press association|aap|cp|the canadian press|canadian press|kyodo|tass|itar-tass|interfax|anadolu|aa|sid|rtr|ddp|dapd|afx|belga|anp|tt|ntb|ritzau|stt|ctk|čtk|pap|mti|bta|hina|tanjug|ria novosti|ria|yonhap|jiji|bernama|antara|pti|ians|ani|sapa|kyodo news|bloomberg|bloomberg news|dow jones|afp/dpa|dpa/afp|reuters/afp|cnn wire|wire|wires|wire services|agencies|agenturen|agences|agencias|agenzie|red|red.|redaktion|editorial|staff|newsroom|desk|news desk|web desk|online desk|the editors|editors`, "|") {
		agencies[w] = true
	}
	for _, w := range strings.Fields(`staff writer writers reporter reporters correspondent correspondents editor editors
		senior chief deputy managing executive associate contributing contributor contributors columnist
		political political business sports science health technology tech foreign national international
		economics economy culture arts opinion investigations investigative data special digital online
		producer producers photographer photographers analyst analysts journalist journalists author
		news team desk bureau head director manager lead assistant freelance guest intern
		redakteur redakteurin korrespondent korrespondentin autor autorin journaliste rédacteur rédactrice
		correspondant correspondante envoyé envoyée spécial spéciale redactor redactora corresponsal periodista
		giornalista inviato inviata corrispondente updated published
		expert specialist writer strategist consultant coach founder co-founder ceo cto cmo president vp
		nutritionist dietitian therapist trainer owner partner marketing content seo copywriter blogger
		quelle source sources fuente fonte bron text texte foto photo fotos photos bild sponsored last
		nachrichten nachrichtenagentur agentur presseagentur agency twitter facebook linkedin instagram whatsapp share email
		기자 특파원 記者 记者 特派員 編集委員 论说员`) {
		roleWords[w] = true
	}
	for _, w := range strings.Fields(`md phd ph.d ph.d. ms msc ma ba bsc rd rdn ld cpt cscs mph mba jd dvm dds rn np pa-c fand cfp cpa esq esq. jr. sr. ii iii iv e-ryt ryt cnm lcsw lmft psyd edd dr. prof. mr. mrs. ms. rph pharmd ibclc cde cdces acsm nasm ace`) {
		credentials[w] = true
	}
}

// authorNames splits a raw byline into people's names.
func authorNames(raw string) []string {
	raw = strings.Join(strings.Fields(raw), " ")
	if raw == "" || utf8.RuneCountInString(raw) > 300 {
		return nil
	}
	raw = rxEmail.ReplaceAllString(raw, " ")
	raw = rxURL.ReplaceAllString(raw, " ")
	raw = rxHandle.ReplaceAllString(raw, " ")
	raw = rxParen.ReplaceAllString(raw, " ")
	// A dash or colon before a role: "Jane Doe - Staff Writer".
	var out []string
	if f := strings.Split(raw, ","); len(f) == 2 && len(strings.Fields(f[0])) == 1 && len(strings.Fields(f[1])) == 1 {
		// "Doe, Jane": a citation's surname first.
		if n := cleanName(strings.TrimSpace(f[1]) + " " + strings.TrimSpace(f[0])); n != "" && !credential(strings.TrimSpace(f[1])) {
			return []string{n}
		}
	}
	for _, part := range rxSplit.Split(raw, -1) {
		if name := cleanName(part); name != "" {
			out = append(out, name)
		}
	}
	return out
}

// cleanName reduces one part of a byline to a person's name, or "".
func cleanName(s string) string {
	s = strings.TrimSpace(s)
	s = rxLead.ReplaceAllString(s, "")
	for _, sep := range []string{" - ", " – ", " — ", ": ", " | "} {
		if i := strings.Index(s, sep); i > 0 {
			head, tail := s[:i], s[i+len(sep):]
			if isRole(tail) || agencies[strings.ToLower(strings.TrimSpace(tail))] {
				s = head
			} else if isRole(head) {
				s = tail
			}
		}
	}
	s = rxPlace.ReplaceAllString(s, "")
	s = strings.Trim(s, " .,:;-–—*\"'“”«»")
	if s == "" || agencies[strings.ToLower(s)] {
		return ""
	}
	words := strings.Fields(s)
	switch strings.ToLower(words[len(words)-1]) {
	case "staff", "team", "desk", "redaktion", "newsroom", "editors", "editorial", "online", "digital":
		// "Podium Staff", "Lifestyle Desk": a team, not a person.
		return ""
	}
	// Drop roles and titles before the name ("Author Jane Doe", "Dr.
	// Jane Doe"), then everything from a role word after it ("Jane Doe
	// Senior Autos Editor") and credentials ("Jane Doe MD").
	for len(words) > 1 && (roleWords[strings.ToLower(words[0])] || honorifics[strings.ToLower(words[0])]) {
		words = words[1:]
	}
	for i := 1; i < len(words); i++ {
		if roleWords[strings.ToLower(words[i])] {
			words = words[:i]
			break
		}
	}
	for len(words) > 3 && allCaps(words[len(words)-1]) && allCaps(words[len(words)-2]) && !allCaps(words[0]) {
		// "Brian Truitt USA TODAY": a trailing publication in capitals.
		words = words[:len(words)-2]
	}
	for len(words) > 2 && credential(words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	if len(words) <= 2 {
		all := true
		for _, w := range words {
			lw := strings.ToLower(w)
			if !roleWords[lw] && !credentials[lw] {
				all = false
			}
		}
		if all {
			return ""
		}
		if len(words) == 2 && credential(words[1]) {
			words = words[:1]
		}
	}
	if len(words) == 0 || len(words) > 5 {
		return ""
	}
	if len(words) == 1 && utf8.RuneCountInString(words[0]) <= 5 && strings.ToUpper(words[0]) == words[0] && strings.ToLower(words[0]) != words[0] {
		// "LTO", "MDR": an acronym, not a person.
		return ""
	}
	name := strings.Join(words, " ")
	if !nameLike(words) || agencies[strings.ToLower(name)] {
		return ""
	}
	return name
}

// honorifics are titles written before a name.
var honorifics = map[string]bool{"dr": true, "dr.": true, "prof": true, "prof.": true, "mr": true, "mr.": true,
	"mrs": true, "mrs.": true, "ms.": true, "sir": true, "dame": true}

// credential reports a degree or title after a name, written as such: in
// capitals or with dots ("MD", "Ph.D."), so that "Rui Ma" keeps its name.
func credential(w string) bool {
	if !credentials[strings.ToLower(w)] {
		return false
	}
	return strings.Contains(w, ".") || allCaps(w)
}

func allCaps(w string) bool {
	return strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// isRole reports text made only of role words.
func isRole(s string) bool {
	words := strings.Fields(strings.ToLower(s))
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		if !roleWords[strings.Trim(w, ".,")] && w != "of" && w != "the" && w != "and" && w != "&" {
			return false
		}
	}
	return true
}

// nameParticles may start a word of a name in lower case.
var nameParticles = map[string]bool{
	"von": true, "van": true, "der": true, "den": true, "de": true, "da": true, "di": true,
	"del": true, "della": true, "la": true, "le": true, "du": true, "des": true, "dos": true,
	"das": true, "bin": true, "ibn": true, "al": true, "el": true, "zu": true, "ter": true,
	"ten": true, "y": true, "e": true, "st.": true, "mc": true,
}

// nameLike reports words that read as a person's name: letters, each word
// capitalised (or a particle, or in a script without case), no digits.
func nameLike(words []string) bool {
	letters := 0
	for _, w := range words {
		if nameParticles[strings.ToLower(w)] && len(words) > 1 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) {
			return false
		}
		for _, c := range w {
			switch {
			case unicode.IsLetter(c):
				letters++
			case c == '.' || c == '-' || c == '\'' || c == '’' || c == '·':
			default:
				return false
			}
		}
	}
	return letters >= 2
}

// addAuthors appends the names in raw to list, skipping repeats (by
// case-insensitive comparison, and a bare surname already given in full).
func addAuthors(list []string, names ...string) []string {
	for _, n := range names {
		key := strings.ToLower(n)
		dup := false
		for i, have := range list {
			h := strings.ToLower(have)
			if h == key || strings.HasSuffix(h, " "+key) {
				dup = true
				break
			}
			if strings.HasSuffix(key, " "+h) {
				list[i] = n
				dup = true
				break
			}
		}
		if !dup {
			list = append(list, n)
		}
	}
	return list
}
