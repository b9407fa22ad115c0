// Package alsacapture helps end-to-end tests hear what the app plays on a
// machine with no sound card: an .asoundrc that sends ALSA's default device
// to a file through the pacer (internal/audio/cmd/pacer), and a small
// analysis of the captured raw float32 samples. See docs/audio.md.
package alsacapture

import (
	"encoding/binary"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
)

// Config is the .asoundrc text: the default PCM becomes a "file" plugin on
// the "null" device, writing raw samples into "|pacer ...", which copies them
// to out at rate*channels*4 bytes per second (oto/v2 opens FLOAT_LE).
func Config(pacer, out string, rate, channels int) string {
	return fmt.Sprintf(`pcm.!default {
    type file
    slave.pcm "null"
    file "|%s -rate %d -channels %d -sample-bytes 4 -o %s"
    format "raw"
}
`, pacer, rate, channels, out)
}

// WriteConfig writes home/.asoundrc; run the app with HOME=home.
func WriteConfig(home, pacer, out string, rate, channels int) error {
	for _, p := range []string{pacer, out} {
		if strings.ContainsAny(p, "\" \t\n") {
			return fmt.Errorf("alsacapture: path %q must not contain quotes or spaces", p)
		}
	}
	return os.WriteFile(filepath.Join(home, ".asoundrc"), []byte(Config(pacer, out, rate, channels)), 0o644)
}

// Stats describe a capture (first channel only).
type Stats struct {
	Seconds   float64 // whole capture
	Sound     float64 // seconds from the first to the last sample above -60 dBFS
	Start     float64 // seconds of silence before the sound
	Peak, RMS float64 // over the sound
	Hz        float64 // frequency from zero crossings over the sound
}

// Analyze reads raw float32 little-endian interleaved samples.
func Analyze(raw []byte, rate, channels int) Stats {
	frame := 4 * channels
	n := len(raw) / frame
	x := make([]float64, n)
	for i := range x {
		x[i] = float64(math.Float32frombits(binary.LittleEndian.Uint32(raw[i*frame:])))
	}
	s := Stats{Seconds: float64(n) / float64(rate)}
	first, last := -1, -1
	for i, v := range x {
		if math.Abs(v) > 1e-3 {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return s
	}
	snd := x[first : last+1]
	s.Sound = float64(len(snd)) / float64(rate)
	s.Start = float64(first) / float64(rate)
	var sum float64
	cross := 0
	for i, v := range snd {
		s.Peak = math.Max(s.Peak, math.Abs(v))
		sum += v * v
		if i > 0 && (snd[i-1] < 0) != (v < 0) {
			cross++
		}
	}
	s.RMS = math.Sqrt(sum / float64(len(snd)))
	s.Hz = float64(cross) / 2 / s.Sound
	return s
}
