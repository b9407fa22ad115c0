package audio

import (
	"errors"
	"slices"
	"sync"
	"testing"
	"time"
)

const sec = SampleRate

// tenSeconds: 10 s of distinct sample values, five 1.8 s cues every 2 s.
func tenSeconds() ([]float32, []Cue) {
	pcm := make([]float32, 10*sec)
	for i := range pcm {
		pcm[i] = float32(i%997)/2000 - 0.25
	}
	var cues []Cue
	for i := range 5 {
		cues = append(cues, Cue{Start: int64(2 * i * sec), End: int64(2*i*sec + 18*sec/10)})
	}
	return pcm, cues
}

type recorder struct {
	mu     sync.Mutex
	events []Event
}

func (r *recorder) on(e Event) {
	r.mu.Lock()
	r.events = append(r.events, e)
	r.mu.Unlock()
}

func (r *recorder) last() Event {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.events[len(r.events)-1]
}

func (r *recorder) all() []Event {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.events)
}

func wantPos(t *testing.T, p *Player, want time.Duration, cue int) {
	t.Helper()
	if got := p.Position(); got != want {
		t.Errorf("Position = %v, want %v", got, want)
	}
	if got := p.CurrentCue(); got != cue {
		t.Errorf("CurrentCue = %d, want %d (at %v)", got, cue, p.Position())
	}
}

func wantState(t *testing.T, p *Player, s State) {
	t.Helper()
	if got := p.State(); got != s {
		t.Fatalf("State = %v, want %v", got, s)
	}
}

// No device: the same API, timed by the clock, so captions still advance.
func TestPlayerClockStateMachine(t *testing.T) {
	clk := newFakeClock()
	rec := &recorder{}
	p := NewPlayer(nil, Options{Clock: clk, TickInterval: -1, OnChange: rec.on})
	defer p.Close()
	pcm, cues := tenSeconds()
	if err := p.LoadPCM("ten", pcm, cues); err != nil {
		t.Fatal(err)
	}
	wantState(t, p, StateStopped)
	if p.Duration() != 10*time.Second || p.HasSound() {
		t.Fatalf("Duration %v, HasSound %v", p.Duration(), p.HasSound())
	}
	clk.Advance(time.Hour) // not playing: time passes, position does not
	wantPos(t, p, 0, 0)

	p.Play()
	clk.Advance(time.Second)
	wantPos(t, p, time.Second, 0)
	clk.Advance(1500 * time.Millisecond)
	wantPos(t, p, 2500*time.Millisecond, 1)
	p.Update()
	if e := rec.last(); e.Cue != 1 || e.State != StatePlaying || e.Sound {
		t.Errorf("last event %+v", e)
	}

	p.Pause()
	wantState(t, p, StatePaused)
	clk.Advance(5 * time.Second)
	wantPos(t, p, 2500*time.Millisecond, 1)
	p.Resume()
	clk.Advance(time.Second)
	wantPos(t, p, 3500*time.Millisecond, 1)

	p.Seek(7 * time.Second)
	wantState(t, p, StatePlaying)
	wantPos(t, p, 7*time.Second, 3)
	// 9.9 s: after the last cue's end the caption stays on the last cue.
	clk.Advance(2900 * time.Millisecond)
	wantPos(t, p, 9900*time.Millisecond, 4)

	if err := p.SeekToCue(2); err != nil {
		t.Fatal(err)
	}
	if p.PositionSamples() != cues[2].Start || p.CurrentCue() != 2 {
		t.Errorf("SeekToCue(2): at %d cue %d, want %d cue 2", p.PositionSamples(), p.CurrentCue(), cues[2].Start)
	}
	if err := p.SeekToCue(5); err == nil {
		t.Error("SeekToCue(5) of 5 cues: no error")
	}

	clk.Advance(time.Minute)
	p.Update()
	wantState(t, p, StateEnded)
	wantPos(t, p, 10*time.Second, 4)
	if e := rec.last(); e.State != StateEnded || e.Position != 10*time.Second {
		t.Errorf("end event %+v", e)
	}

	p.Play() // after the end: from the beginning
	wantState(t, p, StatePlaying)
	wantPos(t, p, 0, 0)
	clk.Advance(time.Second)
	p.Restart()
	wantPos(t, p, 0, 0)
	p.Stop()
	wantState(t, p, StateStopped)
	wantPos(t, p, 0, 0)

	evs := rec.all()
	for i := 1; i < len(evs); i++ {
		if evs[i].Seq <= evs[i-1].Seq {
			t.Fatalf("event Seq not increasing: %d then %d", evs[i-1].Seq, evs[i].Seq)
		}
	}
}

