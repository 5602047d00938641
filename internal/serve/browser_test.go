package serve

import (
	"context"
	"io"
	"log/slog"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/newsbite/newsbite/internal/store"
)

// chromium finds the browser. The test fails, rather than skips, without
// one: CI installs Debian's chromium package for it. Set
// NEWSBITE_SKIP_BROWSER=1 to leave it out on a machine without a browser.
func chromium(t *testing.T) string {
	if os.Getenv("NEWSBITE_SKIP_BROWSER") == "1" {
		t.Skip("NEWSBITE_SKIP_BROWSER=1")
	}
	for _, name := range []string{os.Getenv("NEWSBITE_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"} {
		if name == "" {
			continue
		}
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Fatal("no Chromium found: install it (apt-get install -y chromium), name it in NEWSBITE_CHROMIUM, or set NEWSBITE_SKIP_BROWSER=1")
	return ""
}

// TestBrowser opens the reader over the demo archive in headless Chromium,
// as a person would: the front page, a search, a story.
func TestBrowser(t *testing.T) {
	exe := chromium(t)
	ctx := context.Background()
	st, _, err := BuildDemo(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	// A syndicated copy of one sample, so a story has a duplicate to show.
	p, err := st.List(ctx, store.Filter{Site: "sciencealert.com"}, "", 1)
	if err != nil || len(p.Articles) != 1 {
		t.Fatalf("demo archive: %v", err)
	}
	cp := p.Articles[0].Article
	cp.URL, cp.Source, cp.Title = "https://syndicated.example/europa", "syndicated", "Water plumes seen above Europa"
	if r, err := st.Put(ctx, &cp); err != nil || r.Duplicate == "" {
		t.Fatalf("copy: %+v, %v", r, err)
	}
	srv := httptest.NewServer(New(Options{Store: st, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}))
	defer srv.Close()

	bctx := startBrowser(t, ctx, exe)
	tctx, cancel := context.WithTimeout(bctx, 90*time.Second)
	defer cancel()

	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(tctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return strings.TrimSpace(s)
	}
	eval := func(js string) string {
		t.Helper()
		s, err := chromedp.Run(tctx, chromedp.Evaluate[string](js))
		if err != nil {
			t.Fatalf("%s: %v", js, err)
		}
		return s
	}

	// The front page: the stories, newest first, each with its site, date
	// and summary.
	if err := chromedp.Do(tctx, chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(chromedp.CSS("ol.bites"))); err != nil {
		t.Fatal(err)
	}
	if got := text("h1.page-title"); got != "Stories" {
		t.Errorf("front page heading %q", got)
	}
	headlines := eval(`Array.from(document.querySelectorAll(".bite h2")).map(e => e.innerText).join("\n")`)
	for _, want := range []string{"NASA Just Confirmed There Are Water Plumes", "US service members killed in Afghanistan helicopter crash", "Here’s how to maintain healthy smartphone habits"} {
		if !strings.Contains(headlines, want) {
			t.Errorf("front page lacks the headline %q; has:\n%s", want, headlines)
		}
	}
	if n := strings.Count(headlines, "\n") + 1; n != 5 {
		t.Errorf("%d stories on the front page, want 5 (the copy joins its story)", n)
	}
	nasa := eval(`Array.from(document.querySelectorAll(".bite")).find(e => e.innerText.includes("Water Plumes")).innerText`)
	for _, want := range []string{"sciencealert.com", "November 2019", "1 more copy"} {
		if !strings.Contains(nasa, want) {
			t.Errorf("the NASA bite lacks %q:\n%s", want, nasa)
		}
	}
	// Every story shows a summary of a sentence or more.
	if got := eval(`Array.from(document.querySelectorAll(".bite")).filter(e => (e.querySelector(".summary")?.innerText || "").split(" ").length < 8).length.toString()`); got != "0" {
		t.Errorf("%s stories without a summary", got)
	}

	// Search from the box in the masthead.
	if err := chromedp.Do(tctx,
		chromedp.SendKeys(chromedp.CSS(`.searchbox input[name="q"]`), "helicopter Taliban"),
		chromedp.Submit(chromedp.CSS(`.searchbox input[name="q"]`)),
		chromedp.WaitVisible(chromedp.CSS("ol.results")),
	); err != nil {
		t.Fatal(err)
	}
	if got := text("h1.page-title"); got != "Results for “helicopter Taliban”" {
		t.Errorf("search heading %q", got)
	}
	if got := eval(`document.querySelectorAll(".result").length.toString()`); got != "1" {
		t.Errorf("%s results, want 1", got)
	}
	marks := strings.ToLower(eval(`Array.from(document.querySelectorAll(".result mark")).map(e => e.innerText).join(" ")`))
	if !strings.Contains(marks, "helicopter") && !strings.Contains(marks, "taliban") {
		t.Errorf("no highlighted match in the snippet; marks %q", marks)
	}
	bg := eval(`getComputedStyle(document.querySelector(".result mark")).backgroundColor`)
	if bg == "" || bg == "rgba(0, 0, 0, 0)" {
		t.Errorf("highlight is not visible: background %q", bg)
	}

	// Open the story from the result.
	if err := chromedp.Do(tctx,
		chromedp.Click(chromedp.CSS(".result h2 a")),
		chromedp.WaitVisible(chromedp.CSS("article.story")),
	); err != nil {
		t.Fatal(err)
	}
	if got := text("article.story h1"); got != "US service members killed in Afghanistan helicopter crash" {
		t.Errorf("story headline %q", got)
	}
	if got := text("article.story .meta"); !strings.Contains(got, "aljazeera.com") || !strings.Contains(got, "November 2019") || !strings.Contains(got, "Original") {
		t.Errorf("story byline %q", got)
	}
	paras := eval(`Array.from(document.querySelectorAll("article.story .body p")).map(p => p.innerText).join("\n")`)
	if strings.Count(paras, "\n") < 3 || !strings.Contains(paras, "helicopter") {
		t.Errorf("story body:\n%s", paras)
	}
	if got := text(".bite-summary"); !strings.HasPrefix(got, "In brief") && !strings.HasPrefix(got, "IN BRIEF") {
		t.Errorf("summary box %q", got)
	}

	// A story with a copy lists it, and the copy's page leads back.
	if err := chromedp.Do(tctx,
		chromedp.Navigate(srv.URL+"/?site=sciencealert.com"),
		chromedp.WaitVisible(chromedp.CSS("ol.bites")),
		chromedp.Click(chromedp.CSS(".bite h2 a")),
		chromedp.WaitVisible(chromedp.CSS("section.copies")),
	); err != nil {
		t.Fatal(err)
	}
	if got := text("section.copies"); !strings.Contains(got, "Also published") || !strings.Contains(got, "Water plumes seen above Europa") || !strings.Contains(got, "syndicated.example") {
		t.Errorf("copies section %q", got)
	}

	// On a phone's width nothing runs off the side.
	if err := chromedp.Do(tctx, chromedp.EmulateViewport(390, 844), chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(chromedp.CSS("ol.bites"))); err != nil {
		t.Fatal(err)
	}
	if got := eval(`(document.documentElement.scrollWidth <= window.innerWidth) + " " + document.documentElement.scrollWidth + "/" + window.innerWidth`); !strings.HasPrefix(got, "true") {
		t.Errorf("page wider than a phone: %s", got)
	}
	if got := eval(`getComputedStyle(document.querySelector(".bite h2")).fontSize`); got == "" {
		t.Error("no style applied")
	}
}

// startBrowser starts headless Chromium for the test. A loaded machine
// sometimes loses a start (the browser exits before it answers), so it is
// tried three times, each with a fresh profile, before the test fails.
func startBrowser(t *testing.T, ctx context.Context, exe string) context.Context {
	t.Helper()
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		opts := []chromedp.ExecAllocatorOption{
			chromedp.ExecPath(exe),
			chromedp.Headless,
			chromedp.NoSandbox,
			chromedp.DisableGPU,
			chromedp.NoFirstRun,
			chromedp.NoDefaultBrowserCheck,
			chromedp.UserDataDir(t.TempDir()),
			chromedp.Flag("disable-quic", true),
			chromedp.Flag("disable-background-networking", true),
			chromedp.Flag("disable-component-update", true),
			chromedp.Flag("disable-sync", true),
			chromedp.Flag("disable-dev-shm-usage", true),
			chromedp.Flag("disable-extensions", true),
			chromedp.WindowSize(1100, 900),
		}
		actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
		bctx, cancelBrowser := chromedp.NewContext(actx)
		// Start the browser on a context without a deadline (see
		// chromedp.Do); the steps are bounded by the caller.
		if err = chromedp.Do(bctx); err == nil {
			t.Cleanup(func() { cancelBrowser(); cancelAlloc() })
			return bctx
		}
		cancelBrowser()
		cancelAlloc()
		t.Logf("starting %s (attempt %d): %v", exe, attempt+1, err)
	}
	t.Fatalf("starting %s: %v", exe, err)
	return nil
}
