package bite

import (
	"strings"
	"testing"

	"github.com/newsbite/newsbite/article"
)

// Snippets written for these tests.

func entityNamed(list []Entity, name string) (Entity, bool) {
	for _, e := range list {
		if e.Name == name {
			return e, true
		}
	}
	return Entity{}, false
}

func TestPersonMentionsMerge(t *testing.T) {
	text := "Russian President Vladimir Putin arrived in Geneva on Wednesday. " +
		"Putin was greeted by the Swiss president.\n\n" +
		"Mr Putin later met Joe Biden for three hours, and Putin's aides called the talks useful. " +
		"Biden said the meeting was positive."
	ents := NamedEntities(&article.Article{Text: text})
	putin, ok := entityNamed(ents.People, "Vladimir Putin")
	if !ok {
		t.Fatalf("no Vladimir Putin among %+v", ents.People)
	}
	if putin.Mentions != 4 {
		t.Errorf("Vladimir Putin has %d mentions, want 4 (aliases %v)", putin.Mentions, putin.Aliases)
	}
	if biden, ok := entityNamed(ents.People, "Joe Biden"); !ok || biden.Mentions != 2 {
		t.Errorf("Joe Biden: %+v (found %v), want 2 mentions", biden, ok)
	}
	if _, ok := entityNamed(ents.People, "Putin"); ok {
		t.Error("Putin listed apart from Vladimir Putin")
	}
	if _, ok := entityNamed(ents.Places, "Geneva"); !ok {
		t.Errorf("Geneva missing from places %+v", ents.Places)
	}
}

func TestPeopleWithOneSurnameStayApart(t *testing.T) {
	text := "Bill Clinton campaigned in Ohio for Hillary Clinton on Monday. " +
		"Hillary Clinton spoke in Florida the same day, where Clinton promised new jobs."
	ents := NamedEntities(&article.Article{Text: text})
	bill, okB := entityNamed(ents.People, "Bill Clinton")
	hill, okH := entityNamed(ents.People, "Hillary Clinton")
	if !okB || !okH {
		t.Fatalf("want both Clintons apart, got %+v", ents.People)
	}
	// The lone "Clinton" follows the Clinton named last before it.
	if hill.Mentions != 3 || bill.Mentions != 1 {
		t.Errorf("Hillary %d, Bill %d mentions; want 3 and 1", hill.Mentions, bill.Mentions)
	}
}

func TestAliasListAndEquations(t *testing.T) {
	text := "Fighters of the Islamic State (IS) attacked the town at dawn. " +
		"The United States said IS had lost most of its territory, and officials in Washington said ISIS was regrouping. " +
		"A U.S. envoy called Daesh a spent force, and the US military agreed."
	ents := NamedEntities(&article.Article{Text: text})
	var all []Entity
	all = append(all, ents.Organizations...)
	all = append(all, ents.Places...)
	all = append(all, ents.People...)
	is, ok := entityNamed(all, "Islamic State")
	if !ok {
		t.Fatalf("no Islamic State among %+v", all)
	}
	if is.Mentions < 3 {
		t.Errorf("Islamic State has %d mentions (aliases %v), want at least 3", is.Mentions, is.Aliases)
	}
	us, ok := entityNamed(all, "United States")
	if !ok {
		t.Fatalf("no United States among %+v", all)
	}
	if us.Mentions < 2 {
		t.Errorf("United States has %d mentions (aliases %v), want U.S. and US merged in", us.Mentions, us.Aliases)
	}
	if _, ok := entityNamed(all, "ISIS"); ok {
		t.Error("ISIS listed apart from Islamic State")
	}
}

func TestAcronymMergesWithItsLongForm(t *testing.T) {
	text := "The International Atomic Energy Agency sent inspectors to the plant. " +
		"The IAEA said the reactor was stable."
	ents := NamedEntities(&article.Article{Text: text})
	org, ok := entityNamed(ents.Organizations, "International Atomic Energy Agency")
	if !ok || org.Mentions != 2 {
		t.Errorf("IAEA not merged with its long form: %+v", ents.Organizations)
	}
}

