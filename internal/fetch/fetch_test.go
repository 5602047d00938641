package fetch

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestIsPublic(t *testing.T) {
	for _, tc := range []struct {
		addr   string
		public bool
	}{
		{"93.184.216.34", true},
		{"8.8.8.8", true},
		{"2606:4700:4700::1111", true},
		{"::ffff:93.184.216.34", true},
		{"64:ff9b::808:808", true},
		{"127.0.0.1", false},
		{"127.8.9.10", false},
		{"::1", false},
		{"10.1.2.3", false},
		{"172.16.0.1", false},
		{"172.31.255.255", false},
		{"192.168.1.1", false},
		{"169.254.169.254", false}, // cloud metadata
		{"fe80::1", false},
		{"fe80::1%eth0", false},
		{"0.0.0.0", false},
		{"0.1.2.3", false},
		{"::", false},
		{"224.0.0.1", false},
		{"239.255.255.250", false},
		{"ff02::1", false},
		{"100.64.0.1", false},
		{"100.127.255.254", false},
		{"fc00::1", false},
		{"fd12:3456::1", false},
		{"::ffff:127.0.0.1", false},
		{"::ffff:10.0.0.1", false},
		{"::ffff:169.254.169.254", false},
		{"::127.0.0.1", false},
		{"64:ff9b::7f00:1", false}, // NAT64 of 127.0.0.1
		{"2002:7f00:1::", false},   // 6to4 of 127.0.0.1
		{"2002:5db8:d822::", true}, // 6to4 of 93.184.216.34
		{"192.0.2.10", false},
		{"198.18.0.1", false},
		{"255.255.255.255", false},
		{"2001:db8::1", false},
	} {
		ip := netip.MustParseAddr(tc.addr)
		if got := IsPublic(ip); got != tc.public {
			t.Errorf("IsPublic(%s) = %v, want %v", tc.addr, got, tc.public)
		}
	}
	if IsPublic(netip.Addr{}) {
		t.Error("the zero Addr is public")
	}
}

func TestControlRefusesPrivate(t *testing.T) {
	c := New(Options{})
	for _, addr := range []string{"127.0.0.1:80", "[::1]:443", "10.0.0.5:80", "169.254.169.254:80", "[::ffff:127.0.0.1]:80", "[fd00::1]:80", "100.64.1.1:80"} {
		if err := c.control("tcp", addr, nil); !errors.Is(err, ErrPrivateAddress) {
			t.Errorf("control(%s) = %v, want ErrPrivateAddress", addr, err)
		}
	}
	if err := c.control("tcp", "93.184.216.34:443", nil); err != nil {
		t.Errorf("control(public) = %v", err)
	}
	if err := c.control("tcp", "not-an-address", nil); !errors.Is(err, ErrPrivateAddress) {
		t.Errorf("control(garbage) = %v, want ErrPrivateAddress", err)
	}
	open := New(Options{AllowPrivate: true})
	if err := open.control("tcp", "127.0.0.1:80", nil); err != nil {
		t.Errorf("AllowPrivate: control(127.0.0.1) = %v", err)
	}
}

// serve starts a test server that counts its requests.
func serve(t *testing.T, h http.HandlerFunc) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	var hits atomic.Int32
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		h(w, r)
	}))
	t.Cleanup(s.Close)
	return s, &hits
}

func TestRefusesLoopbackEndToEnd(t *testing.T) {
	s, hits := serve(t, func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "secret") })
	port := fmt.Sprint(netip.MustParseAddrPort(s.Listener.Addr().String()).Port())
	c := New(Options{})
	for _, u := range []string{
		s.URL,
		"http://localhost:" + port + "/", // a name that resolves to loopback
	} {
		_, err := c.Get(context.Background(), u)
		if !errors.Is(err, ErrPrivateAddress) {
			t.Errorf("Get(%s) = %v, want ErrPrivateAddress", u, err)
		}
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("server saw %d requests, want 0", n)
	}
}

func TestRefusesRedirectToPrivate(t *testing.T) {
	inner, innerHits := serve(t, func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "internal") })
	outer, outerHits := serve(t, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, inner.URL+"/admin", http.StatusFound)
	})
	c := New(Options{})
	// Treat the outer server as if it were public, the inner one as what
	// it is; the redirect must be refused when dialling the inner one.
	outerAddr := netip.MustParseAddrPort(outer.Listener.Addr().String())
	c.permit = func(ap netip.AddrPort) bool { return ap == outerAddr || IsPublic(ap.Addr()) }
	_, err := c.Get(context.Background(), outer.URL)
	if !errors.Is(err, ErrPrivateAddress) {
		t.Fatalf("Get = %v, want ErrPrivateAddress", err)
	}
	if outerHits.Load() != 1 || innerHits.Load() != 0 {
		t.Errorf("hits outer=%d inner=%d, want 1 and 0", outerHits.Load(), innerHits.Load())
	}
}

