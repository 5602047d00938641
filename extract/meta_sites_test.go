package extract

import (
	"reflect"
	"strings"
	"testing"
)

func TestBlogAuthorSources(t *testing.T) {
	cases := []struct {
		file, url string
		want      []string
	}{
		// An <aside> banner left unclosed holds the whole page: the
		// byline under the headline is the story's all the same.
		{"wcxb-4459-openaside.html", "https://www.fermyon.com/blog/startup-lessons-25-years", []string{"Tim Enwall"}},
	}
	for _, c := range cases {
		a := metaFixture(t, c.file, c.url)
		if !reflect.DeepEqual(a.Authors, c.want) {
			t.Errorf("%s: authors %#v, want %#v", c.file, a.Authors, c.want)
		}
	}
}

func TestTeamAndOtherWorkCredits(t *testing.T) {
	cases := []struct {
		file, url string
		authors   []string
		credit    string
	}{
		// The byline by the headline says "Everfit Team"; the JSON-LD
		// names one person the page shows nowhere.
		{"wcxb-0032-team.html", "https://blog.everfit.io/personal-training-trend", nil, "Everfit Team"},
		// The team is the author; the portrait by the headline is the
		// fact checker's ("Fact checked by Yarilet Perez").
		{"wcxb-0044-factcheck.html", "https://www.investopedia.com/terms/d/digital-marketing.asp", nil, "The Investopedia Team"},
	}
	for _, c := range cases {
		a := metaFixture(t, c.file, c.url)
		if !reflect.DeepEqual(a.Authors, c.authors) || a.Credit != c.credit {
			t.Errorf("%s: authors %#v, credit %q; want %#v, %q", c.file, a.Authors, a.Credit, c.authors, c.credit)
		}
	}
}

func TestBylineOutranksTheAccountAfterTheStory(t *testing.T) {
	// "By Lizzie Streit, MS, RDN, LD" under the headline; the microdata
	// names the account that posts every story of the blog, shown only
	// in the footer line after the story and in teasers of other posts.
	a := metaFixture(t, "wcxb-4126-account.html", "https://www.healthyforlifemeals.com/blog/10-nutrition-myths-debunked")
	if !reflect.DeepEqual(a.Authors, []string{"Lizzie Streit"}) {
		t.Errorf("authors %#v, want the byline's", a.Authors)
	}
}

func TestPersonalSiteOwner(t *testing.T) {
	cases := []struct {
		file, url string
		want      []string
	}{
		// No byline, no structured author: the footer's "© 2025 Toby
		// Hede. All rights reserved."
		{"wcxb-0419-copyright.html", "https://tobyhede.com/blog/the-7-habits-of-highly-ineffective-agents", []string{"Toby Hede"}},
		// No site name: the home link "Pierce Freeman", which the title
		// repeats ("Go ahead, self-host Postgres | Pierce Freeman").
		{"wcxb-0436-homelink.html", "https://pierce.dev/notes/go-ahead-self-host-postgres", []string{"Pierce Freeman"}},
	}
	for _, c := range cases {
		a := metaFixture(t, c.file, c.url)
		if !reflect.DeepEqual(a.Authors, c.want) {
			t.Errorf("%s: authors %#v, want %#v", c.file, a.Authors, c.want)
		}
	}
	// A picture's copyright line names its photographer, not the site's
	// owner; a company's names no person.
	for _, page := range []string{
		`<html><head><title>Spring show</title></head><body><h1>Spring show</h1><p>` + prose + `</p><figure><img src="a.jpg"><figcaption>© Kerry James Marshall</figcaption></figure><footer>© 2025 Example Media Group</footer></body></html>`,
	} {
		if a, _ := Extract([]byte(page), Options{URL: "https://example.org/show"}); len(a.Authors) != 0 {
			t.Errorf("authors %#v, want none", a.Authors)
		}
	}
}

