package decode

import (
	"bytes"
	"errors"
	"math/rand"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// Sample texts, one per legacy encoding, written to need that encoding:
// each uses characters outside ASCII that the encoding has and its
// neighbours lack or place elsewhere.
var samples = []struct {
	name    string // canonical charset ToUTF8 should report
	label   string // label used when declaring it
	enc     encoding.Encoding
	text    string
	similar string // an encoding detection may equally pick, as it decodes text the same
}{
	{
		name: "windows-1252", label: "windows-1252", enc: charmap.Windows1252,
		text: "« Le café coûte 3,50 € », dit l’économiste à Zürich. “Très cher”, répond-elle — c’est déjà l’été. " +
			"Die Straße war naïv gebaut; señor, ¿qué tal? L’œuvre de Molière est étudiée à l’école.",
	},
	{
		name: "iso-8859-2", label: "iso-8859-2", enc: charmap.ISO8859_2,
		text: "Zażółć gęślą jaźń. Pchnąć w tę łódź jeża lub ośm skrzyń fig. Właściwie wszyscy już wiedzą, że " +
			"Ślązacy mówią inaczej. Příliš žluťoučký kůň úpěl ďábelské ódy; Šťastný Žďár.",
	},
	{
		name: "iso-8859-7", label: "iso-8859-7", enc: charmap.ISO8859_7,
		text: "Η Ελλάδα είναι μια χώρα στη νοτιοανατολική Ευρώπη. Η πρωτεύουσα της χώρας είναι η Αθήνα, " +
			"η οποία είναι και η μεγαλύτερη πόλη. Ο Άρειος Πάγος είναι το ανώτατο δικαστήριο.",
		similar: "windows-1253",
	},
	{
		name: "shift_jis", label: "shift_jis", enc: japanese.ShiftJIS,
		text: "日本の首都は東京です。今日は天気がとても良いので、公園を散歩しました。" +
			"新しい技術の開発について、政府は来年度の予算を発表した。「ニュース」を読むのが好きです。",
	},
	{
		name: "euc-jp", label: "euc-jp", enc: japanese.EUCJP,
		text: "日本の首都は東京です。今日は天気がとても良いので、公園を散歩しました。" +
			"新しい技術の開発について、政府は来年度の予算を発表した。「ニュース」を読むのが好きです。",
	},
	{
		name: "gb18030", label: "gbk", enc: simplifiedchinese.GBK,
		text: "中华人民共和国是世界上人口最多的国家之一。今天的天气非常好，我们一起去公园散步吧。" +
			"经济发展和社会进步是政府工作的重点，记者从有关部门了解到这个消息。",
	},
	{
		name: "gb18030", label: "gb18030", enc: simplifiedchinese.GB18030,
		text: "欧元的符号是€，德语有ß这个字母，日本有𠮷野家。今天的天气非常好，我们一起去公园散步吧。" +
			"经济发展和社会进步是政府工作的重点，记者从有关部门了解到这个消息。",
	},
	{
		name: "big5", label: "big5", enc: traditionalchinese.Big5,
		text: "台灣是一個美麗的島嶼，人口約兩千三百萬。今天的天氣非常好，我們一起去公園散步吧。" +
			"經濟發展與社會進步是政府工作的重點，記者從有關部門了解到這個消息。",
	},
	{
		name: "euc-kr", label: "euc-kr", enc: korean.EUCKR,
		text: "대한민국은 동아시아에 위치한 민주공화국이다. 오늘은 날씨가 매우 좋아서 공원에서 산책을 했습니다. " +
			"정부는 내년도 예산안을 발표했다고 기자가 전했다.",
	},
	{
		name: "koi8-r", label: "koi8-r", enc: charmap.KOI8R,
		text: "Москва является столицей России, крупнейшим по численности населения городом страны. " +
			"Сегодня хорошая погода, и мы пошли гулять в парк. Правительство объявило о новом бюджете.",
	},
	{
		name: "windows-1251", label: "windows-1251", enc: charmap.Windows1251,
		text: "Москва — столица России, крупнейший по численности населения город страны. " +
			"Сегодня хорошая погода, и мы пошли гулять в парк. «Правительство» объявило о новом бюджете.",
	},
}

func encode(t testing.TB, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encoding %q: %v", s, err)
	}
	return b
}

