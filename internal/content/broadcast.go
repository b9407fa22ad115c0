package content

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"budapest1956/internal/cues"
)

// Broadcast is a period radio broadcast, re-narrated by a synthetic voice
// from its verified text, with one caption per sentence.
type Broadcast struct {
	ID           string
	File         string
	Title        Text // optional; the list falls back to the speaker
	Date         string
	Time         string
	Station      Text
	Speaker      Text
	Voice        string // male or female
	OriginalLang string
	Certainty    string
	Context      Text
	Recording    Text // where the original recording or transcript is held
	Note         Text
	TranslatedBy string
	Source       string
	Sentences    []Sentence
	// NoNarration lists the languages the voice does not read, each with the
	// reason shown to visitors instead of the player (in every language).
	// The captions are still shown in every language; only the audio and cue
	// files of these languages are absent. Never the original language.
	NoNarration map[string]Text
}

// Sentence is one caption line, in every language, with what the voice
// says where that differs from the written form.
type Sentence struct {
	Text   Text
	Spoken Text
}

// Narrated reports whether the broadcast has a narration (audio and cues) in lang.
func (b *Broadcast) Narrated(lang string) bool { _, off := b.NoNarration[lang]; return !off }

// AudioFile and CuesFile name the narration of a broadcast in lang.
func (b *Broadcast) AudioFile(lang string) string { return "audio/" + b.ID + "." + lang + ".ogg" }
func (b *Broadcast) CuesFile(lang string) string  { return "audio/" + b.ID + "." + lang + ".cues.json" }

// Broadcast finds a broadcast by id.
func (e *Exhibit) Broadcast(id string) *Broadcast {
	for _, b := range e.Broadcasts {
		if b.ID == id {
			return b
		}
	}
	return nil
}

var voices = map[string]bool{"male": true, "female": true}

// broadcasts reads content/broadcasts/*.yaml, checks each has narration and
// cues in every language, and sorts them by date and time.
func (l *loader) broadcasts(ex *Exhibit) {
	entries, err := fs.ReadDir(l.fsys, "broadcasts")
	if errors.Is(err, fs.ErrNotExist) {
		return
	}
	if err != nil {
		l.add("broadcasts", 0, "", fmt.Sprintf("cannot list: %v", err))
		return
	}
	for _, e := range entries {
		if e.IsDir() || ignored(e.Name()) || !strings.HasSuffix(e.Name(), ".yaml") {
			continue
		}
		if b := l.broadcast(path.Join("broadcasts", e.Name())); b != nil {
			ex.Broadcasts = append(ex.Broadcasts, b)
		}
	}
	// By date, then time; a broadcast without a time goes last on its day.
	key := func(b *Broadcast) string {
		if b.Time == "" {
			return b.Date + "~"
		}
		return b.Date + b.Time
	}
	sort.SliceStable(ex.Broadcasts, func(i, j int) bool { return key(ex.Broadcasts[i]) < key(ex.Broadcasts[j]) })
}

func (l *loader) broadcast(file string) *Broadcast {
	doc := l.parse(file)
	if doc == nil {
		return nil
	}
	o := l.object(file, "", doc)
	if o.absent {
		return nil
	}
	before := len(l.probs)
	b := &Broadcast{File: file}
	b.ID = o.str("id", true)
	if want := strings.TrimSuffix(path.Base(file), ".yaml"); b.ID != "" && b.ID != want {
		o.problem("id", fmt.Sprintf("%q must match the file name %q", b.ID, want))
	}
	if o.has("title") {
		b.Title = o.text("title", false)
	}
	b.Date = o.str("date", true)
	if b.Date != "" && !dateRE.MatchString(b.Date) {
		o.problem("date", fmt.Sprintf("%q: use YYYY-MM-DD", b.Date))
	}
	b.Time = o.str("time", false)
	b.Station = o.text("station", true)
	b.Speaker = o.text("speaker", true)
	b.Voice = o.str("voice", true)
	if b.Voice != "" && !voices[b.Voice] {
		o.problem("voice", fmt.Sprintf("%q: use male or female", b.Voice))
	}
	b.OriginalLang = o.str("original_lang", true)
	b.Certainty = o.str("certainty", true)
	if b.Certainty != "" && !certainties[b.Certainty] {
		o.problem("certainty", fmt.Sprintf("%q: use A, B or C", b.Certainty))
	}
	b.Context = o.text("context", true)
	b.Recording = o.text("recording", true)
	if o.has("note") {
		b.Note = o.text("note", false)
	}
	if n := o.node("no_narration"); n != nil {
		b.NoNarration = l.noNarration(file, o, n, b.OriginalLang)
	}
	b.TranslatedBy = o.str("translated_by", true)
	if b.TranslatedBy != "" && b.TranslatedBy != "exhibit" {
		l.refs = append(l.refs, sourceRef{file: file, field: "translated_by", key: b.TranslatedBy, line: o.lineOf("translated_by")})
	}
	b.Source = o.str("source", true)
	if b.Source != "" {
		l.refs = append(l.refs, sourceRef{file: file, field: "source", key: b.Source, line: o.lineOf("source")})
	}
	if n := o.node("sentences"); n == nil || n.Kind != yaml.SequenceNode || len(n.Content) == 0 {
		o.problem("sentences", "needs the text as a list of sentences")
	} else {
		for i, sn := range n.Content {
			so := l.object(file, fmt.Sprintf("sentences[%d]", i), sn)
			s := Sentence{Text: Text{}}
			for _, lang := range l.langs {
				if t := so.str(lang, false); t != "" {
					s.Text[lang] = t
				} else {
					so.problem(lang, "missing translation")
				}
			}
			if so.has("spoken") {
				s.Spoken = so.text("spoken", false)
				// A spoken form is only needed in some languages: drop the
				// missing-translation reports for it.
				l.dropSpokenGaps(file, so.path("spoken"))
			}
			so.done()
			b.Sentences = append(b.Sentences, s)
		}
	}
	o.done()
	if len(l.probs) > before || b.ID == "" {
		return nil
	}
	for _, lang := range l.langs {
		if !b.Narrated(lang) {
			if _, err := fs.Stat(l.fsys, b.AudioFile(lang)); err == nil {
				l.add(file, o.lineOf("no_narration"), "no_narration."+lang, fmt.Sprintf("%s exists although this language is not narrated: delete it (the narration generator does)", b.AudioFile(lang)))
			}
			continue
		}
		l.checkNarration(b, lang, o.lineOf("sentences"))
	}
	return b
}

