package crawl

import (
	"context"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"regexp"
	"strings"

	"github.com/newsbite/newsbite/article"
	"github.com/newsbite/newsbite/extract"
	"github.com/newsbite/newsbite/internal/fetch"
	"github.com/newsbite/newsbite/internal/store"
)

// do crawls one URL: it checks robots.txt and what the archive knows of
// the URL, asks for it (conditionally when it can), and hands the answer
// to the reader of its kind.
func (c *Crawler) do(ctx context.Context, t task) {
	u := parse(t.url)
	h := c.hosts.get(u)
	ok, err := c.allowed(ctx, h, u)
	switch {
	case err != nil:
		c.fail(ctx, t, t.kind, err)
		return
	case !ok:
		c.report(Event{URL: t.url, Kind: t.kind, Outcome: Robots, Err: nil})
		return
	}
	prev, known, err := c.archive.CrawlPage(ctx, t.url)
	if err != nil {
		c.fail(ctx, t, t.kind, fmt.Errorf("crawl state: %w", err))
		return
	}
	kind := t.kind
	if kind == "" && known {
		kind = Kind(prev.Kind)
	}
	v := fetch.Validators{ETag: prev.ETag, LastModified: prev.LastModified}
	if kind == KindArticle {
		if known && done(prev.Outcome) {
			// Done before. Articles seldom change: ask again only when a
			// list says this one did, or when told to recheck and the
			// site gave validators that make asking cheap.
			changed := !t.modified.IsZero() && t.modified.After(prev.Fetched)
			if !changed && (!c.opts.Recheck || v.IsZero()) {
				outcome := Unchanged
				if prev.Outcome == Gone {
					outcome = Gone
				}
				c.report(Event{URL: t.url, Kind: kind, Outcome: outcome, ArticleID: prev.ArticleID})
				return
			}
		}
		if c.opts.MaxPages > 0 && c.articles.Add(1) > int64(c.opts.MaxPages) {
			return
		}
	}
	resp, err := c.get(ctx, h, t.url, v)
	if err != nil {
		var se *fetch.StatusError
		isStatus := errors.As(err, &se)
		if t.optional && isStatus && se.StatusCode >= 400 && se.StatusCode < 500 {
			return
		}
		if errors.Is(err, ErrRobots) {
			c.report(Event{URL: t.url, Kind: kind, Outcome: Robots})
			return
		}
		if kind == KindArticle && isStatus && (se.StatusCode == http.StatusNotFound || se.StatusCode == http.StatusGone) {
			// Reported once; later crawls leave the dead link alone.
			c.record(ctx, store.CrawlPage{URL: t.url, Kind: string(KindArticle), Outcome: Gone})
		}
		c.fail(ctx, t, kind, err)
		return
	}
	c.seen()
	if resp.NotModified() {
		c.report(Event{URL: t.url, Kind: kind, Outcome: NotModified, ArticleID: prev.ArticleID})
		// A list's links are queued again: a crawl cut short may have
		// left some of them undone, and the done ones cost little.
		c.enqueueLinks(prev.Links, childKind(kind))
		if kind == KindHome {
			c.guessSitemap(h, u)
		}
		return
	}
	if kind == KindArticle {
		c.article(ctx, t, h, resp)
		return
	}
	sniffed, body, err := sniff(resp.Body)
	if err != nil {
		c.fail(ctx, t, kind, err)
		return
	}
	switch {
	case sniffed != "":
		c.list(ctx, t, sniffed, resp, body)
	case t.seed:
		c.home(ctx, t, h, resp)
	default:
		c.article(ctx, t, h, resp)
	}
}

// done reports whether an article outcome is final: the page need not be
// fetched again to learn anything.
func done(outcome string) bool {
	switch outcome {
	case Stored, Duplicate, Unchanged, NotModified, NoArticle, Gone:
		return true
	}
	return false
}

// childKind is what the links of a page of kind k hold.
func childKind(k Kind) Kind {
	switch k {
	case KindFeed, KindSitemap:
		return KindArticle
	case KindSitemapIndex:
		return KindSitemap
	}
	return ""
}

func (c *Crawler) enqueueLinks(links []string, kind Kind) {
	for _, l := range links {
		c.enqueue(task{url: l, kind: kind})
	}
}

