package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/newsbite/newsbite/internal/dedup"
)

// The dedup verb: precision and recall of NewsBite's duplicate detection on
// the BBC News corpus, which holds the same story more than once.

func init() {
	register(verb{name: "dedup", run: runDedup,
		summary: "duplicate detection: precision/recall on the BBC pairs"})
}

// editedPairs are the lightly edited copies in the BBC corpus: pairs of
// files that are not byte-identical but carry the same story (a re-run
// with spacing, spelling or a few sentences changed, or a version
// extended with later paragraphs). They were found by exhaustive pairwise
// comparison of 3-word shingle sets within each topic, where they stand
// apart (Jaccard 0.55 and above) from the rest, and checked by reading a
// sample; politics/111 and politics/293 (a report and a version three times
// as long that contains it) were added by reading.
var editedPairs = [][2]string{
	{"business/209", "business/229"}, {"business/254", "business/447"}, {"business/260", "business/354"}, {"business/267", "business/365"}, {"business/286", "business/493"}, {"business/290", "business/438"},
	{"entertainment/051", "entertainment/069"}, {"entertainment/058", "entertainment/348"}, {"entertainment/062", "entertainment/370"}, {"entertainment/079", "entertainment/331"}, {"entertainment/102", "entertainment/341"}, {"entertainment/142", "entertainment/229"}, {"entertainment/179", "entertainment/216"},
	{"politics/004", "politics/330"}, {"politics/043", "politics/313"}, {"politics/067", "politics/390"}, {"politics/069", "politics/312"}, {"politics/077", "politics/354"}, {"politics/081", "politics/299"}, {"politics/082", "politics/383"}, {"politics/088", "politics/337"}, {"politics/110", "politics/367"}, {"politics/125", "politics/286"}, {"politics/196", "politics/297"}, {"politics/212", "politics/329"}, {"politics/226", "politics/265"}, {"politics/236", "politics/343"}, {"politics/311", "politics/312"}, {"politics/111", "politics/293"},
	{"sport/049", "sport/088"}, {"sport/112", "sport/121"}, {"sport/181", "sport/182"}, {"sport/289", "sport/406"}, {"sport/302", "sport/314"}, {"sport/312", "sport/416"}, {"sport/328", "sport/329"}, {"sport/332", "sport/344"}, {"sport/385", "sport/387"}, {"sport/424", "sport/511"}, {"sport/425", "sport/433"}, {"sport/427", "sport/509"}, {"sport/432", "sport/438"}, {"sport/444", "sport/458"}, {"sport/467", "sport/471"}, {"sport/469", "sport/470"}, {"sport/478", "sport/479"}, {"sport/489", "sport/490"},
	{"tech/007", "tech/060"}, {"tech/009", "tech/379"}, {"tech/019", "tech/329"}, {"tech/022", "tech/380"}, {"tech/032", "tech/335"}, {"tech/037", "tech/333"}, {"tech/043", "tech/326"}, {"tech/045", "tech/341"}, {"tech/048", "tech/342"}, {"tech/049", "tech/340"}, {"tech/061", "tech/321"}, {"tech/064", "tech/338"}, {"tech/095", "tech/311"}, {"tech/116", "tech/290"}, {"tech/127", "tech/172"}, {"tech/130", "tech/178"}, {"tech/146", "tech/158"}, {"tech/150", "tech/392"}, {"tech/153", "tech/185"}, {"tech/155", "tech/294"}, {"tech/212", "tech/225"}, {"tech/219", "tech/224"}, {"tech/234", "tech/389"}, {"tech/286", "tech/391"}, {"tech/287", "tech/372"},
}

// sameEventPairs are the hardest negatives: different reports of the same
// event or person (a follow-up, a rival write-up), sharing names, quotes
// and phrases but not the copy.
var sameEventPairs = [][2]string{
	{"business/138", "business/152"}, {"entertainment/007", "entertainment/013"}, {"entertainment/038", "entertainment/355"}, {"entertainment/143", "entertainment/159"}, {"entertainment/152", "entertainment/163"},
	{"politics/064", "politics/161"}, {"politics/175", "politics/349"}, {"politics/327", "politics/328"}, {"politics/335", "politics/338"}, {"politics/374", "politics/409"},
	{"sport/226", "sport/232"}, {"tech/018", "tech/190"}, {"tech/101", "tech/123"},
}

