package extract

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Authors: people's names only. A byline arrives as "By Jane Doe and John
// Roe, Staff Writers", "Von Anna Muster und Max Mann, dpa", "jane@x.com",
// a JSON-LD list; the names come out one by one, without the "By", the
// roles and the addresses. The agencies and organisations a byline names
// (wire services, the publication, its desk or team) are its credit,
// kept apart from the people.

var (
	rxEmail  = regexp.MustCompile(`[\w.+-]+@[\w-]+\.[\w.-]+`)
	rxURL    = regexp.MustCompile(`https?://\S+|www\.\S+`)
	rxHandle = regexp.MustCompile(`@\w+`)
	rxParen  = regexp.MustCompile(`\([^)]*\)|\[[^\]]*\]`)
	// rxSplit splits several authors: commas, semicolons, slashes, pipes,
	// ampersands and the word "and" in the languages of the news.
	rxSplit = regexp.MustCompile(`(?i)\s*(?:[,;|/&•·⋅∙+、，]|\s(?:and|und|et|y|e|en|og|och|i|a|és|ve|и|и)\s)\s*`)
	// rxLead strips a leading "By" and its kin.
	rxLead = regexp.MustCompile(`(?i)^(?:(?:post|started|asked|submitted|contributed)\s+by\s*:?\s*|(?:(?:this\s+(?:post|article|story|piece|guide)\s+(?:was|is)\s+)?written|posted|reported|published|text|words|story|reporting|photos?|edited|compiled|interview)(?:\s+(?:by|von|par|por|di|door))?\s*[:\-–]?\s*|by\s*[:\-–]?\s+|von\s*[:\-–]?\s+|par\s*[:\-–]?\s+|por\s*[:\-–]?\s+|di\s+|door\s+|av\s+|af\s+|de\s+|authors?\s*[:\-–]\s*|autor(?:in|en)?\s*[:\-–]\s*|auteur\s*[:\-–]\s*|autore\s*[:\-–]\s*|redaktion\s*[:\-–]\s*|text\s*[:\-–]\s*)+`)
	// rxPlace cuts "Jane Doe in Berlin" and "Jane Doe for The Times".
	rxPlace = regexp.MustCompile(`\s+(?:(?:in|aus|from|at|for|für|en|à|em|a)\s+\p{Lu}|on behalf of\s).*$`)
	// rxWhen cuts a date or time written after a name: "Luke Kim December
	// 17, 2025", "galitsyn » 11. Sep 2024", "BeauHD on Friday".
	rxWhen = regexp.MustCompile(`(?i)\s*(?:[»•·|]|\bon\b|\bat\b|\bam\b|\bum\b|\ble\b)?\s*(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?,?\s+\p{L}*\s*\d|\d{1,4}[./-]\d{1,2}|\d{1,2}\.?\s+\p{L}+\.?\s+\d{4}|\d+\s*(?:min|hours?|days?|h)\b).*$`)
	// rxLeadDate is a numeric date opening a byline.
	rxLeadDate = regexp.MustCompile(`(?i)^\s*(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4})[\s,|•·-]*`)
	// rxNotAuthor marks a credit for something other than the writing:
	// photos, review, editing, translation.
	rxNotAuthor = regexp.MustCompile(`(?i)^(?:photos?|pictures?|images?|illustrations?|graphics?|videos?|fotos?|bilder?|medically reviewed|reviewed|fact[- ]?checked|edited|translated|produced|übersetzt|übersetzung|redigiert|geprüft)\b(?:\s+(?:by|von|par|por|di|door))?`)
	// rxExplicitBy is a byline that says "by" before the name: it vouches
	// for a user name that has no shape of a name ("Posted by BeauHD").
	// rxRoleOf is a post held in something: "Head of Marketing".
	rxRoleOf = regexp.MustCompile(`(?i)^\s*(?:head|director|chief|vice president|vp|professor|member|manager|leiter|leiterin|chef|cheffe|responsable|directeur|directrice|jefe|jefa)\s+(?:of|de|der|des|du|del)\s`)
	// rxOtherWork credits work other than the writing within a byline.
	rxOtherWork = regexp.MustCompile(`(?i)\b(?:(?:medically\s+)?reviewed|edited|fact[- ]?checked|photos?|photography|illustrations?|translated|geprüft|redigiert|übersetzt)\s+(?:by|von|par|por)\b`)
	// rxPortrait opens the alt text of a portrait: "Headshot of Jane Doe".
	rxPortrait   = regexp.MustCompile(`(?i)^(?:(?:author|profile)\s+)?(?:headshot|photo|picture|image|avatar|portrait)\s+(?:of\s+)?`)
	rxExplicitBy = regexp.MustCompile(`(?i)^(?:(?:written|posted|post|published|started|asked|submitted)\s+)?(?:by|von|par|por)\s*:?\s+\S`)
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
		veröffentlicht aktualisiert publié publiée publicado actualizado pubblicato aggiornato
		gepubliceerd bijgewerkt publicerad uppdaterad publisert oppdatert udgivet opdateret
		expert specialist writer strategist consultant coach founder co-founder ceo cto cmo president vp
		nutritionist dietitian therapist trainer owner partner marketing content seo copywriter blogger
		admin administrator webmaster
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
	names, _ := bylineParts(raw, false)
	return names
}

