package audio

import "budapest1956/internal/cues"

// Cue is one caption line, in samples from the start of the file (end
// exclusive). The type and its rules are internal/cues'.
type Cue = cues.Cue

// CueFile is the content of a .cues.json file (internal/cues).
type CueFile = cues.File

// ParseCues reads a .cues.json file and checks it with internal/cues' rules.
func ParseCues(data []byte) (CueFile, error) { return cues.Parse(data) }

// checkCues checks cues against audio of total samples (internal/cues' rules).
func checkCues(list []Cue, total int64) error { return cues.Check(list, total) }

// cueAt is the last cue that has started at pos, or -1.
func cueAt(list []Cue, pos int64) int { return cues.At(list, pos) }
