package e2e

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	contentfiles "budapest1956/content"
	"budapest1956/internal/content"
	"budapest1956/internal/speech"
)

// The audio mode in the real app: speech through the same ALSA device as
// the broadcasts, captured to a file (captureHome), and the app's speech
// log (BUDAPEST1956_SPEECH_LOG) saying what it said and when.

const rate = 22050 // the capture's and the app's sample rate

type spokenLine struct {
	At   int64  `json:"at_ms"`
	Lang string `json:"lang"`
	Text string `json:"text"`
}

// audioSession is the app in audio mode with its capture and speech log.
type audioSession struct {
	*session
	t       *testing.T
	raw     string
	logPath string
	t0      time.Time // when the capture held s0 samples
	s0      int64
	ex      *content.Exhibit
}

func startAudio(t *testing.T, lang string, args ...string) *audioSession {
	t.Helper()
	home, raw := captureHome(t)
	logPath := filepath.Join(home, "speech.jsonl")
	s := startWith(t, home, []string{"BUDAPEST1956_SPEECH_LOG=" + logPath}, append([]string{"--audio-mode", "--lang", lang}, args...)...)
	ex, probs := content.Load(contentfiles.Files, "content")
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	a := &audioSession{session: s, t: t, raw: raw, logPath: logPath, ex: ex}
	waitFor(t, 20*time.Second, "the capture file", func() bool { return a.size() > 0 })
	a.t0, a.s0 = time.Now(), a.size()
	return a
}

// size is the number of samples captured so far.
func (a *audioSession) size() int64 {
	st, err := os.Stat(a.raw)
	if err != nil {
		return 0
	}
	return st.Size() / 4
}

// offset is the capture's sample at wall-clock time at (the capture is paced
// in real time).
func (a *audioSession) offset(at time.Time) int64 {
	return a.s0 + int64(at.Sub(a.t0).Seconds()*rate)
}

func (a *audioSession) samples() []float32 {
	b, err := os.ReadFile(a.raw)
	if err != nil {
		a.t.Fatal(err)
	}
	x := make([]float32, len(b)/4)
	for i := range x {
		x[i] = math.Float32frombits(uint32(b[4*i]) | uint32(b[4*i+1])<<8 | uint32(b[4*i+2])<<16 | uint32(b[4*i+3])<<24)
	}
	return x
}

func (a *audioSession) spoken() []spokenLine {
	f, err := os.Open(a.logPath)
	if err != nil {
		return nil
	}
	defer f.Close()
	var out []spokenLine
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var l spokenLine
		if json.Unmarshal(sc.Bytes(), &l) == nil {
			out = append(out, l)
		}
	}
	return out
}

func (a *audioSession) last() string {
	l := a.spoken()
	if len(l) == 0 {
		return ""
	}
	return l[len(l)-1].Text
}

// quiet waits until nothing has been heard for 800 ms (speech over).
func (a *audioSession) quiet(max time.Duration) {
	a.t.Helper()
	deadline := time.Now().Add(max)
	for time.Now().Before(deadline) {
		time.Sleep(300 * time.Millisecond)
		x := a.samples()
		n := int(0.8 * rate)
		if len(x) < n {
			continue
		}
		if rms(x[len(x)-n:]) < 0.002 {
			return
		}
	}
	a.t.Fatalf("still speaking after %v (last said: %q)", max, a.last())
}

// listen waits until the speech ends (0.5 s of silence), at most d.
func (a *audioSession) listen(d time.Duration) {
	time.Sleep(400 * time.Millisecond)
	for deadline := time.Now().Add(d); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		x := a.samples()
		if n := rate / 2; len(x) > n && rms(x[len(x)-n:]) < 0.002 {
			return
		}
	}
}

// key presses a key and returns when it was pressed.
func (a *audioSession) key(k string) time.Time {
	at := time.Now()
	a.xdotool("key", k)
	return at
}