func page(head, text string) string {
	return "<!DOCTYPE html>\n<html><head>" + head + "<title>Test</title></head>\n<body><article><p>" +
		text + "</p></article></body></html>\n"
}

func mustDecode(t *testing.T, b []byte, ct string) ([]byte, string) {
	t.Helper()
	out, cs, err := ToUTF8(b, ct)
	if err != nil {
		t.Fatalf("ToUTF8: %v", err)
	}
	if !utf8.Valid(out) {
		t.Fatalf("output is not valid UTF-8: %q", out)
	}
	return out, cs
}

func TestSamplesEncodable(t *testing.T) {
	for _, s := range samples {
		b := encode(t, s.enc, s.text)
		if utf8.Valid(b) {
			t.Errorf("%s sample encodes to valid UTF-8, which tests nothing", s.name)
		}
	}
}

func TestDeclaredInHeader(t *testing.T) {
	for _, s := range samples {
		want := page("", s.text)
		b := encode(t, s.enc, want)
		out, cs := mustDecode(t, b, "text/html; charset="+s.label)
		if string(out) != want {
			t.Errorf("%s via header: got %q", s.label, out)
		}
		if cs != s.name {
			t.Errorf("%s via header: charset %q, want %q", s.label, cs, s.name)
		}
	}
}

func TestDeclaredInMeta(t *testing.T) {
	for _, s := range samples {
		for _, meta := range []string{
			`<meta charset="` + s.label + `">`,
			`<meta http-equiv="Content-Type" content="text/html; charset=` + strings.ToUpper(s.label) + `">`,
			`<meta content='text/html;charset=` + s.label + `' http-equiv=content-type />`,
		} {
			want := page(meta, s.text)
			out, cs := mustDecode(t, encode(t, s.enc, want), "")
			if string(out) != want {
				t.Errorf("%s: got %q", meta, out)
			}
			if cs != s.name {
				t.Errorf("%s: charset %q, want %q", meta, cs, s.name)
			}
		}
	}
}

func TestDetected(t *testing.T) {
	for _, s := range samples {
		want := page("", s.text)
		out, cs := mustDecode(t, encode(t, s.enc, want), "text/html")
		if string(out) != want {
			t.Errorf("%s undeclared: got charset %s and %q", s.name, cs, out)
		}
		if cs != s.name && cs != s.similar {
			t.Errorf("%s undeclared: detected %q", s.name, cs)
		}
	}
}

// TestDetectedShort checks detection on a single sentence, the least a
// title or a snippet gives it.
func TestDetectedShort(t *testing.T) {
	for _, s := range samples {
		text, _, _ := strings.Cut(s.text, ". ")
		if i := strings.Index(text, "。"); i > 0 {
			text = text[:i+len("。")]
		}
		want := page("", text)
		out, cs := mustDecode(t, encode(t, s.enc, want), "")
		if string(out) != want {
			t.Errorf("%s, short %q undeclared: got charset %s and %q", s.name, text, cs, out)
		}
	}
}

// TestDetectedDeepInPage puts the text after 100 KB of ASCII markup, past
// the part of the page a declaration is looked for in.
func TestDetectedDeepInPage(t *testing.T) {
	filler := "<script>" + strings.Repeat("var x = 1; // padding\n", 5000) + "</script>"
	for _, s := range samples {
		want := page(filler, s.text)
		out, cs := mustDecode(t, encode(t, s.enc, want), "")
		if string(out) != want {
			t.Errorf("%s deep in page: got charset %s", s.name, cs)
		}
	}
}

func TestUTF16WithBOM(t *testing.T) {
	text := page(`<meta charset="utf-16">`, "Hello, мир! 日本語のテキスト — “quoted” ✓ 𝄞")
	for _, c := range []struct {
		name string
		enc  encoding.Encoding
	}{
		{"utf-16le", unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)},
		{"utf-16be", unicode.UTF16(unicode.BigEndian, unicode.UseBOM)},
	} {
		b := encode(t, c.enc, text)
		if LooksBinary(b) {
			t.Errorf("%s with BOM looks binary", c.name)
		}
		for _, ct := range []string{"", "text/html; charset=utf-16", "text/html; charset=utf-8"} {
			out, cs := mustDecode(t, b, ct)
			if string(out) != text || cs != c.name {
				t.Errorf("%s, header %q: got %s %q", c.name, ct, cs, out)
			}
		}
	}
}

