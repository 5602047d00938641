// Package crawl collects news articles from the web into NewsBite's
// archive: it reads feeds (RSS, Atom, JSON Feed), sitemaps and sitemap
// indexes (Google News ones too, gzipped or not) and home pages (whose
// feeds and sitemaps it discovers), fetches the articles they list,
// extracts them and stores them, where copies are linked into stories.
//
// It is polite: robots.txt is obeyed (and kept in the archive for a day,
// RobotsTTL), each host gets one request at a time
// (PerHost) with a delay between requests (Delay, or the site's
// Crawl-delay if longer), and 429 and 5xx answers are retried with
// exponential back-off, waiting as long as Retry-After asks. It is
// frugal: feeds, sitemaps and home pages are asked for with the ETag and
// Last-Modified they last had, so an unchanged one costs a 304 and nothing
// else, and a stored article is asked for again (conditionally too) only
// when a feed or sitemap dates it after its fetch, or when Recheck says
// so. And it resumes: what it learnt of each URL is kept in the archive as
// soon as the page is done, so a crawl that is killed and started again
// fetches only what it had not finished.
//
// A crawl into an archive:
//
//	st, err := store.Open(ctx, path)
//	...
//	sum, err := crawl.New(st, crawl.Options{Since: yesterday}).Run(ctx, "https://example.com/")
//	fmt.Println(sum) // 120 pages seen, 97 stored, 9 duplicates, ...
package crawl

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/newsbite/newsbite/internal/fetch"
	"github.com/newsbite/newsbite/internal/store"
)

// Kind says what a URL holds.
type Kind string

// Kinds of crawled pages; the empty Kind is a page not yet looked at.
const (
	KindFeed         Kind = "feed"
	KindSitemap      Kind = "sitemap"
	KindSitemapIndex Kind = "sitemapindex"
	KindHome         Kind = "home"
	KindArticle      Kind = "article"
	KindRobots       Kind = "robots"
)

// Outcomes of a page, as Events and the archive's crawl state name them.
const (
	Stored      = "stored"       // a new story
	Duplicate   = "duplicate"    // a copy, linked to a story already stored
	Unchanged   = "unchanged"    // stored before; not fetched again, or fetched with the same text
	NotModified = "not-modified" // a 304 to a conditional request
	Listed      = "listed"       // a feed, sitemap or home page whose links were queued
	NoArticle   = "no-article"   // a page without an article, or not HTML
	TooOld      = "too-old"      // listed with a date before Since
	Robots      = "robots"       // disallowed by robots.txt
	Gone        = "gone"         // an article answered 404 or 410, not asked for again
	Failed      = "error"
)

// Defaults of the zero Options.
const (
	DefaultWorkers      = 4
	DefaultPerHost      = 1
	DefaultDelay        = time.Second
	DefaultRetries      = 3
	DefaultBackoff      = 2 * time.Second
	DefaultMaxRetryWait = 2 * time.Minute
	DefaultRobotsTTL    = 24 * time.Hour
	// DefaultMaxArticlePages bounds how many pages of one article are
	// fetched and joined.
	DefaultMaxArticlePages = 10
)

// Archive is where a crawl stores articles and what it learnt of each
// URL; *store.Store is one.
type Archive interface {
	// PutCrawled stores an article and records its page in one
	// transaction.
	PutCrawled(ctx context.Context, e store.Entry, p store.CrawlPage) (store.Result, error)
	CrawlPage(ctx context.Context, url string) (store.CrawlPage, bool, error)
	SetCrawlPage(ctx context.Context, p store.CrawlPage) error
}

// Options configure a crawl. The zero value is usable.
type Options struct {
	// Workers is how many pages are fetched at once in all; zero means
	// DefaultWorkers.
	Workers int
	// PerHost is how many requests may run on one host at once; zero
	// means DefaultPerHost.
	PerHost int
	// Delay is the least time between the starts of two requests to one
	// host; a longer robots.txt Crawl-delay wins. Zero means DefaultDelay;
	// a negative value means none.
	Delay time.Duration
	// Recheck asks again, conditionally, for articles stored before that
	// no list says have changed since. Without it they are left alone:
	// a feed or sitemap that lists a stored article with a newer date
	// than its fetch is what sends the crawler back to it.
	Recheck bool
	// RobotsTTL is how long a robots.txt kept in the archive is used
	// without asking the site again; zero means DefaultRobotsTTL, a
	// negative value asks every crawl (conditionally).
	RobotsTTL time.Duration
	// MaxPages stops the crawl from fetching more than this many article
	// pages; zero means no limit.
	MaxPages int
	// MaxArticlePages bounds the pages of one article that are joined;
	// zero means DefaultMaxArticlePages.
	MaxArticlePages int
	// Since skips feed items and sitemap entries dated before it; zero
	// skips none. Undated ones are kept.
	Since time.Time
	// Retries is how many times a 429, 5xx or timed-out request is tried
	// again; zero means DefaultRetries, negative none.
	Retries int
	// Backoff is the wait before the first retry when the server gives no
	// Retry-After; it doubles with each retry. Zero means DefaultBackoff.
	Backoff time.Duration
	// MaxRetryWait is the longest Retry-After obeyed; a server asking for
	// more makes the request fail. Zero means DefaultMaxRetryWait.
	MaxRetryWait time.Duration
	// Fetch configures the HTTP client: timeouts, size caps, redirects,
	// AllowPrivate and the User-Agent (fetch.DefaultUserAgent if empty),
	// which is also the name robots.txt rules are matched against.
	Fetch fetch.Options
	// OnEvent, if set, is called after each page, from several goroutines
	// at once.
	OnEvent func(Event)
	// Logger receives a line for each failed page; nil means none.
	Logger *slog.Logger
}

