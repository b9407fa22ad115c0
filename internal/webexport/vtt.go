package webexport

import (
	"fmt"
	"strings"

	"budapest1956/internal/content"
	"budapest1956/internal/cues"
)

// CuesToVTT converts the cue timing of broadcast b in lang (the JSON of
// content/audio/ID.LANG.cues.json) into a WebVTT file whose cue i is
// sentence i in lang.
func CuesToVTT(cuesJSON []byte, b *content.Broadcast, lang string) ([]byte, error) {
	c, err := cues.ParseFor(cuesJSON, len(b.Sentences))
	if err != nil {
		return nil, err
	}
	var sb strings.Builder
	sb.WriteString("WEBVTT\n")
	for i, cue := range c.Cues {
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
