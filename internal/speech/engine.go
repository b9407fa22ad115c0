package speech

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"os/exec"
	"strings"
	"time"

	"budapest1956/internal/voices"
)

// Engine synthesises one part (a sentence or clause) of text. Tests use a
// fake; System is the real one.
type Engine interface {
	// Check returns nil if lang can be spoken, else an error wrapping
	// ErrUnavailable that says what to install.
	Check(lang string) error
	// Synthesize speaks text (already normalised, one sentence or clause) and
	// returns mono samples in -1..1 at rate Hz. It must return soon after ctx
	// is done, having stopped any work it started.
	Synthesize(ctx context.Context, lang, text string) (pcm []float32, rate int, err error)
}

// Voice is one language's synthesiser program.
type Voice struct {
	Program string // looked up in PATH
	Package string // the Debian package that provides it, for error messages
	Name    string // the voice, as the program names it (for messages and docs)
	// Args are the program's arguments for text; with Stdin the text goes to
	// the program's standard input instead. The program writes a RIFF WAV file
	// (16-bit PCM, mono) to standard output.
	Args  func(text string) []string
	Stdin bool
}

// Command is an Engine that runs one program per part.
type Command struct {
	Voices map[string]Voice // by language
	// WaitDelay bounds how long a killed program may keep its output open
	// (0: one second); see exec.Cmd.WaitDelay.
	WaitDelay time.Duration
}

// System is the exhibit's engine: flite for English, espeak-ng for Hungarian,
// with the narration's voices (internal/voices). Both are Debian packages (flite, espeak-ng).
func System() *Command {
	return &Command{Voices: map[string]Voice{
		"en": {Program: "flite", Package: "flite", Name: "flite " + voices.FliteEN,
			Args: func(text string) []string {
				// flite writes the whole file at the end: /dev/stdout is a pipe here.
				return []string{"-voice", voices.FliteEN, "-t", voices.FlitePunct.Replace(text), "-o", "/dev/stdout"}
			}},
		"hu": {Program: "espeak-ng", Package: "espeak-ng", Name: "espeak-ng " + voices.EspeakHU,
			Stdin: true, // text never parsed as an option
			Args: func(string) []string {
				return []string{"-v", voices.EspeakHU, "-s", voices.EspeakSpeed, "--stdout"}
			}},
	}}
}

// ErrUnavailable wraps every "this language cannot be spoken here" error.
var ErrUnavailable = errors.New("speech: not available")

var languageNames = map[string]string{"en": "English", "hu": "Hungarian"}

// Check reports whether lang has a voice whose program is installed.
func (c *Command) Check(lang string) error {
	v, ok := c.Voices[lang]
	if !ok {
		return fmt.Errorf("%w: no voice for language %q", ErrUnavailable, lang)
	}
	if _, err := exec.LookPath(v.Program); err != nil {
		name := languageNames[lang]
		if name == "" {
			name = lang
		}
		return fmt.Errorf("%w: %s speech needs %s (Debian package %s): %v", ErrUnavailable, name, v.Program, v.Package, err)
	}
	return nil
}

// Synthesize runs the language's program and parses its WAV output. The
// program is killed as soon as ctx is done.
func (c *Command) Synthesize(ctx context.Context, lang, text string) ([]float32, int, error) {
	if err := c.Check(lang); err != nil {
		return nil, 0, err
	}
	v := c.Voices[lang]
	if v.Program == "espeak-ng" {
		text = voices.EspeakText(text)
	}
	cmd := exec.CommandContext(ctx, v.Program, v.Args(text)...)
	cmd.WaitDelay = c.WaitDelay
	if cmd.WaitDelay == 0 {
		cmd.WaitDelay = time.Second
	}
	if v.Stdin {
		cmd.Stdin = strings.NewReader(text + "\n")
	}
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	if ctx.Err() != nil {
		return nil, 0, ctx.Err()
	}
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %v: %s", v.Program, err, strings.TrimSpace(errOut.String()))
	}
	pcm, rate, err := parseWAV(out.Bytes())
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %v", v.Program, err)
	}
	return pcm, rate, nil
}

// parseWAV reads a mono 16-bit PCM RIFF WAV. A data chunk whose size is
// larger than what follows (espeak-ng --stdout writes 0x7ffff000, not knowing
// the length) runs to the end of the data.
func parseWAV(b []byte) ([]float32, int, error) {
	if len(b) < 12 || string(b[0:4]) != "RIFF" || string(b[8:12]) != "WAVE" {
		return nil, 0, errors.New("output is not a WAV file")
	}
	rate, channels, bits := 0, 0, 0
	for p := 12; p+8 <= len(b); {
		id, size := string(b[p:p+4]), int(binary.LittleEndian.Uint32(b[p+4:p+8]))
		p += 8
		switch id {
		case "fmt ":
			if size < 16 || p+16 > len(b) {
				return nil, 0, errors.New("WAV fmt chunk too short")
			}
			if f := binary.LittleEndian.Uint16(b[p:]); f != 1 {
				return nil, 0, fmt.Errorf("WAV format %d, want 1 (PCM)", f)
			}
			channels = int(binary.LittleEndian.Uint16(b[p+2:]))
			rate = int(binary.LittleEndian.Uint32(b[p+4:]))
			bits = int(binary.LittleEndian.Uint16(b[p+14:]))
		case "data":
			if rate == 0 {
				return nil, 0, errors.New("WAV data before fmt")
			}
			if channels != 1 || bits != 16 {
				return nil, 0, fmt.Errorf("WAV with %d channels of %d bits, want mono 16-bit", channels, bits)
			}
			data := b[p:]
			if size >= 0 && size < len(data) {
				data = data[:size]
			}
			pcm := make([]float32, len(data)/2)
			for i := range pcm {
				pcm[i] = float32(int16(binary.LittleEndian.Uint16(data[2*i:]))) / 32768
			}
			return pcm, rate, nil
		}
		p += size + size&1
	}
	return nil, 0, errors.New("WAV without a data chunk")
}