// focusOn presses Down until the app says a text starting with prefix
// (a control's whole spoken name, "Play, button", where names share a start).
func (a *audioSession) focusOn(prefix string) {
	a.t.Helper()
	for range 80 {
		n := len(a.spoken())
		a.key("Down")
		waitFor(a.t, 5*time.Second, "speech after Down", func() bool { return len(a.spoken()) > n })
		if strings.HasPrefix(a.last(), prefix) {
			return
		}
		a.listen(2500 * time.Millisecond) // hear the name, as a visitor would, before moving on
	}
	a.t.Fatalf("Down never reached %q", prefix)
}

func rms(x []float32) float64 {
	var s float64
	for _, v := range x {
		s += float64(v) * float64(v)
	}
	return math.Sqrt(s / float64(max(len(x), 1)))
}

// onset is the first 20 ms frame of x louder than the hiss floor, -1 if none.
func onset(x []float32) int {
	const n = 441
	for i := 0; i+n <= len(x); i += n {
		if rms(x[i:i+n]) > 0.01 {
			return i
		}
	}
	return -1
}

// synth is what the app's voice makes for text: the same engines.
func synth(t *testing.T, lang, text string) []float32 {
	t.Helper()
	s := speech.New(speech.System(), speech.Options{})
	defer s.Close()
	u, err := s.Speak(context.Background(), lang, text)
	if err != nil {
		t.Fatalf("synthesise %q: %v", text, err)
	}
	select {
	case <-u.Synthesized():
	case <-time.After(2 * time.Minute):
		t.Fatalf("synthesising %q took over 2 minutes", text)
	}
	if u.Err() != nil {
		t.Fatal(u.Err())
	}
	return u.Samples()
}

// matches reports how well the capture from off sounds like want (as much
// of it as was captured): the best envelope correlation within ±0.5 s of off.
func matches(capture []float32, off int64, want []float32) float64 {
	if room := int64(len(capture)) - off - rate/2; room < int64(len(want)) {
		want = want[:max(room, 0)]
	}
	if len(want) < rate/4 {
		return -1
	}
	ref := envelope(want)
	best := -1.0
	for shift := int64(-rate / 2); shift <= rate/2; shift += 441 {
		from := off + shift
		if from < 0 || from+int64(len(want)) > int64(len(capture)) {
			continue
		}
		if r := corr(envelope(capture[from:from+int64(len(want))]), ref); r > best {
			best = r
		}
	}
	return best
}

// TestAudioMode_AKeyMovesTheFocusAndItIsHeard: in audio mode a key press
// moves the focus and its name is heard from the sound device, soon: the
// capture after the press sounds like the same text synthesised here.
func TestAudioMode_AKeyMovesTheFocusAndItIsHeard(t *testing.T) {
	a := startAudio(t, "en")
	waitFor(t, 20*time.Second, "the home screen announced", func() bool { return len(a.spoken()) > 0 })
	a.quiet(60 * time.Second)
	n := len(a.spoken())
	at := a.key("Down")
	waitFor(t, 5*time.Second, "speech after Down", func() bool { return len(a.spoken()) > n })
	a.quiet(60 * time.Second)
	said := a.spoken()[n]
	x := a.samples()
	off := a.offset(at)
	on := onset(x[off:])
	if on < 0 {
		t.Fatalf("pressing Down said %q but nothing was heard", said.Text)
	}
	latency := time.Duration(float64(on) / rate * float64(time.Second))
	t.Logf("Down → %q: first sound %v after the key press (xdotool, X, the app, synthesis, ALSA and the pacer)", said.Text, latency.Round(time.Millisecond))
	if latency > 1500*time.Millisecond {
		t.Errorf("the first sound came %v after the key press", latency)
	}
	want := synth(t, said.Lang, said.Text)
	if r := matches(x, off+int64(on), want); r < 0.6 {
		t.Errorf("what was heard after Down does not sound like %q (envelope r=%.2f)", said.Text, r)
	} else {
		t.Logf("heard %q (envelope r=%.2f)", said.Text, r)
	}
}

