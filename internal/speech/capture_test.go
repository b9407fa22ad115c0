//go:build unix

package speech

import (
	"context"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
	"time"

	"budapest1956/internal/audio/alsacapture"
)

// TestCapture_SpeechThroughOto speaks through the real oto device into an
// ALSA capture file (docs/audio.md): alone, then over a broadcast playing on
// the same device, ducked. It needs cgo, libasound2-dev, flite and espeak-ng
// and takes a few seconds: AUDIO_E2E=1 to run.
func TestCapture_SpeechThroughOto(t *testing.T) {
	if os.Getenv("AUDIO_E2E") == "" {
		t.Skip("set AUDIO_E2E=1 to build and run the ALSA capture check")
	}
	needs(t, "flite", "espeak-ng")
	dir := t.TempDir()
	pacer, say := filepath.Join(dir, "pacer"), filepath.Join(dir, "say")
	for bin, pkg := range map[string]string{pacer: "../audio/cmd/pacer", say: "./cmd/say"} {
		if out, err := exec.Command("go", "build", "-o", bin, pkg).CombinedOutput(); err != nil {
			t.Fatalf("go build %s: %v\n%s", pkg, err, out)
		}
	}
	spoke := regexp.MustCompile(`spoke (\d+) samples`)
	run := func(name string, args ...string) (alsacapture.Stats, float64, []byte) {
		capture := filepath.Join(dir, name+".raw")
		if err := alsacapture.WriteConfig(dir, pacer, capture, SampleRate, 1); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		cmd := exec.CommandContext(ctx, say, args...)
		cmd.Env = append(os.Environ(), "HOME="+dir)
		out, err := cmd.CombinedOutput()
		t.Logf("say %q:\n%s", args, out)
		if err != nil {
			t.Fatal(err)
		}
		m := spoke.FindSubmatch(out)
		if m == nil {
			t.Fatalf("say printed no length")
		}
		n, _ := strconv.Atoi(string(m[1]))
		// The pacer outlives say while it drains the pipe.
		size, still := int64(-1), 0
		for deadline := time.Now().Add(10 * time.Second); still < 5 && time.Now().Before(deadline); {
			time.Sleep(100 * time.Millisecond)
			if fi, err := os.Stat(capture); err == nil && fi.Size() == size {
				still++
			} else if err == nil {
				size, still = fi.Size(), 0
			}
		}
		raw, err := os.ReadFile(capture)
		if err != nil {
			t.Fatal(err)
		}
		s := alsacapture.Analyze(raw, SampleRate, 1)
		t.Logf("capture: %+v", s)
		return s, float64(n) / SampleRate, raw
	}

	// Alone: the capture holds the utterance, at its level (-1 dBFS peak).
	s, sec, _ := run("alone", "-lang", "hu", "Lejátszás, gomb. Következő oldal.")
	if math.Abs(s.Sound-sec) > 0.05 || math.Abs(s.Peak-peakLevel) > 0.02 {
		t.Errorf("capture: %.2f s of sound at peak %.3f; the utterance is %.2f s at %.3f", s.Sound, s.Peak, sec, peakLevel)
	}

	// Over a 3 s broadcast tone (0.3) on the same device (say ducks it to 0.1
	// through OnDuck): the tone runs throughout and the two mix.
	s, sec, raw := run("mixed", "-lang", "en", "-tone", "3", "Play, button")
	if math.Abs(s.Sound-3) > 0.1 {
		t.Errorf("capture: %.2f s of sound, want the 3 s tone", s.Sound)
	}
	// The loudest sample exceeds both the tone and the ducked tone plus
	// nothing: speech is on top ...
	x := func(i int) float64 {
		return float64(math.Float32frombits(uint32(raw[4*i]) | uint32(raw[4*i+1])<<8 | uint32(raw[4*i+2])<<16 | uint32(raw[4*i+3])<<24))
	}
	first := int(s.Start * SampleRate)
	var peakAll float64
	for i := first; i < first+int(3*SampleRate) && 4*i+4 <= len(raw); i++ {
		peakAll = max(peakAll, math.Abs(x(i)))
	}
	if peakAll < 0.5 {
		t.Errorf("peak %.3f: speech did not play over the tone", peakAll)
	}
	// ... and after the speech has ended, the last half second is the tone
	// alone at its full 0.3 again (unducked).
	var tail float64
	end := first + int(3*SampleRate)
	for i := end - SampleRate/2; i < end-SampleRate/20; i++ {
		tail = max(tail, math.Abs(x(i)))
	}
	if sec > 2 || math.Abs(tail-0.3) > 0.02 {
		t.Errorf("tail peak %.3f (speech %.2f s), want the tone at 0.3", tail, sec)
	}
}
