package main

import (
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"budapest1956/internal/cues"

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
	bs, err := loadBroadcasts(contentDir)
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
				data, err := os.ReadFile(filepath.Join(contentDir, "audio", name+".cues.json"))
				if err != nil {
					t.Fatalf("%v (run `go run ./tools/narrate`)", err)
				}
				cf, err := cues.ParseFor(data, len(b.Sentences))
				if err != nil {
					t.Fatalf("%s: %v (run `go run ./tools/narrate`)", name, err)
				}
				prevEnd := cf.Cues[len(cf.Cues)-1].End

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
				frames := int64(len(pcm))
				if d := frames - cf.Samples; d < -lengthTolerance || d > lengthTolerance {
					t.Errorf("decoded %d frames, cues say %d samples (%.3f s apart)", frames, cf.Samples, float64(d)/sampleRate)
				}
				if d := frames - prevEnd; d < -lengthTolerance || d > lengthTolerance {
					t.Errorf("decoded %d frames, last cue ends at %d (%.3f s apart)", frames, prevEnd, float64(d)/sampleRate)
				}
				for i, c := range cf.Cues {
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

// copyContent copies the committed content folder into a temporary one.
func copyContent(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	err := filepath.WalkDir(contentDir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(contentDir, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dir, rel), 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestLoadBroadcasts_ThroughContent: broadcasts are read by internal/content;
// a missing or stale narration is the generator's to write, not a problem,
// while a broken broadcast file is reported with its name.
func TestLoadBroadcasts_ThroughContent(t *testing.T) {
	dir := copyContent(t)
	files, _ := filepath.Glob(filepath.Join(dir, "broadcasts", "*.yaml"))
	if len(files) == 0 {
		t.Fatal("no broadcasts")
	}
	id := strings.TrimSuffix(filepath.Base(files[0]), ".yaml")
	if err := os.Remove(filepath.Join(dir, "audio", id+".en.cues.json")); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(dir, "audio", id+".en.ogg")); err != nil {
		t.Fatal(err)
	}
	bs, err := loadBroadcasts(dir)
	if err != nil {
		t.Fatalf("missing narration stopped the generator: %v", err)
	}
	found := false
	for _, b := range bs {
		found = found || b.ID == id
	}
	if !found {
		t.Errorf("%s without narration was not loaded", id)
	}

	data, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`(?m)^voice:.*$`)
	if err := os.WriteFile(files[0], re.ReplaceAll(data, []byte("voice: robot")), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := loadBroadcasts(dir); err == nil || !strings.Contains(err.Error(), filepath.Base(files[0])) || !strings.Contains(err.Error(), "robot") {
		t.Errorf("a broken broadcast: %v", err)
	}
}
