package bite

import (
	"strings"
	"testing"

	"github.com/newsbite/newsbite/article"
)

// The snippets below are written for these tests, in the style of wire
// copy; they quote no real article.

func quotesOf(t *testing.T, text string) []Quote {
	t.Helper()
	return Quotes(&article.Article{Text: text})
}

func findQuote(t *testing.T, qs []Quote, prefix string) Quote {
	t.Helper()
	for _, q := range qs {
		if strings.HasPrefix(q.Text, prefix) {
			return q
		}
	}
	t.Fatalf("no quote starting %q in %+v", prefix, qs)
	return Quote{}
}

func TestQuoteSpeakerLastResolvesFullName(t *testing.T) {
	text := "John Kirby, the Pentagon press secretary, briefed reporters on Tuesday.\n\n" +
		"“We are watching this very closely,” Mr Kirby said. “Nothing is off the table.”"
	qs := quotesOf(t, text)
	if len(qs) != 2 {
		t.Fatalf("got %d quotes, want 2: %+v", len(qs), qs)
	}
	q := findQuote(t, qs, "We are watching")
	if q.Speaker != "John Kirby" || q.Cue != "said" {
		t.Errorf("got speaker %q cue %q, want John Kirby / said", q.Speaker, q.Cue)
	}
	if q.Text != "We are watching this very closely" {
		t.Errorf("text %q keeps its marks or comma", q.Text)
	}
	// The second sentence carries on the same speaker.
	if q2 := findQuote(t, qs, "Nothing is off"); q2.Speaker != "John Kirby" {
		t.Errorf("continuation speaker %q, want John Kirby", q2.Speaker)
	}
}

func TestQuoteSpeakerFirst(t *testing.T) {
	text := "Russian President Vladimir Putin spoke in Moscow on Friday.\n\n" +
		`Putin said: "The sanctions will not change our course, and everyone understands that."`
	q := findQuote(t, quotesOf(t, text), "The sanctions")
	if q.Speaker != "Vladimir Putin" || q.Cue != "said" {
		t.Errorf("got %q / %q, want Vladimir Putin / said", q.Speaker, q.Cue)
	}
}

func TestQuoteSaidNameAfter(t *testing.T) {
	text := `"We have never seen water this high in the valley," said Maria Lopez, a farmer who has lived there for forty years.`
	q := findQuote(t, quotesOf(t, text), "We have never")
	if q.Speaker != "Maria Lopez" {
		t.Errorf("speaker %q, want Maria Lopez", q.Speaker)
	}
}

func TestQuoteAccordingTo(t *testing.T) {
	text := `"At least twelve people were taken to hospital with minor injuries," according to the regional fire service.`
	q := findQuote(t, quotesOf(t, text), "At least twelve")
	if q.Cue != "according to" || q.Speaker != "the regional fire service" {
		t.Errorf("got %q / %q, want the regional fire service / according to", q.Speaker, q.Cue)
	}
}

func TestQuoteToldOutletAndPronoun(t *testing.T) {
	text := "Senator Elizabeth Warren questioned the chief executive of Wells Fargo for two hours.\n\n" +
		"“You should resign, and you should give back the money that you took,” she told CNN afterwards."
	q := findQuote(t, quotesOf(t, text), "You should resign")
	if q.Speaker != "Elizabeth Warren" {
		t.Errorf("she -> %q, want Elizabeth Warren", q.Speaker)
	}
	if q.Cue != "told CNN" {
		t.Errorf("cue %q, want told CNN", q.Cue)
	}
}

func TestPronounFollowsGender(t *testing.T) {
	text := "Mary Barra met Jim Hackett in Detroit to discuss the merger of the two carmakers.\n\n" +
		`"We talked about the future of the industry and nothing else," she said.` + "\n\n" +
		`"It was a friendly meeting between old rivals," he added.`
	qs := quotesOf(t, text)
	if q := findQuote(t, qs, "We talked"); q.Speaker != "Mary Barra" {
		t.Errorf("she -> %q, want Mary Barra", q.Speaker)
	}
	if q := findQuote(t, qs, "It was a friendly"); q.Speaker != "Jim Hackett" || q.Cue != "added" {
		t.Errorf("he added -> %q / %q, want Jim Hackett / added", q.Speaker, q.Cue)
	}
}

