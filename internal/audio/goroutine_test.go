package audio

import (
	"errors"
	"runtime"
	"testing"
	"time"
)

// settle waits for the goroutine count to drop back to n (goroutines that
// were told to stop may need a moment to be scheduled out).
func settle(t *testing.T, n int) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Second)
	for runtime.NumGoroutine() > n {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<16)
			t.Fatalf("goroutine leak: %d running, %d before\n%s", runtime.NumGoroutine(), n, buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// The real ticker and the real clock: events arrive while playing, and
// Pause/Stop/Close, or the end of the broadcast, end the ticker goroutine.
func TestNoGoroutineLeak(t *testing.T) {
	before := runtime.NumGoroutine()
	rec := &recorder{}
	p := NewPlayer(nil, Options{TickInterval: time.Millisecond, OnChange: rec.on})
	pcm, cues := tenSeconds()
	if err := p.LoadPCM("ten", pcm, cues); err != nil {
		t.Fatal(err)
	}
	p.Play()
	// The ticker reports while playing: wait for its events rather than for
	// a fixed time (a loaded machine under -race once gave 3 in 30 ms).
	start := time.Now()
	for (len(rec.all()) < 5 || p.Position() < 20*time.Millisecond) && time.Since(start) < 5*time.Second {
		time.Sleep(time.Millisecond)
	}
	if n := len(rec.all()); n < 5 {
		t.Errorf("only %d events in %v of playing with a 1 ms tick", n, time.Since(start))
	}
	if p.Position() < 20*time.Millisecond {
		t.Errorf("position %v after %v of playing", p.Position(), time.Since(start))
	}
	p.Pause()
	settle(t, before)
	p.Resume()
	p.Seek(3 * time.Second)
	p.Stop()
	settle(t, before)
	p.Play()
	if err := p.LoadPCM("short", pcm[:SampleRate/50], nil); err != nil { // Load stops the ticker
		t.Fatal(err)
	}
	settle(t, before)
	p.Play() // 20 ms: the ticker sees the end and exits by itself
	deadline := time.Now().Add(2 * time.Second)
	for p.State() != StateEnded && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	wantState(t, p, StateEnded)
	if e := rec.last(); e.State != StateEnded {
		t.Errorf("last event %+v", e)
	}
	settle(t, before)
	p.Play()
	p.Close()
	settle(t, before)
	if err := p.LoadPCM("again", pcm, nil); !errors.Is(err, ErrClosed) {
		t.Errorf("Load after Close: %v", err)
	}

	// The same with a device.
	dev := newFakeDevice()
	p = NewPlayer(dev, Options{TickInterval: time.Millisecond})
	p.LoadPCM("ten", pcm, cues)
	p.Play()
	dev.advance(SampleRate)
	time.Sleep(5 * time.Millisecond)
	p.Close()
	settle(t, before)
}

// OnChange may call the Player back: no lock is held while it runs.
func TestCallbackReentry(t *testing.T) {
	var p *Player
	calls := 0
	p = NewPlayer(nil, Options{TickInterval: -1, OnChange: func(e Event) {
		calls++
		_ = p.Position()
		_ = p.CurrentCue()
		if e.State == StatePlaying && calls < 10 {
			p.Pause()
		}
	}})
	defer p.Close()
	pcm, cues := tenSeconds()
	p.LoadPCM("ten", pcm, cues)
	p.Play()
	wantState(t, p, StatePaused)
}

// On this machine (no /dev/snd) OpenOto must fail cleanly within its
// timeout; where a sound card exists it may succeed. Either way: no hang.
func TestOpenOtoBounded(t *testing.T) {
	start := time.Now()
	dev, err := OpenOto(2 * time.Second)
	el := time.Since(start)
	if el > 3*time.Second {
		t.Fatalf("OpenOto took %v", el)
	}
	if err != nil {
		if !errors.Is(err, ErrNoDevice) {
			t.Fatalf("error does not wrap ErrNoDevice: %v", err)
		}
		t.Logf("no device (%v): %v", el, err)
		return
	}
	t.Logf("device opened in %v: %d Hz, %d channel(s)", el, dev.SampleRate(), dev.Channels())
	dev.Close()
}