// Event reports what became of one URL.
type Event struct {
	URL     string
	Kind    Kind
	Outcome string
	// ArticleID and StoryID are set for Stored and Duplicate.
	ArticleID, StoryID int64
	// Pages is how many pages an article was joined from.
	Pages int
	Err   error
}

// Summary counts what a crawl did.
type Summary struct {
	// Requests is the number of HTTP requests made, retries and
	// robots.txt included; Seen the number of pages answered (304s too).
	Requests, Seen int
	Stored         int // new stories
	Duplicates     int // copies linked to a story already stored
	Unchanged      int // already stored: skipped, or refetched with the same text
	NotModified    int // 304 answers to conditional requests
	Listed         int // feeds, sitemaps and home pages read
	NoArticle      int // pages without an article
	TooOld         int // entries dated before Since
	Robots         int // URLs robots.txt disallowed
	Retries        int
	Errors         int
}

func (s Summary) String() string {
	return fmt.Sprintf("%d pages seen, %d stored, %d duplicates, %d not modified, %d unchanged, %d skipped by robots.txt, %d without article, %d errors",
		s.Seen, s.Stored, s.Duplicates, s.NotModified, s.Unchanged, s.Robots, s.NoArticle, s.Errors)
}

// Crawler crawls into an Archive. Use it for one Run at a time.
type Crawler struct {
	opts    Options
	archive Archive
	client  *fetch.Client
	clock   clock
	hosts   hosts

	requests, retries atomic.Int64
	articles          atomic.Int64 // article fetches, for MaxPages

	mu      sync.Mutex
	queued  map[string]bool
	summary Summary
	q       *queue
}

