// Package audio plays the exhibit's radio broadcasts: one Ogg Vorbis file at a
// time, with caption cues, an optional live "period radio" effect, and a
// position clock that keeps captions moving even when there is no sound card.
//
// It deliberately does not import Fyne: callbacks arrive on arbitrary
// goroutines and the UI marshals them itself with fyne.Do.
package audio

import (
	"budapest1956/internal/health"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"budapest1956/internal/cues"
)

// SampleRate is the rate of every narration file (docs/content-format.md).
// oto allows one context per process, so all assets must share it.
const SampleRate = cues.SampleRate

// DefaultOpenTimeout bounds how long opening the sound device may take.
// oto/v2 has been seen to hang with no sound card; the app must not wait.
const DefaultOpenTimeout = 2 * time.Second

// ErrNoDevice wraps every "there is no usable sound output" error. The app then
// runs captions-only: a Player with a nil Device is timed by its Clock.
var ErrNoDevice = errors.New("audio: no sound output device")

// Device is the sound output. Only oto.go implements it for real, so moving
// from oto/v2 to oto/v3 touches one file.
type Device interface {
	// SampleRate is the rate the device was opened with (frames per second).
	SampleRate() int
	// Channels is 1 or 2. NewVoice readers deliver interleaved float32
	// little-endian frames with this many channels.
	Channels() int
	// NewVoice returns a paused voice that pulls its samples from r.
	NewVoice(r io.Reader) (Voice, error)
	// Close releases the voices made by this Device.
	Close() error
}

// Voice is one stream playing on a Device.
type Voice interface {
	Play()
	Pause()
	// SetVolume sets the volume, 0..1.
	SetVolume(v float64)
	// Buffered is the number of bytes the voice has read from its reader but
	// not played yet; the position clock subtracts it.
	Buffered() int
	// Err is non-nil once the voice (or the device under it) has failed.
	Err() error
	Close() error
}

// Clock is where the Player reads time when there is no device (and in tests).
type Clock interface {
	Now() time.Time
}

type systemClock struct{}

func (systemClock) Now() time.Time { return time.Now() }

// SystemClock is the wall clock (monotonic readings).
func SystemClock() Clock { return systemClock{} }

// OpenWithTimeout runs open off the calling goroutine and gives up after
// timeout (DefaultOpenTimeout if <= 0). Failures and timeouts are returned
// wrapped in ErrNoDevice. A device that arrives after the timeout is closed.
// A hanging open leaves its goroutine blocked: nothing can interrupt it.
func OpenWithTimeout(open func() (Device, error), timeout time.Duration) (Device, error) {
	if timeout <= 0 {
		timeout = DefaultOpenTimeout
	}
	type result struct {
		dev Device
		err error
	}
	var (
		mu        sync.Mutex
		abandoned bool
		ch        = make(chan result, 1)
	)
	go func() {
		defer health.Recover("audio device open")
		dev, err := open()
		mu.Lock()
		defer mu.Unlock()
		if abandoned {
			if dev != nil {
				dev.Close()
			}
			return
		}
		ch <- result{dev, err}
	}()
	t := time.NewTimer(timeout)
	defer t.Stop()
	var r result
	select {
	case r = <-ch:
	case <-t.C:
		mu.Lock()
		select {
		case r = <-ch: // arrived just in time
			mu.Unlock()
		default:
			abandoned = true
			mu.Unlock()
			return nil, fmt.Errorf("%w: the sound system did not answer within %v", ErrNoDevice, timeout)
		}
	}
	switch {
	case r.err != nil && errors.Is(r.err, ErrNoDevice):
		return nil, r.err
	case r.err != nil:
		return nil, fmt.Errorf("%w: %v", ErrNoDevice, r.err)
	case r.dev == nil:
		return nil, ErrNoDevice
	}
	return r.dev, nil
}
