package cues

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	good := `{"sample_rate": 22050, "samples": 1000, "cues": [{"start": 0, "end": 400}, {"start": 500, "end": 1000}]}`
	f, err := Parse([]byte(good))
	if err != nil || f.Samples != 1000 || len(f.Cues) != 2 || f.Cues[1] != (Cue{500, 1000}) {
		t.Fatalf("Parse(good) = %+v, %v", f, err)
	}
	for _, tc := range []struct{ name, json, want string }{
		{"not JSON", `not json`, "invalid character"},
		{"unknown field", `{"sample_rate": 22050, "samples": 10, "cues": [{"start": 0, "end": 5}], "rate": 1}`, "unknown field"},
		{"unknown cue field", `{"sample_rate": 22050, "samples": 10, "cues": [{"start": 0, "end": 5, "x": 1}]}`, "unknown field"},
		{"trailing text", `{"sample_rate": 22050, "samples": 10, "cues": [{"start": 0, "end": 5}]} {}`, "after the JSON"},
		{"other rate", `{"sample_rate": 44100, "samples": 10, "cues": [{"start": 0, "end": 5}]}`, "sample_rate 44100"},
		{"no rate", `{"samples": 10, "cues": [{"start": 0, "end": 5}]}`, "sample_rate 0"},
		{"negative length", `{"sample_rate": 22050, "samples": -1, "cues": []}`, "negative"},
		{"no cues", `{"sample_rate": 22050, "samples": 10, "cues": []}`, "no cues"},
		{"past the end", `{"sample_rate": 22050, "samples": 10, "cues": [{"start": 0, "end": 11}]}`, "after the audio's end"},
		{"out of order", `{"sample_rate": 22050, "samples": 10, "cues": [{"start": 5, "end": 6}, {"start": 1, "end": 2}]}`, "before cue 1 ends"},
		{"overlapping", `{"sample_rate": 22050, "samples": 10, "cues": [{"start": 0, "end": 6}, {"start": 5, "end": 8}]}`, "before cue 1 ends"},
		{"backwards", `{"sample_rate": 22050, "samples": 10, "cues": [{"start": 5, "end": 4}]}`, "bad range"},
		{"empty", `{"sample_rate": 22050, "samples": 10, "cues": [{"start": 5, "end": 5}]}`, "bad range"},
		{"negative start", `{"sample_rate": 22050, "samples": 10, "cues": [{"start": -1, "end": 5}]}`, "bad range"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse([]byte(tc.json))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Parse(%s) = %v, want an error with %q", tc.json, err, tc.want)
			}
		})
	}
}

func TestParseFor(t *testing.T) {
	data := []byte(`{"sample_rate": 22050, "samples": 10, "cues": [{"start": 0, "end": 5}, {"start": 5, "end": 10}]}`)
	if _, err := ParseFor(data, 2); err != nil {
		t.Errorf("2 cues for 2 sentences: %v", err)
	}
	if _, err := ParseFor(data, 3); err == nil || !strings.Contains(err.Error(), "2 cues for 3 sentences") {
		t.Errorf("2 cues for 3 sentences: %v", err)
	}
}

func TestMarshalRoundTrip(t *testing.T) {
	f := File{SampleRate: SampleRate, Samples: 100, Cues: []Cue{{0, 10}, {20, 100}}}
	want := "{\"sample_rate\": 22050, \"samples\": 100, \"cues\": [\n  {\"start\": 0, \"end\": 10},\n  {\"start\": 20, \"end\": 100}\n]}\n"
	if got := string(f.Marshal()); got != want {
		t.Errorf("Marshal =\n%s\nwant\n%s", got, want)
	}
	back, err := Parse(f.Marshal())
	if err != nil || back.Samples != f.Samples || len(back.Cues) != 2 || back.Cues[1] != f.Cues[1] {
		t.Errorf("round trip: %+v, %v", back, err)
	}
}

// TestCommittedFilesParse: every committed cue file passes the rules and is
// written exactly as Marshal writes it.
func TestCommittedFilesParse(t *testing.T) {
	files, _ := filepath.Glob("../../content/audio/*.cues.json")
	if len(files) == 0 {
		t.Fatal("no cue files in content/audio")
	}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := Parse(data)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if string(f.Marshal()) != string(data) {
			t.Errorf("%s is not in Marshal's layout", name)
		}
	}
}

func TestAt(t *testing.T) {
	list := []Cue{{10, 20}, {30, 40}}
	for _, tc := range []struct {
		pos  int64
		want int
	}{{0, -1}, {9, -1}, {10, 0}, {25, 0}, {30, 1}, {99, 1}} {
		if got := At(list, tc.pos); got != tc.want {
			t.Errorf("At(%d) = %d, want %d", tc.pos, got, tc.want)
		}
	}
	if At(nil, 5) != -1 {
		t.Error("At(nil) != -1")
	}
}
