package extract

import (
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
	"golang.org/x/net/html"

	"github.com/newsbite/newsbite/article"
)

// The metadata merge: each field is taken from the most trusted source
// that has it. Structured data written for machines (JSON-LD, then
// OpenGraph and <meta>, then microdata) outranks what is shown to readers
// (<time>, bylines, datelines), which outranks the URL.

// articleTypes are the JSON-LD types of a story.
var articleTypes = map[string]bool{
	"Article": true, "NewsArticle": true, "ReportageNewsArticle": true, "AnalysisNewsArticle": true,
	"OpinionNewsArticle": true, "BackgroundNewsArticle": true, "ReviewNewsArticle": true,
	"BlogPosting": true, "LiveBlogPosting": true, "Report": true, "ScholarlyArticle": true,
	"TechArticle": true, "SocialMediaPosting": true, "DiscussionForumPosting": true,
	"Review": true, "Recipe": true, "HowTo": true, "VideoObject": true, "CreativeWork": true,
	"AdvertiserContentArticle": true, "SatiricalArticle": true, "MedicalWebPage": true, "Podcast": true,
}

// metaNow is the clock dates are judged against; tests may pin it.
var metaNow = time.Now

// addMetadata fills a's metadata fields from the page. The body, title and
// images must already be set.
func addMetadata(a *article.Article, doc *html.Node, m *meta, base *url.URL) typeFacts {
	now := metaNow()
	things := ldThings(m.ld)
	main := mainThing(things, a.Title)
	sig := readBodySignals(doc, m.h1Node, m.content)
	if base != nil {
		sig.host = strings.ToLower(base.Hostname())
	}

	if a.SiteName == "" {
		a.SiteName = firstTag(m, "og:site_name", "application-name", "al:android:app_name", "al:ios:app_name")
		if a.SiteName == "" && main != nil {
			a.SiteName = main.publisher
		}
		if a.SiteName == "" {
			for _, t := range things {
				if hasType(t, "WebSite") && t.name != "" {
					a.SiteName = t.name
					break
				}
			}
		}
	}
	if a.Description == "" {
		a.Description = firstTag(m, "twitter:description", "dc.description")
		if a.Description == "" && main != nil {
			a.Description = main.description
		}
	}
	a.Description = strings.Join(strings.Fields(html.UnescapeString(a.Description)), " ")
	if a.CanonicalURL == "" {
		if u := firstTag(m, "og:url"); u != "" {
			a.CanonicalURL = absolute(base, u)
		}
	}

	var credit []string
	a.Authors, credit = pickAuthors(m, main, sig, a.SiteName)
	a.Credit = strings.Join(credit, ", ")
	pageURL := a.URL
	if pageURL == "" {
		pageURL = a.CanonicalURL
	}
	mod := pickModified(m, main, sig, now)
	pub := pickPublished(m, main, sig, mod, pageURL, a.Language, now)
	days := shownDays(sig, a.Language, now)
	if pub.ok() && mod.ok() && pub.source != "dateline" && pub.source != "time" && mod.t.Sub(pub.t) > 7*24*time.Hour {
		// A page that shows its readers one date by the headline, the
		// day of its last revision, presents itself as published then
		// (evergreen pages republished under the same address, weeks or
		// more after the first version; a story updated within days keeps
		// its first date).
		if len(days) == 1 && days[0] == mod.day() && days[0] != pub.day() {
			pub = mod
		}
	}
	if pub.ok() && len(days) == 0 {
		// A page that shows by its headline only the day of an update
		// ("Updated August 14, 2025"), and states its first publication
		// in its structured data alone, presents itself by that day: the
		// revised guides and evergreen pages that a site reissues. A
		// page that states the first publication in a <meta> tag too,
		// for feeds and search, keeps it, and so does a story revised
		// within days.
		if u := shownUpdated(sig, a.Language, now); u.ok() && u.t.Sub(pub.t) > 7*24*time.Hour && !metaPublishedOther(m, u, a.Language, now) {
			switch _, off := mod.t.Zone(); {
			case mod.ok() && mod.day() == u.day():
				pub = mod
			case mod.ok() && mod.zoned && off == 0 && u.utc.IsZero() && sameDayAnyZone(mod.t, u.t):
				// The update's instant in UTC, shown as a local day.
				u.utc = mod.t
				pub = u
			default:
				pub = u
			}
		}
	}
	pub = localDate(pub, m, things, sig, days)
	mod = localDate(mod, m, things, sig, nil)
	a.Published = pub.rfc3339()
	if mod.ok() && (!pub.ok() || !mod.t.Before(pub.t)) {
		a.Modified = mod.rfc3339()
	}
	a.Language = pickLanguage(m, main, a.Language, a.Text)
	a.Section = pickSection(m, main)
	a.Images = tidyImages(a.Images, main, base, a.Authors)
	var tf typeFacts
	a.PageType, tf = pageType(things, main, m, sig, a, pageURL)
	a.Tags = pickTags(m, main, sig, a.PageType)
	a.Title = m.indexTitle(a.Title, a.PageType, pageURL)
	return tf
}

