package content

import (
	"strings"
	"testing"
	"testing/fstest"
)

const noNarrationBroadcast = `id: appeal
date: 1956-11-04
station: {en: Free Kossuth Radio, hu: Szabad Kossuth Rádió}
speaker: {en: Writers, hu: Írók}
voice: male
original_lang: en
certainty: B
context: {en: Context, hu: Háttér}
recording: {en: Transcript, hu: Átirat}
%NO%
translated_by: exhibit
source: mti
sentences:
  - {en: "Help!", hu: "Segítség!"}
`

const oneCue = `{"sample_rate": 22050, "samples": 10, "cues": [{"start": 0, "end": 10}]}`

// TestLoad_NoNarration: a broadcast may leave out the narration of a language
// it gives a reason for; the field is checked like every other.
func TestLoad_NoNarration(t *testing.T) {
	fine := "no_narration:\n  hu:\n    en: No Hungarian reading.\n    hu: Magyar felolvasás nincs.\n"
	tests := []struct {
		name, no string
		huAudio  bool
		want     string // "" = no problems
	}{
		{"reason given, no audio", fine, false, ""},
		{"no field, no audio", "", false, "no narration audio/appeal.hu.ogg"},
		{"audio left behind", fine, true, "exists although this language is not narrated"},
		{"reason missing a language", "no_narration:\n  hu: {en: Only English.}\n", false, "no_narration.hu.hu: missing translation"},
		{"unknown language", "no_narration:\n  de: {en: a, hu: b}\n", false, "no_narration.de: language not listed"},
		{"original language", "no_narration:\n  en: {en: a, hu: b}\n", false, "original language is always narrated"},
		{"not a mapping", "no_narration: hu\n", false, "no_narration: expected a language code"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fsys := validFS(t)
			fsys["broadcasts/appeal.yaml"] = &fstest.MapFile{Data: []byte(strings.Replace(noNarrationBroadcast, "%NO%\n", tc.no, 1))}
			fsys["audio/appeal.en.ogg"] = &fstest.MapFile{Data: []byte("OggS")}
			fsys["audio/appeal.en.cues.json"] = &fstest.MapFile{Data: []byte(oneCue)}
			if tc.huAudio {
				fsys["audio/appeal.hu.ogg"] = &fstest.MapFile{Data: []byte("OggS")}
				fsys["audio/appeal.hu.cues.json"] = &fstest.MapFile{Data: []byte(oneCue)}
			}
			ex, probs := Load(fsys, "content")
			got := probs.String()
			if tc.want == "" {
				if len(probs) != 0 {
					t.Fatalf("unexpected problems:\n%s", got)
				}
				b := ex.Broadcast("appeal")
				if b == nil || b.Narrated("hu") || !b.Narrated("en") || b.NoNarration["hu"]["hu"] != "Magyar felolvasás nincs." {
					t.Fatalf("broadcast = %+v", b)
				}
				return
			}
			if !strings.Contains(got, tc.want) {
				t.Errorf("problems:\n%s\nwant one containing %q", got, tc.want)
			}
		})
	}
}
