package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/newsbite/newsbite/article"
)

// Metadata: each source alone, the merge on real page pieces
// (testdata/meta, see SOURCES.md there), and the hard cases.

var testNow = time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)

func metaFixture(t *testing.T, name, url string) *article.Article {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "meta", name))
	if err != nil {
		t.Fatal(err)
	}
	a, err := Extract(b, Options{URL: url})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestMetaFixtures(t *testing.T) {
	cases := []struct {
		file, url string
		want      article.Article
	}{
		{"fundus-br.html", "", article.Article{
			Title:     "Evangelische Kirche: Landeskirche will Missbrauch aufarbeiten",
			Authors:   []string{"Jasper Riemann", "Barbara Schneider"},
			Published: "2024-04-22T15:26:46Z",
			Language:  "de",
			SiteName:  "BR24",
			Tags:      []string{"Oberfranken", "Kirche", "sexualisierte Gewalt", "Missbrauchsstudie", "Evangelische Landessynode", "Evangelische Kirche", "Missbrauch"},
			PageType:  TypeArticle,
		}},
		{"fundus-lemonde.html", "", article.Article{
			Title:     "Sophie Binet met en garde Emmanuel Macron sur la « gravité de la situation dans le pays »",
			Authors:   []string{"Bertrand Bissuel"},
			Published: "2023-08-30T14:52:08+02:00",
			Modified:  "2023-08-30T15:54:55+02:00",
			Language:  "fr",
			Section:   "Politique",
			PageType:  TypeArticle,
		}},
		{"wcxb-0007-graph.html", "https://greatbigphotographyworld.com/photography-trends/", article.Article{
			Title:     "34 Top Photography Trends in 2025",
			Authors:   []string{"Taya Iv"},
			Published: "2025-01-29T20:47:55Z",
			Modified:  "2025-08-19T13:25:59Z",
			Language:  "en-US",
			Section:   "Inspiration",
			PageType:  TypeArticle,
		}},
		{"wcxb-0190-byline.html", "", article.Article{
			Title:     "7 Mental Health Trends to Watch in 2025",
			Authors:   []string{"Vahid Osman"},
			Published: "2024-03-27T00:00:00Z",
		}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			a := metaFixture(t, c.file, c.url)
			w := c.want
			check := func(field string, got, want any) {
				if !reflect.ValueOf(want).IsZero() && !reflect.DeepEqual(got, want) {
					t.Errorf("%s = %#v, want %#v", field, got, want)
				}
			}
			check("title", a.Title, w.Title)
			check("authors", a.Authors, w.Authors)
			check("published", a.Published, w.Published)
			check("modified", a.Modified, w.Modified)
			check("language", a.Language, w.Language)
			check("section", a.Section, w.Section)
			check("site", a.SiteName, w.SiteName)
			check("tags", a.Tags, w.Tags)
			check("page type", a.PageType, w.PageType)
		})
	}
}

func TestAuthorNames(t *testing.T) {
	cases := map[string][]string{
		"By Jane Doe and John Roe, Staff Writers":   {"Jane Doe", "John Roe"},
		"Von Anna Muster und Max Mann, dpa":         {"Anna Muster", "Max Mann"},
		"Par Jean Dupont et Marie Curie":            {"Jean Dupont", "Marie Curie"},
		"Por Ana García y Luis Pérez":               {"Ana García", "Luis Pérez"},
		"Jane Doe & John Roe":                       {"Jane Doe", "John Roe"},
		"jane.doe@example.com":                      nil,
		"Jane Doe (jane@example.com)":               {"Jane Doe"},
		"AFP":                                       nil,
		"Reuters":                                   nil,
		"The Associated Press":                      nil,
		"dpa/AFP":                                   nil,
		"Jane Doe - Senior Correspondent":           {"Jane Doe"},
		"Genevieve Carlton, Ph.D.":                  {"Genevieve Carlton"},
		"Doris Munoz-Mantilla, MD, FOMA":            {"Doris Munoz-Mantilla"},
		"Jane Doe in Washington":                    {"Jane Doe"},
		"Written by: Jane Doe":                      {"Jane Doe"},
		"Podium Staff":                              nil,
		"Taya Iv":                                   {"Taya Iv"},
		"Ludwig van Beethoven":                      {"Ludwig van Beethoven"},
		"click here to subscribe to our newsletter": nil,
	}
	for in, want := range cases {
		if got := authorNames(in); !reflect.DeepEqual(got, want) {
			t.Errorf("authorNames(%q) = %#v, want %#v", in, got, want)
		}
	}
	if got := addAuthors([]string{"Jane Doe"}, "jane doe", "Doe", "John Roe"); !reflect.DeepEqual(got, []string{"Jane Doe", "John Roe"}) {
		t.Errorf("addAuthors = %#v", got)
	}
}

func TestJSONLDAuthorsAndBrokenJSON(t *testing.T) {
	src := `<!--
	{"@context":"https://schema.org","@graph":[
	  {"@type":"WebSite","name":"Example News",},
	  {"@type":["NewsArticle"],"headline":"Storm hits the coast","datePublished":"2024-03-05T09:30:00+01:00",
	   "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"By John Roe"},{"@type":"Organization","name":"Example News"}],
	   "keywords":"storm, weather, coast",
	   "description":"Line one
line two"},
	]}
	-->`
	things := ldThings(ldOf(src))
	main := mainThing(things, "Storm hits the coast")
	if main == nil {
		t.Fatalf("no main thing in %#v", things)
	}
	var names []string
	for _, a := range main.authors {
		if !a.org {
			names = addAuthors(names, authorNames(a.name)...)
		}
	}
	if !reflect.DeepEqual(names, []string{"Jane Doe", "John Roe"}) {
		t.Errorf("authors = %#v", names)
	}
	if !reflect.DeepEqual(main.keywords, []string{"storm", "weather", "coast"}) {
		t.Errorf("keywords = %#v", main.keywords)
	}
	if d := parseMachineDate(main.published); d.rfc3339() != "2024-03-05T09:30:00+01:00" {
		t.Errorf("published = %q", d.rfc3339())
	}
	// Two scripts' worth of objects back to back, and a CDATA wrapper.
	if got := ldThings(ldOf(`//<![CDATA[
{"@type":"Article","headline":"A"}{"@type":"Person","name":"B"}
//]]>`)); len(got) != 2 {
		t.Errorf("concatenated objects: %d things", len(got))
	}
}

// ldOf decodes JSON-LD scripts as a page's are.
func ldOf(srcs ...string) []any {
	var out []any
	for _, s := range srcs {
		v, _ := parseLD(s)
		out = append(out, v...)
	}
	return out
}

