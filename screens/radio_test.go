package screens

import (
	"budapest1956/internal/content"
	"budapest1956/internal/display"
	"cmp"
	"io"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"budapest1956/internal/audio"
	"budapest1956/internal/ui"
)

type playerClock struct{ t time.Time }

func (c *playerClock) Now() time.Time { return c.t }

// newRadioApp has a player with no sound device, driven by a fake clock:
// captions must advance all the same.
func newRadioApp(t *testing.T) (*App, fyne.Window, *audio.Player, *playerClock) {
	test.NewTempApp(t)
	ui.Apply(false, 1)
	win := test.NewTempWindow(t, nil)
	win.SetPadded(false)
	win.Resize(fyne.NewSize(1920, 1080))
	clock := &playerClock{t: time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)}
	p := audio.NewPlayer(nil, audio.Options{Clock: clock, TickInterval: -1})
	t.Cleanup(func() { p.Close() })
	a := New(win, loadExhibit(t), Options{Player: p, Background: now, Do: direct, Speech: &fakeSpeech{}})
	return a, win, p, clock
}

func (c *playerClock) advance(p *audio.Player, d time.Duration) {
	for step := 100 * time.Millisecond; d > 0; d -= step {
		c.t = c.t.Add(step)
		p.Update()
	}
}

func highlighted(win fyne.Window) string {
	for _, tt := range find[*ui.TapText](win) {
		if tt.Label.TextStyle.Bold {
			return tt.Label.Text
		}
	}
	return ""
}

// TestRadio_ListsBroadcastsInDateOrder reads the rows on every screenful of
// the list, as a visitor would, and checks their order by date and time.
func TestRadio_ListsBroadcastsInDateOrder(t *testing.T) {
	a, win, _, _ := newRadioApp(t)
	test.Tap(buttonWithText(t, win, a.label("radio")))
	test.Tap(buttonWithText(t, win, a.label("radio_list"))) // the set's plain list
	// A row is a broadcast's title over its date and station; titles alone
	// repeat (three speeches by Imre Nagy).
	which := func(row string) *content.Broadcast {
		title, rest, _ := strings.Cut(row, "\n")
		for _, b := range a.ex.Broadcasts {
			if title == display.BroadcastTitle(a.ex, b, a.Language()) && strings.HasPrefix(rest, display.When(a.ex, b, a.Language())) {
				return b
			}
		}
		return nil
	}
	var shown []*content.Broadcast
	for {
		for _, row := range find[*ui.TapText](win) {
			b := which(row.Label.Text)
			if b == nil {
				t.Fatalf("row %q is no broadcast's title", row.Label.Text)
			}
			shown = append(shown, b)
		}
		if v, n := a.View(); v+1 >= n {
			break
		}
		a.Next()
	}
	if len(shown) != len(a.ex.Broadcasts) {
		t.Fatalf("the list shows %d broadcasts, the exhibit has %d", len(shown), len(a.ex.Broadcasts))
	}
	// By date, then time; a broadcast without a time goes last on its day.
	key := func(b *content.Broadcast) string { return b.Date + cmp.Or(b.Time, "~") }
	for i := 1; i < len(shown); i++ {
		if key(shown[i-1]) > key(shown[i]) {
			t.Errorf("%s (%s) is listed before %s (%s)", shown[i-1].ID, shown[i-1].Date, shown[i].ID, shown[i].Date)
		}
	}
	a.navigate(Route{Kind: RouteRadioList})
	test.Tap(find[*ui.TapText](win)[0])
	if a.playerOn() == nil || a.playerOn().b != shown[0] {
		t.Fatal("tapping a row did not open its broadcast")
	}
}

func TestRadio_CaptionsAdvanceWithoutASoundDevice(t *testing.T) {
	a, win, p, clock := newRadioApp(t)
	a.ShowBroadcast("nagy-1956-11-04", nil)
	all := strings.Join(texts(win), "\n")
	if honest := display.Renarration(a.ex, a.ex.Broadcast("nagy-1956-11-04"), "en"); !strings.Contains(all, honest) {
		t.Errorf("no honest label on the player: %q", all)
	}
	if !strings.Contains(strings.Join(texts(win), "\n"), a.label("captions_only")) {
		t.Error("no captions-only notice without a sound device")
	}
	test.Tap(buttonWithText(t, win, a.label("play")))
	b := a.playerOn().b
	clock.advance(p, 500*time.Millisecond)
	if got := highlighted(win); got != b.Sentences[0].Text["en"] {
		t.Fatalf("first caption = %q", got)
	}
	clock.advance(p, 8*time.Second)
	if got := highlighted(win); got == b.Sentences[0].Text["en"] || got == "" {
		t.Fatalf("captions did not advance with the clock: %q", got)
	}
}

