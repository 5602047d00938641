package extract

import (
	"net/url"
	"path"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

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
			// "… 2023. BERTRAND GUAY / AFP": the photographer before the
			// slash belongs to the credit.
			start := n - 1
			if j := n - 2; j >= 1 && strings.HasSuffix(fields[j], "/") {
				if fields[j] == "/" {
					j--
				}
				k := j
				for k >= 0 && j-k < 3 && startsUpper(fields[k]) && !strings.HasSuffix(strings.TrimSuffix(fields[k], "/"), ".") {
					k--
				}
				if k < j {
					start = k + 1
				}
			}
			return trim(strings.Join(fields[:start], " ")), strings.Join(append(fields[start:n-1:n-1], last), " ")
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
// A picture given twice (the social card, then the figure in another
// size) is listed once, where it first comes, with the figure's caption;
// loading placeholders and the authors' portraits are no pictures of the
// story.
func tidyImages(imgs []article.Image, main *ldThing, base *url.URL, authors []string) []article.Image {
	if main != nil && main.image != "" && len(imgs) == 0 {
		if u := absolute(base, main.image); u != "" {
			imgs = append(imgs, article.Image{URL: u})
		}
	}
	kept := imgs[:0]
	at := map[string]int{}
	for _, img := range imgs {
		name := imageName(img.URL)
		if placeholderName(name) || (img.Caption == "" && portraitOf(img.Alt, authors)) {
			continue
		}
		k := pictureKey(name)
		if i, ok := at[k]; ok && k != "" {
			first := &kept[i]
			if first.Caption == "" {
				first.Caption, first.Credit = img.Caption, img.Credit
			}
			if first.Alt == "" {
				first.Alt = img.Alt
			}
			continue
		}
		if k != "" {
			at[k] = len(kept)
		}
		kept = append(kept, img)
	}
	imgs = kept
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

// placeholderWords name the stand-in a page shows while a picture loads.
var placeholderWords = []string{"placeholder", "spacer", "blank", "transparent", "lazyload", "lazy-load", "loading"}

// placeholderImage reports an image file named as a loading stand-in.
func placeholderImage(u string) bool { return placeholderName(imageName(u)) }

// imageName is the lower-cased file name of an image URL.
func imageName(u string) string { return strings.ToLower(path.Base(urlPath(u))) }

// placeholderName reports an image file name, as imageName gives it, that
// names a loading stand-in.
func placeholderName(name string) bool {
	for _, w := range placeholderWords {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// portraitOf reports an image whose alt text is an author's name.
func portraitOf(alt string, authors []string) bool {
	for _, a := range authors {
		if strings.EqualFold(strings.TrimSpace(alt), a) {
			return true
		}
	}
	return false
}

// genericNames are file names many different pictures share.
var genericNames = map[string]bool{
	"image": true, "default": true, "original": true, "large": true, "medium": true, "small": true,
	"thumbnail": true, "thumb": true, "photo": true, "picture": true, "index": true, "full": true, "main": true,
}

var (
	rxSizeSuffix = regexp.MustCompile(`(?:[-_](?:\d{2,4}x\d{2,4}|scaled|large|medium|small|thumb|w\d{2,4}|\d{3,4}w?)|@\dx)+$`)
	rxHashSuffix = regexp.MustCompile(`[-_][0-9a-f]{12,}$`)
)

// pictureKey names the picture an image file name (as imageName gives
// it) shows, whatever size or crop its URL asks for: the name without
// extensions, size and rendition suffixes ("evergrande-1024x748.jpg",
// "dd85876.jpg.webp"), or "" when the name is too plain to tell pictures
// apart.
func pictureKey(name string) string {
	for i := 0; i < 2; i++ {
		if ext := path.Ext(name); ext != "" && len(ext) <= 5 {
			name = strings.TrimSuffix(name, ext)
		}
	}
	name = rxHashSuffix.ReplaceAllString(name, "")
	name = rxSizeSuffix.ReplaceAllString(name, "")
	if utf8.RuneCountInString(name) < 6 || genericNames[name] {
		return ""
	}
	return name
}

// urlPath is the path of a URL, or the string up to its query when it
// does not parse.
func urlPath(u string) string {
	if p, err := url.Parse(u); err == nil {
		return p.Path
	}
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		return u[:i]
	}
	return u
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
