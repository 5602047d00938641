// Package clip reads an article kept as plain text, the way web clippers
// and people save a page, and returns the same Article extraction gives
// for HTML.
//
// Clipped text carries the page's furniture along with the story: a menu
// label above the headline, a photo caption repeated, an agency or photo
// credit, placeholders for graphics and videos, comment and account
// prompts, a topics line and a footer with the original address. Parse
// recognises them by their shape (short lines, repetition, labels ending
// in a colon, prompt wording in several languages) rather than by any one
// site's strings, files each where it belongs and keeps the rest as the
// body.
package clip

import (
	"bytes"
	"net/url"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbite/newsbite/article"
	"github.com/newsbite/newsbite/internal/decode"
)

// Parse returns the article in text; source becomes Article.Source.
func Parse(text []byte, source string) *article.Article {
	if out, _, err := decode.ToUTF8(text, "text/plain"); err == nil {
		text = out
	}
	text = bytes.ToValidUTF8(text, []byte("\uFFFD"))
	a := &article.Article{Source: source}
	lines := splitLines(frontMatter(a, string(text)))

	lines = takeMarkdownImages(a, lines)
	lines = takeLabelled(a, lines)
	lines = dropFurniture(lines)
	lines = takeHead(a, lines)
	lines = takeCaptions(a, lines)
	lines = takeTrailingCredit(a, lines)

	var blocks []article.Block
	for _, l := range lines {
		blocks = append(blocks, toBlock(l))
	}
	a.SetBlocks(blocks)
	if a.Description == "" && len(blocks) > 0 && blocks[0].Type == article.Paragraph {
		a.Description = blocks[0].Text
	}
	if a.URL != "" && a.SiteName == "" {
		if u, err := url.Parse(a.URL); err == nil {
			a.SiteName = strings.TrimPrefix(u.Hostname(), "www.")
		}
	}
	if a.WordCount == 0 {
		a.Empty = true
	}
	return a
}

// splitLines returns the non-empty lines of s with their space collapsed.
// Text wrapped at a fixed width (as mail and some clippers save it) has
// its lines joined back into paragraphs first.
func splitLines(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.TrimPrefix(s, "\uFEFF")
	raw := strings.Split(s, "\n")
	wrapped := hardWrapped(raw)
	var out []string
	joinNext := false
	for _, t := range raw {
		t = strings.Join(strings.Fields(t), " ")
		if t == "" {
			joinNext = false
			continue
		}
		if joinNext && !listMark.MatchString(t) {
			out[len(out)-1] += " " + t
		} else {
			out = append(out, t)
		}
		joinNext = wrapped && utf8.RuneCountInString(t) >= wrapWidth(raw)-20
	}
	return out
}

// hardWrapped reports whether text was wrapped at a fixed width: most of
// its longer lines end within a few characters of the same column, and
// none runs far past it.
func hardWrapped(lines []string) bool {
	w := wrapWidth(lines)
	if w < 50 || w > 100 {
		return false
	}
	near, long := 0, 0
	for _, l := range lines {
		n := utf8.RuneCountInString(strings.TrimRight(l, " \t"))
		if n >= 40 {
			long++
			if n >= w-20 {
				near++
			}
		}
	}
	return long >= 6 && float64(near) >= 0.6*float64(long)
}

// wrapWidth returns the length of the longest line.
func wrapWidth(lines []string) int {
	w := 0
	for _, l := range lines {
		w = max(w, utf8.RuneCountInString(strings.TrimRight(l, " \t")))
	}
	return w
}

// Labelled lines: "Original URL: https://…", "Topics: a, b".
var (
	urlLabel = regexp.MustCompile(`(?i)^(?:original\s+url|source\s+url|article\s+url|url|source|link|permalink|quelle|fuente|fonte|bron|källa|źródło|origine|originale|original|read\s+(?:it\s+)?(?:online|more)\s+at)\s*:?\s*<?(https?://[^\s>]+)>?$`)
	bareURL  = regexp.MustCompile(`^<?(https?://[^\s>]+)>?$`)
	tagLabel = regexp.MustCompile(`(?i)^(?:read\s+(?:more\s+)?related\s+(?:topics|tags)|related\s+(?:topics|tags)|more\s+on\s+(?:these|this)\s+topics?|topics?|tags?|tagged(?:\s+with)?|filed\s+under|keywords|themen|schlagwörter|thèmes|sujets|mots[- ]clés|temas|etiquetas|argomenti|onderwerpen|tematy)\s*:\s*(.+)$`)
	byLabel  = regexp.MustCompile(`^(?i:by|von|par|por|di|door|av|przez)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*(?:,|and|&|und|et|y|e)\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})*)$`)
)

