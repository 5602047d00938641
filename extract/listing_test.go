package extract

import (
	"strings"
	"testing"
)

// giroLights is cut down from a shop's category page (WCXB dev 4410,
// CC-BY-4.0): a menu, a filter bar and a grid of product tiles, each a
// linked name and a price, with no prose anywhere.
const giroLights = `<html><head><title>Lights | Giro</title></head><body>
<header><nav><ul class="menu">
<li><a href="/cycling/helmets/">Helmets</a></li><li><a href="/cycling/shoes/">Shoes</a></li>
<li><a href="/cycling/gloves/">Gloves</a></li><li><a href="/cycling/accessories/">Accessories</a></li>
<li><a href="/snow/">Snow</a></li><li><a href="/sale/">Sale</a></li>
</ul></nav></header>
<div class="container search-results"><h1 class="page-title">Lights</h1>
<div class="row">
<div class="refinement-bar col-lg-3"><div class="filter-header"><div class="result-count"><span>6 Results</span></div></div>
<div class="card refinement"><div class="card-header"><button class="card-title"><span class="h6">Price</span></button></div>
<ul class="values content"><li><button><span>$0 - $50</span></button></li></ul></div></div>
<div class="col-sm-12 col-lg-9"><div class="row product-grid">
<div class="col-6 col-sm-4"><div class="product"><div class="product-tile on-hover">
<div class="product-tile-image-container"><a href="/product/roc-loc-5-led-light/100050002000000001.html" class="product-tile-image-link"><img class="product-tile-image" src="/i/0.jpg" alt="Roc Loc 5 LED Light"></a></div>
<div class="tile-body"><div class="pdp-link"><a class="link" href="/product/roc-loc-5-led-light/100050002000000001.html">Roc Loc 5 LED Light</a></div>
<div class="price"><span><span class="sales"><span class="value">$34.95</span></span></span></div></div>
</div></div></div>
<div class="col-6 col-sm-4"><div class="product"><div class="product-tile on-hover">
<div class="product-tile-image-container"><a href="/product/mountain%2Furban-recreational-helmet-vent-light/100050002000000002.html" class="product-tile-image-link"><img class="product-tile-image" src="/i/1.jpg" alt="Mountain/Urban Recreational Helmet Vent Light"></a></div>
<div class="tile-body"><div class="pdp-link"><a class="link" href="/product/mountain%2Furban-recreational-helmet-vent-light/100050002000000002.html">Mountain/Urban Recreational Helmet Vent Light</a></div>
<div class="price"><span><span class="sales"><span class="value">$13.99</span></span></span></div></div>
</div></div></div>
<div class="col-6 col-sm-4"><div class="product"><div class="product-tile on-hover">
<div class="product-tile-image-container"><a href="/product/register-ii-isode-ii-helmet-vent-light/100050002000000003.html" class="product-tile-image-link"><img class="product-tile-image" src="/i/2.jpg" alt="Register II/Isode II Helmet Vent Light"></a></div>
<div class="tile-body"><div class="pdp-link"><a class="link" href="/product/register-ii-isode-ii-helmet-vent-light/100050002000000003.html">Register II/Isode II Helmet Vent Light</a></div>
<div class="price"><span><span class="sales"><span class="value">$29.95</span></span></span></div></div>
</div></div></div>
<div class="col-6 col-sm-4"><div class="product"><div class="product-tile on-hover">
<div class="product-tile-image-container"><a href="/product/caden-helmet-vent-light/100050002000000004.html" class="product-tile-image-link"><img class="product-tile-image" src="/i/3.jpg" alt="Caden Helmet Vent Light"></a></div>
<div class="tile-body"><div class="pdp-link"><a class="link" href="/product/caden-helmet-vent-light/100050002000000004.html">Caden Helmet Vent Light</a></div>
<div class="price"><span><span class="sales"><span class="value">$21.95</span></span></span></div></div>
</div></div></div>
<div class="col-6 col-sm-4"><div class="product"><div class="product-tile on-hover">
<div class="product-tile-image-container"><a href="/product/scamp-ii-helmet-vent-light/100050002000000005.html" class="product-tile-image-link"><img class="product-tile-image" src="/i/4.jpg" alt="Scamp II Helmet Vent Light"></a></div>
<div class="tile-body"><div class="pdp-link"><a class="link" href="/product/scamp-ii-helmet-vent-light/100050002000000005.html">Scamp II Helmet Vent Light</a></div>
<div class="price"><span><span class="sales"><span class="value">$29.95</span></span></span></div></div>
</div></div></div>
<div class="col-6 col-sm-4"><div class="product"><div class="product-tile on-hover">
<div class="product-tile-image-container"><a href="/product/sport-recreational-helmet-vent-light/100050002000000006.html" class="product-tile-image-link"><img class="product-tile-image" src="/i/5.jpg" alt="Sport Recreational Helmet Vent Light"></a></div>
<div class="tile-body"><div class="pdp-link"><a class="link" href="/product/sport-recreational-helmet-vent-light/100050002000000006.html">Sport Recreational Helmet Vent Light</a></div>
<div class="price"><span><span class="sales"><span class="value">$19.95</span></span></span></div></div>
</div></div></div>
</div></div></div></div>
<footer><ul><li><a href="/help/">Help</a></li><li><a href="/warranty/">Warranty</a></li>
<li><a href="/contact/">Contact Us</a></li><li><a href="/privacy/">Privacy Policy</a></li></ul></footer>
</body></html>`

