package audio

import (
	"encoding/json"
	"fmt"
	"sort"
)

// Cue is one caption line, in samples from the start of the file (end
// exclusive), as written by tools/narrate into ID.LANG.cues.json.
type Cue struct {
	Start int64 `json:"start"`
	End   int64 `json:"end"`
}

// CueFile is the content of a .cues.json file (docs/content-format.md).
type CueFile struct {
	SampleRate int   `json:"sample_rate"`
	Samples    int64 `json:"samples"`
	Cues       []Cue `json:"cues"`
}

// ParseCues reads a .cues.json file and checks it is self-consistent.
func ParseCues(data []byte) (CueFile, error) {
	var f CueFile
	if err := json.Unmarshal(data, &f); err != nil {
		return CueFile{}, fmt.Errorf("cues: %w", err)
	}
	if f.SampleRate != SampleRate {
		return CueFile{}, fmt.Errorf("cues: sample_rate %d, want %d", f.SampleRate, SampleRate)
	}
	if err := checkCues(f.Cues, f.Samples); err != nil {
		return CueFile{}, fmt.Errorf("cues: %w", err)
	}
	return f, nil
}

// checkCues: cues in order, non-overlapping starts, inside [0, total].
func checkCues(cues []Cue, total int64) error {
	for i, c := range cues {
		switch {
		case c.Start < 0 || c.End < c.Start:
			return fmt.Errorf("cue %d: bad range %d..%d", i, c.Start, c.End)
		case c.End > total:
			return fmt.Errorf("cue %d ends at sample %d, after the audio's end (%d samples): truncated audio or stale cues", i, c.End, total)
		case i > 0 && c.Start < cues[i-1].Start:
			return fmt.Errorf("cue %d starts before cue %d", i, i-1)
		}
	}
	return nil
}

// cueAt is the last cue that has started at pos, or -1. Captions stay up
// through the pause after a sentence until the next one starts.
func cueAt(cues []Cue, pos int64) int {
	return sort.Search(len(cues), func(i int) bool { return cues[i].Start > pos }) - 1
}
