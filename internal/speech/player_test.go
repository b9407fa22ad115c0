package speech

import (
	"errors"
	"io"
	"reflect"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// events records a Player's callbacks.
type events struct {
	mu    sync.Mutex
	ducks []bool
	parts []int
	ends  []*Utterance
}

func (e *events) opts() PlayerOptions {
	return PlayerOptions{
		OnDuck: func(on bool) { e.mu.Lock(); e.ducks = append(e.ducks, on); e.mu.Unlock() },
		OnPart: func(_ *Utterance, i int) { e.mu.Lock(); e.parts = append(e.parts, i); e.mu.Unlock() },
		OnEnd:  func(u *Utterance) { e.mu.Lock(); e.ends = append(e.ends, u); e.mu.Unlock() },
		Poll:   2 * time.Millisecond,
	}
}

func (e *events) get() ([]bool, []int, []*Utterance) {
	e.mu.Lock()
	defer e.mu.Unlock()
	return append([]bool(nil), e.ducks...), append([]int(nil), e.parts...), append([]*Utterance(nil), e.ends...)
}

// Say plays every sample of the utterance, on every channel, through one
// voice of the device; it ducks while speaking, reports each part as it
// starts, and ends Done with no error.
func TestPlayer_PlaysUtteranceAndDucks(t *testing.T) {
	dev := newFakeDevice(2)
	defer dev.Close()
	f := newFake()
	f.rate = 16000
	s := New(f, Options{})
	defer s.Close()
	var ev events
	p := NewPlayer(s, dev, ev.opts())
	defer p.Close()
	u, err := p.Say("en", "First sentence here. Second one follows.")
	if err != nil {
		t.Fatal(err)
	}
	if !p.Speaking() {
		t.Error("not Speaking after Say")
	}
	waitClosed(t, u.Done(), "Done")
	if u.Err() != nil {
		t.Fatal(u.Err())
	}
	vs := dev.all()
	if len(vs) != 1 {
		t.Fatalf("%d voices, want 1", len(vs))
	}
	if got, want := vs[0].samples(), u.Samples(); !reflect.DeepEqual(got, want) {
		t.Errorf("played %d samples, the utterance has %d (or they differ)", len(got), len(want))
	}
	if !vs[0].isClosed() {
		t.Error("voice not closed at the end")
	}
	// OnEnd follows Done: wait for it rather than for a fixed time.
	for deadline := time.Now().Add(3 * time.Second); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		if _, _, ends := ev.get(); len(ends) > 0 {
			break
		}
	}
	ducks, parts, ends := ev.get()
	if !reflect.DeepEqual(ducks, []bool{true, false}) || !reflect.DeepEqual(parts, []int{0, 1}) || len(ends) != 1 || ends[0] != u {
		t.Errorf("ducks %v, parts %v, ends %d", ducks, parts, len(ends))
	}
	if p.Speaking() {
		t.Error("Speaking after the end")
	}
}

// A new Say cuts the one playing at once (its voice closed, ErrInterrupted)
// and the broadcast stays ducked across the change.
func TestPlayer_SayInterruptsAndStaysDucked(t *testing.T) {
	dev := newFakeDevice(1)
	defer dev.Close()
	f := newFake()
	f.samplesPerRune = 5000 // long: still playing when interrupted
	s := New(f, Options{})
	defer s.Close()
	var ev events
	p := NewPlayer(s, dev, ev.opts())
	defer p.Close()
	first, _ := p.Say("en", "A long description of a picture.")
	waitClosed(t, first.Ready(), "first Ready")
	time.Sleep(20 * time.Millisecond)
	f.samplesPerRune = 100
	second, err := p.Say("hu", "Következő.")
	if err != nil {
		t.Fatal(err)
	}
	waitClosed(t, first.Done(), "first Done")
	if !errors.Is(first.Err(), ErrInterrupted) {
		t.Errorf("first.Err() = %v", first.Err())
	}
	if v := dev.all()[0]; !v.isClosed() || len(v.samples()) >= len(first.Samples()) {
		t.Errorf("first voice closed %v after %d of %d samples", v.isClosed(), len(v.samples()), len(first.Samples()))
	}
	waitClosed(t, second.Done(), "second Done")
	for deadline := time.Now().Add(3 * time.Second); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		if _, _, ends := ev.get(); len(ends) >= 2 {
			break
		}
	}
	if ducks, _, ends := ev.get(); !reflect.DeepEqual(ducks, []bool{true, false}) || len(ends) != 2 {
		t.Errorf("ducks %v (want one true, one false), %d ends", ducks, len(ends))
	}
	// Stop ends it too.
	third, _ := p.Say("en", "Third.")
	p.Stop()
	waitClosed(t, third.Done(), "stopped")
}

func TestPlayer_Volume(t *testing.T) {
	dev := newFakeDevice(1)
	defer dev.Close()
	f := newFake()
	f.samplesPerRune = 5000
	s := New(f, Options{})
	defer s.Close()
	p := NewPlayer(s, dev, PlayerOptions{})
	defer p.Close()
	p.SetVolume(0.3)
	p.Say("en", "Loud.")
	if v := dev.all()[0].vol(); v != 0.3 {
		t.Errorf("new voice volume %v, want 0.3", v)
	}
	p.SetVolume(1.7)
	if v := dev.all()[0].vol(); v != 1 || p.Volume() != 1 {
		t.Errorf("volume %v / %v after SetVolume(1.7), want 1", v, p.Volume())
	}
}