// On a page without prose, a grid of product tiles, each a linked name
// with a price of its own beside it, is the content; the menu's links are
// not.
func TestListItemsAreContent(t *testing.T) {
	a, err := Extract([]byte(giroLights), Options{URL: "https://www.giro.com/cycling/accessories/lights/"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Roc Loc 5 LED Light", "$34.95", "Caden Helmet Vent Light", "Sport Recreational Helmet Vent Light", "$19.95"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, a.Text)
		}
	}
	for _, unwanted := range []string{"Warranty", "Privacy Policy"} {
		if strings.Contains(a.Text, unwanted) {
			t.Errorf("text holds the menu's %q:\n%s", unwanted, a.Text)
		}
	}
}

// wirecutterElectronics is cut down from a review site's section page
// (WCXB dev 2934, CC-BY-4.0): a paragraph introducing the section above
// lists of teasers, each a linked headline, a byline, a line of summary
// and a date.
const wirecutterElectronics = `<html><head><title>Electronics | Reviews</title></head><body>
<header><nav><ul><li><a href="/electronics/">Electronics</a></li><li><a href="/home-garden/">Home and Garden</a></li>
<li><a href="/kitchen/">Kitchen</a></li><li><a href="/deals/">Deals</a></li></ul></nav></header>
<aside aria-label="Disclosure"><p>We independently review everything we recommend. When you buy through our links, we may earn a commission. <a href="/about/">Learn more</a></p></aside>
<main id="main"><div><article><header><div><h1 itemProp="headline">Electronics</h1><div itemProp="intro"><section itemProp="description">From TVs, receivers, headphones, and speakers to cameras, laptops, keyboards, smartphones, and routers, our team of experts has spent hundreds of hours testing the best home theater, audio, computer, networking, and gaming gear and accessories. If it has a speaker, a screen, or an antenna, or if it plugs into something that does, it&#x27;s probably here.</section></div></div></header>
<div><div itemProp="sectionBody"><section itemProp="subSection"><header><h2><a href="/electronics/accessories/">Accessories</a></h2><a href="/electronics/accessories/">See all reviews</a></header><ul itemProp="review">
69
<li><article><div><h3><a href="/reviews/best-monitor-arms/">The Best Monitor Arms</a></h3><p>by Arriana Vasquez</p><div><p>We researched and tested more than a dozen monitor arms and stands to find the best options to raise your screen and free up space on your desk.</p></div><time dateTime="2026-03-02"><span>Updated</span> March 2, 2026</time></div></article></li>
<li><article><div><h3><a href="/reviews/comfortable-ergo-keyboard/">The Best Ergonomic Keyboard</a></h3><p>by Dave Gershgorn</p><div><p>Ergonomic keyboards can make typing more comfortable. The Logitech Wave Keys is the best one you can buy.</p></div><time dateTime="2026-02-27"><span>Updated</span> February 27, 2026</time></div></article></li>
<li><article><div><h3><a href="/reviews/best-tripod-for-iphones-smartphones/">The Best Tripod for iPhones and Other Smartphones</a></h3><p>by Phil Ryan</p><div><p><span>Joby’s GorillaPod 1K Kit</span> and the <span>Ulanzi ST-27</span> tripod mount are the best choices to steady your smartphone when shooting photos and video.</p></div><time dateTime="2026-02-23"><span>Updated</span> February 23, 2026</time></div></article></li>
<li><article><div><h3><a href="/reviews/best-computer-speakers/">The Best Computer Speakers</a></h3><p>by Brent Butterworth</p><div><p>The <span>Pioneer DJ DM-50D-BT</span> is the best-sounding pair of computer speakers we’ve heard in the $200 price range.</p></div><time dateTime="2026-03-05"><span>Updated</span> March 5, 2026</time></div></article></li>
<li><article><div><h3><a href="/reviews/best-subwoofer-for-home/">The Best Subwoofer</a></h3><p>by Brent Butterworth</p><div><p>For powerful, precise bass in stereo and home theater systems, the best subwoofer is the compact, affordable <span>Rogersound Labs Speedwoofer 10S MKII</span>.</p></div><time dateTime="2026-03-05"><span>Updated</span> March 5, 2026</time></div></article></li>
</ul></section><section itemProp="subSection"><header><h2><a href="/electronics/phones/">Phones</a></h2><a href="/electronics/phones/">See all reviews</a></header><ul itemProp="review">
<li><article><div><h3><a href="/reviews/best-over-the-counter-hearing-aids/">The Best Over-the-Counter Hearing Aids and Other Hearing Solutions</a></h3><p>by Lauren Dragan</p><div><p>No single over-the-counter hearing device is perfect for everyone, so we offer different recommendations for different priorities and budgets.</p></div><time dateTime="2026-03-03"><span>Updated</span> March 3, 2026</time></div></article></li>
<li><article><div><h3><a href="/reviews/best-wired-fast-chargers/">The Best Fast Chargers for Every Device</a></h3><p>by Nick Guy and Sarah Witman</p><div><p>We’ve researched and tested the fastest chargers available and collected our recommendations of the best ones, no matter what device you need to charge.</p></div><time dateTime="2026-02-19"><span>Updated</span> February 19, 2026</time></div></article></li>
<li><article><div><h3><a href="/reviews/battery-daddy-review/">The Best Gift I Got for My 28th Birthday Was a ... Battery Daddy</a></h3><p>by Maki Yazawa</p><div><p>Keeping batteries organized is often an afterthought, but when the TV remote is dead, and you want to watch your favorite show, it couldn’t be more important.</p></div><time dateTime="2026-02-17"><span>Updated</span> February 17, 2026</time></div></article></li>
<li><article><div><h3><a href="/reviews/best-usb-car-charger/">The Best USB Car Charger</a></h3><p>by Nick Guy and Sarah Witman</p><div><p>We’ve tested the best car chargers, and we have recommendations for affordable, reliable options that can fast-charge any device while you’re on the road.</p></div><time dateTime="2026-02-09"><span>Updated</span> February 9, 2026</time></div></article></li>
</ul></section></div></div></article></div></main>
<footer><ul><li><a href="/about/">About Us</a></li><li><a href="/contact/">Contact Us</a></li><li><a href="/privacy/">Privacy Policy</a></li></ul></footer>
</body></html>`

