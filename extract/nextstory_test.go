package extract

import (
	"strings"
	"testing"
)

// A page that runs the next story under the first as the reader
// scrolls, shaped as Dagbladet's (fundus no/Dagbladet_2026_01_06): the
// first story's text continues after its <article>, the second story is
// an <article> with its own <h1>.
func TestNextStoryLeftOut(t *testing.T) {
	story := `<p>` + prose + `</p><p>` + prose + ` Again.</p>`
	other := `<article id="second-article" class="article-entity"><h1 class="headline">Null tvil: Solskjær kobles til United</h1><p>Mandag kveld og tirsdag morgen begynte ryktene rundt et Manchester United-comeback for Ole Gunnar Solskjær for alvor å svirre, og tirsdag ettermiddag slipper den anerkjente reporteren nyheten.</p><p>Jackson hevder at Uniteds sportsdirektør ser på Solskjær som en ledende kandidat til rollen som midlertidig manager i Manchester United, og flere i garderoben er positive.</p></article>`
	page := `<html><head><title>Storm hits the coast</title></head><body><article id="main"><h1>Storm hits the coast</h1></article><div class="markup">` + story + `</div>` + other + `</body></html>`
	a, err := Extract([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "Solskjær") || !strings.Contains(a.Text, "flooded streets") {
		t.Errorf("next story kept or story lost: %q", a.Text)
	}

	// A story whose headline stands above its <article>, with another
	// <h1> inside it, is not cut.
	inner := `<html><head><title>Storm hits the coast</title></head><body><header><h1>Storm hits the coast</h1></header><article><h1>What the town saw</h1>` + story + `</article></body></html>`
	a, err = Extract([]byte(inner), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "flooded streets") {
		t.Errorf("story cut: %q", a.Text)
	}
}
