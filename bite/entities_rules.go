package bite

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbite/newsbite/bite/internal/ner"
	"github.com/newsbite/newsbite/bite/internal/terms"
)

// The tagger reads one sentence at a time, word by word; the rules here
// read the whole name and the whole text. They mend the names it splits
// ("Goddard Space" + "Flight Center", "Fritz Eckart" + "von Weizsäcker"),
// drop what names no one (job titles, common acronyms, an imperative that
// opens a sentence) and give a name one kind through the text.

// jobWords head the phrases that name a post, not a person: "Chief
// Product Officer", "Distinguished Professor".
var jobWords = map[string]bool{
	"officer": true, "professor": true, "director": true, "chief": true, "executive": true,
	"president": true, "manager": true, "editor": true, "minister": true, "secretary": true,
	"chairman": true, "chairwoman": true, "founder": true, "co-founder": true,
	"provost": true, "lecturer": true, "researcher": true, "scientist": true,
	"analyst": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"vice-president": true, "chancellor": true, "engineer": true,
	"correspondent": true, "reporter": true, "architect": true, "officers": true,
	"directors": true, "commissioner": true, "governor": true, "senator": true, "ambassador": true,
	"superintendent": true, "treasurer": true, "advisor": true, "adviser": true,
	"coordinator": true, "strategist": true, "evangelist": true,
}

// commonAcronyms are written in capitals but name no one: posts (CEO),
// things (AI, TV) and words (OK).
var commonAcronyms = map[string]bool{
	"CEO": true, "CFO": true, "CTO": true, "COO": true, "CPO": true, "CIO": true, "CMO": true,
	"CISO": true, "CSO": true, "CRO": true, "CDO": true, "EVP": true, "SVP": true, "VP": true,
	"AI": true, "IT": true, "TV": true, "OK": true, "PC": true, "GDP": true, "IoT": true, "API": true,
	"SaaS": true, "OT": true, "VR": true, "AR": true, "ML": true, "LLM": true, "GPS": true, "SMS": true,
	"PDF": true, "USB": true, "DNA": true, "HIV": true, "ID": true, "ATM": true, "VAT": true, "IPO": true,
	"EV": true, "HR": true, "PR": true, "FAQ": true, "CCTV": true, "SUV": true, "PhD": true, "MBA": true,
	"RNA": true, "CPU": true, "GPU": true, "URL": true, "Wi-Fi": true, "OS": true, "UI": true, "UX": true,
}

// orgHeads end the names of organisations and of the places they are:
// "Goddard Space Flight Center", "W. M. Keck Observatory".
var orgHeads = map[string]bool{
	"center": true, "centre": true, "observatory": true, "university": true, "college": true,
	"institute": true, "agency": true, "hospital": true, "clinic": true, "foundation": true,
	"company": true, "corporation": true, "council": true, "committee": true, "commission": true,
	"ministry": true, "department": true, "association": true, "society": true, "bank": true,
	"school": true, "academy": true, "laboratory": true, "laboratories": true, "museum": true,
	"party": true, "union": true, "group": true, "inc": true, "ltd": true, "corp": true, "llc": true,
	"plc": true, "gmbh": true, "ag": true, "news": true, "times": true, "journal": true, "press": true,
	"network": true, "administration": true, "authority": true, "office": true, "bureau": true,
	"service": true, "services": true, "board": true, "court": true, "police": true, "army": true,
	"navy": true, "force": true, "forces": true, "club": true, "team": true, "labs": true,
	"technologies": true, "systems": true, "airlines": true, "airways": true, "federation": true,
	"organisation": true, "organization": true, "trust": true, "fund": true, "initiative": true,
}

// reportVerbs after a name make it someone who speaks or reports, not a
// place ("…, Kan reported on Wednesday").
var reportVerbs = map[string]bool{
	"reported": true, "reports": true, "said": true, "says": true, "told": true, "announced": true,
	"tweeted": true, "wrote": true, "confirmed": true, "added": true, "stated": true,
}

var initialBefore = regexp.MustCompile(`(?:^|[\s(])(\p{Lu}\.) $`)

