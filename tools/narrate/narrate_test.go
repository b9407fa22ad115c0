package main

import (
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/jfreymuth/oggvorbis"
)

// These tests check the committed narrations in content/audio against the broadcast texts.
// They need no synthesizer: regenerating is `go run ./tools/narrate` (see docs/broadcasts.md).

const contentDir = "../../content"

const (
	lengthTolerance = sampleRate / 20 // 50 ms
	minCueRMS       = 0.02            // full scale = 1; speech peak-normalised to -1 dBFS is ~0.1
	maxCaptionWords = 30
)

func loadForTest(t *testing.T) []*Broadcast {
	t.Helper()
	bs, err := loadBroadcasts(filepath.Join(contentDir, "broadcasts"))
	if err != nil {
		t.Fatal(err)
	}
	return bs
}

func TestCommittedAudioMatchesCues(t *testing.T) {
	for _, b := range loadForTest(t) {
		for _, lang := range languages {
			if !b.Narrated(lang) {
				continue
			}
			name := b.ID + "." + lang
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				cues, err := readCues(filepath.Join(contentDir, "audio", name+".cues.json"))
				if err != nil {
					t.Fatalf("%v (run `go run ./tools/narrate`)", err)
				}
				if cues.SampleRate != sampleRate {
					t.Errorf("sample_rate = %d, want %d", cues.SampleRate, sampleRate)
				}
				if len(cues.Cues) != len(b.Sentences) {
					t.Fatalf("%d cues for %d sentences", len(cues.Cues), len(b.Sentences))
				}
				prevEnd := 0
				for i, c := range cues.Cues {
					if c.Start < prevEnd || c.End <= c.Start {
						t.Errorf("cue %d [%d, %d) is not after the previous one (ends %d) or is empty", i+1, c.Start, c.End, prevEnd)
					}
					prevEnd = c.End
				}
				if prevEnd > cues.Samples {
					t.Errorf("last cue ends at %d, after the end of the file (%d samples)", prevEnd, cues.Samples)
				}

				f, err := os.Open(filepath.Join(contentDir, "audio", name+".ogg"))
				if err != nil {
					t.Fatal(err)
				}
				defer f.Close()
				pcm, format, err := oggvorbis.ReadAll(f)
				if err != nil {
					t.Fatalf("decoding: %v", err)
				}
				if format.SampleRate != sampleRate || format.Channels != 1 {
					t.Fatalf("format %d Hz, %d channels; want %d Hz mono", format.SampleRate, format.Channels, sampleRate)
				}
				frames := len(pcm)
				if d := frames - cues.Samples; d < -lengthTolerance || d > lengthTolerance {
					t.Errorf("decoded %d frames, cues say %d samples (%.3f s apart)", frames, cues.Samples, float64(d)/sampleRate)
				}
				if d := frames - prevEnd; d < -lengthTolerance || d > lengthTolerance {
					t.Errorf("decoded %d frames, last cue ends at %d (%.3f s apart)", frames, prevEnd, float64(d)/sampleRate)
				}
				for i, c := range cues.Cues {
					end := min(c.End, frames)
					if c.Start >= end {
						continue
					}
					var sum float64
					for _, s := range pcm[c.Start:end] {
						sum += float64(s) * float64(s)
					}
					if rms := math.Sqrt(sum / float64(end-c.Start)); rms < minCueRMS {
						t.Errorf("cue %d (%q) is nearly silent: RMS %.4f", i+1, b.Sentences[i].Text[lang], rms)
					}
				}
			})
		}
	}
}

// TestNoStrayAudio: every file in content/audio belongs to a broadcast.
func TestNoStrayAudio(t *testing.T) {
	want := map[string]bool{}
	for _, b := range loadForTest(t) {
		for _, lang := range languages {
			if !b.Narrated(lang) {
				continue // its files must not exist
			}
			want[b.ID+"."+lang+".ogg"] = true
			want[b.ID+"."+lang+".cues.json"] = true
		}
	}
	files, _ := filepath.Glob(filepath.Join(contentDir, "audio", "*"))
	for _, f := range files {
		if !want[filepath.Base(f)] {
			t.Errorf("%s belongs to no broadcast", f)
		}
	}
}