// With no device the utterance is timed by the clock, so Done (and captions)
// still come, after about its length.
func TestPlayer_NoDeviceTimedByClock(t *testing.T) {
	f := newFake()
	s := New(f, Options{})
	defer s.Close()
	var ev events
	p := NewPlayer(s, nil, ev.opts())
	defer p.Close()
	start := time.Now()
	u, _ := p.Say("en", "Ten chars. Twenty characters here.") // ~100 ms + 0.3 s + ~200 ms
	waitClosed(t, u.Done(), "Done")
	el := time.Since(start)
	want := time.Duration(len(u.Samples())) * time.Second / SampleRate
	if el < want-20*time.Millisecond || el > want+300*time.Millisecond {
		t.Errorf("done after %v, the utterance lasts %v", el, want)
	}
	if _, parts, _ := ev.get(); !reflect.DeepEqual(parts, []int{0, 1}) {
		t.Errorf("parts %v", parts)
	}
}

// A device that fails mid-utterance: the rest is timed by the clock and the
// utterance still ends.
func TestPlayer_DeviceFailureFallsBackToClock(t *testing.T) {
	dev := newFakeDevice(1)
	defer dev.Close()
	f := newFake()
	f.samplesPerRune = 500
	s := New(f, Options{})
	defer s.Close()
	p := NewPlayer(s, dev, PlayerOptions{Poll: 2 * time.Millisecond})
	defer p.Close()
	u, _ := p.Say("en", "Unplugged.")
	waitClosed(t, u.Ready(), "Ready")
	v := dev.all()[0]
	v.mu.Lock()
	v.err = errors.New("unplugged")
	v.playing = false
	v.mu.Unlock()
	failed := time.Now()
	waitClosed(t, u.Done(), "Done")
	if u.Err() != nil || !v.isClosed() {
		t.Errorf("err %v, voice closed %v", u.Err(), v.isClosed())
	}
	// At once by the clock, not only after the stall timeout.
	if el, want := time.Since(failed), time.Duration(len(u.Samples()))*time.Second/SampleRate; el > want+300*time.Millisecond {
		t.Errorf("done %v after the failure; the utterance lasts %v", el, want)
	}
}

// Nothing is left running after many interrupted utterances and Close.
func TestPlayer_NoGoroutineLeak(t *testing.T) {
	dev := newFakeDevice(1)
	defer dev.Close()
	before := runtime.NumGoroutine()
	f := newFake()
	f.delay = 3 * time.Millisecond
	s := New(f, Options{})
	var ends atomic.Int32
	p := NewPlayer(s, dev, PlayerOptions{Poll: time.Millisecond, OnEnd: func(*Utterance) { ends.Add(1) }})
	for i := range 30 {
		if _, err := p.Say("en", "Label number "+string(rune('A'+i))+". Then more."); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(i%5) * time.Millisecond)
	}
	p.Close()
	if n := ends.Load(); n != 30 { // Close waits for the last utterance to end
		t.Errorf("%d OnEnd calls when Close returned, want 30", n)
	}
	if _, err := p.Say("en", "After."); !errors.Is(err, ErrClosed) {
		t.Errorf("Say after Close: %v", err)
	}
	s.Close()
	settle(t, before)
}

// The stream stops handing out samples the moment its utterance is
// interrupted, before the Player's watcher closes the voice.
func TestStream_EndsAtInterrupt(t *testing.T) {
	f := newFake()
	s := New(f, Options{})
	defer s.Close()
	u, _ := s.speak(nil, "en", "Some words to play.", true)
	waitClosed(t, u.Synthesized(), "Synthesized")
	src := &stream{u: u, channels: 1}
	b := make([]byte, 400)
	if n, err := src.Read(b); n != 400 || err != nil {
		t.Fatalf("Read: %d, %v", n, err)
	}
	u.Cancel()
	if n, err := src.Read(b); n != 0 || err != io.EOF {
		t.Errorf("Read after Cancel: %d, %v; want 0, EOF", n, err)
	}
}

// A device that takes no samples at all (a hung sound system): after
// stallTimeout the utterance is timed by the clock and still ends.
func TestPlayer_StalledDeviceFallsBackToClock(t *testing.T) {
	dev := newFakeDevice(1)
	dev.Close() // the device's loop stops: no voice is ever read
	f := newFake()
	s := New(f, Options{})
	defer s.Close()
	p := NewPlayer(s, dev, PlayerOptions{Poll: 2 * time.Millisecond})
	defer p.Close()
	start := time.Now()
	u, _ := p.Say("en", "Stalled.")
	waitClosed(t, u.Done(), "Done")
	el := time.Since(start)
	want := stallTimeout + time.Duration(len(u.Samples()))*time.Second/SampleRate
	if u.Err() != nil || el < stallTimeout || el > want+300*time.Millisecond {
		t.Errorf("err %v, ended after %v; want about %v", u.Err(), el, want)
	}
	if !dev.all()[0].isClosed() {
		t.Error("the stalled voice is not closed")
	}
}