func hasType(t ldThing, names ...string) bool {
	for _, ty := range t.types {
		for _, n := range names {
			if ty == n {
				return true
			}
		}
	}
	return false
}

// mainThing picks the JSON-LD object that describes the story: an article
// type, preferring the one whose headline matches the page's title.
func mainThing(things []ldThing, title string) *ldThing {
	var best *ldThing
	bestScore := 0.0
	for i := range things {
		t := &things[i]
		score := 0.0
		for _, ty := range t.types {
			if articleTypes[ty] {
				score = 2
			}
		}
		if score == 0 && (t.published != "" || len(t.authors) > 0) {
			score = 1
		}
		if score == 0 {
			continue
		}
		h := t.headline
		if h == "" {
			h = t.name
		}
		if title != "" && h != "" {
			score += overlap(title, h)
		}
		if t.published != "" {
			score += 0.5
		}
		if score > bestScore {
			best, bestScore = t, score
		}
	}
	return best
}

func firstTag(m *meta, keys ...string) string {
	for _, k := range keys {
		for _, v := range m.tags[k] {
			if v = strings.TrimSpace(v); v != "" {
				return v
			}
		}
	}
	return ""
}

func allTags(m *meta, keys ...string) []string {
	var out []string
	for _, k := range keys {
		out = append(out, m.tags[k]...)
	}
	return out
}

// near keeps the candidates in a window around the headline (or the first
// ones when the page has no h1), nearest first.
func near(cands []posText, h1 int, window int) []posText {
	if h1 < 0 {
		if len(cands) > 3 {
			return cands[:3]
		}
		return cands
	}
	var after, before []posText
	for _, c := range cands {
		switch {
		case c.pos >= h1 && c.pos-h1 <= window:
			after = append(after, c)
		case c.pos < h1 && h1-c.pos <= window/2:
			before = append([]posText{c}, before...)
		}
	}
	return append(after, before...)
}

// nearest keeps the candidates near the headline as near does, the
// closest first, a place above the headline counting three times its
// distance: a date line just above the headline (a kicker's) comes before
// one far below it.
func nearest(cands []posText, h1 int, window int) []posText {
	out := near(cands, h1, window)
	if h1 < 0 {
		return out
	}
	cost := func(p posText) int {
		if p.pos < h1 {
			return 3 * (h1 - p.pos)
		}
		return p.pos - h1
	}
	slices.SortStableFunc(out, func(a, b posText) int { return cost(a) - cost(b) })
	return out
}

var publishedKeys = []string{
	"article:published_time", "og:article:published_time", "article:published", "og:published_time",
	"published_time", "datepublished", "article.published", "parsely-pub-date", "sailthru.date",
	"dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "dc.date.created",
	"pubdate", "publishdate", "publish-date", "publish_date", "publication_date", "publication-date",
	"date", "published", "article_date_original", "cludo:date", "cxenseparse:recs:publishtime", "citation_publication_date",
	"citation_date", "original-publish-date", "og:pubdate", "displaydate", "release_date", "created",
	"bt:pubdate", "article.created", "date.available", "dc.created",
}

var modifiedKeys = []string{
	"article:modified_time", "og:updated_time", "article:modified", "og:article:modified_time",
	"datemodified", "dc.date.modified", "dcterms.modified", "last-modified", "lastmod", "article.updated",
	"parsely-updated", "modified_time", "updated_time",
}

