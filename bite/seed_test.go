package bite

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsbite/newsbite/internal/clip"
)

// TestSeedHeadlineAndSummary checks the bite of the clipped article kept
// beside the repository (it may not be copied into it): its headline
// names a terror attack in Nice that the story never mentions.
func TestSeedHeadlineAndSummary(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "shared", "seed", "clipped-article.txt"))
	if err != nil {
		t.Skip("seed not present:", err)
	}
	a := clip.Parse(b, "seed.txt")
	hc := CheckHeadline(a.Title, a.Text)
	if hc.Consistent {
		t.Errorf("seed headline judged consistent: %+v", hc)
	}
	if !slices.ContainsFunc(hc.Unsupported, func(s string) bool { return strings.Contains(s, "Nice terror attack") }) {
		t.Errorf("unsupported %q lacks the Nice terror attack", hc.Unsupported)
	}
	for _, u := range hc.Unsupported {
		for _, ok := range []string{"Obama", "Putin", "ISIS"} {
			if strings.Contains(u, ok) {
				t.Errorf("%q is in the story, yet unsupported", ok)
			}
		}
	}
	if hc.Score <= 0.3 {
		t.Errorf("score %.2f: the rest of the headline is borne out", hc.Score)
	}
	sum := Summarize(a, 3)
	if len(sum) != 3 {
		t.Fatalf("summary %q", sum)
	}
	joined := strings.Join(sum, " ")
	if !strings.Contains(joined, "John Kerry met Russia’s President Vladimir Putin") {
		t.Errorf("the summary misses the meeting the story is about: %q", sum)
	}
	for _, bad := range []string{"Shake on it", "GRAPHIC", "AFP", "Nice terror attack"} {
		if strings.Contains(joined, bad) {
			t.Errorf("summary holds %q", bad)
		}
	}
}
