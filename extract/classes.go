package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Hints from class, id and role attributes. Page authors name their
// containers for what they hold, across sites and languages of markup; these
// are the names that say "not the story" or "the story".

// negativeStems are substrings of a class or id that mark boilerplate.
var negativeStems = []string{
	"comment", "sidebar", "related", "social", "newsletter", "cookie",
	"advert", "sponsor", "promo", "breadcrumb", "footer", "masthead",
	"subscribe", "popup", "modal", "recommend", "trending", "popular",
	"mostread", "most-read", "most_read", "outbrain", "taboola",
	"signup", "sign-up", "disqus", "authorbio", "author-bio",
	"author_bio", "authorbox", "author-box", "about-author", "toolbar",
	"pagination", "pager", "skiplink", "skip-link", "sr-only", "screen-reader",
	"visually-hidden", "visuallyhidden", "share", "sharing", "byline",
	"caption", "tagcloud", "tag-cloud", "taglist", "tag-list", "navbar",
	"navigation", "dropdown", "login", "rating", "feedback", "headline-list",
	"read-more", "readmore", "read-next", "readnext", "more-stories",
	"morestories", "next-article", "prev-next", "print-only", "hidden-print",
	"disclaimer", "copyright", "offcanvas", "off-canvas",
	"teaser-list", "table-of-contents", "newsfeed",
	"ad-slot", "adslot", "ad-container", "ad-wrapper", "adwrapper", "ad-unit",
	"adunit", "dfp", "gpt-ad", "inline-ad", "alert-bar", "breaking-news", "ticker",
	"paywall-prompt", "subscription", "donate", "follow-us", "followus",
	"post-meta", "entry-meta", "article-meta", "postmeta", "byline",
	"timestamp", "dateline", "author-info", "author-name",
	"signature", "upsell", "consent", "onetrust", "sign-in", "signin",
}

// negativeTokens must match a whole word of the attribute, being too short
// or too common to match inside other words.
var negativeTokens = map[string]bool{
	"ad": true, "ads": true, "adv": true, "advert": true, "nav": true,
	"menu": true, "tags": true, "tag": true, "meta": true, "rss": true,
	"print": true, "email": true, "nocontent": true,
	"aside": true, "footer": true, "related": true, "byline": true, "cta": true,
	"author": true, "credits": true, "credit": true,
	"topics": true, "keywords": true, "share": true, "tools": true, "utility": true,
	"utilities": true, "actions": true, "reactions": true, "replies": true,
	"reply": true, "votes": true, "pagenav": true, "sitemap": true,
}

// furnitureName reports whether n's class or id names page furniture. In
// a discussion thread (thread set) comments and replies are the content and
// their names do not count.
func furnitureName(n *html.Node, thread bool) bool {
	var cls, id string
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			cls = a.Val
		case "id":
			id = a.Val
		}
	}
	if cls == "" && id == "" {
		return false
	}
	if embed(cls) {
		// An embedded post quoted in the story ("social-media-embed"),
		// unless it is blocked and shows a prompt to consent instead.
		l := strings.ToLower(cls)
		return strings.Contains(l, "consent") || strings.Contains(l, "blocked")
	}
	if stemIn(cls, thread) || negativeName(cls, thread) {
		return true
	}
	return !anchorID(id) && (stemIn(id, thread) || negativeName(id, thread))
}

func stemIn(s string, thread bool) bool {
	s = strings.ToLower(s)
	for _, stem := range negativeStems {
		if strings.Contains(s, stem) && !(thread && threadStem(stem)) && !(stem == "sidebar" && sidebarLayout(s)) {
			return true
		}
	}
	return false
}

// sidebarLayout reports a class list in which every name that speaks of
// a sidebar names the layout around one: a grid with a sidebar and its
// cells ("sidebar-grid", "sidebar-grid__content"), or a page that has one
// ("has-sidebar", "p-body--withSidebar").
func sidebarLayout(list string) bool {
	for _, name := range strings.Fields(list) {
		i := strings.Index(name, "sidebar")
		if i < 0 {
			continue
		}
		layout := false
		forEachWord(name[i:], func(w string) bool {
			layout = w == "grid" || w == "layout"
			return !layout
		})
		pre := strings.TrimRight(name[:i], "-_")
		if !layout && !strings.HasSuffix(pre, "with") && !strings.HasSuffix(pre, "has") && !strings.HasSuffix(pre, "no") {
			return false
		}
	}
	return true
}