// New returns a Crawler that stores into archive.
func New(archive Archive, opts Options) *Crawler {
	if opts.Workers <= 0 {
		opts.Workers = DefaultWorkers
	}
	if opts.PerHost <= 0 {
		opts.PerHost = DefaultPerHost
	}
	opts.Delay = zeroDefaultNegNone(opts.Delay, DefaultDelay)
	if opts.MaxArticlePages <= 0 {
		opts.MaxArticlePages = DefaultMaxArticlePages
	}
	opts.Retries = zeroDefaultNegNone(opts.Retries, DefaultRetries)
	if opts.Backoff <= 0 {
		opts.Backoff = DefaultBackoff
	}
	if opts.MaxRetryWait <= 0 {
		opts.MaxRetryWait = DefaultMaxRetryWait
	}
	opts.RobotsTTL = zeroDefaultNegNone(opts.RobotsTTL, DefaultRobotsTTL)
	if opts.Fetch.UserAgent == "" {
		opts.Fetch.UserAgent = fetch.DefaultUserAgent
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	c := &Crawler{
		opts:    opts,
		archive: archive,
		clock:   realClock{},
		hosts:   hosts{m: map[string]*host{}, perHost: opts.PerHost, delay: opts.Delay},
	}
	fo := opts.Fetch
	if user := fo.CheckRedirect; user != nil {
		fo.CheckRedirect = func(u *url.URL) error {
			if err := c.checkRedirect(u); err != nil {
				return err
			}
			return user(u)
		}
	} else {
		fo.CheckRedirect = c.checkRedirect
	}
	c.client = fetch.New(fo)
	return c
}

// zeroDefaultNegNone reads an option whose zero value means def and
// whose negative value means none (zero).
func zeroDefaultNegNone[T int | time.Duration](v, def T) T {
	switch {
	case v == 0:
		return def
	case v < 0:
		return 0
	}
	return v
}

// userAgent is the name robots.txt rules are matched against.
func (c *Crawler) userAgent() string { return c.opts.Fetch.UserAgent }

// ErrBadSeed is returned by Run for a seed that is not an http(s) URL.
var ErrBadSeed = errors.New("not an http or https URL")

// Run crawls from seeds (feeds, sitemaps, home pages or articles) until
// everything they lead to is done or ctx ends, and returns what it did.
// Errors on single pages are counted and reported through OnEvent, not
// returned; the error is ctx's when the crawl was cut short.
func (c *Crawler) Run(ctx context.Context, seeds ...string) (Summary, error) {
	c.mu.Lock()
	c.queued = map[string]bool{}
	c.summary = Summary{}
	c.q = newQueue(c.opts.PerHost)
	c.mu.Unlock()
	c.requests.Store(0)
	c.retries.Store(0)
	c.articles.Store(0)
	for _, s := range seeds {
		u := resolve(nil, s)
		if u == "" {
			return Summary{}, fmt.Errorf("%w: %q", ErrBadSeed, s)
		}
		c.enqueue(task{url: u, seed: true})
	}
	stop := context.AfterFunc(ctx, c.q.close)
	defer stop()
	var wg sync.WaitGroup
	for range c.opts.Workers {
		wg.Go(func() {
			for {
				t, ok := c.q.pop()
				if !ok {
					return
				}
				if ctx.Err() == nil {
					c.do(ctx, t)
				}
				c.q.done(t)
			}
		})
	}
	wg.Wait()
	c.mu.Lock()
	s := c.summary
	c.mu.Unlock()
	s.Requests = int(c.requests.Load())
	s.Retries = int(c.retries.Load())
	return s, ctx.Err()
}

// task is a URL to crawl and what it is believed to hold.
type task struct {
	url  string
	host string // scheme and host, the key of per-host limits
	kind Kind   // "" until looked at
	// seed marks a URL given to Run: only a seed's HTML is searched for
	// feeds and sitemaps.
	seed bool
	// optional marks a guessed URL (/sitemap.xml) whose absence is not an
	// error.
	optional bool
	// modified is when the list that gave the URL says it last changed.
	modified time.Time
}

// enqueue adds t unless its URL was queued already in this run.
func (c *Crawler) enqueue(t task) {
	c.mu.Lock()
	if c.queued[t.url] {
		c.mu.Unlock()
		return
	}
	c.queued[t.url] = true
	c.mu.Unlock()
	t.host = hostKey(parse(t.url))
	c.q.push(t)
}

// report counts e and passes it on.
func (c *Crawler) report(e Event) {
	c.mu.Lock()
	s := &c.summary
	switch e.Outcome {
	case Stored:
		s.Stored++
	case Duplicate:
		s.Duplicates++
	case Unchanged:
		s.Unchanged++
	case NotModified:
		s.NotModified++
	case Listed:
		s.Listed++
	case NoArticle:
		s.NoArticle++
	case TooOld:
		s.TooOld++
	case Robots:
		s.Robots++
	case Failed:
		s.Errors++
	}
	c.mu.Unlock()
	if e.Err != nil {
		c.opts.Logger.Warn("crawl", "url", e.URL, "err", e.Err)
	}
	if c.opts.OnEvent != nil {
		c.opts.OnEvent(e)
	}
}

func (c *Crawler) seen() {
	c.mu.Lock()
	c.summary.Seen++
	c.mu.Unlock()
}

// queue is the crawl's frontier: first in, first out, except that a task
// whose host already has PerHost workers on it waits and lets tasks of
// other hosts by, so that workers do not pile up behind one slow site. It
// knows when nothing is queued or running any more.
type queue struct {
	mu      sync.Mutex
	cond    *sync.Cond
	items   []task
	active  map[string]int // workers on each host
	perHost int
	pending int // queued or running
	closed  bool
}

func newQueue(perHost int) *queue {
	q := &queue{active: map[string]int{}, perHost: perHost}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *queue) push(t task) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed {
		return
	}
	q.items = append(q.items, t)
	q.pending++
	q.cond.Signal()
}

// pop returns the oldest task whose host has room, waiting while none
// has; false when the crawl is over.
func (q *queue) pop() (task, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for !q.closed && q.pending > 0 {
		for i, t := range q.items {
			if q.active[t.host] < q.perHost {
				q.items = slices.Delete(q.items, i, i+1)
				q.active[t.host]++
				return t, true
			}
		}
		q.cond.Wait()
	}
	return task{}, false
}

// done marks a popped task finished.
func (q *queue) done(t task) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.pending--
	if q.active[t.host]--; q.active[t.host] <= 0 {
		delete(q.active, t.host)
	}
	q.cond.Broadcast()
}

func (q *queue) close() {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.closed = true
	q.cond.Broadcast()
}

// parse is url.Parse for URLs resolve made.
func parse(raw string) *url.URL {
	u, _ := url.Parse(raw)
	return u
}
