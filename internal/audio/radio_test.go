package audio

import (
	"math"
	"slices"
	"testing"
)

// gainDB is the output/input RMS ratio for a sine, after 0.5 s of settling.
func gainDB(t *testing.T, hz float64, opts RadioOptions) float64 {
	t.Helper()
	in := sine(hz, 0.5, 3*SampleRate)
	out := make([]float32, len(in))
	NewRadio(opts).Process(out, in)
	skip := SampleRate / 2
	return dB(rms(out[skip:]) / rms(in[skip:]))
}

func TestRadioBandPass(t *testing.T) {
	quiet := RadioOptions{NoNoise: true}
	for _, hz := range []float64{100, 6000} {
		if g := gainDB(t, hz, quiet); g > -20 {
			t.Errorf("%v Hz: gain %.1f dB, want <= -20 dB", hz, g)
		} else {
			t.Logf("%v Hz: %.1f dB", hz, g)
		}
	}
	if g := gainDB(t, 1000, quiet); math.Abs(g) > 3 {
		t.Errorf("1 kHz: gain %.1f dB, want within 3 dB", g)
	} else {
		t.Logf("1000 Hz: %.1f dB", g)
	}
	// A quiet 1 kHz (below the compressor's threshold) too.
	in := sine(1000, 0.05, 3*SampleRate)
	out := make([]float32, len(in))
	NewRadio(quiet).Process(out, in)
	if g := dB(rms(out[SampleRate:]) / rms(in[SampleRate:])); math.Abs(g) > 3 {
		t.Errorf("quiet 1 kHz: gain %.1f dB, want within 3 dB", g)
	}
	// With noise on the stop band is still >= 20 dB down (hiss is -40 dBFS).
	if g := gainDB(t, 6000, RadioOptions{}); g > -20 {
		t.Errorf("6 kHz with noise: gain %.1f dB", g)
	}
}

func TestRadioHissAndCrackle(t *testing.T) {
	n := 20 * SampleRate
	out := make([]float32, n)
	r := NewRadio(RadioOptions{})
	r.Process(out, make([]float32, n))
	// Hiss: median of 50 ms windows' RMS, so clicks do not count.
	var win []float64
	for i := 0; i+1102 <= n; i += 1102 {
		win = append(win, rms(out[i:i+1102]))
	}
	slices.Sort(win)
	hiss := dB(win[len(win)/2])
	t.Logf("hiss %.1f dBFS (50 ms windows: %.1f..%.1f), %d clicks in 20 s", hiss, dB(win[0]), dB(win[len(win)-1]), r.clicks)
	if hiss < -43 || hiss > -37 {
		t.Errorf("hiss %.1f dBFS, want about -40", hiss)
	}
	if r.clicks < 3 || r.clicks > 30 {
		t.Errorf("%d clicks in 20 s, want sparse (about 12)", r.clicks)
	}
	for _, v := range out {
		if math.Abs(float64(v)) > 0.15 {
			t.Fatalf("noise peak %v: too loud for a mild effect", v)
		}
	}
}

func TestRadioDeterministic(t *testing.T) {
	in := sine(700, 0.6, 2*SampleRate)
	for i := range in { // speech-like bursts
		if (i/3000)%3 == 0 {
			in[i] *= 0.1
		}
	}
	run := func(seed uint64, block int) []float32 {
		r := NewRadio(RadioOptions{Seed: seed})
		out := make([]float32, len(in))
		for i := 0; i < len(in); i += block {
			j := min(len(in), i+block)
			r.Process(out[i:j], in[i:j])
		}
		return out
	}
	a := run(7, 512)
	if !slices.Equal(a, run(7, 512)) {
		t.Fatal("same input twice gave different output")
	}
	if !slices.Equal(a, run(7, 37)) || !slices.Equal(a, run(7, len(in))) {
		t.Fatal("output depends on block size")
	}
	if slices.Equal(a, run(8, 512)) {
		t.Fatal("a different seed gave identical noise")
	}
	r := NewRadio(RadioOptions{Seed: 7})
	b := make([]float32, len(in))
	r.Process(b, in)
	r.Reset()
	r.Process(b, in)
	if !slices.Equal(a, b) {
		t.Fatal("Reset does not restore the initial state")
	}
}

// BenchmarkRadio: one op = one second of 22,050 Hz mono audio, so ns/op is
// nanoseconds of CPU per second of audio.
func BenchmarkRadio(b *testing.B) {
	in := sine(440, 0.5, SampleRate)
	out := make([]float32, len(in))
	r := NewRadio(RadioOptions{})
	b.SetBytes(int64(len(in) * 4))
	b.ResetTimer()
	for b.Loop() {
		for i := 0; i < len(in); i += 512 {
			j := min(len(in), i+512)
			r.Process(out[i:j], in[i:j])
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/1e6, "ms/audio-s")
}
