package bite

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbite/newsbite/article"
	"github.com/newsbite/newsbite/bite/internal/ner"
)

// tagsNames reports whether the name tagger, trained on English news, can
// read a's body: English or of unknown language. Elsewhere it would take
// capitalised common words for names, so entities stay empty.
func tagsNames(a *article.Article) bool {
	l := strings.ToLower(a.Language)
	return l == "" || l == "en" || strings.HasPrefix(l, "en-") || strings.HasPrefix(l, "en_")
}

// NamedEntities returns the people, organisations and places of a's body,
// with mentions merged across the forms the article uses.
func NamedEntities(a *article.Article) Entities {
	return analyse(a.Text, tagsNames(a)).entities()
}

// TagTokens tags pre-tokenised sentences of one document with IOB2 labels
// (B-PER, I-ORG, B-LOC, B-MISC, O, ...), as the entity finder does.
func TagTokens(sents [][]string) ([][]string, error) {
	m, err := ner.Default()
	if err != nil {
		return nil, err
	}
	return m.TagSentences(sents), nil
}

// Entity kinds.
const (
	kindPER = "PER"
	kindORG = "ORG"
	kindLOC = "LOC"
)

// mention is one occurrence of a name, tied to the entity it refers to.
type mention struct {
	start, end int
	text       string // as written, title and possessive stripped
	kind       string
	ent        *entity
}

// entity is one person, organisation or place of an article.
type entity struct {
	name   string
	kind   string
	forms  map[string]bool
	votes  map[string]int
	count  int
	first  int
	gender gender
}

// analysis is what the entity finder learns about one text; the quote
// finder uses it to resolve speakers.
type analysis struct {
	text     string
	mentions []*mention // in text order
	ents     []*entity
	quoted   [][2]int // ranges inside quotation marks
	spoken   []spoken // speakers of earlier quotations that name no known person
}

// spoken is a speaker phrase and where it stands.
type spoken struct {
	pos  int
	name string
	g    gender
}

// personTitles precede names and are not part of them.
var personTitles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "mx": true, "dr": true, "prof": true, "professor": true,
	"president": true, "sen": true, "senator": true, "rep": true, "representative": true, "gov": true,
	"governor": true, "judge": true, "justice": true, "gen": true, "general": true, "secretary": true,
	"minister": true, "chancellor": true, "king": true, "queen": true, "prince": true, "princess": true,
	"pope": true, "rev": true, "reverend": true, "sir": true, "dame": true, "lord": true, "lady": true,
	"mayor": true, "sheikh": true, "ayatollah": true, "col": true, "colonel": true, "lt": true, "sgt": true,
	"capt": true, "captain": true, "adm": true, "admiral": true, "maj": true, "major": true, "officer": true,
	"detective": true, "coach": true, "chairman": true, "chairwoman": true, "premier": true, "pm": true,
	"vice": true, "prime": true, "attorney": true, "sheriff": true, "speaker": true, "leader": true,
	"candidate": true, "nominee": true, "commissioner": true, "ambassador": true, "herr": true, "frau": true,
	"m": true, "mme": true, "señor": true, "sr": true, "sra": true, "dr.": true,
}

// leadingNonName are capitalised sentence openers the tagger sometimes
// glues to a name ("Despite Santilli").
var leadingNonName = map[string]bool{
	"despite": true, "but": true, "and": true, "when": true, "after": true, "if": true, "as": true,
	"while": true, "with": true, "without": true, "for": true, "because": true, "although": true,
	"though": true, "since": true, "before": true, "during": true, "unlike": true, "like": true,
	"then": true, "so": true, "yet": true, "meanwhile": true, "also": true, "watching": true, "asked": true,
	"dear": true, "thanks": true, "thank": true, "under": true, "by": true, "from": true, "to": true,
	"in": true, "on": true, "at": true, "of": true, "said": true, "says": true, "told": true,
}

var groupRe = regexp.MustCompile(`^(\p{Lu}\p{L}+ )?\p{Lu}\p{L}+(ans|inos|anos|ics|ims|ists|ites)$`)

