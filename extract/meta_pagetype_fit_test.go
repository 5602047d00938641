//go:build fit

// Fitting the page type model: go test -tags fit ./extract -run FitTypeModel -v
// reads the WCXB pages of ../shared/bench/wcxb-dev, fits the weights on
// the pages of even file number and checks them on the odd ones, then the
// other way round, reports the accuracy of the rules and of the model on
// each held-out half, and prints the weights fitted on all pages, for
// typeWeights. A second pair of halves splits the pages by site (a hash
// of the host), so that no site's pages are on both sides: the estimate
// for sites the fit has not seen.

package extract

import (
	"fmt"
	"hash/fnv"
	"math"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

type typePage struct {
	id   int
	host string
	f    [tfCount]float64
	want int
	rule int
	sure bool // the rules settle the type; the model is not asked
}

func typeIndex(t string) int {
	for i, p := range pageTypes {
		if p == t {
			return i
		}
	}
	return -1
}

func loadTypePages(t *testing.T) []typePage {
	dir := filepath.Join(benchDir, "wcxb-dev")
	files, _ := filepath.Glob(filepath.Join(dir, "ground-truth", "*.json"))
	if len(files) == 0 {
		t.Skip("development set not present")
	}
	sort.Strings(files)
	type job struct {
		id       int
		url, typ string
		page     []byte
	}
	var jobs []job
	for _, gt := range files {
		truth := readWCXBTruth(t, gt)
		name := strings.TrimSuffix(filepath.Base(gt), ".json")
		id, _ := strconv.Atoi(name)
		jobs = append(jobs, job{id, truth.URL, truth.Internal.PageType.Primary, readGz(t, filepath.Join(dir, "html", name+".html.gz"))})
	}
	out := make([]typePage, 0, len(jobs))
	for _, j := range jobs {
		_, tf, err := extractTyped(j.page, Options{URL: j.url})
		p := typePage{f: tf.f, rule: typeIndex(tf.rule), sure: tf.sure}
		if err != nil || p.rule < 0 {
			continue
		}
		p.id, p.want = j.id, typeIndex(j.typ)
		if u, err := url.Parse(j.url); err == nil {
			p.host = strings.TrimPrefix(u.Hostname(), "www.")
		}
		out = append(out, p)
	}
	return out
}

// fitTypeModel fits multinomial logistic weights by full-batch Adam with
// a ridge penalty l2.
func fitTypeModel(ps []typePage, l2 float64) [len(pageTypes)][tfCount]float64 {
	const K = len(pageTypes)
	var w, m, v [K][tfCount]float64
	lr := 0.05
	for epoch := 1; epoch <= 1500; epoch++ {
		var g [K][tfCount]float64
		for _, p := range ps {
			if p.sure {
				continue
			}
			var z [K]float64
			top := math.Inf(-1)
			for k := 0; k < K; k++ {
				for i, x := range p.f {
					z[k] += w[k][i] * x
				}
				top = max(top, z[k])
			}
			sum := 0.0
			for k := range z {
				z[k] = math.Exp(z[k] - top)
				sum += z[k]
			}
			for k := range z {
				d := z[k] / sum
				if k == p.want {
					d--
				}
				for i, x := range p.f {
					g[k][i] += d * x
				}
			}
		}
		for k := 0; k < K; k++ {
			for i := range w[k] {
				gi := g[k][i]/float64(len(ps)) + l2*w[k][i]
				m[k][i] = 0.9*m[k][i] + 0.1*gi
				v[k][i] = 0.999*v[k][i] + 0.001*gi*gi
				mh := m[k][i] / (1 - math.Pow(0.9, float64(epoch)))
				vh := v[k][i] / (1 - math.Pow(0.999, float64(epoch)))
				w[k][i] -= lr * mh / (math.Sqrt(vh) + 1e-8)
			}
		}
	}
	return w
}

func typeAccuracy(ps []typePage, w *[len(pageTypes)][tfCount]float64) (model, rules float64) {
	for _, p := range ps {
		if (p.sure && p.rule == p.want) || (!p.sure && typeModel(p.f, w) == p.want) {
			model++
		}
		if p.rule == p.want {
			rules++
		}
	}
	return model / float64(len(ps)), rules / float64(len(ps))
}

func TestFitTypeModel(t *testing.T) {
	ps := loadTypePages(t)
	var even, odd, siteA, siteB []typePage
	for _, p := range ps {
		if p.id%2 == 0 {
			even = append(even, p)
		} else {
			odd = append(odd, p)
		}
		h := fnv.New32a()
		h.Write([]byte(p.host))
		if h.Sum32()%2 == 0 {
			siteA = append(siteA, p)
		} else {
			siteB = append(siteB, p)
		}
	}
	l2 := 1e-3
	if s := os.Getenv("TYPE_L2"); s != "" {
		l2, _ = strconv.ParseFloat(s, 64)
	}
	var gain, held float64
	for _, h := range []struct {
		name      string
		fit, test []typePage
	}{{"fit even, test odd", even, odd}, {"fit odd, test even", odd, even},
		{"fit sites A, test sites B", siteA, siteB}, {"fit sites B, test sites A", siteB, siteA}} {
		w := fitTypeModel(h.fit, l2)
		model, rules := typeAccuracy(h.test, &w)
		t.Logf("%s: held-out model %.4f, rules %.4f (%d pages)", h.name, model, rules, len(h.test))
		gain += model - rules
		held += model / 4
		if model < 0.83 {
			t.Errorf("%s: held-out accuracy %.4f, want >= 0.83", h.name, model)
		}
		if model <= rules {
			t.Errorf("%s: the model (%.4f) does not beat the rules (%.4f) on the held-out half", h.name, model, rules)
		}
	}
	t.Logf("mean held-out gain %.4f, mean held-out accuracy %.4f", gain/4, held)
	if held < 0.85 {
		t.Errorf("mean held-out accuracy %.4f, want >= 0.85", held)
	}
	w := fitTypeModel(ps, l2)
	model, rules := typeAccuracy(ps, &w)
	t.Logf("all pages: model %.4f, rules %.4f", model, rules)
	var b strings.Builder
	b.WriteString("var typeWeights = [len(pageTypes)][tfCount]float64{\n")
	for k := range w {
		b.WriteString("\t{")
		for i, x := range w[k] {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%.3f", x)
		}
		fmt.Fprintf(&b, "}, // %s\n", pageTypes[k])
	}
	b.WriteString("}\n")
	fmt.Print(b.String())
}