// takeLabelled files the original address, the topics, date lines and a
// byline,
// wherever they stand, and drops their lines. A bare address counts only
// in the last lines, where clippers put the footer.
func takeLabelled(a *article.Article, lines []string) []string {
	out := lines[:0:0]
	for i, l := range lines {
		if m := urlLabel.FindStringSubmatch(l); m != nil {
			if a.URL == "" {
				a.URL = m[1]
			}
			continue
		}
		if m := bareURL.FindStringSubmatch(l); m != nil && (i >= len(lines)-3 || i < 2) {
			if a.URL == "" {
				a.URL = m[1]
			}
			continue
		}
		if m := tagLabel.FindStringSubmatch(l); m != nil && len(strings.Fields(m[1])) <= 30 {
			for _, t := range tagSep.Split(m[1], -1) {
				if t = strings.TrimSpace(t); t != "" {
					a.Tags = append(a.Tags, t)
				}
			}
			continue
		}
		if d := parseDateLine(l); d != "" {
			if a.Published == "" {
				a.Published = d
			} else if a.Modified == "" {
				a.Modified = d
			}
			continue
		}
		if m := byLabel.FindStringSubmatch(l); m != nil && i < len(lines)/2+2 {
			for _, n := range nameSep.Split(m[1], -1) {
				if n = strings.TrimSpace(n); n != "" {
					a.Authors = append(a.Authors, n)
				}
			}
			continue
		}
		out = append(out, l)
	}
	return out
}

var (
	tagSep  = regexp.MustCompile(`\s*[,;|•·]\s*`)
	nameSep = regexp.MustCompile(`\s*(?:,|\band\b|&|\bund\b|\bet\b|\by\b|\be\b)\s*`)
)

// dropFurniture drops the lines that are page furniture, not story:
// comment, account and sharing prompts, media placeholders ("GRAPHIC —
// …", "VIDEO: …") and teaser labels.
func dropFurniture(lines []string) []string {
	out := lines[:0:0]
	for _, l := range lines {
		if isPrompt(l) || isPlaceholder(l) || isTeaser(l) {
			continue
		}
		out = append(out, l)
	}
	return out
}

