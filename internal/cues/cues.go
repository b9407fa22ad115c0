// Package cues is the caption timing of a narrated broadcast: the
// content/audio/ID.LANG.cues.json files that tools/narrate writes and the
// player, `validate` and the web edition read (docs/content-format.md,
// "Broadcasts"). It is the one definition of the format and of its rules.
//
// The package has no Fyne import.
package cues

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// SampleRate is the rate of every narration and its cue file, in samples
// per second. The player opens the sound device at this rate.
const SampleRate = 22050

// Cue is one caption line's span, in samples from the start of the audio:
// [Start, End).
type Cue struct {
	Start int64 `json:"start"`
	End   int64 `json:"end"`
}

// File is the content of a .cues.json file: one cue per sentence of the
// broadcast, in order.
type File struct {
	SampleRate int   `json:"sample_rate"`
	Samples    int64 `json:"samples"` // length of the audio
	Cues       []Cue `json:"cues"`
}

// Parse reads a cue file and checks it (see Check). Unknown fields are an
// error: a misspelt key would otherwise read as zero.
func Parse(data []byte) (File, error) {
	var f File
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return File{}, fmt.Errorf("cues: %w", err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return File{}, fmt.Errorf("cues: text after the JSON object")
	}
	if err := f.Check(); err != nil {
		return File{}, err
	}
	return f, nil
}

// ParseFor is Parse for the narration of a broadcast of n sentences: the
// file must hold exactly n cues.
func ParseFor(data []byte, sentences int) (File, error) {
	f, err := Parse(data)
	if err != nil {
		return File{}, err
	}
	if len(f.Cues) != sentences {
		return File{}, fmt.Errorf("cues: %d cues for %d sentences", len(f.Cues), sentences)
	}
	return f, nil
}

// Check applies the format's rules: the sample rate is SampleRate, there is
// at least one cue, and the cues are in order, none empty, none overlapping
// the one before, all inside the audio.
func (f File) Check() error {
	if f.SampleRate != SampleRate {
		return fmt.Errorf("cues: sample_rate %d, want %d", f.SampleRate, SampleRate)
	}
	if f.Samples < 0 {
		return fmt.Errorf("cues: samples %d is negative", f.Samples)
	}
	if len(f.Cues) == 0 {
		return fmt.Errorf("cues: no cues")
	}
	if err := Check(f.Cues, f.Samples); err != nil {
		return fmt.Errorf("cues: %w", err)
	}
	return nil
}

// Check checks a list of cues against audio of total samples: each cue is
// non-empty, starts at or after the end of the one before, and ends inside
// the audio. Cue numbers in errors count from 1, as captions do.
func Check(list []Cue, total int64) error {
	var prevEnd int64
	for i, c := range list {
		switch {
		case c.Start < 0 || c.End <= c.Start:
			return fmt.Errorf("cue %d: bad range %d..%d", i+1, c.Start, c.End)
		case c.Start < prevEnd:
			return fmt.Errorf("cue %d starts at sample %d, before cue %d ends (%d)", i+1, c.Start, i, prevEnd)
		case c.End > total:
			return fmt.Errorf("cue %d ends at sample %d, after the audio's end (%d samples): truncated audio or stale cues", i+1, c.End, total)
		}
		prevEnd = c.End
	}
	return nil
}

// Marshal writes the file with one cue per line, so that a diff shows which
// sentence moved. tools/narrate's output is byte-identical across runs.
func (f File) Marshal() []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "{\"sample_rate\": %d, \"samples\": %d, \"cues\": [", f.SampleRate, f.Samples)
	for i, c := range f.Cues {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, "\n  {\"start\": %d, \"end\": %d}", c.Start, c.End)
	}
	b.WriteString("\n]}\n")
	return b.Bytes()
}

// At is the index of the last cue that has started at sample pos, or -1.
// Captions stay up through the pause after a sentence until the next starts.
func At(list []Cue, pos int64) int {
	lo, hi := 0, len(list)
	for lo < hi {
		m := (lo + hi) / 2
		if list[m].Start > pos {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo - 1
}