func threadStem(s string) bool {
	switch s {
	case "comment", "reply", "replies", "disqus", "rating", "votes", "signature", "author-name", "author-info", "byline", "timestamp":
		return true
	}
	return false
}

// anchorID reports an id made from a heading's words, as documentation and
// wikis give their sections: its words are the section's, not a role.
func anchorID(id string) bool {
	n := 0
	forEachWord(strings.ToLower(id), func(string) bool { n++; return true })
	return n > 3
}

// negativeName reports a class list or id in which some name ends in a
// boilerplate word ("post-tags", "nav", "site_header"). Only the last word
// counts: a leading word is usually a qualifier, as in WordPress's
// "tag-politics" or the responsive "hidden-xs".
func negativeName(list string, thread bool) bool {
	for _, name := range strings.Fields(strings.ToLower(list)) {
		last := ""
		forEachWord(name, func(w string) bool {
			last = w
			return true
		})
		if negativeTokens[last] && !(thread && threadStem(last)) {
			return true
		}
		switch name {
		case "header", "masthead", "site-header", "page-header":
			return true
		}
	}
	return false
}

// forEachWord calls f with each run of letters and digits in s until f
// returns false.
func forEachWord(s string, f func(string) bool) {
	start := -1
	for i := 0; i <= len(s); i++ {
		alnum := i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= '0' && s[i] <= '9')
		if alnum && start < 0 {
			start = i
		} else if !alnum && start >= 0 {
			if !f(s[start:i]) {
				return
			}
			start = -1
		}
	}
}

// negativeRole reports ARIA roles of page furniture.
func negativeRole(role string) bool {
	switch strings.ToLower(role) {
	case "navigation", "banner", "contentinfo", "complementary", "search",
		"menu", "menubar", "dialog", "alertdialog", "toolbar", "alert":
		return true
	}
	return false
}

// hidden reports elements a reader never sees.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			v := strings.ToLower(a.Val)
			if strings.Contains(v, "display:none") || strings.Contains(v, "display: none") ||
				strings.Contains(v, "visibility:hidden") || strings.Contains(v, "visibility: hidden") {
				return true
			}
		case "class":
			if hidingClass(a.Val) {
				return true
			}
		}
	}
	return false
}

// hidingClass reports a class list with a utility class that hides its
// element ("hidden", "d-none", "airship-alert--hidden"), not one that
// hides it on some screens only ("hidden-xs") or hides overflow.
func hidingClass(list string) bool {
	if !strings.Contains(list, "hid") && !strings.Contains(list, "none") && !strings.ContainsFunc(list, unicode.IsUpper) {
		return false // no hiding word in any case: nothing to split
	}
	for _, c := range strings.Fields(strings.ToLower(list)) {
		switch c {
		case "hidden", "is-hidden", "js-hidden", "u-hidden", "d-none", "hide", "is-hide", "js-hide":
			return true
		}
		if strings.HasSuffix(c, "--hidden") || strings.HasSuffix(c, "--hide") || strings.HasSuffix(c, "__hidden") {
			return true
		}
	}
	return false
}

// dropTag reports elements that never hold article text.
func dropTag(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Template, atom.Svg, atom.Math,
		atom.Canvas, atom.Iframe, atom.Object, atom.Embed, atom.Head, atom.Button,
		atom.Select, atom.Option, atom.Textarea, atom.Input, atom.Dialog, atom.Audio,
		atom.Video, atom.Map, atom.Link, atom.Meta, atom.Title, atom.Base, atom.Label:
		return true
	}
	return false
}

// furnitureTag reports elements that are page furniture by their semantics.
func furnitureTag(a atom.Atom) bool {
	switch a {
	case atom.Nav, atom.Aside, atom.Footer, atom.Menu, atom.Form:
		return true
	}
	return false
}

// embed reports a class naming an embedded post or media the story quotes.
func embed(cls string) bool {
	c := strings.ToLower(cls)
	return strings.Contains(c, "embed") || strings.Contains(c, "twitter-tweet") || strings.Contains(c, "instagram-media")
}
