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
