package health

import (
	"context"
	"runtime/debug"
	"sync"
	"time"
)

// ReleaseMemory hands memory the app no longer uses back to the system: Go's
// free heap at once (the runtime would otherwise return it over minutes),
// and on Linux the C heap's free pages. Mesa keeps GL textures in the C
// heap, and glibc seldom returns the pages of freed ones by itself, so a
// kiosk's resident memory would stay at the peak of its busiest minute.
func ReleaseMemory() {
	debug.FreeOSMemory()
	trimCHeap()
}

// StartMemoryRelease calls ReleaseMemory every interval until ctx ends or
// stop is called. A full collection costs a few ms: once a minute is noise.
func StartMemoryRelease(ctx context.Context, interval time.Duration) (stop func()) {
	return repeat(ctx, "memory release", interval, false, ReleaseMemory)
}

// repeat calls fn every interval (and at once if now) on a goroutine of its
// own until ctx is done or stop is called; stop waits for the goroutine to
// end and may be called more than once. A panic in fn is recovered (and
// counted) and the next call comes as usual.
func repeat(ctx context.Context, name string, interval time.Duration, now bool, fn func()) (stop func()) {
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer Recover("memory release")
		defer close(done)
		t := time.NewTicker(interval)
		defer t.Stop()
		call := func() {
			defer Recover(name)
			fn()
		}
		if now {
			call()
		}
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				call()
			}
		}
	}()
	var once sync.Once
	return func() {
		once.Do(cancel)
		<-done
	}
}
