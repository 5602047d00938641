package crawl

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/temoto/robotstxt"

	"github.com/newsbite/newsbite/internal/fetch"
	"github.com/newsbite/newsbite/internal/store"
)

// maxCrawlDelay bounds what a robots.txt Crawl-delay can impose, so one
// site cannot stall a crawl for hours.
const maxCrawlDelay = time.Minute

// clock is the crawler's time: real in use, fake in tests so that delays
// and back-offs are recorded instead of waited for.
type clock interface {
	Now() time.Time
	Sleep(ctx context.Context, d time.Duration) error
}

type realClock struct{}

func (realClock) Now() time.Time { return time.Now() }

func (realClock) Sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// host is one site's share of the crawl: its robots.txt, how many
// requests may run on it at once, and when the next may start.
type host struct {
	slots chan struct{}

	mu    sync.Mutex
	next  time.Time // earliest start of the next request
	delay time.Duration

	robots *robotstxt.RobotsData // under mu

	robotsOnce sync.Mutex // held while robots.txt is being fetched
	robotsDone bool       // under robotsOnce
	robotsErr  error      // under robotsOnce
}

// hosts hands out the host of each URL.
type hosts struct {
	mu      sync.Mutex
	m       map[string]*host
	perHost int
	delay   time.Duration
}

// hostKey names u's host: its scheme and host, since robots.txt and
// connections are per scheme too.
func hostKey(u *url.URL) string { return strings.ToLower(u.Scheme + "://" + u.Host) }

func (hs *hosts) get(u *url.URL) *host {
	key := hostKey(u)
	hs.mu.Lock()
	defer hs.mu.Unlock()
	h := hs.m[key]
	if h == nil {
		h = &host{slots: make(chan struct{}, hs.perHost), delay: hs.delay}
		hs.m[key] = h
	}
	return h
}

// acquire waits for a free slot on h and for h's delay since the last
// request to pass; release must follow.
func (h *host) acquire(ctx context.Context, clk clock) error {
	select {
	case h.slots <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	h.mu.Lock()
	now := clk.Now()
	start := now
	if h.next.After(now) {
		start = h.next
	}
	h.next = start.Add(h.delay)
	h.mu.Unlock()
	if err := clk.Sleep(ctx, start.Sub(now)); err != nil {
		<-h.slots
		return err
	}
	return nil
}

func (h *host) release() { <-h.slots }

// holdOff keeps every request to h from starting before now+d: a 429 or
// 503 with Retry-After speaks for the whole site.
func (h *host) holdOff(now time.Time, d time.Duration) {
	h.mu.Lock()
	if t := now.Add(d); t.After(h.next) {
		h.next = t
	}
	h.mu.Unlock()
}

// ErrRobots is reported for a URL that robots.txt disallows.
var ErrRobots = errors.New("disallowed by robots.txt")

// maxRobotsBytes is the most of a robots.txt read, as Google reads: rules
// past it are ignored.
const maxRobotsBytes = 500 << 10

// loadRobots gets h's robots.txt once a crawl: from the archive while the
// copy there is younger than RobotsTTL, else from the site, conditionally.
// A missing one (4xx) allows everything; one that cannot be fetched (5xx
// after retries) disallows everything for this crawl, as the robots.txt
// standard asks; a failure to connect is the host's error, reported for
// each of its URLs.
func (c *Crawler) loadRobots(ctx context.Context, h *host, u *url.URL) error {
	h.robotsOnce.Lock()
	defer h.robotsOnce.Unlock()
	if h.robotsDone {
		return h.robotsErr
	}
	robotsURL := (&url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}).String()
	prev, known, err := c.archive.CrawlPage(ctx, robotsURL)
	if err != nil {
		return fmt.Errorf("crawl state: %w", err)
	}
	known = known && prev.Kind == string(KindRobots)
	var body string
	switch {
	case known && c.opts.RobotsTTL > 0 && c.clock.Now().Sub(prev.Fetched) < c.opts.RobotsTTL:
		body = prev.Body
	default:
		v := fetch.Validators{}
		if known {
			v = fetch.Validators{ETag: prev.ETag, LastModified: prev.LastModified}
		}
		resp, err := c.get(ctx, h, robotsURL, v)
		if err != nil && ctx.Err() != nil {
			return err
		}
		var se *fetch.StatusError
		switch {
		case err == nil && resp.NotModified():
			body = prev.Body
		case err == nil:
			body = string(resp.Body[:min(len(resp.Body), maxRobotsBytes)])
			v = resp.Validators()
		case errors.As(err, &se) && se.StatusCode >= 400 && se.StatusCode < 500:
			// No robots.txt: no rules, which an empty one says too.
			body, v = "", fetch.Validators{}
		case errors.As(err, &se):
			// The site is in trouble: keep off it for this crawl, and
			// remember nothing.
			rd, _ := robotstxt.FromStatusAndBytes(http.StatusServiceUnavailable, nil)
			h.setRobots(rd, 0)
			h.robotsDone = true
			return nil
		default:
			h.robotsErr = fmt.Errorf("robots.txt: %w", err)
			h.robotsDone = true
			return h.robotsErr
		}
		c.record(ctx, store.CrawlPage{URL: robotsURL, Kind: string(KindRobots), ETag: v.ETag, LastModified: v.LastModified, Body: body, Outcome: Listed})
	}
	rd, err := robotstxt.FromString(body)
	if err != nil {
		// An unreadable robots.txt says nothing clear: allow, as for a
		// missing one.
		rd, _ = robotstxt.FromString("")
	}
	h.setRobots(rd, min(rd.FindGroup(c.userAgent()).CrawlDelay, maxCrawlDelay))
	h.robotsDone = true
	return nil
}