// noNarration reads `no_narration: {LANG: {en: reason, hu: reason}}`: the
// languages a broadcast is not read in, each with the reason visitors see.
// Every key must be an exhibit language other than the original's.
func (l *loader) noNarration(file string, o *object, n *yaml.Node, original string) map[string]Text {
	if n.Kind != yaml.MappingNode || len(n.Content) == 0 {
		o.problem("no_narration", fmt.Sprintf("expected a language code with the reason in every language (%s), found %s", strings.Join(l.langs, ", "), kindName(n)))
		return nil
	}
	known := map[string]bool{}
	for _, lang := range l.langs {
		known[lang] = true
	}
	sub := l.object(file, "no_narration", n)
	out := map[string]Text{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		lang := n.Content[i].Value
		switch {
		case !known[lang]:
			sub.problem(lang, "language not listed in exhibit.yaml")
			sub.node(lang)
			continue
		case lang == original:
			sub.problem(lang, "the original language is always narrated")
		}
		if t := sub.text(lang, true); t != nil {
			out[lang] = t
		}
	}
	if len(out) >= len(l.langs) {
		o.problem("no_narration", "at least one language must be narrated")
	}
	return out
}

// dropSpokenGaps removes "missing translation" problems of a spoken form:
// it exists only where the voice needs help.
func (l *loader) dropSpokenGaps(file, prefix string) {
	kept := l.probs[:0]
	for _, p := range l.probs {
		if p.File == l.display(file) && strings.HasPrefix(p.Field, prefix+".") && p.Message == "missing translation" {
			continue
		}
		kept = append(kept, p)
	}
	l.probs = kept
}

// checkNarration makes sure a broadcast's audio and cues exist in lang and
// that the cues pass internal/cues' rules with one cue per sentence.
// Decoding the audio is left to the player (and the generator's tests):
// validate stays fast. Its problems are marked Narration: tools/narrate
// regenerates what they are about.
func (l *loader) checkNarration(b *Broadcast, lang string, line int) {
	add := func(msg string) {
		l.add(b.File, line, "sentences", msg)
		l.probs[len(l.probs)-1].Narration = true
	}
	audio, err := readHead(l.fsys, b.AudioFile(lang), 4)
	switch {
	case err != nil:
		add(fmt.Sprintf("no narration %s: run the narration generator (make narration)", b.AudioFile(lang)))
		return
	case !bytes.HasPrefix(audio, []byte("OggS")):
		add(fmt.Sprintf("%s is not an Ogg file", b.AudioFile(lang)))
		return
	}
	data, err := fs.ReadFile(l.fsys, b.CuesFile(lang))
	if err != nil {
		add(fmt.Sprintf("no captions timing %s: run the narration generator", b.CuesFile(lang)))
		return
	}
	if _, err := cues.ParseFor(data, len(b.Sentences)); err != nil {
		add(fmt.Sprintf("%s: %v: regenerate the narration", b.CuesFile(lang), err))
	}
}

// readHead reads the first n bytes of a file (fewer if it is shorter): the
// app checks every narration at start, and reading the whole of each (11 MB
// in all) only to look at its first four bytes was a tenth of its start-up.
func readHead(fsys fs.FS, name string, n int) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	buf := make([]byte, n)
	got, err := io.ReadFull(f, buf)
	if err == io.ErrUnexpectedEOF || err == io.EOF {
		err = nil
	}
	return buf[:got], err
}
