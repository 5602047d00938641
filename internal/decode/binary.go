package decode

import "bytes"

// binaryHead is how much of a page LooksBinary inspects.
const binaryHead = 8 << 10

// magics are the leading bytes of common non-text formats served where a
// page was expected.
var magics = [][]byte{
	[]byte("%PDF-"),
	[]byte("\x89PNG\r\n\x1a\n"),
	[]byte("GIF87a"),
	[]byte("GIF89a"),
	[]byte("\xff\xd8\xff"),             // JPEG
	[]byte("PK\x03\x04"),               // zip, docx, epub, jar
	[]byte("PK\x05\x06"),               // empty zip
	[]byte("PK\x07\x08"),               // spanned zip
	[]byte("\x1f\x8b"),                 // gzip
	[]byte("\xfd7zXZ\x00"),             // xz
	[]byte("7z\xbc\xaf\x27\x1c"),       // 7-zip
	[]byte("\x28\xb5\x2f\xfd"),         // zstd
	[]byte("\x04\x22\x4d\x18"),         // lz4
	[]byte("Rar!\x1a\x07"),             // rar
	[]byte("OggS\x00"),                 // ogg
	[]byte("fLaC"),                     // flac
	[]byte("\x1a\x45\xdf\xa3"),         // matroska, webm
	[]byte("II*\x00"),                  // tiff
	[]byte("MM\x00*"),                  // tiff
	[]byte("\x7fELF"),                  // executable
	[]byte("\xca\xfe\xba\xbe"),         // Mach-O fat, Java class
	[]byte("\x00asm"),                  // wasm
	[]byte("wOFF"),                     // woff
	[]byte("wOF2"),                     // woff2
	[]byte("\x00\x01\x00\x00\x00"),     // truetype
	[]byte("\x00\x00\x01\x00"),         // ico
	[]byte("SQLite format 3\x00"),      // sqlite
	[]byte("\xd0\xcf\x11\xe0\xa1\xb1"), // OLE: doc, xls, msi
}

// LooksBinary reports whether page is binary data rather than text: an
// image, a PDF, an archive or compressed stream, or anything whose first
// few kilobytes are thick with control bytes. Text in any encoding is not
// binary, including UTF-16 (with a byte order mark, or without one when its
// zero bytes show the usual UTF-16 pattern) and ISO-2022 with its escapes.
// An empty page is not binary.
func LooksBinary(page []byte) bool {
	if len(page) == 0 || bomLen(page) > 0 {
		return false
	}
	for _, m := range magics {
		if bytes.HasPrefix(page, m) {
			return true
		}
	}
	if len(page) >= 12 && string(page[:4]) == "RIFF" {
		switch string(page[8:12]) {
		case "WEBP", "WAVE", "AVI ":
			return true
		}
	}
	if len(page) >= 12 && string(page[4:8]) == "ftyp" { // mp4, mov, heif, avif
		return true
	}
	if len(page) >= 4 && string(page[:3]) == "BZh" && '1' <= page[3] && page[3] <= '9' {
		return true
	}
	head := page[:min(len(page), binaryHead)]
	if utf16Order(head) != noUTF16 {
		return false
	}
	ctrl := 0
	for _, c := range head {
		if c < 0x20 && !textControl(c) {
			ctrl++
		}
	}
	// Text has next to no control bytes; random or compressed data has
	// about one in ten. Two in a hundred is well clear of both, and a
	// handful in a short text is junk in a page, not a binary file.
	return ctrl > 3 && ctrl*50 > len(head)
}

// textControl reports whether the control byte c has a place in text:
// whitespace, and the escape and shift bytes of the ISO-2022 encodings.
func textControl(c byte) bool {
	switch c {
	case '\t', '\n', '\v', '\f', '\r', 0x0e, 0x0f, 0x1a, 0x1b:
		return true
	}
	return false
}

// bomLen returns the length of the byte order mark page starts with, or 0.
func bomLen(page []byte) int {
	switch {
	case bytes.HasPrefix(page, []byte("\xef\xbb\xbf")):
		return 3
	case bytes.HasPrefix(page, []byte("\xff\xfe")), bytes.HasPrefix(page, []byte("\xfe\xff")):
		return 2
	}
	return 0
}

const (
	noUTF16 = iota
	utf16LE
	utf16BE
)

// utf16Order recognises UTF-16 without a byte order mark by its zero bytes:
// markup and Latin text put a zero in every other byte, at odd offsets for
// little-endian and even offsets for big-endian, and hardly any at the
// other parity. The code units with a zero high byte must also be mostly
// printable, which keeps tables of small binary integers out.
func utf16Order(b []byte) int {
	n := len(b) &^ 1
	if n < 16 {
		return noUTF16
	}
	var zeroEven, zeroOdd, printEven, printOdd int
	for i := 0; i < n; i += 2 {
		lo, hi := b[i], b[i+1]
		if lo == 0 {
			zeroEven++
			if hi >= 0x20 || textControl(hi) {
				printOdd++
			}
		}
		if hi == 0 {
			zeroOdd++
			if lo >= 0x20 || textControl(lo) {
				printEven++
			}
		}
	}
	units := n / 2
	switch {
	case zeroOdd*10 >= units*4 && zeroEven*20 <= units && printEven*10 >= zeroOdd*9:
		return utf16LE
	case zeroEven*10 >= units*4 && zeroOdd*20 <= units && printOdd*10 >= zeroEven*9:
		return utf16BE
	}
	return noUTF16
}