func TestUTF16WithoutBOM(t *testing.T) {
	text := page("", "Plain Latin text with a few accents: café, naïve, Zürich.")
	for _, c := range []struct {
		name string
		enc  encoding.Encoding
	}{
		{"utf-16le", unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)},
		{"utf-16be", unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)},
	} {
		b := encode(t, c.enc, text)
		if LooksBinary(b) {
			t.Errorf("%s without BOM looks binary", c.name)
		}
		out, cs := mustDecode(t, b, "")
		if string(out) != text || cs != c.name {
			t.Errorf("%s without BOM: got %s %q", c.name, cs, out)
		}
	}
}

// A UTF-16 label on bytes that are plainly not UTF-16 is ignored.
func TestUTF16LabelOnASCII(t *testing.T) {
	text := page(`<meta charset="utf-16">`, "Just ASCII, and a café.")
	out, cs := mustDecode(t, []byte(text), "text/html; charset=UTF-16")
	if string(out) != text || cs != "utf-8" {
		t.Errorf("got %s %q", cs, out)
	}
}

func TestBOMBeatsHeaderAndMeta(t *testing.T) {
	text := page(`<meta charset="windows-1251">`, "Ceci est du UTF-8 : café, “guillemets”, €.")
	b := append([]byte("\xef\xbb\xbf"), text...)
	out, cs := mustDecode(t, b, "text/html; charset=windows-1251")
	if string(out) != text || cs != "utf-8" {
		t.Errorf("got %s %q", cs, out)
	}
}

func TestHeaderBeatsMeta(t *testing.T) {
	// The meta names the wrong Cyrillic encoding; the header the right one.
	text := page(`<meta charset="koi8-r">`, samples[10].text)
	b := encode(t, charmap.Windows1251, text)
	out, cs := mustDecode(t, b, "text/html; charset=windows-1251")
	if string(out) != text || cs != "windows-1251" {
		t.Errorf("got %s %q", cs, out)
	}

	// Both readings are plausible Latin text; the header decides.
	text = page(`<meta charset="windows-1250">`, "Zażółć gęślą jaźń, Świętość.")
	b = encode(t, charmap.ISO8859_2, text)
	out, cs = mustDecode(t, b, "text/html; charset=iso-8859-2")
	if string(out) != text || cs != "iso-8859-2" {
		t.Errorf("got %s %q", cs, out)
	}
}

func TestMetaAfterLongHead(t *testing.T) {
	// The meta comes after 10 KB of style, past the standard's 1024 bytes.
	head := "<style>" + strings.Repeat(".a { color: red; }\n", 500) + "</style><meta charset=euc-kr>"
	text := page(head, "한국")
	out, cs := mustDecode(t, encode(t, korean.EUCKR, text), "")
	if string(out) != text || cs != "euc-kr" {
		t.Errorf("got %s %q", cs, out)
	}
}

func TestMetaInCommentIgnored(t *testing.T) {
	text := page(`<!-- <meta charset="koi8-r"> -->`, "Grüße aus Köln, Straße für Straße.")
	out, cs := mustDecode(t, encode(t, charmap.Windows1252, text), "")
	if string(out) != text || cs != "windows-1252" {
		t.Errorf("got %s %q", cs, out)
	}
}

func TestXMLDeclaration(t *testing.T) {
	text := `<?xml version="1.0" encoding="ISO-8859-2"?>` + "\n" + page("", "Łódź, Wrocław.")
	out, cs := mustDecode(t, encode(t, charmap.ISO8859_2, text), "")
	if string(out) != text || cs != "iso-8859-2" {
		t.Errorf("got %s %q", cs, out)
	}
}

