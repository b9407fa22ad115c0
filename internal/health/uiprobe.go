package health

import (
	"context"
	"sync/atomic"
	"time"
)

// UIProbe tells whether the UI thread still runs: every interval it hands
// the UI a tiny function through do (pass fyne.Do) that records the time.
// Put Last() in Info.UI and a frozen UI stops the heartbeat, although the
// process and the heartbeat goroutine are still alive.
type UIProbe struct {
	// last keeps time.Now() whole, monotonic reading included, so a jump
	// of the wall clock (NTP at boot) does not look like a frozen UI.
	last atomic.Pointer[time.Time]
	// latency is how long the last probe waited for the UI thread, in
	// nanoseconds: from handing it to do until it ran.
	latency atomic.Int64
}

// StartUIProbe starts probing at once and then every interval until stop
// is called or ctx is done; stop waits for the goroutine to end. do must
// queue the function and return (fyne.Do), never wait for it
// (fyne.DoAndWait), or a frozen UI would freeze the probe too.
func StartUIProbe(ctx context.Context, interval time.Duration, do func(func())) (probe *UIProbe, stop func()) {
	p := &UIProbe{}
	if interval <= 0 {
		interval = DefaultInterval
	}
	return p, repeat(ctx, "UI probe", interval, true, func() {
		sent := time.Now()
		do(func() { p.mark(sent) })
	})
}

func (p *UIProbe) mark(sent time.Time) {
	now := time.Now()
	p.last.Store(&now)
	p.latency.Store(int64(now.Sub(sent)))
}

// Latency is how long the last answered probe waited for the UI thread
// (0 before the first answer and for a nil probe). A busy UI thread shows
// here before it freezes; a frozen one shows in the age of Last.
func (p *UIProbe) Latency() time.Duration {
	if p == nil {
		return 0
	}
	return time.Duration(p.latency.Load())
}

// Last is when the UI thread last ran the probe; zero before the first
// time, and for a nil probe.
func (p *UIProbe) Last() time.Time {
	if p == nil {
		return time.Time{}
	}
	if t := p.last.Load(); t != nil {
		return *t
	}
	return time.Time{}
}