// titleFragment reports whether a one-word name ends a title or a longer
// name the tagger split ("Secretary of State").
func titleFragment(text string, off int, name string) bool {
	if strings.Contains(name, " ") {
		return false
	}
	w := strings.Fields(text[max(0, off-30):off])
	return len(w) >= 2 && w[len(w)-1] == "of" && upperAt(w[len(w)-2], 0) && personTitles[strings.ToLower(w[len(w)-2])]
}

// notAName drops what the tagger takes for a name in news copy but names
// no one: weekdays, headlines in title case, groups of people ("Latinos",
// "African Americans"), and single capitalised words the text also uses
// in lower case ("Nation", "City").
func notAName(lower map[string]bool, name string) bool {
	lw := strings.ToLower(name)
	if calendarWords[lw] || leadingNonName[lw] || discourseWords[lw] {
		return true
	}
	w := strings.Fields(name)
	if len(w) > 5 || groupRe.MatchString(name) || strings.ContainsAny(name, "/@#") {
		return true
	}
	if _, alias := aliasFor(name); alias || len(w) > 1 {
		return false
	}
	return lower[lw]
}

// lowerWords returns the words text writes in lower case.
func lowerWords(text string) map[string]bool {
	out := map[string]bool{}
	for _, w := range wordRe.FindAllString(text, -1) {
		w = strings.TrimRight(w, ".")
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			out[w] = true
		}
	}
	return out
}

var discourseWords = map[string]bool{
	"furthermore": true, "moreover": true, "however": true, "meanwhile": true, "editor": true,
	"indeed": true, "instead": true, "still": true, "today": true, "yesterday": true, "tonight": true,
}

// calendarWords are capitalised but name no one.
var calendarWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "january": true, "february": true, "march": true, "april": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
}

// nameSuffixes end names and tell people apart (Donald Trump Jr.).
var nameSuffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// aliasGroups are names that refer to the same thing; the first is used.
var aliasGroups = [][]string{
	{"United States", "U.S.", "US", "USA", "U.S.A.", "United States of America", "the States"},
	{"United Kingdom", "UK", "U.K.", "Britain", "Great Britain"},
	{"Islamic State", "ISIS", "ISIL", "IS", "Daesh", "Islamic State of Iraq and the Levant", "Islamic State of Iraq and Syria"},
	{"European Union", "EU", "E.U."},
	{"United Nations", "UN", "U.N."},
	{"NATO", "North Atlantic Treaty Organization", "Nato"},
	{"Russia", "Russian Federation"},
	{"China", "People's Republic of China", "PRC"},
	{"United Arab Emirates", "UAE", "U.A.E."},
	{"Democratic Republic of Congo", "DRC", "DR Congo"},
	{"Federal Bureau of Investigation", "FBI"},
	{"Central Intelligence Agency", "CIA"},
	{"World Health Organization", "WHO"},
	{"Republican Party", "GOP", "Republicans"},
	{"Democratic Party", "Democrats"},
	{"New York City", "NYC"},
	{"Los Angeles", "L.A.", "LA"},
	{"Hamas", "Islamic Resistance Movement"},
	{"Hezbollah", "Hizbollah", "Hizballah"},
	{"Taliban", "the Taliban"},
}

// aliasKind says what the names of the alias list are, whatever a
// mention's context suggests ("US officials" is about a country).
var aliasKind = map[string]string{
	"United States": kindLOC, "United Kingdom": kindLOC, "Russia": kindLOC, "China": kindLOC,
	"United Arab Emirates": kindLOC, "Democratic Republic of Congo": kindLOC, "New York City": kindLOC,
	"Los Angeles": kindLOC, "Islamic State": kindORG, "European Union": kindORG, "United Nations": kindORG,
	"NATO": kindORG, "Federal Bureau of Investigation": kindORG, "Central Intelligence Agency": kindORG,
	"World Health Organization": kindORG, "Republican Party": kindORG, "Democratic Party": kindORG,
	"Hamas": kindORG, "Hezbollah": kindORG, "Taliban": kindORG,
}

