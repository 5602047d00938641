package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestFurnitureNames(t *testing.T) {
	cases := []struct {
		class string
		want  bool
	}{
		{"sidebar", true},
		{"sidebar-wrapper", true},
		{"widget-area sidebar-content", true},
		{"comment-content", true},
		{"post-tags", true},
		// The layout around a sidebar holds the story (Politico Europe,
		// fundus be/PoliticoEu_2025_10_23).
		{"sidebar-grid sidebar-grid--is-narrow", false},
		{"sidebar-grid__container", false},
		{"sidebar-grid__content article__content", false},
		{"mainContainer_noSidebar p-body--withSidebar", false},
		{"single-post has-sidebar", false},
		{"has-sidebar sidebar", true},
		{"article-body", false},
		{"social-media-embed", false},
		// A blocked embed shows a prompt to consent (Die Zeit, fundus
		// de/DieZeit_2023_04_28).
		{"embed-wrapper embed-wrapper--blocked js-embed-consent", true},
		{"article-block article-content__sign-in-group hidden", true},
	}
	for _, c := range cases {
		n := &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: "class", Val: c.class}}}
		if got := furnitureName(n, false); got != c.want {
			t.Errorf("furnitureName(class=%q) = %v, want %v", c.class, got, c.want)
		}
	}
}

// Dialogs a page hides until they are called, shaped as on real pages:
// SRF's account screens (fundus ch/SRF_2024_04_15, client-side
// templates in hidden sections) and Reuters' consent panel (fundus
// us/Reuters_2023_05_16, a region marked aria-modal).
func TestHiddenDialogsLeftOut(t *testing.T) {
	account := `<section style="display:none;" id="forgotPassword"><h3>Neues Passwort erstellen</h3>
<p>Geben Sie die E-Mail-Adresse Ihres Benutzerkontos an. Wir senden Ihnen anschliessend einen Link, über den Sie ein neues Passwort erstellen können. Prüfen Sie bitte Ihren SPAM Ordner und die Angabe Ihrer E-Mail-Adresse, wenn nach zehn Minuten nichts ankommt.</p>
{* #forgotPasswordForm *} {* signInEmailAddress *} {* /forgotPasswordForm *}</section>`
	consent := `<div id="ot-pc" class="ot-sdk-container ot-hide" aria-modal="true" role="region"><h2>Privacy Preference Center</h2>
<p>When you visit our website, we store cookies on your browser to collect information. The information collected might relate to you, your preferences or your device, and is mostly used to make the site work as you expect it to and to provide a more personalized web experience.</p></div>`
	// National Post (fundus ca/NationalPost_2024_08_28): a long sign-in
	// offer hidden by class, a heading for screen readers only.
	offer := `<div class="article-block article-content__sign-in-group hidden"><div class="intro-body__premium hidden"><p>Enjoy the latest local, national and international news.</p><ul><li>Exclusive articles by our columnists. Plus, special edition newsletters and virtual events.</li><li>Unlimited online access to National Post and 15 news sites with one account.</li><li>National Post ePaper, an electronic replica of the print edition to view on any device, share and comment on.</li></ul></div></div>`
	page := `<html><body><article><h1>Storm hits the coast</h1><h2 class="visually-hidden">Article content</h2><p>` + prose + `</p>` + offer + `<p>` + prose + `</p></article>` + account + consent + `</body></html>`
	a, err := Extract([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Passwort", "cookies", "ePaper", "Article content"} {
		if strings.Contains(a.Text, w) {
			t.Errorf("dialog text %q kept: %q", w, a.Text)
		}
	}
	if !strings.Contains(a.Text, "flooded streets") {
		t.Errorf("story lost: %q", a.Text)
	}
}

func TestHidingClasses(t *testing.T) {
	for list, want := range map[string]bool{
		"hidden":                              true,
		"d-none":                              true,
		"airship-alert airship-alert--hidden": true,
		"airship-html-prompt h-element--hide": true,
		"hidden-xs":                           false,
		"overflow-hidden":                     false,
		"article-body":                        false,
	} {
		if got := hidingClass(list); got != want {
			t.Errorf("hidingClass(%q) = %v, want %v", list, got, want)
		}
	}
}

// Advertising labels left between paragraphs, in the words of several
// languages (Habertürk's "REKLAM", Asahi's "[PR]").
func TestAdvertisingLabels(t *testing.T) {
	for _, s := range []string{"REKLAM", "[PR]", "Anzeige", "Advertisement", "広告", "Annons"} {
		b := &block{text: s, chars: len([]rune(s)), typ: "paragraph"}
		if !furniture(b) {
			t.Errorf("%q not taken for furniture", s)
		}
	}
	for _, s := range []string{"Prime Minister", "Adam said no."} {
		b := &block{text: s, chars: len([]rune(s)), typ: "paragraph"}
		if furniture(b) {
			t.Errorf("%q taken for furniture", s)
		}
	}
}
