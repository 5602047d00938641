// Package fetch downloads web pages for NewsBite without becoming a tool
// against the network it runs in.
//
// The private-address check runs in the dialer's Control hook, on the
// address actually being connected to after DNS resolution, so a host name
// that resolves (or is rebound) to an internal address and a redirect to an
// internal address are refused as surely as a literal one. Environment
// proxies are not used, since a proxy would make every connection go to the
// proxy's address and hide the real destination from that check.
//
// Bodies are capped: a body larger than MaxBytes, before or after gzip or
// deflate decoding, is an error (ErrTooLarge), never a silently truncated
// page.
package fetch

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
	"time"
)

// DefaultUserAgent names NewsBite to the sites it fetches.
const DefaultUserAgent = "NewsBite/0.1 (+https://github.com/newsbite/newsbite)"

// Defaults for the zero Options.
const (
	DefaultTimeout      = 30 * time.Second
	DefaultReadTimeout  = 10 * time.Second
	DefaultMaxBytes     = 16 << 20
	DefaultMaxRedirects = 10
)

// Errors returned by Get, wrapped with context; test them with errors.Is.
var (
	ErrPrivateAddress    = errors.New("refusing to connect to a non-public address")
	ErrTooLarge          = errors.New("response body too large")
	ErrTooManyRedirects  = errors.New("too many redirects")
	ErrUnsupportedScheme = errors.New("only http and https URLs can be fetched")
	ErrTimeout           = errors.New("timed out")
)

// StatusError is returned for a response whose status is not 2xx (nor
// 304 to a conditional GET).
type StatusError struct {
	URL        string
	StatusCode int
	Status     string
	// Header is the response's header: a caller that retries reads its
	// Retry-After.
	Header http.Header
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("get %s: status %s", e.URL, e.Status)
}

// Options configure a Client. The zero value is usable.
type Options struct {
	// Timeout bounds a whole Get: connecting, redirects, headers and body.
	// Zero means DefaultTimeout.
	Timeout time.Duration
	// ReadTimeout bounds each read from the connection, so a server that
	// stops sending is dropped before Timeout. Zero means the lesser of
	// DefaultReadTimeout and Timeout.
	ReadTimeout time.Duration
	// MaxBytes caps the body, both as sent and once decompressed. Zero
	// means DefaultMaxBytes.
	MaxBytes int64
	// MaxRedirects is how many redirects are followed. Zero means
	// DefaultMaxRedirects; a negative value follows none.
	MaxRedirects int
	// AllowPrivate lets the client connect to loopback, private and other
	// non-public addresses (see IsPublic).
	AllowPrivate bool
	// UserAgent is sent with every request. Empty means DefaultUserAgent.
	UserAgent string
	// CheckRedirect, if set, is asked about the target of every redirect
	// before it is followed; its error ends the Get (a crawler refuses
	// targets its robots.txt disallows).
	CheckRedirect func(target *url.URL) error
}

// Response is a fetched page.
type Response struct {
	// URL is the final URL, after redirects.
	URL         string
	StatusCode  int
	ContentType string
	// Body is the decoded body (gzip and deflate are undone).
	Body   []byte
	Header http.Header
}

// Client fetches pages. It is safe for concurrent use.
type Client struct {
	opts Options
	http *http.Client
	// permit decides whether a resolved address may be dialled.
	permit func(netip.AddrPort) bool
}

// New returns a Client with opts, defaults filled in.
func New(opts Options) *Client {
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.ReadTimeout <= 0 {
		opts.ReadTimeout = min(DefaultReadTimeout, opts.Timeout)
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	if opts.MaxRedirects == 0 {
		opts.MaxRedirects = DefaultMaxRedirects
	}
	if opts.UserAgent == "" {
		opts.UserAgent = DefaultUserAgent
	}
	c := &Client{opts: opts, permit: func(ap netip.AddrPort) bool { return IsPublic(ap.Addr()) }}
	if opts.AllowPrivate {
		c.permit = func(netip.AddrPort) bool { return true }
	}
	dialer := &net.Dialer{
		Timeout:   opts.Timeout,
		KeepAlive: 30 * time.Second,
		Control:   c.control,
	}
	transport := &http.Transport{
		Proxy: nil,
		DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			conn, err := dialer.DialContext(ctx, network, addr)
			if err != nil {
				return nil, err
			}
			return &deadlineConn{Conn: conn, timeout: opts.ReadTimeout}, nil
		},
		ForceAttemptHTTP2:     true,
		TLSHandshakeTimeout:   opts.Timeout,
		ResponseHeaderTimeout: opts.Timeout,
		MaxIdleConns:          64,
		MaxIdleConnsPerHost:   4,
		IdleConnTimeout:       90 * time.Second,
		// Decompression is done here, under the size cap.
		DisableCompression: true,
	}
	c.http = &http.Client{
		Transport:     transport,
		CheckRedirect: c.checkRedirect,
	}
	return c
}

// control is the dialer's Control hook: it sees the resolved address of
// every connection, whatever name or redirect led to it.
func (c *Client) control(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: cannot parse %q", ErrPrivateAddress, address)
	}
	if !c.permit(ap) {
		return fmt.Errorf("%w: %s", ErrPrivateAddress, ap.Addr())
	}
	return nil
}

func (c *Client) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > c.opts.MaxRedirects {
		return fmt.Errorf("%w: limit %d", ErrTooManyRedirects, max(c.opts.MaxRedirects, 0))
	}
	if err := checkScheme(req.URL); err != nil {
		return err
	}
	if c.opts.CheckRedirect != nil {
		return c.opts.CheckRedirect(req.URL)
	}
	return nil
}

