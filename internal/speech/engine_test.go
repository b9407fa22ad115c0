//go:build unix

package speech

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A program that hangs is killed when the context ends: the call returns at
// once and the process is gone.
func TestCommand_KilledOnCancel(t *testing.T) {
	needs(t, "sh")
	pidFile := filepath.Join(t.TempDir(), "pid")
	c := &Command{Voices: map[string]Voice{"en": {Program: "sh", Package: "dash",
		Args: func(string) []string { return []string{"-c", "echo $$ > " + pidFile + "; exec sleep 30"} }}}}
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() {
		_, _, err := c.Synthesize(ctx, "en", "anything")
		errc <- err
	}()
	var pid int
	deadline := time.Now().Add(3 * time.Second)
	for pid == 0 && time.Now().Before(deadline) {
		b, _ := os.ReadFile(pidFile)
		pid, _ = strconv.Atoi(strings.TrimSpace(string(b)))
		time.Sleep(2 * time.Millisecond)
	}
	if pid == 0 {
		t.Fatal("the program did not start")
	}
	start := time.Now()
	cancel()
	select {
	case err := <-errc:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err %v, want context.Canceled", err)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("Synthesize did not return after cancel")
	}
	if el := time.Since(start); el > 500*time.Millisecond {
		t.Errorf("returned %v after cancel", el)
	}
	// Reaped by Wait: signal 0 finds no such process.
	if err := syscall.Kill(pid, 0); err == nil {
		t.Errorf("process %d still exists after cancel", pid)
		syscall.Kill(pid, syscall.SIGKILL)
	}
}

func TestCommand_ErrorsNameProgramAndPackage(t *testing.T) {
	c := &Command{Voices: map[string]Voice{"hu": {Program: "no-such-speech-program", Package: "espeak-ng",
		Args: func(string) []string { return nil }}}}
	err := c.Check("hu")
	if !errors.Is(err, ErrUnavailable) || !strings.Contains(err.Error(), "Hungarian speech needs no-such-speech-program (Debian package espeak-ng)") {
		t.Errorf("Check: %v", err)
	}
	if err := c.Check("de"); !errors.Is(err, ErrUnavailable) || !strings.Contains(err.Error(), `no voice for language "de"`) {
		t.Errorf("Check(de): %v", err)
	}
	needs(t, "sh")
	c.Voices["en"] = Voice{Program: "sh", Package: "dash",
		Args: func(string) []string { return []string{"-c", "echo voice rms not found >&2; exit 3"} }}
	if _, _, err := c.Synthesize(context.Background(), "en", "x"); err == nil || !strings.Contains(err.Error(), "voice rms not found") {
		t.Errorf("failing program: %v", err)
	}
	c.Voices["en"] = Voice{Program: "sh", Package: "dash", Args: func(string) []string { return []string{"-c", "echo not audio"} }}
	if _, _, err := c.Synthesize(context.Background(), "en", "x"); err == nil || !strings.Contains(err.Error(), "sh: output is not a WAV file") {
		t.Errorf("non-WAV output: %v", err)
	}
}

// The real voices, where installed: flite gives 16 kHz, espeak-ng 22,050 Hz,
// each a plausible length of speech; the Speaker turns both into SampleRate.
func TestSystem_RealVoices(t *testing.T) {
	needs(t, "flite", "espeak-ng")
	sys := System()
	for _, c := range []struct {
		lang, text string
		rate       int
	}{
		{"en", "Play, button", 16000},
		{"hu", "Lejátszás, gomb", 22050},
		{"hu", "-s 400 „Ruszkik haza!”", 22050}, // a text that looks like an option stays text
	} {
		pcm, rate, err := sys.Synthesize(context.Background(), c.lang, c.text)
		if err != nil {
			t.Fatalf("%s %q: %v", c.lang, c.text, err)
		}
		sec := float64(len(pcm)) / float64(rate)
		if rate != c.rate || sec < 0.4 || sec > 4 {
			t.Errorf("%s %q: %d Hz, %.2f s", c.lang, c.text, rate, sec)
		}
	}
	s := New(sys, Options{})
	defer s.Close()
	for lang, text := range map[string]string{"en": page, "hu": "Október 23-án este, miközben az egyik tömeg a Parlament előtt várakozott, egy másik a Sztálin-szobornál gyűlt össze. Eltávolítása az egyetemisták tizenhat pontjának egyike volt."} {
		u, err := s.Speak(context.Background(), lang, text)
		if err != nil {
			t.Fatal(err)
		}
		waitClosed(t, u.Done(), lang)
		if u.Err() != nil {
			t.Fatalf("%s: %v", lang, u.Err())
		}
		// About 2.5 words a second (150 wpm) give or take.
		words := len(strings.Fields(text))
		sec := float64(len(u.Samples())) / SampleRate
		if sec < float64(words)/5 || sec > float64(words)/1.2 {
			t.Errorf("%s: %d words in %.1f s", lang, words, sec)
		}
		if start, _ := u.PartStart(0); start != 0 || u.Samples()[0] == 0 && u.Samples()[trimMargin] == 0 {
			t.Errorf("%s: the utterance starts with silence", lang)
		}
	}
}
