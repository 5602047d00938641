// Package decode turns the bytes of a web page into valid UTF-8.
//
// Pages arrive in every encoding the web has used, often mislabelled: a
// Content-Type saying ISO-8859-1 over UTF-8 bytes, a meta saying UTF-8 over
// windows-1252 ones, or no label at all over Shift_JIS. [ToUTF8] weighs the
// evidence in this order:
//
//  1. A byte order mark (UTF-8, UTF-16LE, UTF-16BE) settles the question,
//     as does, lacking one, the zero-byte pattern of UTF-16 markup.
//  2. The charset of the HTTP Content-Type header.
//  3. The page's own <meta charset> or <meta http-equiv="content-type">,
//     looked for in the first 64 KB (or an XML declaration).
//  4. Detection: UTF-8 if the bytes are UTF-8, else a statistical guess
//     among windows-1252, ISO-8859-2, windows-1250, windows-1254,
//     windows-1251, KOI8-R, ISO-8859-7, windows-1253, GB18030, Big5,
//     Shift_JIS, EUC-JP and EUC-KR.
//
// A declaration is checked against the bytes before it is believed. A
// legacy label on bytes that are well-formed UTF-8 with multi-byte
// sequences yields UTF-8; a UTF-8 label on bytes that are not UTF-8 yields
// to detection, windows-1252 by default; and a legacy label whose reading
// scores as mojibake while another encoding reads as text yields to that
// encoding. Pages that mix UTF-8 with windows-1252 bytes, as templates and
// databases in different encodings produce, keep their UTF-8 and have the
// stray bytes read as windows-1252.
//
// Labels are resolved through the WHATWG table (golang.org/x/text's
// htmlindex) plus a few common non-standard aliases, so "latin1" means
// windows-1252, "x-sjis" Shift_JIS and "gb2312" or "gbk" GB18030, their
// superset. The output is always valid UTF-8 with NUL bytes removed.
//
// Time is linear in the page: declarations are looked for and encodings
// detected on a sample of at most 64 KB, and the page is then decoded once.
package decode

import (
	"bytes"
	"errors"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
)

// ErrBinary is returned by ToUTF8 for input that is not text at all, as
// judged by LooksBinary.
var ErrBinary = errors.New("decode: binary data, not text")

// headSize bounds the part of a page searched for a declaration and
// sampled for detection.
const headSize = 64 << 10

// minScore is the detector score below which no candidate is believed and
// windows-1252 is used.
const minScore = 0.2

// ToUTF8 decodes page to UTF-8. contentType is the HTTP Content-Type
// header value, if any; only its charset parameter is used.
//
// charset is the canonical lower-case name (as in the WHATWG Encoding
// Standard) of the encoding the page was read as: "utf-8", "windows-1252",
// "shift_jis", "gb18030", "utf-16le" and so on. For a page mixing UTF-8
// and windows-1252 it names the one that accounts for most of the
// non-ASCII text.
//
// out is valid UTF-8 without NUL bytes. When page already is, out is page
// itself (minus any UTF-8 byte order mark), not a copy. The only error is
// ErrBinary, for images, archives and other binary data; out is then nil.
func ToUTF8(page []byte, contentType string) (out []byte, charset string, err error) {
	if LooksBinary(page) {
		return nil, "", ErrBinary
	}
	switch bomLen(page) {
	case 3:
		return clean(mixedUTF8(page[3:])), "utf-8", nil
	case 2:
		if page[0] == 0xff {
			return clean(decodeWith(page[2:], unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM))), "utf-16le", nil
		}
		return clean(decodeWith(page[2:], unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM))), "utf-16be", nil
	}
	head := page[:min(len(page), headSize)]
	switch utf16Order(head) {
	case utf16LE:
		return clean(decodeWith(page, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM))), "utf-16le", nil
	case utf16BE:
		return clean(decodeWith(page, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM))), "utf-16be", nil
	}

	d := newDecider(page)
	if d.noHigh && isISO2022JP(d.w) {
		return clean(decodeWith(page, japanese.ISO2022JP)), "iso-2022-jp", nil
	}
	// UTF-16 labels without a byte order mark or the zero-byte pattern
	// checked above do not describe the bytes, and are passed over.
	if e, name := lookup(charsetParam(contentType)); known(name) && !isUTF16(name) {
		out, charset = d.declared(e, name)
		return clean(out), charset, nil
	}
	if e, name := prescan(head); known(name) {
		out, charset = d.declared(e, name)
		return clean(out), charset, nil
	}
	out, charset = d.undeclared()
	return clean(out), charset, nil
}

func isUTF16(name string) bool { return name == "utf-16le" || name == "utf-16be" }

// decider holds what is known about a page while its encoding is chosen.
type decider struct {
	page   []byte
	w      []byte // detection window: up to headSize bytes from the first non-ASCII one
	noHigh bool   // page is all ASCII
	st     utf8Stats

	sample []byte // detectionSample of w, made on first use
	high   int
}

func newDecider(page []byte) *decider {
	d := &decider{page: page}
	i := -1
	for j, c := range page {
		if c >= utf8.RuneSelf {
			i = j
			break
		}
	}
	d.noHigh = i < 0
	start := 0
	if i > headSize/2 {
		// Non-ASCII text starts deep into the page (after a long head of
		// scripts, say): sample from there, at a word boundary.
		start = i - 512
		for start < i && page[start] >= minHighRun {
			start++
		}
	}
	end := min(len(page), start+headSize)
	d.w = page[start:end]
	d.st = scanUTF8(d.w, end < len(page))
	return d
}