// With a device the position is what the device actually played.
func TestPlayerDevicePosition(t *testing.T) {
	clk := newFakeClock()
	dev := newFakeDevice()
	p := NewPlayer(dev, Options{Clock: clk, TickInterval: -1})
	defer p.Close()
	pcm, cues := tenSeconds()
	if err := p.LoadPCM("ten", pcm, cues); err != nil {
		t.Fatal(err)
	}
	p.SetVolume(0.5)
	p.Play()
	v := dev.current()
	if v == nil || !p.HasSound() || v.volume != 0.5 {
		t.Fatalf("no playing voice (HasSound %v)", p.HasSound())
	}
	wantPos(t, p, 0, 0) // read ahead, not played yet
	clk.Advance(time.Hour)
	wantPos(t, p, 0, 0) // the clock does not matter with a device
	dev.advance(sec)
	wantPos(t, p, time.Second, 0)
	if got := v.playedSamples(); !slices.Equal(got, pcm[:sec]) {
		t.Fatal("device did not get the clear samples")
	}

	p.Pause()
	dev.advance(sec)
	wantPos(t, p, time.Second, 0)
	p.Resume()
	if dev.current() != v {
		t.Fatal("Resume made a new voice: buffered audio lost")
	}
	dev.play(clk, sec+sec/2)
	wantPos(t, p, 2500*time.Millisecond, 1)

	p.Seek(5 * time.Second)
	if !v.isClosed() {
		t.Error("old voice not closed on seek")
	}
	v2 := dev.current()
	dev.play(clk, 1000)
	if p.PositionSamples() != 5*sec+1000 || p.CurrentCue() != 2 {
		t.Errorf("after seek: %d cue %d", p.PositionSamples(), p.CurrentCue())
	}
	if got := v2.playedSamples(); !slices.Equal(got, pcm[5*sec:5*sec+1000]) {
		t.Error("after seek the device did not get the samples from 5 s")
	}

	p.Pause()
	if err := p.SeekToCue(3); err != nil {
		t.Fatal(err)
	}
	wantState(t, p, StatePaused)
	wantPos(t, p, 6*time.Second, 3)
	p.Resume()
	dev.play(clk, 100)
	if p.PositionSamples() != cues[3].Start+100 {
		t.Errorf("resume after paused seek: %d", p.PositionSamples())
	}

	dev.play(clk, 10*sec)
	p.Update()
	wantState(t, p, StateEnded)
	wantPos(t, p, 10*time.Second, 4)
}

// ALSA's "null" device takes audio far faster than real time: the position
// must still follow the clock, so captions do not race.
func TestPlayerDeviceFasterThanClock(t *testing.T) {
	clk := newFakeClock()
	dev := newFakeDevice()
	p := NewPlayer(dev, Options{Clock: clk, TickInterval: -1})
	defer p.Close()
	pcm, cues := tenSeconds()
	if err := p.LoadPCM("ten", pcm, cues); err != nil {
		t.Fatal(err)
	}
	p.Play()
	dev.advance(10 * sec) // everything "played" at once
	clk.Advance(2500 * time.Millisecond)
	wantPos(t, p, 2500*time.Millisecond, 1)
	p.Update()
	wantState(t, p, StatePlaying)
	clk.Advance(8 * time.Second)
	p.Update()
	wantState(t, p, StateEnded)
}

func TestPlayerRadioLive(t *testing.T) {
	dev := newFakeDevice()
	p := NewPlayer(dev, Options{TickInterval: -1})
	defer p.Close()
	pcm := sine(1000, 0.3, 2*sec)
	if err := p.LoadPCM("tone", pcm, nil); err != nil {
		t.Fatal(err)
	}
	p.SetRadio(true)
	p.Play()
	dev.advance(sec / 2)
	got := dev.current().playedSamples()
	want := make([]float32, len(got))
	NewRadio(RadioOptions{}).Process(want, pcm[:len(got)])
	if !slices.Equal(got, want) {
		t.Fatal("radio on: played samples are not the Radio's output")
	}
	p.SetRadio(false) // cross-fades back to the clear voice
	dev.advance(sec)
	got = dev.current().playedSamples()
	tail := got[len(got)-1000:]
	if !slices.Equal(tail, pcm[len(got)-1000:len(got)]) {
		t.Fatal("radio off: played samples are not the clear voice")
	}
}

