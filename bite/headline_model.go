package bite

import (
	"math"

	"github.com/newsbite/newsbite/bite/internal/terms"
)

// Features of a headline against its body, each in [0, 1]. The score
// weighs them with headlineWeights; see headlineFeatures for what each
// measures.
const (
	hfBias = iota
	hfCoverage
	hfWindow
	hfLead
	hfNames
	hfHasNames
	hfUnsupportedNames
	hfUnsupportedRare
	hfTwice
	hfSentence
	hfPairs
	hfTerms
	hfBodyLength
	hfFirstSentence
	hfRepeat
	hfCoverageWindow
	hfNamesWindow
	hfCoSentences
	hfCoverage2
	hfSynonym
	hfCount
)

// headlineFeatures measures how the body supports the terms ts of a
// headline; sents holds the stems of each body sentence. Terms carry
// their weight (common words less, names more) and how often the body
// supports them.
//
// A story restates its headline's claim in one place, while an unrelated
// story on the same subject shares words scattered over its length; so
// beside the share of the headline the whole body supports (coverage),
// the features measure the share the best pair of adjacent sentences and
// the best single sentence support, the share the lead supports (news
// states its claim first), and how many pairs of adjacent headline terms
// meet in one sentence.
func headlineFeatures(ts []headlineTerm, sents [][]string) [hfCount]float64 {
	var f [hfCount]float64
	f[hfBias] = 1
	var total, got, winTotal, names, namesGot, twice, rare, repeat, synonym float64
	unsupportedNames := 0
	inWindow := make([]float64, len(sents)+1)
	inSent := make([]float64, len(sents)+1)
	where := make([][]bool, len(ts)) // where[i][s]: term i is in sentence s
	for i, t := range ts {
		total += t.weight
		w := t.weight // the weight without the bonus of names
		if t.name {
			w /= headlineNameWeight
			names++
			if t.supported {
				namesGot++
			} else {
				unsupportedNames++
			}
		}
		winTotal += w
		switch {
		case t.count >= 2:
			got += t.weight
			twice += t.weight
		case t.count == 1:
			got += t.weight * headlineOnceCredit
		case !t.name && !terms.Common(t.word.Stem):
			rare += t.weight
		}
		if t.synonym {
			synonym += t.weight
		}
		repeat += math.Min(math.Log1p(float64(t.count))/math.Log(16), 1)
		if !t.supported {
			continue
		}
		where[i] = make([]bool, len(sents))
		prev := -1
		for si, ss := range sents {
			if !headlineInSentence(&ts[i], ss) {
				continue
			}
			where[i][si] = true
			inSent[si] += w
			for _, k := range []int{si - 1, si} {
				if k >= 0 && k > prev {
					inWindow[k] += w
					prev = k
				}
			}
		}
	}
	best, bestSent := 0.0, 0.0
	for i := range inWindow {
		best = max(best, inWindow[i])
		bestSent = max(bestSent, inSent[i])
	}
	pairs, pairsGot := 0, 0
	for i := 1; i < len(ts); i++ {
		if ts[i].seg != ts[i-1].seg {
			continue
		}
		pairs++
		a, b := where[i-1], where[i]
		if a == nil || b == nil {
			continue
		}
		for s := range a {
			if a[s] && b[s] {
				pairsGot++
				break
			}
		}
	}
	n := float64(len(ts))
	f[hfCoverage] = got / total
	f[hfWindow] = best / winTotal
	f[hfLead] = inWindow[0] / winTotal
	f[hfFirstSentence] = inSent[0] / winTotal
	f[hfSentence] = bestSent / winTotal
	f[hfNames] = 1
	if names > 0 {
		f[hfNames] = namesGot / names
		f[hfHasNames] = 1
	}
	f[hfUnsupportedNames] = math.Min(float64(unsupportedNames), 3) / 3
	f[hfUnsupportedRare] = rare / total
	f[hfTwice] = twice / total
	if pairs > 0 {
		f[hfPairs] = float64(pairsGot) / float64(pairs)
	}
	f[hfTerms] = math.Min(n, 20) / 20
	f[hfBodyLength] = math.Min(math.Log1p(float64(len(sents)))/math.Log(200), 1)
	f[hfRepeat] = repeat / n
	f[hfCoverageWindow] = f[hfCoverage] * f[hfWindow]
	f[hfNamesWindow] = f[hfNames] * f[hfWindow]
	f[hfSynonym] = synonym / total
	f[hfCoverage2] = f[hfCoverage] * f[hfCoverage]
	// Sentences where two or more headline terms meet, as a share of the
	// body: a related story keeps coming back to its claim.
	co := 0
	for s := range sents {
		k := 0
		for i := range ts {
			if where[i] != nil && where[i][s] {
				k++
			}
		}
		if k >= 2 {
			co++
		}
	}
	if len(sents) > 0 {
		f[hfCoSentences] = math.Min(float64(co)/float64(len(sents))*3, 1)
	}
	return f
}

// headlineWeights weigh the features of headlineFeatures; they were
// fitted by logistic regression on the related-vs-unrelated headline
// pairs of the development data and checked on bodies held out of the
// fit: go test -tags fit ./bite -run FitHeadlineModel -v.
var headlineWeights = [hfCount]float64{-1.276, 8.140, 2.220, 3.460, -1.423, -1.501, -1.915, -1.627, -1.679, 0.927, 0.723, 1.741, -4.388, 4.849, 0.637, -0.754, -0.905, 0.666, 1.405, -6.607}

// headlineModel returns the likelihood that the body bears out the
// headline with features f.
func headlineModel(f [hfCount]float64) float64 {
	z := 0.0
	for i, w := range headlineWeights {
		z += w * f[i]
	}
	return 1 / (1 + math.Exp(-z))
}
