// Command newsbite turns news pages into clean articles.
//
// Each verb lives in its own file; main only dispatches, prints errors and
// decides the exit status: 0 when all went well, 1 when some input failed,
// 2 for a usage error.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
)

// Exit statuses.
const (
	exitOK     = 0
	exitFailed = 1
	exitUsage  = 2
)

// env is what a command may touch of the outside world.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// command is one verb of newsbite.
type command struct {
	name    string
	summary string
	// help is the full help text, shown by "newsbite help NAME" and -h.
	help string
	run  func(ctx context.Context, e *env, args []string) error
}

// commands lists the verbs in the order the help shows them.
var commands = []*command{extractCmd, biteCmd, crawlCmd, ingestCmd, serveCmd}

const mainHelp = `newsbite turns news pages into clean articles: title, byline, date and
the body text with its structure, without menus, ads or comments.

Usage:
  newsbite COMMAND [flags] [arguments]

Commands:
%s
Run 'newsbite help COMMAND' or 'newsbite COMMAND -h' for a command's flags.

Exit status: 0 on success, 1 when some input failed, 2 for a usage error.
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := runContext(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run runs newsbite with args (without the program name) and returns its
// exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runContext(context.Background(), args, stdin, stdout, stderr)
}

func runContext(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		printHelp(stderr)
		return exitUsage
	}
	switch args[0] {
	case "help", "-h", "-help", "--help":
		if len(args) > 1 && args[0] == "help" {
			c := find(args[1])
			if c == nil {
				fmt.Fprintf(stderr, "newsbite: unknown command %q\nRun 'newsbite help' for the list of commands.\n", args[1])
				return exitUsage
			}
			fmt.Fprint(stdout, c.help)
			return exitOK
		}
		printHelp(stdout)
		return exitOK
	}
	c := find(args[0])
	if c == nil {
		fmt.Fprintf(stderr, "newsbite: unknown command %q\nRun 'newsbite help' for the list of commands.\n", args[0])
		return exitUsage
	}
	err := c.run(ctx, e, args[1:])
	var ue *usageError
	var fe *failedError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprint(stdout, c.help)
		return exitOK
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "newsbite %s: %s\nRun 'newsbite %s -h' for usage.\n", c.name, ue.msg, c.name)
		return exitUsage
	case errors.As(err, &fe):
		fmt.Fprintf(stderr, "newsbite %s: %v\n", c.name, fe)
		return exitFailed
	default:
		fmt.Fprintf(stderr, "newsbite %s: %v\n", c.name, err)
		return exitFailed
	}
}

func find(name string) *command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	return nil
}

func printHelp(w io.Writer) {
	var list strings.Builder
	for _, c := range commands {
		fmt.Fprintf(&list, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, mainHelp, list.String())
}

// usageError is a command line that cannot be run as given.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...)}
}

// failedError reports that some inputs failed; each was already reported
// on its own.
type failedError struct{ failed, total int }

func (e *failedError) Error() string {
	return fmt.Sprintf("%d of %d inputs failed", e.failed, e.total)
}

// parseFlags parses args with fs, allowing flags after the positional
// arguments ("newsbite extract a.html --format text"), and returns the
// positional ones. "--" ends the flags. Errors are usage errors, except
// flag.ErrHelp for -h.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, usagef("%v", err)
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}
