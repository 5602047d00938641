package extract

import (
	"strings"
	"testing"
)

func TestTitleChoice(t *testing.T) {
	cases := []struct {
		name, url, head, body, want string
	}{
		{
			name: "site name from the host, short h1 that the title states",
			url:  "https://www.rei.com/c/kayaks",
			head: `<title>Kayaks | REI Co-op</title><meta property="og:title" content="Kayaks | REI Co-op">`,
			body: `<h1>Kayaks</h1><p>Shop kayaks.</p>`,
			want: "Kayaks",
		},
		{
			name: "kicker set apart in the h1",
			url:  "https://www.example.de/fussball/liverpool-100.html",
			head: `<title>Rückschlag im Titelkampf - Liverpool verliert bei Everton | example.de</title>
<meta property="og:title" content="Rückschlag im Titelkampf - Liverpool verliert bei Everton">`,
			body: `<h1><span class="kicker">Premier League</span> Rückschlag im Titelkampf - Liverpool verliert bei Everton</h1>`,
			want: "Rückschlag im Titelkampf - Liverpool verliert bei Everton",
		},
		{
			name: "words of one sentence are no kicker",
			url:  "https://www.example.com/best-video-editing-software/",
			head: `<title>Best Video Editing Software for Creators</title>`,
			body: `<h1>What’s the Best Video Editing Software for Creators?</h1>`,
			want: "What’s the Best Video Editing Software for Creators?",
		},
		{
			name: "kicker with a colon that the structured statements keep",
			url:  "https://news.example.at/stories/3377/",
			head: `<title>Nach Gaetz-Rückzug: Trump-Anwältin soll Justizministerin werden - news.example.at</title>
<meta property="og:title" content="Nach Gaetz-Rückzug: Trump-Anwältin soll Justizministerin werden">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Nach Gaetz-Rückzug: Trump-Anwältin soll Justizministerin werden"}</script>`,
			body: `<h1>Trump-Anwältin soll Justizministerin werden</h1>`,
			want: "Nach Gaetz-Rückzug: Trump-Anwältin soll Justizministerin werden",
		},
		{
			name: "blog name learnt from the statements, logo h1 skipped",
			url:  "https://blog.example.com/2025/12/small-adventures.html",
			head: `<title>Engora Data Blog: Small adventures with small language models</title>
<meta property="og:title" content="Small adventures with small language models">`,
			body: `<h1>Engora Data Blog</h1><h1>Small is the new large</h1><p>Text.</p>`,
			want: "Small adventures with small language models",
		},
		{
			name: "full-width separator before the site name",
			url:  "https://www.example.jp/article/1000",
			head: `<title>南海トラフ、一時調査　巨大地震、基準達せず：中日新聞Web</title><meta property="og:site_name" content="中日新聞Web">`,
			want: "南海トラフ、一時調査 巨大地震、基準達せず",
		},
		{
			name: "all statements agree against a short first h1 that is a section",
			url:  "https://www.example.ru/doc/7700000",
			head: `<title>Андрей Колесников о встрече Владимира Путина с Анваром Ибрагимом</title>
<meta property="og:title" content="Легкий троннинг"><meta name="twitter:title" content="Легкий троннинг">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Легкий троннинг"}</script>`,
			body: `<h1>Легкий троннинг</h1>`,
			want: "Легкий троннинг",
		},
		{
			name: "slogan h1 on a page that is no story",
			url:  "https://www.example.com/messaging",
			head: `<title>Business Text Messaging | Example</title><meta property="og:title" content="Business Text Messaging | Example">`,
			body: `<h1>Business messaging that scales without slowing you down</h1><p>Plans and pricing.</p>`,
			want: "Business Text Messaging",
		},
		{
			name: "the h1 of a story outranks its search title",
			url:  "https://www.example.com/2025/12/19/ai-inference",
			head: `<title>How Google Cloud runs AI inference at production scale - Example</title>
<meta property="og:type" content="article">`,
			body: `<h1>Shaping the enterprise inference moment at scale</h1>`,
			want: "Shaping the enterprise inference moment at scale",
		},
		{
			name: "kicker in its own element with a hidden separator",
			url:  "https://www.example.ch/news/international/drusen",
			head: `<title>Drusen fordern Teilhabe statt Schutzgarantien von neuer Regierung - News - Example</title>
<meta property="og:title" content="Drusen fordern Teilhabe statt Schutzgarantien von neuer Regierung">`,
			body: `<h1><span class="overline">Minderheit in Syrien</span><span class="offscreen"> - </span><span>Drusen fordern Teilhabe statt Schutzgarantien von neuer Regierung</span></h1>`,
			want: "Drusen fordern Teilhabe statt Schutzgarantien von neuer Regierung",
		},
		{
			name: "the site's initials",
			url:  "http://www.osha.gov/electrical",
			head: `<title>Electrical - Overview | Occupational Safety and Health Administration</title>`,
			want: "Electrical - Overview",
		},
		{
			name: "site name at the end of the h1",
			url:  "https://www.example-costs.com/cost/marietta-electricians.aspx",
			head: `<title>Marietta Electricians Costs &amp; Prices - Example Costs Report</title>`,
			body: `<h1>Marietta Electricians Costs &amp; Prices - Example Costs Report</h1>`,
			want: "Marietta Electricians Costs & Prices",
		},
		{
			name: "an entity escaped twice in the h1",
			url:  "https://www.example.com/blog/tools",
			head: `<title>Twelve Data Tools for 2026 | Python, SQL &amp; AI</title>`,
			body: `<h1>Twelve Data Tools for 2026 | Python, SQL &amp;#x26; AI</h1>`,
			want: "Twelve Data Tools for 2026 | Python, SQL & AI",
		},
		{
			name: "kicker that a statement gives with the headline",
			url:  "https://www.example.lu/politik/demo-9-juli",
			head: `<title>Nationale Demo Der 9. Juli naht: Gewerkschaften zeigen Stärke und Einheit gegenüber Regierung - Example.lu</title>
<meta property="og:title" content="Nationale Demo / Der 9. Juli naht: Gewerkschaften zeigen Stärke und Einheit gegenüber Regierung">
<meta name="twitter:title" content="Nationale Demo Der 9. Juli naht: Gewerkschaften zeigen Stärke und Einheit gegenüber Regierung - Example.lu">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Der 9. Juli naht: Gewerkschaften zeigen Stärke und Einheit gegenüber Regierung"}</script>`,
			body: `<h1><span>Nationale Demo</span> Der 9. Juli naht: Gewerkschaften zeigen Stärke und Einheit gegenüber Regierung</h1>`,
			want: "Nationale Demo Der 9. Juli naht: Gewerkschaften zeigen Stärke und Einheit gegenüber Regierung",
		},
		{
			name: "all statements give the h1 with a part more",
			url:  "https://www.example.com.tr/gundem/orman-yanginlari-son-durum-1234",
			head: `<title>Orman yangınları! Son durum! - Güncel haberler</title>
<meta property="og:title" content="Orman yangınları! Son durum! - Güncel haberler">
<meta name="twitter:title" content="Orman yangınları! Son durum! - Güncel haberler">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Orman yangınları! Son durum! - Güncel haberler"}</script>`,
			body: `<h1>Orman yangınları! Son durum!</h1>`,
			want: "Orman yangınları! Son durum! - Güncel haberler",
		},
		{
			name: "live page: the headline without the live label",
			url:  "https://www.example.co.uk/news/uk/storm-live-updates-123",
			head: `<title>Storm Darragh LIVE: Power cuts hit thousands as winds reach 90mph - Example Online</title>
<meta property="og:title" content="Thousands without power as Storm Darragh batters the coast">
<script type="application/ld+json">{"@type":"LiveBlogPosting","headline":"Storm Darragh LIVE: Power cuts hit thousands as winds reach 90mph"}</script>`,
			body: `<h1>Storm Darragh LIVE: Power cuts hit thousands as winds reach 90mph</h1>`,
			want: "Thousands without power as Storm Darragh batters the coast",
		},
		{
			name: "live as a word of the headline is no label",
			url:  "https://www.example.com/best-live-tv-streaming",
			head: `<title>Cut the cord with these live TV streaming services</title>
<meta property="og:title" content="Cut the cord with these live TV streaming services"><meta property="og:type" content="article">`,
			body: `<h1>Best live TV streaming service: The top 5 picks for sports and more</h1>`,
			want: "Best live TV streaming service: The top 5 picks for sports and more",
		},
		{
			name: "the site's generic title on a page below the home page",
			url:  "https://www.example-forum.com/r/cooking/comments/1rl0nt4/enameled_pan/",
			head: `<title>Example-Forum - The heart of the kitchen</title>`,
			body: `<h1>Enameled cast iron pan and metal utensils</h1><p>Is it safe to use metal utensils?</p>`,
			want: "Enameled cast iron pan and metal utensils",
		},
		{
			name: "the site's title on its home page",
			url:  "https://www.example-forum.com/",
			head: `<title>Example-Forum - The heart of the kitchen</title>`,
			body: `<h1>Popular posts this week</h1>`,
			want: "Example-Forum - The heart of the kitchen",
		},
		{
			name: "of two h1s, the one the document title states",
			url:  "https://docs.example.org/doc/html/latest/process/submitting-patches.html",
			head: `<title>Submitting patches: the essential guide to getting your code into the kernel — The Example Kernel documentation</title>`,
			body: `<div class="sidebar"><h1>The Example Kernel</h1></div><div class="body"><h1>Submitting patches: the essential guide to getting your code into the kernel<a class="headerlink" href="#x">¶</a></h1></div>`,
			want: "Submitting patches: the essential guide to getting your code into the kernel",
		},
		{
			name: "an h1 the social card states word for word is no slogan",
			url:  "https://www.example.com/the-currency/life/what-are-taxes",
			head: `<title>What are Taxes and Why Do We Pay Them? | Example</title>
<meta property="og:title" content="Tax 101: Understanding the basics">`,
			body: `<h1>Tax 101: Understanding the basics</h1><p>A guide to the taxes people pay.</p>`,
			want: "Tax 101: Understanding the basics",
		},
		{
			name: "section and site joined to the title without spaces",
			url:  "https://www.example.kr/news/article/A2026012910",
			head: `<title>여야, 예산안 처리 합의 불발-정치ㅣ예시일보</title><meta property="og:site_name" content="예시일보">
<meta property="og:title" content="여야, 예산안 처리 합의 불발-정치ㅣ예시일보">`,
			want: "여야, 예산안 처리 합의 불발",
		},
		{
			name: "soft hyphens in the h1 are no part of its words",
			url:  "https://www.example.in.gov/government/departments/building-department/home-repair-assistance-program",
			head: `<title>City of Example Building Department: Home Repair Assistance Program</title>`,
			body: `<h1>Home Repair Assis&shy;tance Program</h1><p>The program helps homeowners.</p>`,
			want: "Home Repair Assistance Program",
		},
		{
			name: "a letter set apart in the h1 stays in its word",
			url:  "https://www.example.com/feeds/entries/ujfb125.html",
			head: `<title>How AI Can Cut Your Planning Cycle From Two Weeks to Two Days</title>`,
			body: `<h1 class="title"><a href="/x">How AI Can Cut Your Planning <span class="hand hand-C">C</span>ycle From Two Weeks to Two Days</a></h1>`,
			want: "How AI Can Cut Your Planning Cycle From Two Weeks to Two Days",
		},
		{
			name: "UTF-8 that was read as Latin-1 and written again",
			url:  "https://docs.example.org/3/library/itertools.html",
			head: "<meta charset=\"utf-8\"><title>itertools \u00e2\u0080\u0094 Functions creating iterators for efficient looping \u00e2\u0080\u0094 Example 3.14 documentation</title>" +
				"<meta property=\"og:title\" content=\"itertools \u00e2\u0080\u0094 Functions creating iterators for efficient looping\">",
			body: "<h1><code>itertools</code> \u00e2\u0080\u0094 Functions creating iterators for efficient looping<a class=\"headerlink\" href=\"#x\">\u00c2\u00b6</a></h1>",
			want: "itertools — Functions creating iterators for efficient looping",
		},
		{
			name: "two kickers that share no word frame one story",
			url:  "https://www.example.ch/news/international/iranischer-angriff-auf-israel",
			head: `<title>Iranischer Angriff auf Israel: «Die israelische Zurückhaltung hat viel mit den USA zu tun» - News - Example</title>
<meta property="og:title" content="Iranischer Angriff auf Israel: «Die israelische Zurückhaltung hat viel mit den USA zu tun»">`,
			body: `<h1><span class="kicker">Eskalation im Nahen Osten</span> - <span>«Die israelische Zurückhaltung hat viel mit den USA zu tun»</span></h1>`,
			want: "«Die israelische Zurückhaltung hat viel mit den USA zu tun»",
		},
		{
			name: "the site's name in brackets after the title",
			url:  "https://www.example.org/foldcut",
			head: `<title>The Fold-and-Cut Problem (Jane Doe)</title><meta property="og:site_name" content="Jane Doe">`,
			body: `<h1>Jane Doe's Folding and Unfolding:</h1><h1>The Fold-and-Cut Problem</h1><p>Take a sheet of paper.</p>`,
			want: "The Fold-and-Cut Problem",
		},
		{
			name: "the source's address and a comment count after an h1",
			url:  "https://news.example.org/story/25/12/19/236259/stanford-computer-science-grads",
			head: `<title>Stanford Computer Science Grads Find Their Degrees No Longer Guarantee Jobs - Example</title>
<meta property="og:title" content="Stanford Computer Science Grads Find Their Degrees No Longer Guarantee Jobs - Example">`,
			body: `<h1 class="story"><span class="story-title"> <a href="/story/25/12/19/236259/stanford-computer-science-grads">Stanford Computer Science Grads Find Their Degrees No Longer Guarantee Jobs</a> <span class=" no extlnk"><a class="story-sourcelnk" href="https://www.example.com/business/story" target="_blank"> (example.com) </a></span></span>
<span class="comment-bubble"><a href="/story#comments">87</a></span></h1>`,
			want: "Stanford Computer Science Grads Find Their Degrees No Longer Guarantee Jobs",
		},
		{
			name: "a forum's board after a slash",
			url:  "https://bbs.example.org/viewtopic.php?id=309936",
			head: `<title>What happened with the installer ISO in 2024 / Installation Discussion / Example Linux Forums</title>`,
			body: `<div id="brdtitle"><h1><a href="/">Example Linux</a></h1></div><div class="post"><p>The ISO was late this year.</p></div>`,
			want: "What happened with the installer ISO in 2024",
		},
		{
			name: "a book's section number before its h1",
			url:  "https://book.example.com/book/en/v2/Git-Branching-Branches-in-a-Nutshell",
			head: `<title>Git - Branches in a Nutshell</title>`,
			body: `<div id="main"><h1>3.1 Git Branching - Branches in a Nutshell</h1><p>Nearly every VCS has some form of branching support.</p></div>`,
			want: "Git Branching - Branches in a Nutshell",
		},
		{
			name: "an h1 that quotes the stated title in a phrase",
			url:  "https://www.example.com/c/buy/Mirrorless-Cameras/ci/24049",
			head: `<title>Mirrorless-Cameras | Example Photo Video</title><meta property="og:title" content="Mirrorless-Cameras | Example Photo Video">`,
			body: `<h1 data-selenium="listingHeader">Results for <span>“</span> <span>Mirrorless-Cameras</span> <span>”</span></h1>`,
			want: "Mirrorless-Cameras",
		},
		{
			name: "an h1 that shows the document title with its section and site",
			url:  "https://health.example.edu/children/patient-education/helping-children-sleep",
			head: `<title>How to help babies, toddlers sleep through the night | Patient Education | Example Children's Hospital</title>`,
			body: `<h1>How to help babies, toddlers sleep through the night | Patient Education | Example Children's Hospital</h1><p>Sleep is important for children.</p>`,
			want: "How to help babies, toddlers sleep through the night",
		},
		{
			name: "a tag line that lists the site's topics",
			url:  "https://example-tv.com/topic/Car%20Rental",
			head: `<title>Eugene Topic Car Rental | News, Weather, Sports, Breaking News</title><meta property="og:title" content="Eugene Topic Car Rental | News, Weather, Sports, Breaking News"><meta property="og:site_name" content="KEXA">`,
			body: `<div class="header"><a href="/">KEXA</a></div><ul><li><a href="/news/1">Rental car prices rise</a></li><li><a href="/news/2">New rental counter opens</a></li></ul>`,
			want: "Eugene Topic Car Rental",
		},
		{
			name: "a home page's place beside the site's name",
			url:  "https://example.blog/",
			head: `<title>Home - The Example Blog</title><meta property="og:title" content="Home"><meta property="og:site_name" content="The Example Blog">
<script type="application/ld+json">{"@type":"WebPage","headline":"Home"}</script>`,
			body: `<ul><li><a href="/2025/12/a">Latest post</a></li><li><a href="/2025/12/b">Another post</a></li></ul>`,
			want: "The Example Blog",
		},
		{
			name: "three statements word for word against an h1 that rewords them slightly",
			url:  "https://www.example.com/co/run/finance/free-accounting-tools-for-small-businesses",
			head: `<title>10 Free Accounting Tools for Small Businesses | CO- by Example</title>
<meta property="og:title" content="10 Free Accounting Tools for Small Businesses"><meta property="og:type" content="article">
<script type="application/ld+json">{"@type":"Article","headline":"10 Free Accounting Tools for Small Businesses"}</script>`,
			body: `<h1>10 Free Accounting Tools for Your Small Business</h1><p>Accounting software can be costly.</p>`,
			want: "10 Free Accounting Tools for Small Businesses",
		},
		{
			name: "three statements against an h1 that says it in other words",
			url:  "https://www.example.com/en/blog/machine-learning-to-personalize-shopping-experience",
			head: `<title>Using Machine Learning To Personalize Shopping Experiences</title>
<meta property="og:title" content="Using Machine Learning To Personalize Shopping Experiences"><meta property="og:type" content="article">
<script type="application/ld+json">{"@type":"BlogPosting","headline":"Using Machine Learning To Personalize Shopping Experiences"}</script>`,
			body: `<h1>How Machine Learning Personalizes Ecommerce Shopping Experiences</h1><p>Shoppers expect more.</p>`,
			want: "How Machine Learning Personalizes Ecommerce Shopping Experiences",
		},
		{
			name: "a home page keeps the site's name in its title",
			url:  "https://www.example-decor.com/",
			head: `<title>Example Decor | High-Quality Wall Art and Decor</title><meta property="og:site_name" content="Example Decor">`,
			body: `<h1>High-Quality Wall Art and Decor</h1><ul><li><a href="/c/canvas">Canvas prints</a></li><li><a href="/c/framed">Framed art</a></li></ul>`,
			want: "Example Decor | High-Quality Wall Art and Decor",
		},
		{
			name: "an h1's last part that no statement has",
			url:  "https://www.example.com/individual/planning/tools/retirement-planning-calculator.htm",
			head: `<title>Retirement Planning Calculator | Capital Example</title><meta property="og:site_name" content="Capital Example">`,
			body: `<h1>Retirement Planning Calculator - American Funds</h1><p>See how your savings may grow.</p>`,
			want: "Retirement Planning Calculator",
		},
	}
	for _, c := range cases {
		page := "<html><head>" + c.head + "</head><body>" + c.body + "</body></html>"
		a, err := Extract([]byte(page), Options{URL: c.url})
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != c.want {
			t.Errorf("%s: title = %q, want %q", c.name, a.Title, c.want)
		}
	}
}