// The commonest mislabelling: a latin-1 label on a UTF-8 page.
func TestLatin1LabelOnUTF8(t *testing.T) {
	text := page(`<meta charset="iso-8859-1">`, "Der Bürgermeister sagte: „Wir schaffen das“ – 5 €.")
	for _, ct := range []string{"", "text/html; charset=ISO-8859-1", "text/html; charset=latin1"} {
		out, cs := mustDecode(t, []byte(text), ct)
		if string(out) != text || cs != "utf-8" {
			t.Errorf("header %q: got %s %q", ct, cs, out)
		}
	}
	// Also with a legacy CJK label over UTF-8 Chinese.
	text = page(`<meta charset="gb2312">`, samples[5].text)
	out, cs := mustDecode(t, []byte(text), "")
	if string(out) != text || cs != "utf-8" {
		t.Errorf("gb2312 label on UTF-8: got %s %q", cs, out)
	}
}

// The other common one: a UTF-8 label on legacy bytes.
func TestUTF8LabelOnLegacy(t *testing.T) {
	for _, s := range samples {
		want := page(`<meta charset="utf-8">`, s.text)
		b := encode(t, s.enc, want)
		out, cs := mustDecode(t, b, "")
		if string(out) != want {
			t.Errorf("utf-8 label on %s: got %s %q", s.name, cs, out)
		}
		out, _ = mustDecode(t, b, "text/html; charset=UTF-8")
		if string(out) != want {
			t.Errorf("utf-8 header on %s: got %q", s.name, out)
		}
	}
}

// A legacy label over bytes in another legacy encoding gives way when its
// reading is mojibake and the other reads as text.
func TestWrongLegacyLabel(t *testing.T) {
	for _, c := range []struct {
		label string
		s     int
	}{
		{"iso-8859-1", 10}, // windows-1251 Russian under the old server default
		{"iso-8859-1", 5},  // GBK Chinese likewise
		{"shift_jis", 4},   // EUC-JP labelled Shift_JIS
		{"windows-1251", 9},
	} {
		s := samples[c.s]
		want := page("", s.text)
		out, cs := mustDecode(t, encode(t, s.enc, want), "text/html; charset="+c.label)
		if string(out) != want {
			t.Errorf("%s labelled %s: got %s %q", s.name, c.label, cs, out)
		}
	}
}

// A UTF-8 page with a few windows-1252 bytes pasted in keeps its UTF-8 and
// reads the stray bytes as windows-1252.
func TestMixedUTF8AndWindows1252(t *testing.T) {
	utf := "Crème brûlée, “quotes”, naïve, Straße, 東京. "
	b := []byte(page(`<meta charset="utf-8">`, strings.Repeat(utf, 5)+"caf\xe9 \x93ok\x94"))
	want := page(`<meta charset="utf-8">`, strings.Repeat(utf, 5)+"café “ok”")
	out, cs := mustDecode(t, b, "")
	if string(out) != want || cs != "utf-8" {
		t.Errorf("got %s %q", cs, out)
	}
	// Mostly windows-1252 with a little UTF-8, under a latin-1 label.
	b = []byte(page("", strings.Repeat("caf\xe9 cr\xe8me, ", 10)+"naïve"))
	want = page("", strings.Repeat("café crème, ", 10)+"naïve")
	out, cs = mustDecode(t, b, "text/html; charset=iso-8859-1")
	if string(out) != want || cs != "windows-1252" {
		t.Errorf("got %s %q", cs, out)
	}
}

func TestISO2022JP(t *testing.T) {
	text := page("", samples[3].text)
	b := encode(t, japanese.ISO2022JP, text)
	out, cs := mustDecode(t, b, "")
	if string(out) != text || cs != "iso-2022-jp" {
		t.Errorf("got %s %q", cs, out)
	}
}

func TestAliases(t *testing.T) {
	for label, want := range map[string]string{
		"latin1":         "windows-1252",
		"ISO-8859-1":     "windows-1252",
		"us-ascii":       "windows-1252",
		"x-sjis":         "shift_jis",
		"Windows-31J":    "shift_jis",
		"gb2312":         "gb18030",
		"GBK":            "gb18030",
		"cp936":          "gb18030",
		"ks_c_5601-1987": "euc-kr",
		"UTF8":           "utf-8",
		"utf8mb4":        "utf-8",
		`"utf-8"`:        "utf-8",
		"big5-hkscs":     "big5",
		"iso_8859-2":     "iso-8859-2",
		"koi8_r":         "koi8-r",
		"cp1251":         "windows-1251",
		"iso-8859-9":     "windows-1254",
		"hz-gb-2312":     "",
		"iso-2022-kr":    "",
		"no-such-thing":  "",
	} {
		if _, got := lookup(label); got != want {
			t.Errorf("lookup(%q) = %q, want %q", label, got, want)
		}
	}
	// And through ToUTF8, where an unknown label is as good as none.
	b := encode(t, japanese.ShiftJIS, page("", samples[3].text))
	if _, cs := mustDecode(t, b, "text/html; charset=x-sjis"); cs != "shift_jis" {
		t.Errorf("x-sjis header: charset %q", cs)
	}
	if _, cs := mustDecode(t, b, "text/html; charset=bogus"); cs != "shift_jis" {
		t.Errorf("bogus header: charset %q", cs)
	}
}

