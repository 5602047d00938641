package serve

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/newsbite/newsbite/internal/ingest"
	"github.com/newsbite/newsbite/internal/store"
	"github.com/newsbite/newsbite/samples"
)

// BuildDemo makes an archive in dir from the sample pages built into
// NewsBite, without touching the network, and returns it open.
func BuildDemo(ctx context.Context, dir string) (*store.Store, ingest.Stats, error) {
	pagesDir := filepath.Join(dir, "samples")
	if err := os.MkdirAll(pagesDir, 0o755); err != nil {
		return nil, ingest.Stats{}, err
	}
	err := fs.WalkDir(samples.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := samples.FS.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(pagesDir, p), b, 0o644)
	})
	if err != nil {
		return nil, ingest.Stats{}, err
	}
	st, err := store.Open(ctx, filepath.Join(dir, "demo.db"))
	if err != nil {
		return nil, ingest.Stats{}, err
	}
	stats, err := ingest.Run(ctx, st, []string{pagesDir}, ingest.Options{})
	if err != nil {
		st.Close()
		return nil, stats, err
	}
	return st, stats, nil
}
