package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// Languages the generator narrates, each with its synthesizer (see synth.go).
var languages = []string{"en", "hu"}

// Text is a localised string: language code -> text.
type Text map[string]string

// Broadcast is one file of content/broadcasts (format: docs/content-format.md, "Broadcasts").
type Broadcast struct {
	ID           string     `yaml:"id"`
	Date         string     `yaml:"date"`
	Time         string     `yaml:"time"`
	Station      Text       `yaml:"station"`
	Speaker      Text       `yaml:"speaker"`
	Voice        string     `yaml:"voice"`
	OriginalLang string     `yaml:"original_lang"`
	Certainty    string     `yaml:"certainty"`
	Context      Text       `yaml:"context"`
	Recording    Text       `yaml:"recording"`
	Note         Text       `yaml:"note"`
	TranslatedBy string     `yaml:"translated_by"`
	Source       string     `yaml:"source"`
	Sentences    []Sentence `yaml:"sentences"`
	// NoNarration: languages the voice does not read, each with the reason shown to visitors.
	NoNarration map[string]Text `yaml:"no_narration"`

	File string `yaml:"-"` // path it was read from
}

// Sentence is one caption line in every language, with an optional spoken form per language
// for when the synthetic voice must be given different text than the caption shows.
type Sentence struct {
	Text   Text
	Spoken Text
}

// UnmarshalYAML reads `{en: …, hu: …, spoken: {en: …}}`.
func (s *Sentence) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.MappingNode {
		return fmt.Errorf("line %d: a sentence must be a map of language to text", n.Line)
	}
	s.Text = Text{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Value == "spoken" {
			if err := v.Decode(&s.Spoken); err != nil {
				return fmt.Errorf("line %d: spoken: %v", v.Line, err)
			}
			continue
		}
		if v.Kind != yaml.ScalarNode {
			return fmt.Errorf("line %d: %s: expected text", v.Line, k.Value)
		}
		s.Text[k.Value] = v.Value
	}
	return nil
}

// Narrated reports whether lang is read aloud (no_narration does not list it).
func (b *Broadcast) Narrated(lang string) bool {
	_, off := b.NoNarration[lang]
	return !off
}

// Say is what the voice is given for lang: the spoken form if there is one, else the caption.
func (s Sentence) Say(lang string) string {
	if t := strings.TrimSpace(s.Spoken[lang]); t != "" {
		return t
	}
	return strings.TrimSpace(s.Text[lang])
}

var (
	idRe   = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	dateRe = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	timeRe = regexp.MustCompile(`^([01]\d|2[0-3]):[0-5]\d$`)
)