func TestGet(t *testing.T) {
	var gotUA, gotAE string
	s, _ := serve(t, func(w http.ResponseWriter, r *http.Request) {
		gotUA, gotAE = r.UserAgent(), r.Header.Get("Accept-Encoding")
		if r.URL.Path == "/old" {
			http.Redirect(w, r, "/new", http.StatusMovedPermanently)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("X-Test", "yes")
		io.WriteString(w, "<p>hello</p>")
	})
	c := New(Options{AllowPrivate: true})
	resp, err := c.Get(context.Background(), s.URL+"/old")
	if err != nil {
		t.Fatal(err)
	}
	if resp.URL != s.URL+"/new" {
		t.Errorf("URL = %q, want the final URL %q", resp.URL, s.URL+"/new")
	}
	if resp.StatusCode != 200 || resp.ContentType != "text/html; charset=utf-8" || resp.Header.Get("X-Test") != "yes" {
		t.Errorf("response = %d %q %v", resp.StatusCode, resp.ContentType, resp.Header)
	}
	if string(resp.Body) != "<p>hello</p>" {
		t.Errorf("Body = %q", resp.Body)
	}
	if gotUA != DefaultUserAgent {
		t.Errorf("User-Agent = %q", gotUA)
	}
	if !strings.Contains(gotAE, "gzip") {
		t.Errorf("Accept-Encoding = %q", gotAE)
	}
}

func TestStatusError(t *testing.T) {
	s, _ := serve(t, func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	_, err := New(Options{AllowPrivate: true}).Get(context.Background(), s.URL+"/gone")
	var se *StatusError
	if !errors.As(err, &se) || se.StatusCode != 404 || se.URL != s.URL+"/gone" {
		t.Fatalf("Get = %v, want a 404 StatusError", err)
	}
}

func TestSchemes(t *testing.T) {
	c := New(Options{AllowPrivate: true})
	for _, u := range []string{"file:///etc/passwd", "ftp://example.com/", "gopher://x/", "javascript:alert(1)"} {
		if _, err := c.Get(context.Background(), u); !errors.Is(err, ErrUnsupportedScheme) {
			t.Errorf("Get(%s) = %v, want ErrUnsupportedScheme", u, err)
		}
	}
	// A redirect to another scheme is refused too.
	s, _ := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Location", "file:///etc/passwd")
		w.WriteHeader(http.StatusFound)
	})
	if _, err := c.Get(context.Background(), s.URL); !errors.Is(err, ErrUnsupportedScheme) {
		t.Errorf("redirect to file: = %v, want ErrUnsupportedScheme", err)
	}
}

func TestTooManyRedirects(t *testing.T) {
	s, hits := serve(t, func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(r.URL.Path, "/%d", &n)
		http.Redirect(w, r, fmt.Sprintf("/%d", n+1), http.StatusFound)
	})
	c := New(Options{AllowPrivate: true, MaxRedirects: 3})
	_, err := c.Get(context.Background(), s.URL+"/0")
	if !errors.Is(err, ErrTooManyRedirects) {
		t.Fatalf("Get = %v, want ErrTooManyRedirects", err)
	}
	if n := hits.Load(); n != 4 {
		t.Errorf("server saw %d requests, want 4 (the first and 3 redirects)", n)
	}
	// Exactly at the limit is fine.
	s2, _ := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/3" {
			io.WriteString(w, "done")
			return
		}
		var n int
		fmt.Sscanf(r.URL.Path, "/%d", &n)
		http.Redirect(w, r, fmt.Sprintf("/%d", n+1), http.StatusFound)
	})
	resp, err := c.Get(context.Background(), s2.URL+"/0")
	if err != nil || string(resp.Body) != "done" {
		t.Fatalf("three redirects with a limit of 3: %v", err)
	}
	// A negative limit follows none.
	none := New(Options{AllowPrivate: true, MaxRedirects: -1})
	if _, err := none.Get(context.Background(), s2.URL+"/2"); !errors.Is(err, ErrTooManyRedirects) {
		t.Errorf("MaxRedirects -1: %v, want ErrTooManyRedirects", err)
	}
}

