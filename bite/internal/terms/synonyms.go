package terms

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

//go:generate go run gen_wordnet.go

// synonymsGz holds the synonym sets of WordNet 3.0 (see WORDNET-LICENSE):
// one set per line, each word followed by the rank of the set among the
// word's senses.
//
//go:embed synonyms.txt.gz
var synonymsGz []byte

// sense is one synonym set a word belongs to, with the rank of that sense
// among the word's senses (1 = its commonest).
type sense struct {
	set, rank int
}

var synonyms struct {
	once   sync.Once
	senses map[string][]sense // by stem
	sets   [][]string         // stems of each set
}

func loadSynonyms() {
	synonyms.senses = make(map[string][]sense)
	zr, err := gzip.NewReader(bytes.NewReader(synonymsGz))
	if err != nil {
		return
	}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		fs := strings.Fields(line)
		set := len(synonyms.sets)
		var stems []string
		for i := 0; i+1 < len(fs); i += 2 {
			r, _ := strconv.Atoi(fs[i+1])
			s := Stem(fs[i])
			stems = append(stems, s)
			synonyms.senses[s] = append(synonyms.senses[s], sense{set, r})
		}
		synonyms.sets = append(synonyms.sets, stems)
	}
}

// Synonyms returns the stems of the words that share one of the first
// maxRank senses of the word with stem s ("boob" and "breast"), without s
// itself.
func Synonyms(s string, maxRank int) []string {
	synonyms.once.Do(loadSynonyms)
	var out []string
	for _, sn := range synonyms.senses[s] {
		if sn.rank > maxRank {
			continue
		}
		for _, o := range synonyms.sets[sn.set] {
			if o != s {
				out = append(out, o)
			}
		}
	}
	return out
}