var aliasOf = func() map[string]string {
	m := map[string]string{}
	for _, g := range aliasGroups {
		for _, n := range g {
			m[normName(n)] = g[0]
		}
	}
	return m
}()

// ambiguousAliases are short forms that map to a group only when written
// in capitals ("IS", "US", "WHO"), never as ordinary words.
var ambiguousAliases = map[string]bool{"is": true, "us": true, "who": true, "la": true}

func normName(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "the ")
	s = strings.ReplaceAll(s, "’", "'")
	return s
}

func aliasFor(form string) (string, bool) {
	n := normName(form)
	if ambiguousAliases[n] && form != strings.ToUpper(form) {
		return "", false
	}
	c, ok := aliasOf[n]
	return c, ok
}

// cleanName strips titles, possessives and stray punctuation from a name.
func cleanName(s string) string {
	s = strings.TrimSpace(s)
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		s = strings.TrimSuffix(s, suf)
	}
	s = strings.Trim(s, " ,;:\"“”‘(―—–-")
	words := strings.Fields(s)
	for len(words) > 1 && (personTitles[strings.ToLower(strings.TrimSuffix(words[0], "."))] || leadingNonName[strings.ToLower(words[0])]) {
		words = words[1:]
	}
	if len(words) > 1 && strings.EqualFold(words[0], "the") {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// nameEnd cuts a tagged name after its last capitalised word: a name
// ends with a name, not a word the tagger ran on into ("Herbert
// wasn’t").
func nameEnd(name string) string {
	words := strings.Fields(name)
	for len(words) > 1 && !hasUpper(words[len(words)-1]) && !unicode.IsDigit([]rune(words[len(words)-1])[0]) {
		words = words[:len(words)-1]
	}
	return strings.Join(words, " ")
}

func nameTokens(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		lw := strings.ToLower(strings.TrimSuffix(w, "."))
		if nameSuffixes[lw] {
			continue
		}
		out = append(out, lw)
	}
	return out
}

var acronymRe = regexp.MustCompile(`^\(([A-Z][A-Za-z.&]{1,9})\)`)

// clipText cuts text to maxText bytes at a line break (or a rune boundary).
func clipText(text string) string {
	if len(text) <= maxText {
		return text
	}
	cut := maxText
	if i := strings.LastIndexByte(text[:cut], '\n'); i > maxText/2 {
		return text[:i]
	}
	for cut > 0 && !utf8.RuneStart(text[cut]) {
		cut--
	}
	return text[:cut]
}

// maxText bounds the body that quotes and entities read: far beyond any
// article, it keeps the work on pathological input linear in practice.
const maxText = 200 << 10

// analyse tags text and merges the mentions into entities.
func analyse(text string, tag bool) *analysis {
	text = clipText(text)
	an := &analysis{text: text}
	if !tag {
		return an
	}
	ms, err := ner.Find(text)
	if err != nil {
		return an
	}
	ms = joinMentions(text, ms)
	lower := lowerWords(text)
	var raw []*mention
	openers := map[string]bool{}
	for _, m := range ms {
		kind := m.Type
		if kind == "MISC" {
			continue
		}
		name := nameEnd(cleanName(m.Text))
		if name == "" || !hasUpper(name) || notAName(lower, name) || titleFragment(text, m.Start, name) {
			continue
		}
		if (kind == kindPER || !strings.Contains(name, " ")) && jobTitle(name) || commonAcronym(name) || lonelyOpener(text, m, name, openers) || namesCraft(text, m, kind, name) {
			continue
		}
		if kind = retype(text, m, name, kind); kind == "MISC" {
			continue
		}
		// A title before the name makes it a person: "Mr. Biden".
		if kind != kindPER && (titleBefore(text, m.Start) || titleInside(m.Text)) {
			if _, alias := aliasFor(name); !alias {
				kind = kindPER
			}
		}
		raw = append(raw, &mention{start: m.Start, end: m.End, text: name, kind: kind})
	}
	consistentKinds(raw)
	raw = addRepeats(text, lower, addFirms(text, raw))
	an.mentions = addSurnames(text, lower, raw)
	an.merge()
	an.fixKinds()
	an.inferGender()
	return an
}