func TestMachineDates(t *testing.T) {
	cases := map[string]string{
		"2016-07-15T10:04:00+02:00":       "2016-07-15T10:04:00+02:00",
		"2016-07-15T10:04:00.123Z":        "2016-07-15T10:04:00Z",
		"2016-07-15 10:04:00":             "2016-07-15T10:04:00Z",
		"2016-07-15":                      "2016-07-15T00:00:00Z",
		"2016-07-15T10:04:00+0200":        "2016-07-15T10:04:00+02:00",
		"Fri, 15 Jul 2016 10:04:00 +0200": "2016-07-15T10:04:00+02:00",
		"2016-02-30":                      "",
		"not a date":                      "",
	}
	for in, want := range cases {
		if got := parseMachineDate(in).rfc3339(); got != want {
			t.Errorf("parseMachineDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestURLDates(t *testing.T) {
	cases := map[string]string{
		"https://example.com/2016/07/15/storm-hits/":     "2016-07-15",
		"https://example.com/news/20160715-storm.html":   "2016-07-15",
		"https://example.com/2016/7/5/storm":             "2016-07-05",
		"https://example.com/storm-2016":                 "",
		"https://example.com/2016/13/40/x":               "",
		"https://example.com/blog/2023/october/03/storm": "2023-10-03",
		"https://example.com/blog/2023/Sept/3/":          "2023-09-03",
		"https://example.com/blog/2023/storms/03/":       "",
	}
	for in, want := range cases {
		d := urlDate(in)
		got := ""
		if d.ok() {
			got = d.t.Format("2006-01-02")
		}
		if got != want {
			t.Errorf("urlDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestHumanDatesInOtherLanguages(t *testing.T) {
	cases := []struct{ text, lang, want string }{
		{"Veröffentlicht am 3. März 2024, 14:05 Uhr", "de", "2024-03-03"},
		{"15.07.2016", "de", "2016-07-15"},
		{"Publié le 5 août 2023 à 10h12", "fr", "2023-08-05"},
		{"12 de diciembre de 2025", "es", "2025-12-12"},
		{"2024年4月22日 15:26", "zh", "2024-04-22"},
		{"By Dr. Jane Doe - Mar 27, 2024", "en", "2024-03-27"},
		{"07/04/2024", "en", "2024-07-04"},
		{"02-12-2025", "en", "2025-12-02"}, // dashes: day first (WCXB 0429)
		{"2-12-2025 10:15", "en", "2025-12-02"},
		{"Apr 16, 2024 0 min. read", "en", "2024-04-16"},
		{"3 hours ago", "en", ""},
		{"2026 1h 54m R", "en", ""},
		{"Monday", "en", ""},
	}
	for _, c := range cases {
		d := parseHumanDate(c.text, c.lang, testNow)
		got := ""
		if d.ok() {
			got = d.t.Format("2006-01-02")
		}
		if got != c.want {
			t.Errorf("parseHumanDate(%q, %s) = %q, want %q", c.text, c.lang, got, c.want)
		}
	}
}

func TestSuspectDates(t *testing.T) {
	if plausible(time.Date(1994, 12, 31, 0, 0, 0, 0, time.UTC), testNow) {
		t.Error("a date before 1995 is suspect")
	}
	if plausible(testNow.AddDate(0, 0, 3), testNow) {
		t.Error("a date in the future is suspect")
	}
	if !plausible(testNow.AddDate(0, -1, 0), testNow) {
		t.Error("last month is plausible")
	}
}

func TestCaptionCredits(t *testing.T) {
	cases := []struct{ in, caption, credit string }{
		{"Shake on it: the two leaders meet in Geneva. AFP", "Shake on it: the two leaders meet in Geneva.", "AFP"},
		{"Rescue workers at the scene on Monday. Photo: Jane Doe", "Rescue workers at the scene on Monday", "Jane Doe"},
		{"Protesters gather outside parliament (Reuters)", "Protesters gather outside parliament", "Reuters"},
		{"Entgegen Falschbehauptungen ist Hantavirus keine Nebenwirkung (AFP / ISHARA S. KODIKARA)", "Entgegen Falschbehauptungen ist Hantavirus keine Nebenwirkung", "AFP / ISHARA S. KODIKARA"},
		{"A market in Kyiv. REUTERS/Jane Doe", "A market in Kyiv.", "REUTERS/Jane Doe"},
		{"Die Landessynode tagt. Foto: picture alliance/dpa", "Die Landessynode tagt", "picture alliance/dpa"},
		{"The harbour at dawn © Jane Doe", "The harbour at dawn", "Jane Doe"},
		{"The harbour at dawn, seen from the old town", "The harbour at dawn, seen from the old town", ""},
		// Le Monde (fundus fr/LeMonde_2023_09_01): the photographer before the agency.
		{"La secrétaire générale de la CGT, Sophie Binet, à Matignon, à Paris, le 12 juillet 2023. BERTRAND GUAY / AFP", "La secrétaire générale de la CGT, Sophie Binet, à Matignon, à Paris, le 12 juillet 2023.", "BERTRAND GUAY / AFP"},
	}
	for _, c := range cases {
		cap, cr := splitCredit(c.in)
		if cap != c.caption || cr != c.credit {
			t.Errorf("splitCredit(%q) = %q, %q; want %q, %q", c.in, cap, cr, c.caption, c.credit)
		}
	}
	imgs := tidyImages([]article.Image{
		{URL: "a.jpg", Caption: "The harbour. AFP"},
		{URL: "b.jpg", Caption: "The harbour. AFP"},
	}, nil, nil, nil)
	if imgs[0].Caption != "The harbour." || imgs[0].Credit != "AFP" || imgs[1].Caption != "" {
		t.Errorf("captions not split or repeated: %#v", imgs)
	}
}

// The image URLs are those of real pages: the social card and the figure
// of one picture in two sizes (Le Monde, CBC, Business Insider), a
// loading placeholder (BBC), an author's portrait (taz).
func TestImagesOncePerPicture(t *testing.T) {
	imgs := tidyImages([]article.Image{
		{URL: "https://img.lemde.fr/2023/08/30/1/0/5120/3413/1440/960/60/0/dd85876_1693399249509-000-33nt796.jpg"},
		{URL: "https://www.bbc.com/bbcx/grey-placeholder.png"},
		{URL: "https://taz.de/kommune/files/images/profile/192x192/52218.png", Alt: "Nicole Opitz"},
		{URL: "https://img.lemde.fr/2023/08/30/0/0/5120/3416/664/0/75/0/dd85876_1693399249509-000-33nt796.jpg", Caption: "Sophie Binet, à Matignon. BERTRAND GUAY / AFP"},
		{URL: "https://i.cbc.ca/1.3980205.1723061751!/cpImage/httpImage/image.jpg_gen/derivatives/16x9_620/palestinians-hamas.jpg"},
		{URL: "https://i.cbc.ca/1.3980205.1723061751!/cpImage/httpImage/image.jpg_gen/derivatives/16x9_780/palestinians-hamas.jpg", Caption: "Yahya Sinwar speaks during a rally."},
		{URL: "https://cdn.businessinsider.de/wp-content/uploads/2021/09/614c4363c2c9630018f5ec03-1-scaled.jpg?ver=1706515254", Alt: "Evergrande HQ"},
		{URL: "https://cdn.businessinsider.de/wp-content/uploads/2021/09/614c4363c2c9630018f5ec03-1-1024x683.jpg"},
		{URL: "https://i.cbc.ca/ais/399f4853/full/max/0/default.jpg"},
		{URL: "https://i.cbc.ca/ais/51aa2e01/full/max/0/default.jpg"},
	}, nil, nil, []string{"Nicole Opitz"})
	var got []string
	for _, img := range imgs {
		got = append(got, img.URL[strings.LastIndex(img.URL, "/")+1:]+" "+img.Caption+" | "+img.Credit+" | "+img.Alt)
	}
	want := []string{
		"dd85876_1693399249509-000-33nt796.jpg Sophie Binet, à Matignon. | BERTRAND GUAY / AFP | ",
		"palestinians-hamas.jpg Yahya Sinwar speaks during a rally. |  | ",
		"614c4363c2c9630018f5ec03-1-scaled.jpg?ver=1706515254  |  | Evergrande HQ",
		"default.jpg  |  | ",
		"default.jpg  |  | ",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("images:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// Lazy-loaded pictures and captions set after a <picture> without a
// <figure> (Motorsport-Magazin, fundus de/MotorSportMagazin_2024_04_24).
func TestLazyPictureAndLooseCaption(t *testing.T) {
	page := `<html><body><article><h1>Bimota kehrt zurück</h1><p>` + prose + `</p>
<picture class="lazy detail-view"><source srcset="https://img.example.com/img/logo_white_16_9.svg" data-srcset="/960/540/q_80/1072475.webp 960w" type="image/webp"><img class="lazy" src="https://img.example.com/img/logo_white_16_9.svg" data-src="/960/540/q_80/1072475.jpg" width="960" height="540" alt="Alex Lowes in Barcelona"></picture><figcaption><span>Alex Lowes f&auml;hrt bisher eine starke Superbike-Saison 2024, Foto: LAT Images</span></figcaption>
<p>` + prose + `</p></article></body></html>`
	a, err := Extract([]byte(page), Options{URL: "https://www.example.com/superbike/news-1.html"})
	if err != nil {
		t.Fatal(err)
	}
	want := []article.Image{{URL: "https://www.example.com/960/540/q_80/1072475.jpg", Caption: "Alex Lowes fährt bisher eine starke Superbike-Saison 2024", Credit: "LAT Images", Alt: "Alex Lowes in Barcelona"}}
	if !reflect.DeepEqual(a.Images, want) {
		t.Errorf("images %+v, want %+v", a.Images, want)
	}
	if strings.Contains(a.Text, "Superbike-Saison") {
		t.Errorf("caption in the body: %q", a.Text)
	}
}

func TestNoMetadataAtAll(t *testing.T) {
	page := `<html><body><div><p>` + prose + `</p><p>` + prose + ` Again.</p></div></body></html>`
	a, err := Extract([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "" || len(a.Authors) != 0 || a.Published != "" || a.Modified != "" || a.Section != "" || len(a.Tags) != 0 {
		t.Errorf("metadata from nowhere: %+v", a)
	}
	if a.Language != "en" {
		t.Errorf("language detected from the text = %q, want en", a.Language)
	}
}

// prose is varied English text that reads as a story body.
const prose = `The storm reached the coast in the night and the town woke to flooded streets. ` +
	`Fishermen said they had never seen the harbour so high, and the mayor opened the school as a shelter. ` +
	`By the afternoon the water had started to fall, leaving mud in the shops along the front. ` +
	`Volunteers from nearby villages arrived with pumps, food and dry clothes for the families who lost most. ` +
	`The weather service warned that a second, weaker storm could follow at the end of the week.`

func TestVisibleMetadataAndSidebars(t *testing.T) {
	page := `<html lang="en"><head><title>Storm hits the coast | Example News</title></head><body>
	<article><h1>Storm hits the coast</h1>
	<p class="byline">By Jane Doe and John Roe, Reuters</p>
	<time datetime="2024-03-05T09:30:00-05:00">March 5, 2024</time>
	<p>` + prose + `</p>
	<figure><img src="/a.jpg"><figcaption>Flooded streets in the old town. Photo: Ann Smith</figcaption></figure>
	<p>` + prose + `</p>
	</article>
	<aside class="sidebar"><h3>Most read</h3><time datetime="2019-01-01">Jan 1, 2019</time><p class="byline">By Someone Else</p></aside>
	<footer><p>© 2026 Example News</p></footer>
	</body></html>`
	a, err := Extract([]byte(page), Options{URL: "https://example.com/news/storm"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Storm hits the coast" {
		t.Errorf("title = %q", a.Title)
	}
	if !reflect.DeepEqual(a.Authors, []string{"Jane Doe", "John Roe"}) {
		t.Errorf("authors = %#v", a.Authors)
	}
	if a.Published != "2024-03-05T09:30:00-05:00" {
		t.Errorf("published = %q", a.Published)
	}
	if len(a.Images) == 0 || a.Images[0].Credit != "Ann Smith" || a.Images[0].Caption != "Flooded streets in the old town" {
		t.Errorf("images = %#v", a.Images)
	}
}

func TestPageTypes(t *testing.T) {
	cards := ""
	for i := 0; i < 12; i++ {
		cards += `<article class="card"><h3><a href="/story-` + string(rune('a'+i)) + `">A story about things</a></h3><p>Short teaser.</p></article>`
	}
	cases := []struct{ name, page, url, want string }{
		{"json-ld product", `<html><head><script type="application/ld+json">{"@type":"Product","name":"Kettle","offers":{"price":"20"}}</script></head><body><h1>Kettle</h1></body></html>`, "", TypeProduct},
		{"og article", `<html><head><meta property="og:type" content="article"><meta property="article:published_time" content="2024-01-02"></head><body><h1>News of the day here</h1><p>` + strings.Repeat("word ", 200) + `</p></body></html>`, "", TypeArticle},
		{"listing", `<html><body><h1>Latest</h1>` + cards + `</body></html>`, "https://example.com/news/", TypeListing},
		{"forum", `<html><head><script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"Help"}</script></head><body></body></html>`, "", TypeForum},
		{"docs", `<html><body><h1>Install the client</h1><pre>go get x</pre></body></html>`, "https://example.com/docs/install", TypeDocumentation},
	}
	checkPageTypes(t, cases)
}

func TestLanguage(t *testing.T) {
	de := strings.Repeat("Die Landeskirche will den Missbrauch aufarbeiten und hat dafür eine Studie in Auftrag gegeben. ", 5)
	if got := pickLanguage(&meta{}, nil, "en", de); got != "de" {
		t.Errorf("markup says en, text is German: got %q", got)
	}
	if got := pickLanguage(&meta{}, nil, "de_DE", de); got != "de-DE" {
		t.Errorf("normalised markup: got %q", got)
	}
	if got := pickLanguage(&meta{}, nil, "", de); got != "de" {
		t.Errorf("detected: got %q", got)
	}
	// Japanese leads with Chinese characters; its kana tell it from Chinese
	// (Asahi Shimbun, fundus jp/AsahiShimbun_2025_01_13).
	ja := "気象庁は13日、午後9時19分ごろ、日向灘（北緯31.8度、東経131.6度）で震度5弱の地震があったと発表した。震源の深さは約30キロ、地震の規模（マグニチュード）は6.9と推定される。この地震で、気象庁は高知県と宮崎県に1メートルの津波注意報を出した。\n\n各地の震度は次のとおり。\n\n＜震度5弱＞\n\n宮崎県：高鍋町、新富町、宮崎市\n\n＜震度4＞\n\n宮崎県：延岡市、西都市、木城町、川南町、都農町、門川町、日南市*、串間市、国富町、綾町、美郷町、高千穂町、都城市、小林市、えびの市、三股町、高原町\n\n福岡県：久留米市"
	for _, declared := range []string{"ja", ""} {
		if got := pickLanguage(&meta{}, nil, declared, ja); got != "ja" {
			t.Errorf("Japanese declared %q: got %q", declared, got)
		}
	}
	// A declaration wins over a detector's guess of a kindred language
	// (Morgunblaðið, fundus isl/Morgunbladid_2025_04_16).
	is := "„Við komum til Noregs til að styðja við þá fyrrverandi votta sem eru að fara að bera vitni fyrir norska ríkið,“ segir Eydís Mary Jónsdóttir í samtali við mbl.is og hefur með þeim orðum mál fjögurra íslenskra kvenna sem ferðuðust til norsku höfuðborgarinnar Óslóar til að styðja við félaga sína í vitnastúkunni í áfrýjunarmáli trúfélagsins Votta Jehóva í Noregi gegn norska ríkinu."
	if got := pickLanguage(&meta{}, nil, "is", is); got != "is" {
		t.Errorf("Icelandic declared: got %q", got)
	}
}

// A region that holds the headline and the story is the main one, whatever
// its classes say; a sidebar beside it stays one.
func TestStoryRegionIsNotASidebar(t *testing.T) {
	page := `<html lang="en"><body class="single has-sidebar">
	<div class="blog-posts hfeed"><div class="post-wrap template-sidebar">
	<h1>Storm hits the coast</h1>
	<div class="post-date">May 31, 2024</div>
	<p>` + prose + `</p><p>` + prose + `</p>
	</div></div>
	<div class="sidebar"><h3>Popular</h3><a href="/old">An older story about other things</a><div class="post-date">Jan 1, 2019</div></div>
	</body></html>`
	a, err := Extract([]byte(page), Options{URL: "https://example.com/news/storm"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.Published, "2024-05-31") {
		t.Errorf("published = %q, want the story's date", a.Published)
	}
	sidebarOnly := strings.Replace(page, `<div class="post-date">May 31, 2024</div>`, "", 1)
	if a, _ = Extract([]byte(sidebarOnly), Options{}); a.Published != "" {
		t.Errorf("published = %q from the sidebar", a.Published)
	}
}

// A page republished under the same address shows its readers the day of
// its last revision as its date. One that calls that day an update keeps
// its first publication when a <meta> tag states it; when only its
// structured data does, the update it shows dates it (the byline of WCXB
// 0010, see testdata/meta/SOURCES.md).
func TestRepublishedAndUpdated(t *testing.T) {
	page := func(shown, tag string) string {
		return `<html lang="en"><head><script type="application/ld+json">{"@type":"Article","headline":"Storm hits the coast",
		"datePublished":"2020-05-13T20:03:25Z","dateModified":"2025-01-02T15:06:08Z"}</script>` + tag + `</head><body><article>
		<h1>Storm hits the coast</h1><div class="article-byline"><p class="article-byline__pub-dates"> ` + shown + ` </p></div><p>` + prose + `</p><p>` + prose + `</p></article></body></html>`
	}
	og := `<meta property="article:published_time" content="2020-05-13T20:03:25Z">`
	cases := []struct{ shown, tag, want string }{
		{"January 2, 2025", "", "2025-01-02T15:06:08Z"},
		{"January 2, 2025", og, "2025-01-02T15:06:08Z"},
		{"Updated January 2, 2025", og, "2020-05-13T20:03:25Z"},
		{"Updated January 2, 2025", "", "2025-01-02T15:06:08Z"},
		{"Updated August 14, 2024", "", "2024-08-14T00:00:00Z"},
		{"Updated August 14, 2024", og, "2020-05-13T20:03:25Z"},
		{"Updated May 15, 2020", "", "2020-05-13T20:03:25Z"}, // a story revised within days
		{"May 13, 2020", "", "2020-05-13T20:03:25Z"},
	}
	for _, c := range cases {
		a, err := Extract([]byte(page(c.shown, c.tag)), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Published != c.want {
			t.Errorf("shown %q, meta tag %v: published = %q, want %s", c.shown, c.tag != "", a.Published, c.want)
		}
	}
}

// The update a page is dated by, shown as a local day for an instant in
// UTC, gives that day, or the instant in the site's offset when the page
// gives it (markup of WCXB 0167, see testdata/meta/SOURCES.md).
func TestUpdateShownAsLocalDay(t *testing.T) {
	ld := `<script type="application/ld+json">{"@type":"BlogPosting","headline":"Storm hits the coast",
		"datePublished":"2025-01-04T00:00:00.000Z","dateModified":"2025-12-16T01:52:13.000Z"}</script>`
	body := `<article><h1>Storm hits the coast</h1><div class="text-xs flex items-center pt-4 pb-2 md:pt-1"><div class="text-xs flex flex-grow justify-between pt-4 pb-2 md:pt-1">
		<p>By <a href="/blogs/authors/jane-doe?page=1">Jane Doe</a></p> <p>Last Updated: <strong>December 15th 2025</strong></p></div></div><p>` + prose + `</p><p>` + prose + `</p></article>`
	comments := `<ol class="comment-list"><li class="comment"><time datetime="2025-12-17T10:00:00-05:00">December 17, 2025</time><p>Nice.</p></li></ol>`
	for _, c := range []struct{ name, page, want string }{
		{"no offset on the page", ld + body, "2025-12-15T00:00:00Z"},
		{"offset given elsewhere", ld + body + comments, "2025-12-15T20:52:13-05:00"},
	} {
		a, err := Extract([]byte(`<html lang="en"><body>`+c.page+`</body></html>`), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Published != c.want {
			t.Errorf("%s: published = %q, want %q", c.name, a.Published, c.want)
		}
	}
}

// The date of a card that links to another page is not the page's own
// (markup of WCXB 0110, see testdata/meta/SOURCES.md).
func TestDateOfALinkCard(t *testing.T) {
	ld := `<script type="application/ld+json">{"@type":"Article","headline":"Storm hits the coast",
		"datePublished":"2024-02-01T15:46:14+00:00","dateModified":"2025-04-19T23:02:46+00:00"}</script>`
	card := `<div class="block-blog-wrapper" data-post-id="18999"><a href="/blog/how-to-schedule-your-next-video-production-timeline/"><div class="block-blog">
		<div class="block-blog-information"><h4 class="block-blog-category">Blog</h4><p class="block-blog-title">How to Schedule Your Next Timeline</p>
		<span class="block-blog-date">Aug 01, 2024</span></div></div></a></div>`
	page := `<article><h1>Storm hits the coast</h1><div class="pillar-header-information"><div class="pillar-header-author"><div class="caption">Author</div><div class="the-author">Jane Doe</div></div>
		<div class="pillar-header-update"><div class="caption">Updated on</div><div class="the-updated-at">April 19, 2025</div></div></div>
		<p>` + prose + `</p>` + card + `<p>` + prose + `</p></article>`
	checkPublished(t, []dateCase{
		{"card in the story", ld + page, "2025-04-19"},
		{"card alone", `<article><h1>Storm hits the coast</h1><p>` + prose + `</p>` + card + `<p>` + prose + `</p></article>`, ""},
	})
}

// A date in the site's copyright notice is not the page's (markup of
// WCXB 2534, see testdata/meta/SOURCES.md).
func TestCopyrightNoticeDate(t *testing.T) {
	notice := `<div class="row flex-grow-1 m-0"><div class="col tod-text-micro text-muted text-center fw-light"> Copyright © 2025, Jane Doe<br/> Updated: <time>2025-04-28T17:45:15Z</time> </div></div>`
	checkPublished(t, []dateCase{
		{"time in the notice", `<script type="application/ld+json">{"@type":"BlogPosting","headline":"Storm hits the coast",
			"datePublished":"2023-04-10T00:00:00-0500","dateModified":"2023-04-10T00:00:00-0500"}</script><div class="post"><h2>Storm hits the coast</h2><p>` + prose + `</p><p>` + prose + `</p></div>` + notice, "2023-04-10"},
		{"date line in the notice", `<div class="post"><h2>Storm hits the coast</h2><p>` + prose + `</p><p>` + prose + `</p></div><p class="small">© Jane Doe, March 3, 2024</p>`, ""},
	})
}

// A page that shows by its headline only its last revision, but marks
// that day an update in its markup or shows an age instead of a day,
// keeps its first publication (markup of WCXB 4034 and of fundus
// uk/BBC_2026_04_25, see testdata/meta/SOURCES.md).
func TestShownUpdateMarkupAndAges(t *testing.T) {
	story := `<p>` + prose + `</p><p>` + prose + `</p>`
	cases := []dateCase{
		{"hAtom updated inside a date line", `<meta property="article:published_time" content="2022-01-03T16:52:00+00:00">
			<meta property="article:modified_time" content="2025-11-03T06:10:53+00:00"><article><h1 class="entry-title">Storm hits the coast</h1>
			<div class="entry-meta"><span class="meta-item meta-date"><span class="updated">2025-11-03</span></span><span class="meta-item meta-rtime">14 min read</span></div>` + story + `</article>`, "2022-01-03"},
		{"age of the last revision", `<script type="application/ld+json">{"@type":"ReportageNewsArticle","headline":"Storm hits the coast",
			"datePublished":"2012-05-10T14:29:05.000Z","dateModified":"2026-04-24T11:16:53.545Z"}</script>
			<meta property="article:modified_time" content="2026-04-24T11:16:53.545Z"><article><h1>Storm hits the coast</h1>
			<div data-component="byline-block"><div data-testid="byline"><time dateTime="2026-04-24T11:16:53.545Z">1 day ago</time></div></div>` + story + `</article>`, "2012-05-10"},
	}
	checkPublished(t, cases)
}

// A declared date without an offset is a clock of some unknown zone: the
// day shown by the headline, on the eve or the morrow of it, is the one
// the page's readers see (markup of WCXB 0527, see
// testdata/meta/SOURCES.md).
func TestShownDayOutranksDeclaredClock(t *testing.T) {
	ld := func(pub string) string {
		return `<script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"Storm hits the coast",
			"datePublished":"` + pub + `","dateModified":"2026-02-20 05:47:29"}</script>`
	}
	post := `<h1 class="threadtitle">Storm hits the coast</h1><div id="post37597539"><div class="tpost"><div class="trow thead smallfont">
		<div class="tcell"><a name="post37597539"><img class="inlineimg" src="/images/statusicon/post_old.gif" alt="Old"></a> Feb 14, 2026 | 9:05 pm </div><div class="tcell text-right">#1</div></div>
		<div class="tcell"><p>` + prose + `</p><p>` + prose + `</p></div></div></div>`
	checkPublished(t, []dateCase{
		{"declared without an offset", ld("2026-02-15 03:05:48") + post, "2026-02-14"},
		{"declared with an offset", ld("2026-02-15T03:05:48Z") + post, "2026-02-15"},
	})
}

// A date under the headline that the page's microdata marks as the
// publication outranks another declared elsewhere (markup of WCXB 0350,
// see testdata/meta/SOURCES.md).
func TestShownDateMarkedPublished(t *testing.T) {
	head := `<script type="application/ld+json">{"@type":"Article","headline":"Storm hits the coast",
		"datePublished":"2022-10-24T12:40:59+00:00","dateModified":"2022-12-02T08:16:16+00:00"}</script>`
	info := func(prop string) string {
		return `<ul class="elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item elementor-inline-item"` + prop + `>
			<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date"><span class="elementor-post-info__item-prefix">On</span> <time>8 Oct 2022</time></span></li></ul>`
	}
	story := `<p>` + prose + `</p><p>` + prose + `</p>`
	checkPublished(t, []dateCase{
		{"marked datePublished", head + `<article><h1>Storm hits the coast</h1>` + info(` itemprop="datePublished"`) + story + `</article>`, "2022-10-08"},
		{"not marked", head + `<article><h1>Storm hits the coast</h1>` + info(``) + story + `</article>`, "2022-10-24"},
	})
}

// Where a page's declarations disagree, the one that gives the day shown
// by the headline is taken (markup of WCXB 0212, see
// testdata/meta/SOURCES.md).
func TestDeclarationThatAgreesWithTheShownDay(t *testing.T) {
	ld := `<script type="application/ld+json">{"@type":"Article","headline":"Storm hits the coast",
		"datePublished":"2024-08-29T10:00:00+00:00","dateModified":"2025-12-15T12:15:15-08:00"}</script>`
	body := `<article><header class="entry-header"><div class="entry-eyebrow entry-eyebrow--updated"> Updated </div><h1 class="entry-title">Storm hits the coast</h1>
		<div class="entry-meta"><div class="meta-text"><div class="meta-text-top"><span class="byline"> By <span class="author vcard"><a href="/author/jdoe">Jane Doe</a></span></span></div>
		<div class="meta-text-bottom"><span class="posted-on">Nov 25, 2025 5:00 am PST</span></div></div></div></header><p>` + prose + `</p><p>` + prose + `</p></article>`
	checkPublished(t, []dateCase{
		{"a meta tag gives the shown day", ld + `<meta name="date" content="November 25, 2025">` + body, "2025-11-25"},
		{"no other declaration", ld + body, "2024-08-29"},
	})
}

func TestShownDateShapes(t *testing.T) {
	for in, want := range map[string]bool{
		"23.07.2025": true, "2025-02-23": true, "12/03/2024 10:15 am": true, "· 17.05.2021 ·": true,
		"23.07.2025 was a hot day": false, "1,693": false, "2025": false, "10-12 weeks": false,
	} {
		if got := numericDateLine(in); got != want {
			t.Errorf("numericDateLine(%q) = %v", in, got)
		}
	}
	story := `<p>` + prose + `</p><p>` + prose + `</p>`
	cases := []struct{ name, page, want string }{
		{"numeric date alone", `<article><h1>Storm hits the coast</h1><p><span>23.07.2025</span> · 6 min read</p>` + story + `</article>`, "2025-07-23"},
		{"page builder widgets", `<div class="builder-widget-heading"><h1>Storm hits the coast</h1></div>
			<div class="builder-widget-post-info"><span>August 19, 2025</span></div><div class="builder-widget-text">` + story + `</div>`, "2025-08-19"},
		{"sidebar widget", `<article><h1>Storm hits the coast</h1>` + story + `</article>
			<div class="widget widget_recent_entries"><a href="/older-story">The harbour after the last big flood</a><span class="date">August 19, 2025</span></div>`, ""},
		{"two times in one line", `<meta property="article:modified_time" content="2024-10-28T10:00:00Z"><article><h1>Storm hits the coast</h1><div><time class="entry-time">April 26, 2024</time>
			<time class="entry-modified-time">Updated on: October 28, 2024</time></div>` + story + `</article>`, "2024-04-26"},
	}
	checkPublished(t, cases)
}

// A date the page states in UTC is given in the site's own offset when the
// page tells it: the same instant elsewhere, or the day it shows.
func TestPageOffset(t *testing.T) {
	head := `<meta property="article:published_time" content="2025-12-19T03:05:00+00:00">`
	story := `<p>` + prose + `</p><p>` + prose + `</p>`
	comments := `<ol class="comment-list"><li class="comment"><time datetime="2025-12-19T10:00:00-05:00">December 19, 2025</time><p>Nice.</p></li></ol>`
	cases := []dateCase{
		{"same instant", head + `<article><h1>Storm hits the coast</h1><time datetime="2025-12-18T19:05:00-08:00">December 18, 2025</time>` + story + `</article>`, "2025-12-18T19:05:00-08:00"},
		{"shown day", head + `<article><h1>Storm hits the coast</h1><p class="date">December 18, 2025</p>` + story + `</article>` + comments, "2025-12-18T22:05:00-05:00"},
		{"offset without the day", head + `<article><h1>Storm hits the coast</h1>` + story + `</article>` + comments, "2025-12-19T03:05:00Z"},
	}
	checkPublished(t, cases)
}

// A <time> in UTC whose text shows the day before is dated by the day
// shown, and by the instant in the site's offset when the page gives it
// (markup of WCXB 4644, see testdata/meta/SOURCES.md).
func TestLocalDayOfATimeInUTC(t *testing.T) {
	shown := `<h1 class="article-template__title" itemprop="headline">Storm hits the coast</h1><span class="circle-divider caption-with-letter-spacing" itemprop="datePublished"><time datetime="2026-02-24T04:13:00Z">February 23, 2026</time></span>`
	story := `<div class="article-template__content page-width rte" itemprop="articleBody"><p>` + prose + `</p><p>` + prose + `</p></div>`
	comments := `<ol class="comment-list"><li class="comment"><time datetime="2026-02-25T10:00:00-05:00">February 25, 2026</time><p>Nice.</p></li></ol>`
	cases := []dateCase{
		{"no offset on the page", `<article>` + shown + story + `</article>`, "2026-02-23T00:00:00Z"},
		{"offset given elsewhere", `<article>` + shown + story + `</article>` + comments, "2026-02-23T23:13:00-05:00"},
		{"the same day shown", `<article>` + strings.Replace(shown, "February 23", "February 24", 1) + story + `</article>`, "2026-02-24T04:13:00Z"},
	}
	checkPublished(t, cases)
}

// A line of inline parts set off by a bar or a bullet, one of them a
// date, is a date line even when a label or a name stands in an element
// of its own (markup of WCXB 4579, see testdata/meta/SOURCES.md).
func TestDateSegmentWithInlineParts(t *testing.T) {
	story := `<p>` + prose + `</p><p>` + prose + `</p>`
	checkPublished(t, []dateCase{
		{"label in a span", `<div class="col-span-1"><h3 class="m-0 uppercase text-4xl"> <span>blog | </span> February 01, 2022 </h3>
			<h2 class="font-heading">Storm hits the coast</h2></div><div class="rte">` + story + `</div>`, "2022-02-01"},
		{"name in a link", `<article><h1>Storm hits the coast</h1><p><a href="/author/jdoe">Jane Doe</a> • November 4th, 2025</p>` + story + `</article>`, "2025-11-04"},
		{"a sentence with a link", `<article><h1>Storm hits the coast</h1>` + story + `<p>Read <a href="/older">the report</a> of March 3, 2021 for more.</p></article>`, ""},
	})
}

// The date under the headline outranks a declared one that is only the
// stamp of the last save, or when the page labels it the publication.
func TestShownOutranksSaveStamp(t *testing.T) {
	page := func(pub, mod, shown string) string {
		return `<html lang="en"><head><script type="application/ld+json">{"@type":"Article","headline":"Storm hits the coast",
		"datePublished":"` + pub + `","dateModified":"` + mod + `"}</script></head><body><article>
		<h1>Storm hits the coast</h1><p class="date">` + shown + `</p><p>` + prose + `</p><p>` + prose + `</p></article></body></html>`
	}
	cases := []struct{ pub, mod, shown, want string }{
		{"2025-06-24T10:00:00Z", "2025-06-24T10:00:00Z", "August 25, 2024", "2024-08-25"},
		{"2025-06-24T10:00:00Z", "2025-06-25T08:00:00Z", "August 25, 2024", "2025-06-24"},
		{"2025-08-21T10:00:00Z", "2025-08-22T10:00:00Z", "Published Apr 26, 2023", "2023-04-26"},
		{"2025-06-24T10:00:00Z", "2025-06-24T10:00:00Z", "Updated August 25, 2024", "2025-06-24"},
		{"2025-06-24T23:30:00Z", "2025-06-24T23:30:00Z", "June 25, 2025", "2025-06-24"},
	}
	for _, c := range cases {
		a, err := Extract([]byte(page(c.pub, c.mod, c.shown)), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(a.Published, c.want) {
			t.Errorf("declared %s/%s, shown %q: published = %q, want %s", c.pub, c.mod, c.shown, a.Published, c.want)
		}
	}
}

func TestDateLinesInMarkup(t *testing.T) {
	story := `<p>` + prose + `</p><p>` + prose + `</p>`
	cases := []struct{ name, page, want string }{
		{"renderer comments", `<article><h1>Storm hits the coast</h1><div><p> <!-- -->Dec 17, 2025</p><p>6<!-- --> min read</p></div>` + story + `</article>`, "2025-12-17"},
		{"icon before the date", `<article><h1>Storm hits the coast</h1><div class="flex"><svg class="icon"></svg> Dec 12, 2025</div>` + story + `</article>`, "2025-12-12"},
		{"custom element", `<article><date class="text-sm">December 19th, 2025</date><h1>Storm hits the coast</h1>` + story + `</article>`, "2025-12-19"},
		{"labelled among words", `<article><h1>Storm hits the coast</h1><p><span>Essay - Published: 2025.12.17 | </span><a href="/tags/x">x</a></p>` + story + `</article>`, "2025-12-17"},
		{"by the byline far below", `<h1>Storm hits the coast</h1>` + strings.Repeat(`<div><span>menu</span></div>`, 160) +
			`<article><p>Written by <a href="/author/jane">Jane Doe</a></p><p>April 8, 2024</p>` + story + `</article>`, "2024-04-08"},
		{"testimonial far below", `<h1>Storm hits the coast</h1>` + story + strings.Repeat(`<div><span>menu</span></div>`, 160) +
			`<div><p class="author">– Gregory Smith, 2.23.2025</p></div>`, ""},
	}
	checkPublished(t, cases)
}

// A date drawn in a box set apart by layout only (an aside in the story,
// a sidebar column) dates the story when it is the only such date; a
// sidebar teaser of another story does not.
func TestSideDates(t *testing.T) {
	story := `<p>` + prose + `</p><p>` + prose + `</p>`
	cases := []struct{ name, page, want string }{
		{"aside in the story", `<article><h1>Storm hits the coast</h1><aside class="post-meta"><time>Sep 01, 2023</time></aside>` + story + `</article>`, "2023-09-01"},
		{"meta column", `<h1>Storm hits the coast</h1><div class="post-content"><div class="single-post-sidebar"><h4>Published</h4><div class="single-post-date">July 8, 2025</div></div><div class="entry">` + story + `</div></div>`, "2025-07-08"},
		{"teaser in the sidebar", `<article><h1>Storm hits the coast</h1>` + story + `</article><div class="sidebar"><article><header class="h3"><a href="/blog/other">Agent of the year</a></header><div class="posted">posted <time>12/17/2025</time></div></article></div>`, ""},
		{"cards", `<h1>Latest news</h1>` + strings.Repeat(`<aside class="card"><p class="date">22 December 2025</p><p>A short teaser of a story.</p></aside><aside class="card"><p class="date">19 December 2025</p></aside>`, 3), ""},
	}
	checkPublished(t, cases)
}

func TestForumAndNotedDateLines(t *testing.T) {
	story := `<p>` + prose + `</p><p>` + prose + `</p>`
	cases := []struct{ name, page, want string }{
		{"edit note", `<div class="post"><h1>Which board software?</h1><span class="post_date">2019-02-23, 09:14 PM <span class="post_edit">(This post was last modified: 2024-01-05, 03:27 AM by Sky.)</span></span>` + story + `</div>`, "2019-02-23"},
		{"update label in a child", `<meta property="article:published_time" content="2024-08-01T16:53:14Z"><meta property="article:modified_time" content="2025-11-18T14:37:01Z">
			<article><h1>Storm hits the coast</h1><div class="date"><span>Updated on</span> November 18, 2025</div>` + story + `</article>`, "2024-08-01"},
		{"table cell", `<table><tr><td class="thead"><a name="post1"><img src="old.gif"></a> 30th March 2025, 16:26</td></tr><tr><td>` + story + `</td></tr></table>`, "2025-03-30"},
		{"first post first", `<div class="post"><p class="author">by <a href="/u/1">jane</a> » Sun Dec 17, 2023 11:23 am</p>` + story + `</div>
			<div class="post"><span class="date">Wed Dec 27, 2023 10:00 am</span><p>Me too.</p></div>`, "2023-12-17"},
	}
	checkPublished(t, cases)
}

func TestNearestDateToHeadline(t *testing.T) {
	page := `<html lang="en"><body><div class="post-header"><span class="date">Dec 17, 2025</span><h1>Storm hits the coast</h1></div>
	<div><p>` + prose + `</p><p>` + prose + `</p></div>` + strings.Repeat(`<div><span>x</span></div>`, 40) +
		`<div class="more"><span class="date">Nov 25, 2025</span></div></body></html>`
	a, err := Extract([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.Published, "2025-12-17") {
		t.Errorf("published = %q, want the date just above the headline", a.Published)
	}
}

func TestDateSegmentsAndFarLabels(t *testing.T) {
	for in, want := range map[string]bool{
		"Aaron Ricadela | Senior Writer | July 2, 2025":  true,
		"Dec 26, 2025 • Mahua Das in Project Management": true,
		"Home | News | Sports":                           false,
		"July 2, 2025":                                   false,
	} {
		if got := dateSegment(in); got != want {
			t.Errorf("dateSegment(%q) = %v", in, got)
		}
	}
	story := `<p>` + prose + `</p><p>` + prose + `</p>`
	filler := strings.Repeat(`<div><span>x</span></div>`, 90)
	cases := []struct{ name, page, want string }{
		{"segments", `<header><h1>Storm hits the coast</h1><p>Dec 26, 2025 <span>&bull;</span> Mahua Das in <a href="/blog/x">Guides</a></p></header>` + story, "2025-12-26"},
		{"italic", `<article><h1>Storm hits the coast</h1><div><i>Updated: 10/31/2024</i></div>` + story + `</article>`, "2024-10-31"},
		{"labelled far below", `<article><h1>Storm hits the coast</h1>` + story + `<p class="meta">Medium</p>` + filler + `<p>Published Feb 2, 2023</p></article>`, "2023-02-02"},
		{"unlabelled far below", `<article><h1>Storm hits the coast</h1>` + story + `<p class="meta">Medium</p>` + filler + `<p>Feb 2, 2023</p></article>`, ""},
	}
	checkPublished(t, cases)
}

func TestPublishedMetaNames(t *testing.T) {
	for k, want := range map[string]bool{
		"published-date": true, "ms.date": true, "published_at": true, "page.pubdate": true,
		"modified-date": false, "event_date": false, "date": false, "og:description": false, "expiry-date": false,
	} {
		if got := publishedName(k); got != want {
			t.Errorf("publishedName(%q) = %v", k, got)
		}
	}
	page := `<html><head><meta name="modified-date" content="2024-07-30"><meta name="published-date" content="2021-02-16"></head><body><h1>Storm hits the coast</h1><p>` + prose + `</p></body></html>`
	a, err := Extract([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.Published, "2021-02-16") {
		t.Errorf("published = %q", a.Published)
	}
}

func TestPubdateAndClockStamps(t *testing.T) {
	story := `<p>` + prose + `</p><p>` + prose + `</p>`
	filler := strings.Repeat(`<div><span>x</span></div>`, 90)
	cases := []struct{ name, page, want string }{
		{"pubdate far below", `<script type="application/ld+json">{"@type":"Article","datePublished":"2025-11-29T12:28:31-05:00","dateModified":"2025-11-29T12:28:31-05:00"}</script>
			<article><h1>Storm hits the coast</h1>` + story + filler + `<div class="published"><time pubdate datetime="2025-08-13">August 13, 2025</time></div></article>`, "2025-08-13"},
		{"same clock, two offsets", `<meta name="dc.date" content="2024-07-05T14:20:08Z"><meta property="og:updated_time" content="2024-07-05T14:20:08-04:00">
			<main><time class="title-bar__date" datetime="2024-03-01 05:00:00">March 1, 2024</time><h1>Storm hits the coast</h1>` + story + `</main>`, "2024-03-01"},
	}
	checkPublished(t, cases)
}

func TestTitleAndLooseStructuredDates(t *testing.T) {
	for title, want := range map[string]string{
		"Ukrainische Gegenoffensive: Ziele, Chancen, Risiken | Europa | DW | 28.04.2023": "2023-04-28",
		"March 3, 2024 - Council meeting minutes":                                        "2024-03-03",
		"Best laptops 2026 | PCWorld":                                                    "",
		"1984 - a novel":                                                                 "",
	} {
		d := titleDate(title, "de", testNow)
		got := ""
		if d.ok() {
			got = d.t.Format("2006-01-02")
		}
		if got != want {
			t.Errorf("titleDate(%q) = %q, want %q", title, got, want)
		}
	}
	page := `<html lang="en-GB"><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm hits the coast","datePublished":"13/11/2025 09:21:40"}</script></head>
	<body><h1>Storm hits the coast</h1><p>` + prose + `</p></body></html>`
	a, err := Extract([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.Published, "2025-11-13") {
		t.Errorf("published = %q from a day-first structured date", a.Published)
	}
}

// A date whose label stands before it in another element is an update
// all the same: the page keeps its first publication date.
func TestUpdateLabelBeforeTheDate(t *testing.T) {
	page := `<html lang="en"><head><meta property="article:published_time" content="2024-06-11T11:06:04Z">
	<meta property="article:modified_time" content="2026-03-09T18:33:24Z"></head><body><article><h1>Storm hits the coast</h1>
	<div class="meta"><span>Last Updated :</span> <span>9 Mar, 2026</span></div><p>` + prose + `</p><p>` + prose + `</p></article></body></html>`
	a, err := Extract([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.Published, "2024-06-11") {
		t.Errorf("published = %q, want the first publication", a.Published)
	}
}

func TestDateLabelsInOtherLanguages(t *testing.T) {
	for s, want := range map[string]bool{
		"Publié le 5 août 2023": true, "Veröffentlicht am 3. März 2024": true, "发布时间：2024-04-22": true,
		"Opublikowano: 12.03.2024": true, "Unpublished draft": false, "Republished": false,
	} {
		if got := rxPublishedLabel.MatchString(s); got != want {
			t.Errorf("publication label in %q: %v", s, got)
		}
	}
	for s, want := range map[string]bool{"Zaktualizowano 12.03.2024": true, "更新时间：2024-04-22": true, "Atualizado em 3 de março": true, "Publicado em 3 de março": false} {
		if got := updatedLabel(s); got != want {
			t.Errorf("update label in %q: %v", s, got)
		}
	}
}

func TestCustomTimeElements(t *testing.T) {
	page := `<html lang="en"><body><article><h1>Storm hits the coast</h1><p>opened <relative-time datetime="2024-05-06T10:00:00Z">last year</relative-time></p>
	<p>` + prose + `</p><p>` + prose + `</p></article></body></html>`
	a, err := Extract([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Published != "2024-05-06T10:00:00Z" {
		t.Errorf("published = %q", a.Published)
	}
}

// dateCase is a page and the published date it should give: its start,
// or none when want is empty.
type dateCase = struct{ name, page, want string }

func checkPublished(t *testing.T, cases []dateCase) {
	t.Helper()
	for _, c := range cases {
		a, err := Extract([]byte(`<html lang="en"><body>`+c.page+`</body></html>`), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Published; (c.want == "" && got != "") || !strings.HasPrefix(got, c.want) {
			t.Errorf("%s: published = %q, want %q", c.name, got, c.want)
		}
	}
}

// typeCase is a page at an address and the page type it should get.
type typeCase = struct{ name, page, url, want string }

func checkPageTypes(t *testing.T, cases []typeCase) {
	t.Helper()
	for _, c := range cases {
		a, err := Extract([]byte(c.page), Options{URL: c.url})
		if err != nil {
			t.Fatal(err)
		}
		if a.PageType != c.want {
			t.Errorf("%s: page type %q, want %q", c.name, a.PageType, c.want)
		}
	}
}
