package decode

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// The detector decodes a sample of the page with each candidate encoding
// and scores how much the result looks like text in the scripts that
// encoding exists for. The score is a sum over the non-ASCII characters,
// divided by the number of non-ASCII bytes so that single- and multi-byte
// candidates compare: about 1 for plausible text, 0 or below for mojibake.
//
// What counts:
//   - replacement characters (the candidate could not decode the bytes),
//     C1 controls and private-use characters are heavily penalised;
//   - letters of the candidate's script score, more for the frequent ones
//     (the most common Han characters and Hangul syllables, the common
//     Cyrillic and Greek letters, hiragana for Japanese);
//   - shapes that real text does not have are penalised: symbols inside
//     words, capitals after small letters, accented letters in long runs
//     with no plain letter (Cyrillic read as Latin-1), Cyrillic or Greek
//     letters glued to ASCII ones, kana in a Chinese reading, Han without
//     kana in a Japanese one, Hanja outnumbering Hangul in a Korean one.
//
// Ties go to the earlier candidate, so windows-1252 wins when nothing
// tells the Latin encodings apart.

// profile names the writing system a candidate encoding is for.
type profile uint8

const (
	profOther profile = iota
	profLatin
	profGreek
	profCyrillic
	profJapanese
	profChinese
	profKorean
)

type candidate struct {
	name string
	enc  encoding.Encoding
	prof profile
	sb   *[256]rune // single-byte table, nil for multi-byte encodings
}

var candidates = []*candidate{
	{name: "windows-1252", enc: charmap.Windows1252, prof: profLatin},
	{name: "iso-8859-2", enc: charmap.ISO8859_2, prof: profLatin},
	{name: "windows-1250", enc: charmap.Windows1250, prof: profLatin},
	{name: "windows-1254", enc: charmap.Windows1254, prof: profLatin},
	{name: "windows-1251", enc: charmap.Windows1251, prof: profCyrillic},
	{name: "koi8-r", enc: charmap.KOI8R, prof: profCyrillic},
	{name: "iso-8859-7", enc: charmap.ISO8859_7, prof: profGreek},
	{name: "windows-1253", enc: charmap.Windows1253, prof: profGreek},
	{name: "gb18030", enc: simplifiedchinese.GB18030, prof: profChinese},
	{name: "big5", enc: traditionalchinese.Big5, prof: profChinese},
	{name: "shift_jis", enc: japanese.ShiftJIS, prof: profJapanese},
	{name: "euc-jp", enc: japanese.EUCJP, prof: profJapanese},
	{name: "euc-kr", enc: korean.EUCKR, prof: profKorean},
}

// win1252 is the windows-1252 table, used to decode the bytes of a mostly
// UTF-8 page that are not UTF-8.
var win1252 = singleByteTable(charmap.Windows1252)

func init() {
	for _, c := range candidates {
		if cm, ok := c.enc.(*charmap.Charmap); ok {
			c.sb = singleByteTable(cm)
		}
	}
}

func singleByteTable(cm *charmap.Charmap) *[256]rune {
	var t [256]rune
	for i := range t {
		t[i] = cm.DecodeByte(byte(i))
	}
	return &t
}

// profileOf returns the profile for a canonical encoding name, so that a
// declared encoding can be scored like the candidates.
func profileOf(name string) profile {
	for _, c := range candidates {
		if c.name == name {
			return c.prof
		}
	}
	switch name {
	case "iso-8859-3", "iso-8859-4", "iso-8859-10", "iso-8859-13", "iso-8859-14",
		"iso-8859-15", "iso-8859-16", "windows-1257", "windows-1258", "macintosh":
		return profLatin
	case "iso-8859-5", "koi8-u", "ibm866", "x-mac-cyrillic":
		return profCyrillic
	case "iso-2022-jp":
		return profJapanese
	}
	return profOther
}

const (
	maxSample  = 4 << 10 // bytes of the detection sample
	minHighRun = 0x40    // bytes below this never continue a multi-byte character
)