// joinMentions mends names the tagger split: two names with only a space
// between them ("Shelia" + "R. Cotten"), or with a name particle ("Fritz
// Eckart" + "von Weizsäcker"), are one; so is an initial before a name
// ("W." + "M. Keck Observatory"). A descriptive word the tagger marks
// MISC joins the name it opens ("Islamic" + "State").
func joinMentions(text string, ms []ner.Mention) []ner.Mention {
	whole := map[string]bool{}
	for _, m := range ms {
		if m.Type != "MISC" {
			whole[m.Text] = true
		}
	}
	var out []ner.Mention
	for _, m := range ms {
		from := 0
		if n := len(out); n > 0 {
			from = out[n-1].End
		}
		if loc := initialBefore.FindStringSubmatchIndex(text[from:m.Start]); loc != nil && isInitial(strings.TrimSuffix(text[from+loc[2]:from+loc[3]], ".")) {
			loc[2] += from
			m.Start = loc[2]
			m.Text = text[m.Start:m.End]
		}
		if n := len(out); n > 0 {
			prev := out[n-1]
			gap := text[prev.End:m.Start]
			particle := particleGap(gap)
			if (gap == " " || particle) && upperAt(m.Text, 0) && joinable(prev, m, particle, whole) {
				if kind := joinedKind(prev, m, particle, text[prev.Start:m.End]); kind != "" {
					out[n-1] = ner.Mention{Type: kind, Text: text[prev.Start:m.End], Start: prev.Start, End: m.End}
					continue
				}
			}
		}
		out = append(out, m)
	}
	return out
}

// particleGap reports whether gap is one or two name particles between
// spaces: " von ", " van der ".
func particleGap(gap string) bool {
	w := strings.Fields(gap)
	if len(w) == 0 || len(w) > 2 || !strings.HasPrefix(gap, " ") || !strings.HasSuffix(gap, " ") || strings.Contains(gap, "\n") {
		return false
	}
	for _, x := range w {
		if !nameParticles[x] {
			return false
		}
	}
	return true
}

// joinable reports whether two names side by side are one.
func joinable(a, b ner.Mention, particle bool, whole map[string]bool) bool {
	if particle {
		return a.Type == kindPER || b.Type == kindPER
	}
	if a.Type == "MISC" {
		// Only where the text tags the whole as one name elsewhere:
		// "Islamic State", but not "German Foreign Ministry".
		return (b.Type == kindORG || b.Type == kindLOC) && whole[a.Text+" "+b.Text]
	}
	if b.Type == "MISC" {
		return false
	}
	// A possessive or an acronym ends a name: "NASA Goddard" is two.
	if strings.HasSuffix(a.Text, "'s") || strings.HasSuffix(a.Text, "’s") {
		return false
	}
	return true
}

// thingHeads end the names of awards, contests and shows, which name no
// person even where a person's name opens them ("Philip K. Dick Award").
var thingHeads = map[string]bool{
	"award": true, "awards": true, "prize": true, "cup": true, "trophy": true, "medal": true,
	"championship": true, "championships": true, "games": true, "olympics": true, "festival": true,
	"lecture": true, "memorial": true,
}

// headKind is the kind the last of a name's words w gives it: MISC for an
// award or a contest, an organisation for an organisation's head word,
// else "".
func headKind(w []string) string {
	if thingHeads[strings.ToLower(w[len(w)-1])] {
		return "MISC"
	}
	if orgHeads[strings.ToLower(strings.TrimSuffix(w[len(w)-1], "."))] {
		return kindORG
	}
	return ""
}

// joinedKind is the kind of a name joined from a and b.
func joinedKind(a, b ner.Mention, particle bool, name string) string {
	w := strings.Fields(name)
	if k := headKind(w); k != "" {
		return k
	}
	if particle || a.Type == b.Type {
		return b.Type
	}
	if a.Type == "MISC" {
		return b.Type
	}
	// "Shelia" + "R. Cotten": an initial belongs to a person.
	for _, x := range w {
		if b.Type != kindPER {
			break
		}
		if isInitial(strings.TrimSuffix(x, ".")) && strings.HasSuffix(x, ".") {
			return kindPER
		}
	}
	// Names of two kinds side by side are two names ("PolitiFact" +
	// "Aaron Sharockman") unless the words tell otherwise.
	return ""
}

