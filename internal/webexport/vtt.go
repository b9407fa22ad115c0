package webexport

import (
	"encoding/json"
	"fmt"
	"strings"

	"budapest1956/internal/content"
)

// cueFile is the narration generator's timing file (docs/content-format.md).
type cueFile struct {
	SampleRate int   `json:"sample_rate"`
	Samples    int64 `json:"samples"`
	Cues       []struct {
		Start int64 `json:"start"`
		End   int64 `json:"end"`
	} `json:"cues"`
}

// CuesToVTT converts the cue timing of broadcast b in lang (the JSON of
// content/audio/ID.LANG.cues.json) into a WebVTT file whose cue i is
// sentence i in lang.
func CuesToVTT(cuesJSON []byte, b *content.Broadcast, lang string) ([]byte, error) {
	var c cueFile
	if err := json.Unmarshal(cuesJSON, &c); err != nil {
		return nil, err
	}
	if c.SampleRate <= 0 {
		return nil, fmt.Errorf("sample_rate %d", c.SampleRate)
	}
	if len(c.Cues) != len(b.Sentences) {
		return nil, fmt.Errorf("%d cues for %d sentences", len(c.Cues), len(b.Sentences))
	}
	var sb strings.Builder
	sb.WriteString("WEBVTT\n")
	var last int64 = -1
	for i, cue := range c.Cues {
		if cue.End <= cue.Start || cue.Start < last {
			return nil, fmt.Errorf("cue %d: %d–%d is out of order", i+1, cue.Start, cue.End)
		}
		last = cue.Start
		text := b.Sentences[i].Text[lang]
		if text == "" {
			return nil, fmt.Errorf("sentence %d has no %s text", i+1, lang)
		}
		fmt.Fprintf(&sb, "\n%d\n%s --> %s\n%s\n", i+1, vttTime(cue.Start, c.SampleRate), vttTime(cue.End, c.SampleRate), vttText(text))
	}
	return []byte(sb.String()), nil
}

// vttTime formats a sample position as HH:MM:SS.mmm, rounded to the millisecond.
func vttTime(samples int64, rate int) string {
	ms := (samples*1000 + int64(rate)/2) / int64(rate)
	return fmt.Sprintf("%02d:%02d:%02d.%03d", ms/3600000, ms/60000%60, ms/1000%60, ms%1000)
}

// vttText makes a sentence safe as cue text: one line, with the characters
// WebVTT gives a meaning escaped ("-->" cannot survive an escaped ">").
func vttText(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}