func TestTitleMakesAPerson(t *testing.T) {
	if !titleBefore("He met Mr. Biden", len("He met Mr. ")) {
		t.Error("Mr. before a name not seen")
	}
	if titleBefore("He met Biden", len("He met ")) {
		t.Error("title seen where there is none")
	}
	if got := cleanName("Mr. Kirby's"); got != "Kirby" {
		t.Errorf("cleanName = %q, want Kirby", got)
	}
}

func TestWordsThatNameNoOne(t *testing.T) {
	text := "The Nation will decide, said Latinos who gathered on Monday. The nation is split."
	for _, name := range []string{"Monday", "Latinos", "African Americans", "Getty/Instagram", "Nation", "Furthermore"} {
		if !notAName(lowerWords(text), name) {
			t.Errorf("%q kept as a name", name)
		}
	}
	for _, name := range []string{"Hillary Clinton", "Reuters", "US", "Trump"} {
		if notAName(lowerWords(text), name) {
			t.Errorf("%q dropped", name)
		}
	}
}

func TestShortFormsAndArabicArticles(t *testing.T) {
	text := "Syrian President Bashar al-Assad met the envoy in Damascus. Assad said little, according to the Washington Post. " +
		"The Post added that the Secretary of State would travel on Friday; Islamic State fighters were nearby."
	ents := NamedEntities(&article.Article{Text: text})
	if p, ok := entityNamed(ents.People, "Bashar al-Assad"); !ok || p.Mentions != 2 {
		t.Errorf("Assad not merged with Bashar al-Assad: %+v", ents.People)
	}
	if o, ok := entityNamed(ents.Organizations, "Washington Post"); !ok || o.Mentions != 2 {
		t.Errorf("the Post not merged with the Washington Post: %+v", ents.Organizations)
	}
	if o, ok := entityNamed(ents.Organizations, "Islamic State"); ok {
		for _, a := range o.Aliases {
			if a == "State" {
				t.Errorf("State of Secretary of State folded into Islamic State: %+v", o)
			}
		}
	}
}

func TestEntitiesOnlyForEnglish(t *testing.T) {
	de := &article.Article{Language: "de", Text: "„Wir schaffen das“, sagte Angela Merkel am Montag in Berlin. Die Regierung prüft den Plan."}
	if e := NamedEntities(de); len(e.People)+len(e.Organizations)+len(e.Places) != 0 {
		t.Errorf("English tagger ran on German text: %+v", e)
	}
	if qs := Quotes(de); len(qs) != 0 && qs[0].Speaker != "Angela Merkel" {
		t.Errorf("German quote speaker %q", qs[0].Speaker)
	}
	en := &article.Article{Language: "en-GB", Text: "WASHINGTON (Reuters) - The Senate met in Washington on Monday."}
	places := NamedEntities(en).Places
	if p, ok := entityNamed(places, "Washington"); !ok || p.Mentions != 2 {
		t.Errorf("dateline not merged and written as Washington: %+v", places)
	}
}

func names(list []Entity) []string {
	var out []string
	for _, e := range list {
		out = append(out, e.Name)
	}
	return out
}

