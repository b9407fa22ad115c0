package e2e

import (
	"encoding/binary"
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"budapest1956/internal/audio/alsacapture"
)

// capture plays a broadcast in the real app with ALSA's default device
// replaced by a file (through the pacer, in real time) and returns the
// samples that reached "the loudspeaker".
func capture(t *testing.T, id string, keys ...string) ([]float32, float64) {
	t.Helper()
	home, raw := captureHome(t)
	var cues struct {
		Samples int64 `json:"samples"`
	}
	data, err := os.ReadFile("../content/audio/" + id + ".en.cues.json")
	if err != nil {
		t.Fatal(err)
	}
	json.Unmarshal(data, &cues)
	seconds := float64(cues.Samples) / 22050

	s := startIn(t, home, "--start", id)
	for _, k := range keys {
		s.xdotool("key", k)
		time.Sleep(300 * time.Millisecond)
	}
	s.screenshot("radio-" + id + "-start")
	s.xdotool("key", "space") // Play
	time.Sleep(time.Duration(seconds/2) * time.Second)
	s.screenshot("radio-" + id + "-playing")
	time.Sleep(time.Duration(seconds/2+3) * time.Second)

	b, err := os.ReadFile(raw)
	if err != nil {
		t.Fatalf("nothing captured: %v", err)
	}
	x := make([]float32, len(b)/4)
	for i := range x {
		x[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[i*4:]))
	}
	return x, seconds
}

// lowShare is the share of energy below about 250 Hz (a 2nd-order
// low-pass): where a male voice's fundamental lies, and what a 1950s AM
// set's band-pass (300–3400 Hz) takes away. A one-number view of the spectrum.
func lowShare(x []float32) float64 {
	const fs, f0, q = 22050.0, 250.0, 0.707
	w := 2 * math.Pi * f0 / fs
	alpha := math.Sin(w) / (2 * q)
	b0, b1, b2 := (1-math.Cos(w))/2, 1-math.Cos(w), (1-math.Cos(w))/2
	a0, a1, a2 := 1+alpha, -2*math.Cos(w), 1-alpha
	var x1, x2, y1, y2, hi, all float64
	for _, v := range x {
		xv := float64(v)
		y := (b0*xv + b1*x1 + b2*x2 - a1*y1 - a2*y2) / a0
		x2, x1, y2, y1 = x1, xv, y1, y
		hi += y * y
		all += xv * xv
	}
	if all == 0 {
		return 0
	}
	return hi / all
}

func toBytes(x []float32) []byte {
	b := make([]byte, 4*len(x))
	for i, v := range x {
		binary.LittleEndian.PutUint32(b[i*4:], math.Float32bits(v))
	}
	return b
}

// TestRadio_PlaysTheBroadcastAndClearVoiceChangesTheSound taps Play on
// Nagy's 5:20 broadcast and checks what reached the sound device: about as
// long as the narration (±5%), not silent; then again with "clear voice":
// the low part of the voice that the period-radio filter removes is back.
func TestRadio_PlaysTheBroadcastAndClearVoiceChangesTheSound(t *testing.T) {
	radio, seconds := capture(t, "nagy-1956-11-04")
	st := alsacapture.Analyze(toBytes(radio), 22050, 1)
	t.Logf("radio sound: %.2f s of sound (narration %.2f s), peak %.3f, rms %.3f", st.Sound, seconds, st.Peak, st.RMS)
	if math.Abs(st.Sound-seconds) > 0.05*seconds {
		t.Errorf("captured %.2f s of sound, want %.2f s ± 5%%", st.Sound, seconds)
	}
	if st.RMS < 0.01 || st.Peak < 0.05 {
		t.Errorf("the capture is (nearly) silent: peak %.3f rms %.3f", st.Peak, st.RMS)
	}

	clear, _ := capture(t, "nagy-1956-11-04", "v")
	cst := alsacapture.Analyze(toBytes(clear), 22050, 1)
	hr, hc := lowShare(radio), lowShare(clear)
	t.Logf("clear voice: %.2f s of sound; energy below 250 Hz: radio %.4f, clear %.4f", cst.Sound, hr, hc)
	if math.Abs(cst.Sound-seconds) > 0.05*seconds {
		t.Errorf("clear voice: captured %.2f s of sound, want %.2f s ± 5%%", cst.Sound, seconds)
	}
	if hc < 3*hr {
		t.Errorf("clear voice should keep the low voice the radio filter removes: below 250 Hz %.4f (clear) vs %.4f (radio)", hc, hr)
	}
}

// captureHome is a new HOME whose ALSA default device writes what the app
// plays, paced in real time, to the returned raw file (mono, 22,050 Hz).
func captureHome(t *testing.T) (home, raw string) {
	t.Helper()
	home = t.TempDir()
	pacer := filepath.Join(home, "pacer")
	if out, err := exec.Command("go", "build", "-o", pacer, "../internal/audio/cmd/pacer").CombinedOutput(); err != nil {
		t.Fatalf("build pacer: %v\n%s", err, out)
	}
	raw = filepath.Join(home, "capture.raw")
	if err := alsacapture.WriteConfig(home, pacer, raw, 22050, 1); err != nil {
		t.Fatal(err)
	}
	return home, raw
}
