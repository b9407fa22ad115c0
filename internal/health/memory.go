package health

import (
	"context"
	"runtime/debug"
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
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				ReleaseMemory()
			}
		}
	}()
	return func() { cancel(); <-done }
}