func (c *Crawler) fail(ctx context.Context, t task, kind Kind, err error) {
	if ctx.Err() != nil {
		return
	}
	c.report(Event{URL: t.url, Kind: kind, Outcome: Failed, Err: err})
}

// record keeps what the crawl learnt of a page; a failure to write it is
// reported but does not undo the page.
func (c *Crawler) record(ctx context.Context, p store.CrawlPage) {
	p.Fetched = c.clock.Now()
	if err := c.archive.SetCrawlPage(ctx, p); err != nil && ctx.Err() == nil {
		c.report(Event{URL: p.URL, Kind: Kind(p.Kind), Outcome: Failed, Err: fmt.Errorf("crawl state: %w", err)})
	}
}

// settle records what became of page p, with outcome, and reports it.
func (c *Crawler) settle(ctx context.Context, p store.CrawlPage, outcome string, err error) {
	p.Outcome = outcome
	c.record(ctx, p)
	c.report(Event{URL: p.URL, Kind: Kind(p.Kind), Outcome: outcome, Err: err})
}

// list reads a feed, a sitemap or a sitemap index and queues its links.
func (c *Crawler) list(ctx context.Context, t task, kind Kind, resp *fetch.Response, body []byte) {
	base := parse(resp.URL)
	var entries []entry
	var err error
	if kind == KindFeed {
		entries, err = parseFeed(body, base)
	} else {
		entries, err = parseSitemap(body, base)
	}
	if err != nil {
		c.fail(ctx, t, kind, err)
		return
	}
	var links []string
	var queue []task
	for _, e := range entries {
		// An index's sitemap dated before Since was last changed then,
		// so it lists nothing newer either.
		if !c.opts.Since.IsZero() && !e.Date.IsZero() && e.Date.Before(c.opts.Since) {
			c.report(Event{URL: e.URL, Kind: childKind(kind), Outcome: TooOld})
			continue
		}
		links = append(links, e.URL)
		queue = append(queue, task{url: e.URL, kind: childKind(kind), modified: e.Modified})
	}
	v := resp.Validators()
	c.settle(ctx, store.CrawlPage{URL: t.url, Kind: string(kind), ETag: v.ETag, LastModified: v.LastModified, Links: links}, Listed, nil)
	for _, t := range queue {
		c.enqueue(t)
	}
}

// home reads a site's page for the feeds it announces and the sitemaps its
// robots.txt lists. A page that leads to neither is taken for an article.
func (c *Crawler) home(ctx context.Context, t task, h *host, resp *fetch.Response) {
	base := parse(resp.URL)
	links := readLinks(resp.Body, base).feeds
	links = append(links, h.sitemaps()...)
	if len(links) == 0 {
		c.article(ctx, t, h, resp)
		return
	}
	v := resp.Validators()
	c.settle(ctx, store.CrawlPage{URL: t.url, Kind: string(KindHome), ETag: v.ETag, LastModified: v.LastModified, Links: links}, Listed, nil)
	c.enqueueLinks(links, "")
	c.guessSitemap(h, base)
}

// guessSitemap queues /sitemap.xml, where sitemaps usually are, for a site
// whose robots.txt names none; its absence is no error.
func (c *Crawler) guessSitemap(h *host, u *url.URL) {
	if len(h.sitemaps()) > 0 {
		return
	}
	root := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/sitemap.xml"}
	c.enqueue(task{url: root.String(), optional: true})
}

// htmlTypes are the Content-Types read as pages; an empty one is sniffed.
var htmlTypes = map[string]bool{"": true, "text/html": true, "application/xhtml+xml": true}

