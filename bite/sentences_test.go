package bite

import (
	"reflect"
	"testing"
)

func texts(ss []Sentence) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s.Text
	}
	return out
}

func TestSplit(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "The vote passed. Markets rose! Why now? Nobody knows.",
			[]string{"The vote passed.", "Markets rose!", "Why now?", "Nobody knows."}},
		{"titles", "Mr. Smith met Dr. Jones in St. Louis. They talked.",
			[]string{"Mr. Smith met Dr. Jones in St. Louis.", "They talked."}},
		{"lost space", "He worked as a chief physician.Police arrested a man. See example.com and the U.S.Army.",
			[]string{"He worked as a chief physician.", "Police arrested a man.", "See example.com and the U.S.Army."}},
		{"titles without stops", "Mr Kirby said so. Mrs May agreed.",
			[]string{"Mr Kirby said so.", "Mrs May agreed."}},
		{"initials", "The book by J. K. Rowling sold well. George W. Bush read it.",
			[]string{"The book by J. K. Rowling sold well.", "George W. Bush read it."}},
		{"dotted acronym inside", "The U.S. Army left at 5 p.m. on Friday.",
			[]string{"The U.S. Army left at 5 p.m. on Friday."}},
		{"dotted acronym at the end", "He moved to the U.S. He never came back.",
			[]string{"He moved to the U.S.", "He never came back."}},
		{"months", "It opened on Jan. 5 in Paris. Sales began in Sept. and slowed.",
			[]string{"It opened on Jan. 5 in Paris.", "Sales began in Sept. and slowed."}},
		{"decimals and money", "Shares fell 3.5% to $12.75 a share. Profit was 1.2bn.",
			[]string{"Shares fell 3.5% to $12.75 a share.", "Profit was 1.2bn."}},
		{"ellipsis inside", "He paused... then spoke. Wait… Then silence.",
			[]string{"He paused... then spoke.", "Wait…", "Then silence."}},
		{"straight quotes", `"We will win." She smiled. "Will we?" he asked.`,
			[]string{`"We will win."`, "She smiled.", `"Will we?" he asked.`}},
		{"curly quotes across ends", "“I would like to note our effort,” he said. “My last talk convinced me.” Then he left.",
			[]string{"“I would like to note our effort,” he said.", "“My last talk convinced me.”", "Then he left."}},
		{"question in quote", "“Why?” he asked. “Because.”",
			[]string{"“Why?” he asked.", "“Because.”"}},
		{"brackets", "It rose (as expected.) Then it fell.",
			[]string{"It rose (as expected.)", "Then it fell."}},
		{"company", "Apple Inc. said on Monday it grew. Acme Inc. The firm denied it.",
			[]string{"Apple Inc. said on Monday it grew.", "Acme Inc.", "The firm denied it."}},
		{"number abbreviation", "He was ranked No. 1 in the world. No. He was not.",
			[]string{"He was ranked No. 1 in the world.", "No.", "He was not."}},
		{"urls and domains", "Visit example.com for more. It is free.",
			[]string{"Visit example.com for more.", "It is free."}},
		{"spanish", "¿Dónde está? ¡Aquí! La Sra. García llegó.",
			[]string{"¿Dónde está?", "¡Aquí!", "La Sra. García llegó."}},
		{"german", "Er kam z.B. am Montag. Dann ging er.",
			[]string{"Er kam z.B. am Montag.", "Dann ging er."}},
		{"french guillemets", "Il a dit « non. » Puis il est parti.",
			[]string{"Il a dit « non. »", "Puis il est parti."}},
		{"chinese", "他来了。她走了！为什么？",
			[]string{"他来了。", "她走了！", "为什么？"}},
		{"lines", "First item\nSecond item. Still second.",
			[]string{"First item", "Second item.", "Still second."}},
		{"no stop", "A headline without a stop", []string{"A headline without a stop"}},
	}
	for _, c := range cases {
		got := texts(Split(c.in))
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

func TestSplitOffsetsAndParagraphs(t *testing.T) {
	text := "One. Two.\n\nThree here.\n\n\n  Four?  "
	ss := Split(text)
	if len(ss) != 4 {
		t.Fatalf("got %d sentences: %q", len(ss), texts(ss))
	}
	wantPara := []int{0, 0, 1, 2}
	for i, s := range ss {
		if text[s.Start:s.End] != s.Text {
			t.Errorf("sentence %d: offsets %d:%d give %q, not %q", i, s.Start, s.End, text[s.Start:s.End], s.Text)
		}
		if s.Para != wantPara[i] {
			t.Errorf("sentence %d (%q): para %d, want %d", i, s.Text, s.Para, wantPara[i])
		}
	}
	if len(Split("")) != 0 || len(Split("\n\n \n")) != 0 {
		t.Error("empty text gives sentences")
	}
}

func FuzzSplit(f *testing.F) {
	f.Add("Mr. Smith went to Washington. He said “Hi.” Then… nothing! U.S. troops at 5 p.m. J. K. Rowling")
	f.Add("他来了。她走了！\n\n¿Qué? « Non. » Fin")
	f.Fuzz(func(t *testing.T, s string) {
		prevEnd := 0
		for _, sent := range Split(s) {
			if sent.Start < prevEnd || sent.End > len(s) || sent.Start >= sent.End || s[sent.Start:sent.End] != sent.Text {
				t.Fatalf("bad sentence %+v in %q", sent, s)
			}
			prevEnd = sent.End
		}
	})
}
