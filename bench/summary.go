package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/newsbite/newsbite/article"
	"github.com/newsbite/newsbite/bite"
)

// The summary verb: NewsBite's summaries against the extractive reference
// summaries of summaries/bbc, beside the first-sentences baseline, by
// ROUGE-1, ROUGE-2 and ROUGE-L F1 and by sentence precision. It also
// measures the sentence splitter on the sentence boundaries the
// reference summaries imply.

func init() {
	register(verb{name: "summary", run: runSummary,
		summary: "summary: ROUGE against summaries/bbc, with the lead baseline; sentence splitting"})
}

type sumDoc struct {
	name    string
	title   string
	body    string
	summary string
}

func runSummary(args []string) error {
	fs := flag.NewFlagSet("summary", flag.ContinueOnError)
	data := fs.String("data", filepath.Join("..", "..", "shared", "bench"), "folder holding the development sets")
	n := fs.Int("sentences", bite.DefaultSentences, "summary length in sentences, for NewsBite and the baseline")
	if err := fs.Parse(args); err != nil {
		return err
	}
	docs, err := loadSumDocs(filepath.Join(*data, "summaries", "bbc"))
	if err != nil {
		return err
	}
	var ours, lead rougeSum
	var oursPrec, leadPrec [2]int
	var split, naive sumSplitScore
	for _, d := range docs {
		a := &article.Article{Title: d.title}
		a.SetBlocks(sumParagraphs(d.body))
		sum := bite.Summarize(a, *n)
		var first []string
		for i, s := range bite.Split(a.Text) {
			if i == *n {
				break
			}
			first = append(first, s.Text)
		}
		ref := rougeTokens(d.summary)
		ours.add(rouge(rougeTokens(strings.Join(sum, " ")), ref))
		lead.add(rouge(rougeTokens(strings.Join(first, " ")), ref))
		refText := sumSquash(d.summary)
		for _, s := range sum {
			oursPrec[1]++
			if strings.Contains(refText, sumSquash(s)) {
				oursPrec[0]++
			}
		}
		for _, s := range first {
			leadPrec[1]++
			if strings.Contains(refText, sumSquash(s)) {
				leadPrec[0]++
			}
		}
		refSents := sumRefSentences(d.summary)
		split.add(refSents, sentTexts(bite.Split(a.Text)))
		naive.add(refSents, sumNaiveSplit(a.Text))
	}
	fmt.Printf("summaries of %d BBC articles, %d sentences each\n", len(docs), *n)
	fmt.Printf("  %-22s %8s %8s %8s %10s\n", "system", "ROUGE-1", "ROUGE-2", "ROUGE-L", "sent.prec")
	fmt.Printf("  %-22s %8.4f %8.4f %8.4f %10.4f\n", "newsbite", ours.r1/ours.n, ours.r2/ours.n, ours.rl/ours.n, float64(oursPrec[0])/float64(max(oursPrec[1], 1)))
	fmt.Printf("  %-22s %8.4f %8.4f %8.4f %10.4f\n", fmt.Sprintf("first %d sentences", *n), lead.r1/lead.n, lead.r2/lead.n, lead.rl/lead.n, float64(leadPrec[0])/float64(max(leadPrec[1], 1)))
	fmt.Printf("sentence splitting: reference sentences found whole, of %d\n", split.total)
	fmt.Printf("  %-22s %.4f\n  %-22s %.4f\n", "newsbite", split.rate(), "naive [.!?] + space", naive.rate())
	return nil
}

func loadSumDocs(dir string) ([]sumDoc, error) {
	files, err := filepath.Glob(filepath.Join(dir, "articles", "*", "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no articles under %s", dir)
	}
	sort.Strings(files)
	var docs []sumDoc
	for _, f := range files {
		rel, _ := filepath.Rel(filepath.Join(dir, "articles"), f)
		art, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		sum, err := os.ReadFile(filepath.Join(dir, "summaries", rel))
		if err != nil {
			return nil, err
		}
		text := strings.ReplaceAll(string(art), "\r\n", "\n")
		title, body, _ := strings.Cut(strings.TrimSpace(text), "\n")
		docs = append(docs, sumDoc{name: rel, title: strings.TrimSpace(title), body: body, summary: string(sum)})
	}
	return docs, nil
}

func sumParagraphs(body string) []article.Block {
	var out []article.Block
	for _, p := range strings.Split(body, "\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, article.Block{Type: article.Paragraph, Text: p})
		}
	}
	return out
}