func TestLoadStopsOld(t *testing.T) {
	dev := newFakeDevice()
	rec := &recorder{}
	p := NewPlayer(dev, Options{TickInterval: -1, OnChange: rec.on})
	defer p.Close()
	pcm, cues := tenSeconds()
	if err := p.LoadPCM("a", pcm, cues); err != nil {
		t.Fatal(err)
	}
	p.Play()
	a := dev.current()
	dev.advance(3 * sec)
	if err := p.LoadPCM("b", pcm[:4*sec], cues[:2]); err != nil {
		t.Fatal(err)
	}
	if !a.isClosed() {
		t.Error("old broadcast still playing after Load")
	}
	wantState(t, p, StateStopped)
	wantPos(t, p, 0, 0)
	if p.Name() != "b" || p.Duration() != 4*time.Second {
		t.Errorf("now %q %v", p.Name(), p.Duration())
	}
	if e := rec.last(); e.Name != "b" || e.State != StateStopped {
		t.Errorf("last event %+v", e)
	}
	// A failed Load also stops what was playing.
	p.Play()
	b := dev.current()
	if err := p.Load("bad.ogg", []byte("not ogg"), nil); err == nil {
		t.Fatal("bad ogg loaded")
	}
	if !b.isClosed() || p.State() != StateEmpty {
		t.Errorf("after failed load: closed %v state %v", b.isClosed(), p.State())
	}
	p.Play() // nothing loaded: no-op, no panic
	if p.State() != StateEmpty {
		t.Error("Play with nothing loaded changed state")
	}
}

// A device that fails while playing: sound is lost, captions carry on.
func TestVoiceFailsMidPlay(t *testing.T) {
	clk := newFakeClock()
	dev := newFakeDevice()
	rec := &recorder{}
	p := NewPlayer(dev, Options{Clock: clk, TickInterval: -1, OnChange: rec.on})
	defer p.Close()
	pcm, cues := tenSeconds()
	if err := p.LoadPCM("ten", pcm, cues); err != nil {
		t.Fatal(err)
	}
	p.Play()
	dev.play(clk, sec)
	dev.current().fail(errUnplugged)
	p.Update()
	e := rec.last()
	if !errors.Is(e.Err, ErrNoDevice) || e.Sound || p.HasSound() {
		t.Fatalf("after failure: event %+v, HasSound %v", e, p.HasSound())
	}
	wantPos(t, p, time.Second, 0)
	clk.Advance(1500 * time.Millisecond)
	wantPos(t, p, 2500*time.Millisecond, 1)
	if !dev.current().isClosed() {
		t.Error("failed voice not closed")
	}
}

func TestOpenFailingDevice(t *testing.T) {
	_, err := OpenWithTimeout(func() (Device, error) {
		return nil, errors.New(`ALSA error at snd_pcm_open: "default": No such file or directory`)
	}, time.Second)
	if !errors.Is(err, ErrNoDevice) || !contains(err.Error(), "snd_pcm_open") {
		t.Fatalf("err = %v", err)
	}
	dev, err := OpenWithTimeout(func() (Device, error) { return newFakeDevice(), nil }, time.Second)
	if err != nil || dev == nil {
		t.Fatalf("working device: %v", err)
	}
}

// oto/v2 may hang with no sound card: give up within the timeout, then run
// captions-only on the clock.
func TestOpenHangingDevice(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	start := time.Now()
	dev, err := OpenWithTimeout(func() (Device, error) {
		<-release // never returns while the test runs
		return newFakeDevice(), nil
	}, 100*time.Millisecond)
	if el := time.Since(start); el > time.Second {
		t.Fatalf("OpenWithTimeout took %v", el)
	}
	if dev != nil || !errors.Is(err, ErrNoDevice) || !contains(err.Error(), "did not answer within 100ms") {
		t.Fatalf("dev %v, err %v", dev, err)
	}
	t.Log(err)

	clk := newFakeClock()
	p := NewPlayer(dev, Options{Clock: clk, TickInterval: -1})
	defer p.Close()
	pcm, cues := tenSeconds()
	if err := p.LoadPCM("ten", pcm, cues); err != nil {
		t.Fatal(err)
	}
	p.Play()
	clk.Advance(4200 * time.Millisecond)
	wantPos(t, p, 4200*time.Millisecond, 2)
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}

