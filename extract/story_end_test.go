package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
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

// Comment and most-read sections after a story, headed in German and by
// a count (taz, fundus de/Taz_2024_10_23: "3 Kommentare" set as a
// paragraph of class "headline").
func TestEndHeadingsInOtherLanguages(t *testing.T) {
	story := `<p>` + prose + `</p><p>` + prose + ` Again.</p><p>` + prose + ` And again.</p>`
	for name, tail := range map[string]string{
		"counted comments": `<p class="headline typo-head-small">3 Kommentare</p><div><p>Der Entwurf atmet leider in weiten Teilen den Geist organisierter Ablehnung, erkennbar an den in solchen Kreisen verbreiteten Argumenten.</p></div>`,
		"most read":        `<h2 class="collection__heading">Meistgelesene Artikel</h2><p>Die Konflikte in Israel, im Westjordanland und im Gazastreifen halten an, hier finden Sie alle unsere Inhalte zum Krieg.</p>`,
	} {
		page := `<html><head><title>Storm hits the coast</title></head><body><article><h1>Storm hits the coast</h1>` + story + tail + `</article></body></html>`
		a, err := Extract([]byte(page), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(a.Text, "Entwurf") || strings.Contains(a.Text, "Gazastreifen") || !strings.Contains(a.Text, "flooded") {
			t.Errorf("%s: %q", name, a.Text)
		}
	}
}

func TestFollows(t *testing.T) {
	doc, err := parse([]byte(`<html><body><div id="a"><h1 id="h">Title</h1><p id="p1">one</p></div><section id="s"><p id="p2">two</p></section></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]*html.Node{}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if id := attr(n, "id"); id != "" {
			byID[id] = n
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	cases := []struct {
		n, m string
		want bool
	}{
		{"p1", "h", true}, {"p2", "h", true}, {"s", "h", true}, {"h", "a", true},
		{"h", "p1", false}, {"a", "h", false}, {"h", "p2", false}, {"a", "s", false},
	}
	for _, c := range cases {
		if got := follows(byID[c.n], byID[c.m], ancestors(byID[c.m])); got != c.want {
			t.Errorf("follows(%s, %s) = %v, want %v", c.n, c.m, got, c.want)
		}
	}
}
