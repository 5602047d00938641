package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// isTerminal reports whether w is a terminal; a variable so tests can
// pretend.
var isTerminal = func(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// progress is a progress bar on standard error, shown only to a person
// watching several inputs go by; otherwise its methods do nothing.
type progress struct {
	bar *progressbar.ProgressBar
}

func newProgress(w io.Writer, n int, what string) *progress {
	if n < 2 || !isTerminal(w) {
		return &progress{}
	}
	return &progress{bar: newBar(w, int64(n), what, progressbar.OptionShowCount())}
}

// newBar is the progress bar every verb draws on w: max steps (-1 for
// an unknown number), labelled what, showing the count or bytes as show
// says.
func newBar(w io.Writer, max int64, what string, show progressbar.Option) *progressbar.ProgressBar {
	return progressbar.NewOptions64(max,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription(what),
		show,
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)
}

// printSummary writes a verb's closing line: what it did, how long it
// took and the archive it worked on.
func printSummary(w io.Writer, verb string, sum fmt.Stringer, start time.Time, archive string) {
	fmt.Fprintf(w, "%s: %s in %.1fs (%s)\n", verb, sum, time.Since(start).Seconds(), archive)
}

func (p *progress) add() {
	if p.bar != nil {
		p.bar.Add(1)
	}
}

// clear wipes the bar so a message can be written on its line; the next
// add draws it again.
func (p *progress) clear() {
	if p.bar != nil {
		p.bar.Clear()
	}
}

func (p *progress) finish() {
	if p.bar != nil {
		p.bar.Finish()
	}
}