// bylineParts splits a raw byline into people's names and its credits:
// the agencies and organisations it names. handles admits user names
// ("jsteinhardt", "Mr_Enigmatic") as people, for sources that declare
// the author as such.
func bylineParts(raw string, handles bool) (names, credits []string) {
	return bylinePartsOf(raw, handles, handles)
}

// bylinePartsOf is bylineParts; lower admits names written all in lower
// case ("kirstin boatto"), which only a declared author field vouches for.
func bylinePartsOf(raw string, handles, lower bool) (names, credits []string) {
	raw = strings.Join(strings.Fields(raw), " ")
	if raw == "" || utf8.RuneCountInString(raw) > 300 || rxNotAuthor.MatchString(raw) {
		return nil, nil
	}
	raw = rxEmail.ReplaceAllString(raw, " ")
	raw = rxURL.ReplaceAllString(raw, " ")
	raw = rxHandle.ReplaceAllString(raw, " ")
	raw = rxParen.ReplaceAllString(raw, " ")
	// A date before the name goes ("03/10/2023 by Jane Doe"), and from a
	// date after it on ("Sat, 20 Dec, 2025", "Jane Doe, December 17").
	raw = rxLeadDate.ReplaceAllString(raw, "")
	raw = strings.TrimSpace(rxWhen.ReplaceAllString(raw, ""))
	if f := strings.Split(raw, ","); len(f) == 2 && len(strings.Fields(f[0])) == 1 && len(strings.Fields(f[1])) == 1 {
		// "Doe, Jane": a citation's surname first.
		if n := cleanName(strings.TrimSpace(f[1]) + " " + strings.TrimSpace(f[0])); n != "" && !credential(strings.TrimSpace(f[1])) && creditName(raw) == "" && creditName(f[0]) == "" {
			return []string{n}, nil
		}
	}
	long, address := false, false
	for _, part := range rxSplit.Split(raw, -1) {
		if rxNotAuthor.MatchString(strings.TrimSpace(part)) {
			// "..., edited by Walter": the rest credits other work.
			break
		}
		if len(names) > 0 && rxRoleOf.MatchString(part) {
			break // "Jane Doe, Head of Marketing and Community Development"
		}
		if c := creditName(part); c != "" {
			credits = addAuthors(credits, c)
			// "AFP, MANILA", "example.de, Frankfurt, Germany": lone
			// words right after an agency or a site are its dateline
			// or its address.
			address = len(names) == 0
			continue
		}
		if f := strings.Fields(part); len(names) > 0 && len(f) >= 2 && allCaps(part) && utf8.RuneCountInString(f[0]) <= 4 {
			// "David Straub, MDR THÜRINGEN": after a name, a broadcaster
			// or paper in capitals, opening with its acronym.
			credits = addAuthors(credits, strings.TrimSpace(part))
			continue
		}
		name := cleanName(part)
		if address && name != "" && !strings.Contains(name, " ") {
			continue
		}
		address = false
		if !strings.Contains(name, " ") && !isRole(rxLead.ReplaceAllString(strings.TrimSpace(part), "")) {
			// "Example News", whose last word reads as a beat: a
			// publication, not a person.
			if c := orgName(part); c != "" && orgShaped(c) && orgLike(c, "") {
				credits = addAuthors(credits, c)
				continue
			}
		}
		if name == "" && handles {
			name = handleName(part, lower)
		}
		if name == "" {
			if c := declaredTitle(part, handles && strings.TrimSpace(part) == raw); c != "" {
				credits = addAuthors(credits, c)
			}
			continue
		}
		if f := strings.Fields(strings.Trim(part, " .,:;")); len(names) > 0 && len(f) > 1 && personRoles[strings.ToLower(f[len(f)-1])] {
			// "Liz Kenny, Former McKinsey Consultant", "Head of
			// Marketing": after a name, a part that ends in a role
			// describes the person.
			continue
		}
		if n := len(strings.Fields(name)); n > 1 {
			long = true
		} else if long {
			// "Ines Zöttl, Washington", "Jane Doe, Writer, Hardware": a
			// lone word after a full name is a place or a beat.
			continue
		}
		names = append(names, name)
	}
	return names, credits
}

// teamWords end (or, for some, start) the name of a desk or team rather
// than a person: "Podium Staff", "TOI Lifestyle Desk", "Redaktion X".
var teamWords = map[string]bool{
	"staff": true, "team": true, "desk": true, "redaktion": true, "newsroom": true, "editors": true,
	"editorial": true, "contributor": true, "contributors": true, "writers": true, "reporters": true,
	"redaction": true, "rédaction": true, "redacción": true, "redazione": true, "redactie": true,
	"agencies": true, "agenturen": true, "wires": true,
}

// creditName returns part as a credit when it names an agency, a desk
// or team, or a web site ("ndr.de"); else "".
func creditName(part string) string {
	s := strings.TrimSpace(rxLead.ReplaceAllString(strings.TrimSpace(part), ""))
	s = strings.Trim(s, " .,:;-–—*\"'“”«»")
	if s == "" || utf8.RuneCountInString(s) > 60 {
		return ""
	}
	l := strings.ToLower(s)
	if agencies[l] || agencies[strings.TrimPrefix(l, "the ")] {
		return s
	}
	words := strings.Fields(l)
	if len(words) > 6 {
		return ""
	}
	if len(words) > 1 || strings.Contains(l, "-") {
		last := words[len(words)-1]
		if i := strings.LastIndex(last, "-"); i >= 0 {
			last = last[i+1:] // "MM-Redaktion"
		}
		if teamWords[last] || (teamWords[words[0]] && words[0] != "staff") || words[0] == "team" {
			return s
		}
	}
	if len(words) == 1 && rxDomain.MatchString(l) {
		return s
	}
	return ""
}

