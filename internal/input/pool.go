package input

import (
	"context"
	"sync"
)

// Ordered calls work for each index 0..n-1 on up to workers goroutines and
// hands each result to emit in index order, as soon as it and every result
// before it are ready; emit runs on the calling goroutine, and Ordered
// returns after the last emit.
//
// Work runs at most a few results ahead of the one emit waits for, so a
// slow input or a slow consumer does not pile up results in memory. Every
// index is worked on even after ctx ends: work gets the ended context and
// is expected to return a failure quickly, so each input still has a
// result.
func Ordered[T any](ctx context.Context, n, workers int, work func(ctx context.Context, i int) T, emit func(i int, v T)) {
	if n <= 0 {
		return
	}
	workers = min(max(workers, 1), n)
	type result struct {
		i int
		v T
	}
	jobs := make(chan int)
	results := make(chan result, workers)
	// A token per index started and not yet emitted bounds how far work
	// runs ahead of emit.
	ahead := make(chan struct{}, 4*workers)
	go func() {
		defer close(jobs)
		for i := range n {
			ahead <- struct{}{}
			jobs <- i
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range jobs {
				results <- result{i, work(ctx, i)}
			}
		})
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	pending := make(map[int]T)
	next := 0
	for r := range results {
		pending[r.i] = r.v
		for {
			v, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			emit(next, v)
			next++
			<-ahead
		}
	}
}