// TestCaptions: caption lines stay readable, and every language has the same lines.
func TestCaptions(t *testing.T) {
	for _, b := range loadForTest(t) {
		for i, s := range b.Sentences {
			for _, lang := range languages {
				if n := len(strings.Fields(s.Text[lang])); n > maxCaptionWords {
					t.Errorf("%s: sentence %d (%s) has %d words; cut it below %d", b.ID, i+1, lang, n, maxCaptionWords)
				}
			}
		}
	}
}

// TestPagesReferToBroadcasts: every `broadcast:` id on a page has a broadcast file.
func TestPagesReferToBroadcasts(t *testing.T) {
	have := map[string]bool{}
	for _, b := range loadForTest(t) {
		have[b.ID] = true
	}
	re := regexp.MustCompile(`(?m)^broadcast:\s*(\S+)`)
	pages, _ := filepath.Glob(filepath.Join(contentDir, "*", "*.yaml"))
	for _, p := range pages {
		if filepath.Base(filepath.Dir(p)) == "broadcasts" {
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(data), -1) {
			if id := strings.Trim(m[1], `"'`); !have[id] {
				t.Errorf("%s refers to broadcast %q, which has no file in content/broadcasts", p, id)
			}
		}
	}
}

// TestNoNarrationIsChecked: a no_narration entry needs a known language other than the
// original, a reason in every language, and must leave one language narrated.
func TestNoNarrationIsChecked(t *testing.T) {
	base := func() Broadcast {
		return Broadcast{ID: "x", Date: "1956-11-04", Voice: "male", OriginalLang: "en", Certainty: "B",
			Source: "s", TranslatedBy: "exhibit",
			Station: Text{"en": "a", "hu": "a"}, Speaker: Text{"en": "a", "hu": "a"},
			Context: Text{"en": "a", "hu": "a"}, Recording: Text{"en": "a", "hu": "a"},
			Sentences: []Sentence{{Text: Text{"en": "Help!", "hu": "Segítség!"}}}}
	}
	for name, tc := range map[string]struct {
		no   map[string]Text
		want string
	}{
		"fine":             {map[string]Text{"hu": {"en": "why", "hu": "miért"}}, ""},
		"unknown language": {map[string]Text{"de": {"en": "why", "hu": "miért"}}, "unknown language"},
		"original":         {map[string]Text{"en": {"en": "why", "hu": "miért"}}, "original language"},
		"reason missing":   {map[string]Text{"hu": {"en": "why"}}, "no_narration.hu.hu: missing"},
		"all languages":    {map[string]Text{"hu": {"en": "a", "hu": "a"}, "en": {"en": "a", "hu": "a"}}, "at least one language"},
	} {
		b := base()
		b.NoNarration = tc.no
		got := strings.Join(b.check("x"), "; ")
		if (tc.want == "") != (got == "") || !strings.Contains(got, tc.want) {
			t.Errorf("%s: problems %q, want one containing %q", name, got, tc.want)
		}
		if tc.want == "" && b.Narrated("hu") {
			t.Errorf("%s: Narrated(hu) = true", name)
		}
	}
}

func TestEndsSentence(t *testing.T) {
	for line, want := range map[string]bool{
		"Help! Help! Help!": true, "ANY NEWS ABOUT HELP?": true, "…ezzel…": true, "volt,": false,
		"csatlakoznék.": true, "several Parties": false, "mozgalom;": false,
	} {
		if got := endsSentence(line); got != want {
			t.Errorf("endsSentence(%q) = %v", line, got)
		}
	}
}

func TestEspeakText(t *testing.T) {
	for in, want := range map[string]string{
		"…elemi erővel bontakozott ki": "elemi erővel bontakozott ki",
		"GYORSAN. GYORSAN…":            "GYORSAN. GYORSAN.",
		"ezzel...":                     "ezzel.",
	} {
		if got := espeakText(in); got != want {
			t.Errorf("espeakText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCuesMarshalIsJSON(t *testing.T) {
	dir := t.TempDir()
	c := Cues{SampleRate: sampleRate, Samples: 100, Cues: []Cue{{0, 10}, {20, 100}}}
	p := filepath.Join(dir, "x.cues.json")
	if err := os.WriteFile(p, c.Marshal(), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := readCues(p)
	if err != nil {
		t.Fatal(err)
	}
	if got.Samples != 100 || len(got.Cues) != 2 || got.Cues[1] != (Cue{20, 100}) {
		t.Errorf("round trip: %+v", got)
	}
}