var rxDomain = regexp.MustCompile(`^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:[a-z]{2}|com|net|org|info|news|online|media)$`)

// handleName returns part as a user name: one token of letters, digits
// and _.- with some letters, or a name in lower case ("kirstin boatto");
// never a generic account ("admin", "editor").
func handleName(part string, lower bool) string {
	s := strings.Trim(strings.TrimSpace(rxLead.ReplaceAllString(strings.TrimSpace(part), "")), " .,:;-–—*\"'“”«»")
	s = strings.TrimSpace(rxWhen.ReplaceAllString(s, ""))
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 3 || (len(words) > 1 && !lower) || utf8.RuneCountInString(s) > 40 {
		return ""
	}
	if utf8.RuneCountInString(s) <= 5 && allCaps(s) {
		return "" // "LTO": an acronym
	}
	letters := 0
	for _, w := range words {
		lw := strings.ToLower(w)
		if genericAccount(lw) {
			return ""
		}
		for _, c := range w {
			switch {
			case unicode.IsLetter(c):
				letters++
			case unicode.IsDigit(c) || c == '_' || c == '-' || c == '.' || c == '\'':
				if len(words) > 1 {
					return ""
				}
			default:
				return ""
			}
		}
	}
	if letters < 2 {
		return ""
	}
	return s
}

// genericAccount reports a user name that belongs to no one person.
func genericAccount(w string) bool {
	for _, g := range []string{"admin", "webmaster", "editor", "redaktion", "user", "guest", "anonymous", "staff", "team", "support", "author", "root", "moderator", "system", "newsroom", "unknown", "undefined", "null", "none"} {
		if strings.Contains(w, g) {
			return true
		}
	}
	return roleWords[w]
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
	s = rxWhen.ReplaceAllString(s, "")
	s = strings.Trim(s, " .,:;-–—*\"'“”«»")
	if s == "" || agencies[strings.ToLower(s)] {
		return ""
	}
	words := strings.Fields(s)
	if len(words) == 1 && leadWords[strings.ToLower(strings.Trim(words[0], ":"))] {
		return "" // "By:" with the name in another element
	}
	if uiWords[strings.ToLower(strings.Trim(words[0], ".,:;!?…"))] {
		// "Full Bio", "Member Login", "View Profile": page furniture.
		return ""
	}
	for i := 1; i < len(words); i++ {
		if uiWords[strings.ToLower(strings.Trim(words[i], ".,:;!?…"))] {
			if i == 1 {
				return "" // "Former Member Login"
			}
			words = words[:i] // "A. J. Neal View In Digital Edition"
			break
		}
	}
	if n := len(words); n >= 2 && n%2 == 0 && strings.EqualFold(strings.Join(words[:n/2], " "), strings.Join(words[n/2:], " ")) {
		words = words[:n/2] // "Yucy Yucy": an avatar's alt text and the name
	}
	if len(words) >= 3 && initialsOf(words[0], words[1:]) {
		words = words[1:] // "CM Craig McCarthy": the initials of an avatar
	}
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
	if len(words) == 1 && leadWords[strings.ToLower(words[0])] {
		return "" // "The Author"
	}
	name := strings.Join(words, " ")
	if !nameLike(words) || agencies[strings.ToLower(name)] {
		return ""
	}
	return name
}

// leadWords introduce a name and are never one.
var leadWords = map[string]bool{"by": true, "von": true, "par": true, "por": true, "di": true, "door": true,
	"av": true, "af": true, "written": true, "posted": true, "author": true, "authors": true, "autor": true, "autorin": true, "auteur": true,
	"the": true, "our": true}

// uiWords are words of page furniture that never stand in a name.
var uiWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`bio view profile login logout subscribe follow read share print
		comment comments posts articles stories contact size menu search register member members users
		newsletter cookie cookies privacy skip toggle click here log sign category categories collection
		collections loading undefined null demo explore rating ratings testimonial testimonials request
		tag tags mehr lesen artikel alle voir lire tous
		más leer todos altri leggi`) {
		uiWords[w] = true
	}
}

// initialsOf reports a word of capitals that is the initials of the
// words after it.
func initialsOf(w string, rest []string) bool {
	if n := utf8.RuneCountInString(w); !allCaps(w) || n < 2 || n > len(rest) {
		return false
	}
	i := 0
	for _, r := range w {
		f, _ := utf8.DecodeRuneInString(rest[i])
		if unicode.ToUpper(f) != r {
			return false
		}
		i++
	}
	return true
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

// orgWords are words of the names of publications, companies and
// institutions, which people's names do not hold.
var orgWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`news online media times post press zeitung nachrichten
		magazine magazin journal daily weekly tribune herald gazette radio tv television channel network
		group inc inc. llc ltd ltd. gmbh corp corp. corporation company agency agentur agence agencia
		agenzia ajansı ajansi agentschap agencja store shop team
		staff desk editorial redaktion security health marketing solutions services studio studios
		foundation institute university college school clinic hospital center centre association
		society council club official blog community forum forums consulting construction digital labs
		software systems technologies travel expert experts insurance bank capital partners global
		international world report review today editors contributors contributor web website`) {
		orgWords[w] = true
	}
}

