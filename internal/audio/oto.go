//go:build cgo || windows || darwin

// The only file that imports oto: moving to oto/v3 (ebitengine/oto/v3, whose
// Player has BufferedSize instead of UnplayedBufferSize) touches this file only.

package audio

import (
	"budapest1956/internal/health"
	"fmt"
	"io"
	"sync"
	"time"

	oto "github.com/hajimehoshi/oto/v2"
)

// otoChannels: the narration is mono and oto/v2 accepts 1 channel; ALSA's
// "default"/"plug" devices upmix when the card wants stereo.
const otoChannels = 1

// otoVoiceBuffer is oto's per-player read-ahead (100 ms). Smaller means a
// tighter position estimate; oto's 0.5 s default is needlessly coarse.
const otoVoiceBuffer = SampleRate * otoChannels * 4 / 10

// otoDeviceBuffer is the sound card's buffer, which oto keeps full: a
// visitor's Play is heard this much later. oto's Linux default (2 × 1024
// frames, 93 ms at 22,050 Hz) puts tap-to-sound past 100 ms; 2 × 30 ms still
// leaves the mixer a whole period of slack (docs/performance.md).
const otoDeviceBuffer = 60 * time.Millisecond

// oto/v2 supports one context per process, so the first OpenOto starts it and
// every later call waits for that same attempt.
var (
	otoOnce  sync.Once
	otoReady = make(chan struct{})
	otoCtx   *oto.Context
	otoErr   error
)

func startOto() {
	go func() {
		defer health.Recover("oto context")
		defer close(otoReady)
		ctx, ready, err := oto.NewContextWithOptions(&oto.NewContextOptions{
			SampleRate: SampleRate, ChannelCount: otoChannels, Format: oto.FormatFloat32LE,
			BufferSize: otoDeviceBuffer,
		})
		if err != nil {
			otoErr = err
			return
		}
		<-ready
		// oto/v2 on Linux reports a missing card only here, after ready closes.
		if err := ctx.Err(); err != nil {
			otoErr = err
			return
		}
		otoCtx = ctx
	}()
}

// OpenOto opens the process's sound output (22,050 Hz, float32) off the
// calling goroutine and waits at most timeout (DefaultOpenTimeout if <= 0).
// With no usable device it returns an error wrapping ErrNoDevice; the app then
// runs captions-only. Calling it again is cheap and returns the same context.
func OpenOto(timeout time.Duration) (Device, error) {
	if timeout <= 0 {
		timeout = DefaultOpenTimeout
	}
	otoOnce.Do(startOto)
	t := time.NewTimer(timeout)
	defer t.Stop()
	select {
	case <-otoReady:
	case <-t.C:
		return nil, fmt.Errorf("%w: the sound system did not answer within %v", ErrNoDevice, timeout)
	}
	if otoErr != nil {
		return nil, fmt.Errorf("%w: %v", ErrNoDevice, otoErr)
	}
	return &otoDevice{ctx: otoCtx, voices: map[*otoVoice]struct{}{}}, nil
}

type otoDevice struct {
	ctx    *oto.Context
	mu     sync.Mutex
	voices map[*otoVoice]struct{}
	closed bool
}

func (d *otoDevice) SampleRate() int { return SampleRate }
func (d *otoDevice) Channels() int   { return otoChannels }

func (d *otoDevice) NewVoice(r io.Reader) (Voice, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed {
		return nil, fmt.Errorf("%w: device closed", ErrNoDevice)
	}
	if err := d.ctx.Err(); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNoDevice, err)
	}
	p := d.ctx.NewPlayer(r)
	if s, ok := p.(oto.BufferSizeSetter); ok {
		s.SetBufferSize(otoVoiceBuffer)
	}
	v := &otoVoice{dev: d, p: p}
	d.voices[v] = struct{}{}
	return v, nil
}

// Close closes this Device's voices. The oto/v2 context itself cannot be
// closed; it stays for a later OpenOto.
func (d *otoDevice) Close() error {
	d.mu.Lock()
	vs := d.voices
	d.voices = map[*otoVoice]struct{}{}
	d.closed = true
	d.mu.Unlock()
	for v := range vs {
		v.p.Close()
	}
	return nil
}

type otoVoice struct {
	dev *otoDevice
	p   oto.Player
}

func (v *otoVoice) Play()               { v.p.Play() }
func (v *otoVoice) Pause()              { v.p.Pause() }
func (v *otoVoice) SetVolume(x float64) { v.p.SetVolume(x) }
func (v *otoVoice) Buffered() int       { return v.p.UnplayedBufferSize() }

func (v *otoVoice) Err() error {
	if err := v.p.Err(); err != nil {
		return err
	}
	return v.dev.ctx.Err() // the ALSA write loop died (device unplugged...)
}

func (v *otoVoice) Close() error {
	v.dev.mu.Lock()
	delete(v.dev.voices, v)
	v.dev.mu.Unlock()
	return v.p.Close()
}
