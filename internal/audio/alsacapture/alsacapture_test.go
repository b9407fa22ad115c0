package alsacapture

import (
	"encoding/binary"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

func TestAnalyze(t *testing.T) {
	const rate = 22050
	raw := make([]byte, 4*2*rate) // 0.5 s silence, 1 s of 440 Hz, 0.5 s silence
	for i := rate / 2; i < rate/2+rate; i++ {
		v := float32(0.5 * math.Sin(2*math.Pi*440*float64(i)/rate+0.3))
		binary.LittleEndian.PutUint32(raw[4*i:], math.Float32bits(v))
	}
	s := Analyze(raw, rate, 1)
	if math.Abs(s.Sound-1) > 0.01 || math.Abs(s.Start-0.5) > 0.01 || math.Abs(s.Hz-440) > 2 || math.Abs(s.Peak-0.5) > 0.01 {
		t.Fatalf("%+v", s)
	}
}

// TestCapture is the end-to-end check of docs/audio.md: build pacer and
// playtone, point HOME at an .asoundrc that captures through the pacer, play
// 1 s of 440 Hz through the real oto Device and check the capture. It needs
// cgo and libasound2-dev, and takes a few seconds: AUDIO_E2E=1 to run.
func TestCapture(t *testing.T) {
	if os.Getenv("AUDIO_E2E") == "" {
		t.Skip("set AUDIO_E2E=1 to build and run the ALSA capture check")
	}
	dir := t.TempDir()
	pacer, playtone := filepath.Join(dir, "pacer"), filepath.Join(dir, "playtone")
	for bin, pkg := range map[string]string{pacer: "../cmd/pacer", playtone: "../cmd/playtone"} {
		if out, err := exec.Command("go", "build", "-o", bin, pkg).CombinedOutput(); err != nil {
			t.Fatalf("go build %s: %v\n%s", pkg, err, out)
		}
	}
	capture := filepath.Join(dir, "capture.raw")
	if err := WriteConfig(dir, pacer, capture, 22050, 1); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(playtone, "-seconds", "1", "-hz", "440")
	cmd.Env = append(os.Environ(), "HOME="+dir)
	start := time.Now()
	out, err := cmd.CombinedOutput()
	t.Logf("playtone (%v):\n%s", time.Since(start).Round(time.Millisecond), out)
	if err != nil {
		t.Fatal(err)
	}
	if el := time.Since(start); el < 900*time.Millisecond {
		t.Errorf("1 s of audio played in %v: not paced in real time", el)
	}
	// The pacer outlives playtone while it drains the pipe: wait until the
	// capture stops growing.
	size, still := int64(-1), 0
	for deadline := time.Now().Add(10 * time.Second); still < 5 && time.Now().Before(deadline); {
		time.Sleep(100 * time.Millisecond)
		fi, err := os.Stat(capture)
		if err == nil && fi.Size() == size {
			still++
		} else if err == nil {
			size, still = fi.Size(), 0
		}
	}
	raw, err := os.ReadFile(capture)
	if err != nil {
		t.Fatal(err)
	}
	s := Analyze(raw, 22050, 1)
	t.Logf("capture: %+v", s)
	if math.Abs(s.Sound-1) > 0.05 || math.Abs(s.Hz-440) > 5 || math.Abs(s.Peak-0.5) > 0.02 {
		t.Errorf("capture is not ~1 s of a 0.5 440 Hz sine: %+v", s)
	}
}