type bbcDoc struct {
	id    string // topic/NNN
	topic string
	raw   []byte
	text  string // the body, without the headline
	hash  string
	sig   dedup.Signature
	ok    bool // has a sketch
}

type pairKey [2]int

func mkPair(i, j int) pairKey {
	if i > j {
		i, j = j, i
	}
	return pairKey{i, j}
}

func runDedup(args []string) error {
	fs := flag.NewFlagSet("dedup", flag.ContinueOnError)
	data := fs.String("data", filepath.Join("..", "..", "shared", "bench"), "folder holding the bench data")
	if err := fs.Parse(args); err != nil {
		return err
	}
	dir := filepath.Join(*data, "summaries", "bbc", "articles")
	docs, err := loadBBC(dir)
	if err != nil {
		return err
	}
	index := map[string]int{}
	for i, d := range docs {
		index[d.id] = i
	}

	start := time.Now()
	for i := range docs {
		d := &docs[i]
		d.hash = dedup.ContentHash(d.text)
		d.sig, d.ok = dedup.Sketch(d.text)
	}
	sketchTime := time.Since(start)

	// Ground truth: byte-identical files, and the edited pairs.
	truth := map[pairKey]string{}
	byRaw := map[string][]int{}
	for i, d := range docs {
		byRaw[d.topic+"\x00"+string(d.raw)] = append(byRaw[d.topic+"\x00"+string(d.raw)], i)
	}
	for _, g := range byRaw {
		for a := range g {
			for b := a + 1; b < len(g); b++ {
				truth[mkPair(g[a], g[b])] = "exact"
			}
		}
	}
	for _, p := range editedPairs {
		i, ok1 := index[p[0]]
		j, ok2 := index[p[1]]
		if !ok1 || !ok2 {
			return fmt.Errorf("pair %v: file missing", p)
		}
		truth[mkPair(i, j)] = "edited"
	}
	hard := map[pairKey]bool{}
	for _, p := range sameEventPairs {
		hard[mkPair(index[p[0]], index[p[1]])] = true
	}
	nExact, nEdited := 0, 0
	for _, k := range truth {
		if k == "exact" {
			nExact++
		} else {
			nEdited++
		}
	}

	// Candidates through the LSH bands, as the store finds them.
	start = time.Now()
	buckets := map[[2]int64][]int{}
	for i, d := range docs {
		if !d.ok {
			continue
		}
		for b, k := range d.sig.BandKeys() {
			key := [2]int64{int64(b), k}
			buckets[key] = append(buckets[key], i)
		}
	}
	cand := map[pairKey]float64{}
	for _, g := range buckets {
		for a := range g {
			for b := a + 1; b < len(g); b++ {
				p := mkPair(g[a], g[b])
				if _, done := cand[p]; !done {
					cand[p] = docs[p[0]].sig.Similarity(&docs[p[1]].sig)
				}
			}
		}
	}
	lshTime := time.Since(start)
	hashPairs := map[pairKey]bool{}
	byHash := map[string][]int{}
	for i, d := range docs {
		if d.hash != "" {
			byHash[d.hash] = append(byHash[d.hash], i)
		}
	}
	for _, g := range byHash {
		for a := range g {
			for b := a + 1; b < len(g); b++ {
				hashPairs[mkPair(g[a], g[b])] = true
			}
		}
	}

	nPairs := 0
	for range docs {
		nPairs++
	}
	fmt.Printf("BBC News: %d articles in 5 topics; %d duplicate pairs (%d exact, %d edited), %d same-event negatives, every other pair negative\n",
		len(docs), len(truth), nExact, nEdited, len(sameEventPairs))
	fmt.Printf("sketching %.1f ms (%.0f µs/article), LSH candidates %d pairs in %.1f ms\n\n",
		ms(sketchTime), float64(sketchTime.Microseconds())/float64(len(docs)), len(cand), ms(lshTime))

	// Exact detection alone.
	tp, fp := 0, 0
	for p := range hashPairs {
		if truth[p] != "" {
			tp++
		} else {
			fp++
		}
	}
	exactTP := 0
	for p, k := range truth {
		if k == "exact" && hashPairs[p] {
			exactTP++
		}
	}
	fmt.Printf("content hash alone: %d pairs flagged, precision %.3f, recall of exact copies %.3f, of all duplicates %.3f\n\n",
		len(hashPairs), ratio(tp, tp+fp), ratio(exactTP, nExact), ratio(tp, len(truth)))

	fmt.Println("hash or MinHash ≥ threshold (pairs over the whole corpus)")
	fmt.Println("threshold  flagged  precision  recall  recall(edited)  F1     same-event flagged")
	for _, th := range []float64{0.4, 0.45, 0.5, 0.56, 0.6, 0.7, 0.8, 0.9} {
		flag := map[pairKey]bool{}
		for p := range hashPairs {
			flag[p] = true
		}
		for p, s := range cand {
			if s >= th {
				flag[p] = true
			}
		}
		tp, fp, ed, hardFP := 0, 0, 0, 0
		for p := range flag {
			switch truth[p] {
			case "":
				fp++
				if hard[p] {
					hardFP++
				}
			case "edited":
				ed++
				tp++
			default:
				tp++
			}
		}
		prec, rec := ratio(tp, tp+fp), ratio(tp, len(truth))
		mark := ""
		if th == dedup.Threshold {
			mark = "  <- dedup.Threshold"
		}
		fmt.Printf("%-9.2f  %7d  %9.3f  %6.3f  %14.3f  %.3f  %d of %d%s\n",
			th, len(flag), prec, rec, ratio(ed, nEdited), f1(prec, rec), hardFP, len(sameEventPairs), mark)
	}

	// What the store does: articles arrive one at a time and join the
	// story of the best earlier match.
	ix := dedup.NewIndex()
	seenHash := map[string]int{}
	joined, wrong := 0, 0
	var misses []string
	for i, d := range docs {
		match := -1
		if j, ok := seenHash[d.hash]; ok && d.hash != "" {
			match = j
		} else if d.ok {
			if j, _, ok := ix.Match(d.sig, dedup.Threshold); ok {
				match = int(j)
			}
		}
		if match >= 0 {
			joined++
			if truth[mkPair(i, match)] == "" {
				wrong++
				misses = append(misses, fmt.Sprintf("  wrongly joined %s to %s", d.id, docs[match].id))
			}
			continue
		}
		if d.hash != "" {
			seenHash[d.hash] = i
		}
		if d.ok {
			ix.Add(int64(i), d.sig)
		}
	}
	fmt.Printf("\nstreaming, as the store links stories: %d of %d articles joined an earlier story, %d wrongly\n", joined, len(docs), wrong)
	for p, k := range truth {
		s, isCand := cand[p]
		if k == "edited" && !hashPairs[p] && (!isCand || s < dedup.Threshold) {
			why := "below the threshold"
			if !isCand {
				s = docs[p[0]].sig.Similarity(&docs[p[1]].sig)
				why = "not an LSH candidate"
			}
			misses = append(misses, fmt.Sprintf("  missed edited pair %s %s (estimated similarity %.2f, %s)", docs[p[0]].id, docs[p[1]].id, s, why))
		}
	}
	sort.Strings(misses)
	for _, m := range misses {
		fmt.Println(m)
	}
	return nil
}

func loadBBC(dir string) ([]bbcDoc, error) {
	topics, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var docs []bbcDoc
	for _, t := range topics {
		if !t.IsDir() {
			continue
		}
		files, err := os.ReadDir(filepath.Join(dir, t.Name()))
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			if !strings.HasSuffix(f.Name(), ".txt") {
				continue
			}
			raw, err := os.ReadFile(filepath.Join(dir, t.Name(), f.Name()))
			if err != nil {
				return nil, err
			}
			body := raw
			if i := bytes.IndexByte(raw, '\n'); i >= 0 {
				body = raw[i+1:]
			}
			docs = append(docs, bbcDoc{
				id:    t.Name() + "/" + strings.TrimSuffix(f.Name(), ".txt"),
				topic: t.Name(),
				raw:   raw,
				text:  latin1(body),
			})
		}
	}
	return docs, nil
}

// latin1 decodes the corpus's ISO-8859-1 bytes.
func latin1(b []byte) string {
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return string(r)
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
