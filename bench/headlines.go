package main

import (
	"encoding/csv"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"github.com/newsbite/newsbite/bite"
)

// The headlines verb: does the body bear the headline out? Measured on
// the related-vs-unrelated pairs of headlines/ (FNC-1): a headline is
// related (consistent) unless its stance is "unrelated".

func init() {
	register(verb{name: "headlines", run: runHeadlines,
		summary: "headline check: related-vs-unrelated accuracy on headlines/"})
}

type headlinePair struct {
	headline string
	body     string
	related  bool
}

func runHeadlines(args []string) error {
	fs := flag.NewFlagSet("headlines", flag.ContinueOnError)
	data := fs.String("data", filepath.Join("..", "..", "shared", "bench"), "folder holding the development sets")
	sweep := fs.Bool("sweep", false, "also report accuracy over a range of score thresholds")
	show := fs.Int("show", 0, "print up to N misjudged pairs")
	showAt := fs.Float64("show-at", -1, "judge the printed pairs by score alone at this threshold")
	if err := fs.Parse(args); err != nil {
		return err
	}
	pairs, err := loadHeadlinePairs(filepath.Join(*data, "headlines"))
	if err != nil {
		return err
	}
	var tp, fp, tn, fn int
	scores := make([]float64, len(pairs))
	shown := 0
	for i, p := range pairs {
		hc := bite.CheckHeadline(p.headline, p.body)
		scores[i] = hc.Score
		switch {
		case hc.Consistent && p.related:
			tp++
		case hc.Consistent && !p.related:
			fp++
		case !hc.Consistent && p.related:
			fn++
		default:
			tn++
		}
		judged := hc.Consistent
		if *showAt >= 0 {
			judged = hc.Score >= *showAt
		}
		if judged != p.related && shown < *show {
			shown++
			fmt.Printf("related=%v score=%.2f unsupported=%q\n  %s\n", p.related, hc.Score, hc.Unsupported, p.headline)
		}
	}
	n := len(pairs)
	acc := float64(tp+tn) / float64(n)
	prec := ratio(tp, tp+fp)
	rec := ratio(tp, tp+fn)
	f1 := 0.0
	if prec+rec > 0 {
		f1 = 2 * prec * rec / (prec + rec)
	}
	fmt.Printf("headline check on %d pairs (%d related, %d unrelated)\n", n, tp+fn, tn+fp)
	fmt.Printf("  accuracy  %.4f\n  related   precision %.4f  recall %.4f  F1 %.4f\n", acc, prec, rec, f1)
	fmt.Printf("  confusion        judged related  judged unrelated\n")
	fmt.Printf("    related        %14d  %16d\n", tp, fn)
	fmt.Printf("    unrelated      %14d  %16d\n", fp, tn)
	if *sweep {
		fmt.Println("  threshold sweep (the score alone, with the kicker rule's halving):")
		for t := 0.2; t <= 0.81; t += 0.05 {
			a := 0
			for i, p := range pairs {
				if (scores[i] >= t) == p.related {
					a++
				}
			}
			fmt.Printf("    %.2f  %.4f\n", t, float64(a)/float64(n))
		}
	}
	return nil
}

func loadHeadlinePairs(dir string) ([]headlinePair, error) {
	bodies := map[int]string{}
	rows, err := readCSV(filepath.Join(dir, "bodies.csv"))
	if err != nil {
		return nil, err
	}
	for _, r := range rows[1:] {
		id, err := strconv.Atoi(r[0])
		if err != nil {
			return nil, fmt.Errorf("bodies.csv: body id %q", r[0])
		}
		bodies[id] = r[1]
	}
	rows, err = readCSV(filepath.Join(dir, "stances.csv"))
	if err != nil {
		return nil, err
	}
	var out []headlinePair
	for _, r := range rows[1:] {
		id, err := strconv.Atoi(r[1])
		if err != nil {
			return nil, fmt.Errorf("stances.csv: body id %q", r[1])
		}
		b, ok := bodies[id]
		if !ok {
			return nil, fmt.Errorf("stances.csv: no body %d", id)
		}
		out = append(out, headlinePair{headline: r[0], body: b, related: r[2] != "unrelated"})
	}
	return out, nil
}

func readCSV(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(rows) < 2 {
		return nil, fmt.Errorf("%s: no rows", path)
	}
	return rows, nil
}