func TestEntityRulesOnTaggerOutput(t *testing.T) {
	text := "Maria Keller, Chief Product Officer at Brightwave, said buyers want smaller projects.\n\n" +
		"\"Boards have stopped buying hype,\" said Keller, CPO, Brightwave.\n\n" +
		"The son of former German President Richard von Weizsäcker, Fritz Eckart von Weizsäcker, spoke in Berlin.\n\n" +
		"Set times when you put the phone away. Using it as a distraction is OK."
	ents := NamedEntities(&article.Article{Text: text})
	for _, bad := range []string{"Chief Product Officer", "Product Officer", "CPO", "Brightwave", "Fritz Eckart"} {
		if _, ok := entityNamed(ents.People, bad); ok {
			t.Errorf("%q among people %q", bad, names(ents.People))
		}
	}
	for _, bad := range []string{"CPO", "OK", "Set", "Brightwave"} {
		if _, ok := entityNamed(ents.Places, bad); ok {
			t.Errorf("%q among places %q", bad, names(ents.Places))
		}
	}
	if _, ok := entityNamed(ents.Organizations, "Set"); ok {
		t.Errorf("Set among organisations %q", names(ents.Organizations))
	}
	if _, ok := entityNamed(ents.Organizations, "Brightwave"); !ok {
		t.Errorf("Brightwave, a firm, not among organisations %q", names(ents.Organizations))
	}
	for _, want := range []string{"Maria Keller", "Fritz Eckart von Weizsäcker", "Richard von Weizsäcker"} {
		if _, ok := entityNamed(ents.People, want); !ok {
			t.Errorf("%q not among people %q", want, names(ents.People))
		}
	}
}

func TestEntityOrgNameInPieces(t *testing.T) {
	text := "A team led by researchers out of NASA's Goddard Space Flight Center in Greenbelt, Maryland, found water vapor above the surface of Jupiter's icy moon Europa.\n\n" +
		"\"We performed diligent safety checks,\" said Goddard planetary scientist Avi Mandell."
	ents := NamedEntities(&article.Article{Text: text})
	if _, ok := entityNamed(ents.Organizations, "Goddard Space Flight Center"); !ok {
		t.Errorf("no Goddard Space Flight Center among %q", names(ents.Organizations))
	}
	for _, bad := range []string{"Flight Center", "Goddard", "Jupiter", "Goddard Space"} {
		if _, ok := entityNamed(ents.People, bad); ok {
			t.Errorf("%q among people %q", bad, names(ents.People))
		}
	}
}

func TestEntityFirmAfterDescription(t *testing.T) {
	text := "Lena Ortiz, chief executive of data management firm DocuvaaS, said buyers want proof.\n\n" +
		"\"Pilots are over,\" said Ortiz, CEO, DocuvaaS."
	ents := NamedEntities(&article.Article{Text: text})
	org, ok := entityNamed(ents.Organizations, "DocuvaaS")
	if !ok || org.Mentions != 2 {
		t.Errorf("DocuvaaS: %+v (found %v) among %q, want 2 mentions", org, ok, names(ents.Organizations))
	}
}

func TestEntityNameEndsWithName(t *testing.T) {
	text := "The study was led by Tomas Lindqvist of Uppsala University.\n\n" +
		"Lindqvist wasn’t sure at first, but their nominee for governor, Jim Hood, backed the plan."
	ents := NamedEntities(&article.Article{Text: text})
	for _, p := range ents.People {
		if !hasUpper(p.Name[strings.LastIndex(p.Name, " ")+1:]) {
			t.Errorf("person %q ends with a lower-case word", p.Name)
		}
	}
	if _, ok := entityNamed(ents.People, "Jim Hood"); !ok {
		t.Errorf("Jim Hood, named after his post, not among people %q", names(ents.People))
	}
}

func TestEntityLoneNameAndLongerName(t *testing.T) {
	text := "Obama spoke on Monday. Obama said the plan was sound, and Obama's aides agreed.\n\n" +
		"Obama later called Mr Putin. An official at the Obama National Security Council said so.\n\n" +
		"The Philip K. Dick Award went to a first novel."
	ents := NamedEntities(&article.Article{Text: text})
	if _, ok := entityNamed(ents.People, "Obama"); !ok {
		t.Errorf("Obama not among people %q", names(ents.People))
	}
	for _, p := range ents.People {
		if strings.Contains(p.Name, "Award") {
			t.Errorf("award %q among people", p.Name)
		}
	}
}