// addSurnames tags the untagged occurrences of the surnames of people the
// text names in full: one name keeps one sense through an article.
func addSurnames(text string, lower map[string]bool, ms []*mention) []*mention {
	surnames := map[string]bool{}
	for _, m := range ms {
		w := strings.Fields(m.text)
		if m.kind != kindPER || len(w) < 2 {
			continue
		}
		last := w[len(w)-1]
		if nameSuffixes[strings.ToLower(strings.TrimSuffix(last, "."))] {
			continue
		}
		if utf8.RuneCountInString(last) > 2 && upperAt(last, 0) && !lower[strings.ToLower(last)] {
			surnames[last] = true
		}
	}
	if len(surnames) == 0 {
		return ms
	}
	var add []*mention
	for _, loc := range wordRe.FindAllStringIndex(text, -1) {
		w := bareWord(text[loc[0]:loc[1]])
		if !surnames[w] || covers(ms, loc[0], loc[0]+len(w)) {
			continue
		}
		add = append(add, &mention{start: loc[0], end: loc[0] + len(w), text: w, kind: kindPER})
	}
	return withMentions(ms, add)
}

// bareWord is a word of the text without a full stop or a possessive
// after it: "Kirby's" and "Kirby." are "Kirby".
func bareWord(w string) string {
	w = strings.TrimSuffix(w, ".")
	return strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
}

