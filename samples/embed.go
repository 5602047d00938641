// Package samples holds the sample news pages bundled with NewsBite, so
// that a demo archive can be built on a machine without network access.
package samples

import "embed"

// FS holds the sample pages and manifest.jsonl, which gives their URLs.
//
//go:embed *.html *.html.gz manifest.jsonl
var FS embed.FS
