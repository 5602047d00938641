package crawl

import (
	"testing"
)

func TestQueueLetsOtherHostsBy(t *testing.T) {
	q := newQueue(1)
	for _, tk := range []task{{url: "a1", host: "a"}, {url: "a2", host: "a"}, {url: "b1", host: "b"}} {
		q.push(tk)
	}
	first, _ := q.pop()
	second, _ := q.pop()
	if first.url != "a1" || second.url != "b1" {
		t.Fatalf("popped %q then %q, want a1 then b1 (a is busy)", first.url, second.url)
	}
	got := make(chan task)
	go func() {
		tk, _ := q.pop()
		got <- tk
	}()
	q.done(first)
	if tk := <-got; tk.url != "a2" {
		t.Fatalf("after a1 was done, popped %q, want a2", tk.url)
	}
	q.done(second)
	q.done(task{url: "a2", host: "a"})
	if tk, ok := q.pop(); ok {
		t.Errorf("pop on a finished queue = %q, true", tk.url)
	}
}

func TestQueueClose(t *testing.T) {
	q := newQueue(1)
	q.push(task{url: "a1", host: "a"})
	q.close()
	if _, ok := q.pop(); ok {
		t.Error("pop on a closed queue returned a task")
	}
	q.push(task{url: "a2", host: "a"})
	if len(q.items) != 1 {
		t.Errorf("push after close queued: %d items", len(q.items))
	}
}
