package health

import (
	"log"
	"runtime/debug"
	"sync/atomic"
)

var panics atomic.Int64

// Go runs fn on a new goroutine. If fn panics, the panic is logged with its
// stack through the standard log package, named by name, counted (Panics,
// and "panics" in the heartbeat), and the app carries on. It cannot catch
// fatal runtime errors (concurrent map writes, out of memory) nor panics on
// other goroutines fn starts; those end the process, and the service
// manager restarts it.
func Go(name string, fn func()) {
	go func() {
		defer Recover(name)
		fn()
	}()
}

// Recover is Go for goroutines started elsewhere: make it the first
// deferred call of the goroutine,
//
//	go func() {
//		defer health.Recover("audio decoder")
//		...
//	}()
//
// It must be deferred directly (defer health.Recover(name)), not called from
// another deferred function, or recover() sees nothing.
func Recover(name string) {
	if r := recover(); r != nil {
		log.Printf("panic in goroutine %q (recovered, the app carries on): %v\n%s", name, r, debug.Stack())
		panics.Add(1)
	}
}

// Panics is the number of panics Go and Recover have caught since start.
func Panics() int64 { return panics.Load() }
