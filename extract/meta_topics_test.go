package extract

import (
	"reflect"
	"testing"
)

// The markup of these pages follows the topic boxes of real pages in the
// development sets: BBC's data-component="tags", DW's "related-topics"
// section with its skip link, a WordPress footer's list, a forum's
// topic (thread) list.
func TestTopicLinkBoxes(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"component named tags",
			`<main><article><h1>UK economy shrinks</h1><p>` + prose + `</p>
<div data-component="tags"><div><div><a href="/news/topics/c1">Recession</a></div><div><a href="/news/topics/c2">GDP</a></div><div><a href="/news/topics/c3">UK economy</a></div></div></div></article></main>`,
			[]string{"Recession", "GDP", "UK economy"}},
		{"skip link left out",
			`<article><h1>Long Covid</h1><p>` + prose + `</p></article>
<section id="related-topics"><a href="#after-topics">Den nächsten Abschnitt Ähnliche Themen überspringen</a><h2>Ähnliche Themen</h2>
<a href="/de/long-covid/t-64475679">Long COVID</a><a href="/de/coronavirus/t-51831484">Coronavirus</a></section>`,
			[]string{"Long COVID", "Coronavirus"}},
		{"camel-cased list name, an article's own footer",
			`<article><h1>Venezuela</h1><p>` + prose + `</p><footer class="entry-footer"><ul class="singleTagList"><li><a href="/tag/venezuela/">Venezuela</a></li><li><a href="/tag/usa/">USA</a></li><li><a href="/tags/">View all</a></li></ul></footer></article>`,
			[]string{"Venezuela", "USA"}},
		{"a shop's range",
			`<h1>Bags</h1><p>` + prose + `</p><div class="product-tags"><a href="/c/totes">Totes</a><a href="/c/backpacks">Backpacks</a></div><button>Add to cart</button><span class="price">$80</span><button>Add to cart</button><span class="price">$95</span>`,
			nil},
		{"site footer",
			`<article><h1>Graphics cards</h1><p>` + prose + `</p></article>
<footer><div class="footer-topics"><a href="/ads">Advertising</a><a href="/privacy">Privacy</a><a href="/topics">Topics</a></div></footer>`,
			nil},
		{"a forum's thread list",
			`<article><h1>VirtualBox 7.1.0</h1><p>` + prose + `</p></article>
<div class="topic-list"><a href="/t/1">Discuss the VirtualBox 7.1.0 release here</a><a href="/t/2">Investment Strategy Review Request</a></div>`,
			nil},
		{"menu above the headline",
			`<div class="header-topics"><a href="/sport/">Sport</a><a href="/culture/">Culture</a></div><article><h1>Final whistle</h1><p>` + prose + `</p></article>`,
			nil},
		{"teasers in a tag box",
			`<article><h1>Tacos</h1><p>` + prose + `</p><div class="post-tags"><a href="/fish-tacos">Fish Tacos with Mango Salsa</a></div></article>`,
			nil},
	}
	for _, c := range cases {
		page := `<html><head><meta property="og:type" content="article"><meta property="article:published_time" content="2024-08-01T10:00:00Z"></head><body>` + c.body + `</body></html>`
		a, err := Extract([]byte(page), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(a.Tags, c.want) {
			t.Errorf("%s: tags %q, want %q", c.name, a.Tags, c.want)
		}
	}
}

func TestKeywordLists(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"深空探测 探月工程 太空", []string{"深空探测", "探月工程", "太空"}},
		{"北朝鮮、韓国", []string{"北朝鮮", "韓国"}},
		{"Cannes Messen Duisburg", []string{"Cannes Messen Duisburg"}}, // words of one keyword, or keywords: not ours to guess
		{"water; nasa; europa", []string{"water", "nasa", "europa"}},
	}
	for _, c := range cases {
		if got := splitKeywords(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("splitKeywords(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for in, want := range map[string]string{"sections/sverige": "sverige", "topic/misshandel & överfall": "misshandel & överfall", "AC/DC": "AC/DC", "24/7": "24/7", "a/b/c": "a/b/c"} {
		if got := tagKind(in); got != want {
			t.Errorf("tagKind(%q) = %q, want %q", in, got, want)
		}
	}
	page := `<html><head><meta property="article:tag" content="Spain,Europe,World news"><meta property="article:tag" content="Business, Finance, &amp; Economics"></head><body><article><h1>Spain</h1><p>` + prose + `</p></article></body></html>`
	a, err := Extract([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Spain", "Europe", "World news", "Business, Finance, & Economics"}; !reflect.DeepEqual(a.Tags, want) {
		t.Errorf("tags %q, want %q", a.Tags, want)
	}
}