func TestRadio_TapCaptionSeeksAndLanguageSwitchKeepsPlace(t *testing.T) {
	a, win, p, _ := newRadioApp(t)
	a.ShowBroadcast("nagy-1956-11-04", nil)
	rows := find[*ui.TapText](win)
	test.Tap(rows[1]) // the second sentence
	if p.CurrentCue() != 1 || p.State() != audio.StatePlaying {
		t.Fatalf("tapping a caption: cue %d state %v", p.CurrentCue(), p.State())
	}
	a.SetLanguage("hu")
	if p.CurrentCue() != 1 || !strings.HasSuffix(p.Name(), ".hu.ogg") || p.State() != audio.StatePlaying {
		t.Fatalf("after switching language: cue %d, file %s, state %v", p.CurrentCue(), p.Name(), p.State())
	}
	if got := highlighted(win); got != a.playerOn().b.Sentences[1].Text["hu"] {
		t.Fatalf("Hungarian caption = %q", got)
	}
}

func TestRadio_LeavingStopsTheBroadcast(t *testing.T) {
	a, win, p, _ := newRadioApp(t)
	a.ShowSection("crushing", 1) // Nagy's dawn broadcast page
	test.Tap(buttonWithText(t, win, a.label("listen")))
	if p.State() != audio.StateStopped && p.State() != audio.StatePlaying {
		t.Fatalf("Listen did not load the broadcast: %v", p.State())
	}
	test.Tap(buttonWithText(t, win, a.label("play")))
	test.Tap(buttonWithText(t, win, a.label("back")))
	if id, page := a.Where(); id != "crushing" || page != 1 {
		t.Fatalf("Back went to %s page %d", id, page)
	}
	if p.State() == audio.StatePlaying {
		t.Fatal("the broadcast kept playing after leaving the player")
	}
}

func TestRadio_TappablesBigEnough(t *testing.T) {
	for _, size := range []fyne.Size{{Width: 1920, Height: 1080}, {Width: 1080, Height: 1920}, {Width: 1024, Height: 640}} {
		a, win, _, _ := newRadioApp(t)
		win.Resize(size)
		a.ShowRadio()
		a.ShowBroadcast("nagy-1956-11-04", nil)
		// A finger's 72 px on a kiosk-sized screen; a smaller laptop window
		// draws at its density, never below WCAG 2.5.5's 44 px.
		least := ui.MinTouch
		if ui.Density() < 1 {
			least = ui.MinTouchWindow
		}
		walk(win, func(o fyne.CanvasObject) {
			if _, ok := o.(fyne.Tappable); !ok {
				return
			}
			if s := o.Size(); s.Width < least || s.Height < least {
				t.Errorf("%v player: %T %q is %.0f×%.0f", size, o, textOf(o), s.Width, s.Height)
			}
		})
	}
}

// TestRadio_NoReadingSaysWhy: a broadcast not read in the visitor's
// language shows its captions and the reason, and nothing plays.
func TestRadio_NoReadingSaysWhy(t *testing.T) {
	a, win, p, _ := newRadioApp(t)
	checked := 0
	for _, b := range a.ex.Broadcasts {
		for _, l := range a.ex.Languages {
			if b.Narrated(l.Code) {
				continue
			}
			a.SetLanguage(l.Code)
			a.ShowBroadcast(b.ID, nil)
			why := b.NoNarration[l.Code].In(l.Code, a.ex.DefaultLanguage)
			if !strings.Contains(strings.Join(texts(win), "\n"), why) {
				t.Errorf("%s in %s: the reason %q is not shown", b.ID, l.Code, why)
			}
			a.playerOn().togglePlay()
			if p.State() == audio.StatePlaying {
				t.Errorf("%s in %s: something plays although there is no reading", b.ID, l.Code)
			}
			checked++
		}
	}
	if checked == 0 {
		t.Skip("every broadcast is read in every language")
	}
}

// quietDevice is a sound card that plays nothing: enough for the player to
// have sound.
type quietDevice struct{}

func (quietDevice) SampleRate() int                         { return audio.SampleRate }
func (quietDevice) Channels() int                           { return 1 }
func (quietDevice) NewVoice(io.Reader) (audio.Voice, error) { return quietVoice{}, nil }
func (quietDevice) Close() error                            { return nil }

type quietVoice struct{}

func (quietVoice) Play()             {}
func (quietVoice) Pause()            {}
func (quietVoice) SetVolume(float64) {}
func (quietVoice) Buffered() int     { return 0 }
func (quietVoice) Err() error        { return nil }
func (quietVoice) Close() error      { return nil }

// TestRadio_CaptionsOnlyNoticeGoesWhenSoundArrives: the app opens the
// sound card in the background; when it arrives after the player is on
// screen, "captions only" is taken back.
func TestRadio_CaptionsOnlyNoticeGoesWhenSoundArrives(t *testing.T) {
	a, win, p, _ := newRadioApp(t)
	a.ShowBroadcast("nagy-1956-11-04", nil)
	notice := a.label("captions_only")
	if !strings.Contains(strings.Join(texts(win), "\n"), notice) {
		t.Fatal("no captions-only notice without a sound device")
	}
	p.SetDevice(quietDevice{})
	if strings.Contains(strings.Join(texts(win), "\n"), notice) {
		t.Error("the captions-only notice stayed after the sound device arrived")
	}
}