// rougeTokens returns the lower-case words of s, as ROUGE compares them.
func rougeTokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

type rougeF struct{ r1, r2, rl float64 }

type rougeSum struct{ r1, r2, rl, n float64 }

func (s *rougeSum) add(f rougeF) {
	s.r1 += f.r1
	s.r2 += f.r2
	s.rl += f.rl
	s.n++
}

// rouge returns ROUGE-1, ROUGE-2 and ROUGE-L F1 of cand against ref.
func rouge(cand, ref []string) rougeF {
	return rougeF{
		r1: rougeNgramF(cand, ref, 1),
		r2: rougeNgramF(cand, ref, 2),
		rl: rougeLCSF(cand, ref),
	}
}

func rougeF1(hit, nc, nr int) float64 {
	if hit == 0 || nc == 0 || nr == 0 {
		return 0
	}
	p, r := float64(hit)/float64(nc), float64(hit)/float64(nr)
	return 2 * p * r / (p + r)
}

func rougeNgramF(cand, ref []string, n int) float64 {
	count := func(ts []string) (map[string]int, int) {
		m := map[string]int{}
		total := 0
		for i := 0; i+n <= len(ts); i++ {
			m[strings.Join(ts[i:i+n], " ")]++
			total++
		}
		return m, total
	}
	cm, nc := count(cand)
	rm, nr := count(ref)
	hit := 0
	for g, c := range cm {
		hit += min(c, rm[g])
	}
	return rougeF1(hit, nc, nr)
}

func rougeLCSF(cand, ref []string) float64 {
	if len(cand) == 0 || len(ref) == 0 {
		return 0
	}
	prev := make([]int, len(ref)+1)
	cur := make([]int, len(ref)+1)
	for i := 1; i <= len(cand); i++ {
		for j := 1; j <= len(ref); j++ {
			if cand[i-1] == ref[j-1] {
				cur[j] = prev[j-1] + 1
			} else {
				cur[j] = max(prev[j], cur[j-1])
			}
		}
		prev, cur = cur, prev
	}
	return rougeF1(prev[len(ref)], len(cand), len(ref))
}

// sumSquash drops all white space, since the reference often joins its
// sentences without any.
func sumSquash(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// sumRefBoundary is where the reference joins two sentences with no space: a
// stop (and closing quote) right before a capital or an opening quote.
var sumRefBoundary = regexp.MustCompile(`[.!?]["”’']?(?:[A-Z"“‘])`)

// sumRefSentences cuts a reference summary at the boundaries its
// joining leaves visible. A dotted abbreviation ("U.S.") is cut too, which
// costs every splitter alike.
func sumRefSentences(sum string) []string {
	var out []string
	start := 0
	for _, m := range sumRefBoundary.FindAllStringIndex(sum, -1) {
		end := m[1] - 1
		piece := strings.TrimSpace(sum[start:end])
		start = end
		if piece != "" {
			out = append(out, piece)
		}
	}
	if piece := strings.TrimSpace(sum[start:]); piece != "" {
		out = append(out, piece)
	}
	var clean []string
	for _, p := range out {
		if len(strings.Fields(p)) >= 3 {
			clean = append(clean, p)
		}
	}
	return clean
}

type sumSplitScore struct{ found, total int }

func (s *sumSplitScore) add(ref, predicted []string) {
	set := map[string]bool{}
	for _, p := range predicted {
		set[sumSquash(p)] = true
	}
	for _, r := range ref {
		s.total++
		if set[sumSquash(r)] {
			s.found++
		}
	}
}

func (s *sumSplitScore) rate() float64 {
	if s.total == 0 {
		return 0
	}
	return float64(s.found) / float64(s.total)
}

func sentTexts(ss []bite.Sentence) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s.Text
	}
	return out
}

var sumNaiveStop = regexp.MustCompile(`[.!?]["”’']?\s+`)

// sumNaiveSplit cuts at every stop followed by space: the baseline splitter.
func sumNaiveSplit(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		start := 0
		for _, m := range sumNaiveStop.FindAllStringIndex(line, -1) {
			out = append(out, strings.TrimSpace(line[start:m[1]]))
			start = m[1]
		}
		if rest := strings.TrimSpace(line[start:]); rest != "" {
			out = append(out, rest)
		}
	}
	return out
}
