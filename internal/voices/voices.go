// Package voices holds what the exhibit's two speech paths share: the
// synthesizer voices and the text each synthesizer needs. tools/narrate
// renders the broadcasts' narrations with them offline; internal/speech
// speaks audio mode live with them, so a visitor hears one voice per
// language.
package voices

import "strings"

// The voices (bench/intelligibility.sh, docs/broadcasts.md): English flite
// "rms", the voice that measured best on the exhibit's own texts (word error
// rate 13.8%; awb 19.8%, slt 20.2%, kal16 22.0%); Hungarian espeak-ng "hu"
// at 150 words a minute (its default 175 is hurried for Hungarian).
const (
	FliteEN     = "rms"
	EspeakHU    = "hu"
	EspeakSpeed = "150"
)

// FlitePunct turns typographic punctuation into the ASCII flite understands
// (flite silently drops anything else). It changes no words.
var FlitePunct = strings.NewReplacer(
	"…", "...", "–", ",", "—", ",", "‘", "'", "’", "'", "“", "\"", "”", "\"", "„", "\"", "\u00a0", " ",
)

// EspeakText prepares a line for espeak-ng, which reads an ellipsis aloud in
// Hungarian ("pont pont pont"): a trailing or inner ellipsis becomes a full
// stop, a leading one (an excerpt starting mid-sentence) is dropped. It
// changes no words.
func EspeakText(s string) string {
	s = strings.ReplaceAll(s, "...", "…")
	s = strings.TrimLeft(s, "… ")
	s = strings.ReplaceAll(s, "…", ".")
	return strings.ReplaceAll(s, "..", ".")
}
