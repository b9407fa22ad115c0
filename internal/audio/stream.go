package audio

import (
	"encoding/binary"
	"io"
	"math"
	"sync"
	"sync/atomic"
	"time"
)

// stream is the io.Reader a Voice pulls from: it hands out the decoded
// samples from a start position, through the radio effect, as float32 LE
// frames. Every seek makes a new stream and voice, so a read still in flight
// in the old voice can never move the new position.
type stream struct {
	pcm      []float32 // shared, read-only
	channels int
	radioOn  *atomic.Bool // the Player's switch, read once per block
	radio    *Radio
	mix      float32 // current wet share, ramped to avoid clicks when toggled
	step     float32 // ramp per sample (~30 ms from dry to wet)

	mu     sync.Mutex
	pos    int64 // next sample to hand out = samples handed to the device
	closed bool

	made      time.Time // when Play made the stream
	firstRead time.Time // when the device first took samples (zero: not yet)

	dry, wet [512]float32
}

func newStream(pcm []float32, start int64, channels, rate int, radioOn *atomic.Bool, seed uint64) *stream {
	s := &stream{
		pcm:      pcm,
		channels: channels,
		radioOn:  radioOn,
		radio:    NewRadio(RadioOptions{SampleRate: rate, Seed: seed}),
		step:     1 / (0.03 * float32(rate)),
		pos:      start,
		made:     time.Now(),
	}
	if radioOn.Load() {
		s.mix = 1
	}
	return s
}

// handed is how many samples (from the file start) went to the device.
func (s *stream) handed() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.pos
}

// startDelay is the time from Play to the device's first read.
func (s *stream) startDelay() (time.Duration, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.firstRead.IsZero() {
		return 0, false
	}
	return s.firstRead.Sub(s.made), true
}

func (s *stream) close() {
	s.mu.Lock()
	s.closed = true
	s.mu.Unlock()
}

func (s *stream) Read(b []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	total := int64(len(s.pcm))
	if s.closed || s.pos >= total {
		return 0, io.EOF
	}
	frameBytes := 4 * s.channels
	frames := int64(len(b) / frameBytes)
	if frames > total-s.pos {
		frames = total - s.pos
	}
	out := b
	for done := int64(0); done < frames; {
		n := min(frames-done, int64(len(s.dry)))
		s.block(s.pcm[s.pos+done : s.pos+done+n])
		for i := range n {
			bits := math.Float32bits(s.wet[i])
			for range s.channels {
				binary.LittleEndian.PutUint32(out, bits)
				out = out[4:]
			}
		}
		done += n
	}
	if s.firstRead.IsZero() && frames > 0 {
		s.firstRead = time.Now()
	}
	s.pos += frames
	n := int(frames) * frameBytes
	if s.pos >= total {
		return n, io.EOF
	}
	return n, nil
}

// block mixes dry and radio signals into s.wet. The radio runs even when off
// so its filters are warm when a visitor switches it on mid-sentence.
func (s *stream) block(src []float32) {
	n := len(src)
	s.radio.Process(s.wet[:n], src)
	target := float32(0)
	if s.radioOn.Load() {
		target = 1
	}
	for i, d := range src {
		switch {
		case s.mix < target:
			s.mix = min(target, s.mix+s.step)
		case s.mix > target:
			s.mix = max(target, s.mix-s.step)
		}
		switch s.mix {
		case 0:
			s.wet[i] = max(-1, min(1, d))
		case 1: // already soft-clipped by the Radio
		default:
			s.wet[i] = max(-1, min(1, d+s.mix*(s.wet[i]-d)))
		}
	}
}