// A section page's introduction is a little prose above a long list of
// teasers; the teasers are the content and are kept with it.
func TestListOutweighsIntroduction(t *testing.T) {
	a, err := Extract([]byte(wirecutterElectronics), Options{URL: "https://www.nytimes.com/wirecutter/electronics/"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"From TVs, receivers", "The Best Monitor Arms", "Ergonomic keyboards can make typing more comfortable", "The Best USB Car Charger"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "Privacy Policy") {
		t.Errorf("text holds the footer:\n%s", a.Text)
	}
}

// bbcTechnology is cut down from a news site's section page (WCXB dev
// 2962, CC-BY-4.0): sections of one class, each a title over cards whose
// headline and summary sit eight levels below the section.
const bbcTechnology = `<html><head><title>Technology - BBC News</title></head><body>
<header><nav><ul><li><a href="/news">Home</a></li><li><a href="/news/world">World</a></li><li><a href="/news/business">Business</a></li><li><a href="/news/technology">Technology</a></li><li><a href="/news/science">Science</a></li></ul></nav></header>
<main id="main-content"><article>
<section data-testid="indiana-section-outer" data-analytics-group="true" class="sc-137e23a3-1 kBGGOJ"><div data-testid="indiana-section" class="sc-137e23a3-2 bHibBM"><div class="sc-93f35dd3-2 kDYKbZ"><div class="sc-93f35dd3-1 jFZiaU"><hr data-testid="indiana-line" class="sc-93f35dd3-0 eUbJxU"></div><div data-testid="section-title-wrapper" class="sc-93f35dd3-3 boOqBM"><div><h2 data-testid="indiana-title" class="sc-93f35dd3-4 cPmpei">Keeping Tabs</h2></div></div></div><div data-testid="indiana-grid-2" class="sc-58dbc1f0-0 hylTaT"><div data-testid="edinburgh-card" class="sc-225578b-0 ezQaGx"><div data-testid="anchor-inner-wrapper"><a href="/future/article/20260303-the-most-important-google-setting-you-arent-using" data-testid="internal-link" class="sc-8a623a54-0 huZCWi"><div data-testid="edinburgh-article" class="sc-9003107f-0 hFweNU"><div data-testid="card-media-wrapper" class="sc-9003107f-1 kSsCKT"><div data-testid="card-media" class="sc-9003107f-2 fGpcGT"></div></div><div data-testid="card-text-wrapper" class="sc-9003107f-3 jCLoVR"><div class="sc-feaf8701-1 dzYnRP"><div class="sc-feaf8701-0 ktNWyK"><h2 data-testid="card-headline" class="sc-feaf8701-3 eQumHa">The most important Google setting you aren't using</h2></div></div><p data-testid="card-description" class="sc-9003107f-4 eDciQB">There's a free automated tool that removes information about you from Google search results. For some reason, most people don't use it.</p></div></div></a></div></div><div data-testid="edinburgh-card" class="sc-225578b-0 ezQaGx"><div data-testid="anchor-inner-wrapper"><a href="/future/article/20260224-the-best-way-to-talk-to-a-chatbot" data-testid="internal-link" class="sc-8a623a54-0 huZCWi"><div data-testid="edinburgh-article" class="sc-9003107f-0 hFweNU"><div data-testid="card-media-wrapper" class="sc-9003107f-1 kSsCKT"><div data-testid="card-media" class="sc-9003107f-2 fGpcGT"></div></div><div data-testid="card-text-wrapper" class="sc-9003107f-3 jCLoVR"><div class="sc-feaf8701-1 dzYnRP"><div class="sc-feaf8701-0 ktNWyK"><h2 data-testid="card-headline" class="sc-feaf8701-3 eQumHa">Do you have to be polite to AI?</h2></div></div><p data-testid="card-description" class="sc-9003107f-4 eDciQB">The advice you get about talking to chatbots can be truly bizarre, and totally useless. Here's what actually works.</p></div></div></a></div></div></div></div></section>
<section data-testid="southcarolina-section-outer" data-analytics-group="true" class="sc-137e23a3-1 kBGGOJ"><div data-testid="southcarolina-section" class="sc-137e23a3-2 bHibBM"><div class="sc-93f35dd3-2 kDYKbZ"><div class="sc-93f35dd3-1 jFZiaU"><hr data-testid="southcarolina-line" class="sc-93f35dd3-0 eUbJxU"></div><div data-testid="section-title-wrapper" class="sc-93f35dd3-3 boOqBM"><div><h2 data-testid="southcarolina-title" class="sc-93f35dd3-4 cPmpei">Listen</h2></div></div></div><div data-testid="southend-card" class="sc-225578b-0 ezQaGx"><div data-testid="southend-card-episode" class="sc-8d3f916c-5 dqZuQv"><div class="sc-8d3f916c-6 dpQHkK"><div data-testid="card-text-wrapper" class="sc-8d3f916c-8 ioETCW"><span class="sc-8d3f916c-0 bYSzTF">The Interface</span><div data-testid="anchor-inner-wrapper"><a href="/audio/play/p0mylrw0" data-testid="internal-link" class="sc-8a623a54-0 huZCWi"><h1 class="sc-8d3f916c-1 iQjfMO">Is AI running modern warfare?</h1></a></div><div data-testid="card-description" class="sc-8d3f916c-2 ifQeBf">This week on the Interface: the role of AI in war, and betting sites that alter the future</div><div class="sc-8d3f916c-9 gJSMUK"><div class="sc-8d3f916c-10 bqHnfW"><div data-testid="anchor-inner-wrapper"><a href="/audio/play/p0mylrw0" data-testid="internal-link" class="sc-8a623a54-0 huZCWi"><button type="button" data-testid="southend-play-button" data-action="play" class="sc-28fdc07f-2 sc-28fdc07f-8 fNyJAf fTkyio"><span data-testid="button-icon-wrapper" class="sc-28fdc07f-0 dNAahm"></span></button></a></div><div class="sc-8d3f916c-11 cZzQvZ">36 mins</div></div><div data-testid="popoverWrapper" id="popover-wrapper" class="sc-28fa408d-1 cGXvwk"><div data-testid="popoverTrigger" id="popover-trigger"><button type="button" data-testid="southend-save-button" data-action="save" class="sc-28fdc07f-2 sc-28fdc07f-8 fNyJAf dQgDiZ"><span data-testid="button-icon-wrapper" class="sc-28fdc07f-0 ZFTig"></span><span data-testid="button-text" class="sc-28fdc07f-1 fpFxhF">Save</span></button></div></div></div></div><div data-testid="card-media-wrapper" class="sc-8d3f916c-7 iYkPVl"><div data-testid="anchor-inner-wrapper"><a href="/audio/play/p0mylrw0" data-testid="internal-link" class="sc-8a623a54-0 huZCWi"><div data-testid="card-media" class="sc-8d3f916c-3 bhwUAZ"><div class="sc-8d3f916c-4 bUPqQ"><div data-testid="content-type-label" class="sc-d757bb54-0 jAjyIL"><div data-testid="content-type-icon-wrapper" class="sc-d757bb54-1 gJsTxX"></div></div></div></div></a></div></div></div></div></div></div></section>
<section data-testid="nevada-section-outer-4" data-analytics-group="true" class="sc-137e23a3-1 kBGGOJ"><div data-testid="nevada-section-4" class="sc-137e23a3-2 bHibBM"><div class="sc-93f35dd3-2 kDYKbZ"><div class="sc-93f35dd3-1 jFZiaU"><hr data-testid="nevada-line" class="sc-93f35dd3-0 eUbJxU"></div><div data-testid="section-title-wrapper" class="sc-93f35dd3-3 boOqBM"><div><h2 data-testid="nevada-title" class="sc-93f35dd3-4 cPmpei">In case you missed it</h2></div></div></div><div data-testid="nevada-grid-4" class="sc-666b6d83-0 sc-9bf184ca-0 gSinqX eYkoFB"><div data-testid="dundee-card" class="sc-225578b-0 ezQaGx"><div data-testid="anchor-inner-wrapper"><a href="/news/articles/cjd9jgnrdpko" data-testid="internal-link" class="sc-8a623a54-0 huZCWi"><div data-testid="dundee-article" class="sc-f61c18b2-1 etwNXQ"><div data-testid="card-image-wrapper" class="sc-f61c18b2-3 degLZY"><div data-testid="card-media" class="sc-f61c18b2-4 glHScE"></div></div><div data-testid="card-text-wrapper" class="sc-666b6d83-0 biYacy"><div class="sc-feaf8701-1 dzYnRP"><div class="sc-feaf8701-0 ktNWyK"><h2 data-testid="card-headline" class="sc-feaf8701-3 eQumHa">Goodbye officer, hello touchscreen: A vision for policing in Ethiopia</h2></div></div><p data-testid="card-description" class="sc-f61c18b2-0 jktPA-D">A project to introduce unmanned sites is part of a broader adoption of digital technologies.</p></div></div></a></div></div><div data-testid="dundee-card" class="sc-225578b-0 ezQaGx"><div data-testid="anchor-inner-wrapper"><a href="/news/articles/cze0rn1dygxo" data-testid="internal-link" class="sc-8a623a54-0 huZCWi"><div data-testid="dundee-article" class="sc-f61c18b2-1 etwNXQ"><div data-testid="card-image-wrapper" class="sc-f61c18b2-3 degLZY"><div data-testid="card-media" class="sc-f61c18b2-4 glHScE"></div></div><div data-testid="card-text-wrapper" class="sc-666b6d83-0 biYacy"><div class="sc-feaf8701-1 dzYnRP"><div class="sc-feaf8701-0 ktNWyK"><h2 data-testid="card-headline" class="sc-feaf8701-3 eQumHa">Is TikTok the new frontier for fashion reinvention?  </h2></div></div><p data-testid="card-description" class="sc-f61c18b2-0 jktPA-D">How a young designer got brought on to help redesign a legacy sports brand following a TikTok post.</p></div></div></a></div></div><div data-testid="dundee-card" class="sc-225578b-0 ezQaGx"><div data-testid="anchor-inner-wrapper"><a href="/news/articles/cx2gn239exlo" data-testid="internal-link" class="sc-8a623a54-0 huZCWi"><div data-testid="dundee-article" class="sc-f61c18b2-1 etwNXQ"><div data-testid="card-image-wrapper" class="sc-f61c18b2-3 degLZY"><div data-testid="card-media" class="sc-f61c18b2-4 glHScE"></div></div><div data-testid="card-text-wrapper" class="sc-666b6d83-0 biYacy"><div class="sc-feaf8701-1 dzYnRP"><div class="sc-feaf8701-0 ktNWyK"><h2 data-testid="card-headline" class="sc-feaf8701-3 eQumHa">How dark web agent spotted bedroom wall clue to rescue girl from years of harm</h2></div></div><p data-testid="card-description" class="sc-f61c18b2-0 jktPA-D">Detectives desperate to locate a 12-year-old, seen abused online, found a surprising lead.
</p></div></div></a></div></div><div data-testid="dundee-card" class="sc-225578b-0 ezQaGx"><div data-testid="anchor-inner-wrapper"><a href="/news/articles/ckg1dl410q9o" data-testid="internal-link" class="sc-8a623a54-0 huZCWi"><div data-testid="dundee-article" class="sc-f61c18b2-1 etwNXQ"><div data-testid="card-image-wrapper" class="sc-f61c18b2-3 degLZY"><div data-testid="card-media" class="sc-f61c18b2-4 glHScE"></div></div><div data-testid="card-text-wrapper" class="sc-666b6d83-0 biYacy"><div class="sc-feaf8701-1 dzYnRP"><div class="sc-feaf8701-0 ktNWyK"><h2 data-testid="card-headline" class="sc-feaf8701-3 eQumHa">The Chinese AI app sending Hollywood into a panic</h2></div></div><p data-testid="card-description" class="sc-f61c18b2-0 jktPA-D">Clips of Deadpool and other film characters have sparked alarm within Hollywood over copyright infringement.</p></div></div></a></div></div></div></div></section>
</article></main>
<footer><ul><li><a href="/usingthebbc/terms">Terms of Use</a></li><li><a href="/aboutthebbc">About the BBC</a></li><li><a href="/usingthebbc/privacy">Privacy Policy</a></li></ul></footer>
</body></html>`

// Sections repeated under one parent are items however deep their cards
// sit: a section page's headlines and summaries are its content.
func TestDeepListItems(t *testing.T) {
	a, err := Extract([]byte(bbcTechnology), Options{URL: "https://www.bbc.com/news/technology"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Keeping Tabs", "The most important Google setting you aren't using", "Do you have to be polite to AI?", "In case you missed it"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "Privacy Policy") {
		t.Errorf("text holds the footer:\n%s", a.Text)
	}
}

// hospitalityList is cut down from a trade news site's list of latest
// stories (WCXB dev 0259, CC-BY-4.0): each entry's headline and summary
// are both links to the story.
const hospitalityList = `<html><head><title>All Latest News | Hospitality Net</title></head><body>
<header><nav><ul><li><a href="/news.html">News</a></li><li><a href="/opinion.html">Opinion</a></li><li><a href="/video.html">Video</a></li><li><a href="/events.html">Events</a></li></ul></nav></header>
<main class="main-content"><div class="content"><div><list>
<article class="list-item"><div class="list-details">
<a href="/opinion/4129826.html"></a><div class="type opinion"><a href="/list/1-10/opinion/all-latest-news.html">Opinion</a></div>
<h1 class="title"><a href="/opinion/4129826.html" class="gaa">Elevating the All-Inclusive Model</a></h1>
<p><a href="/opinion/4129826.html">The history of all-inclusive travel dates back nearly 100 years: Holiday camps in the U.K. pioneered the idea in the 1930s, and in 1950, the first “modern” resort utilizing the approach opened in Spain (it was a destination with tents and straw huts...</a></p>
<div class="show-on-load"><popmenu class="float-right" content="4129826"><div class="feature">
<div><a href="/author/148006661/arturo-lopez-nieto.html"></a></div>
<div>
<header><a href="/author/148006661/arturo-lopez-nieto.html">Arturo López Nieto</a></header><div>Vice President of Sales &amp; Marketing, The Villa Group</div>
<footer><follow-button></follow-button><a href="/author/148006661/arturo-lopez-nieto.html" class="more"><span>More</span></a></footer>
</div>
</div><div class="line"></div><a href="/organization/17023280/the-villa-group.html">The Villa Group</a><div class="line"></div><a href="/list/1-10/leisure-travel.html" class="with-title"><div>More in this category</div>
<div>Leisure Travel</div></a><a href="/list/1-10/lodging-industry.html" class="with-title"><div>More in this category</div>
<div>Lodging Industry</div></a><div class="line"></div><save-button></save-button><div class="line"></div><a href="/search.html?q=mlt:4129826">
      More like this
    </a></popmenu></div>
<div class="footer">
<div class="author">
        by <a href="/author/148006661/arturo-lopez-nieto.html">Arturo López Nieto</a>
</div>
<timeago datetime="2025-12-22T16:51:00+0100">22 December 2025</timeago><span><a href="/organization/17023280/the-villa-group.html">The Villa Group</a></span><span class="more"><a href="/list/1-10/leisure-travel.html">Leisure Travel</a></span>
</div>
</div>
<div class="list-image"><a href="/opinion/4129826.html"></a></div></article>
<article class="list-item"><div class="list-details">
<a href="/news/4130246.html"></a><div class="type"><a href="/list/1-10/pr/all-latest-news.html">Press Release</a></div>
<h1 class="title"><a href="/news/4130246.html" class="gaa">The Smart Office Manager AI Toolkit</a></h1>
<p><a href="/news/4130246.html">Today’s Office Manager sits at the operational core of the organisation — balancing people, processes, costs, and culture under constant pressure. Expectations keep rising, but time and resources do not. The Office Manager AI Toolkit was explicitly ...</a></p>
<div class="show-on-load"><popmenu class="float-right" content="4130246"><div class="feature">
<div><a href="/organization/17004681/pertlink-limited.html"></a></div>
<div>
<header><a href="/organization/17004681/pertlink-limited.html">Pertlink Limited</a></header><footer><follow-button></follow-button><a href="/organization/17004681/pertlink-limited.html" class="more"><span>More</span></a></footer>
</div>
</div><div class="line"></div><a href="/list/1-10/travel-technology.html" class="with-title"><div>More in this category</div>
<div>Travel Technology</div></a><a href="/list/1-10/chatbots-robotics-ai.html" class="with-title"><div>More in this category</div>
<div>Chatbots, Robotics &amp; AI</div></a><a href="/list/1-10/guest-experience.html" class="with-title"><div>More in this category</div>
<div>Guest Experience</div></a><div class="line"></div><save-button></save-button><div class="line"></div><a href="/search.html?q=mlt:4130246">
      More like this
    </a></popmenu></div>
<div class="footer">
<timeago datetime="2025-12-22T12:19:00+0100">22 December 2025</timeago><span><a href="/organization/17004681/pertlink-limited.html">Pertlink Limited</a></span><span class="more"><a href="/list/1-10/travel-technology.html">Travel Technology</a></span>
</div>
</div>
<div class="list-image"><a href="/news/4130246.html"></a></div></article>
<article class="list-item"><div class="list-details">
<div class="type"><a href="/list/1-10/supplier/all-latest-news.html">Supplier News</a></div>
<h1 class="title"><a href="/news/4130263.html" class="gaa">Tambourine Partners with Ted Turner Reserves, Launches New Website Showcasing the Brand’s Conservation Mission</a></h1>
<p><a href="/news/4130263.html">Tambourine, the global leader in hotel marketing technology, today announced the successful launch of a new website for Ted Turner Reserves, a collection of eco-conscious luxury destinations spanning over one million acres of preserved wilderness ac...</a></p>
<div class="show-on-load"><popmenu class="float-right" content="4130263"><div class="feature">
<div><a href="/organization/17016443/tambourine.html"></a></div>
<div>
<header><a href="/organization/17016443/tambourine.html">Tambourine</a></header><footer><follow-button></follow-button><a href="/organization/17016443/tambourine.html" class="more"><span>More</span></a></footer>
</div>
</div><div class="line"></div><a href="/list/1-10/environment-sustainability.html" class="with-title"><div>More in this category</div>
<div>Environment &amp; Sustainability</div></a><a href="/list/1-10/lodging-industry.html" class="with-title"><div>More in this category</div>
<div>Lodging Industry</div></a><a href="/list/1-10/luxury-travel.html" class="with-title"><div>More in this category</div>
<div>Luxury Travel</div></a><div class="line"></div><save-button></save-button><div class="line"></div><a href="/search.html?q=mlt:4130263">
      More like this
    </a></popmenu></div>
<div class="footer">
<timeago datetime="2025-12-19T18:01:53+0100">19 December 2025</timeago><span><a href="/organization/17016443/tambourine.html">Tambourine</a></span><span class="more"><a href="/list/1-10/environment-sustainability.html">Environment &amp; Sustainability</a></span>
</div>
</div>
<div class="list-image"><a href="/news/4130263.html"></a></div></article>
<article class="list-item"><div class="list-details">
<a href="/whitepaper/4130262.html"></a><div class="type"><a href="/list/1-10/whitepaper/all-latest-news.html">White Paper</a></div>
<h1 class="title"><a href="/whitepaper/4130262.html" class="gaa">The 2026 Hotelier’s Planning Calendar: Track Hotel Operations Deadlines &amp; Industry Events</a></h1>
<p><a href="/whitepaper/4130262.html">Running hotel operations in 2026 will demand tighter coordination, smarter planning, and proactive decision-making across every department. To support your strategy, Otelier built a comprehensive, ready-to-use 2026 Hotel Planning Calendar – designed...</a></p>
<div class="show-on-load"><popmenu class="float-right" content="4130262"><div class="feature">
<div><a href="/organization/17017913/otelier.html"></a></div>
<div>
<header><a href="/organization/17017913/otelier.html">Otelier</a></header><footer><follow-button></follow-button><a href="/organization/17017913/otelier.html" class="more"><span>More</span></a></footer>
</div>
</div><div class="line"></div><a href="/list/1-10/property-technology.html" class="with-title"><div>More in this category</div>
<div>Property Technology</div></a><a href="/list/1-10/revenue-management.html" class="with-title"><div>More in this category</div>
<div>Revenue Management</div></a><a href="/list/1-10/management-companies.html" class="with-title"><div>More in this category</div>
<div>Management Companies</div></a><a href="/list/1-10/big-data.html" class="with-title"><div>More in this category</div>
<div>Big Data</div></a><div class="line"></div><save-button></save-button><div class="line"></div><a href="/search.html?q=mlt:4130262">
      More like this
    </a></popmenu></div>
<div class="footer">
<timeago datetime="2025-12-19T17:53:12+0100">19 December 2025</timeago><span><a href="/organization/17017913/otelier.html">Otelier</a></span><span class="more"><a href="/list/1-10/property-technology.html">Property Technology</a></span>
</div>
</div>
<div class="list-image"><a href="/whitepaper/4130262.html"></a></div></article>
</list></div></div></main>
<footer><ul><li><a href="/about.html">About Us</a></li><li><a href="/contact.html">Contact</a></li><li><a href="/privacy.html">Privacy Policy</a></li></ul></footer>
</body></html>`

// On a page without prose, entries whose linked headline stands over a
// linked summary are items too: a menu's entries have no sentences.
func TestLinkedTeasersAreItems(t *testing.T) {
	a, err := Extract([]byte(hospitalityList), Options{URL: "https://www.hospitalitynet.org/list/1-10/all-latest-news.html"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Elevating the All-Inclusive Model", "The history of all-inclusive travel", "The Smart Office Manager AI Toolkit"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "Privacy Policy") {
		t.Errorf("text holds the footer:\n%s", a.Text)
	}
}

// zapposSneakers is cut down from a shop's search results (WCXB dev 3051,
// CC-BY-4.0): product tiles of one make, where only the tiles of products
// low in stock carry a line that is not a link.
const zapposSneakers = `<html><head><title>Women Sneakers Athletic Shoes | Zappos.com</title></head><body>
<header><nav><ul><li><a href="/women">Women</a></li><li><a href="/men">Men</a></li><li><a href="/kids">Kids</a></li><li><a href="/sale">Sale</a></li></ul></nav></header>
<main><h1>women sneakers athletic shoes</h1><div>3953 items found</div>
<div><h2>Search Results</h2><div class="search-results">
<article class="pY-z Jx-z"><a class="YB-z" href="/p/topo-athletic-st-5-grey-grey/product/9932275/color/4870">Topo Athletic - ST-5. Color Grey/Grey. Low Stock.<!-- --> <!-- -->On sale for $108.00. MSRP $120.00. 10% off<!-- -->. <!-- -->4.4 out of 5 stars</a><div class="JQ-z"><div class="VB-z"><div class="UY-z VY-z WY-z"><button type="button" class="XY-z aZ-z bZ-z"><span class="sr-only">Add to favorites<!-- -->. <!-- -->0 people have favorited this</span></button></div></div><div class="UB-z"><p class="absolute bottom-0 left-0 bg-gray-50 p-1 text-[10px] leading-[14px] text-red-350 lg:text-xs">Low Stock</p></div></div><div class="ZB-z"><div class="Oz-z"></div><a class="_B-z" href="/p/topo-athletic-st-5-grey-grey/product/9932275/color/4870"><dl><dt>Brand Name</dt><dd class="aC-z"><span>Topo Athletic</span></dd><dt>Product Name</dt><dd class="bC-z">ST-5</dd><dt>Gender</dt><dd class="mb-2"><span class="text-tertiary zappos:body-s-plus zappos:text-gray-500">Women's</span></dd><dt>Color</dt><dd class="eC-z">Grey/Grey</dd><dt>Price</dt><dd class="pZ-z"><span class="oZ-z">$108</span><span class="qZ-z"><span class="sZ-z">MSRP: </span><span class="rZ-z">$120</span></span><span class="tZ-z">10<!-- -->% <!-- -->OFF</span></dd><dt>Rating</dt><dd><span class="sB-z"><span class="tB-z">4</span><span class="sr-only">Rated <!-- -->4<!-- --> <!-- -->stars<!-- --> out of 5</span></span><span class="uB-z">(<!-- -->91<!-- -->)</span></dd></dl></a></div></article>
<article class="pY-z Jx-z"><a class="YB-z" href="/p/saucony-womens-triumph-21-lotus-bough/product/9874427/color/1065560">Saucony - Women's Triumph 21. Color Lotus/Bough. Low Stock.<!-- --> <!-- -->On sale for $80.00. MSRP $160.00. 50% off<!-- -->. <!-- -->3.8 out of 5 stars</a><div class="JQ-z"><div class="VB-z"><div class="UY-z VY-z WY-z"><button type="button" class="XY-z aZ-z bZ-z"><span class="sr-only">Add to favorites<!-- -->. <!-- -->0 people have favorited this</span></button></div></div><div class="UB-z"><p class="absolute bottom-0 left-0 bg-gray-50 p-1 text-[10px] leading-[14px] text-red-350 lg:text-xs">Low Stock</p></div></div><div class="ZB-z"><div class="Oz-z"></div><a class="_B-z" href="/p/saucony-womens-triumph-21-lotus-bough/product/9874427/color/1065560"><dl><dt>Brand Name</dt><dd class="aC-z"><span>Saucony</span></dd><dt>Product Name</dt><dd class="bC-z">Women's Triumph 21</dd><dt>Gender</dt><dd class="mb-2"><span class="text-tertiary zappos:body-s-plus zappos:text-gray-500">Women's</span></dd><dt>Color</dt><dd class="eC-z">Lotus/Bough</dd><dt>Price</dt><dd class="pZ-z"><span class="oZ-z">$80</span><span class="qZ-z"><span class="sZ-z">MSRP: </span><span class="rZ-z">$160</span></span><span class="tZ-z">50<!-- -->% <!-- -->OFF</span></dd><dt>Rating</dt><dd><span class="sB-z"><span class="tB-z">4</span><span class="sr-only">Rated <!-- -->4<!-- --> <!-- -->stars<!-- --> out of 5</span></span><span class="uB-z">(<!-- -->173<!-- -->)</span></dd></dl></a></div></article>
<article class="pY-z Jx-z"><a class="YB-z" href="/p/new-balance-fresh-foam-arishi-v4-black-cement-flat-taupe-angora/product/9726015/color/1119316">New Color. New Balance - Fresh Foam Arishi v4. Color Black Cement/Flat Taupe/Angora.<!-- --> <!-- -->$74.99<!-- -->. <!-- -->3.8 out of 5 stars</a><div class="JQ-z"><div class="VB-z"><div class="So-z"><a href="/p/new-balance-fresh-foam-arishi-v4-black-cement-flat-taupe-angora/product/9726015/color/1119316" class="relative"><div class="mt-2"><div class="relative inline-flex self-start -mt-1 lg:mt-0"><div class="inline-flex items-center gap-1 bg-[#fff] bg-opacity-[.85] [clip-path:polygon(0_0,calc(100%-1px)_0,calc(100%-14px)_100%,0_100%)] lg:[clip-path:polygon(0_0,calc(100%-1px)_0,calc(100%-17px)_100%,0_100%)] pl-1 py-0.5 pr-3.5 lg:py-1 lg:pr-[18px]"><span class="inline-flex items-center gap-1 leading-[14px] text-[10px] lg:text-xs">New Color</span></div><div class="absolute top-0 right-0 h-full origin-top-right bg-yellow-400 w-0.5 skew-x-[-35deg]"></div></div></div></a></div><div class="UY-z VY-z WY-z"><button type="button" class="XY-z aZ-z bZ-z"><span class="sr-only">Add to favorites<!-- -->. <!-- -->0 people have favorited this</span></button></div></div><div class="UB-z"></div></div><div class="ZB-z"><section class="Oz-z"><ul class="Pz-z"><li><button class="Rz-z" type="button"></button></li><li><button class="Rz-z" type="button"></button></li><li><button class="Rz-z" type="button"></button></li><li><button class="Rz-z" type="button"></button></li><li><button class="Rz-z" type="button"></button></li><li><div><a class="Qz-z" href="/p/new-balance-fresh-foam-arishi-v4-black-dark-silver-metallic-sea-salt/product/9726015/color/1119309"><span class="">+6</span></a></div></li></ul></section><a class="_B-z" href="/p/new-balance-fresh-foam-arishi-v4-black-cement-flat-taupe-angora/product/9726015/color/1119316"><dl><dt>Brand Name</dt><dd class="aC-z"><span>New Balance</span></dd><dt>Product Name</dt><dd class="bC-z">Fresh Foam Arishi v4</dd><dt>Gender</dt><dd class="mb-2"><span class="text-tertiary zappos:body-s-plus zappos:text-gray-500">Women's</span></dd><dt>Color</dt><dd class="eC-z">Black Cement/Flat Taupe/Angora</dd><dt>Price</dt><dd class=""><span class="oZ-z">$74.99</span></dd><dt>Rating</dt><dd><span class="sB-z"><span class="tB-z">4</span><span class="sr-only">Rated <!-- -->4<!-- --> <!-- -->stars<!-- --> out of 5</span></span><span class="uB-z">(<!-- -->368<!-- -->)</span></dd></dl></a></div></article>
<article class="pY-z Jx-z"><a class="YB-z" href="/p/mizuno-wave-prophecy-12-sakura-glow-ombre-blue/product/9814728/color/1043415">Mizuno - Wave Prophecy 12. Color Sakura Glow/Ombre Blue. Low Stock.<!-- --> <!-- -->On sale for $191.67. MSRP $250.00. 23% off<!-- -->. <!-- -->3.5 out of 5 stars</a><div class="JQ-z"><div class="VB-z"><div class="UY-z VY-z WY-z"><button type="button" class="XY-z aZ-z bZ-z"><span class="sr-only">Add to favorites<!-- -->. <!-- -->0 people have favorited this</span></button></div></div><div class="UB-z"><p class="absolute bottom-0 left-0 bg-gray-50 p-1 text-[10px] leading-[14px] text-red-350 lg:text-xs">Low Stock</p></div></div><div class="ZB-z"><div class="Oz-z"></div><a class="_B-z" href="/p/mizuno-wave-prophecy-12-sakura-glow-ombre-blue/product/9814728/color/1043415"><dl><dt>Brand Name</dt><dd class="aC-z"><span>Mizuno</span></dd><dt>Product Name</dt><dd class="bC-z">Wave Prophecy 12</dd><dt>Gender</dt><dd class="mb-2"><span class="text-tertiary zappos:body-s-plus zappos:text-gray-500">Women's</span></dd><dt>Color</dt><dd class="eC-z">Sakura Glow/Ombre Blue</dd><dt>Price</dt><dd class="pZ-z"><span class="oZ-z">$191.67</span><span class="qZ-z"><span class="sZ-z">MSRP: </span><span class="rZ-z">$250</span></span><span class="tZ-z">23<!-- -->% <!-- -->OFF</span></dd><dt>Rating</dt><dd><span class="sB-z"><span class="tB-z">3</span><span class="sr-only">Rated <!-- -->3<!-- --> <!-- -->stars<!-- --> out of 5</span></span><span class="uB-z">(<!-- -->35<!-- -->)</span></dd></dl></a></div></article>
<article class="pY-z Jx-z"><a class="YB-z" href="/p/mizuno-wave-horizon-8-womens-d-black-white/product/9983262/color/151">Mizuno - Wave Horizon 8 Womens D. Color Black/White.<!-- --> <!-- -->$169.99<!-- -->. <!-- -->3.2 out of 5 stars</a><div class="JQ-z"><div class="VB-z"><div class="UY-z VY-z WY-z"><button type="button" class="XY-z aZ-z bZ-z"><span class="sr-only">Add to favorites<!-- -->. <!-- -->0 people have favorited this</span></button></div></div><div class="UB-z"></div></div><div class="ZB-z"><div class="Oz-z"></div><a class="_B-z" href="/p/mizuno-wave-horizon-8-womens-d-black-white/product/9983262/color/151"><dl><dt>Brand Name</dt><dd class="aC-z"><span>Mizuno</span></dd><dt>Product Name</dt><dd class="bC-z">Wave Horizon 8 Womens D</dd><dt>Gender</dt><dd class="mb-2"><span class="text-tertiary zappos:body-s-plus zappos:text-gray-500">Women's</span></dd><dt>Color</dt><dd class="eC-z">Black/White</dd><dt>Price</dt><dd class=""><span class="oZ-z">$169.99</span></dd><dt>Rating</dt><dd><span class="sB-z"><span class="tB-z">3</span><span class="sr-only">Rated <!-- -->3<!-- --> <!-- -->stars<!-- --> out of 5</span></span><span class="uB-z">(<!-- -->4<!-- -->)</span></dd></dl></a></div></article>
</div></div></main>
<footer><ul><li><a href="/c/shipping">Shipping and Returns</a></li><li><a href="/c/contact">Contact Us</a></li><li><a href="/c/privacy">Privacy Policy</a></li></ul></footer>
</body></html>`

// Once three tiles show text of their own, their siblings of the same
// make are items too, though they are links through and through.
func TestSiblingsOfItemsAreItems(t *testing.T) {
	a, err := Extract([]byte(zapposSneakers), Options{URL: "https://www.zappos.com/women-sneakers-athletic-shoes/"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Topo Athletic - ST-5", "Fresh Foam Arishi v4", "Wave Horizon 8 Womens D"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "Privacy Policy") {
		t.Errorf("text holds the footer:\n%s", a.Text)
	}
}