func TestQuoteAcrossParagraphs(t *testing.T) {
	text := "The mayor, Anne Hidalgo, spoke after the vote.\n\n" +
		"“This is a day that the city will remember for a long time. We fought for this park for ten years.\n\n" +
		"“Now it belongs to everyone,” Ms Hidalgo said."
	qs := quotesOf(t, text)
	if len(qs) != 1 {
		t.Fatalf("got %d quotes, want one spanning two paragraphs: %+v", len(qs), qs)
	}
	q := qs[0]
	if !strings.HasPrefix(q.Text, "This is a day") || !strings.HasSuffix(q.Text, "Now it belongs to everyone") {
		t.Errorf("text %q does not span both paragraphs", q.Text)
	}
	if q.Speaker != "Anne Hidalgo" {
		t.Errorf("speaker %q, want Anne Hidalgo", q.Speaker)
	}
}

func TestDescriptionKept(t *testing.T) {
	text := `"There is no deal yet and there may not be one this week," a senior US official said.`
	q := findQuote(t, quotesOf(t, text), "There is no deal")
	if q.Speaker != "a senior US official" {
		t.Errorf("speaker %q, want the description as written", q.Speaker)
	}
}

func TestScareQuotesAreNotQuotations(t *testing.T) {
	text := `The company described the layoffs as a "restructuring" of its European business.`
	if qs := quotesOf(t, text); len(qs) != 0 {
		t.Errorf("scare quotes taken for a quotation: %+v", qs)
	}
}

func TestInterruptedQuote(t *testing.T) {
	text := `"We did not expect the storm to turn," said Tom Berger, a coastguard officer. "By the time it did, the boats were already out."`
	qs := quotesOf(t, text)
	if len(qs) != 2 {
		t.Fatalf("got %d quotes, want 2: %+v", len(qs), qs)
	}
	for _, q := range qs {
		if q.Speaker != "Tom Berger" {
			t.Errorf("%q: speaker %q, want Tom Berger", q.Text, q.Speaker)
		}
	}
}

func TestQuoteOtherLanguage(t *testing.T) {
	text := "„Wir werden die Grenzen offen halten und niemanden zurückweisen“, sagte Angela Merkel am Montag in Berlin."
	q := findQuote(t, quotesOf(t, text), "Wir werden")
	if q.Speaker != "Angela Merkel" || q.Cue != "sagte" {
		t.Errorf("got %q / %q, want Angela Merkel / sagte", q.Speaker, q.Cue)
	}
}

func TestMakeCarriesQuotesAndEntities(t *testing.T) {
	a := &article.Article{Title: "Kirby says talks with Moscow will go on", Text: "John Kirby, the Pentagon press secretary, spoke in Washington on Monday.\n\n" +
		"“The talks with Moscow will go on next week, whatever happens,” Kirby said."}
	b := Make(a, Options{})
	if len(b.Quotes) != 1 || b.Quotes[0].Speaker != "John Kirby" {
		t.Errorf("quotes: %+v", b.Quotes)
	}
	if p, ok := entityNamed(b.Entities.People, "John Kirby"); !ok || p.Mentions != 2 {
		t.Errorf("people: %+v", b.Entities.People)
	}
	if _, ok := entityNamed(b.Entities.Places, "Moscow"); !ok {
		t.Errorf("places: %+v", b.Entities.Places)
	}
}

func TestLeadingPhrase(t *testing.T) {
	for clause, want := range map[string]string{
		"The email went on to say,":                                  "The email",
		"A spokeswoman for the committee emailed reporters, arguing": "A spokeswoman for the committee",
		"But the agency has since said":                              "the agency",
		"it continued":                                               "",
	} {
		if got := leadingPhrase(clause); got != want {
			t.Errorf("leadingPhrase(%q) = %q, want %q", clause, got, want)
		}
	}
	// The phrase speaks when the clause that introduces the quote names
	// no person.
	text := "The statement from the ministry went on to say: “We will not negotiate under threat, now or later.”"
	if q := findQuote(t, quotesOf(t, text), "We will not"); q.Speaker != "The statement from the ministry" {
		t.Errorf("speaker %q, want The statement from the ministry", q.Speaker)
	}
}

func TestNameEndingTheSpeakerPhrase(t *testing.T) {
	if got := tailName("Clinton campaign manager Robby Mook"); got != "Robby Mook" {
		t.Errorf("tailName = %q, want Robby Mook", got)
	}
	if got := tailName("John Kirby"); got != "" {
		t.Errorf("tailName of a bare name = %q, want empty", got)
	}
	text := "Hillary Clinton spoke in Ohio on Monday.\n\n" +
		`"We are not taking a single vote for granted," said Clinton campaign manager Robby Mook.`
	if q := findQuote(t, quotesOf(t, text), "We are not"); q.Speaker != "Robby Mook" {
		t.Errorf("speaker %q, want Robby Mook", q.Speaker)
	}
}

