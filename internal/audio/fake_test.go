package audio

import (
	"encoding/binary"
	"errors"
	"io"
	"math"
	"sync"
	"time"
)

// fakeClock only moves when told to.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func newFakeClock() *fakeClock { return &fakeClock{now: time.Unix(1956, 0)} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

// fakeDevice models oto: each voice reads ahead a fixed buffer from its
// reader and "plays" only when the test calls advance.
type fakeDevice struct {
	mu       sync.Mutex
	channels int
	ahead    int // bytes read ahead, like oto's player buffer
	voices   []*fakeVoice
}

func newFakeDevice() *fakeDevice { return &fakeDevice{channels: 1, ahead: 4410 * 4} }

func (d *fakeDevice) SampleRate() int { return SampleRate }
func (d *fakeDevice) Channels() int   { return d.channels }
func (d *fakeDevice) Close() error    { return nil }

func (d *fakeDevice) NewVoice(r io.Reader) (Voice, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	v := &fakeVoice{r: r, ahead: d.ahead, volume: 1, frameBytes: 4 * d.channels}
	d.voices = append(d.voices, v)
	return v, nil
}

// current is the last voice made.
func (d *fakeDevice) current() *fakeVoice {
	d.mu.Lock()
	defer d.mu.Unlock()
	if len(d.voices) == 0 {
		return nil
	}
	return d.voices[len(d.voices)-1]
}

// advance plays n frames on every playing voice.
func (d *fakeDevice) advance(n int) {
	d.mu.Lock()
	vs := append([]*fakeVoice(nil), d.voices...)
	d.mu.Unlock()
	for _, v := range vs {
		v.advance(n)
	}
}

// play lets both the device and the clock move on by frames, as a real
// sound card does (the clock rounded up so it is never behind).
func (d *fakeDevice) play(clk *fakeClock, frames int) {
	clk.Advance(time.Duration((int64(frames)*int64(time.Second) + SampleRate - 1) / SampleRate))
	d.advance(frames)
}

type fakeVoice struct {
	mu         sync.Mutex
	r          io.Reader
	ahead      int
	frameBytes int
	buf        []byte // read, not played
	eof        bool
	playing    bool
	closed     bool
	volume     float64
	played     []float32 // first channel of what was played
	err        error
}

func (v *fakeVoice) fill() {
	for !v.eof && len(v.buf) < v.ahead {
		b := make([]byte, v.ahead-len(v.buf))
		n, err := v.r.Read(b)
		v.buf = append(v.buf, b[:n]...)
		if err != nil {
			v.eof = true
		}
	}
}

func (v *fakeVoice) Play() {
	v.mu.Lock()
	defer v.mu.Unlock()
	if !v.closed {
		v.playing = true
		v.fill()
	}
}

func (v *fakeVoice) Pause() {
	v.mu.Lock()
	v.playing = false
	v.mu.Unlock()
}

func (v *fakeVoice) advance(frames int) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if !v.playing || v.closed {
		return
	}
	for want := frames * v.frameBytes; want > 0 && len(v.buf) > 0; {
		n := min(want, len(v.buf))
		for i := 0; i < n; i += v.frameBytes {
			v.played = append(v.played, math.Float32frombits(binary.LittleEndian.Uint32(v.buf[i:])))
		}
		v.buf = v.buf[n:]
		want -= n
		v.fill()
	}
}

func (v *fakeVoice) SetVolume(x float64) {
	v.mu.Lock()
	v.volume = x
	v.mu.Unlock()
}

func (v *fakeVoice) Buffered() int {
	v.mu.Lock()
	defer v.mu.Unlock()
	return len(v.buf)
}

func (v *fakeVoice) Err() error {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.err
}

func (v *fakeVoice) fail(err error) {
	v.mu.Lock()
	v.err = err
	v.mu.Unlock()
}

func (v *fakeVoice) Close() error {
	v.mu.Lock()
	v.closed, v.playing = true, false
	v.mu.Unlock()
	return nil
}

func (v *fakeVoice) isClosed() bool {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.closed
}

func (v *fakeVoice) playedSamples() []float32 {
	v.mu.Lock()
	defer v.mu.Unlock()
	return append([]float32(nil), v.played...)
}

var errUnplugged = errors.New("device unplugged")

// sine makes n samples of a sine at hz with amplitude a.
func sine(hz, a float64, n int) []float32 {
	s := make([]float32, n)
	for i := range s {
		s[i] = float32(a * math.Sin(2*math.Pi*hz*float64(i)/SampleRate))
	}
	return s
}

func rms(x []float32) float64 {
	var sum float64
	for _, v := range x {
		sum += float64(v) * float64(v)
	}
	return math.Sqrt(sum / float64(len(x)))
}

func dB(ratio float64) float64 { return 20 * math.Log10(ratio) }