// withMentions adds the mentions add to ms, keeping text order.
func withMentions(ms, add []*mention) []*mention {
	if len(add) == 0 {
		return ms
	}
	out := append(ms, add...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// covers reports whether a mention of ms overlaps text[s:e].
func covers(ms []*mention, s, e int) bool {
	for _, m := range ms {
		if m.start < e && m.end > s {
			return true
		}
	}
	return false
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

func titleInside(s string) bool {
	w := strings.Fields(s)
	return len(w) > 1 && personTitles[strings.ToLower(strings.TrimSuffix(w[0], "."))] && w[0] != strings.ToUpper(w[0])
}

// titleBefore reports whether a personal title (Mr, Dr, Sen.) ends just
// before offset.
func titleBefore(text string, off int) bool {
	before := strings.TrimRight(text[:off], " ")
	i := strings.LastIndexAny(before, " \n\t\"“(")
	w := strings.TrimSuffix(before[i+1:], ".")
	switch strings.ToLower(w) {
	case "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "prof", "sir", "dame", "mx", "president", "senator", "chancellor", "minister":
		return true
	}
	return false
}

// merge groups the mentions into entities.
func (an *analysis) merge() {
	byKey := map[string]*entity{}
	newEnt := func(m *mention, name, kind string) *entity {
		e := &entity{name: name, kind: kind, forms: map[string]bool{}, votes: map[string]int{}, first: m.start}
		an.ents = append(an.ents, e)
		return e
	}
	attach := func(m *mention, e *entity) {
		m.ent = e
		e.count++
		e.votes[m.kind]++
		e.forms[m.text] = true
	}
	// Equations in the text: "the Islamic State (IS)" makes IS an alias.
	equated := map[string]string{}
	for _, m := range an.mentions {
		rest := strings.TrimLeft(an.text[m.end:], " ")
		if g := acronymRe.FindStringSubmatch(rest); g != nil && g[1] != m.text &&
			(g[1] == strings.ToUpper(g[1]) || initials(m.text) == strings.ToUpper(strings.ReplaceAll(g[1], ".", ""))) {
			equated[normName(g[1])] = m.text
		}
	}
	// People first: full names, then single names.
	var people []*entity
	for _, m := range an.mentions {
		toks := nameTokens(m.text)
		if m.kind != kindPER || len(toks) < 2 {
			continue
		}
		var hit *entity
		for _, e := range people {
			et := nameTokens(e.name)
			if len(et) > 0 && et[0] == toks[0] && et[len(et)-1] == toks[len(toks)-1] && hasSuffix(e.name) == hasSuffix(m.text) {
				hit = e
				break
			}
		}
		if hit == nil {
			hit = newEnt(m, m.text, kindPER)
			people = append(people, hit)
		} else if len(strings.Fields(m.text)) > len(strings.Fields(hit.name)) {
			hit.name = m.text
		}
		attach(m, hit)
	}
	// Single names (and stray one-word ORG/LOC mentions that are a known
	// person's surname) go to the person they most likely mean.
	for _, m := range an.mentions {
		if m.ent != nil {
			continue
		}
		toks := nameTokens(m.text)
		if len(toks) != 1 {
			continue
		}
		if m.kind != kindPER {
			if _, alias := aliasFor(m.text); alias {
				continue
			}
		}
		if e := an.personFor(toks[0], m.start, people, m.kind == kindPER); e != nil {
			m.kind = kindPER
			attach(m, e)
		} else if m.kind == kindPER {
			e := newEnt(m, m.text, kindPER)
			people = append(people, e)
			attach(m, e)
		}
	}
	// Organisations and places: alias list, equations, acronyms.
	for _, m := range an.mentions {
		if m.ent != nil {
			continue
		}
		key := normName(m.text)
		canon := m.text
		if c, ok := aliasFor(m.text); ok {
			canon = c
		} else if c, ok := equated[key]; ok {
			canon = c
		}
		if c, ok := aliasFor(canon); ok {
			canon = c
		}
		ck := normName(canon)
		e := byKey[ck]
		if e == nil {
			e = newEnt(m, canon, m.kind)
			byKey[ck] = e
		}
		attach(m, e)
	}
	an.mergeAcronyms()
	for _, e := range an.ents {
		e.kind = majority(e.votes, e.kind)
		if k, ok := aliasKind[e.name]; ok {
			e.kind = k
		}
	}
	an.mergeShortForms()
}

func hasSuffix(name string) bool {
	w := strings.Fields(name)
	return len(w) > 1 && nameSuffixes[strings.ToLower(strings.TrimSuffix(w[len(w)-1], "."))]
}

// personFor finds the person a single name refers to: a full name with
// that surname (or first name), the most recent one before off when
// several fit.
func (an *analysis) personFor(tok string, off int, people []*entity, firstNames bool) *entity {
	var best *entity
	bestLast := -1
	for _, e := range people {
		et := nameTokens(e.name)
		if len(et) == 0 {
			continue
		}
		if len(et) < 2 {
			if et[0] == tok && best == nil {
				best = e
			}
			continue
		}
		if !sameSurname(et[len(et)-1], tok) && !(firstNames && et[0] == tok) {
			continue
		}
		// The latest mention of e before off.
		last := -1
		for _, m := range an.mentions {
			if m.ent == e && m.start < off {
				last = m.start
			}
		}
		if best == nil || last > bestLast || (last == bestLast && e.count > best.count) {
			best, bestLast = e, last
		}
	}
	return best
}

// sameSurname compares a full name's last word with a lone name, past an
// Arabic article ("al-Assad" and "Assad").
func sameSurname(last, tok string) bool {
	if last == tok {
		return true
	}
	for _, p := range []string{"al-", "el-", " al", "bin-", "ibn-"} {
		if strings.TrimPrefix(last, p) == strings.TrimPrefix(tok, p) && strings.HasPrefix(last, p) != strings.HasPrefix(tok, p) {
			return true
		}
	}
	return false
}

// mergeShortForms folds a one-word organisation into the longer one of the
// text it ends ("the Post", "the Washington Post").
func (an *analysis) mergeShortForms() {
	for _, a := range an.ents {
		if a.count == 0 || a.kind != kindORG || strings.Contains(a.name, " ") || !an.afterThe(a) {
			continue
		}
		for _, b := range an.ents {
			w := strings.Fields(b.name)
			if b == a || b.count == 0 || b.kind != kindORG || len(w) < 2 || !strings.EqualFold(w[len(w)-1], a.name) {
				continue
			}
			an.fold(a, b)
			break
		}
	}
}

// afterThe reports whether every mention of e follows "the" ("the Post",
// not "Secretary of State").
func (an *analysis) afterThe(e *entity) bool {
	n := 0
	for _, m := range an.mentions {
		if m.ent != e {
			continue
		}
		if !strings.HasSuffix(strings.ToLower(an.text[max(0, m.start-4):m.start]), "the ") {
			return false
		}
		n++
	}
	return n > 0
}

// fold moves the mentions of a into b.
func (an *analysis) fold(a, b *entity) {
	for _, m := range an.mentions {
		if m.ent == a {
			m.ent = b
		}
	}
	b.count += a.count
	for f := range a.forms {
		b.forms[f] = true
	}
	for k, v := range a.votes {
		b.votes[k] += v
	}
	a.count = 0
}

// mergeAcronyms folds an all-capitals name into the entity whose initials
// it spells (NATO, North Atlantic Treaty Organization).
func (an *analysis) mergeAcronyms() {
	for _, a := range an.ents {
		if a.count == 0 || len(a.name) < 2 || len(a.name) > 6 || a.name != strings.ToUpper(a.name) || strings.Contains(a.name, " ") {
			continue
		}
		acr := strings.ReplaceAll(a.name, ".", "")
		for _, b := range an.ents {
			if b == a || b.count == 0 || b.kind == kindPER || initials(b.name) != acr {
				continue
			}
			an.fold(a, b)
			break
		}
	}
}

func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		switch strings.ToLower(w) {
		case "of", "the", "and", "for", "&", "de", "du", "la", "des":
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}

func majority(votes map[string]int, def string) string {
	best, n := def, votes[def]
	for _, k := range []string{kindPER, kindORG, kindLOC} {
		if votes[k] > n {
			best, n = k, votes[k]
		}
	}
	return best
}

// entities lists the merged entities by kind, most mentioned first.
func (an *analysis) entities() Entities {
	var out Entities
	ents := make([]*entity, 0, len(an.ents))
	for _, e := range an.ents {
		if e.count > 0 {
			ents = append(ents, e)
		}
	}
	sort.SliceStable(ents, func(i, j int) bool {
		if ents[i].count != ents[j].count {
			return ents[i].count > ents[j].count
		}
		return ents[i].first < ents[j].first
	})
	for _, e := range ents {
		x := Entity{Name: displayName(e), Mentions: e.count, Aliases: []string{}}
		for f := range e.forms {
			if normName(f) != normName(e.name) {
				x.Aliases = append(x.Aliases, f)
			}
		}
		sort.Strings(x.Aliases)
		switch e.kind {
		case kindPER:
			out.People = append(out.People, x)
		case kindORG:
			out.Organizations = append(out.Organizations, x)
		case kindLOC:
			out.Places = append(out.Places, x)
		}
	}
	return out.nonNil()
}

// displayName writes a name in capitals as the text does elsewhere, or in
// title case when it is a word rather than an acronym ("WASHINGTON" of a
// dateline).
func displayName(e *entity) string {
	n := e.name
	if n != strings.ToUpper(n) || strings.ContainsAny(n, ".&") || utf8.RuneCountInString(n) <= 4 {
		return n
	}
	for f := range e.forms {
		if strings.EqualFold(f, n) && f != strings.ToUpper(f) {
			return f
		}
	}
	words := strings.Fields(strings.ToLower(n))
	for i, w := range words {
		r, sz := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[sz:]
	}
	return strings.Join(words, " ")
}

// personAt returns the person mentioned at [start, end), if any.
func (an *analysis) personAt(start, end int) *entity {
	for _, m := range an.mentionsIn(start, end) {
		if m.ent != nil && m.ent.kind == kindPER {
			return m.ent
		}
	}
	return nil
}