// TestAudioMode_AVisitWithKeysAlone: home, a chapter, three pages, a
// broadcast played, home — with the keyboard alone, in both languages; every
// text the app said was heard (its sound is in the capture where it was
// said, and sounds like it) until the next one interrupted it.
func TestAudioMode_AVisitWithKeysAlone(t *testing.T) {
	for _, lang := range []string{"en", "hu"} {
		t.Run(lang, func(t *testing.T) {
			t.Parallel() // each has its own X server, sound device and log
			a := startAudio(t, lang)
			label := func(k string) string { return a.ex.Label(k, lang) }
			// A chapter whose first three pages link a broadcast.
			var sec *content.Section
			page := -1
			for _, s := range a.ex.Sections {
				for i, p := range s.Pages[:min(3, len(s.Pages))] {
					if p.Broadcast != "" && a.ex.Broadcast(p.Broadcast).Narrated(lang) && sec == nil {
						sec, page = s, i
					}
				}
			}
			if sec == nil {
				t.Fatal("no chapter links a narrated broadcast in its first three pages")
			}
			waitFor(t, 20*time.Second, "home announced", func() bool { return len(a.spoken()) > 0 })
			a.quiet(60 * time.Second)
			a.focusOn(sec.Title[lang] + ".") // the tile: its title, dates and summary
			a.key("Return")
			a.quiet(120 * time.Second)
			for i := 0; i < 3; i++ {
				if i == page {
					a.focusOn(label("listen") + ", " + label("role_button"))
					a.key("Return")
					a.quiet(120 * time.Second) // the player: title, station, date, context
					a.focusOn(label("play") + ", " + label("role_button"))
					played := a.key("Return")
					time.Sleep(6 * time.Second) // the broadcast plays
					x := a.samples()
					from := a.offset(played) + rate
					if from+4*rate > int64(len(x)) || rms(x[from:from+4*rate]) < 0.01 {
						t.Errorf("Enter on %q: no broadcast heard", label("play"))
					}
					a.key("BackSpace") // back to the page
					a.quiet(120 * time.Second)
				}
				a.key("Right")
				a.quiet(120 * time.Second)
			}
			a.key("Home")
			a.quiet(60 * time.Second)

			lines := a.spoken()
			x := a.samples()
			heard := 0
			if len(lines) < 8 {
				t.Fatalf("only %d utterances in the visit", len(lines))
			}
			for i, l := range lines {
				if l.Lang != lang {
					t.Errorf("said in %s, not %s: %q", l.Lang, lang, l.Text)
				}
				from := a.offset(time.UnixMilli(l.At))
				until := int64(len(x))
				if i+1 < len(lines) {
					until = a.offset(time.UnixMilli(lines[i+1].At))
				}
				want := synth(t, l.Lang, l.Text)
				span := min(int64(len(want)), until-from)
				if span < rate/3 {
					continue // interrupted at once by the next: nothing to hear
				}
				seg := x[from:min(from+span+rate, int64(len(x)))]
				on := onset(seg)
				if on < 0 || on > rate {
					t.Errorf("said %q but nothing was heard within a second", clip(l.Text))
					continue
				}
				// The first 3 s (or what was heard before the next key):
				// later parts may follow after a pause when synthesis is
				// slower than speech on a loaded machine.
				head := min(span-int64(on), 3*rate)
				if head < rate {
					heard++ // too short a sound to compare its envelope: heard is all it shows
					continue
				}
				if r := matches(x, from+int64(on), want[:head]); r < 0.5 {
					t.Errorf("said %q, but what was heard does not sound like it (r=%.2f)", clip(l.Text), r)
				}
				heard++
			}
			t.Logf("%s: %d utterances said, %d of them heard before the next key (the others were cut short at once)", lang, len(lines), heard)
		})
	}
}

func clip(s string) string {
	if len(s) > 70 {
		return s[:70] + "…"
	}
	return fmt.Sprint(s)
}