func TestTooLarge(t *testing.T) {
	big := strings.Repeat("x", 2000)
	declared, _ := serve(t, func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, big) })
	chunked, _ := serve(t, func(w http.ResponseWriter, r *http.Request) {
		for range 20 {
			io.WriteString(w, big[:100])
			w.(http.Flusher).Flush() // no Content-Length: chunked
		}
	})
	c := New(Options{AllowPrivate: true, MaxBytes: 1000})
	for _, u := range []string{declared.URL, chunked.URL} {
		resp, err := c.Get(context.Background(), u)
		if !errors.Is(err, ErrTooLarge) {
			t.Errorf("Get = %v, want ErrTooLarge", err)
		}
		if resp != nil {
			t.Errorf("got a truncated response of %d bytes", len(resp.Body))
		}
	}
	// A body of exactly MaxBytes is whole.
	exact := New(Options{AllowPrivate: true, MaxBytes: 2000})
	resp, err := exact.Get(context.Background(), chunked.URL)
	if err != nil || len(resp.Body) != 2000 {
		t.Fatalf("body at the limit: %v", err)
	}
}

func compress(t *testing.T, enc string, data []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	var w io.WriteCloser
	switch enc {
	case "gzip":
		w = gzip.NewWriter(&buf)
	case "zlib":
		w = zlib.NewWriter(&buf)
	case "flate":
		w, _ = flate.NewWriter(&buf, flate.BestCompression)
	}
	w.Write(data)
	w.Close()
	return buf.Bytes()
}

func TestDecompression(t *testing.T) {
	page := []byte(strings.Repeat("<p>news</p>", 50))
	for _, tc := range []struct{ header, enc string }{{"gzip", "gzip"}, {"deflate", "zlib"}, {"deflate", "flate"}} {
		body := compress(t, tc.enc, page)
		s, _ := serve(t, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Encoding", tc.header)
			w.Write(body)
		})
		resp, err := New(Options{AllowPrivate: true}).Get(context.Background(), s.URL)
		if err != nil {
			t.Fatalf("%s/%s: %v", tc.header, tc.enc, err)
		}
		if !bytes.Equal(resp.Body, page) {
			t.Errorf("%s/%s: body = %q", tc.header, tc.enc, resp.Body)
		}
	}
}

func TestGzipBomb(t *testing.T) {
	bomb := compress(t, "gzip", make([]byte, 8<<20)) // 8 MiB of zeros, ~8 KiB on the wire
	if len(bomb) > 64<<10 {
		t.Fatalf("bomb is %d bytes, expected it to be small", len(bomb))
	}
	s, _ := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(bomb)
	})
	resp, err := New(Options{AllowPrivate: true, MaxBytes: 1 << 20}).Get(context.Background(), s.URL)
	if !errors.Is(err, ErrTooLarge) || resp != nil {
		t.Fatalf("Get = %v, want ErrTooLarge", err)
	}
}

func TestSlowDrip(t *testing.T) {
	// The server sends a byte now and then, forever: each read succeeds
	// within the read timeout, so only the overall timeout can stop it.
	s, _ := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		for {
			if _, err := io.WriteString(w, "."); err != nil {
				return
			}
			w.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	})
	c := New(Options{AllowPrivate: true, Timeout: 300 * time.Millisecond, ReadTimeout: 10 * time.Second})
	// The outer context is only a backstop so a broken client fails the
	// test instead of hanging it; it must not be what ends the request.
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	_, err := c.Get(ctx, s.URL)
	if !errors.Is(err, ErrTimeout) {
		t.Fatalf("Get = %v, want ErrTimeout", err)
	}
}

func TestStalledServer(t *testing.T) {
	// The server sends headers and part of the body, then nothing: the read
	// deadline ends it long before the overall timeout.
	release := make(chan struct{})
	t.Cleanup(func() { close(release) })
	s, _ := serve(t, func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "<html>")
		w.(http.Flusher).Flush()
		select {
		case <-r.Context().Done():
		case <-release:
		}
	})
	c := New(Options{AllowPrivate: true, Timeout: time.Hour, ReadTimeout: 200 * time.Millisecond})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	_, err := c.Get(ctx, s.URL)
	if !errors.Is(err, ErrTimeout) {
		t.Fatalf("Get = %v, want ErrTimeout", err)
	}
}