func pickPublished(m *meta, main *ldThing, sig *bodySignals, mod pageDate, pageURL, lang string, now time.Time) pageDate {
	d := declaredPublished(m, main, sig, lang, now)
	if !d.ok() {
		return shownOrGuessedPublished(m, sig, mod, pageURL, lang, now)
	}
	// The date shown under the headline outranks the declared one when
	// the declaration looks like a stamp of the last save (published and
	// modified the same instant), when the page labels the shown date as
	// the publication, or when the declared date gives no offset and the
	// shown one is the next or previous day. Another declaration that
	// gives the shown day outranks the first.
	s, label := shownPublished(sig, lang, now)
	if s.ok() && !d.zoned && s.day() != d.day() && sameDayAnyZone(d.t, s.t) {
		// A declared clock without an offset ("2026-02-15 03:05:48")
		// may be any zone's: the day shown by the headline, a day off,
		// is the one the page's readers see.
		return s
	}
	if !s.ok() || sameDayAnyZone(d.t, s.t) {
		return d
	}
	stamp := mod.ok() && (mod.t.Sub(d.t).Abs() < time.Minute ||
		mod.t.Format("2006-01-02T15:04") == d.t.Format("2006-01-02T15:04")) // the same clock in two offsets
	if stamp || label {
		return s
	}
	// Another declaration, in a <meta> tag or in microdata, that gives
	// the shown day: the page's sources disagree, and the one its
	// readers see settles it.
	others := allTags(m, publishedKeys...)
	for _, c := range near(sig.microPublished, sig.h1Pos, 400) {
		others = append(others, c.text)
	}
	for _, v := range others {
		e := declaredDate(v, lang, now)
		if e.ok() && plausible(e.t, now) && sameDayAnyZone(e.t, s.t) {
			e.source = "declared"
			return e
		}
	}
	return d
}

// sameDayAnyZone reports whether a date without an offset (shown) may be
// the day of instant t somewhere on Earth.
func sameDayAnyZone(t, shown time.Time) bool {
	day := shown.Format("2006-01-02")
	return t.Add(-12*time.Hour).UTC().Format("2006-01-02") == day || t.Add(14*time.Hour).UTC().Format("2006-01-02") == day ||
		t.UTC().Format("2006-01-02") == day || t.Format("2006-01-02") == day
}

// shownPublished is the first date by the headline that is not labelled
// an update, and whether the page labels it the publication: a <time>
// marked pubdate or standing in an element of itemprop datePublished, or
// a date line that says "Published" or "Posted".
func shownPublished(sig *bodySignals, lang string, now time.Time) (pageDate, bool) {
	if sig.h1Pos < 0 {
		return pageDate{}, false
	}
	var pts []posText
	idx := map[int]posTime{}
	for _, t := range sig.times {
		if !t.modified {
			pts = append(pts, posText{t.pos, ""})
			idx[t.pos] = t
		}
	}
	for _, t := range sig.datelines {
		if _, dup := idx[t.pos]; !dup && !t.modified && dateWordsOnly(t.text) {
			pts = append(pts, posText{t.pos, ""})
			idx[t.pos] = t
		}
	}
	slices.SortFunc(pts, func(a, b posText) int { return a.pos - b.pos })
	for _, t := range sig.times {
		// A <time pubdate> says what it is wherever it stands.
		if t.pubdate && !t.modified && t.pos > sig.h1Pos && t.pos-sig.h1Pos <= 400 {
			d := timeOf(t, lang, now)
			if d.ok() && plausible(d.t, now) {
				d.source = "shown"
				return d, true
			}
		}
	}
	for _, p := range near(pts, sig.h1Pos, 150) {
		if p.pos < sig.h1Pos-10 {
			continue // above the headline: the day's date, a section's
		}
		t := idx[p.pos]
		d := timeOf(t, lang, now)
		if d.ok() && plausible(d.t, now) {
			d.source = "shown"
			marked := slices.ContainsFunc(sig.microPublished, func(mp posText) bool { return mp.pos <= p.pos && p.pos-mp.pos <= 4 })
			return d, t.pubdate || marked || (rxPublishedLabel.MatchString(t.text) && !updatedLabel(t.text))
		}
	}
	return pageDate{}, false
}