func checkScheme(u *url.URL) error {
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("%w: %q", ErrUnsupportedScheme, u.Redacted())
	}
	if u.Host == "" {
		return fmt.Errorf("url %q has no host", u.Redacted())
	}
	return nil
}

// Validators are what a server said identifies the version of a page it
// sent: its ETag and Last-Modified headers. Sent back, they make a GET
// conditional.
type Validators struct {
	ETag         string
	LastModified string
}

// IsZero reports whether v holds no validator.
func (v Validators) IsZero() bool { return v.ETag == "" && v.LastModified == "" }

// Validators returns the response's ETag and Last-Modified.
func (r *Response) Validators() Validators {
	if r.Header == nil {
		return Validators{}
	}
	return Validators{ETag: r.Header.Get("ETag"), LastModified: r.Header.Get("Last-Modified")}
}

// NotModified reports whether the response is a 304 to a conditional GET.
func (r *Response) NotModified() bool { return r.StatusCode == http.StatusNotModified }

// Get fetches rawURL. A non-2xx status is returned as a *StatusError.
func (c *Client) Get(ctx context.Context, rawURL string) (*Response, error) {
	return c.GetIfChanged(ctx, rawURL, Validators{})
}

// GetIfChanged fetches rawURL unless the page is still the version v
// identifies: it sends v as If-None-Match and If-Modified-Since, and a
// 304 answer is returned as a Response without a body whose NotModified
// is true. With zero v it is Get.
func (c *Client) GetIfChanged(ctx context.Context, rawURL string, v Validators) (*Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, err
	}
	if err := checkScheme(u); err != nil {
		return nil, err
	}
	parent := ctx
	ctx, cancel := context.WithTimeout(parent, c.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", c.opts.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5")
	req.Header.Set("Accept-Encoding", "gzip, deflate")
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}

	resp, err := c.http.Do(req)
	if err != nil {
		return nil, classify(parent, ctx, err)
	}
	defer resp.Body.Close()
	final := resp.Request.URL.String()
	if resp.StatusCode == http.StatusNotModified && !v.IsZero() {
		return &Response{URL: final, StatusCode: resp.StatusCode, Header: resp.Header}, nil
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, &StatusError{URL: final, StatusCode: resp.StatusCode, Status: resp.Status, Header: resp.Header}
	}
	body, err := c.readBody(resp)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", final, classify(parent, ctx, err))
	}
	return &Response{
		URL:         final,
		StatusCode:  resp.StatusCode,
		ContentType: resp.Header.Get("Content-Type"),
		Body:        body,
		Header:      resp.Header,
	}, nil
}

// classify marks errors caused by the client's own time limits with
// ErrTimeout; an end of the caller's context is left as it is.
func classify(parent, ctx context.Context, err error) error {
	if parent.Err() != nil {
		return err
	}
	var ne net.Error
	if ctx.Err() != nil || (errors.As(err, &ne) && ne.Timeout()) {
		return fmt.Errorf("%w: %w", ErrTimeout, err)
	}
	return err
}

// readBody reads and decodes the body, failing with ErrTooLarge once more
// than MaxBytes arrive or decompress.
func (c *Client) readBody(resp *http.Response) ([]byte, error) {
	max := c.opts.MaxBytes
	if resp.ContentLength > max {
		return nil, fmt.Errorf("%w: %d bytes declared, limit %d", ErrTooLarge, resp.ContentLength, max)
	}
	wire := &capReader{r: resp.Body, limit: max}
	var r io.Reader = wire
	switch enc := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))); enc {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(wire)
		if err != nil {
			return nil, fmt.Errorf("gzip body: %w", err)
		}
		defer zr.Close()
		r = zr
	case "deflate":
		zr, err := deflateReader(wire)
		if err != nil {
			return nil, fmt.Errorf("deflate body: %w", err)
		}
		defer zr.Close()
		r = zr
	default:
		return nil, fmt.Errorf("unsupported content encoding %q", enc)
	}
	return ReadAll(r, max)
}

// ReadAll reads r to its end, failing with ErrTooLarge once more than
// limit bytes arrive.
func ReadAll(r io.Reader, limit int64) ([]byte, error) {
	b, err := io.ReadAll(&capReader{r: r, limit: limit})
	if err != nil {
		return nil, err
	}
	return b, nil
}

// deflateReader reads "deflate" bodies, which servers send either as zlib
// streams (as the standard says) or as raw deflate data.
func deflateReader(r io.Reader) (io.ReadCloser, error) {
	br := bufio.NewReader(r)
	head, err := br.Peek(2)
	if err != nil {
		return nil, err
	}
	if head[0]&0x0f == 8 && (uint16(head[0])<<8|uint16(head[1]))%31 == 0 {
		return zlib.NewReader(br)
	}
	return flate.NewReader(br), nil
}

// capReader fails with ErrTooLarge when more than limit bytes can be read.
type capReader struct {
	r     io.Reader
	limit int64
	n     int64
}

func (c *capReader) Read(p []byte) (int, error) {
	// Read one byte past the limit to tell "exactly at" from "over".
	if room := c.limit + 1 - c.n; int64(len(p)) > room {
		p = p[:room]
	}
	n, err := c.r.Read(p)
	c.n += int64(n)
	if c.n > c.limit {
		return n - int(c.n-c.limit), fmt.Errorf("%w: more than %d bytes", ErrTooLarge, c.limit)
	}
	return n, err
}

// deadlineConn sets a fresh read deadline before every read, so a server
// that stops sending is cut off after the read timeout.
type deadlineConn struct {
	net.Conn
	timeout time.Duration
}

func (c *deadlineConn) Read(p []byte) (int, error) {
	if err := c.Conn.SetReadDeadline(time.Now().Add(c.timeout)); err != nil {
		return 0, err
	}
	return c.Conn.Read(p)
}
