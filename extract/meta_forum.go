package extract

import (
	"net/url"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Forums: the author of a thread is the member who started it, named as
// the forum shows them, by a link to their profile or in an element its
// classes call the user name. Whatever the forum software, its posts go
// in page order, each with its member's name before its text; the first
// such name after the thread's title is the opening post's.

// userMark is a member's name a page shows: its place, its text, the
// host its profile link points to ("" for a link within the site or no
// link), and whether the words before it say it started the thread
// ("started by", "Thread starter").
type userMark struct {
	pos      int
	text     string
	host     string
	starting bool
}

// userMark records the member's names a forum shows by its posts.
func (b *bodySignals) userMark(n *html.Node, pos int, cls, text string) {
	if text == "" || utf8.RuneCountInString(text) > 40 {
		return
	}
	host, member := "", false
	if n.DataAtom == atom.A {
		host, member = memberHref(attr(n, "href"), text)
		// A link in running text names someone the text is about.
		member = member && !inProse(n)
	}
	if !member && !userNameClass(cls) {
		return
	}
	if k := len(b.userMarks); k > 0 && b.userMarks[k-1].text == text && pos-b.userMarks[k-1].pos <= 3 {
		return // the name's link within its user-name element
	}
	b.userMarks = append(b.userMarks, userMark{pos: pos, text: text, host: host, starting: startedBy(n)})
}

// rxMemberPath is the address of a member's profile page: "/members/
// jane.123/", "/u/jane", "/users/123/jane", "/~jane", "user-123.html",
// "member.php?u=123"; its groups hold the words that name the member.
var rxMemberPath = regexp.MustCompile(`(?:^|/)(?:members?|users?|u|profiles?)/([^/?#]+)(?:/([^/?#]+))?|(?:^|/)~([^/?#]+)|(?:^|/)user-\d+\.html$`)

// rxMemberQuery is the query of a profile page's address: a member's
// number, or the profile action of the forum's script.
var rxMemberQuery = regexp.MustCompile(`(?:^|[&;])(?:u|uid|userid|user_id|user)=\d|action=profile|mode=viewprofile`)

// memberHref reports a link to the profile of the member named text,
// and the host it points to ("" within the site). An address that
// names someone ("/u/jane-doe") names the one its link shows: "/users/
// sign_up" under "Get started" is a form, not a member.
func memberHref(h, text string) (string, bool) {
	h = strings.ToLower(strings.TrimSpace(h))
	if !strings.Contains(h, "member") && !strings.Contains(h, "user") && !strings.Contains(h, "/u/") &&
		!strings.Contains(h, "profile") && !strings.Contains(h, "~") && !strings.Contains(h, "u=") && !strings.Contains(h, "uid=") {
		return "", false
	}
	u, err := url.Parse(h)
	if err != nil || (u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https") {
		return "", false
	}
	if rxMemberQuery.MatchString(u.RawQuery) {
		return u.Hostname(), true
	}
	if strings.HasSuffix(u.Path, ".php") {
		return "", false
	}
	m := rxMemberPath.FindStringSubmatch(u.Path)
	if m == nil {
		return "", false
	}
	slug := m[1] + m[3]
	if strings.IndexFunc(slug, unicode.IsLetter) < 0 && m[2] != "" {
		slug = m[2] // "/users/123/jane-doe"
	}
	return u.Hostname(), sameLetters(slug, text)
}

// sameLetters reports an address's word that spells a name shown
// ("jane_doe.123" and "Jane Doe"), or holds no letters (a number).
func sameLetters(slug, name string) bool {
	letters := func(s string) string {
		var b strings.Builder
		for _, r := range strings.ToLower(s) {
			if unicode.IsLetter(r) {
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	ls, ln := letters(slug), letters(name)
	return ls == "" || ls == ln
}

// userNameClass reports classes that call an element a user name
// ("username", "PostUser-name", "bigusername").
func userNameClass(cls string) bool {
	if !strings.Contains(cls, "user") {
		return false
	}
	for _, tok := range strings.Fields(cls) {
		if strings.Contains(tok, "username") || strings.Contains(tok, "user-name") || strings.Contains(tok, "user_name") {
			return true
		}
	}
	return false
}

// rxStarted is the label before the name of a thread's starter.
var rxStarted = regexp.MustCompile(`(?i)(?:^|[\s'"’,])(?:started|posted|asked|submitted)\s+by:?$|^(?:thread\s+starter|original\s+poster|topic\s+starter):?$`)

// startedBy reports an element the words before it label as the one who
// started the thread.
func startedBy(n *html.Node) bool {
	for s := n.PrevSibling; s != nil; s = s.PrevSibling {
		if t := nodeText(s); t != "" {
			return utf8.RuneCountInString(t) <= 80 && rxStarted.MatchString(t)
		}
	}
	return false
}

// threadStarter is the member the page shows first after its headline
// and not after its story, as a name: the one who started the thread.
// labelled tells a name the page says started it. Links to profiles on other sites (a social
// network's) name no member of this one.
func threadStarter(sig *bodySignals) (name string, labelled bool) {
	for _, m := range sig.userMarks {
		if m.pos <= sig.h1Pos || (m.host != "" && !sameSite(m.host, sig.host)) {
			continue
		}
		if sig.contentEnd > 0 && m.pos > sig.contentEnd {
			break // a name after the story: a comment's
		}
		n := memberName(m.text)
		if n == "" {
			return "", false
		}
		return n, m.starting
	}
	return "", false
}

// memberName is a member's name as shown, or "" for page furniture ("Log
// in", "Sign up") and accounts of no one person.
func memberName(s string) string {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 3 {
		return ""
	}
	s = strings.Join(words, " ")
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".,:;!?…"))
		if uiWords[lw] || leadWords[lw] || genericAccount(lw) {
			return ""
		}
	}
	if len(words) == 1 {
		return handleName(s, false)
	}
	if n := cleanName(s); n == s {
		return n
	}
	return handleName(s, true)
}

// sameSite reports two hosts of one site ("forum.example.org" and
// "www.example.org"), or an unknown page host.
func sameSite(a, b string) bool {
	if b == "" {
		return true
	}
	site := func(h string) string {
		f := strings.Split(strings.TrimPrefix(h, "www."), ".")
		if len(f) > 2 {
			f = f[len(f)-2:]
		}
		return strings.Join(f, ".")
	}
	return site(a) == site(b)
}

// memberNames are the places and texts of the members' names the page
// shows: within a byline, the name apart from the member's title and
// counts drawn beside it ("StarredSkies" of "StarredSkies Big Board
// Owner Posts: 116").
func memberNames(sig *bodySignals) []posText {
	out := make([]posText, 0, len(sig.userMarks))
	for _, m := range sig.userMarks {
		out = append(out, posText{m.pos, m.text})
	}
	return out
}
