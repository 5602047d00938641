package extract

import (
	"net/url"
	"regexp"
	"strings"

	"github.com/newsbite/newsbite/article"
)

// Captions and credits: a figure's caption often ends with who took the
// picture ("… AFP", "Photo: Jane Doe", "(Reuters)"); that part is the
// credit and comes apart from the caption.

var (
	rxCreditLabel = regexp.MustCompile(`(?i)(?:^|[\s|·•/(\[]|[.!?]\s*)(?:photo(?:graph)?s?|fotos?|bild(?:er)?|image|picture|pic|credits?|crédits?|copyright|quelle|source|illustration|grafik|fotografía|foto de|photo by|photos by|image by|image credit|photo credit)\s*[:：]\s*([^:]{2,120})$`)
	rxCreditCopy  = regexp.MustCompile(`\s*[©Ⓒ]\s*(.{2,120})$`)
	rxCreditParen = regexp.MustCompile(`\s*[(\[]([^()\[\]]{2,100})[)\]]\s*\.?$`)
	rxCreditTail  = regexp.MustCompile(`(?:[.!?”"')]|^)\s+((?:[\p{Lu}][\p{L}.'’-]*\s*){0,4}(?:[/|]\s*[\p{L}][\p{L}.'’ -]*){0,3})\s*$`)
)

// creditWords mark a text as a picture credit.
var creditWords = []string{
	"afp", "reuters", "ap photo", "associated press", "getty", "shutterstock", "istock",
	"dpa", "picture alliance", "picture-alliance", "imago", "epa", "alamy", "xinhua",
	"photo", "foto", "images", "bild", "©", "pool", "handout", "courtesy", "keystone",
	"anadolu", "sipa", "abaca", "ansa", "efe", "pa wire", "pa media", "bloomberg", "unsplash",
	"pexels", "wikimedia", "flickr", "kna", "epd", "apa",
}

func creditLike(s string) bool {
	l := strings.ToLower(s)
	for _, w := range creditWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// splitCredit separates a caption from the credit at its end.
func splitCredit(caption string) (string, string) {
	c := strings.Join(strings.Fields(caption), " ")
	if c == "" {
		return "", ""
	}
	trim := func(s string) string { return strings.Trim(s, " |·•-–—,;:") }
	if m := rxCreditLabel.FindStringSubmatchIndex(c); m != nil {
		return trim(c[:m[0]]), trim(c[m[2]:m[3]])
	}
	if m := rxCreditCopy.FindStringSubmatchIndex(c); m != nil {
		return trim(c[:m[0]]), trim(c[m[2]:m[3]])
	}
	if m := rxCreditParen.FindStringSubmatchIndex(c); m != nil {
		inner := c[m[2]:m[3]]
		if creditLike(inner) || strings.Contains(inner, "/") || isAgency(inner) {
			return trim(c[:m[0]]), trim(inner)
		}
	}
	// A bare agency or photographer at the end: "… on Monday. AFP",
	// "… in Kyiv. REUTERS/Jane Doe".
	fields := strings.Fields(c)
	if n := len(fields); n >= 2 {
		last := strings.Trim(fields[n-1], ".")
		if isAgency(last) || isAgency(strings.SplitN(last, "/", 2)[0]) {
			return trim(strings.Join(fields[:n-1], " ")), last
		}
	}
	if m := rxCreditTail.FindStringSubmatchIndex(c); m != nil {
		tail := c[m[2]:m[3]]
		if len(tail) < len(c) && creditLike(tail) && (strings.Contains(tail, "/") || isAgency(strings.Fields(tail)[0])) {
			return trim(c[:m[2]]), trim(tail)
		}
	}
	return c, ""
}

func isAgency(s string) bool {
	s = strings.ToLower(strings.Trim(s, " .,"))
	return s != "" && agencies[s] && s != "red" && s != "staff" && s != "editors"
}

// tidyImages splits credits from captions, drops repeated captions and
// puts the structured lead image first when the page's figures lack it.
func tidyImages(imgs []article.Image, main *ldThing, base *url.URL) []article.Image {
	if main != nil && main.image != "" && len(imgs) == 0 {
		if u := absolute(base, main.image); u != "" {
			imgs = append(imgs, article.Image{URL: u})
		}
	}
	seen := map[string]bool{}
	for i := range imgs {
		img := &imgs[i]
		if img.Caption != "" && img.Credit == "" {
			img.Caption, img.Credit = splitCredit(img.Caption)
		}
		if img.Caption != "" {
			k := strings.ToLower(img.Caption)
			if seen[k] {
				img.Caption = ""
			}
			seen[k] = true
		}
	}
	return imgs
}
