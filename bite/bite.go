// Package bite turns an Article into a Bite: a short summary, the direct
// quotations with their speakers, the people, organisations and places the
// story names, and a check of whether the body supports the headline.
package bite

import "github.com/newsbite/newsbite/article"

// Bite is what NewsBite makes of one article.
type Bite struct {
	Summary       []string      `json:"summary"`
	Quotes        []Quote       `json:"quotes"`
	Entities      Entities      `json:"entities"`
	HeadlineCheck HeadlineCheck `json:"headline_check"`
}

// Quote is one direct quotation.
type Quote struct {
	// Text is what was said, without the quotation marks.
	Text string `json:"text"`
	// Speaker is the fullest name the article gives the speaker, or the
	// description it uses ("a senior US official").
	Speaker string `json:"speaker"`
	// Cue is the attribution phrase: "said", "told NBC News", "according to".
	Cue string `json:"cue"`
}

// Entity is a person, organisation or place with its mentions merged.
type Entity struct {
	Name     string   `json:"name"`
	Mentions int      `json:"mentions"`
	Aliases  []string `json:"aliases"`
}

// Entities groups the named entities of an article by kind.
type Entities struct {
	People        []Entity `json:"people"`
	Organizations []Entity `json:"organizations"`
	Places        []Entity `json:"places"`
}

// HeadlineCheck says whether the body supports the headline.
type HeadlineCheck struct {
	Consistent bool    `json:"consistent"`
	Score      float64 `json:"score"`
	// Unsupported lists the headline's key terms the body never supports.
	Unsupported []string `json:"unsupported"`
}

// Options tunes Make.
type Options struct {
	// Sentences is the length of the summary; zero means the default.
	Sentences int
}

// Sentence is one sentence of an article body.
type Sentence struct {
	Text string
	// Start and End are byte offsets of Text in the text that was split.
	Start, End int
	// Para is the index of the paragraph the sentence belongs to.
	Para int
}

// Make builds the Bite of a.
func Make(a *article.Article, opts Options) *Bite {
	sents := Split(a.Text)
	// Quotes and entities read the same names: analyse the body once.
	an := analyse(a.Text, tagsNames(a))
	b := &Bite{
		Summary:       summarise(a, sents, opts.Sentences),
		Quotes:        quotesWith(a, an),
		Entities:      an.entities(),
		HeadlineCheck: checkHeadline(a.Title, a.Text, sents),
	}
	if b.Summary == nil {
		b.Summary = []string{}
	}
	if b.Quotes == nil {
		b.Quotes = []Quote{}
	}
	b.Entities = b.Entities.nonNil()
	if b.HeadlineCheck.Unsupported == nil {
		b.HeadlineCheck.Unsupported = []string{}
	}
	return b
}

func (e Entities) nonNil() Entities {
	if e.People == nil {
		e.People = []Entity{}
	}
	if e.Organizations == nil {
		e.Organizations = []Entity{}
	}
	if e.Places == nil {
		e.Places = []Entity{}
	}
	return e
}