func TestPronounFindsTheRoleHolder(t *testing.T) {
	text := "Clinton spokeswoman Jennifer Palmieri criticized the rival campaign on Tuesday.\n\n" +
		`"Nice try, but nobody is buying that story," she said in a tweet.`
	if q := findQuote(t, quotesOf(t, text), "Nice try"); q.Speaker != "Jennifer Palmieri" {
		t.Errorf("she -> %q, want Jennifer Palmieri", q.Speaker)
	}
}

func TestCueObjects(t *testing.T) {
	for text, want := range map[string]string{
		`"We will appeal the ruling next week," she told Reeves.`:                 "told Reeves",
		`"We will appeal the ruling next week," he said in August.`:               "said",
		`"We will appeal the ruling next week," the minister wrote on Twitter.`:   "wrote on Twitter",
		`"We will appeal the ruling next week," a lawyer told reporters outside.`: "told reporters",
	} {
		q := findQuote(t, quotesOf(t, text), "We will appeal")
		if q.Cue != want {
			t.Errorf("%s: cue %q, want %q", text, q.Cue, want)
		}
	}
}

func TestBlockQuotationIntroducedByItsParagraph(t *testing.T) {
	a := &article.Article{}
	a.SetBlocks([]article.Block{
		{Type: article.Paragraph, Text: "Maria Zakharova, the foreign ministry spokeswoman, said in a statement:"},
		{Type: article.Quote, Text: "We reject these accusations entirely."},
		{Type: article.Quote, Text: "Our lawyers will answer them in court, as the law provides."},
		{Type: article.Paragraph, Text: "The embassy did not comment."},
		{Type: article.Quote, Text: "A pull quote repeats a line of the story in large type."},
	})
	qs := Quotes(a)
	if len(qs) != 1 {
		t.Fatalf("got %d quotes, want the introduced block only: %+v", len(qs), qs)
	}
	q := qs[0]
	if !strings.HasPrefix(q.Text, "We reject") || !strings.HasSuffix(q.Text, "as the law provides.") {
		t.Errorf("text %q does not hold both block paragraphs", q.Text)
	}
	if q.Speaker != "Maria Zakharova" || q.Cue != "said" {
		t.Errorf("got %q / %q, want Maria Zakharova / said", q.Speaker, q.Cue)
	}
}

func TestEmbeddedPostTakesItsCredit(t *testing.T) {
	a := &article.Article{}
	a.SetBlocks([]article.Block{
		{Type: article.Paragraph, Text: "See tweets:"},
		{Type: article.Quote, Text: "Senate resolves to observe a minute of silence for the departed."},
		{Type: article.Quote, Text: "— The Nigerian Senate (@NGRSenate) October 9, 2018"},
		{Type: article.Paragraph, Text: "The session was then adjourned."},
	})
	qs := Quotes(a)
	if len(qs) != 1 {
		t.Fatalf("got %d quotes, want 1: %+v", len(qs), qs)
	}
	if qs[0].Speaker != "The Nigerian Senate" || qs[0].Cue != "posted" || strings.Contains(qs[0].Text, "@NGRSenate") {
		t.Errorf("got %+v, want the post credited to The Nigerian Senate", qs[0])
	}
}

func TestQuoteFrenchAndSpanish(t *testing.T) {
	fr := "« Nous allons reconstruire cette cathédrale plus belle encore », a déclaré Emmanuel Macron mardi soir."
	if q := findQuote(t, quotesOf(t, fr), "Nous allons"); q.Speaker != "Emmanuel Macron" || q.Cue != "déclaré" {
		t.Errorf("French: got %q / %q, want Emmanuel Macron / déclaré", q.Speaker, q.Cue)
	}
	es := "“Vamos a aprobar los presupuestos antes del verano”, dijo Pedro Sánchez en Madrid."
	if q := findQuote(t, quotesOf(t, es), "Vamos a"); q.Speaker != "Pedro Sánchez" || q.Cue != "dijo" {
		t.Errorf("Spanish: got %q / %q, want Pedro Sánchez / dijo", q.Speaker, q.Cue)
	}
}

