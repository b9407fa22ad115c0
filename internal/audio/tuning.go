package audio

import (
	"fmt"
	"math"
	"time"
)

// Between stations: the period set's own noise, louder, as a visitor hears
// it while turning the dial. No asset: the radio filter run on silence.

// tuningGain lifts the filter's faint hiss (-40 dBFS) to about -20 dBFS:
// heard, yet well below the narration.
const tuningGain = 10.0

// TuningNoise returns d of the radio filter's hiss and crackle at
// SampleRate, for the set to play between stations (LoadPCM). The same
// seed gives the same noise.
func TuningNoise(d time.Duration, seed uint64) []float32 {
	n := int(d.Seconds() * SampleRate)
	if n <= 0 {
		return nil
	}
	pcm := make([]float32, n)
	r := NewRadio(RadioOptions{Seed: seed})
	r.Process(pcm, pcm)
	for i, v := range pcm {
		pcm[i] = float32(softClip(float64(v) * tuningGain))
	}
	return pcm
}

// levelWindow is how much sound Level measures: about one video frame's
// worth of a syllable.
const levelWindow = 50 * time.Millisecond

// Level is how loud the loaded sound is at the playback position, 0–1: the
// RMS of the last 50 ms, scaled so speech at -20 dBFS reads about 0.7.
// It is 0 unless playing. The magic-eye tube follows it.
func (p *Player) Level() float64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.state != StatePlaying || len(p.pcm) == 0 || p.rate == 0 {
		return 0
	}
	end := min(p.posLocked(), int64(len(p.pcm)))
	start := max(end-int64(levelWindow.Seconds()*float64(p.rate)), 0)
	if end <= start {
		return 0
	}
	var sum float64
	for _, v := range p.pcm[start:end] {
		sum += float64(v) * float64(v)
	}
	rms := math.Sqrt(sum / float64(end-start))
	return min(rms*7, 1)
}

// Decode decodes an Ogg Vorbis narration to mono samples at SampleRate, for
// LoadPCM: a screen may decode the broadcasts a visitor is likely to tune
// to next in the background, so that tuning plays at once. Call it off the
// UI goroutine.
func Decode(ogg []byte) ([]float32, error) {
	pcm, rate, err := decodeOgg(ogg)
	if err != nil {
		return nil, err
	}
	if rate != SampleRate {
		return nil, fmt.Errorf("audio: sample rate %d Hz, want %d Hz", rate, SampleRate)
	}
	return pcm, nil
}