// loadBroadcasts reads every *.yaml in dir (files starting with _ or . are drafts), sorted by
// file name, and checks what the generator relies on.
func loadBroadcasts(dir string) ([]*Broadcast, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var out []*Broadcast
	var problems []string
	for _, f := range files {
		base := filepath.Base(f)
		if strings.HasPrefix(base, "_") || strings.HasPrefix(base, ".") {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var b Broadcast
		dec := yaml.NewDecoder(bytes.NewReader(data))
		dec.KnownFields(true)
		if err := dec.Decode(&b); err != nil {
			problems = append(problems, fmt.Sprintf("%s: %v", f, err))
			continue
		}
		b.File = f
		for _, p := range b.check(strings.TrimSuffix(base, ".yaml")) {
			problems = append(problems, fmt.Sprintf("%s: %s", f, p))
		}
		out = append(out, &b)
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("%d problem(s) in broadcasts:\n  %s", len(problems), strings.Join(problems, "\n  "))
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no broadcasts in %s", dir)
	}
	return out, nil
}

func (b *Broadcast) check(name string) []string {
	var p []string
	add := func(format string, a ...any) { p = append(p, fmt.Sprintf(format, a...)) }
	if b.ID != name {
		add("id: %q must equal the file name %q", b.ID, name)
	}
	if !idRe.MatchString(b.ID) {
		add("id: %q: use lower-case letters, digits and hyphens", b.ID)
	}
	if !dateRe.MatchString(b.Date) {
		add("date: %q is not YYYY-MM-DD", b.Date)
	}
	if b.Time != "" && !timeRe.MatchString(b.Time) {
		add("time: %q is not HH:MM", b.Time)
	}
	if b.Voice != "male" && b.Voice != "female" {
		add("voice: %q must be male or female", b.Voice)
	}
	if !contains(languages, b.OriginalLang) {
		add("original_lang: %q is not one of %v", b.OriginalLang, languages)
	}
	if b.Certainty != "A" && b.Certainty != "B" && b.Certainty != "C" {
		add("certainty: %q must be A, B or C", b.Certainty)
	}
	if b.Source == "" {
		add("source: missing")
	}
	if b.TranslatedBy == "" {
		add("translated_by: missing")
	}
	for field, t := range map[string]Text{"station": b.Station, "speaker": b.Speaker, "context": b.Context, "recording": b.Recording} {
		for _, l := range languages {
			if strings.TrimSpace(t[l]) == "" {
				add("%s.%s: missing", field, l)
			}
		}
	}
	if b.Note != nil {
		for _, l := range languages {
			if strings.TrimSpace(b.Note[l]) == "" {
				add("note.%s: missing", l)
			}
		}
	}
	for l, why := range b.NoNarration {
		switch {
		case !contains(languages, l):
			add("no_narration: unknown language %q", l)
		case l == b.OriginalLang:
			add("no_narration.%s: the original language is always narrated", l)
		}
		for _, w := range languages {
			if strings.TrimSpace(why[w]) == "" {
				add("no_narration.%s.%s: missing (the reason is shown in every language)", l, w)
			}
		}
	}
	if b.NoNarration != nil && len(b.NoNarration) >= len(languages) {
		add("no_narration: at least one language must be narrated")
	}
	if len(b.Sentences) == 0 {
		add("sentences: none")
	}
	for i, s := range b.Sentences {
		for l := range s.Text {
			if !contains(languages, l) {
				add("sentences[%d]: unknown language %q", i, l)
			}
		}
		for l := range s.Spoken {
			if !contains(languages, l) {
				add("sentences[%d].spoken: unknown language %q", i, l)
			}
		}
		for _, l := range languages {
			if strings.TrimSpace(s.Text[l]) == "" {
				add("sentences[%d].%s: missing", i, l)
			}
		}
		if say := flitePunct.Replace(s.Say("en")); say != "" {
			if r := firstNonASCII(say); r != 0 {
				add("sentences[%d]: flite cannot say %q in the English text; add spoken.en with a respelling", i, r)
			}
		}
	}
	return p
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func firstNonASCII(s string) rune {
	for _, r := range s {
		if r > 127 {
			return r
		}
	}
	return 0
}

// Cue is one caption line's span in samples from the start of the file: [Start, End).
type Cue struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Cues is the content of ID.LANG.cues.json.
type Cues struct {
	SampleRate int   `json:"sample_rate"`
	Samples    int   `json:"samples"`
	Cues       []Cue `json:"cues"`
}

// Marshal writes the cue file with one cue per line, so a diff shows which sentence moved.
func (c Cues) Marshal() []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "{\"sample_rate\": %d, \"samples\": %d, \"cues\": [", c.SampleRate, c.Samples)
	for i, q := range c.Cues {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, "\n  {\"start\": %d, \"end\": %d}", q.Start, q.End)
	}
	b.WriteString("\n]}\n")
	return b.Bytes()
}

// readCues parses a cue file strictly.
func readCues(path string) (Cues, error) {
	var c Cues
	data, err := os.ReadFile(path)
	if err != nil {
		return c, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return c, fmt.Errorf("%s: %v", path, err)
	}
	return c, nil
}