func TestCharsetParam(t *testing.T) {
	for in, want := range map[string]string{
		"text/html; charset=UTF-8":          "UTF-8",
		"text/html;charset=utf-8;":          "utf-8",
		`text/html; charset="Shift_JIS"`:    "Shift_JIS",
		"text/html; Charset = 'koi8-r' ":    "koi8-r",
		"charset=gbk":                       "gbk",
		"text/html":                         "",
		"":                                  "",
		"text/html; charset=":               "",
		"text/html; xcharset; charset=big5": "big5",
		"\xa1ChArset":                       "",
		"text/html; İ charset=Big5":         "Big5",
	} {
		if got := charsetParam(in); got != want {
			t.Errorf("charsetParam(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestASCIIAndEmpty(t *testing.T) {
	out, cs := mustDecode(t, nil, "")
	if len(out) != 0 || cs != "utf-8" {
		t.Errorf("empty: %s %q", cs, out)
	}
	text := []byte(page("", "plain"))
	out, cs = mustDecode(t, text, "")
	if !bytes.Equal(out, text) || cs != "utf-8" {
		t.Errorf("ascii: %s %q", cs, out)
	}
	out, cs = mustDecode(t, text, "text/html; charset=koi8-r")
	if !bytes.Equal(out, text) || cs != "koi8-r" {
		t.Errorf("ascii with label: %s %q", cs, out)
	}
}

func TestValidUTF8ReturnedAsIs(t *testing.T) {
	text := []byte(page("", "déjà vu"))
	out, _ := mustDecode(t, text, "")
	if &out[0] != &text[0] {
		t.Error("valid UTF-8 was copied")
	}
	out, _ = mustDecode(t, append([]byte("\xef\xbb\xbf"), text...), "")
	if !bytes.Equal(out, text) {
		t.Errorf("BOM not stripped: %q", out)
	}
}

func TestNULRemoved(t *testing.T) {
	in := []byte("<p>a\x00b\x00c caf\xe9</p>")
	orig := bytes.Clone(in)
	out, _ := mustDecode(t, in, "")
	if string(out) != "<p>abc café</p>" {
		t.Errorf("got %q", out)
	}
	if !bytes.Equal(in, orig) {
		t.Error("input modified")
	}
	out, _ = mustDecode(t, []byte("x\x00y"), "text/html; charset=shift_jis")
	if string(out) != "xy" {
		t.Errorf("got %q", out)
	}
}

// Whatever the bytes and the label, the output is valid UTF-8.
func TestInvalidBytesNeverInvalidOutput(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	labels := []string{"", "utf-8", "windows-1252", "shift_jis", "euc-jp", "gb18030", "big5", "euc-kr",
		"koi8-r", "utf-16le", "utf-16be", "iso-2022-jp", "x-user-defined", "iso-8859-7"}
	for i := 0; i < 300; i++ {
		n := rng.Intn(400)
		b := make([]byte, n)
		for j := range b {
			// Mostly high bytes and ASCII letters, few controls, so that
			// most inputs are taken as text.
			switch rng.Intn(4) {
			case 0:
				b[j] = byte('a' + rng.Intn(26))
			case 1:
				b[j] = ' '
			default:
				b[j] = byte(0x80 + rng.Intn(0x80))
			}
		}
		for _, l := range labels {
			out, _, err := ToUTF8(b, "text/html; charset="+l)
			if err != nil {
				continue
			}
			if !utf8.Valid(out) || bytes.IndexByte(out, 0) >= 0 {
				t.Fatalf("label %q, input %q: invalid output %q", l, b, out)
			}
		}
	}
}

func TestLooksBinary(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	random := make([]byte, 4096)
	rng.Read(random)
	binary := map[string][]byte{
		"png":    []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
		"pdf":    []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"),
		"gzip":   []byte("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03"),
		"zip":    []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00"),
		"jpeg":   []byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00"),
		"gif":    []byte("GIF89a\x01\x00\x01\x00"),
		"webp":   []byte("RIFF\x24\x00\x00\x00WEBPVP8 "),
		"mp4":    []byte("\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00"),
		"random": random,
		"zeros":  make([]byte, 100),
	}
	for name, b := range binary {
		if !LooksBinary(b) {
			t.Errorf("%s: not binary", name)
		}
		if _, _, err := ToUTF8(b, "text/html"); !errors.Is(err, ErrBinary) {
			t.Errorf("%s: ToUTF8 error %v", name, err)
		}
	}
	text := map[string][]byte{
		"empty":     nil,
		"html":      []byte(page("", "hello")),
		"gbk":       encode(t, simplifiedchinese.GBK, samples[5].text),
		"sjis":      encode(t, japanese.ShiftJIS, samples[3].text),
		"koi8":      encode(t, charmap.KOI8R, samples[9].text),
		"utf16":     encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), samples[3].text),
		"iso2022jp": encode(t, japanese.ISO2022JP, samples[3].text),
		"few NULs":  []byte(page("", strings.Repeat("text ", 100)+"\x00\x00")),
		"starts PK": []byte("PKWARE is a company."),
	}
	for name, b := range text {
		if LooksBinary(b) {
			t.Errorf("%s: looks binary", name)
		}
	}
}

// TestLargeInputLinear decodes 50 MB pages of the awkward kinds (undeclared
// legacy text, mixed UTF-8) and checks it takes the time of a few passes,
// not of detection over the whole page.
func TestLargeInputLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	const size = 50 << 20
	for _, s := range []int{5, 0} {
		unit := encode(t, samples[s].enc, samples[s].text+"\n")
		big := bytes.Repeat(unit, size/len(unit)+1)
		start := time.Now()
		out, cs, err := ToUTF8(big, "")
		elapsed := time.Since(start)
		if err != nil || cs != samples[s].name || !utf8.Valid(out) {
			t.Fatalf("%s: %v %s", samples[s].name, err, cs)
		}
		t.Logf("%s: %d MB in %v", samples[s].name, len(big)>>20, elapsed)
		if elapsed > 20*time.Second {
			t.Errorf("%s: %v for 50 MB", samples[s].name, elapsed)
		}
	}
}