func (d *decider) detectionSample() ([]byte, int) {
	if d.sample == nil {
		d.sample, d.high = detectionSample(d.w)
	}
	return d.sample, d.high
}

// undeclared decodes a page without a usable declaration, or declared
// UTF-8, whose bytes are checked the same way.
func (d *decider) undeclared() ([]byte, string) {
	if d.st.invalid == 0 || d.st.mostlyUTF8() {
		return mixedUTF8(d.page), "utf-8"
	}
	c, s := detect(d.detectionSample())
	if s < minScore || c.name == "windows-1252" {
		return d.windows1252()
	}
	return decodeWith(d.page, c.enc), c.name
}

// declared decodes a page whose header or meta names an encoding, unless
// the bytes say otherwise.
func (d *decider) declared(e encoding.Encoding, name string) ([]byte, string) {
	if name == "utf-8" {
		return d.undeclared()
	}
	if d.noHigh {
		return decodeWith(d.page, e), name
	}
	// A legacy label on UTF-8 text, the commonest mislabelling there is.
	// Multi-byte encodings need more than a pair or two of bytes that
	// happen to form UTF-8 before they are overruled.
	if _, singleByte := e.(*charmap.Charmap); d.st.mostlyUTF8() && (singleByte || d.st.multi >= 4) {
		return mixedUTF8(d.page), "utf-8"
	}
	// A label that reads as mojibake where another encoding reads as
	// text: windows-1251 bytes under the latin-1 server default, KOI8-R
	// under windows-1251, EUC-JP under Shift_JIS.
	sample, high := d.detectionSample()
	if own := scoreAs(sample, high, e, nil, profileOf(name)); own < 0.7 {
		if c, s := detect(sample, high); c.name != name && s >= minScore && s > own+0.5 {
			name, e = c.name, c.enc
		}
	}
	if name == "windows-1252" {
		return d.windows1252()
	}
	return decodeWith(d.page, e), name
}

// windows1252 decodes a page read as windows-1252 (which is also what the
// labels latin1 and iso-8859-1 mean). UTF-8 in it, as when a UTF-8
// template wraps latin-1 content, is kept if the sample shows some.
func (d *decider) windows1252() ([]byte, string) {
	switch {
	case d.st.evidence == 0:
		return decodeWith(d.page, charmap.Windows1252), "windows-1252"
	case d.st.evidence >= d.st.invalid:
		return mixedUTF8(d.page), "utf-8"
	}
	return mixedUTF8(d.page), "windows-1252"
}

// utf8Stats describes the non-ASCII bytes of a sample read as UTF-8.
type utf8Stats struct {
	multi    int // well-formed multi-byte sequences
	evidence int // of which those unlikely to be legacy bytes by chance
	invalid  int // bytes that are not part of one
}

// mostlyUTF8 reports a UTF-8 page with a few stray bytes.
func (s utf8Stats) mostlyUTF8() bool { return s.multi > 0 && s.invalid*8 <= s.multi }

// scanUTF8 counts the sequences of b. When b is a prefix cut from a longer
// page, an incomplete sequence at its end is not held against it.
//
// A sequence is evidence of UTF-8 in a Latin-script page when it decodes
// to the characters such pages have beyond ASCII: Latin-1 and Latin
// Extended letters, typographic punctuation, currency and letterlike
// symbols. Legacy bytes form other sequences by chance (ß followed by a
// curly quote, or a pair of GBK characters), but those decode to rarer
// blocks.
func scanUTF8(b []byte, truncated bool) (s utf8Stats) {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			if truncated && !utf8.FullRune(b[i:]) {
				break
			}
			s.invalid++
			i++
			continue
		}
		s.multi++
		if (0xa0 <= r && r < 0x250) || (0x2000 <= r && r < 0x2070) || (0x20a0 <= r && r < 0x2150) {
			s.evidence++
		}
		i += size
	}
	return s
}

// mixedUTF8 decodes b as UTF-8, reading any byte that is not part of a
// well-formed sequence as windows-1252. For a page in windows-1252 this is
// the windows-1252 decoding; for a UTF-8 page with stray latin-1 bytes it
// keeps both readable. A valid b is returned as is.
func mixedUTF8(b []byte) []byte {
	if utf8.Valid(b) {
		return b
	}
	out := make([]byte, 0, len(b)+len(b)/2)
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			out = append(out, c)
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			out = utf8.AppendRune(out, win1252[c])
			i++
			continue
		}
		out = append(out, b[i:i+size]...)
		i += size
	}
	return out
}

// decodeWith decodes b with e, falling back to mixedUTF8 should the
// decoder fail (the x/text decoders replace bad input rather than fail).
func decodeWith(b []byte, e encoding.Encoding) []byte {
	if e == nil {
		return mixedUTF8(b)
	}
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		return mixedUTF8(b)
	}
	return out
}

// clean removes NUL bytes and makes sure of valid UTF-8. It copies b
// rather than change it, as b may be the caller's page.
func clean(b []byte) []byte {
	if bytes.IndexByte(b, 0) >= 0 {
		b = bytes.ReplaceAll(b, []byte{0}, nil)
	}
	if !utf8.Valid(b) {
		b = bytes.ToValidUTF8(b, []byte("\uFFFD"))
	}
	return b
}

// isISO2022JP reports the escape sequences of ISO-2022-JP in ASCII-only
// bytes.
func isISO2022JP(b []byte) bool {
	for _, esc := range []string{"\x1b$B", "\x1b$@", "\x1b(J", "\x1b(I"} {
		if bytes.Contains(b, []byte(esc)) {
			return true
		}
	}
	return false
}
