// Package dedup recognises the same story published twice: exactly (a
// re-fetched page, a verbatim syndicated copy) by a hash of the normalised
// text, and nearly (a lightly edited or extended copy) by a MinHash sketch
// of the text's word shingles, looked up through locality-sensitive hashing
// bands so that a new article is compared with a handful of candidates
// rather than with the whole archive.
//
// Sketches are deterministic: the same text gives the same signature in
// every run and on every machine, so they can be stored and compared later.
package dedup

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"strings"
	"unicode"
)

// Parameters of the sketch. Changing any of them changes every signature,
// so stored sketches would have to be recomputed.
const (
	// ShingleWords is the number of consecutive words in a shingle.
	ShingleWords = 3
	// NumHashes is the length of a signature.
	NumHashes = 128
	// Bands and Rows split a signature for LSH: two texts become
	// candidates when all Rows values of at least one band agree. With
	// 32 bands of 4 rows a pair of Jaccard similarity 0.5 is a candidate
	// with probability 0.87, one of 0.6 with probability 0.98.
	Bands = 32
	Rows  = NumHashes / Bands
	// MinWords is the shortest text that gets a sketch: below it, a few
	// shared boilerplate sentences would make unrelated pages look alike,
	// so such texts are matched only exactly.
	MinWords = 25
)

// Threshold is the estimated Jaccard similarity of word shingles at or
// above which two texts are taken for the same story. It was chosen on the
// BBC pairs (see the dedup bench): lightly edited copies score 0.6 and
// above, separate reports of the same event 0.52 and below.
const Threshold = 0.56

// Words returns the normalised words of text: lower-cased runs of letters
// and digits, everything else a separator.
func Words(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	})
}

// ContentHash returns a hex SHA-256 of text's normalised words: texts that
// differ only in case, punctuation or spacing hash alike. It returns "" for
// a text without words.
func ContentHash(text string) string {
	return HashWords(Words(text))
}

// HashWords is ContentHash over already normalised words.
func HashWords(w []string) string {
	if len(w) == 0 {
		return ""
	}
	h := sha256.New()
	for i, s := range w {
		if i > 0 {
			h.Write([]byte{' '})
		}
		h.Write([]byte(s))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Signature is a MinHash sketch: for each of NumHashes hash functions, the
// least hash of any shingle of the text.
type Signature [NumHashes]uint32

// seeds holds one fixed seed per hash function.
var seeds = func() (s [NumHashes]uint64) {
	x := uint64(0x9e3779b97f4a7c15)
	for i := range s {
		x = splitmix(x)
		s[i] = x
	}
	return s
}()

// splitmix is the SplitMix64 finaliser: a cheap, well-mixed 64-bit hash
// of x.
func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// fnv64 hashes s with FNV-1a.
func fnv64(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 0x100000001b3
	}
	return h
}

// Sketch returns the MinHash signature of text's word shingles, and false
// when the text is shorter than MinWords words.
func Sketch(text string) (Signature, bool) {
	return SketchWords(Words(text))
}

// SketchWords is Sketch over already normalised words.
func SketchWords(words []string) (Signature, bool) {
	var sig Signature
	if len(words) < MinWords {
		return sig, false
	}
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	seen := make(map[uint64]struct{}, len(words))
	for i := 0; i+ShingleWords <= len(words); i++ {
		h := uint64(0xcbf29ce484222325)
		for _, w := range words[i : i+ShingleWords] {
			h = fnv64(h, w)
			h = fnv64(h, " ")
		}
		if _, dup := seen[h]; dup {
			continue
		}
		seen[h] = struct{}{}
		for j, s := range seeds {
			if v := uint32(splitmix(h^s) >> 32); v < sig[j] {
				sig[j] = v
			}
		}
	}
	return sig, true
}

// Similarity estimates the Jaccard similarity of the shingle sets behind s
// and o: the share of hash functions on which they agree.
func (s *Signature) Similarity(o *Signature) float64 {
	same := 0
	for i := range s {
		if s[i] == o[i] {
			same++
		}
	}
	return float64(same) / NumHashes
}

// BandKeys returns the LSH key of each band: a hash of the band's rows,
// salted with the band's index.
func (s *Signature) BandKeys() [Bands]int64 {
	var keys [Bands]int64
	for b := range keys {
		h := uint64(0xcbf29ce484222325) ^ uint64(b)
		for _, v := range s[b*Rows : (b+1)*Rows] {
			h = splitmix(h ^ uint64(v))
		}
		// SQLite integers are signed; keep the key positive-agnostic.
		keys[b] = int64(h)
	}
	return keys
}

// MarshalBinary encodes s in NumHashes*4 little-endian bytes.
func (s *Signature) MarshalBinary() ([]byte, error) {
	b := make([]byte, 4*NumHashes)
	for i, v := range s {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b, nil
}

// ErrBadSignature is returned when decoding bytes that are not a
// signature.
var ErrBadSignature = errors.New("dedup: malformed signature")

// UnmarshalBinary decodes what MarshalBinary encoded.
func (s *Signature) UnmarshalBinary(b []byte) error {
	if len(b) != 4*NumHashes {
		return ErrBadSignature
	}
	for i := range s {
		s[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return nil
}

// Index finds, among the signatures added to it, the one most similar to
// a query, through LSH bands. It is the in-memory form of what the store
// keeps in its tables; the zero value is not usable, call NewIndex.
type Index struct {
	sigs    map[int64]*Signature
	buckets [Bands]map[int64][]int64
}

// NewIndex returns an empty Index.
func NewIndex() *Index {
	ix := &Index{sigs: map[int64]*Signature{}}
	for b := range ix.buckets {
		ix.buckets[b] = map[int64][]int64{}
	}
	return ix
}

// Add records sig under id.
func (ix *Index) Add(id int64, sig Signature) {
	ix.sigs[id] = &sig
	for b, k := range sig.BandKeys() {
		ix.buckets[b][k] = append(ix.buckets[b][k], id)
	}
}

// Match returns the id of the most similar signature whose similarity to
// sig is at least threshold, that similarity, and whether there was one.
// Ties go to the lowest id, the one added first when ids grow.
func (ix *Index) Match(sig Signature, threshold float64) (int64, float64, bool) {
	best, bestSim, found := int64(0), 0.0, false
	tried := map[int64]bool{}
	for b, k := range sig.BandKeys() {
		for _, id := range ix.buckets[b][k] {
			if tried[id] {
				continue
			}
			tried[id] = true
			sim := sig.Similarity(ix.sigs[id])
			if sim < threshold {
				continue
			}
			if !found || sim > bestSim || (sim == bestSim && id < best) {
				best, bestSim, found = id, sim, true
			}
		}
	}
	return best, bestSim, found
}