func (h *host) setRobots(rd *robotstxt.RobotsData, delay time.Duration) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.robots = rd
	h.delay = max(h.delay, delay)
}

// loadedRobots returns h's robots.txt if it was fetched, else nil.
func (h *host) loadedRobots() *robotstxt.RobotsData {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.robots
}

// robotsPath is the part of u robots.txt rules match.
func robotsPath(u *url.URL) string {
	p := u.EscapedPath()
	if p == "" {
		p = "/"
	}
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return p
}

// allowed reports whether robots.txt lets the crawler fetch u.
func (c *Crawler) allowed(ctx context.Context, h *host, u *url.URL) (bool, error) {
	if err := c.loadRobots(ctx, h, u); err != nil {
		return false, err
	}
	return h.loadedRobots().TestAgent(robotsPath(u), c.userAgent()), nil
}

// checkRedirect refuses a redirect to a URL that a robots.txt already
// fetched disallows. (A host whose robots.txt is not known yet is let
// through: fetching it in the middle of a redirect would bypass the
// host's delay.)
func (c *Crawler) checkRedirect(u *url.URL) error {
	rd := c.hosts.get(u).loadedRobots()
	if rd != nil && !rd.TestAgent(robotsPath(u), c.userAgent()) {
		return fmt.Errorf("redirect to %s: %w", u.Redacted(), ErrRobots)
	}
	return nil
}

// sitemaps returns the sitemaps h's robots.txt lists.
func (h *host) sitemaps() []string {
	rd := h.loadedRobots()
	if rd == nil {
		return nil
	}
	return rd.Sitemaps
}

// get fetches rawURL politely: through h's slot and delay, retrying a
// 429, a 5xx or a time-out with exponential back-off, and waiting as long
// as a Retry-After asks (up to MaxRetryWait).
func (c *Crawler) get(ctx context.Context, h *host, rawURL string, v fetch.Validators) (*fetch.Response, error) {
	backoff := c.opts.Backoff
	for attempt := 0; ; attempt++ {
		if err := h.acquire(ctx, c.clock); err != nil {
			return nil, err
		}
		c.requests.Add(1)
		resp, err := c.client.GetIfChanged(ctx, rawURL, v)
		h.release()
		if err == nil || ctx.Err() != nil || attempt >= c.opts.Retries {
			return resp, err
		}
		wait, retry := c.retryAfter(err, backoff)
		if !retry {
			return nil, err
		}
		if wait > c.opts.MaxRetryWait {
			return nil, fmt.Errorf("%w (asked to wait %s)", err, wait)
		}
		c.retries.Add(1)
		h.holdOff(c.clock.Now(), wait)
		backoff *= 2
	}
}

// retryAfter says whether err is worth another try, and after how long.
func (c *Crawler) retryAfter(err error, backoff time.Duration) (time.Duration, bool) {
	var se *fetch.StatusError
	switch {
	case errors.As(err, &se):
		if se.StatusCode != http.StatusTooManyRequests && se.StatusCode < 500 {
			return 0, false
		}
		if d, ok := parseRetryAfter(se.Header.Get("Retry-After"), c.clock.Now()); ok {
			return d, true
		}
		return backoff, true
	case errors.Is(err, fetch.ErrTimeout):
		return backoff, true
	}
	return 0, false
}

// parseRetryAfter reads a Retry-After header: seconds, or an HTTP date.
func parseRetryAfter(s string, now time.Time) (time.Duration, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, false
	}
	if n, err := strconv.Atoi(s); err == nil {
		if n < 0 {
			return 0, false
		}
		return time.Duration(n) * time.Second, true
	}
	if t, err := http.ParseTime(s); err == nil {
		return max(t.Sub(now), 0), true
	}
	return 0, false
}