func TestAuthorShownWithPortrait(t *testing.T) {
	// Under the headline, a round picture with alt text "Trond Teigen"
	// and the same name beside it; no byline class, no structured data.
	a := metaFixture(t, "wcxb-0447-portrait.html", "https://digitalpreservation.no/blog/2025-12-17-the-pilot-has-landed")
	if !reflect.DeepEqual(a.Authors, []string{"Trond Teigen"}) {
		t.Errorf("authors %#v, want the portrait's name", a.Authors)
	}
	// Cards that link to products, each with its picture and name, are
	// no portraits.
	card := func(name string) string {
		return `<div class="card"><a href="/products/` + strings.ReplaceAll(strings.ToLower(name), " ", "-") + `"><img src="/p.jpg" alt="` + name + `"></a><h3>` + name + `</h3><span>$29</span></div>`
	}
	page := `<html><head><title>Beard oils</title></head><body><h1>Beard oils</h1><time datetime="2025-01-02">Jan 2</time>` +
		card("Norse Winter Beard Oil") + `<p>` + prose + `</p></body></html>`
	if a, _ := Extract([]byte(page), Options{URL: "https://shop.example.com/oils"}); len(a.Authors) != 0 {
		t.Errorf("product card: authors %#v, want none", a.Authors)
	}
}

func TestAuthorBesideAvatar(t *testing.T) {
	cases := []struct {
		file, url string
		want      []string
	}{
		// "Written by:", the author's avatar, then the name.
		{"wcxb-0322-writtenby.html", "https://bold.org/blog/best-high-school-tutors/", []string{"Elise Nass"}},
		// An avatar without alt text, then "Mahua Das in <a>Project
		// Management</a>".
		{"wcxb-4218-avatar.html", "https://www.celoxis.com/article/project-management-software-cost-pricing-models", []string{"Mahua Das"}},
	}
	for _, c := range cases {
		a := metaFixture(t, c.file, c.url)
		if !reflect.DeepEqual(a.Authors, c.want) {
			t.Errorf("%s: authors %#v, want %#v", c.file, a.Authors, c.want)
		}
	}
}

func TestPortraitBesideTheSitesCredit(t *testing.T) {
	// The structured data credit the site alone; the writer is shown
	// with their picture at the story's end.
	page := `<html><head><title>Five novels of the year</title><meta property="og:site_name" content="Five Books">` +
		`<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Five novels of the year","datePublished":"2025-12-01","author":{"@type":"Organization","name":"Five Books"}}</script></head>` +
		`<body><h1>Five novels of the year</h1><article><p>` + prose + `</p><p>` + prose + `</p><p>` + prose + `</p>` +
		`<div class="bio"><img src="/sylvia.jpg" alt="Sylvia Bishop"><p><b>Sylvia Bishop</b> is a novelist.</p></div></article></body></html>`
	a, err := Extract([]byte(page), Options{URL: "https://fivebooks.com/best-books/novels/"})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a.Authors, []string{"Sylvia Bishop"}) || a.Credit != "Five Books" {
		t.Errorf("authors %#v, credit %q; want Sylvia Bishop beside Five Books", a.Authors, a.Credit)
	}
}

func TestAuthorLinkToProfilesPage(t *testing.T) {
	// A republished story: the writer's name links to their page under
	// "/profiles/" on the first publisher's site; the data credit the
	// republishing site.
	a := metaFixture(t, "wcxb-0345-profiles.html", "https://news.clemson.edu/heres-how-to-maintain-healthy-smartphone-habits/")
	if !reflect.DeepEqual(a.Authors, []string{"Shelia R. Cotten"}) {
		t.Errorf("authors %#v, want the linked writer", a.Authors)
	}
}

func TestBylineOfPartsUnderTheHeadline(t *testing.T) {
	// "Aaron Ricadela | Senior Writer | July 2, 2025" under the
	// headline, with no "By" and no byline class.
	a := metaFixture(t, "wcxb-4082-lineparts.html", "https://www.oracle.com/health/ai-healthcare/")
	if !reflect.DeepEqual(a.Authors, []string{"Aaron Ricadela"}) {
		t.Errorf("authors %#v, want the line's name", a.Authors)
	}
	// A line of a place and a date is no byline.
	page := `<html><head><title>Flood</title></head><body><h1>Flood</h1><p>New Orleans | July 2, 2025</p><p>` + prose + `</p></body></html>`
	if a, _ := Extract([]byte(page), Options{}); len(a.Authors) != 0 {
		t.Errorf("place and date: authors %#v, want none", a.Authors)
	}
}

