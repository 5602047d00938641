package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"sync"
)

// Model holds the weights of the tagger: for each feature key, one weight
// per label.
type Model struct {
	index map[uint64]int32
	w     []float32
}

const magic = "NBNER1\n"

// NewModel builds a model from per-feature weight rows (len NumLabels each).
func NewModel(rows map[uint64][]float32) *Model {
	m := &Model{index: make(map[uint64]int32, len(rows))}
	for k, r := range rows {
		m.index[k] = int32(len(m.w) / NumLabels)
		m.w = append(m.w, r...)
	}
	return m
}

// Size is the number of features in the model.
func (m *Model) Size() int { return len(m.index) }

// score adds the weights of the features to sc.
func (m *Model) score(feats []uint64, sc *[NumLabels]float32) {
	for _, f := range feats {
		if i, ok := m.index[f]; ok {
			row := m.w[int(i)*NumLabels : int(i)*NumLabels+NumLabels]
			for y := range sc {
				sc[y] += row[y]
			}
		}
	}
}

// Write stores the model: sorted keys as deltas, then for each feature a
// mask of its non-zero labels and their weights quantised to step.
func (m *Model) Write(w io.Writer, step float32) error {
	keys := make([]uint64, 0, len(m.index))
	for k := range m.index {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	put := func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], v)]) }
	bw.WriteString(magic)
	put(uint64(NumLabels))
	put(uint64(len(keys)))
	put(uint64(math.Float32bits(step)))
	var prev uint64
	for _, k := range keys {
		put(k - prev)
		prev = k
	}
	for _, k := range keys {
		i := m.index[k]
		row := m.w[int(i)*NumLabels : int(i)*NumLabels+NumLabels]
		var q [NumLabels]int64
		mask := uint64(0)
		for y, v := range row {
			q[y] = int64(math.Round(float64(v / step)))
			if q[y] != 0 {
				mask |= 1 << y
			}
		}
		put(mask)
		for y := range row {
			if q[y] != 0 {
				bw.Write(buf[:binary.PutVarint(buf[:], q[y])])
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Read loads a model written by Write.
func Read(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	br := bufio.NewReader(zr)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errors.New("ner: not a model file")
	}
	nl, err := binary.ReadUvarint(br)
	if err != nil || nl != NumLabels {
		return nil, fmt.Errorf("ner: model has %d labels, want %d", nl, NumLabels)
	}
	n, err := binary.ReadUvarint(br)
	if err != nil || n > 1<<24 {
		return nil, errors.New("ner: bad feature count")
	}
	sb, err := binary.ReadUvarint(br)
	if err != nil {
		return nil, err
	}
	step := math.Float32frombits(uint32(sb))
	keys := make([]uint64, n)
	var prev uint64
	for i := range keys {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, err
		}
		prev += d
		keys[i] = prev
	}
	m := &Model{index: make(map[uint64]int32, n), w: make([]float32, int(n)*NumLabels)}
	for i, k := range keys {
		mask, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, err
		}
		for y := 0; y < NumLabels; y++ {
			if mask&(1<<y) != 0 {
				q, err := binary.ReadVarint(br)
				if err != nil {
					return nil, err
				}
				m.w[i*NumLabels+y] = float32(q) * step
			}
		}
		m.index[k] = int32(i)
	}
	return m, nil
}

//go:generate go run ../nertrain -train ../../../../shared/bench/ner/conllpp_train.txt -out model.bin.gz

//go:embed model.bin.gz
var modelData []byte

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the model that ships with NewsBite.
func Default() (*Model, error) {
	defaultOnce.Do(func() {
		defaultModel, defaultErr = Read(bytes.NewReader(modelData))
	})
	return defaultModel, defaultErr
}

// Tag returns the label index of every token of every sentence of d,
// decoding each sentence with a small beam over the tag history.
func (m *Model) Tag(d *Doc) [][]int {
	out := make([][]int, len(d.Sents))
	var feats []uint64
	for si, s := range d.Sents {
		caps := allCaps(s)
		out[si] = m.tagSentence(d, si, s, caps, feats)
	}
	return out
}

// hyp is one hypothesis of the beam: its tags as a list from the last
// back, shared with the hypotheses it grew from, so that a step costs
// the same however long the sentence.
type hyp struct {
	last  *tagNode
	score float32
}

type tagNode struct {
	tag  int
	prev *tagNode
}

// tagAt returns the tag k steps back from the last, or 0 before the start.
func (h hyp) tagAt(k int) int {
	n := h.last
	for ; k > 0 && n != nil; k-- {
		n = n.prev
	}
	if n == nil {
		return 0
	}
	return n.tag
}

const beamWidth = 4

func (m *Model) tagSentence(d *Doc, si int, s []string, caps bool, feats []uint64) []int {
	beam := []hyp{{}}
	for i := range s {
		feats = d.Static(si, i, caps, feats[:0])
		var base [NumLabels]float32
		m.score(feats, &base)
		var next []hyp
		for _, h := range beam {
			t1, t2 := 0, 0
			if i > 0 {
				t1 = h.tagAt(0)
			}
			if i > 1 {
				t2 = h.tagAt(1)
			}
			sc := base
			dyn := Dynamic(s, i, t1, t2, nil)
			m.score(dyn, &sc)
			for y := 0; y < NumLabels; y++ {
				if !Allowed(t1, y) {
					continue
				}
				next = append(next, hyp{&tagNode{y, h.last}, h.score + sc[y]})
			}
		}
		sort.Slice(next, func(a, b int) bool { return next[a].score > next[b].score })
		if len(next) > beamWidth {
			next = next[:beamWidth]
		}
		beam = next
	}
	if len(beam) == 0 {
		return nil
	}
	tags := make([]int, len(s))
	n := beam[0].last
	for i := len(s) - 1; i >= 0 && n != nil; i-- {
		tags[i] = n.tag
		n = n.prev
	}
	return tags
}
