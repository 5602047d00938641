package extract

import (
	"net/url"
	"strings"
	"testing"
)

func TestPageTypeSignals(t *testing.T) {
	prose := "<p>" + strings.Repeat("The plan was discussed at length by the members of the council. ", 12) + "</p>"
	codeDoc := `<h1>Fields</h1>` + strings.Repeat(`<p>Set <code>default</code> on the <code>Field</code> to give <code>None</code> a value.</p>`, 8)
	var items, filters strings.Builder
	for i := 0; i < 12; i++ {
		items.WriteString(`<li class="grid-item"><a href="/p/` + string(rune('a'+i)) + `">Wallet</a><span>$` + string(rune('1'+i%9)) + `9.00</span></li>`)
	}
	for i := 0; i < 25; i++ {
		filters.WriteString(`<label class="facet-option"><input type="checkbox"> Colour</label>`)
	}
	var index strings.Builder
	for i := 0; i < 120; i++ {
		index.WriteString(`<li><a href="/item/` + strings.Repeat("x", i%7+1) + `">Item</a></li>`)
	}
	cases := []struct{ name, page, url, want string }{
		{"an index: many links, little text", `<html><body><h1>Recent submissions</h1><ul>` + index.String() + `</ul></body></html>`, "https://archive.example.org/list/cs/recent", TypeListing},
		{"forum by its address", `<html><head><title>Help with the pump</title></head><body><h1>Help with the pump</h1>` + prose + `</body></html>`,
			"https://forums.example.org/t/help-with-the-pump/4411", TypeForum},
		{"documentation by its code", `<html><body>` + codeDoc + `</body></html>`, "https://example.dev/latest/concepts/fields/", TypeDocumentation},
		{"code in a dated story is no documentation", `<html><head><meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-01T10:00:00Z"><meta name="author" content="Ann Smith"></head><body>` + codeDoc + `</body></html>`,
			"https://example.dev/blog/fields-in-practice", TypeArticle},
		{"shop category by its address", `<html><body><h1>Wallets</h1><ul>` + items.String() + `</ul></body></html>`, "https://shop.example.com/collections/wallets/all", TypeCollection},
		{"priced items with filters", `<html><body><h1>Monitors</h1>` + filters.String() + `<ul>` + items.String() + `</ul></body></html>`, "https://shop.example.com/monitors-x1", TypeCollection},
		{"a signed, dated story under a guides address", `<html><head><script type="application/ld+json">{"@type":"BlogPosting","headline":"Understanding renovation costs","datePublished":"2024-03-01","author":{"@type":"Person","name":"Ann Smith"}}</script></head><body><h1>Understanding renovation costs</h1>` + prose + `</body></html>`,
			"https://www.example.com/guides/understanding-renovation-costs", TypeArticle},
		{"an unsigned page under /services/ with a template date", `<html><head><meta property="og:type" content="article"><meta property="article:published_time" content="2023-02-01T10:00:00Z"></head><body><h1>Human resources advisory</h1>` + prose + `<a href="/contact">Contact us</a></body></html>`,
			"https://www.example.com/services/advisory/human-resources/", TypeService},
		{"section by its address", `<html><body><h1>Climate</h1><p>Stories tagged climate.</p></body></html>`, "https://news.example.com/tag/climate", TypeListing},
		{"front page without a river of stories", `<html><body><h1>Build fast</h1><p>Deploy apps close to your users.</p><a href="/signup">Get started</a></body></html>`, "https://example.io/", TypeService},
	}
	checkPageTypes(t, cases)
}

// A page whose template dates it and calls it an article, signed by no
// one, laid out as a dozen unlinked sections over a contact form: the
// rules take it for a story, the model for a service.
func TestPageTypeModel(t *testing.T) {
	prose := "<p>" + strings.Repeat("Our team helps companies plan the next steps with care and attention. ", 6) + "</p>"
	var sections strings.Builder
	for _, h := range []string{"Data strategy", "Dashboards", "Data engineering", "Machine learning", "Why choose us", "Our process", "Reporting", "Forecasting", "Industries", "Case studies", "Pricing", "Questions"} {
		sections.WriteString("<h2>" + h + "</h2><h3>What we do</h3>" + prose)
	}
	page := `<html><head><meta property="og:type" content="article"><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Data analytics","datePublished":"2023-02-01T10:00:00+00:00","dateModified":"2024-06-01T10:00:00+00:00"}]}</script></head>` +
		`<body><h1>Data analytics</h1>` + sections.String() + `<form><input name="name"><input name="email"><textarea></textarea><button>Send</button></form></body></html>`
	a, tf, err := extractTyped([]byte(page), Options{URL: "https://www.example.com/analytics/"})
	if err != nil {
		t.Fatal(err)
	}
	rule := tf.rule
	if rule != TypeArticle || a.PageType != TypeService {
		t.Errorf("rules say %q, the model %q; want article, then service", rule, a.PageType)
	}
}

// A Product declared by a software's front page, with no price or cart,
// is the site's offer; one with them is for sale.
func TestPageTypeProductClaim(t *testing.T) {
	prose := "<p>" + strings.Repeat("Plan projects, track work and ship on time with one tool for the whole team. ", 5) + "</p>"
	var sections strings.Builder
	for _, h := range []string{"Roadmaps", "Boards", "Time tracking", "Reports", "Integrations", "Security", "Customers", "Support"} {
		sections.WriteString("<section><h2>" + h + "</h2>" + prose + "</section>")
	}
	ld := `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Planner","description":"Project planning software","brand":{"@type":"Brand","name":"Planner"}}</script>`
	offer := `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Kettle X1","offers":{"@type":"Offer","price":"49.00","priceCurrency":"USD"}}</script>`
	cases := []struct{ name, page, url, want string }{
		{"software's front page", `<html><head>` + ld + `<meta property="og:type" content="website"></head><body><h1>Project planning for teams</h1>` + sections.String() + `<a href="/signup">Get started</a></body></html>`, "https://www.example.com/", TypeService},
		{"a kettle for sale", `<html><head>` + offer + `</head><body><h1>Kettle X1</h1><span class="price">$49.00</span><button>Add to cart</button>` + prose + `</body></html>`, "https://shop.example.com/products/kettle-x1", TypeProduct},
	}
	checkPageTypes(t, cases)
}

func TestOwnQuery(t *testing.T) {
	for q, want := range map[string]bool{"": false, "srsltid=AfmBO": false, "utm_source=x&gclid=1": false, "page=2": true, "q=shoes&utm_medium=y": true} {
		v, _ := url.ParseQuery(q)
		if got := ownQuery(v); got != want {
			t.Errorf("ownQuery(%q) = %v", q, got)
		}
	}
}

func TestPriceText(t *testing.T) {
	for s, want := range map[string]bool{"$19.99": true, "19,99 €": true, "EUR 25": true, "£5": true, "19.99": false, "$": false, "Save now": false} {
		if got := priceText(s); got != want {
			t.Errorf("priceText(%q) = %v", s, got)
		}
	}
}