// The app may open the device in the background and hand it over later.
func TestSetDevice(t *testing.T) {
	clk := newFakeClock()
	p := NewPlayer(nil, Options{Clock: clk, TickInterval: -1})
	defer p.Close()
	pcm, cues := tenSeconds()
	if err := p.LoadPCM("ten", pcm, cues); err != nil {
		t.Fatal(err)
	}
	p.Play()
	clk.Advance(time.Second)
	dev := newFakeDevice()
	p.SetDevice(dev)
	wantPos(t, p, time.Second, 0) // carries on by the clock until the next seek
	p.Seek(p.Position())
	if dev.current() == nil || !p.HasSound() {
		t.Fatal("device not used after Seek")
	}
	dev.play(clk, sec)
	wantPos(t, p, 2*time.Second, 1)
	p.SetDevice(nil) // the playing voice keeps going
	dev.play(clk, sec)
	wantPos(t, p, 3*time.Second, 1)
	p.Stop()
	p.Play()
	if !dev.current().isClosed() || p.HasSound() {
		t.Error("still on the old device after SetDevice(nil) and Stop")
	}
}

func TestPlayer_StartDelay(t *testing.T) {
	dev := newFakeDevice()
	p := NewPlayer(dev, Options{Clock: newFakeClock(), TickInterval: -1})
	defer p.Close()
	pcm, cues := tenSeconds()
	if err := p.LoadPCM("ten", pcm, cues); err != nil {
		t.Fatal(err)
	}
	if _, ok := p.StartDelay(); ok {
		t.Fatal("a start delay before Play")
	}
	p.Play() // the fake device reads ahead at once, as oto does
	d, ok := p.StartDelay()
	if !ok || d < 0 || d > time.Second {
		t.Fatalf("StartDelay after Play = %v, %v; want a small delay", d, ok)
	}
}

// BenchmarkPlay_FirstSamples is the app's share of Play-to-sound: from Play
// on a loaded broadcast to the device holding its first 100 ms of samples
// (new stream, voice, period-radio filters on the first blocks).
func BenchmarkPlay_FirstSamples(b *testing.B) {
	dev := newFakeDevice()
	p := NewPlayer(dev, Options{TickInterval: -1})
	defer p.Close()
	p.SetRadio(true)
	pcm, cues := tenSeconds()
	if err := p.LoadPCM("ten", pcm, cues); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		p.Play()
		p.Stop()
	}
}

// TestPlayer_DeviceArrivingLaterIsReported: a sound card opened after start
// (the app opens it in the background) is announced with an event.
func TestPlayer_DeviceArrivingLaterIsReported(t *testing.T) {
	rec := &recorder{}
	p := NewPlayer(nil, Options{Clock: newFakeClock(), TickInterval: -1, OnChange: rec.on})
	defer p.Close()
	pcm, cues := tenSeconds()
	if err := p.LoadPCM("ten", pcm, cues); err != nil {
		t.Fatal(err)
	}
	if p.HasSound() || rec.last().Sound {
		t.Fatal("sound reported without a device")
	}
	p.SetDevice(newFakeDevice())
	if e := rec.last(); !e.Sound || !p.HasSound() {
		t.Errorf("after SetDevice: last event Sound=%v, HasSound=%v; want both true", e.Sound, p.HasSound())
	}
}

// TestPlayer_DuckedWhileSpeechIsSpoken: the audio mode's speech lowers the
// broadcast to DuckLevel of its volume and restores it; a volume change
// while ducked is kept.
func TestPlayer_DuckedWhileSpeechIsSpoken(t *testing.T) {
	clk := newFakeClock()
	dev := newFakeDevice()
	p := NewPlayer(dev, Options{Clock: clk, TickInterval: -1})
	defer p.Close()
	pcm, cues := tenSeconds()
	if err := p.LoadPCM("ten", pcm, cues); err != nil {
		t.Fatal(err)
	}
	p.SetVolume(0.8)
	p.Play()
	v := dev.current()
	p.SetDucked(true)
	if want := 0.8 * DuckLevel; v.volume < want-1e-9 || v.volume > want+1e-9 || p.Volume() != 0.8 {
		t.Fatalf("ducked: voice at %.2f, Volume %.2f; want %.2f and 0.8", v.volume, p.Volume(), want)
	}
	p.SetVolume(0.5)
	if want := 0.5 * DuckLevel; v.volume < want-1e-9 || v.volume > want+1e-9 {
		t.Fatalf("volume changed while ducked: voice at %.2f, want %.2f", v.volume, want)
	}
	p.SetDucked(false)
	if v.volume != 0.5 {
		t.Fatalf("after speech: voice at %.2f, want 0.5", v.volume)
	}
}
