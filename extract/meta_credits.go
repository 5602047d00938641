package extract

import "strings"

// Bylines credit more than the writing: "Fact checked by Jane Doe",
// "Reviewed by John Roe" name people whose portraits and profile links
// stand by the headline as the authors' do, and a desk or team may sign
// a story its structured data puts under a person's name.

// otherWorkNames are the people the page's bylines credit with other
// work than the writing.
func otherWorkNames(sig *bodySignals) []string {
	var out []string
	for _, c := range sig.bylines {
		t := strings.TrimSpace(c.text)
		if loc := rxOtherWork.FindStringIndex(t); loc != nil {
			t = t[loc[1]:]
		} else if rxNotAuthor.MatchString(t) {
			t = rxNotAuthor.ReplaceAllString(t, "")
		} else {
			continue
		}
		ns, _ := bylineParts(t, false)
		out = addAuthors(out, ns...)
	}
	return out
}

// teamByline is the desk or team the byline right by the headline signs
// with, when it names no person ("Everfit Team Nov 08, 2025"); else "".
func teamByline(sig *bodySignals) string {
	if sig.h1Pos < 0 {
		return ""
	}
	for _, l := range [][]posText{sig.bylines, sig.authorLinks} {
		for _, c := range l {
			if c.pos < sig.h1Pos || c.pos-sig.h1Pos > 10 {
				continue
			}
			ns, cs := bylineParts(c.text, false)
			if len(ns) == 0 && len(cs) == 1 && creditName(cs[0]) != "" && !agencies[strings.ToLower(cs[0])] {
				return cs[0]
			}
			return ""
		}
	}
	return ""
}

// teamSigned gives the team that signs a story by its headline the
// credit for it, in place of the one person its data names and the page
// shows nowhere (the account that filed it). Data that names several
// people names the team's members.
func teamSigned(sig *bodySignals, people, credit []string) ([]string, []string) {
	if len(people) != 1 || shownBefore(sig, people, 0) {
		return people, credit
	}
	if team := teamByline(sig); team != "" {
		return nil, addAuthors(credit, team)
	}
	return people, credit
}

// shownBefore reports names that a byline or an author link of the page
// holds before the place end, or anywhere when end is 0. Asked up to the
// story's end, it passes over the blog's footer line and the teasers of
// other posts, where a name is the account's that posts them all.
func shownBefore(sig *bodySignals, names []string, end int) bool {
	for _, n := range names {
		ln := strings.ToLower(n)
		for _, l := range [][]posText{sig.bylines, sig.authorLinks} {
			for _, c := range l {
				if end > 0 && c.pos > end {
					break
				}
				if strings.Contains(strings.ToLower(c.text), ln) {
					return true
				}
			}
		}
	}
	return false
}

// datedByline is the name that opens a line of parts right under the
// headline, the others a role and dates, without the word "By":
// "Jane Doe | Senior Writer | July 2, 2025"; else "".
func datedByline(sig *bodySignals) string {
	if sig.h1Pos < 0 {
		return ""
	}
	for _, d := range sig.datelines {
		if d.pos <= sig.h1Pos || d.pos-sig.h1Pos > 5 {
			continue
		}
		parts := strings.FieldsFunc(d.text, func(r rune) bool { return r == '|' || r == '·' || r == '•' })
		if len(parts) < 2 || len(parts) > 4 {
			return ""
		}
		name := strings.TrimSpace(parts[0])
		if !strings.Contains(name, " ") || cleanName(name) != name {
			return ""
		}
		role := false
		for _, p := range parts[1:] {
			p = strings.TrimSpace(p)
			switch {
			case isRole(p):
				role = true
			case !dateLine(p) && !numericDateLine(p):
				return ""
			}
		}
		if role {
			return name // a place and a date name no one
		}
		return ""
	}
	return ""
}

// declaredTitle is a declared author's whole name that reads as a
// title, not a person's ("Ask the Doctors", a column's): capitalised
// words with small words between, kept as the credit; else "".
func declaredTitle(part string, declared bool) string {
	if !declared {
		return ""
	}
	c := orgName(part)
	if w := strings.Fields(c); len(w) < 2 || len(w) > 5 || !orgShaped(c) || strings.ContainsAny(c, ":@/") {
		return ""
	}
	return c
}

// teamCredits are the credits of a byline that name an agency, a desk or
// a team ("The Diggs Team"), not a label of the page.
func teamCredits(cs []string) []string {
	var out []string
	for _, c := range cs {
		if creditName(c) != "" {
			out = append(out, c)
		}
	}
	return out
}

// fullerByline is the byline shown by the headline when it names all of
// people and more, each of the others shown alone elsewhere too (in an
// author box, a link): structured data may give the first author alone.
func fullerByline(sig *bodySignals, people, shown []string) []string {
	if len(people) == 0 || len(shown) <= len(people) {
		return people
	}
	for _, p := range people {
		if !sharesName([]string{p}, shown) {
			return people
		}
	}
	for _, n := range shown {
		if !sharesName([]string{n}, people) && !shownAlone(sig, n) {
			return people
		}
	}
	return shown
}

// shownAlone reports a name that a byline or an author link of the page
// holds alone ("Dr Jane Doe").
func shownAlone(sig *bodySignals, name string) bool {
	for _, l := range [][]posText{sig.bylines, sig.authorLinks} {
		for _, c := range l {
			if strings.EqualFold(cleanName(c.text), name) {
				return true
			}
		}
	}
	return false
}