// promptWords are the words of comment, account and sharing prompts, in
// several languages, matched on word starts.
var promptWords = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:comment(?:s|ing|er|aire|aires|ario|arios|i|o)?|kommentar\w*|komentarz\w*|reacties?|reageer|register|registrieren|registrati|regístrate|inscri\w*|sign\s*(?:in|up)|log\s*(?:in|out)|logout|login|anmelden|abmelden|connecte[rz]|iniciar\s+sesión|accedi|account|konto|compte|cuenta|subscri\w+|abonn\w+|suscr\w+|newsletter|share\s+(?:this|on|via)|teilen|partager|compartir|condividi|join\s+the\s+(?:conversation|discussion|debate)|have\s+your\s+say|mitdiskutieren|diskutieren\s+sie)(?:$|[^\p{L}])`)

// promptStart is how prompts begin: an imperative or a status line.
var promptStart = regexp.MustCompile(`(?i)^(?:add|join|sign|log|register|share|subscribe|follow|leave|post|write|read|click|tap|view|show|hide|load|see|don'?t|do\s+not|already|have\s+your|comments?|you\s+are|you\s+must|you\s+need|to\s+(?:join|comment|post|add|continue|read)|please|be\s+the\s+first|no\s+comments|this\s+(?:article|story)\s+is\s+closed|schreiben|kommentare|jetzt|ajouter|laissez|connectez|inscrivez|deja|añade|inicia|commenta|lascia|scrivi|registrati|accedi|partagez|teilen|compartir)`)

// isPrompt reports whether l is a comment, account or sharing prompt. A
// story sentence that mentions comments ("He declined to comment.") is
// not: a prompt starts like one, or is a short line that does not read
// as a sentence.
func isPrompt(l string) bool {
	n := len(strings.Fields(l))
	if n > 25 || !promptWords.MatchString(l) {
		return false
	}
	if promptStart.MatchString(l) {
		return true
	}
	return n <= 8 && !endsLikeSentence(l)
}

// placeholder is an all-capital media label with a dash or colon:
// "GRAPHIC — …", "VIDEO: …", "WATCH - …".
var placeholder = regexp.MustCompile(`^(?:\p{Lu}{3,}(?:\s+\p{Lu}{2,})?)\s*(?:[—–:|]|-\s)\s*(.*)$`)

// mediaWords name embedded media; a placeholder of another label must be
// short.
var mediaWords = regexp.MustCompile(`^(?:GRAPHIC|GRAPHICS|VIDEO|WATCH|PHOTOS?|GALLERY|PICTURES|LISTEN|AUDIO|PODCAST|INTERACTIVE|MAP|CHART|INFOGRAPHIC|POLL|QUIZ|LIVE|GRAFIK|FOTOS?|GALERIE|GRAFICO|GRÁFICO|VÍDEO|VIDÉO|ÉCOUTER|MIRA|GUARDA|ANSEHEN)\b`)

func isPlaceholder(l string) bool {
	m := placeholder.FindStringSubmatch(l)
	if m == nil {
		return false
	}
	words := len(strings.Fields(m[1]))
	if mediaWords.MatchString(l) {
		return !endsLikeSentence(l) || words <= 12
	}
	// Another capital label ("NEW YORK — The vote…") is a dateline when
	// a sentence follows.
	return !endsLikeSentence(l) && words <= 8
}

// teaser lines are labels that lead elsewhere.
var teaser = regexp.MustCompile(`(?i)^(?:advertisement|anzeige|publicité|publicidad|pubblicità|sponsored|read\s+more|more\s+from|related(?:\s+(?:articles?|stories|content|coverage))?|see\s+also|also\s+read|mehr\s+zum\s+thema|lire\s+aussi|à\s+lire\s+aussi|lee\s+también|leggi\s+anche|recommended|most\s+(?:read|popular)|trending|continue\s+reading|skip\s+(?:advert|ad)|story\s+continues\s+below(?:\s+advertisement)?|scroll\s+to\s+continue)\b\s*[:.…>»]?\s*(.*)$`)

func isTeaser(l string) bool {
	m := teaser.FindStringSubmatch(l)
	if m == nil {
		return false
	}
	rest := strings.Fields(m[1])
	return len(rest) <= 15 && !endsLikeSentence(m[1]) || len(rest) == 0
}

// takeHead finds the headline: the first line that reads as one (a few
// words at least, no closing stop) among the first lines. Shorter lines
// above it are the site's menu labels: the first becomes the section.
func takeHead(a *article.Article, lines []string) []string {
	if a.Title != "" {
		// The title is known: drop its copy at the top, if any.
		for i := 0; i < min(len(lines), 3); i++ {
			if sameText(stripHeadingMark(lines[i]), a.Title) {
				return append(lines[:i:i], lines[i+1:]...)
			}
		}
		return lines
	}
	if len(lines) > 0 {
		if m := mdHeading.FindStringSubmatch(lines[0]); m != nil && len(m[1]) == 1 {
			a.Title = m[2]
			return lines[1:]
		}
	}
	limit := min(len(lines), 5)
	for i := 0; i < limit; i++ {
		l := lines[i]
		w := len(strings.Fields(l))
		if w >= 4 && w <= 30 && !endsLikeSentence(l) || w >= 4 && w <= 20 && strings.HasSuffix(l, "?") {
			for j := 0; j < i; j++ {
				if !isLabel(lines[j]) {
					return lines
				}
			}
			a.Title = l
			if i > 0 {
				a.Section = lines[0]
			}
			return lines[i+1:]
		}
		if !isLabel(l) {
			break
		}
	}
	// No headline shape: a single short first line followed by the body
	// is still the title.
	if len(lines) > 1 && len(strings.Fields(lines[0])) <= 20 && !endsLikeSentence(lines[0]) {
		a.Title = lines[0]
		return lines[1:]
	}
	return lines
}

// stripHeadingMark drops a Markdown heading's "#" marks.
func stripHeadingMark(l string) string {
	if m := mdHeading.FindStringSubmatch(l); m != nil {
		return m[2]
	}
	return l
}

// isLabel reports whether l is a menu label: one to three words, no stop.
func isLabel(l string) bool {
	w := len(strings.Fields(l))
	return w >= 1 && w <= 3 && !endsLikeSentence(l) && utf8.RuneCountInString(l) <= 40
}

// takeCaptions finds photo captions: a line repeated at once (clippers
// keep both the image's alt text and its caption), or a line followed by
// a credit line. Each becomes an image with its caption and credit.
func takeCaptions(a *article.Article, lines []string) []string {
	out := lines[:0:0]
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		dup := i+1 < len(lines) && sameText(l, lines[i+1])
		next := i + 1
		if dup {
			next = i + 2
		}
		credit := ""
		if next < len(lines) && isCredit(lines[next]) {
			credit = creditText(lines[next])
		}
		if !dup && (credit == "" || len(strings.Fields(l)) > 40 || i+1 >= len(lines)-1) {
			out = append(out, l)
			continue
		}
		if !dup && !captionLike(l) {
			out = append(out, l)
			continue
		}
		a.Images = append(a.Images, article.Image{Caption: l, Credit: credit})
		i = next - 1
		if credit != "" {
			i = next
		}
	}
	return out
}

