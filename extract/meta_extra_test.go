package extract

import (
	"reflect"
	"testing"
)

func TestAdImagesLeftOut(t *testing.T) {
	page := `<html><body><article><h1>Harbour strike ends</h1>
<p>Dock workers in Port Elling voted to end a three-week strike on Tuesday after accepting a pay offer worth 6% over two years, the union said.</p>
<img src="/photo/2018/08/25/dockers.jpg" alt="Dockers">
<img src="http://ads-optima.com/www/delivery/avw.php?zoneid=6273&cb=1" alt="">
<img src="https://ad.example.net/banner/300x250.gif">
<img src="/img/pixel.gif" width="1" height="1">
<img src="/uploads/roads-closed.jpg" alt="Roads closed">
<p>The harbour authority said ships would start unloading on Wednesday, and that it expects the backlog of containers to clear within ten days.</p>
</article></body></html>`
	a, err := Extract([]byte(page), Options{URL: "https://news.example.com/story"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, img := range a.Images {
		got = append(got, img.URL)
	}
	want := []string{"https://news.example.com/photo/2018/08/25/dockers.jpg", "https://news.example.com/uploads/roads-closed.jpg"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("images %q, want %q", got, want)
	}
}

func TestTagsWithoutWordsDropped(t *testing.T) {
	page := `<html><head><meta name="keywords" content="water, nasa, &quot;, europa, -, ##"></head>
<body><article><p>` + prose + `</p></article></body></html>`
	a, err := Extract([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"water", "nasa", "europa"}; !reflect.DeepEqual(a.Tags, want) {
		t.Errorf("tags %q, want %q", a.Tags, want)
	}
}