func TestCallerCancel(t *testing.T) {
	s, _ := serve(t, func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := New(Options{AllowPrivate: true}).Get(ctx, s.URL)
	if err == nil || errors.Is(err, ErrTimeout) || !errors.Is(err, context.Canceled) {
		t.Fatalf("Get with a cancelled context = %v, want context.Canceled and not ErrTimeout", err)
	}
}

func TestGetIfChanged(t *testing.T) {
	const etag = `"v1"`
	modified := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	var inm, ims string
	s, hits := serve(t, func(w http.ResponseWriter, r *http.Request) {
		inm, ims = r.Header.Get("If-None-Match"), r.Header.Get("If-Modified-Since")
		w.Header().Set("ETag", etag)
		http.ServeContent(w, r, "page.html", modified, strings.NewReader("<p>page</p>"))
	})
	c := New(Options{AllowPrivate: true})
	ctx := context.Background()

	first, err := c.Get(ctx, s.URL)
	if err != nil {
		t.Fatal(err)
	}
	if inm != "" || ims != "" {
		t.Errorf("a plain Get sent If-None-Match %q, If-Modified-Since %q", inm, ims)
	}
	v := first.Validators()
	if v.ETag != etag || v.LastModified != modified.Format(http.TimeFormat) {
		t.Fatalf("Validators = %+v", v)
	}
	if first.NotModified() || string(first.Body) != "<p>page</p>" {
		t.Fatalf("first response: status %d body %q", first.StatusCode, first.Body)
	}

	again, err := c.GetIfChanged(ctx, s.URL, v)
	if err != nil {
		t.Fatal(err)
	}
	if inm != etag || ims != v.LastModified {
		t.Errorf("conditional Get sent If-None-Match %q, If-Modified-Since %q", inm, ims)
	}
	if !again.NotModified() || len(again.Body) != 0 {
		t.Errorf("conditional Get: status %d body %q, want 304 and no body", again.StatusCode, again.Body)
	}

	// Stale validators get the page.
	changed, err := c.GetIfChanged(ctx, s.URL, Validators{ETag: `"v0"`})
	if err != nil {
		t.Fatal(err)
	}
	if changed.NotModified() || string(changed.Body) != "<p>page</p>" {
		t.Errorf("stale validators: status %d body %q", changed.StatusCode, changed.Body)
	}
	if hits.Load() != 3 {
		t.Errorf("server saw %d requests, want 3", hits.Load())
	}
}

func TestNotModifiedWithoutValidatorsIsAnError(t *testing.T) {
	s, _ := serve(t, func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNotModified) })
	_, err := New(Options{AllowPrivate: true}).Get(context.Background(), s.URL)
	var se *StatusError
	if !errors.As(err, &se) || se.StatusCode != http.StatusNotModified {
		t.Fatalf("Get = %v, want a 304 StatusError", err)
	}
}

func TestStatusErrorKeepsHeader(t *testing.T) {
	s, _ := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "7")
		w.WriteHeader(http.StatusTooManyRequests)
	})
	_, err := New(Options{AllowPrivate: true}).Get(context.Background(), s.URL)
	var se *StatusError
	if !errors.As(err, &se) || se.StatusCode != 429 || se.Header.Get("Retry-After") != "7" {
		t.Fatalf("Get = %v, want a 429 StatusError with its Retry-After", err)
	}
}

func TestCheckRedirect(t *testing.T) {
	errNo := errors.New("not there")
	s, hits := serve(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/old":
			http.Redirect(w, r, "/private/new", http.StatusFound)
		case "/moved":
			http.Redirect(w, r, "/public", http.StatusFound)
		default:
			io.WriteString(w, "page")
		}
	})
	var asked []string
	c := New(Options{AllowPrivate: true, CheckRedirect: func(u *url.URL) error {
		asked = append(asked, u.Path)
		if strings.HasPrefix(u.Path, "/private/") {
			return errNo
		}
		return nil
	}})
	if _, err := c.Get(context.Background(), s.URL+"/old"); !errors.Is(err, errNo) {
		t.Errorf("redirect to a refused target: %v", err)
	}
	if resp, err := c.Get(context.Background(), s.URL+"/moved"); err != nil || string(resp.Body) != "page" {
		t.Errorf("allowed redirect: %v", err)
	}
	if strings.Join(asked, " ") != "/private/new /public" || hits.Load() != 3 {
		t.Errorf("asked %q, %d requests", asked, hits.Load())
	}
}