// FuzzToUTF8 checks that no input panics or yields invalid UTF-8 or NULs.
func FuzzToUTF8(f *testing.F) {
	for _, s := range samples {
		b, _ := s.enc.NewEncoder().Bytes([]byte(page("", s.text)))
		f.Add(b, "")
		f.Add(b, "text/html; charset="+s.label)
	}
	f.Add([]byte("\xef\xbb\xbf<p>bom</p>"), "")
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"), "text/html; charset=utf-8")
	f.Add([]byte("<meta charset=\"shift_jis\"><p>\x82\xa0"), "")
	f.Fuzz(func(t *testing.T, page []byte, contentType string) {
		out, cs, err := ToUTF8(page, contentType)
		if err != nil {
			if !errors.Is(err, ErrBinary) || out != nil {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if !utf8.Valid(out) {
			t.Fatalf("invalid UTF-8 output %q", out)
		}
		if bytes.IndexByte(out, 0) >= 0 {
			t.Fatalf("NUL in output %q", out)
		}
		if cs == "" {
			t.Fatal("empty charset")
		}
	})
}

func BenchmarkToUTF8(b *testing.B) {
	for _, c := range []struct {
		name string
		page []byte
		ct   string
	}{
		{"utf-8", []byte(page(`<meta charset="utf-8">`, samples[9].text)), ""},
		{"declared-koi8-r", encode(b, charmap.KOI8R, page("", samples[9].text)), "text/html; charset=koi8-r"},
		{"detected-gbk", encode(b, simplifiedchinese.GBK, page("", samples[5].text)), ""},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.page)))
			for b.Loop() {
				ToUTF8(c.page, c.ct)
			}
		})
	}
}