// givenNames are common given names, which start the name of a person's
// own site ("Jane Doe") and not a company's.
var givenNames = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`aaron adam adrian alan albert alex alexander alexandra alice alison amanda amber amy
		andrea andrew angela anna anne annette anthony antonio ashley barbara ben benjamin beth bill bob brad brandon
		brenda brett brian bruce carl carla carlos carol caroline catherine charles charlie charlotte chris christian
		christina christine christopher claire claudia cory courtney craig daniel danielle dave david damien dean
		deborah dennis diana diane donald donna doug douglas dylan ed edward elena elizabeth ellen emily emma eric
		erica erik erin eva frank gary george grace greg gregory hannah harry heather helen henry holly ian isabel
		jack jacob james jamie jane janet jason jean jeff jeffrey jennifer jenny jeremy jessica jim joan joe john
		jon jonathan jordan jose joseph josh joshua julia julie justin karen kate katherine kathy katie keith kelly
		ken kevin kim kristen kyle laura lauren leah lisa liz lucas lucy luis luke maria marie mark martin mary
		matt matthew megan melissa michael michelle mike molly nancy natalie nathan nicholas nick nicole noah
		oliver olivia pam pamela patricia patrick paige paul peter philip rachel rebecca richard rick rob robert
		robin ryan sam samantha sandra sara sarah scott sean sharon sophie stephanie stephen steve steven susan
		tara thomas tim timothy tina todd tom tony tyler victoria william zoe
		andreas anja birgit claus dirk felix florian franz frauke gerhard hans heike jan jens jörg jürgen karin
		katrin klaus lars lena lukas markus monika peter sabine sebastian stefan susanne thomas tobias ulrich ursula
		wolfgang antoine camille françois isabelle jacques julien lucie mathieu nathalie nicolas philippe pierre
		sophie thierry alejandro ana carmen diego fernando javier juan lucia manuel miguel pablo pedro sofia
		alessandro francesca giovanni giulia giuseppe marco matteo paolo roberto sergio
		abby adele aidan alicia allison alyssa amelia andy angie annie april ari arthur audrey austin barry becky
		bella beth betty beverly blake bonnie brooke bryan caitlin calvin cameron carrie casey cassidy cathy chad
		chelsea cheryl chloe christy cindy clara colin connor cynthia dale dana darren dawn debbie denise derek
		dominic don dustin eddie edwin eileen eleanor ella ellie eliza emilia ethan evan faith fiona frances
		gabriel gavin gemma georgia gina glenn gordon graham grant hailey harriet hayley hazel heidi hugh hugo
		ivy jack jackie jacqueline jade jake janice jared jasmine jay jeanne jenna jesse jill joanna jodi joel
		joy joyce judy kara karl kate kayla keira kelsey kenneth kerry kirsten kristin kurt lana lance larry
		leo leon leslie lily linda lindsay lindsey lorraine louise lydia lynn madeline maggie marcus margaret
		marilyn marissa mason maya meghan melanie mia miles miranda mitchell morgan nadia naomi neil nina
		noel norman owen owain patty penny phoebe pierce polly quinn ralph randy ray renee rhys rita roger
		ron rose rosie ross roy ruby russell ruth sally seth shane shannon shawn sheila shirley simon stacy
		stella stuart summer sydney tammy tanya taylor teresa terry theo tiffany toby tracy travis trevor
		troy valerie vanessa vera vincent wade walter wayne wendy wesley whitney willow`) {
		givenNames[w] = true
	}
}

// personalSite reports a site's name that is a person's: two or three
// words, capitalised, the first a common given name, none an
// organisation's.
func personalSite(site string) bool {
	words := strings.Fields(site)
	if len(words) < 2 || len(words) > 3 || !givenNames[strings.ToLower(words[0])] || !nameLike(words) {
		return false
	}
	return !orgLike(site, "")
}

// articleFirst reports a name that opens with an article, as the names
// of publications do ("Le Figaro", "De Standaard", "El País").
func articleFirst(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	if len(f) < 2 {
		return false
	}
	switch f[0] {
	case "the", "der", "die", "das", "le", "la", "les", "el", "il", "lo", "los", "las", "het", "de", "o", "a", "os", "as":
		return true
	}
	return false
}

// orgLike reports a name that reads as an organisation's: one that holds
// an organisation's word, or the site's own name (a single word of it, or
// all of it). A person's own site is named after them with more words
// ("Jane Doe Photography"), so a fuller name the site only contains is a
// person.
func orgLike(name, site string) bool {
	words := strings.Fields(strings.ToLower(name))
	if len(words) == 0 {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == ' ' || r == '-' }) {
		if orgWords[w] {
			return true // "Deutsche Presse-Agentur"
		}
	}
	switch words[0] {
	case "the", "der", "die", "das":
		if len(words) > 1 {
			return true // "The Ritualist", "Der Postillon"
		}
	}
	if site == "" {
		return false
	}
	l, ls := strings.ToLower(name), strings.ToLower(site)
	if l == ls && len(words) >= 2 && len(words) <= 3 && givenNames[words[0]] && nameLike(strings.Fields(name)) {
		// "Eric Ries" of the site "Eric Ries": a person's own site,
		// named after its author.
		return false
	}
	if l == ls || l == strings.TrimPrefix(ls, "the ") {
		return true
	}
	if len(words) != 1 || !strings.Contains(ls, l) {
		return false
	}
	// "Brett" of "Brett Larkin Yoga": the first name of the person the
	// site is named after.
	sw := strings.Fields(site)
	if len(sw) >= 2 && strings.EqualFold(sw[0], name) {
		if r, _ := utf8.DecodeRuneInString(sw[1]); unicode.IsUpper(r) && !orgWords[strings.ToLower(sw[1])] && !strings.Contains(sw[1], ".") {
			return false
		}
	}
	return true
}

