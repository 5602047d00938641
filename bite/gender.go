package bite

import "strings"

// gender is what the text tells of a person's gender, for resolving he
// and she.
type gender int

const (
	unknown gender = iota
	male
	female
)

// fits reports whether a person of gender p may be referred to by a
// pronoun of gender g.
func (g gender) fits(p gender) bool {
	return g == unknown || p == unknown || g == p
}

func genderOfPronoun(p string) gender {
	switch p {
	case "he", "him", "his":
		return male
	case "she", "her", "hers":
		return female
	}
	return unknown
}

// genderTitles tell a gender from the word before a name.
var genderTitles = map[string]gender{
	"mr": male, "mrs": female, "ms": female, "miss": female, "sir": male, "dame": female, "lord": male,
	"lady": female, "king": male, "queen": female, "prince": male, "princess": female, "herr": male,
	"frau": female, "m": male, "mme": female, "madame": female, "monsieur": male, "señor": male,
	"señora": female, "sra": female, "congressman": male, "congresswoman": female, "chairman": male,
	"chairwoman": female, "spokesman": male, "spokeswoman": female, "businessman": male,
	"businesswoman": female, "father": male, "mother": female, "son": male, "daughter": female,
	"brother": male, "sister": female, "husband": male, "wife": female, "actor": male, "actress": female,
	"widow": female, "widower": male, "woman": female, "man": male, "girl": female, "boy": male,
}

// firstNames are common given names with a clear gender; a short list,
// used only when the text gives no title.
var firstNames = func() map[string]gender {
	m := map[string]gender{}
	for _, n := range strings.Fields(`james john robert michael william david richard joseph thomas charles
		christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george
		timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott
		brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose
		adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry
		gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan
		albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis
		bernie bill barack mitt ted marco jeb chris mike newt rand rick vladimir boris emmanuel xi recep
		benjamin mohammed muhammad ahmed ali hassan omar ivan sergei dmitry olaf friedrich wolfgang pierre
		jean francois jacques carlos luis miguel pedro antonio giuseppe marco luca hans klaus tim tom jim
		bob dave steve ben sam nick matt dan greg ken ron jeff andy tony pete rudy reince corey kellyanne`) {
		m[n] = male
	}
	for _, n := range strings.Fields(`mary patricia jennifer linda elizabeth barbara susan jessica sarah karen
		lisa nancy betty margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa
		deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma
		nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather diane
		ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea
		cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail
		alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie
		brittany charlotte marie kayla alexis lori hillary hilary melania ivanka chelsea michelle nikki
		elizabeth theresa angela marine ursula kamala nancy condoleezza madeleine sheryl oprah beyonce
		taylor jill huma donna debbie kirsten tammy sarah carly katie kate meg jane susan stacey tina melanie claire sophie julia laura anne`) {
		if _, dup := m[n]; !dup {
			m[n] = female
		}
	}
	return m
}()

// inferGender sets each person's gender from titles before its mentions
// and, failing that, from a known first name.
func (an *analysis) inferGender() {
	for _, m := range an.mentions {
		if m.ent == nil || m.ent.kind != kindPER || m.ent.gender != unknown {
			continue
		}
		before := strings.Fields(an.text[max(0, m.start-20):m.start])
		if len(before) > 0 {
			if g, ok := genderTitles[strings.ToLower(strings.TrimSuffix(before[len(before)-1], "."))]; ok {
				m.ent.gender = g
			}
		}
		if w := strings.Fields(an.text[m.start:m.end]); len(w) > 1 {
			if g, ok := genderTitles[strings.ToLower(strings.TrimSuffix(w[0], "."))]; ok {
				m.ent.gender = g
			}
		}
	}
	for _, e := range an.ents {
		if e.kind != kindPER || e.gender != unknown {
			continue
		}
		// A full name by its first word; a single name that is a given
		// name ("Melanie") by itself.
		w := strings.Fields(e.name)
		e.gender = firstNames[strings.ToLower(w[0])]
	}
}

// phraseGender reads a gender off a speaker phrase: "9/11 widow Terry
// Strada", "Mr. Clarke", "a spokeswoman".
func phraseGender(p string) gender {
	for _, w := range strings.Fields(strings.ToLower(p)) {
		w = strings.Trim(w, ".,")
		if g, ok := genderTitles[w]; ok {
			return g
		}
	}
	if w := strings.Fields(p); len(w) > 0 {
		return firstNames[strings.ToLower(w[0])]
	}
	return unknown
}

// descriptionOfPerson reports whether a phrase describes one person ("a
// senior official", "the spokeswoman").
func descriptionOfPerson(p string) bool {
	w := strings.Fields(strings.ToLower(p))
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	switch w[0] {
	case "a", "an", "the", "one":
	default:
		return false
	}
	switch strings.Trim(w[len(w)-1], ".,") {
	case "official", "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "senator",
		"lawmaker", "candidate", "nominee", "governor", "president", "minister", "officer", "man", "woman",
		"source", "diplomat", "executive", "director", "chairman", "chairwoman", "leader", "analyst", "expert",
		"resident", "voter", "supporter", "witness", "lawyer", "attorney", "judge", "professor", "mayor":
		return true
	}
	return false
}
