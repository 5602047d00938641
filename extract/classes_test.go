package extract

import (
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
	}
	for _, c := range cases {
		n := &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: "class", Val: c.class}}}
		if got := furnitureName(n, false); got != c.want {
			t.Errorf("furnitureName(class=%q) = %v, want %v", c.class, got, c.want)
		}
	}
}
