package health

import (
	"context"
	"runtime"
	"sync"
	"testing"
	"time"
)

// fakeUI stands in for fyne.Do: it queues functions and runs them only
// when the "UI thread" is not frozen.
type fakeUI struct {
	mu     sync.Mutex
	frozen bool
	queue  []func()
}

func (u *fakeUI) Do(f func()) {
	u.mu.Lock()
	u.queue = append(u.queue, f)
	frozen := u.frozen
	u.mu.Unlock()
	if !frozen {
		u.drain()
	}
}

func (u *fakeUI) drain() {
	u.mu.Lock()
	q := u.queue
	u.queue = nil
	u.mu.Unlock()
	for _, f := range q {
		f()
	}
}

func (u *fakeUI) setFrozen(v bool) {
	u.mu.Lock()
	u.frozen = v
	u.mu.Unlock()
}

func TestUIProbe(t *testing.T) {
	before := runtime.NumGoroutine()
	if (*UIProbe)(nil).Last() != (time.Time{}) {
		t.Error("a nil probe should report zero")
	}
	ui := &fakeUI{}
	probe, stop := StartUIProbe(context.Background(), 5*time.Millisecond, ui.Do)
	waitFor(t, "the first answer", func() bool { return !probe.Last().IsZero() })
	ui.setFrozen(true)
	time.Sleep(20 * time.Millisecond)
	frozenAt := probe.Last()
	time.Sleep(30 * time.Millisecond)
	if probe.Last() != frozenAt {
		t.Error("Last moved while the UI was frozen")
	}
	if (*UIProbe)(nil).Latency() != 0 {
		t.Error("a nil probe should report no latency")
	}
	ui.setFrozen(false)
	ui.drain()
	waitFor(t, "answers to resume", func() bool { return probe.Last().After(frozenAt) })
	stop()
	stop()
	settle(t, before)
}

func TestUIProbe_ContextAndPanickingDo(t *testing.T) {
	logs := captureLog(t)
	before := runtime.NumGoroutine()
	ctx, cancel := context.WithCancel(context.Background())
	calls := 0
	var mu sync.Mutex
	_, stop := StartUIProbe(ctx, 2*time.Millisecond, func(func()) {
		mu.Lock()
		calls++
		mu.Unlock()
		panic("app already quit")
	})
	waitFor(t, "several probes", func() bool { mu.Lock(); defer mu.Unlock(); return calls >= 3 })
	cancel()
	settle(t, before)
	stop()
	if logs.String() == "" {
		t.Error("the panic in do was not logged")
	}
}

func TestUIProbe_LatencyIsTheWaitForTheUIThread(t *testing.T) {
	ui := &fakeUI{frozen: true}
	probe, stop := StartUIProbe(context.Background(), time.Hour, ui.Do) // one probe, at once
	defer stop()
	waitFor(t, "the probe to be queued", func() bool { ui.mu.Lock(); defer ui.mu.Unlock(); return len(ui.queue) == 1 })
	if probe.Latency() != 0 {
		t.Error("latency before any answer")
	}
	time.Sleep(50 * time.Millisecond)
	ui.setFrozen(false)
	ui.drain()
	if l := probe.Latency(); l < 50*time.Millisecond || l > 5*time.Second {
		t.Errorf("latency after the UI was busy for 50 ms: %v", l)
	}
}
