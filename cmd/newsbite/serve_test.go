package main

import "testing"

func TestServeUsage(t *testing.T) {
	for _, args := range [][]string{
		{"serve", "extra"},
		{"serve", "--demo", "--db", "x.db"},
		{"serve", "--max-body", "0"},
		{"serve", "--nope"},
	} {
		if r := newsbite(t, "", args...); r.code != exitUsage {
			t.Errorf("%v: exit %d, want %d (%s)", args, r.code, exitUsage, r.stderr)
		}
	}
	if r := newsbite(t, "", "serve", "-h"); r.code != exitOK || r.stdout != serveHelp {
		t.Errorf("serve -h: exit %d", r.code)
	}
}