// pickAuthors finds the story's authors, people only, and what it credits
// beside them: agencies and organisations. The sources are read from the
// most trusted (structured data) to the least (links to authors' pages);
// the first that names people gives them and its credits; with no people
// anywhere, the first credits found stand alone.
func pickAuthors(m *meta, main *ldThing, sig *bodySignals, site string) (people, credit []string) {
	var firstCredit, firstHandles, firstAccounts []string
	var takeAs func(names, credits []string, handles bool) bool
	// accounts are the names of the site's generic accounts (the author
	// page "/author/admin/"): the one who posted the story, kept in
	// reserve while another source may name its writer.
	accounts := map[string]bool{}
	for _, a := range sig.accounts {
		accounts[strings.ToLower(a)] = true // textOf's, trimmed
	}
	if main != nil {
		for _, a := range main.authors {
			if a.account {
				accounts[strings.ToLower(strings.TrimSpace(a.name))] = true
			}
		}
	}
	// sure reads names declared people: only an organisation's word, or
	// the site's one-word name, makes one a credit.
	sure := func(names []string) (ns, cs []string) {
		for _, n := range names {
			if orgLike(n, "") || (!strings.Contains(n, " ") && orgLike(n, site)) || (strings.EqualFold(n, site) && articleFirst(n)) {
				cs = addAuthors(cs, n)
			} else {
				ns = addAuthors(ns, n)
			}
		}
		return ns, cs
	}
	// take reads one source; it reports whether it named people. A user
	// name ("kffnirmitap") is kept in reserve while a later source may
	// give the name itself.
	take := func(names, credits []string) bool {
		return takeAs(names, credits, false)
	}
	takeAs = func(names, credits []string, handles bool) bool {
		var ns, hs []string
		for _, n := range names {
			switch {
			case accounts[strings.ToLower(n)]:
				if people == nil {
					firstAccounts = addAuthors(firstAccounts, n)
				}
			case orgLike(n, site):
				credits = addAuthors(credits, n)
			case !handles && cleanName(n) == "":
				hs = addAuthors(hs, n)
			default:
				ns = addAuthors(ns, n)
			}
		}
		if len(ns) > 0 {
			people, credit = ns, credits
			return true
		}
		if firstHandles == nil && len(hs) > 0 {
			firstHandles = hs
		}
		if firstCredit == nil && len(credits) > 0 {
			firstCredit = credits
		}
		return false
	}
	var shown []string
	for _, n := range shownByline(sig) {
		if !orgLike(n, site) && !accounts[strings.ToLower(n)] {
			shown = append(shown, n)
		}
	}
	done := func() ([]string, []string) {
		if people == nil {
			people, credit = firstHandles, firstCredit
		}
		if people == nil {
			people = firstAccounts
		}
		if len(people) > 0 {
			people = coAuthors(sig, people, site, accounts)
		}
		if len(people) > 0 && editedBy(sig, people) {
			// The data names the one the page labels its editor
			// ("Editor: Jane Doe"): a byline by the headline that
			// names others gives the writers.
			for _, c := range near(sig.bylines, sig.h1Pos, 60) {
				if ns, _ := bylineParts(c.text, false); len(ns) > 0 && !editedBy(sig, ns) && !sharesName(ns, people) {
					people = ns
					break
				}
			}
		}
		if len(shown) > 0 && !sharesName(people, shown) && !shownBefore(sig, people, sig.contentEnd) && !sharesName(credit, shown) {
			// The page says "By Jane Doe" under the headline while its
			// data names another it shows nowhere as an author (the
			// account that posted the story): the readers' byline wins.
			people = shown
		}
		if len(shown) == 0 {
			people, credit = teamSigned(sig, people, credit)
		}
		people = fullerByline(sig, people, shown)
		return people, credit
	}
	if main != nil {
		var names, persons, credits []string
		for _, a := range main.authors {
			switch {
			case strings.HasPrefix(a.name, "http"):
			case a.org:
				if c := orgName(a.name); c != "" {
					credits = addAuthors(credits, c)
				}
			default:
				ns, cs := bylineParts(a.name, true)
				if a.person && !a.account {
					ns, cs2 := sure(ns)
					persons = addAuthors(persons, ns...)
					cs = append(cs, cs2...)
				} else {
					names = addAuthors(names, ns...)
				}
				credits = addAuthors(credits, cs...)
			}
		}
		if len(persons) > 0 {
			// Declared people outrank the rest of the list.
			people, credit = addAuthors(persons, names...), credits
			return done()
		}
		if take(names, credits) {
			return done()
		}
	}
	keys := []string{"author", "article:author", "og:article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "citation_author", "byl", "cxenseparse:author", "article:author_name"}
	// Then the other tags a site names after the author ("dcsext.author",
	// "lrt_authors"), in a fixed order.
	var more []string
	for k := range m.tags {
		if strings.Contains(k, "author") && !slices.Contains(keys, k) && !strings.HasPrefix(k, "twitter:") && !strings.Contains(k, "fediverse") {
			more = append(more, k)
		}
	}
	sort.Strings(more)
	for _, k := range append(keys, more...) {
		var names, credits []string
		for _, v := range m.tags[k] {
			if strings.Contains(v, "://") || strings.HasPrefix(v, "/") {
				continue
			}
			ns, cs := bylineParts(v, true)
			names = addAuthors(names, ns...)
			credits = addAuthors(credits, cs...)
		}
		if take(names, credits) {
			return done()
		}
	}
	// The authors' pages a tag gives by address, named by the page's
	// links to them.
	if take(linkedAuthors(m, sig), nil) {
		return done()
	}
	// Twitter card labels: "Written by" with the name as its data.
	for i := 1; i <= 4; i++ {
		n := strconv.Itoa(i)
		if l := strings.ToLower(firstTag(m, "twitter:label"+n)); strings.Contains(l, "written by") || strings.Contains(l, "author") || strings.Contains(l, "verfasst von") {
			if take(bylineParts(firstTag(m, "twitter:data"+n), true)) {
				return done()
			}
		}
	}
	if st, labelled := threadStarter(sig); labelled {
		// The member the page says started the thread, by its title.
		people = []string{st}
		return done()
	}
	// Microdata: the authors of one item, the first by the headline (in a
	// thread, the question's or first post's, not the replies').
	var scope *html.Node
	var names, credits []string
	micro := near(sig.microAuthors, sig.h1Pos, 400)
	replies := 0
	for _, c := range micro {
		if s := microScope(sig, c.pos); s != nil && replyType(attr(s, "itemtype")) {
			replies++
		}
	}
	for i, c := range micro {
		s := microScope(sig, c.pos)
		if s != nil && replyType(attr(s, "itemtype")) {
			// An answer's or a comment's author, unless every post is
			// marked a comment and this is the first, right under the
			// headline: a thread's opening post.
			if replies < len(micro) || i > 0 || !strings.HasSuffix(strings.ToLower(attr(s, "itemtype")), "/comment") || sig.h1Pos < 0 || c.pos-sig.h1Pos > 100 {
				continue
			}
		}
		if names == nil && credits == nil {
			scope = s
		} else if s != scope {
			continue
		}
		ns, cs := bylinePartsOf(c.text, true, false)
		names = addAuthors(names, ns...)
		credits = addAuthors(credits, cs...)
	}
	// Items marked up with their author give user names as shown.
	if takeAs(names, credits, true) {
		return done()
	}
	for _, c := range near(sig.bylines, sig.h1Pos, 250) {
		if leaves := innerBylines(append(append(slices.Clone(sig.bylines), sig.authorLinks...), memberNames(sig)...), c); len(leaves) >= 2 {
			// A byline whose name, role and date stand in elements of
			// their own is read from those, one by one: its text runs
			// them together ("Liz Kenny Former McKinsey Consultant").
			// Of the credits, agencies and desks only: a label in a part
			// of its own ("capital") is a section's or a brand's.
			// The parts after a credit for other work ("Reviewed by")
			// are not the authors'.
			cut := len(c.text)
			if loc := rxOtherWork.FindStringIndex(c.text); loc != nil {
				cut = loc[0]
			}
			var texts []string
			for _, l := range leaves {
				if i := strings.Index(c.text, l.text); i >= 0 && i < cut {
					texts = append(texts, l.text)
				}
			}
			ns, cs := bylinePartsOf(strings.Join(texts, ", "), false, false)
			credits = nil
			for _, c := range cs {
				if creditName(c) != "" {
					credits = append(credits, c)
				}
			}
			if take(ns, credits) {
				return done()
			}
			continue
		}
		if take(bylinePartsOf(c.text, rxExplicitBy.MatchString(c.text), false)) {
			return done()
		}
	}
	// Links to an author's page: next to the headline, or in the author
	// box after the story.
	links := near(sig.authorLinks, sig.h1Pos, 250)
	if len(links) == 0 && len(sig.authorLinks) > 0 && len(sig.authorLinks) <= 3 {
		links = sig.authorLinks
	}
	names, credits = nil, nil
	for _, c := range links {
		ns, cs := bylineParts(c.text, false)
		names = addAuthors(names, ns...)
		credits = addAuthors(credits, cs...)
	}
	// Many links to people's pages by the headline are a roster or an
	// index, not a byline.
	if len(names) <= 5 && (sig.h1Pos >= 0 || len(sig.authorLinks) <= 5) && take(names, credits) {
		return done()
	}
	// Portraits of the authors by the headline, named in their alt text:
	// the first and those beside it (in a thread, the next is a reply's).
	names = nil
	others := otherWorkNames(sig)
	avatars := near(sig.avatars, sig.h1Pos, 250)
	for i, c := range avatars {
		if i > 0 && (c.pos < avatars[0].pos || c.pos-avatars[0].pos > 40) {
			break
		}
		ns, _ := bylineParts(rxPortrait.ReplaceAllString(c.text, ""), false)
		for _, n := range ns {
			if strings.Contains(n, " ") && !sharesName([]string{n}, others) {
				names = addAuthors(names, n)
			}
		}
	}
	if len(names) <= 3 && take(names, nil) {
		return done()
	}
	// An author box after the story: bylines after the headline that all
	// name the same one person.
	if sig.h1Pos >= 0 && firstHandles == nil {
		// Teasers of other stories give a date with the name, and the
		// same name again and again; a biography runs to sentences.
		var one []string
		seen := 0
		for _, c := range sig.bylines {
			if c.pos <= sig.h1Pos || len(strings.Fields(rxLead.ReplaceAllString(c.text, ""))) > 12 || rxWhen.MatchString(c.text) {
				continue
			}
			ns, _ := bylineParts(c.text, false)
			for _, n := range ns {
				if !orgLike(n, site) && strings.Contains(n, " ") {
					one = addAuthors(one, n)
					seen++
				}
			}
		}
		if len(one) >= 1 && len(one) <= 2 && seen <= 4 {
			take(one, nil)
		}
	}
	if people == nil && firstHandles == nil {
		sideAuthors(sig, take)
	}
	if people == nil && (firstCredit != nil || firstAccounts != nil) {
		// A bold line alone over the story's first paragraph: its
		// byline, when it names people, on a page that declares an
		// author who is none (the site itself, its account).
		for _, c := range sig.leadNames {
			if c.pos < sig.h1Pos {
				continue
			}
			var ns []string
			for _, n := range authorNames(c.text) {
				if strings.Contains(n, " ") && !orgLike(n, site) {
					ns = append(ns, n)
				}
			}
			take(ns, nil)
			break
		}
	}
	if people == nil && firstHandles == nil {
		// A credits line in the story ("jd, ab; Photo: Reuters"): the
		// writers before the photo credit, by initials at times.
		for _, c := range sig.signoffs {
			if c.pos > sig.h1Pos {
				ns, _ := bylineParts(c.text, true)
				takeAs(ns, nil, true)
				break
			}
		}
	}
	if people == nil && firstHandles == nil && len(sig.boldNames) == 1 {
		// A bold name alone, signed at the story's end.
		var ns []string
		for _, n := range authorNames(sig.boldNames[0].text) {
			if strings.Contains(n, " ") && !orgLike(n, site) {
				ns = append(ns, n)
			}
		}
		take(ns, nil)
	}
	if people == nil && firstHandles == nil {
		if st, _ := threadStarter(sig); st != "" {
			// The first member the page shows after its title.
			people = []string{st}
		}
	}
	if people == nil && firstHandles == nil && firstCredit == nil {
		if n := datedByline(sig); n != "" {
			// "Jane Doe | Senior Writer | July 2, 2025" under the
			// headline.
			take([]string{n}, nil)
		}
	}
	if people == nil && firstHandles == nil && siteCredit(firstCredit, site) {
		if p := portraitName(sig, site); p != "" && dated(m, main, sig) {
			// A person shown with their picture by the headline or
			// at the story's end, beside the site's own credit.
			take([]string{p}, firstCredit)
		}
	}
	if people == nil && firstHandles == nil && firstCredit == nil {
		if o := ownerName(sig, m.title); o != "" {
			// A personal site's owner, named in its copyright notice
			// or its home link.
			people = []string{o}
		}
	}
	if people == nil && firstCredit == nil && len(sig.creditLines) > 0 {
		// A paragraph that names an agency or a desk alone ("IN-
		// Redaktion", "AFP"), as a story is signed at its end.
		firstCredit = sig.creditLines[:1]
	}
	if people == nil && firstHandles == nil && personalSite(site) {
		// A personal site names no author on its pages: it is
		// named after them ("Jane Doe").
		people = []string{strings.Join(strings.Fields(site), " ")}
	}
	return done()
}

// sideAuthors reads the byline of a region set apart from the story by
// its layout only (an <aside> column by the headline holding the story's
// byline and dates, an article's own <footer>): the one such region that
// names people (or a desk or team, its credit), and links to no other
// stories. A box its classes call a sidebar or a widget is the site's,
// not the story's.
func sideAuthors(sig *bodySignals, take func(names, credits []string) bool) {
	var names, credits []string
	found := 0
	for _, side := range sig.sides {
		if side.root == nil || (side.root.DataAtom != atom.Aside && side.root.DataAtom != atom.Footer) {
			continue
		}
		if w := outsideWord(side.root); w != "" && (w != "footer" || !hasAncestor(side.root, atom.Article)) {
			continue
		}
		if side.headingLinks > 0 || (sig.h1Pos >= 0 && (side.h1Pos-sig.h1Pos > 400 || sig.h1Pos-side.h1Pos > 400)) {
			continue
		}
		var ns, cs []string
		for _, c := range side.bylines {
			n, k := bylinePartsOf(c.text, false, false)
			ns = addAuthors(ns, n...)
			cs = addAuthors(cs, teamCredits(k)...)
		}
		if len(ns) == 0 && len(side.authorLinks) <= 3 {
			for _, c := range side.authorLinks {
				n, _ := bylineParts(c.text, false)
				ns = addAuthors(ns, n...)
			}
		}
		if len(ns) > 0 || len(cs) > 0 {
			found++
			names, credits = ns, cs
		}
	}
	if found == 1 && len(names) <= 4 {
		take(names, credits)
	}
}

// shownByline is the names of a byline that says "By" right by the
// headline, in full (first and last names).
func shownByline(sig *bodySignals) []string {
	if sig.h1Pos < 0 {
		return nil
	}
	for _, c := range near(sig.bylines, sig.h1Pos, 60) {
		if !rxExplicitBy.MatchString(c.text) {
			continue
		}
		ns, cs := bylineParts(c.text, false)
		if len(ns) == 0 || len(cs) > 0 {
			return nil
		}
		for _, n := range ns {
			if !strings.Contains(n, " ") {
				return nil
			}
		}
		return ns
	}
	return nil
}

// coAuthors adds to people the others a row of links marked rel=author
// by the headline names with them: the data may give the first author
// alone. The row is a few links close together, none labelled as other
// work ("Reviewed by"), each a full name, and names all of people.
func coAuthors(sig *bodySignals, people []string, site string, accounts map[string]bool) []string {
	links := near(sig.relAuthors, sig.h1Pos, 250)
	for i, c := range links {
		if ns, _ := bylineParts(c.text, false); !sharesName(ns, people) {
			continue
		}
		lo, hi := i, i
		for lo > 0 && links[lo].pos-links[lo-1].pos <= 15 {
			lo--
		}
		for hi < len(links)-1 && links[hi+1].pos-links[hi].pos <= 15 {
			hi++
		}
		if hi == lo || hi-lo >= 4 {
			return people
		}
		var row []string
		for _, l := range links[lo : hi+1] {
			ns, cs := bylineParts(l.text, false)
			if len(ns) != 1 || len(cs) > 0 || !strings.Contains(ns[0], " ") || orgLike(ns[0], site) || accounts[strings.ToLower(ns[0])] {
				return people
			}
			row = addAuthors(row, ns...)
		}
		for _, p := range people {
			if !sharesName([]string{p}, row) {
				return people
			}
		}
		return addAuthors(slices.Clone(people), row...)
	}
	return people
}

// editedBy reports names the page all labels its editors.
func editedBy(sig *bodySignals, names []string) bool {
	for _, n := range names {
		if !slices.ContainsFunc(sig.editors, func(e string) bool { return strings.EqualFold(e, n) }) {
			return false
		}
	}
	return len(names) > 0
}

// sharesName reports two lists that name a person in common, by full
// name, by surname, or by a name with words run on ("Sophie Foster
// Travel").
func sharesName(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			lx, ly := strings.ToLower(x), strings.ToLower(y)
			if lx == ly || strings.HasSuffix(lx, " "+ly) || strings.HasSuffix(ly, " "+lx) || strings.HasPrefix(lx, ly+" ") || strings.HasPrefix(ly, lx+" ") {
				return true
			}
			fx, fy := strings.Fields(lx), strings.Fields(ly)
			if len(fx) > 1 && len(fy) > 1 && fx[len(fx)-1] == fy[len(fy)-1] {
				return true
			}
		}
	}
	return false
}

