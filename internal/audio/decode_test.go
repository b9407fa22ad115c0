package audio

import (
	"bytes"
	"math"
	"os"
	"strings"
	"testing"
	"time"
)

// testdata/sine440.ogg: 1 s, 440 Hz, mono, 22,050 Hz (see testdata/README.md).
func readSine(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/sine440.ogg")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestLoadOgg(t *testing.T) {
	dev, clk := newFakeDevice(), newFakeClock()
	p := NewPlayer(dev, Options{Clock: clk, TickInterval: -1})
	defer p.Close()
	cues := []Cue{{Start: 0, End: 11025}, {Start: 11025, End: 22050}}
	if err := p.Load("sine440.ogg", readSine(t), cues); err != nil {
		t.Fatal(err)
	}
	if p.Duration() != time.Second {
		t.Fatalf("Duration %v, want 1s (Vorbis keeps the exact length)", p.Duration())
	}
	p.Play()
	dev.play(clk, SampleRate)
	got := dev.current().playedSamples()
	if len(got) != SampleRate {
		t.Fatalf("played %d samples", len(got))
	}
	// Frequency from zero crossings, level from RMS (sox "vol 0.5").
	cross := 0
	for i := 1; i < len(got); i++ {
		if (got[i-1] < 0) != (got[i] < 0) {
			cross++
		}
	}
	if f := float64(cross) / 2; math.Abs(f-440) > 5 {
		t.Errorf("decoded tone is %.0f Hz, want 440", f)
	}
	if r := rms(got); math.Abs(r-0.5/math.Sqrt2) > 0.03 {
		t.Errorf("decoded RMS %.3f, want %.3f", r, 0.5/math.Sqrt2)
	}
	p.Update()
	wantState(t, p, StateEnded)
}

func TestLoadBadOgg(t *testing.T) {
	data := readSine(t)
	corrupt := append([]byte(nil), data...)
	for i := len(corrupt) / 2; i < len(corrupt)/2+64; i++ {
		corrupt[i] ^= 0x5a
	}
	cases := map[string][]byte{
		"empty":              nil,
		"not ogg":            []byte("RIFF....WAVEfmt "),
		"header only":        data[:60],
		"cut in half":        data[:len(data)/2],
		"last bytes missing": data[:len(data)-10],
		"corrupt middle":     corrupt,
		"cut at a page edge": data[:bytes.LastIndex(data, []byte("OggS"))],
	}
	for what, b := range cases {
		p := NewPlayer(nil, Options{TickInterval: -1})
		err := p.Load("nagy-1956-11-04.hu.ogg", b, nil)
		if err == nil {
			t.Errorf("%s: no error", what)
		} else if !strings.Contains(err.Error(), "nagy-1956-11-04.hu.ogg") {
			t.Errorf("%s: error does not name the file: %v", what, err)
		} else {
			t.Logf("%s: %v", what, err)
		}
		if p.State() != StateEmpty {
			t.Errorf("%s: state %v after failed Load", what, p.State())
		}
		p.Close()
	}
	// Cues that run past the audio (e.g. stale cues for a shorter file).
	p := NewPlayer(nil, Options{TickInterval: -1})
	defer p.Close()
	err := p.Load("sine440.ogg", data, []Cue{{Start: 0, End: 30000}})
	if err == nil || !strings.Contains(err.Error(), "sine440.ogg") {
		t.Errorf("cues past the end: %v", err)
	}
}

// TestParseCues: the player reads cue files with internal/cues' rules
// (tested there); a file for another sample rate is refused.
func TestParseCues(t *testing.T) {
	f, err := ParseCues([]byte(`{"sample_rate": 22050, "samples": 1000, "cues": [{"start": 0, "end": 400}, {"start": 500, "end": 1000}]}`))
	if err != nil || len(f.Cues) != 2 || f.Cues[1] != (Cue{Start: 500, End: 1000}) {
		t.Fatalf("%+v %v", f, err)
	}
	if _, err := ParseCues([]byte(`{"sample_rate": 44100, "samples": 10, "cues": [{"start": 0, "end": 5}]}`)); err == nil {
		t.Error("accepted a 44,100 Hz cue file")
	}
	if cueAt(nil, 5) != -1 || cueAt([]Cue{{Start: 10, End: 20}}, 5) != -1 || cueAt([]Cue{{Start: 10, End: 20}}, 25) != 0 {
		t.Error("cueAt")
	}
}
