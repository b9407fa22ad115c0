package main

import (
	"fmt"
	"os"
	"path"
	"regexp"
	"sort"
	"strings"

	"budapest1956/internal/content"
	"budapest1956/internal/voices"
)

// Languages the generator narrates, each with its synthesizer (see synth.go).
var languages = []string{"en", "hu"}

// Broadcast is one file of content/broadcasts, as internal/content reads
// and validates it (format: docs/content-format.md, "Broadcasts").
type Broadcast = content.Broadcast

// say is what the voice is given for lang: the spoken form if there is one,
// else the caption.
func say(s content.Sentence, lang string) string {
	if t := strings.TrimSpace(s.Spoken[lang]); t != "" {
		return t
	}
	return strings.TrimSpace(s.Text[lang])
}

var timeRe = regexp.MustCompile(`^([01]\d|2[0-3]):[0-5]\d$`)

// loadBroadcasts loads the exhibit in dir with internal/content and returns
// its broadcasts in file-name order. Problems with the broadcast files fail
// the load, except those about their narration (Problem.Narration), which
// is what the generator writes; problems elsewhere in the content are not
// the generator's business.
func loadBroadcasts(dir string) ([]*Broadcast, error) {
	ex, probs := content.Load(os.DirFS(dir), dir)
	var problems []string
	for _, p := range probs {
		if !p.Narration && (ex == nil || strings.HasPrefix(p.File, path.Join(dir, "broadcasts")+"/")) {
			problems = append(problems, p.String())
		}
	}
	if ex == nil {
		return nil, fmt.Errorf("%s: cannot load the exhibit:\n  %s", dir, strings.Join(problems, "\n  "))
	}
	bs := append([]*Broadcast(nil), ex.Broadcasts...)
	sort.Slice(bs, func(i, j int) bool { return bs[i].ID < bs[j].ID })
	for _, b := range bs {
		for _, p := range check(b, ex) {
			problems = append(problems, fmt.Sprintf("%s: %s", path.Join(dir, b.File), p))
		}
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("%d problem(s) in broadcasts:\n  %s", len(problems), strings.Join(problems, "\n  "))
	}
	if len(bs) == 0 {
		return nil, fmt.Errorf("no broadcasts in %s", path.Join(dir, "broadcasts"))
	}
	return bs, nil
}

// check is what the generator needs beyond internal/content's validation:
// a synthesizer for every language, a time it can read, and English text
// flite can say.
func check(b *Broadcast, ex *content.Exhibit) []string {
	var p []string
	add := func(format string, a ...any) { p = append(p, fmt.Sprintf(format, a...)) }
	for _, l := range ex.Languages {
		if !contains(languages, l.Code) {
			add("language %q has no synthetic voice; the generator speaks %v", l.Code, languages)
		}
	}
	if b.Time != "" && !timeRe.MatchString(b.Time) {
		add("time: %q is not HH:MM", b.Time)
	}
	if !contains(languages, b.OriginalLang) {
		add("original_lang: %q is not one of %v", b.OriginalLang, languages)
	}
	for i, s := range b.Sentences {
		if sp := voices.FlitePunct.Replace(say(s, "en")); sp != "" {
			if r := firstNonASCII(sp); r != 0 {
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