// innerBylines are the bylines within c, judged by their places and
// words, that hold no other: the leaves of a byline drawn in parts.
func innerBylines(all []posText, c posText) []posText {
	var in []posText
	for _, d := range all {
		if d.pos > c.pos && d.pos <= c.pos+40 && len(d.text) < len(c.text) && strings.Contains(c.text, d.text) {
			in = append(in, d)
		}
	}
	var leaves []posText
	for i, d := range in {
		leaf := true
		for _, e := range in[i+1:] {
			if e.pos <= d.pos+40 && len(e.text) < len(d.text) && strings.Contains(d.text, e.text) {
				leaf = false
				break
			}
		}
		if leaf {
			leaves = append(leaves, d)
		}
	}
	return leaves
}

// replyType reports a schema.org type of a reply to the page's item.
func replyType(t string) bool {
	t = strings.ToLower(t)
	return strings.HasSuffix(t, "/answer") || strings.HasSuffix(t, "/comment")
}

// microScope is the item of the microdata author at pos.
func microScope(sig *bodySignals, pos int) *html.Node {
	for i, c := range sig.microAuthors {
		if c.pos == pos && i < len(sig.microScopes) {
			return sig.microScopes[i]
		}
	}
	return nil
}

// personRoles are the role words that name what a person is.
var personRoles = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`writer writers reporter reporters correspondent correspondents editor
		editors columnist contributor contributors producer photographer analyst journalist author expert
		specialist strategist consultant coach founder ceo president director manager intern assistant
		redakteur redakteurin korrespondent korrespondentin autor autorin journaliste rédacteur
		rédactrice correspondant correspondante redactor redactora corresponsal periodista giornalista`) {
		personRoles[w] = true
	}
}

// orgShaped reports a name written as an organisation's: a few words,
// capitalised (but for small words), without digits, not ending in a role
// ("Digital Security Expert").
func orgShaped(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 6 || personRoles[strings.ToLower(words[len(words)-1])] {
		return false
	}
	for _, w := range words {
		if strings.IndexFunc(w, unicode.IsDigit) >= 0 {
			return false
		}
		switch strings.ToLower(w) {
		case "of", "and", "the", "&", "for", "de", "du", "des", "der", "die", "und":
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !orgWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// orgName tidies an organisation's name for the credit: no address, no
// "By".
func orgName(s string) string {
	s = rxURL.ReplaceAllString(s, " ")
	s = rxParen.ReplaceAllString(s, " ")
	s = rxLead.ReplaceAllString(strings.Join(strings.Fields(s), " "), "")
	s = strings.Trim(s, " .,:;-–—*\"'“”«»")
	if utf8.RuneCountInString(s) > 80 || strings.IndexFunc(s, unicode.IsLetter) < 0 {
		return ""
	}
	return s
}
