package article

import "testing"

func TestCountWords(t *testing.T) {
	cases := []struct {
		in   string
		want int
	}{
		{"The storm reached the coast.", 5},
		{"", 0},
		{"多国間連携に注力", 8},    // Japanese: each character
		{"京大iPS細胞研究所", 8},  // seven characters and one Latin word
		{"박준석 기자 외 1명", 4}, // Korean is spaced
		{"Sophie Binet, à Matignon, le 12 juillet 2023.", 8},
	}
	for _, c := range cases {
		if got := CountWords(c.in); got != c.want {
			t.Errorf("CountWords(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}