// detectionSample gathers, from w, the words that hold non-ASCII bytes,
// each followed by one space, up to maxSample bytes, and counts their
// non-ASCII bytes. A "word" runs between bytes below 0x40 (space,
// punctuation, digits, markup), which are never the second byte of a
// character in the legacy CJK encodings, so cutting there keeps every
// candidate in step; and it keeps the plain letters around accented ones,
// which the Latin scoring looks at.
func detectionSample(w []byte) (sample []byte, high int) {
	sample = make([]byte, 0, min(len(w), maxSample)+1)
	start, hasHigh := 0, false
	for i := 0; i <= len(w); i++ {
		if i < len(w) && w[i] >= minHighRun {
			if w[i] >= 0x80 {
				hasHigh = true
			}
			continue
		}
		if hasHigh {
			word := w[start:i]
			if len(sample)+len(word)+1 > maxSample {
				break
			}
			for _, c := range word {
				if c >= 0x80 {
					high++
				}
			}
			sample = append(sample, word...)
			sample = append(sample, ' ')
		}
		start, hasHigh = i+1, false
	}
	return sample, high
}

// detect returns the best-scoring candidate for the sample and its score.
func detect(sample []byte, high int) (*candidate, float64) {
	var best *candidate
	bestScore := 0.0
	for _, c := range candidates {
		s := scoreAs(sample, high, c.enc, c.sb, c.prof)
		if best == nil || s > bestScore+1e-9 {
			best, bestScore = c, s
		}
	}
	return best, bestScore
}

// scoreAs decodes sample with enc (or its single-byte table) and scores it.
func scoreAs(sample []byte, high int, enc encoding.Encoding, sb *[256]rune, prof profile) float64 {
	if high == 0 {
		return 0
	}
	var rs []rune
	if sb != nil {
		rs = make([]rune, len(sample))
		for i, c := range sample {
			rs[i] = sb[c]
		}
	} else {
		out, err := enc.NewDecoder().Bytes(sample)
		if err != nil {
			return -3
		}
		rs = []rune(string(out))
	}
	return score(rs, prof) / float64(high)
}

// score sums the plausibility of the non-ASCII runes in rs read as text of
// the given profile.
func score(rs []rune, prof profile) float64 {
	var s float64
	var kana, han, hangul, run int
	for i, r := range rs {
		if r < 0x80 {
			run = 0
			continue
		}
		prev, next := rune(' '), rune(' ')
		if i > 0 {
			prev = rs[i-1]
		}
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		if r == utf8.RuneError || r < 0xa0 || (0xe000 <= r && r <= 0xf8ff) || r == 0xfffe || r == 0xffff {
			s -= 3
			continue
		}
		switch prof {
		case profLatin:
			s += latinRune(r, prev, next)
		case profGreek:
			s += alphabetRune(r, prev, next, isGreek, greekFreq)
		case profCyrillic:
			s += alphabetRune(r, prev, next, isCyrillic, cyrillicFreq)
		case profJapanese, profChinese, profKorean:
			s += cjkRune(r, prof, &kana, &han, &hangul)
			if isHan(r) || (0xac00 <= r && r <= 0xd7a3) {
				run++
				// Korean puts spaces between words of a few syllables;
				// long unbroken runs are Chinese read as Korean.
				if prof == profKorean && run > 8 {
					s--
				}
			} else {
				run = 0
			}
		default:
			s += otherRune(r, prev, next)
		}
	}
	switch prof {
	case profJapanese:
		// Japanese prose is a third or more kana; Han alone is Chinese
		// read through a Japanese table.
		if han+kana >= 8 && kana*10 < han+kana {
			s -= 1.2 * float64(han)
		}
	case profKorean:
		// Modern Korean is Hangul with the odd Hanja; a reading with as
		// much Han as Hangul is Chinese bytes.
		if han*2 > hangul {
			s -= 1.5 * float64(han-hangul/2)
		}
	}
	return s
}