func TestTitleParts(t *testing.T) {
	title := "Guerre en Ukraine : la Russie avance | Le Site"
	parts := titleParts(title)
	if len(parts) != 3 {
		t.Fatalf("parts of %q: %d", title, len(parts))
	}
	if !parts[1].afterColon || parts[2].afterColon {
		t.Errorf("colon marks: %+v", parts)
	}
	if got := title[parts[2].start:parts[2].end]; got != "Le Site" {
		t.Errorf("last part %q", got)
	}
}

func TestSiteLikePart(t *testing.T) {
	sites := []string{"rei", "osha"}
	for _, c := range []struct {
		part  string
		loose bool
		want  bool
	}{
		{"REI", false, true},
		{"REI Co-op", false, false},
		{"REI Co-op", true, true},
		{"Reisen nach Rom", true, false},
		{"Occupational Safety and Health Administration", true, true},
		{"Camping Tents", true, false},
	} {
		if got := siteLikePart(c.part, sites, c.loose); got != c.want {
			t.Errorf("siteLikePart(%q, loose=%v) = %v", c.part, c.loose, got)
		}
	}
}

func TestIndexTitle(t *testing.T) {
	var items strings.Builder
	for i := 0; i < 12; i++ {
		items.WriteString(`<li class="product-tile"><a href="/p/` + strings.Repeat("x", i+1) + `">Headlamp</a><span>$29.00</span></li>`)
	}
	page := `<html><head><title>Headlamps for Camping, Hiking &amp; Running | Example Shop</title><meta property="og:title" content="Headlamps for Camping, Hiking &amp; Running"></head><body><h1>Headlamps</h1><ul>` + items.String() + `</ul></body></html>`
	a, err := Extract([]byte(page), Options{URL: "https://www.example-shop.com/c/headlamps/all"})
	if err != nil {
		t.Fatal(err)
	}
	if a.PageType != TypeCollection || a.Title != "Headlamps" {
		t.Errorf("collection: type %q, title %q", a.PageType, a.Title)
	}
	// The same short h1 on a story names its section, not the story.
	story := `<html><head><title>Headlamps for Camping, Hiking &amp; Running | Example</title><meta property="og:title" content="Headlamps for Camping, Hiking &amp; Running"><meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-01T10:00:00Z"></head><body><h1>Headlamps</h1><p>` + strings.Repeat("We tried twenty lamps on night hikes. ", 30) + `</p></body></html>`
	if a, _ := Extract([]byte(story), Options{URL: "https://www.example.com/2024/05/headlamps-for-camping"}); a.Title == "Headlamps" {
		t.Errorf("story titled by its short h1: %q (type %q)", a.Title, a.PageType)
	}
}

