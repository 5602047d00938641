package extract

import (
	"reflect"
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
