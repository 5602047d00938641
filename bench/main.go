// Command bench measures NewsBite against other Go extractors on the
// development sets kept beside the repository.
//
// Usage:
//
//	go run . VERB [flags]
//
// Each benchmark is a verb in its own file; run `go run . help` for the list.
// Verbs that measure time and memory re-run this binary as a child per
// system (a hidden worker verb), so each system's CPU time and peak memory
// are its own.
package main

import (
	"fmt"
	"os"
	"sort"
)

// verb is one benchmark (or a hidden helper of one).
type verb struct {
	name    string
	summary string
	hidden  bool
	run     func(args []string) error
}

var verbs = map[string]verb{}

// register adds a verb; each benchmark file registers its own in init.
func register(v verb) {
	if _, dup := verbs[v.name]; dup {
		panic("bench: verb registered twice: " + v.name)
	}
	verbs[v.name] = v
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: go run . VERB [flags]\n\nverbs:")
	var names []string
	for n, v := range verbs {
		if !v.hidden {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(os.Stderr, "  %-10s %s\n", n, verbs[n].summary)
	}
	fmt.Fprintln(os.Stderr, "\nrun `go run . VERB -h` for a verb's flags")
}

func main() {
	if len(os.Args) < 2 {
		usage()
		os.Exit(2)
	}
	name := os.Args[1]
	if name == "help" || name == "-h" || name == "--help" {
		usage()
		return
	}
	v, ok := verbs[name]
	if !ok {
		fmt.Fprintf(os.Stderr, "bench: unknown verb %q\n\n", name)
		usage()
		os.Exit(2)
	}
	if err := v.run(os.Args[2:]); err != nil {
		fmt.Fprintf(os.Stderr, "bench %s: %v\n", name, err)
		os.Exit(1)
	}
}