func TestAuthorByTheAddressOfTheirPage(t *testing.T) {
	// "article:author" gives the writer's page by address; the byline
	// (in an aside by the headline) links to it with the name.
	a := metaFixture(t, "wcxb-4370-authorurl.html", "https://www.theguardian.com/books/2025/dec/05/best-science-fiction-books-2025-ej-swift-jacek-dukaj-silvia-park")
	if !reflect.DeepEqual(a.Authors, []string{"Adam Roberts"}) {
		t.Errorf("authors %#v, want the linked writer", a.Authors)
	}
}

func TestDeclaredAuthorThatIsAColumn(t *testing.T) {
	// "By <span itemprop=author ...>Ask the Doctors</span>": a column's
	// name declared as the author is kept as the credit.
	a := metaFixture(t, "wcxb-4580-column.html", "https://www.uclahealth.org/news/article/transition-to-vegan-diet-should-be-gradual")
	if len(a.Authors) != 0 || a.Credit != "Ask the Doctors" {
		t.Errorf("authors %#v, credit %q; want the column as the credit", a.Authors, a.Credit)
	}
	// A role after a declared person is no credit.
	if ns, cs := bylineParts("Mayank Gupta, CEO of CaseBasix", true); !reflect.DeepEqual(ns, []string{"Mayank Gupta"}) || len(cs) != 0 {
		t.Errorf("bylineParts: %#v, %#v", ns, cs)
	}
}

func TestTeamInTheArticlesFooter(t *testing.T) {
	// "By The Diggs Team" in the article's own footer, after the story.
	a := metaFixture(t, "wcxb-4596-teamfooter.html", "https://www.diggs.pet/blogs/posts/puppy-obedience-training")
	if len(a.Authors) != 0 || a.Credit != "The Diggs Team" {
		t.Errorf("authors %#v, credit %q; want the team as the credit", a.Authors, a.Credit)
	}
}

func TestBylineWithDotOperators(t *testing.T) {
	// "By Chris McNamara ⋅ Founder and Editor-in-Chief ⋅ Updated May 6,
	// 2025", then "Contributions From: Austin Palmer" on a line of its
	// own.
	a := metaFixture(t, "wcxb-4677-dotbyline.html", "https://www.techgearlab.com/topics/cool-gadgets/best-electric-scooter")
	if !reflect.DeepEqual(a.Authors, []string{"Chris McNamara"}) {
		t.Errorf("authors %#v, want the byline's", a.Authors)
	}
}

func TestBylineFullerThanTheData(t *testing.T) {
	// The JSON-LD names the first author alone; the byline under the
	// headline names three, each shown alone again in the author box.
	box := func(name, role string) string {
		return `<div class="author-box"><span class="author-name">` + name + `</span><span class="author-role">` + role + `</span></div>`
	}
	page := `<html><head><title>HR trends</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"HR trends","author":{"@type":"Person","name":"Marna van der Merwe"}}</script></head>` +
		`<body><h1>HR trends</h1><div class="byline">Written by Dr Marna van der Merwe, Dr Dieter Veldsman, Erik van Vulpen</div><article><p>` + prose + `</p><p>` + prose + `</p></article>` +
		box("Dr Marna van der Merwe", "Research Lead") + box("Dr Dieter Veldsman", "Chief HR Scientist") + box("Erik van Vulpen", "Founder") + `</body></html>`
	a, _ := Extract([]byte(page), Options{})
	if want := []string{"Marna van der Merwe", "Dieter Veldsman", "Erik van Vulpen"}; !reflect.DeepEqual(a.Authors, want) {
		t.Errorf("authors %#v, want %#v", a.Authors, want)
	}
	// A role the byline runs on with is no further author.
	page = `<html><head><title>Garden</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Garden","author":{"@type":"Person","name":"Catherine Boeckmann"}}</script></head>` +
		`<body><h1>Garden</h1><div class="byline">Written By: Catherine Boeckmann, Master Gardener</div><p>` + prose + `</p></body></html>`
	if a, _ := Extract([]byte(page), Options{}); !reflect.DeepEqual(a.Authors, []string{"Catherine Boeckmann"}) {
		t.Errorf("authors %#v, want the data's one", a.Authors)
	}
}