// jobTitle reports whether a name is the name of a post: its last word,
// or its first before "of", is a job word ("Chief Cyber Solutions
// Officer", "Professor of Sociology"), or it is all job words.
func jobTitle(name string) bool {
	w := strings.Fields(strings.ToLower(name))
	if len(w) == 0 {
		return false
	}
	if jobWords[strings.TrimSuffix(w[len(w)-1], "’s")] || jobWords[strings.TrimSuffix(w[len(w)-1], "'s")] {
		return true
	}
	return len(w) > 2 && jobWords[w[0]] && w[1] == "of"
}

// commonAcronym reports whether name is an abbreviation of a post or a
// thing, or of a post's kind (CxO).
func commonAcronym(name string) bool {
	if commonAcronyms[name] {
		return true
	}
	return len(name) == 3 && name[0] == 'C' && name[2] == 'O' && unicode.IsUpper(rune(name[1]))
}

// atSentenceStart reports whether off opens a sentence: nothing before it
// on its line but opening marks or a list number, or the end of a
// sentence.
func atSentenceStart(text string, off int) bool {
	// A bounded look back: what matters is the last few characters.
	from := max(0, off-80)
	for from > 0 && !utf8.RuneStart(text[from]) {
		from++
	}
	ls := from + strings.LastIndexByte(text[from:off], '\n') + 1
	before := strings.TrimRightFunc(text[ls:off], func(r rune) bool { return unicode.IsSpace(r) || isOpener(r) })
	if before == "" && ls == from && from > 0 {
		return false // a long run of spaces and marks inside a line
	}
	if before == "" || listNumber.MatchString(before) {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	if isCloser(r) {
		before = strings.TrimRightFunc(before, isCloser)
		r, _ = utf8.DecodeLastRuneInString(before)
	}
	return isTerminator(r) || r == ':'
}

var listNumber = regexp.MustCompile(`^(?:\d{1,2}|[a-z])[.)]$`)

// lonelyOpener reports whether a one-word name is only a common word,
// capitalised as it opens a sentence ("Set times and…"): it stands at a
// sentence start wherever the text has it, and is no place.
func lonelyOpener(text string, m ner.Mention, name string, seen map[string]bool) bool {
	if strings.Contains(name, " ") || name != m.Text || !atSentenceStart(text, m.Start) || terms.Place(name) {
		return false
	}
	if name == strings.ToUpper(name) || !terms.Common(terms.Stem(strings.ToLower(name))) {
		return false
	}
	if v, ok := seen[name]; ok {
		return v
	}
	lonely := true
	for off := 0; off < len(text); {
		i := strings.Index(text[off:], name)
		if i < 0 {
			break
		}
		i += off
		off = i + len(name)
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		next, _ := utf8.DecodeRuneInString(text[off:])
		if i > 0 && (unicode.IsLetter(prev) || unicode.IsDigit(prev)) || unicode.IsLetter(next) || unicode.IsDigit(next) {
			continue // inside another word
		}
		if !atSentenceStart(text, i) {
			lonely = false
			break
		}
	}
	seen[name] = lonely
	return lonely
}

// retype corrects a mention's kind from its context: a name after a post
// ("Officer at Cloudflare", "Professor of …, Clemson University") is an
// organisation, as is a "person" ending with an organisation's head
// word; a one-word "place" that opens a clause and reports ("…, Kan
// reported") is an organisation unless it is a known place.
func retype(text string, m ner.Mention, name, kind string) string {
	w := strings.Fields(name)
	if kind == kindPER && len(w) > 1 {
		if k := headKind(w); k != "" {
			return k
		}
	}
	if kind == kindORG || terms.Place(name) {
		return kind
	}
	// "republished from The Conversation": a capitalised article inside
	// a sentence opens a title, not a place (but "at The Oval" is a venue).
	if kind == kindLOC && strings.HasPrefix(m.Text, "The ") && !atSentenceStart(text, m.Start) && !strings.HasSuffix(strings.TrimRight(text[:m.Start], " "), " at") {
		return kindORG
	}
	if _, alias := aliasFor(name); alias {
		return kind
	}
	before := strings.Fields(text[max(0, m.Start-40):m.Start])
	if n := len(before); n >= 2 {
		last := strings.ToLower(before[n-1])
		post := strings.ToLower(strings.TrimRight(before[n-2], ","))
		if (last == "at" || last == "of") && jobWords[post] {
			return kindORG
		}
		// "Officer, Cloudflare" but "nominee for governor, Jim Hood".
		if strings.HasSuffix(before[n-1], ",") && jobWords[strings.ToLower(strings.TrimSuffix(before[n-1], ","))] && (kind != kindPER || len(w) == 1) {
			return kindORG
		}
	}
	if kind == kindLOC && len(w) == 1 {
		after := strings.Fields(text[m.End:min(len(text), m.End+20)])
		lead := strings.TrimRight(text[:m.Start], " ")
		subject := strings.HasSuffix(lead, ",") || atSentenceStart(text, m.Start)
		if subject && len(after) > 0 && reportVerbs[after[0]] && !strings.HasPrefix(text[m.End:], ",") {
			return kindORG
		}
	}
	return kind
}

// consistentKinds gives every mention of one name the kind the text
// gives that name most often ("Europa" the moon, tagged as a place four
// times and as an organisation three).
func consistentKinds(ms []*mention) {
	votes := map[string]map[string]int{}
	for _, m := range ms {
		k := normName(m.text)
		if votes[k] == nil {
			votes[k] = map[string]int{}
		}
		votes[k][m.kind]++
	}
	for _, m := range ms {
		v := votes[normName(m.text)]
		best := majority(v, m.kind)
		// A name the tagger reads as a person as often as as a team or a
		// firm ("Wild coach Bruce Boudreau") stays what each mention says.
		if best == kindPER && v[kindPER] <= v[kindORG]+v[kindLOC] {
			continue
		}
		// A given name opens a person's name, whatever headlines in
		// title case made of the others ("Erika Ishii Picks").
		if m.kind == kindPER && best != kindPER {
			if _, given := firstNames[strings.ToLower(strings.Fields(m.text)[0])]; given {
				continue
			}
		}
		if v[best] > v[m.kind] {
			m.kind = best
		}
	}
}

// craftNouns after a name make it the name of a craft, not of its maker
// or of a person: "NASA's Galileo spacecraft", "a Chinook helicopter".
var craftNouns = map[string]bool{
	"spacecraft": true, "probe": true, "rover": true, "helicopter": true, "helicopters": true,
	"jet": true, "jets": true, "drone": true, "drones": true, "missile": true, "missiles": true,
	"rocket": true, "satellite": true, "telescope": true, "submarine": true, "warship": true,
	"lander": true, "orbiter": true, "capsule": true, "spaceship": true, "mission": true,
}

// namesCraft reports whether the name at m is followed by a craft noun.
func namesCraft(text string, m ner.Mention, kind, name string) bool {
	if kind != kindPER && !strings.Contains(name, " ") {
		return false
	}
	after := strings.Fields(text[m.End:min(len(text), m.End+30)])
	return len(after) > 0 && craftNouns[strings.TrimRight(after[0], ".,;:")] && !strings.ContainsAny(text[m.End:m.End+1], ",;:.")
}

// bodies of the solar system are places, never people.
var bodies = map[string]bool{
	"mercury": true, "venus": true, "earth": true, "mars": true, "jupiter": true, "saturn": true,
	"uranus": true, "neptune": true, "pluto": true,
}

// orgFirstWords open the names of organisations in the languages news
// transliterates: Arabic "front", "movement", "party", "army", Urdu
// "movement", "army".
var orgFirstWords = map[string]bool{
	"jabhat": true, "harakat": true, "hizb": true, "jaish": true, "jaysh": true, "ansar": true,
	"kataib": true, "liwa": true, "jamaat": true, "tehreek": true, "tehrik": true, "lashkar": true,
	"hayat": true, "hay'at": true, "hay’at": true, "fatah": true, "saraya": true, "asaib": true,
}

// fixKinds mends entities by what the whole text says of them: a lone
// name that only opens a longer name of the text is that name, unless it
// is named more often (by two or more) and the longer name is not the
// firm's full name ("Goddard" of "Goddard Space Flight Center", "Magna"
// of "Magna International Inc", but not "Obama" of "the Obama National
// Security Council"); a lone "person" that is a known place or a planet is a
// place; and a "person" whose name opens with an organisation's word is
// an organisation.
func (an *analysis) fixKinds() {
	for _, e := range an.ents {
		if e.count > 0 && bodies[strings.ToLower(e.name)] {
			e.kind = kindLOC
		}
		if e.count == 0 || e.kind != kindPER {
			continue
		}
		w := nameTokens(e.name)
		if len(w) == 1 {
			if terms.Place(e.name) || bodies[w[0]] {
				e.kind = kindLOC
			} else if b := an.longerName(e); b != nil && (e.count <= b.count+1 || firmSuffixes(b.name)) {
				an.fold(e, b)
			}
			continue
		}
		// "Jabhat al-Nusra": a name that opens with an organisation's
		// word is an organisation.
		if orgFirstWords[strings.ToLower(strings.Fields(e.name)[0])] {
			e.kind = kindORG
		}
	}
}

// corporateWords follow a firm's short name in its full one: "Magna
// International Inc".
var corporateWords = map[string]bool{
	"international": true, "inc": true, "inc.": true, "corp": true, "corp.": true, "corporation": true,
	"group": true, "holdings": true, "ltd": true, "ltd.": true, "plc": true, "ag": true, "sa": true,
	"co": true, "co.": true, "company": true, "llc": true, "limited": true, "gmbh": true, "nv": true,
	"se": true, "industries": true, "technologies": true, "systems": true, "incorporated": true,
}

// firmSuffixes reports whether every word of name after the first is a
// corporate word: the full name of the firm its first word names.
func firmSuffixes(name string) bool {
	w := strings.Fields(strings.ToLower(name))
	for _, x := range w[1:] {
		if !corporateWords[strings.Trim(x, ",")] {
			return false
		}
	}
	return len(w) > 1
}

// longerName returns the organisation or place of two words or more whose
// first word is the one-word name of e.
func (an *analysis) longerName(e *entity) *entity {
	for _, b := range an.ents {
		w := strings.Fields(b.name)
		if b != e && b.count > 0 && b.kind != kindPER && len(w) > 1 && w[0] == e.name {
			return b
		}
	}
	return nil
}

// firmNameRe finds the name a firm's description introduces: "data
// management firm EncompaaS", "the software maker Brightwave".
var firmNameRe = regexp.MustCompile(`\b(?:firm|company|startup|start-up|maker|provider|vendor|developer|manufacturer|retailer|consultancy|insurer|lender)\s+(\p{Lu}[\p{L}\p{N}&-]*(?:\s\p{Lu}[\p{L}\p{N}&-]*){0,2})`)

// addFirms adds the organisations named after a description of a firm
// that the tagger passed over.
func addFirms(text string, ms []*mention) []*mention {
	var add []*mention
	for _, loc := range firmNameRe.FindAllStringSubmatchIndex(text, -1) {
		s, e := loc[2], loc[3]
		name := text[s:e]
		if commonAcronym(name) || calendarWords[strings.ToLower(name)] || leadingNonName[strings.ToLower(name)] {
			continue
		}
		if !covers(ms, s, e) {
			add = append(add, &mention{start: s, end: e, text: name, kind: kindORG})
		}
	}
	return withMentions(ms, add)
}

// addRepeats tags the untagged occurrences of the one-word organisations
// and places the text names elsewhere: one name keeps one sense through
// an article ("firm EncompaaS", then "CPO, EncompaaS").
func addRepeats(text string, lower map[string]bool, ms []*mention) []*mention {
	kinds := map[string]string{}
	person := map[string]bool{}
	for _, m := range ms {
		if m.kind == kindPER {
			person[m.text] = true
		}
		if (m.kind == kindORG || m.kind == kindLOC) && !strings.Contains(m.text, " ") && utf8.RuneCountInString(m.text) > 2 && !lower[strings.ToLower(m.text)] {
			kinds[m.text] = m.kind
		}
	}
	for n := range person {
		delete(kinds, n) // a name of two senses: each mention keeps its own
	}
	if len(kinds) == 0 {
		return ms
	}
	var add []*mention
	j := 0
	for _, loc := range wordRe.FindAllStringIndex(text, -1) {
		w := bareWord(text[loc[0]:loc[1]])
		k, ok := kinds[w]
		if !ok {
			continue
		}
		for j < len(ms) && ms[j].end <= loc[0] {
			j++
		}
		if j < len(ms) && ms[j].start < loc[0]+len(w) {
			continue // tagged already
		}
		add = append(add, &mention{start: loc[0], end: loc[0] + len(w), text: w, kind: k})
	}
	return withMentions(ms, add)
}