// declaredPublished is the publication date the page declares for
// machines: structured data, <meta> tags, microdata.
func declaredPublished(m *meta, main *ldThing, sig *bodySignals, lang string, now time.Time) pageDate {
	good := func(d pageDate, src string) (pageDate, bool) {
		d.source = src
		return d, d.ok() && plausible(d.t, now)
	}
	if main != nil {
		if d, ok := good(parseMachineDate(main.published), "json-ld"); ok {
			return d
		}
		if d, ok := good(parseHumanDate(main.published, lang, now), "json-ld"); ok {
			return d // "13/11/2025 09:21:40"
		}
	}
	for _, k := range publishedKeys {
		for _, v := range m.tags[k] {
			if d, ok := good(parseMachineDate(v), "meta"); ok {
				return d
			}
		}
	}
	for _, c := range near(sig.microPublished, sig.h1Pos, 400) {
		if d, ok := good(parseMachineDate(c.text), "microdata"); ok {
			return d
		}
		if d, ok := good(parseHumanDate(c.text, lang, now), "microdata"); ok {
			return d
		}
	}
	for _, k := range publishedKeys {
		for _, v := range m.tags[k] {
			if d, ok := good(parseHumanDate(v, lang, now), "meta"); ok {
				return d
			}
		}
	}
	// Tags named by other conventions: "published-date", "ms.date".
	var keys []string
	for k := range m.tags {
		if publishedName(k) {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		for _, v := range m.tags[k] {
			if d, ok := good(parseMachineDate(v), "meta"); ok {
				return d
			}
		}
	}
	return pageDate{}
}

// publishedName reports a <meta> name that by its words gives a page's
// publication date: one that speaks of publishing, or a plain date
// ("page.date"), and not of updates, expiry or events.
func publishedName(k string) bool {
	for _, w := range []string{"modif", "updat", "expir", "valid", "review", "event", "start", "end", "birth", "revis", "crawl", "index", "fetch"} {
		if strings.Contains(k, w) {
			return false
		}
	}
	words := strings.FieldsFunc(k, func(r rune) bool { return r == '.' || r == '-' || r == '_' || r == ':' })
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	return strings.Contains(k, "publish") || strings.Contains(k, "pubdate") || (len(words) > 1 && words[len(words)-1] == "date")
}

// shownOrGuessedPublished dates a page that declares no publication date:
// by what it shows, its address, its scripts, its last update.
func shownOrGuessedPublished(m *meta, sig *bodySignals, mod pageDate, pageURL, lang string, now time.Time) pageDate {
	good := func(d pageDate, src string) (pageDate, bool) {
		d.source = src
		return d, d.ok() && plausible(d.t, now)
	}
	if d := timeDate(sig, lang, now, false); d.ok() {
		return d
	}
	if d, ok := good(urlDate(pageURL), "url"); ok {
		return d
	}
	if d := datelineDate(sig, lang, now, false); d.ok() {
		return d
	}
	if d := sideDate(sig, lang, now); d.ok() {
		return d
	}
	for _, v := range sig.scriptDates {
		if d, ok := good(parseMachineDate(v), "script"); ok {
			return d
		}
	}
	if d, ok := good(titleDate(m.title, lang, now), "title"); ok {
		return d
	}
	// A page that gives only when it was last updated is dated by that.
	if mod.ok() {
		return mod
	}
	if d := datelineDate(sig, lang, now, true); d.ok() {
		return d
	}
	return pageDate{}
}

// shownDays lists the distinct days the page shows next to its headline
// without calling them an update: a page that says "Updated" tells that
// it was published before. A <time> whose text gives no date ("1 day
// ago") shows no day, and a date line that wraps a date marked as an
// update shows that update.
func shownDays(sig *bodySignals, lang string, now time.Time) []string {
	var pts []posText
	for _, t := range sig.times {
		if !t.modified && (strings.TrimSpace(t.text) == "" || rxHasYear.MatchString(t.text)) {
			pts = append(pts, posText{t.pos, t.datetime + "\x00" + t.text})
		}
	}
	for _, t := range sig.datelines {
		if !t.modified && !wrapsUpdate(sig, t) {
			pts = append(pts, posText{t.pos, "\x00" + t.text})
		}
	}
	seen := map[string]bool{}
	var out []string
	for _, p := range near(pts, sig.h1Pos, 150) {
		dt, text, _ := strings.Cut(p.text, "\x00")
		d := parseMachineDate(dt)
		if !d.ok() && dateWordsOnly(text) {
			d = parseHumanDate(text, lang, now)
		}
		if d.ok() {
			if k := d.day(); !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	return out
}

// wrapsUpdate reports a date line whose date is that of an update the
// page marks in an element within it: "<span class="meta-date"><span
// class="updated">2025-11-03</span></span>".
func wrapsUpdate(sig *bodySignals, t posTime) bool {
	for _, list := range [][]posTime{sig.datelines, sig.times} {
		for _, q := range list {
			if q.modified && q.pos > t.pos && q.pos-t.pos <= 6 && strings.TrimSpace(q.text) != "" && strings.Contains(t.text, strings.TrimSpace(q.text)) {
				return true
			}
		}
	}
	return false
}

// timeOf is the date of a <time>: its datetime, or its text. A datetime
// in UTC whose text shows the day before or after is a local day whose
// offset the element does not give: the day shown is the one its readers
// see, and the instant is kept for localDate, should the page give the
// offset elsewhere.
func timeOf(t posTime, lang string, now time.Time) pageDate {
	d := parseMachineDate(t.datetime)
	if !d.ok() {
		return parseHumanDate(t.text, lang, now)
	}
	if _, off := d.t.Zone(); !d.zoned || off != 0 || !dateWordsOnly(t.text) {
		return d
	}
	if h := parseHumanDate(t.text, lang, now); h.ok() && h.day() != d.day() && sameDayAnyZone(d.t, h.t) {
		h.utc = d.t
		return h
	}
	return d
}

// shownUpdated is the day the page shows next to its headline as its
// last update, when it shows one such day only.
func shownUpdated(sig *bodySignals, lang string, now time.Time) pageDate {
	var pts []posText
	idx := map[int]posTime{}
	for _, t := range sig.times {
		if t.modified {
			pts = append(pts, posText{t.pos, ""})
			idx[t.pos] = t
		}
	}
	for _, t := range sig.datelines {
		if _, dup := idx[t.pos]; t.modified && !dup {
			pts = append(pts, posText{t.pos, t.text})
		}
	}
	var day pageDate
	for _, p := range near(pts, sig.h1Pos, 150) {
		var d pageDate
		if t, ok := idx[p.pos]; ok {
			d = timeOf(t, lang, now)
		} else if dateWordsOnly(p.text) {
			d = parseHumanDate(p.text, lang, now)
		}
		if !d.ok() || !plausible(d.t, now) {
			continue
		}
		if day.ok() && d.day() != day.day() {
			return pageDate{}
		}
		if !day.ok() {
			day = d
			day.source = "updated"
		}
	}
	return day
}

// metaPublishedOther reports a <meta> publication tag that gives another
// day than d.
func metaPublishedOther(m *meta, d pageDate, lang string, now time.Time) bool {
	for _, v := range allTags(m, publishedKeys...) {
		e := declaredDate(v, lang, now)
		if e.ok() && plausible(e.t, now) && !sameDayAnyZone(e.t, d.t) {
			return true
		}
	}
	return false
}

// declaredDate is the date a declaration gives, in a machine's form or,
// failing that, in words.
func declaredDate(v, lang string, now time.Time) pageDate {
	if d := parseMachineDate(v); d.ok() {
		return d
	}
	return parseHumanDate(v, lang, now)
}

// datelineDate reads the visible date lines next to the headline.
func datelineDate(sig *bodySignals, lang string, now time.Time, modified bool) pageDate {
	var pts []posText
	for _, t := range sig.datelines {
		if t.modified == modified {
			pts = append(pts, posText{t.pos, t.text})
		}
	}
	if !modified {
		// Bylines often carry the date: "By Jane Doe - Mar 27, 2024".
		for _, b := range sig.bylines {
			if rxHasYear.MatchString(b.text) {
				pts = append(pts, b)
			}
		}
	}
	slices.SortStableFunc(pts, func(a, b posText) int { return a.pos - b.pos })
	// first is the first date among the candidates, trying at most
	// limit of them (all when negative).
	first := func(cands []posText, limit int) pageDate {
		for _, c := range cands {
			if limit == 0 {
				break
			}
			if !dateWordsOnly(c.text) {
				continue
			}
			limit--
			if d := parseHumanDate(c.text, lang, now); d.ok() && plausible(d.t, now) {
				d.source = "dateline"
				return d
			}
		}
		return pageDate{}
	}
	if d := first(nearest(pts, sig.h1Pos, 150), -1); d.ok() {
		return d
	}
	// Far from the headline, a date line stands by the byline (a byline
	// that holds a date itself may be a teaser's or a testimonial's).
	var byline []posText
	for _, p := range sig.datelines {
		if p.modified != modified {
			continue
		}
		for _, b := range append(sig.bylines, sig.authorLinks...) {
			if p.pos != b.pos && p.pos-b.pos <= 12 && b.pos-p.pos <= 12 {
				byline = append(byline, posText{p.pos, p.text})
				break
			}
		}
	}
	if d := first(byline, -1); d.ok() {
		return d
	}
	// Or further below the headline, labelled the publication.
	var labelled []posText
	for _, p := range pts {
		if p.pos > sig.h1Pos && sig.h1Pos >= 0 && p.pos-sig.h1Pos <= 400 && rxPublishedLabel.MatchString(p.text) {
			labelled = append(labelled, p)
		}
	}
	if d := first(labelled, 1); d.ok() {
		return d
	}
	for _, p := range sig.datelines {
		if p.modified == modified {
			// No date by the headline (or no headline found): the first
			// date line of the page outside its sidebars and comments.
			return first([]posText{{p.pos, p.text}}, 1)
		}
	}
	return pageDate{}
}

// sideDate is the date of a region set apart from the story by its
// layout (an aside or a sidebar column next to the headline) when that
// region gives one day only, and no other such region gives a date: a
// box of recent posts, or a listing's cards, give several.
func sideDate(sig *bodySignals, lang string, now time.Time) pageDate {
	var pts []posText
	found := map[int]pageDate{}
	for _, side := range sig.sides {
		var day pageDate
		days := 0
		try := func(d pageDate) {
			if d.ok() && plausible(d.t, now) && (!day.ok() || d.day() != day.day()) {
				day = d
				days++
			}
		}
		for _, t := range side.times {
			if !t.modified {
				d := timeOf(t, lang, now)
				try(d)
			}
		}
		for _, t := range side.datelines {
			if !t.modified && dateWordsOnly(t.text) {
				try(parseHumanDate(t.text, lang, now))
			}
		}
		if days > 1 || (days == 1 && (len(found) > 0 || side.headingLinks > 0)) {
			return pageDate{}
		}
		if days == 1 {
			day.source = "side"
			found[side.h1Pos] = day
			pts = append(pts, posText{side.h1Pos, ""})
		}
	}
	for _, p := range near(pts, sig.h1Pos, 300) {
		return found[p.pos]
	}
	return pageDate{}
}

// dateWordsOnly reports a short text that is mostly a date with a label,
// not a sentence that happens to hold a year.
func dateWordsOnly(s string) bool {
	return utf8.RuneCountInString(s) <= 80 && len(strings.Fields(s)) <= 12
}

// timeDate picks the <time> element that dates the story: one marked
// pubdate, else the first next to the headline that is not an update.
func timeDate(sig *bodySignals, lang string, now time.Time, modified bool) pageDate {
	var cands []posTime
	for _, t := range sig.times {
		if t.modified == modified {
			cands = append(cands, t)
		}
	}
	parse := func(t posTime) pageDate {
		d := timeOf(t, lang, now)
		d.source = "time"
		if d.ok() && plausible(d.t, now) {
			return d
		}
		return pageDate{}
	}
	for _, t := range cands {
		if t.pubdate {
			if d := parse(t); d.ok() {
				return d
			}
		}
	}
	var pts []posText
	idx := map[int]posTime{}
	for _, t := range cands {
		pts = append(pts, posText{t.pos, t.datetime})
		idx[t.pos] = t
	}
	for _, p := range nearest(pts, sig.h1Pos, 300) {
		if d := parse(idx[p.pos]); d.ok() {
			return d
		}
	}
	// Far from the headline: the first <time> after it that has a
	// machine-readable datetime.
	for _, p := range pts {
		if p.pos > sig.h1Pos && sig.h1Pos >= 0 && p.text != "" {
			if d := parse(idx[p.pos]); d.ok() {
				return d
			}
			break
		}
	}
	return pageDate{}
}

func pickModified(m *meta, main *ldThing, sig *bodySignals, now time.Time) pageDate {
	if main != nil {
		if d := parseMachineDate(main.modified); d.ok() && plausible(d.t, now) {
			return d
		}
	}
	for _, k := range modifiedKeys {
		for _, v := range m.tags[k] {
			if d := parseMachineDate(v); d.ok() && plausible(d.t, now) {
				return d
			}
		}
	}
	for _, c := range near(sig.microModified, sig.h1Pos, 400) {
		if d := parseMachineDate(c.text); d.ok() && plausible(d.t, now) {
			return d
		}
	}
	return timeDate(sig, "", now, true)
}

// pickLanguage takes the language the markup declares, unless the text
// plainly says otherwise; with no declaration it detects it from the text.
func pickLanguage(m *meta, main *ldThing, declared, text string) string {
	lang := normLang(declared)
	if lang == "" && main != nil {
		lang = normLang(main.lang)
	}
	if lang == "" {
		lang = normLang(firstTag(m, "content-language", "dc.language", "language", "og:locale"))
	}
	if lang == "" {
		lang = normLang(m.ogLocale)
	}
	if lang != "" && !scriptFits(lang, text) {
		lang = "" // a declaration in another script is a template's default
	}
	if lang != "" && commonWordsFit(lang, text) {
		return lang // the text reads in the declared language
	}
	sample := text
	if len(sample) > 600 {
		sample = sample[:600]
		for !utf8.ValidString(sample) {
			sample = sample[:len(sample)-1]
		}
	}
	if utf8.RuneCountInString(sample) < 200 {
		return lang
	}
	info := whatlanggo.Detect(sample)
	if !info.IsReliable() || info.Confidence < 0.5 {
		return lang
	}
	got := info.Lang.Iso6391()
	if got == "" {
		return lang
	}
	if got == "zh" && strings.ContainsFunc(sample, isKana) {
		got = "ja" // Japanese writes in Chinese characters and kana; Chinese has no kana
	}
	if lang == "" {
		return got
	}
	if base := strings.SplitN(lang, "-", 2)[0]; base != got && info.Confidence > 0.9 && !kinLanguages(base, got) {
		return got
	}
	return lang
}

// kinGroups are languages close enough for a text detector to take one
// for another on a short sample; between them a page's declaration wins.
var kinGroups = [][]string{
	{"da", "no", "nb", "nn", "sv", "is", "fo"},
	{"id", "ms"},
	{"hr", "sr", "bs", "sl", "mk"},
	{"cs", "sk"},
	{"es", "ca", "gl", "pt"},
	{"ru", "uk", "be", "bg"},
	{"hi", "mr", "ne"},
	{"zh", "ja"},
}

func kinLanguages(a, b string) bool {
	for _, g := range kinGroups {
		if slices.Contains(g, a) && slices.Contains(g, b) {
			return true
		}
	}
	return false
}

func isKana(r rune) bool {
	return unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)
}

// commonWords are frequent short words of some languages, enough to confirm
// a declaration cheaply before the slower detector is asked.
var commonWords = map[string][]string{
	"en": {"the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "on", "it"},
	"de": {"der", "die", "und", "das", "ist", "nicht", "mit", "den", "sich", "auf", "ein", "eine"},
	"fr": {"le", "la", "les", "et", "des", "est", "une", "que", "dans", "pour", "pas", "sur"},
	"es": {"el", "la", "los", "las", "y", "que", "del", "en", "por", "una", "para", "con"},
	"it": {"il", "di", "che", "la", "per", "non", "una", "con", "sono", "della", "gli", "anche"},
	"pt": {"o", "a", "os", "que", "do", "da", "em", "um", "uma", "para", "com", "não"},
	"nl": {"de", "het", "een", "en", "van", "is", "dat", "niet", "op", "voor", "met", "zijn"},
}

// commonWordsFit reports whether the declared language's common words make
// up a good share of the text's first words, and another language's do not.
func commonWordsFit(lang, text string) bool {
	base := strings.SplitN(lang, "-", 2)[0]
	if commonWords[base] == nil {
		return false
	}
	counts := map[string]int{}
	n := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(text[:min(len(text), 1200)]), func(r rune) bool { return !unicode.IsLetter(r) }) {
		n++
		for l, ws := range commonWords {
			if slices.Contains(ws, w) {
				counts[l]++
			}
		}
	}
	if n < 40 {
		return false
	}
	for l, c := range counts {
		if l != base && c >= counts[base] {
			return false
		}
	}
	return counts[base]*100 >= n*12
}

// scriptFits reports whether the letters at the start of text are written
// in the script the language is written in: a cheap check of a page's
// declared language that catches templates left at their default "en".
func scriptFits(lang, text string) bool {
	latin, other, n := 0, 0, 0
	for _, r := range text {
		if n >= 400 {
			break
		}
		if !unicode.IsLetter(r) {
			continue
		}
		n++
		if unicode.Is(unicode.Latin, r) {
			latin++
		} else {
			other++
		}
	}
	if n < 50 {
		return true
	}
	base := strings.SplitN(lang, "-", 2)[0]
	switch base {
	case "ru", "uk", "bg", "sr", "mk", "be", "kk", "el", "ar", "fa", "ur", "he", "yi", "zh", "ja", "ko", "th", "hi", "bn", "ta", "te", "mr", "ne", "ka", "hy", "am", "my", "km", "lo", "si", "gu", "pa", "kn", "ml":
		return other*2 > n
	}
	return latin*2 > n
}

// normLang turns "en_US", "EN-us" or "de" into BCP 47 form.
func normLang(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(s, "_", "-"))
	if i := strings.IndexAny(s, ",; "); i >= 0 {
		s = s[:i]
	}
	if s == "" || len(s) > 12 || strings.EqualFold(s, "x-default") || strings.EqualFold(s, "und") {
		return ""
	}
	parts := strings.Split(s, "-")
	if len(parts[0]) < 2 || len(parts[0]) > 3 {
		return ""
	}
	parts[0] = strings.ToLower(parts[0])
	for i := 1; i < len(parts); i++ {
		switch len(parts[i]) {
		case 2:
			parts[i] = strings.ToUpper(parts[i])
		case 4:
			parts[i] = strings.ToUpper(parts[i][:1]) + strings.ToLower(parts[i][1:])
		}
	}
	return strings.Join(parts, "-")
}

func pickSection(m *meta, main *ldThing) string {
	if s := firstTag(m, "article:section", "og:article:section", "parsely-section", "section", "article.section", "cxenseparse:section"); s != "" {
		return s
	}
	if main != nil && len(main.section) > 0 {
		return main.section[0]
	}
	return ""
}

// pickTags gives the page's topics: its structured keywords and tags, or
// failing those the topic links it shows. A shop's or a service's box of
// links by its name is a menu of its range, not the topics of a story.
func pickTags(m *meta, main *ldThing, sig *bodySignals, pageType string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(list []string) {
		for _, t := range list {
			t = strings.Trim(strings.Join(strings.Fields(html.UnescapeString(t)), " "), " #,;")
			t = tagKind(t)
			k := strings.ToLower(t)
			if !strings.ContainsFunc(t, isAlnum) || seen[k] || utf8.RuneCountInString(t) > 60 || len(out) >= 40 {
				continue
			}
			seen[k] = true
			out = append(out, t)
		}
	}
	if main != nil {
		add(main.keywords)
	}
	for _, t := range allTags(m, "article:tag", "og:article:tag") {
		if strings.Contains(t, ",") && !strings.Contains(t, ", ") {
			add(splitKeywords(t)) // "Spain,Europe,World news": a list in one tag
		} else {
			add([]string{t})
		}
	}
	if len(out) == 0 {
		for _, k := range []string{"news_keywords", "keywords", "parsely-tags", "sailthru.tags", "dc.subject", "cxenseparse:recs:tags"} {
			for _, v := range m.tags[k] {
				add(splitKeywords(v))
			}
			if len(out) > 0 {
				break
			}
		}
	}
	if len(out) == 0 {
		add(sig.topicLinks)
	}
	if len(out) == 0 && (pageType == TypeArticle || pageType == TypeForum || pageType == TypeDocumentation) {
		add(sig.topicList)
	}
	return out
}

// tagKind drops the kind a site's tag system writes before a topic's name,
// "sections/sweden", "topic/climate", and keeps the name.
func tagKind(t string) string {
	i := strings.IndexByte(t, '/')
	if i <= 0 || i == len(t)-1 || strings.Count(t, "/") > 1 {
		return t
	}
	for _, r := range t[:i] {
		if r < 'a' || r > 'z' {
			return t
		}
	}
	return t[i+1:]
}
