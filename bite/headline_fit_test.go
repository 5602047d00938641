//go:build fit

// Fitting the headline model: go test -tags fit ./bite -run FitHeadlineModel -v
// reads the related-vs-unrelated pairs of ../shared/bench/headlines,
// reports the accuracy of five folds that each hold out a fifth of the
// bodies, and prints the weights fitted on all pairs, for headlineWeights.

package bite

import (
	"encoding/csv"
	"fmt"
	"math"
	"os"
	"strings"
	"testing"
)

type hlPair struct {
	f       [hfCount]float64
	related bool
	body    int
	kicker  bool // forced inconsistent by the kicker rule
	h       string
}

func readCSVFile(t *testing.T, p string) [][]string {
	fh, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	r := csv.NewReader(fh)
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows[1:]
}

func hlFeaturesOf(headline, body string, sents []Sentence) ([hfCount]float64, bool) {
	_, _, ts, ss := headlineTerms(headline, body, sents)
	var f [hfCount]float64
	if len(ts) == 0 {
		return f, false
	}
	f = headlineFeatures(ts, ss)
	// The kicker rule overrules the model: such pairs are judged
	// inconsistent whatever the weights.
	hc := checkHeadline(headline, body, sents)
	forced := !hc.Consistent && headlineModel(f) >= HeadlineThreshold
	return f, forced
}

func loadHL(t *testing.T) []hlPair {
	dir := "../../shared/bench/headlines/"
	bodies := map[string]string{}
	for _, r := range readCSVFile(t, dir+"bodies.csv") {
		bodies[r[0]] = r[1]
	}
	split := map[string][]Sentence{}
	var out []hlPair
	for _, r := range readCSVFile(t, dir+"stances.csv") {
		b := bodies[r[1]]
		if split[r[1]] == nil {
			split[r[1]] = Split(b)
		}
		f, forced := hlFeaturesOf(r[0], b, split[r[1]])
		var id int
		fmt.Sscan(r[1], &id)
		out = append(out, hlPair{f: f, related: r[2] != "unrelated", body: id, kicker: forced, h: r[0]})
	}
	return out
}

func fitLR(ps []hlPair, l2 float64) [hfCount]float64 {
	var w [hfCount]float64
	// Adam, full batch.
	var m, v [hfCount]float64
	lr := 0.05
	for epoch := 1; epoch <= 1500; epoch++ {
		var g [hfCount]float64
		for _, p := range ps {
			z := 0.0
			for i := range w {
				z += w[i] * p.f[i]
			}
			pr := 1 / (1 + math.Exp(-z))
			y := 0.0
			if p.related {
				y = 1
			}
			for i := range w {
				g[i] += (pr - y) * p.f[i]
			}
		}
		for i := range w {
			gi := g[i] / float64(len(ps))
			if i != hfBias {
				gi += l2 * w[i]
			}
			m[i] = 0.9*m[i] + 0.1*gi
			v[i] = 0.999*v[i] + 0.001*gi*gi
			mh := m[i] / (1 - math.Pow(0.9, float64(epoch)))
			vh := v[i] / (1 - math.Pow(0.999, float64(epoch)))
			w[i] -= lr * mh / (math.Sqrt(vh) + 1e-8)
		}
	}
	return w
}

func accOf(ps []hlPair, w [hfCount]float64, th float64) float64 {
	ok := 0
	for _, p := range ps {
		z := 0.0
		for i := range w {
			z += w[i] * p.f[i]
		}
		pr := 1 / (1 + math.Exp(-z))
		j := pr >= th && !p.kicker
		if j == p.related {
			ok++
		}
	}
	return float64(ok) / float64(len(ps))
}

func TestFitHeadlineModel(t *testing.T) {
	ps := loadHL(t)
	t.Logf("%d pairs", len(ps))
	for _, l2 := range []float64{0, 1e-3} { // l2: ridge penalty
		var tot float64
		for fold := 0; fold < 5; fold++ {
			var tr, te []hlPair
			for _, p := range ps {
				if (p.body/2)%5 == fold {
					te = append(te, p)
				} else {
					tr = append(tr, p)
				}
			}
			w := fitLR(tr, l2)
			a := accOf(te, w, 0.5)
			tot += a * float64(len(te))
		}
		acc := tot / float64(len(ps))
		t.Logf("l2=%g held-out accuracy %.4f", l2, acc)
		if l2 == 0 && acc < 0.97 {
			t.Errorf("held-out accuracy %.4f, want >= 0.97", acc)
		}
	}
	w := fitLR(ps, 0)
	t.Logf("train acc %.4f", accOf(ps, w, 0.5))
	s := []string{}
	for _, x := range w {
		s = append(s, fmt.Sprintf("%.3f", x))
	}
	fmt.Println("weights:", strings.Join(s, ", "))
}