func isASCIILetter(r rune) bool { return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' }

// isLetter is unicode.IsLetter with fast paths for the scripts the
// detector reads most.
func isLetter(r rune) bool {
	switch {
	case r < 0x80:
		return isASCIILetter(r)
	case r < 0x100:
		return unicode.IsLetter(r) // a table lookup in this range
	case r < 0x250:
		return true
	case isGreek(r), isCyrillic(r), isHan(r), 0xac00 <= r && r <= 0xd7a3, 0x3041 <= r && r <= 0x30ff && r != 0x30a0 && r != 0x30fb:
		return true
	}
	return unicode.IsLetter(r)
}

// isGreek and isCyrillic report the letters of the Greek and Cyrillic
// blocks (not their signs and numerals).
func isGreek(r rune) bool {
	return 0x386 <= r && r <= 0x3ff && r != 0x387 && r != 0x3f6 && r != 0x38b && r != 0x38d && r != 0x3a2
}

func isCyrillic(r rune) bool { return 0x400 <= r && r <= 0x52f && (r < 0x482 || r > 0x489) }

// isUpper, isLower and toLower are their unicode namesakes with fast paths
// for basic Cyrillic and Greek.
func isUpper(r rune) bool {
	switch {
	case r < 0x100:
		return unicode.IsUpper(r)
	case 0x400 <= r && r < 0x430, 0x391 <= r && r <= 0x3ab, r == 0x386, 0x388 <= r && r <= 0x38f:
		return true
	case 0x430 <= r && r < 0x460, 0x3ac <= r && r <= 0x3ce, r >= 0x3000:
		return false
	}
	return unicode.IsUpper(r)
}

func isLower(r rune) bool {
	switch {
	case r < 0x100:
		return unicode.IsLower(r)
	case 0x430 <= r && r < 0x460, 0x3ac <= r && r <= 0x3ce:
		return true
	case 0x400 <= r && r < 0x430, 0x391 <= r && r <= 0x3ab, r == 0x386, 0x388 <= r && r <= 0x38f, r >= 0x3000:
		return false
	}
	return unicode.IsLower(r)
}

func toLower(r rune) rune {
	switch {
	case 0x410 <= r && r < 0x430, 0x391 <= r && r <= 0x3ab:
		return r + 0x20
	case 0x400 <= r && r < 0x410:
		return r + 0x50
	case 0x430 <= r && r < 0x460, 0x3ac <= r && r <= 0x3ce:
		return r
	}
	return unicode.ToLower(r)
}

// isLatinLetter reports letters of the Latin script beyond ASCII.
func isLatinLetter(r rune) bool {
	return (0xc0 <= r && r <= 0x24f && r != 0xd7 && r != 0xf7) ||
		(0x1e00 <= r && r <= 0x1eff) || r == 0xaa || r == 0xba
}

// latinRune scores r in a reading as a Latin-script language.
func latinRune(r, prev, next rune) float64 {
	if isLatinLetter(r) {
		w := 1.0
		switch r {
		case 'ð', 'Ð', 'þ', 'Þ', 'ª', 'º', 'ƒ', 'ĸ', 'ŉ', 'ŀ', 'Ŀ', 'ħ', 'Ħ', 'ŧ', 'Ŧ', 'ŋ', 'Ŋ':
			w = 0.2
		case 'ŕ', 'Ŕ', 'ĺ', 'Ĺ', 'ţ', 'Ţ', 'đ', 'Đ', 'Ĳ', 'ĳ':
			w = 0.5
		}
		pl, nl := isLetter(prev), isLetter(next)
		switch {
		case isASCIILetter(prev) || isASCIILetter(next):
			// The usual shape: accents among plain letters.
		case pl && nl:
			w = -1 // a third accented letter in a row
		case pl || nl:
			w *= 0.3
		}
		if isUpper(r) && isLower(prev) {
			w -= 1.5
		}
		switch r {
		case 'ì', 'ò', 'ù', 'Ì', 'Ò', 'Ù':
			// Italian puts grave accents on final vowels only; one inside a
			// word is more likely ě, ň or ů read through windows-1252.
			if nl {
				w -= 0.7
			}
		}
		return w
	}
	if isLetter(r) {
		return -1 // µ and letters of other scripts
	}
	return punctRune(r, prev, next)
}

// alphabetRune scores r in a reading as Greek or Cyrillic text. Letters
// weigh by how common they are: Greek read through a Cyrillic table (and
// the reverse) lands on the rarer letters.
func alphabetRune(r, prev, next rune, inScript func(rune) bool, freq *letterFreq) float64 {
	if !isLetter(r) {
		return punctRune(r, prev, next)
	}
	if !inScript(r) {
		return -1
	}
	lower := toLower(r)
	w := freq.weight(lower)
	if r != lower && isLetter(prev) {
		w *= 0.5 // capitals are rarer than small letters past a word's start
	}
	if isUpper(r) && isLower(prev) {
		w -= 1.5
	}
	if isASCIILetter(prev) || isASCIILetter(next) {
		w -= 2 // mixed-script word: é read as й, and the like
	}
	// Greek writes sigma as ς at the end of a word and σ elsewhere; the
	// other way round is Cyrillic read as Greek (т as ς, у as σ).
	switch {
	case r == 'ς' && isLetter(next):
		w -= 1.5
	case r == 'σ' && isLetter(prev) && !isLetter(next):
		w -= 1
	}
	return w
}

// letterFreq weighs the small letters of a script by frequency: 1.3 for
// the most frequent, 0.5 for the rarest, 1 for the rest.
type letterFreq struct {
	base rune
	w    [256]float32 // by rune-base; 0 means 1
}

func newLetterFreq(base rune, common, rare string) *letterFreq {
	f := &letterFreq{base: base}
	for _, r := range common {
		f.w[r-base] = 1.3
	}
	for _, r := range rare {
		f.w[r-base] = 0.5
	}
	return f
}

func (f *letterFreq) weight(r rune) float64 {
	if i := r - f.base; 0 <= i && i < 256 && f.w[i] != 0 {
		return float64(f.w[i])
	}
	return 1
}

var (
	cyrillicFreq = newLetterFreq(0x400, "оеаинтсрвл", "фъэщцюжшхё")
	greekFreq    = newLetterFreq(0x370, "αοιετσνηυρπκμλςάέίόή", "ζξψϊΐϋΰ")
)

// punctRune scores a non-letter in an alphabetic reading.
func punctRune(r, prev, next rune) float64 {
	pl, nl := isLetter(prev), isLetter(next)
	switch {
	case 0x2500 <= r && r <= 0x259f:
		return -1 // box drawing: KOI8-R read where it is not
	case r == '’' || r == '·':
		return 0.5 // apostrophe inside words, Catalan l·l
	case pl && nl:
		return -1.5 // symbol inside a word
	}
	switch r {
	case '\u00a0', '«', '»', '“', '”', '‘', '„', '‚', '–', '—', '…', '•', '€', '£', '©', '®', '™', '°', '§', '№':
		return 0.5
	case '¿', '¡':
		if !pl {
			return 0.5
		}
		return -1.5
	}
	if pl || nl {
		return -1
	}
	return -0.3
}

// otherRune scores r for a declared encoding the detector has no profile
// for: letters of any script count, symbols inside words do not.
func otherRune(r, prev, next rune) float64 {
	if isLetter(r) || unicode.Is(unicode.Mn, r) {
		return 1
	}
	return punctRune(r, prev, next)
}

// cjkRune scores r in a Japanese, Chinese or Korean reading. Characters
// take two bytes, so the weights are about twice the alphabetic ones.
func cjkRune(r rune, prof profile, kana, han, hangul *int) float64 {
	switch {
	case isHan(r):
		*han++
		if topHan[r] {
			return 2
		}
		return 0.6
	case 0x3041 <= r && r <= 0x309f: // hiragana
		*kana++
		if prof == profJapanese {
			return 2
		}
		return -0.5
	case 0x30a0 <= r && r <= 0x30ff: // katakana
		*kana++
		if prof == profJapanese {
			return 1.6
		}
		return -0.5
	case 0xff61 <= r && r <= 0xff9f: // half-width katakana, a byte each
		if prof == profJapanese {
			return -0.5
		}
		return -1
	case 0xac00 <= r && r <= 0xd7a3: // Hangul syllables
		*hangul++
		if prof != profKorean {
			return -1
		}
		switch {
		case topHangul[r]:
			return 2
		case ksHangul()[r]:
			return 1.2
		}
		return 0.2
	case 0x3000 <= r && r <= 0x303f: // CJK punctuation
		return 2
	case 0xff01 <= r && r <= 0xff60, 0xffe0 <= r && r <= 0xffe6: // full-width forms
		return 1.5
	case 0x3100 <= r && r <= 0x312f: // bopomofo
		return -0.5
	}
	switch r {
	case '※', '○', '●', '◎', '◇', '◆', '□', '■', '△', '▲', '▽', '▼', '★', '☆', '→', '←', '↑', '↓', '・', '…', '“', '”', '‘', '’', '—', '·':
		return 0.5
	}
	if isLatinLetter(r) {
		return -1
	}
	return -0.5
}

func isHan(r rune) bool {
	return (0x4e00 <= r && r <= 0x9fff) || (0x3400 <= r && r <= 0x4dbf) ||
		(0xf900 <= r && r <= 0xfaff) || (0x20000 <= r && r <= 0x2ffff)
}