func TestRepairMojibake(t *testing.T) {
	for in, want := range map[string]string{
		"A DIY Investor\u00e2\u0080\u0099s Guide": "A DIY Investor’s Guide",
		"Investorâ€™s Guide":                      "Investor’s Guide", // by way of Windows-1252
		"Café de Flore":                           "Café de Flore",
		"Crème brûlée – the classic":              "Crème brûlée – the classic",
		"plain words":                             "plain words",
	} {
		if got := repairMojibake(in); got != want {
			t.Errorf("repairMojibake(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDropTrailingNotes(t *testing.T) {
	for in, want := range map[string]string{
		"Best Books Ever (77141 books)":                              "Best Books Ever",
		"Trail Running Shoes (158 ITEMS)":                            "Trail Running Shoes",
		"A Discussion Of Modern C++ (phoronix.com) 139":              "A Discussion Of Modern C++",
		"10 Best Moving Companies in New York (2025 Reviews)":        "10 Best Moving Companies in New York (2025 Reviews)",
		"Nature as It Could Be by J. B. MacKinnon (2013, Hardcover)": "Nature as It Could Be by J. B. MacKinnon (2013, Hardcover)",
		"Cranberry Almond, 5.25 oz (149 g)":                          "Cranberry Almond, 5.25 oz (149 g)",
		"Fredrik (27) og Vetle (30)":                                 "Fredrik (27) og Vetle (30)",
	} {
		if got := dropTrailingNotes(in); got != want {
			t.Errorf("dropTrailingNotes(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestProductTitle(t *testing.T) {
	// A product named by its h1, which its title gives before a colon.
	page := `<html><head><title>Jimmy: The Ultimate Device Opener, 301 Stainless Steel Blade</title>
<meta property="og:title" content="Jimmy: The Ultimate Device Opener, 301 Stainless Steel Blade">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Jimmy","offers":{"@type":"Offer","price":"9.99","priceCurrency":"USD"}}</script></head>
<body><h1>Jimmy</h1><p>$9.99</p><button>Add to Cart</button><p>A thin, flexible steel blade that slides into tight gaps.</p></body></html>`
	a, err := Extract([]byte(page), Options{URL: "https://www.example.com/products/jimmy"})
	if err != nil {
		t.Fatal(err)
	}
	if a.PageType != TypeProduct || a.Title != "Jimmy" {
		t.Errorf("product: type %q, title %q", a.PageType, a.Title)
	}
	// An h1 that is only a run of words within a part is not the name.
	page = strings.Replace(strings.Replace(page, "<h1>Jimmy</h1>", "<h1>Device Opener</h1>", 1), `"name":"Jimmy"`, `"name":"Device Opener"`, 1)
	if a, _ := Extract([]byte(page), Options{URL: "https://www.example.com/products/jimmy"}); a.Title == "Device Opener" {
		t.Errorf("product titled by words from within a part: %q", a.Title)
	}
}

// A social card's title cut short by a quotation mark the page left
// unescaped in the attribute (Hamburger Abendblatt, fundus
// de/HamburgerAbendblatt_2024_04_28) gives way to the headline it starts.
func TestTruncatedCardTitle(t *testing.T) {
	page := `<html><head><title>Hamburg Marathon 2024: Überlegener Sieger und "royaler Besuch"</title>
<meta property="og:title" content="Hamburg Marathon 2024: Überlegener Sieger und "royaler Besuch"">
<meta name="twitter:title" content="Hamburg Marathon 2024: Überlegener Sieger und "royaler Besuch"">
</head><body><article><h1>Hamburg Marathon 2024: Überlegener Sieger und "royaler Besuch"</h1><p>` + prose + `</p></article></body></html>`
	a, err := Extract([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := `Hamburg Marathon 2024: Überlegener Sieger und "royaler Besuch"`; a.Title != want {
		t.Errorf("title %q, want %q", a.Title, want)
	}
	for w, want := range map[string]bool{"und": true, "of": true, "Policy:": true, "-": true, "Berlin": false, "EU": false, "2024": false, "iOS": false} {
		if got := cutShort(w); got != want {
			t.Errorf("cutShort(%q) = %v, want %v", w, got, want)
		}
	}
}