// captionLike reports whether l, followed by a credit, reads as a
// caption rather than a paragraph: one sentence or less.
func captionLike(l string) bool {
	return len(strings.Fields(l)) <= 40
}

func sameText(a, b string) bool {
	return strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b))
}

// creditPrefix marks an explicit credit: "Picture: Reuters", "Foto: dpa".
var creditPrefix = regexp.MustCompile(`(?i)^(?:photo(?:graph)?|picture|pic|image|credit|source|foto|bild|imagen|immagine|crédit|quelle)s?\s*(?:credit)?\s*:\s*(.+)$`)

// agencyWords are words of agency and picture-library names.
var agencyWords = regexp.MustCompile(`(?i)\b(?:getty|images|reuters|associated\s+press|press\s+association|newswire|wire|agency|agence|shutterstock|alamy|epa|afp|ap|aap|dpa|ansa|efe|pa|upi|xinhua|tass|kyodo|bloomberg)\b`)

// isCredit reports whether l is a credit line: a few words without a
// stop, either naming an agency or in capitals ("AFP", "EPA/REUTERS").
func isCredit(l string) bool {
	if m := creditPrefix.FindStringSubmatch(l); m != nil {
		return len(strings.Fields(m[1])) <= 6
	}
	l = strings.Trim(l, "()[] ")
	w := len(strings.Fields(l))
	if w == 0 || w > 5 || endsLikeSentence(l) {
		return false
	}
	if agencyWords.MatchString(l) {
		return true
	}
	letters, upper := 0, 0
	for _, r := range l {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters >= 2 && upper == letters && w <= 3
}

func creditText(l string) string {
	if m := creditPrefix.FindStringSubmatch(l); m != nil {
		return strings.TrimSpace(m[1])
	}
	return strings.Trim(l, "()[] ")
}

// takeTrailingCredit takes a credit line closing the story ("AFP",
// "Reuters"): the agency the story came from, its credit. Credit lines
// left in the body elsewhere are dropped.
func takeTrailingCredit(a *article.Article, lines []string) []string {
	out := lines[:0:0]
	for i, l := range lines {
		if !isCredit(l) || (i > 0 && i < len(lines)-1 && !isCaps(l)) {
			out = append(out, l)
			continue
		}
		if i == len(lines)-1 && a.Credit == "" {
			a.Credit = creditText(l)
		}
	}
	return out
}

func isCaps(l string) bool {
	return strings.ToUpper(l) == l
}

// endsLikeSentence reports whether l ends with a sentence stop, closing
// marks aside.
func endsLikeSentence(l string) bool {
	l = strings.TrimRight(l, " \"'”’»)]")
	r, _ := utf8.DecodeLastRuneInString(l)
	switch r {
	case '.', '!', '?', '…', '。', '！', '？', ':', ';':
		return true
	}
	return false
}

// listMark matches a list bullet or number at the start of a line.
var listMark = regexp.MustCompile(`^(?:[-*•·▪–]\s+|(\d{1,3})[.)]\s+)`)

// toBlock makes a body block of one line: a list item, a heading (a short
// line without a stop) or a paragraph.
func toBlock(l string) article.Block {
	if m := mdHeading.FindStringSubmatch(l); m != nil {
		return article.Block{Type: article.Heading, Text: m[2], Level: len(m[1])}
	}
	if m := listMark.FindStringSubmatchIndex(l); m != nil {
		return article.Block{Type: article.ListItem, Text: l[m[1]:], Level: 1, Ordered: m[2] >= 0}
	}
	if w := len(strings.Fields(l)); w <= 10 && !endsLikeSentence(l) && !strings.ContainsAny(l, "“”\"") {
		return article.Block{Type: article.Heading, Text: l, Level: 2}
	}
	return article.Block{Type: article.Paragraph, Text: l}
}

// LooksLikeText reports whether page is plain text rather than HTML: no
// tags of the kind every page has in its first part.
func LooksLikeText(page []byte) bool {
	head := page
	if len(head) > 64<<10 {
		head = head[:64<<10]
	}
	if decode.LooksBinary(head) {
		return false
	}
	return !htmlTag.Match(head)
}

var htmlTag = regexp.MustCompile(`(?i)<(?:!doctype|html|head|body|meta|title|div|p|span|a\s|br|hr|b|i|em|strong|nav|header|footer|main|form|iframe|noscript|article|section|script|style|table|tr|td|img|figure|h[1-6]|ul|ol|li|link|\?xml)[\s>/]`)
