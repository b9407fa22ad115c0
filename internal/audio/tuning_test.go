package audio

import (
	"math"
	"os"
	"testing"
	"time"
)

// The tuning noise is the radio's hiss made audible: about -20 dBFS, never
// clipping, the same for the same seed.
func TestTuningNoise_AudibleAndRepeatable(t *testing.T) {
	x := TuningNoise(time.Second, 7)
	if len(x) != SampleRate {
		t.Fatalf("%d samples for 1 s, want %d", len(x), SampleRate)
	}
	db := 20 * math.Log10(rms(x))
	if db < -26 || db > -14 {
		t.Errorf("tuning noise at %.1f dBFS, want about -20", db)
	}
	for i, v := range x {
		if v > 1 || v < -1 {
			t.Fatalf("sample %d is %v", i, v)
		}
	}
	y := TuningNoise(time.Second, 7)
	for i := range x {
		if x[i] != y[i] {
			t.Fatalf("same seed, different noise at %d", i)
		}
	}
	if TuningNoise(0, 1) != nil {
		t.Error("no duration, yet noise")
	}
}

// Level follows the sound at the position: loud where the sound is loud,
// 0 in silence and when not playing.
func TestPlayer_LevelFollowsTheSound(t *testing.T) {
	clock := newFakeClock()
	p := NewPlayer(nil, Options{Clock: clock, TickInterval: -1})
	defer p.Close()
	pcm := make([]float32, SampleRate*2)
	for i := range SampleRate { // one loud second, then silence
		pcm[i] = float32(0.2 * math.Sin(2*math.Pi*440*float64(i)/SampleRate))
	}
	if err := p.LoadPCM("tone", pcm, nil); err != nil {
		t.Fatal(err)
	}
	if l := p.Level(); l != 0 {
		t.Errorf("stopped: level %.2f, want 0", l)
	}
	p.Play()
	clock.Advance(500 * time.Millisecond)
	if l := p.Level(); l < 0.5 {
		t.Errorf("in the tone: level %.2f, want ≥ 0.5", l)
	}
	clock.Advance(time.Second)
	if l := p.Level(); l != 0 {
		t.Errorf("in the silence: level %.2f, want 0", l)
	}
}

// Decode gives the samples Load would play; bad data is an error.
func TestDecode_NarrationAndGarbage(t *testing.T) {
	ogg, err := os.ReadFile("../../content/audio/gero-1956-10-23.en.ogg")
	if err != nil {
		t.Fatal(err)
	}
	pcm, err := Decode(ogg)
	if err != nil || len(pcm) < SampleRate {
		t.Fatalf("Decode: %d samples, %v", len(pcm), err)
	}
	p := NewPlayer(nil, Options{TickInterval: -1})
	defer p.Close()
	if err := p.Load("gero", ogg, nil); err != nil {
		t.Fatal(err)
	}
	if got := time.Duration(len(pcm)) * time.Second / SampleRate; got != p.Duration() {
		t.Errorf("Decode gives %v, Load %v", got, p.Duration())
	}
	if _, err := Decode([]byte("not ogg")); err == nil {
		t.Error("garbage decoded")
	}
}
