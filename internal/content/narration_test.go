package content

import (
	"io/fs"
	"os"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
)

// overlay reads files from over first, then from the base folder; a file
// mapped to nil is missing.
type overlay struct {
	base fs.FS
	over map[string][]byte
}

func (o overlay) Open(name string) (fs.File, error) {
	if data, ok := o.over[name]; ok {
		if data == nil {
			return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
		}
		return fstest.MapFS{name: {Data: data}}.Open(name)
	}
	return o.base.Open(name)
}

// TestLoad_NarrationProblems: the narration of the built-in broadcasts is
// checked with internal/cues' rules, and its problems are marked Narration
// (tools/narrate regenerates them) while other problems are not.
func TestLoad_NarrationProblems(t *testing.T) {
	base := os.DirFS("../../content")
	ex, probs := Load(base, "content")
	if len(probs) > 0 || ex == nil || len(ex.Broadcasts) == 0 {
		t.Fatalf("the built-in content: %d broadcasts, problems:\n%s", len(ex.Broadcasts), probs)
	}
	b := ex.Broadcasts[0]
	cuesData, err := fs.ReadFile(base, b.CuesFile("en"))
	if err != nil {
		t.Fatal(err)
	}
	yamlData, err := fs.ReadFile(base, b.File)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name      string
		over      map[string][]byte
		want      string
		narration bool
	}{
		{"no audio", map[string][]byte{b.AudioFile("hu"): nil}, "no narration " + b.AudioFile("hu"), true},
		{"not Ogg", map[string][]byte{b.AudioFile("hu"): []byte("RIFF")}, "not an Ogg file", true},
		{"no cues", map[string][]byte{b.CuesFile("en"): nil}, "no captions timing " + b.CuesFile("en"), true},
		{"a cue missing", map[string][]byte{b.CuesFile("en"): dropLastCue(t, cuesData)}, "cues for", true},
		{"cues past the end", map[string][]byte{b.CuesFile("en"): regexp.MustCompile(`"samples": \d+`).ReplaceAll(cuesData, []byte(`"samples": 1`))}, "after the audio's end", true},
		{"unknown field", map[string][]byte{b.CuesFile("en"): []byte(strings.Replace(string(cuesData), `"samples"`, `"rate": 1, "samples"`, 1))}, "unknown field", true},
		{"bad voice", map[string][]byte{b.File: []byte(strings.Replace(string(yamlData), "\nvoice: ", "\nvoice: x", 1))}, "use male or female", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, probs := Load(overlay{base, tc.over}, "content")
			var hit *Problem
			for i, p := range probs {
				if strings.Contains(p.Message, tc.want) {
					hit = &probs[i]
				}
			}
			if hit == nil {
				t.Fatalf("no problem with %q; got:\n%s", tc.want, probs)
			}
			if hit.File != "content/"+b.File || hit.Narration != tc.narration {
				t.Errorf("%s: file %s, Narration %v; want %s, %v", hit, hit.File, hit.Narration, "content/"+b.File, tc.narration)
			}
		})
	}
}

// dropLastCue removes the last cue of a cue file in internal/cues' layout.
func dropLastCue(t *testing.T, data []byte) []byte {
	t.Helper()
	s := string(data)
	i := strings.LastIndex(s, ",\n  {")
	if i < 0 {
		t.Fatal("a cue file with one cue")
	}
	return []byte(s[:i] + "\n]}\n")
}

// countingFS counts the bytes read from the files whose names end in suffix.
type countingFS struct {
	fs.FS
	suffix string
	n      *int64
}

func (c countingFS) Open(name string) (fs.File, error) {
	f, err := c.FS.Open(name)
	if err != nil || !strings.HasSuffix(name, c.suffix) {
		return f, err
	}
	return countingFile{f, c.n}, nil
}

type countingFile struct {
	fs.File
	n *int64
}

func (c countingFile) Read(p []byte) (int, error) {
	n, err := c.File.Read(p)
	*c.n += int64(n)
	return n, err
}

// TestLoad_ReadsOnlyTheHeadOfNarrations: the app loads its content at every
// start, and checking a narration needs its first four bytes ("OggS"), not
// the whole file (11 MB over the exhibit's narrations, a tenth of start-up).
func TestLoad_ReadsOnlyTheHeadOfNarrations(t *testing.T) {
	var n int64
	ex, problems := Load(countingFS{os.DirFS("../../content"), ".ogg", &n}, "content")
	if ex == nil || len(problems) > 0 {
		t.Fatalf("the built-in exhibit does not load: %v", problems)
	}
	files := len(ex.Broadcasts) * len(ex.Languages) // a narration each
	if files == 0 {
		t.Fatal("no narrations in the built-in exhibit to check")
	}
	if n > int64(16*files) {
		t.Errorf("loading read %d bytes of %d narration files; the check needs 4 of each", n, files)
	}
}
