//go:build ignore

// gen_wordnet writes synonyms.txt.gz from WordNet 3.0 (Debian package
// wordnet-base): one line per synset of two or more one-word lemmas, each
// lemma followed by the rank of the synset among the lemma's senses
// (1 = its commonest sense). Run with `go generate` after installing
// wordnet-base.
package main

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

const dir = "/usr/share/wordnet"

func main() {
	out, err := os.Create("synonyms.txt.gz")
	if err != nil {
		log.Fatal(err)
	}
	zw, _ := gzip.NewWriterLevel(out, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	fmt.Fprintln(w, "# WordNet 3.0 synonym sets, Princeton University; see WORDNET-LICENSE.")
	n := 0
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		rank := readIndex(filepath.Join(dir, "index."+pos))
		eachEntry(filepath.Join(dir, "data."+pos), func(fs []string) {
			cnt, err := strconv.ParseInt(fs[3], 16, 32)
			if err != nil {
				log.Fatal(err)
			}
			seen := map[string]bool{}
			var parts []string
			for i := 0; i < int(cnt); i++ {
				lemma := strings.ToLower(fs[4+2*i])
				if k := strings.IndexByte(lemma, '('); k > 0 {
					lemma = lemma[:k]
				}
				if strings.ContainsAny(lemma, "_.'") || seen[lemma] {
					continue
				}
				seen[lemma] = true
				r := rank[lemma+" "+fs[0]]
				if r == 0 {
					continue
				}
				parts = append(parts, fmt.Sprintf("%s %d", lemma, r))
			}
			if len(parts) >= 2 {
				fmt.Fprintln(w, strings.Join(parts, " "))
				n++
			}
		})
	}
	w.Flush()
	zw.Close()
	out.Close()
	log.Printf("%d synsets", n)
}

// readIndex returns the sense rank of each lemma in each synset.
func readIndex(path string) map[string]int {
	m := map[string]int{}
	eachEntry(path, func(fs []string) {
		synsets, _ := strconv.Atoi(fs[2])
		ptrs, _ := strconv.Atoi(fs[3])
		offs := fs[4+ptrs+2:]
		if len(offs) != synsets {
			log.Fatalf("index line %q: %d offsets, want %d", fs[0], len(offs), synsets)
		}
		for i, o := range offs {
			m[fs[0]+" "+o] = i + 1
		}
	})
	return m
}

// eachEntry calls f with the fields of each line of a WordNet file that
// is not part of its licence header (those lines open with a space).
func eachEntry(path string, f func(fields []string)) {
	file, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if line := sc.Text(); !strings.HasPrefix(line, " ") {
			f(strings.Fields(line))
		}
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
}