// article extracts the article of resp, joins its following pages, and
// stores it.
func (c *Crawler) article(ctx context.Context, t task, h *host, resp *fetch.Response) {
	v := resp.Validators()
	state := store.CrawlPage{URL: t.url, Kind: string(KindArticle), ETag: v.ETag, LastModified: v.LastModified}
	mt, _, _ := mime.ParseMediaType(resp.ContentType)
	if !htmlTypes[strings.ToLower(mt)] {
		c.settle(ctx, state, NoArticle, nil)
		return
	}
	a, err := extract.Extract(resp.Body, extract.Options{URL: resp.URL, ContentType: resp.ContentType})
	if err != nil {
		c.settle(ctx, state, NoArticle, err)
		return
	}
	a.Source = t.url
	// A site's front page given as a seed, without feeds: not a story of
	// its own, but its sitemap may list them.
	front := a.PageType == extract.TypeListing || a.PageType == extract.TypeCollection
	if t.seed && (front || !store.Storable(a)) {
		state.Kind = string(KindHome)
		c.settle(ctx, state, Listed, nil)
		c.guessSitemap(h, base(resp))
		return
	}
	if !store.Storable(a) {
		c.settle(ctx, state, NoArticle, nil)
		return
	}
	pages := c.joinPages(ctx, h, resp, a)
	// The page is recorded with the article, in one transaction, as
	// "stored": whether as a new story or a copy, it is in the archive.
	now := c.clock.Now()
	state.Outcome, state.Fetched = Stored, now
	r, err := c.archive.PutCrawled(ctx, store.Entry{Article: a, Fetched: now}, state)
	if err != nil {
		c.fail(ctx, t, KindArticle, fmt.Errorf("store: %w", err))
		return
	}
	e := Event{URL: t.url, Kind: KindArticle, ArticleID: r.ID, StoryID: r.StoryID, Pages: pages}
	switch {
	case r.Refetch:
		e.Outcome = Unchanged
	case r.Duplicate != "":
		e.Outcome = Duplicate
	default:
		e.Outcome = Stored
	}
	c.report(e)
}

func base(resp *fetch.Response) *url.URL { return parse(resp.URL) }

// joinPages follows an article onto its next pages (rel="next", or links
// reading "2" or "Next page" to the same path with a page number), up to
// MaxArticlePages, and appends their blocks to a. It returns the number
// of pages joined.
func (c *Crawler) joinPages(ctx context.Context, h *host, resp *fetch.Response, a *article.Article) int {
	first := base(resp)
	cur, curURL := resp.Body, first
	pages := 1
	for n := 2; n <= c.opts.MaxArticlePages && ctx.Err() == nil; n++ {
		next := nextPage(first, readLinks(cur, curURL).next, n)
		if next == "" {
			break
		}
		c.mu.Lock()
		c.queued[next] = true // not an article of its own
		c.mu.Unlock()
		nu := parse(next)
		if ok, err := c.allowed(ctx, h, nu); err != nil || !ok {
			break
		}
		pr, err := c.get(ctx, h, next, fetch.Validators{})
		if err != nil {
			c.opts.Logger.Warn("crawl: next page", "url", next, "err", err)
			break
		}
		c.seen()
		pa, err := extract.Extract(pr.Body, extract.Options{URL: pr.URL, ContentType: pr.ContentType})
		if err != nil || !store.Storable(pa) {
			break
		}
		if pages == 1 {
			a.SetBlocks(dropPagers(a.Blocks, nil))
		}
		appendPage(a, pa)
		pages++
		cur, curURL = pr.Body, base(pr)
	}
	return pages
}

// pagerText matches a block that is only a pager: page numbers, "next",
// "previous", arrows.
var pagerText = regexp.MustCompile(`(?i)^(?:(?:\d{1,3}|next|previous|prev|page|pages|of|next page|previous page|«|»|‹|›|<|>|→|←|\||·)\s*)+$`)

// dropPagers returns blocks without pager lines and, when seen is not
// nil, without blocks whose text is in seen.
func dropPagers(blocks []article.Block, seen map[string]bool) []article.Block {
	out := make([]article.Block, 0, len(blocks))
	for _, b := range blocks {
		t := strings.TrimSpace(b.Text)
		if pagerText.MatchString(t) || seen[t] {
			continue
		}
		out = append(out, b)
	}
	return out
}

// appendPage adds the body and images of a following page to a, leaving
// out what the first pages already have (a repeated standfirst, a
// pager).
func appendPage(a, page *article.Article) {
	seen := make(map[string]bool, len(a.Blocks))
	for _, b := range a.Blocks {
		seen[strings.TrimSpace(b.Text)] = true
	}
	a.SetBlocks(append(a.Blocks, dropPagers(page.Blocks, seen)...))
	have := make(map[string]bool, len(a.Images))
	for _, im := range a.Images {
		have[im.URL] = true
	}
	for _, im := range page.Images {
		if !have[im.URL] {
			a.Images = append(a.Images, im)
			have[im.URL] = true
		}
	}
}
