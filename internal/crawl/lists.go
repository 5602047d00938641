package crawl

import (
	"bytes"
	"compress/gzip"
	"encoding/xml"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// maxSitemapBytes caps a sitemap once gunzipped: the sitemap protocol
// allows 50 MB.
const maxSitemapBytes = 50 << 20

// entry is a link a feed or sitemap lists, with the dates it gives, if
// any.
type entry struct {
	URL string
	// Date is when the page was published, else when it was last changed.
	Date time.Time
	// Modified is when the page last changed, else when it was published.
	Modified time.Time
}

// sniff says what body is: a feed, a sitemap (urlset), a sitemap index, or
// "" for anything else (HTML, most likely). A gzipped body is gunzipped
// first, and returned so.
func sniff(body []byte) (Kind, []byte, error) {
	if isGzip(body) {
		var err error
		if body, err = gunzip(body, maxSitemapBytes); err != nil {
			return "", nil, err
		}
	}
	head := body[:min(len(body), 2048)]
	lower := bytes.ToLower(head)
	switch {
	case bytes.Contains(lower, []byte("<urlset")):
		return KindSitemap, body, nil
	case bytes.Contains(lower, []byte("<sitemapindex")):
		return KindSitemapIndex, body, nil
	case bytes.Contains(lower, []byte("<html")) || bytes.Contains(lower, []byte("<!doctype html")):
		return "", body, nil
	}
	if gofeed.DetectFeedType(bytes.NewReader(body)) != gofeed.FeedTypeUnknown {
		return KindFeed, body, nil
	}
	return "", body, nil
}

func isGzip(b []byte) bool { return len(b) > 2 && b[0] == 0x1f && b[1] == 0x8b }

// gunzip decompresses b, failing once more than limit bytes come out.
func gunzip(b []byte, limit int64) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	defer zr.Close()
	out, err := io.ReadAll(io.LimitReader(zr, limit+1))
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	if int64(len(out)) > limit {
		return nil, fmt.Errorf("gunzipped body over %d bytes", limit)
	}
	return out, nil
}

// parseFeed returns the items of an RSS, Atom or JSON feed, their links
// resolved against base.
func parseFeed(body []byte, base *url.URL) ([]entry, error) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("feed: %w", err)
	}
	var out []entry
	for _, it := range f.Items {
		link := it.Link
		if link == "" && len(it.Links) > 0 {
			link = it.Links[0]
		}
		if link == "" && strings.HasPrefix(it.GUID, "http") {
			link = it.GUID
		}
		u := resolve(base, link)
		if u == "" {
			continue
		}
		e := entry{URL: u}
		if it.PublishedParsed != nil {
			e.Date, e.Modified = *it.PublishedParsed, *it.PublishedParsed
		}
		if it.UpdatedParsed != nil {
			e.Modified = *it.UpdatedParsed
			if e.Date.IsZero() {
				e.Date = e.Modified
			}
		}
		out = append(out, e)
	}
	return out, nil
}

// sitemapXML reads a urlset or a sitemap index; element names match in
// any namespace, so Google News sitemaps' news:publication_date is read
// as well.
type sitemapXML struct {
	URLs []struct {
		Loc     string `xml:"loc"`
		LastMod string `xml:"lastmod"`
		News    struct {
			Published string `xml:"publication_date"`
		} `xml:"news"`
	} `xml:"url"`
	Sitemaps []struct {
		Loc     string `xml:"loc"`
		LastMod string `xml:"lastmod"`
	} `xml:"sitemap"`
}

// parseSitemap returns the pages of a urlset or the sitemaps of a sitemap
// index, resolved against base.
func parseSitemap(body []byte, base *url.URL) ([]entry, error) {
	var sm sitemapXML
	dec := xml.NewDecoder(bytes.NewReader(body))
	dec.Strict = false
	if err := dec.Decode(&sm); err != nil {
		return nil, fmt.Errorf("sitemap: %w", err)
	}
	var out []entry
	for _, u := range sm.URLs {
		if r := resolve(base, u.Loc); r != "" {
			pub, mod := parseW3CDate(u.News.Published), parseW3CDate(u.LastMod)
			if pub.IsZero() {
				pub = mod
			}
			if mod.IsZero() {
				mod = pub
			}
			out = append(out, entry{URL: r, Date: pub, Modified: mod})
		}
	}
	for _, s := range sm.Sitemaps {
		if r := resolve(base, s.Loc); r != "" {
			d := parseW3CDate(s.LastMod)
			out = append(out, entry{URL: r, Date: d, Modified: d})
		}
	}
	return out, nil
}

// parseW3CDate reads the W3C datetime forms sitemaps use; zero if none
// fits.
func parseW3CDate(s string) time.Time {
	s = strings.TrimSpace(s)
	for _, l := range []string{time.RFC3339Nano, "2006-01-02T15:04Z07:00", "2006-01-02T15:04:05", "2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(l, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

// resolve returns ref made absolute against base, without its fragment,
// or "" when it is not an http(s) URL.
func resolve(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return ""
	}
	u.Fragment, u.RawFragment = "", ""
	return u.String()
}
