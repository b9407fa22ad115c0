package speech

import (
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"os/exec"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"budapest1956/internal/audio"
)

// fakeEngine "speaks" a part as a tone of samplesPerRune samples per rune at
// rate Hz, between 50 ms of silence on each side (which the Speaker trims).
type fakeEngine struct {
	rate           int
	samplesPerRune int
	delay          time.Duration // per call; a cancelled ctx ends it early
	block          chan struct{} // non-nil: every call waits for it (or ctx)
	failOn         string        // a part with this text fails
	missing        map[string]bool

	mu        sync.Mutex
	calls     []string
	cancelled int
	active    map[string]int // texts being synthesised
	running   atomic.Int32
}

// waitRunning waits until a synthesis of text is running.
func (f *fakeEngine) waitRunning(t testing.TB, text string) {
	t.Helper()
	deadline := time.Now().Add(3 * time.Second)
	for {
		f.mu.Lock()
		n := f.active[text]
		f.mu.Unlock()
		if n > 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("no synthesis of %q started", text)
		}
		time.Sleep(time.Millisecond)
	}
}

func newFake() *fakeEngine { return &fakeEngine{rate: SampleRate, samplesPerRune: 100} }

func (f *fakeEngine) Check(lang string) error {
	if f.missing[lang] || (lang != "en" && lang != "hu") {
		return fmt.Errorf("%w: fake has no %q", ErrUnavailable, lang)
	}
	return nil
}

func (f *fakeEngine) Synthesize(ctx context.Context, lang, text string) ([]float32, int, error) {
	f.running.Add(1)
	defer f.running.Add(-1)
	f.mu.Lock()
	f.calls = append(f.calls, text)
	block, delay := f.block, f.delay
	if f.active == nil {
		f.active = map[string]int{}
	}
	f.active[text]++
	f.mu.Unlock()
	defer func() {
		f.mu.Lock()
		f.active[text]--
		f.mu.Unlock()
	}()
	var wait <-chan time.Time
	if delay > 0 {
		wait = time.After(delay)
	}
	if block != nil || wait != nil {
		select {
		case <-block:
		case <-wait:
		case <-ctx.Done():
			f.mu.Lock()
			f.cancelled++
			f.mu.Unlock()
			return nil, 0, ctx.Err()
		}
	}
	if text == f.failOn {
		return nil, 0, fmt.Errorf("fake engine broke on %q", text)
	}
	return tone(f.rate, len([]rune(text))*f.samplesPerRune, f.rate/20), f.rate, nil
}

func (f *fakeEngine) callList() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.calls...)
}

func (f *fakeEngine) cancels() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.cancelled
}

// tone is n samples of a 440 Hz tone that never comes near silence
// (0.1..0.5), with pad samples of silence on each side.
func tone(rate, n, pad int) []float32 {
	out := make([]float32, n+2*pad)
	for i := range n {
		out[pad+i] = float32(0.3 + 0.2*math.Sin(2*math.Pi*440*float64(i)/float64(rate)))
	}
	return out
}

// setBlock makes every later call wait for ch alone (no delay).
func (f *fakeEngine) setBlock(ch chan struct{}) {
	f.mu.Lock()
	f.block, f.delay = ch, 0
	f.mu.Unlock()
}

// needs skips the test unless the program is installed.
func needs(t testing.TB, programs ...string) {
	t.Helper()
	for _, p := range programs {
		if _, err := exec.LookPath(p); err != nil {
			t.Skipf("%s is not installed (Debian package %s; `make test` installs it): %v", p, p, err)
		}
	}
}

// settle waits for the goroutine count to drop back to n.
func settle(t testing.TB, n int) {
	t.Helper()
	deadline := time.Now().Add(3 * time.Second)
	for runtime.NumGoroutine() > n {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<16)
			t.Fatalf("goroutine leak: %d running, %d before\n%s", runtime.NumGoroutine(), n, buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func waitClosed(t testing.TB, ch <-chan struct{}, what string) {
	t.Helper()
	select {
	case <-ch:
	case <-time.After(3 * time.Second):
		t.Fatalf("%s: not closed after 3 s", what)
	}
}

// fakeDevice reads its voices like oto's mux: one goroutine pulls every
// playing voice in turn, a 0-byte read is silence. It plays faster than real
// time (one 10 ms block per millisecond) unless paused.
type fakeDevice struct {
	channels int
	mu       sync.Mutex
	voices   []*fakeVoice
	stop     chan struct{}
	done     chan struct{}
}

func newFakeDevice(channels int) *fakeDevice {
	d := &fakeDevice{channels: channels, stop: make(chan struct{}), done: make(chan struct{})}
	go d.loop()
	return d
}

func (d *fakeDevice) SampleRate() int { return SampleRate }
func (d *fakeDevice) Channels() int   { return d.channels }

func (d *fakeDevice) NewVoice(r io.Reader) (audio.Voice, error) {
	v := &fakeVoice{r: r, frameBytes: 4 * d.channels, volume: 1}
	d.mu.Lock()
	d.voices = append(d.voices, v)
	d.mu.Unlock()
	return v, nil
}

// Close stops the device's goroutine.
func (d *fakeDevice) Close() error {
	close(d.stop)
	<-d.done
	return nil
}

func (d *fakeDevice) all() []*fakeVoice {
	d.mu.Lock()
	defer d.mu.Unlock()
	return append([]*fakeVoice(nil), d.voices...)
}

func (d *fakeDevice) loop() {
	defer close(d.done)
	t := time.NewTicker(time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-d.stop:
			return
		case <-t.C:
			for _, v := range d.all() {
				v.pull(SampleRate / 100)
			}
		}
	}
}

type fakeVoice struct {
	mu         sync.Mutex
	r          io.Reader
	frameBytes int
	playing    bool
	closed     bool
	eof        bool
	volume     float64
	played     []float32 // first channel
	firstRead  time.Time
	err        error
}

func (v *fakeVoice) pull(frames int) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if !v.playing || v.closed || v.eof {
		return
	}
	b := make([]byte, frames*v.frameBytes)
	n, err := v.r.Read(b)
	if n > 0 && v.firstRead.IsZero() {
		v.firstRead = time.Now()
	}
	for i := 0; i+v.frameBytes <= n; i += v.frameBytes {
		v.played = append(v.played, math.Float32frombits(binary.LittleEndian.Uint32(b[i:])))
	}
	if err != nil {
		v.eof = true
	}
}

func (v *fakeVoice) Play() {
	v.mu.Lock()
	v.playing = true
	v.mu.Unlock()
}

func (v *fakeVoice) Pause() {
	v.mu.Lock()
	v.playing = false
	v.mu.Unlock()
}

func (v *fakeVoice) SetVolume(x float64) {
	v.mu.Lock()
	v.volume = x
	v.mu.Unlock()
}

func (v *fakeVoice) Buffered() int { return 0 }

func (v *fakeVoice) Err() error {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.err
}

func (v *fakeVoice) Close() error {
	v.mu.Lock()
	v.closed, v.playing = true, false
	v.mu.Unlock()
	return nil
}

func (v *fakeVoice) samples() []float32 {
	v.mu.Lock()
	defer v.mu.Unlock()
	return append([]float32(nil), v.played...)
}

func (v *fakeVoice) isClosed() bool {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.closed
}

func (v *fakeVoice) vol() float64 {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.volume
}
