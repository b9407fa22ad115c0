package e2e

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"os"
	"testing"
	"time"

	"github.com/jfreymuth/oggvorbis"

	"budapest1956/internal/audio/alsacapture"
)

// Where the radio set's first two stations are on a 1920×1080 screen (the
// glass's ticks; TestRadioSet_* in screens/ draw the same layout): a drag
// that ends nearer the second mark than any other tunes to it.
const (
	dialY             = 350
	markOneX, markTwo = 120, 212
)

// envelope is the RMS of each 20 ms of x (22050 Hz).
func envelope(x []float32) []float64 {
	const n = 441
	var env []float64
	for i := 0; i+n <= len(x); i += n {
		var s float64
		for _, v := range x[i : i+n] {
			s += float64(v) * float64(v)
		}
		env = append(env, math.Sqrt(s/n))
	}
	return env
}

// corr is the Pearson correlation of a and b (same length).
func corr(a, b []float64) float64 {
	var ma, mb float64
	for i := range a {
		ma += a[i]
		mb += b[i]
	}
	ma /= float64(len(a))
	mb /= float64(len(b))
	var sab, saa, sbb float64
	for i := range a {
		sab += (a[i] - ma) * (b[i] - mb)
		saa += (a[i] - ma) * (a[i] - ma)
		sbb += (b[i] - mb) * (b[i] - mb)
	}
	if saa == 0 || sbb == 0 {
		return 0
	}
	return sab / math.Sqrt(saa*sbb)
}

// bestMatch is where in env the start of ref (its first n frames) fits
// best, and how well.
func bestMatch(env, ref []float64, n int) (at int, c float64) {
	c = -1
	for l := 0; l+n <= len(env); l++ {
		if k := corr(env[l:l+n], ref[:n]); k > c {
			at, c = l, k
		}
	}
	return at, c
}

func narration(t *testing.T, id string) []float32 {
	t.Helper()
	data, err := os.ReadFile("../content/audio/" + id + ".en.ogg")
	if err != nil {
		t.Fatal(err)
	}
	x, f, err := oggvorbis.ReadAll(bytes.NewReader(data))
	if err != nil || f.Channels != 1 {
		t.Fatalf("%s: %v (%d channels)", id, err, f.Channels)
	}
	return x
}

// TestRadioDial_DragTunesTheNextBroadcast opens Radio 1956 (the radio set,
// tuned to the first broadcast), plays it with Space, then drags the dial's
// needle with the mouse from the first station to the second and lets go.
// The ALSA capture must hold, in this order: the first broadcast, the
// set's hiss while the needle is between stations, and then the second
// broadcast from its beginning: its loudness envelope is found in the
// capture after the first's, where the first one's own continuation does
// not fit.
func TestRadioDial_DragTunesTheNextBroadcast(t *testing.T) {
	home, raw := captureHome(t)
	first, second := "sixteen-points-1956-10-22", "gero-1956-10-23"

	s := startIn(t, home, "--start", "radio")
	s.screenshot("radio-set-start")
	s.xdotool("key", "space") // the dial has the focus: play
	time.Sleep(5 * time.Second)
	s.screenshot("radio-set-first")
	// The finger on the first station, across the glass to the second.
	s.xdotool("mousemove", fmt.Sprint(markOneX), fmt.Sprint(dialY), "mousedown", "1")
	for i := 1; i <= 20; i++ {
		x := markOneX + (markTwo-markOneX)*i/20
		s.xdotool("mousemove", fmt.Sprint(x), fmt.Sprint(dialY))
		time.Sleep(60 * time.Millisecond)
	}
	s.screenshot("radio-set-between")
	s.xdotool("mouseup", "1")
	time.Sleep(8 * time.Second)
	s.screenshot("radio-set-second")

	b, err := os.ReadFile(raw)
	if err != nil {
		t.Fatalf("nothing captured: %v", err)
	}
	x := make([]float32, len(b)/4)
	for i := range x {
		x[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[i*4:]))
	}
	st := alsacapture.Analyze(b, 22050, 1)
	t.Logf("captured %.1f s, %.1f s of sound, rms %.3f", st.Seconds, st.Sound, st.RMS)

	env := envelope(x)
	r0, r1 := envelope(narration(t, first)), envelope(narration(t, second))
	const n = 200 // 4 s of the broadcast's start
	if len(env) < 2*n {
		t.Fatalf("only %.1f s captured", float64(len(env))/50)
	}
	at0, c0 := bestMatch(env, r0, n)
	at1, c1 := bestMatch(env, r1, n)
	t.Logf("first broadcast found at %.2f s (r=%.2f), second at %.2f s (r=%.2f)", float64(at0)/50, c0, float64(at1)/50, c1)
	if c0 < 0.6 {
		t.Errorf("the first broadcast is not in the capture (best r=%.2f)", c0)
	}
	if c1 < 0.6 {
		t.Fatalf("the second broadcast is not in the capture after the drag (best r=%.2f)", c1)
	}
	if at1 < at0+100 {
		t.Fatalf("the second broadcast starts %.2f s after the first, want after the first played ~5 s", float64(at1-at0)/50)
	}
	// Where the second begins, the first's continuation does not fit.
	if off := at1 - at0; off+n <= len(r0) {
		if k := corr(env[at1:at1+n], r0[off:off+n]); k > c1-0.2 {
			t.Errorf("at %.2f s the capture fits the first broadcast's continuation (r=%.2f) about as well as the second's start (r=%.2f)", float64(at1)/50, k, c1)
		}
	}
	// Just before the second begins, while the needle crossed the glass:
	// the set's hiss, a steady noise with no pause in it — not silence, not
	// speech.
	if at1 >= 60 {
		t.Logf("20 ms loudness over the 1.2 s before it: %.3f", env[at1-60:at1])
		hiss := env[at1-60 : at1-10]
		loud := 0
		for _, v := range hiss {
			if v > 0.005 {
				loud++
			}
		}
		if loud < len(hiss)*8/10 {
			t.Errorf("no steady hiss between the stations: only %d of %d frames of 20 ms before the second broadcast are above -46 dBFS", loud, len(hiss))
		}
	}
}