func TestQuoteNestedStraightMarks(t *testing.T) {
	text := `"Buyers will move from "owning licences" to paying for results. Vendors that sell ("per seat") plans will have to change," said Ana Ruiz, an analyst.`
	qs := quotesOf(t, text)
	if len(qs) != 1 {
		t.Fatalf("got %d quotes, want the one outer quotation: %+v", len(qs), qs)
	}
	if !strings.HasPrefix(qs[0].Text, "Buyers will move") || !strings.HasSuffix(qs[0].Text, "will have to change") || qs[0].Speaker != "Ana Ruiz" {
		t.Errorf("got %+v", qs[0])
	}
}

func TestQuoteSingleMarksPairByScript(t *testing.T) {
	// Korean writes the particle right after the closing mark; English
	// writes an apostrophe between letters.
	ko := "그는 이 문제를 ‘데이트 폭력’이라고 분명히 했다. 그런 ‘사랑하는 사람의 추억을 간직’하는 일이 어째서 두 사람만의 사적인 관계를 찍은 사진들을 공개하는 일이 될까."
	for _, q := range quotesOf(t, ko) {
		t.Errorf("scare quotes taken for a quotation: %+v", q)
	}
	en := "She called it ‘a plan that can’t fail and won’t be dropped by the board this year’, the minutes show."
	qs := quotesOf(t, en)
	if len(qs) != 1 || qs[0].Text != "a plan that can’t fail and won’t be dropped by the board this year" {
		t.Errorf("got %+v", qs)
	}
}

func TestQuoteUnclosedSingleMark(t *testing.T) {
	text := "Sales of ‘smart speakers rose in the ’90s and the firm’s chief said so.\n\n" +
		`"We expect the trend to hold for many more years to come," said Ana Ruiz.`
	qs := quotesOf(t, text)
	if len(qs) != 1 || qs[0].Speaker != "Ana Ruiz" {
		t.Errorf("got %+v", qs)
	}
}

func TestQuoteReportedAsSaying(t *testing.T) {
	text := "John Kirby and Anna Berg met in Oslo on Monday.\n\n" +
		"“Talks cannot go on forever”, however, Mr Kirby reported Ms Berg as saying."
	q := findQuote(t, quotesOf(t, text), "Talks cannot")
	if q.Speaker != "Anna Berg" {
		t.Errorf("speaker %q, want Anna Berg", q.Speaker)
	}
}

func TestQuoteLeadAndTeam(t *testing.T) {
	text := "The study was led by Maria Lopez of the Oslo institute.\n\n" +
		`"We find the rate is lower than was thought before," Lopez and her team wrote in the paper.`
	q := findQuote(t, quotesOf(t, text), "We find")
	if q.Speaker != "Maria Lopez" || q.Cue != "wrote" {
		t.Errorf("got %q / %q, want Maria Lopez / wrote", q.Speaker, q.Cue)
	}
}

func TestQuoteSpeakerNotTheEmployer(t *testing.T) {
	text := `Omar Lindqvist, a senior analyst at Stratwise, the Oslo-based research group, told reporters in May that the plan was "fairly sound by regional standards."`
	q := findQuote(t, quotesOf(t, text), "fairly sound")
	if q.Speaker != "Omar Lindqvist" {
		t.Errorf("speaker %q, want Omar Lindqvist", q.Speaker)
	}
}

func TestQuoteCurlySlipIsNoNesting(t *testing.T) {
	// A title opened twice and closed once: the quotation after it is
	// its own.
	text := "A demo came in called “Harbour (“Home Again”). “It grabbed me the moment I heard it,” he said."
	qs := quotesOf(t, text)
	q := findQuote(t, qs, "It grabbed me")
	if q.Text != "It grabbed me the moment I heard it" {
		t.Errorf("got %q", q.Text)
	}
}

func TestQuoteKoreanSpeakerByParticle(t *testing.T) {
	text := "하지만 민수는 자신의 행동에 대해 무감한 태도를 보였다. 그는 “내가 사진을 간직하는 게 잘못이냐”고 말하기도 했다. " +
		"또 “여행 간 게 잘못인가요”라거나 “형님 보고 용기를 얻습니다” 같은 글을 남기기도 했다.\n\n" +
		"‘사랑하는 사람의 추억을 간직’하는 일이 어째서 사진을 공개하는 일이 될까."
	qs := quotesOf(t, text)
	if len(qs) != 3 {
		t.Fatalf("got %d quotes, want 3: %+v", len(qs), qs)
	}
	for _, q := range qs {
		if q.Speaker != "민수" {
			t.Errorf("quote %q: speaker %q, want 민수", q.Text, q.Speaker)
		}
	}
	if qs[0].Cue != "말하기도 했다" {
		t.Errorf("cue %q", qs[0].Cue)
	}
}
