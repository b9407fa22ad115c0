package screens

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"budapest1956/internal/audio"
	"budapest1956/internal/display"
	"budapest1956/internal/ui"
)

// TestRadioSet_Screenshots draws the radio set in both languages, landscape
// and portrait, for the README (RADIO_SHOTS=folder).
func TestRadioSet_Screenshots(t *testing.T) {
	dir := os.Getenv("RADIO_SHOTS")
	if dir == "" {
		t.Skip("set RADIO_SHOTS=folder to draw the radio set")
	}
	for _, size := range []fyne.Size{{Width: 1920, Height: 1080}, {Width: 1080, Height: 1920}, {Width: 1280, Height: 800}} {
		for _, lang := range []string{"en", "hu"} {
			t.Run(lang+sizeName(size), func(t *testing.T) { radioShot(t, dir, size, lang) })
		}
	}
}

func radioShot(t *testing.T, dir string, size fyne.Size, lang string) {
	a, win, p, clock := newRadioApp(t)
	win.Resize(size)
	a.SetLanguage(lang)
	back := storyRoute("crushing", 1)
	a.navigate(Route{Kind: RouteRadio, Broadcast: "nagy-1956-11-04", Back: &back})
	a.set().togglePlay()
	clock.advance(p, 6e9)
	settle(win)
	name := filepath.Join(dir, "radio-set-"+lang+"-"+sizeName(size)+".png")
	if err := savePNG(name, win.Canvas().Capture()); err != nil {
		t.Fatal(err)
	}
}

func sizeName(s fyne.Size) string {
	switch {
	case s.Width > s.Height && s.Width >= 1920:
		return "landscape"
	case s.Width > s.Height:
		return "laptop"
	}
	return "portrait"
}

// set is the radio set on show, nil on any other screen.
func (a *App) set() *radioSetScreen {
	s, _ := a.cur.(*radioSetScreen)
	return s
}

// dialOn is the radio set's dial on win.
func dialOn(t *testing.T, win fyne.Window) *ui.Dial {
	t.Helper()
	ds := find[*ui.Dial](win)
	if len(ds) != 1 {
		t.Fatalf("%d dials on screen, want 1", len(ds))
	}
	return ds[0]
}

// loaded is the broadcast whose narration the player holds ("" for none,
// "tuning" for the hiss between stations).
func loaded(a *App, p *audio.Player) string {
	for _, b := range a.ex.Broadcasts {
		if p.Name() == b.AudioFile(a.Language()) {
			return b.ID
		}
	}
	return p.Name()
}

func drag(d *ui.Dial, to fyne.Position) {
	d.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: to}})
}

// Radio 1956 opens the set; dragging the needle off a station hisses (the
// radio filter's noise, playing), and letting go near the next station
// tunes to the next broadcast in time order and plays it.
func TestRadioSet_DraggingTheDialTunesTheNextBroadcast(t *testing.T) {
	a, win, p, _ := newRadioApp(t)
	test.Tap(buttonWithText(t, win, a.label("radio")))
	if a.set() == nil {
		t.Fatalf("Radio 1956 opened %T, want the radio set", a.cur)
	}
	d := dialOn(t, win)
	first, second := a.ex.Broadcasts[0], a.ex.Broadcasts[1]
	if got := loaded(a, p); got != first.ID {
		t.Fatalf("the set is tuned to %q, want the first broadcast %q", got, first.ID)
	}
	from, to := d.MarkPos(0), d.MarkPos(1)
	drag(d, fyne.NewPos((from.X+to.X)/2, from.Y))
	if p.Name() != "tuning" || p.State() != audio.StatePlaying {
		t.Fatalf("between stations the player has %q (%v), want the tuning noise playing", p.Name(), p.State())
	}
	if len(find[*ui.TapText](win)) != 0 {
		t.Error("captions shown while the set hisses between stations")
	}
	drag(d, fyne.NewPos(to.X+3, to.Y))
	d.DragEnd()
	if got := loaded(a, p); got != second.ID {
		t.Fatalf("after the drag the set plays %q, want the next broadcast %q", got, second.ID)
	}
	if p.State() != audio.StatePlaying {
		t.Errorf("the tuned broadcast is %v, want playing", p.State())
	}
	if d.Pos != 1 || d.Tuned != 1 {
		t.Errorf("the needle stands at %.2f (tuned %d), want on mark 1", d.Pos, d.Tuned)
	}
	if !strings.Contains(strings.Join(texts(win), "\n"), display.BroadcastTitle(a.ex, second, a.Language())) {
		t.Error("the set does not say what it is tuned to")
	}
}

// A tap on a day of the date scale tunes to that day's first broadcast.
func TestRadioSet_TappingADayTunesItsFirstBroadcast(t *testing.T) {
	a, win, p, _ := newRadioApp(t)
	a.ShowRadio()
	d := dialOn(t, win)
	day, want := -1, -1
	for i, b := range a.ex.Broadcasts {
		if b.Date == "1956-11-04" {
			want, day = i, d.Marks[i].Day
			break
		}
	}
	pos, size := d.DayRect(day)
	test.TapAt(d, pos.AddXY(size.Width/2, size.Height/2))
	if a.set().cur != want || loaded(a, p) != a.ex.Broadcasts[want].ID {
		t.Fatalf("tapping 4 November tuned to %q, want %q", loaded(a, p), a.ex.Broadcasts[want].ID)
	}
	if d.Days[d.Marks[want].Day].Top != "4" {
		t.Errorf("the day reads %q, want 4", d.Days[d.Marks[want].Day].Top)
	}
}

// The dial has the keyboard: → and ← tune, Space plays and pauses, other
// keys still reach the screen (Escape goes home).
func TestRadioSet_Keyboard(t *testing.T) {
	a, win, p, _ := newRadioApp(t)
	a.ShowRadio()
	d := dialOn(t, win)
	f, ok := win.Canvas().Focused().(*ui.Dial)
	if !ok || f != d {
		t.Fatalf("the focus is on %T, want the dial", win.Canvas().Focused())
	}
	key := func(k fyne.KeyName) { win.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: k}) }
	key(fyne.KeyRight)
	key(fyne.KeyRight)
	if a.set().cur != 2 || loaded(a, p) != a.ex.Broadcasts[2].ID {
		t.Fatalf("→ → tuned to %q, want the third broadcast", loaded(a, p))
	}
	key(fyne.KeyLeft)
	if a.set().cur != 1 {
		t.Fatalf("← tuned to broadcast %d, want 1", a.set().cur)
	}
	if p.State() != audio.StatePlaying {
		t.Fatalf("tuning did not play: %v", p.State())
	}
	key(fyne.KeySpace)
	if p.State() == audio.StatePlaying {
		t.Error("Space did not pause")
	}
	key(fyne.KeyReturn)
	if p.State() != audio.StatePlaying {
		t.Error("Enter did not play")
	}
	key(fyne.KeyEscape)
	if a.Route().Kind != RouteHome {
		t.Errorf("Escape left the set for %v, want home", a.Route().Kind)
	}
	if p.State() == audio.StatePlaying {
		t.Error("the broadcast kept playing after leaving the set")
	}
}

// With reduced motion the needle jumps to its station and the magic eye
// stands still while a broadcast plays; without, the eye follows the sound.
func TestRadioSet_ReducedMotion(t *testing.T) {
	a, win, p, clock := newRadioApp(t)
	a.SetAccess(Access{TextScale: 1, ReducedMotion: true})
	a.ShowRadio()
	d := dialOn(t, win)
	win.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	if d.Pos != 1 || a.set().anim != nil {
		t.Fatalf("with reduced motion the needle is at %.2f (animating: %v), want at 1 at once", d.Pos, a.set().anim != nil)
	}
	levels := map[float32]bool{}
	for range 20 {
		clock.advance(p, 150*time.Millisecond)
		levels[d.Level] = true
	}
	if len(levels) != 1 || levels[0] {
		t.Errorf("with reduced motion the magic eye took %d openings %v, want one steady open one", len(levels), levels)
	}

	a.SetAccess(Access{TextScale: 1})
	a.ShowHome()
	a.ShowRadio()
	d = dialOn(t, win)
	win.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	levels = map[float32]bool{}
	for range 20 {
		clock.advance(p, 150*time.Millisecond)
		levels[d.Level] = true
	}
	if len(levels) < 4 {
		t.Errorf("the magic eye does not follow the sound: openings %v", levels)
	}
}

// The plain list is one tap away, and its rows still open the player.
func TestRadioSet_ListOneTapAway(t *testing.T) {
	a, win, _, _ := newRadioApp(t)
	a.ShowRadio()
	test.Tap(buttonWithText(t, win, a.label("radio_list")))
	if a.Route().Kind != RouteRadioList {
		t.Fatalf("the list button went to %v", a.Route().Kind)
	}
	if n := len(find[*ui.TapText](win)); n == 0 {
		t.Fatal("the list shows no broadcasts")
	}
}

// Opened from a chapter (the player's "Tune the radio" after a story page's
// Listen), the dial marks that chapter's broadcasts and no others; the
// player links back to the story page about its broadcast.
func TestRadioSet_MarksTheChapterAndPlayerLinksItsStory(t *testing.T) {
	a, win, _, _ := newRadioApp(t)
	a.ShowRadio()
	for i, m := range dialOn(t, win).Marks {
		if m.Marked {
			t.Errorf("opened from home, broadcast %s is marked", a.ex.Broadcasts[i].ID)
		}
	}
	sec, page, ok := a.storyPage("nagy-1956-11-04")
	if !ok {
		t.Fatal("no story page about nagy-1956-11-04")
	}
	a.ShowSection(sec, page)
	back := a.Route()
	a.ShowBroadcast("nagy-1956-11-04", &back)
	test.Tap(buttonWithText(t, win, a.label("radio_tune")))
	if a.set() == nil || a.ex.Broadcasts[a.set().cur].ID != "nagy-1956-11-04" {
		t.Fatal("Tune the radio did not open the set tuned to the broadcast")
	}
	linked := map[string]bool{}
	for _, p := range a.ex.Section(sec).Pages {
		linked[p.Broadcast] = true
	}
	n := 0
	for i, m := range dialOn(t, win).Marks {
		id := a.ex.Broadcasts[i].ID
		if m.Marked != linked[id] {
			t.Errorf("%s: marked %v, linked from %s %v", id, m.Marked, sec, linked[id])
		}
		if m.Marked {
			n++
		}
	}
	if n == 0 {
		t.Error("nothing marked for the chapter")
	}

	a.ShowBroadcast("nagy-1956-11-04", nil)
	test.Tap(buttonWithText(t, win, a.label("story_link")))
	if r := a.Route(); r.Kind != RouteStory || r.Section != sec || r.Page != page {
		t.Errorf("the player's story link went to %+v, want %s page %d", r, sec, page)
	}
}

// In kiosk mode every control of the set, and every day of its scale, is a
// finger's size, in every window shape.
func TestRadioSet_TappablesBigEnoughInKiosk(t *testing.T) {
	for _, size := range []fyne.Size{{Width: 1920, Height: 1080}, {Width: 1080, Height: 1920}, {Width: 1280, Height: 800}} {
		a, win, _, _ := newKiosk(t)
		win.Resize(size)
		test.TapAt(touchArea(t, win), fyne.NewPos(500, 500))
		a.ShowRadio()
		walk(win, func(o fyne.CanvasObject) {
			if _, ok := o.(fyne.Tappable); !ok {
				return
			}
			if s := o.Size(); s.Width < ui.MinTouch || s.Height < ui.MinTouch {
				t.Errorf("%v: %T %q is %.0f×%.0f", size, o, textOf(o), s.Width, s.Height)
			}
		})
		d := dialOn(t, win)
		for i := range d.Days {
			if _, s := d.DayRect(i); s.Width < ui.MinTouch || s.Height < ui.MinTouch {
				t.Errorf("%v: day %s is %.0f×%.0f", size, d.Days[i].Top, s.Width, s.Height)
			}
		}
		a.ShowHome()
	}
}

// Nothing on the set is cut short, in either language, in any window.
func TestRadioSet_NoTextCutShort(t *testing.T) {
	sweep(t)
	for _, size := range []fyne.Size{{Width: 1920, Height: 1080}, {Width: 1080, Height: 1920}, {Width: 1280, Height: 800}} {
		a, win := newApp(t, size.Width, size.Height)
		for _, lang := range []string{"en", "hu"} {
			a.SetLanguage(lang)
			for _, acc := range []Access{{TextScale: 1}, {TextScale: 2}} {
				a.SetAccess(acc)
				a.ShowRadio()
				for _, cut := range cutShort(win) {
					t.Errorf("%v %s %+v: %s", size, lang, acc, cut)
				}
				if m := win.Content().MinSize(); m.Width > size.Width+1 || m.Height > size.Height+1 {
					t.Errorf("%v %s %+v: the set needs %v", size, lang, acc, m)
				}
			}
		}
		a.SetAccess(Access{TextScale: 1})
	}
}

// BenchmarkRadioDial is the dial's redraw as a finger drags the needle at
// 1920×1080: "redraw" is the app's work for one frame — the drag event, the
// needle and the magic eye laid out again and every primitive refreshed
// (goal: p99 ≤ 16 ms); "paint" adds Fyne's software painter drawing the
// whole window (Capture), which on screen the GL painter does instead
// (docs/performance.md: the software painter alone takes p50 ~70 ms here).
//
//	go test -tags migrated_fynedo,no_emoji -run XXX -bench RadioDial -benchtime 300x ./screens/
func BenchmarkRadioDial(b *testing.B) {
	test.NewTempApp(b)
	ui.Apply(false, 1)
	win := test.NewTempWindow(b, nil)
	win.SetPadded(false)
	win.Resize(fyne.NewSize(1920, 1080))
	// The player's events come only when asked (Update): with the tests'
	// direct Do, a ticker would draw from another goroutine.
	p := audio.NewPlayer(nil, audio.Options{TickInterval: -1})
	b.Cleanup(func() { p.Close() })
	a := New(win, loadExhibit(b), Options{Player: p, Background: now, Do: direct})
	a.ShowRadio()
	d := find[*ui.Dial](win)[0]
	win.Canvas().Capture()
	from, to := d.MarkPos(0), d.MarkPos(len(d.Marks)-1)
	frame := func(i int) {
		f := float32(i%200) / 200
		d.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(from.X+(to.X-from.X)*f, from.Y)}})
		d.SetLevel(float32(i%7) / 7)
	}
	b.Run("redraw", func(b *testing.B) { timed(b, nil, frame).report(b) })
	b.Run("paint", func(b *testing.B) {
		timed(b, nil, func(i int) { frame(i); win.Canvas().Capture() }).report(b)
	})
	d.DragEnd()
	a.ShowHome()
}

// The dial's redraw while dragged stays within a 60 Hz frame (p99 of 300
// frames ≤ 16 ms) at 1920×1080: the benchmark's "redraw" as a test that can
// fail.
func TestRadioSet_DialRedrawWithinAFrame(t *testing.T) {
	a, win, _, _ := newRadioApp(t) // 1920×1080, the player's events on this goroutine
	a.ShowRadio()
	d := dialOn(t, win)
	from, to := d.MarkPos(0), d.MarkPos(len(d.Marks)-1)
	var ts timings
	for i := range 300 {
		f := float32(i%100) / 100
		start := time.Now()
		d.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(from.X+(to.X-from.X)*f, from.Y)}})
		d.SetLevel(float32(i%7) / 7)
		ts = append(ts, time.Since(start))
	}
	d.DragEnd()
	if p99 := ts.percentile(0.99); p99 > 16*time.Millisecond {
		t.Errorf("dial redraw p99 %.1f ms, want ≤ 16 ms", ms(p99))
	}
}

// The broadcasts beside the tuned one are decoded ahead (off the UI
// goroutine), so a drag to the next station plays without decoding.
func TestRadioSet_NeighboursDecodedAhead(t *testing.T) {
	a, win, _, _ := newRadioApp(t)
	a.ShowRadio()
	next := a.ex.Broadcasts[1].AudioFile(a.Language())
	if _, ok := a.set().cache[next]; !ok {
		t.Fatalf("the next broadcast is not decoded ahead: cache %v", len(a.set().cache))
	}
	win.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	if _, ok := a.set().cache[a.ex.Broadcasts[2].AudioFile(a.Language())]; !ok {
		t.Error("after tuning on, the broadcast after it is not decoded ahead")
	}
	if len(a.set().cache) > 2 {
		t.Errorf("%d narrations kept decoded, want the two neighbours at most", len(a.set().cache))
	}
}

// What was heard on the set counts in the visit statistics, as in the
// player: when the set tunes away from a broadcast and when it is left.
func TestRadioSet_RecordsWhatWasHeard(t *testing.T) {
	a, win, p, clock := newRadioApp(t)
	kc := &fakeClock{t: time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)}
	v := &fakeVisits{}
	a.EnableKiosk(KioskOptions{Idle: 90 * time.Second, Warning: 30 * time.Second, PIN: "4827", Now: kc.now, Visits: v}, false)
	test.TapAt(touchArea(t, win), fyne.NewPos(900, 500))
	a.ShowRadio()
	key := func(k fyne.KeyName) { win.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: k}) }
	key(fyne.KeyRight)
	clock.advance(p, 2*time.Second)
	key(fyne.KeyRight)
	clock.advance(p, time.Second)
	a.ShowHome()
	got := strings.Join(v.events, "; ")
	want := "broadcast " + a.ex.Broadcasts[1].ID + "; broadcast " + a.ex.Broadcasts[2].ID
	if !strings.Contains(got, want) {
		t.Errorf("events %q, want them to include %q", got, want)
	}
}

// A language switch on the set loads the same broadcast in the new
// language's narration, still playing.
func TestRadioSet_LanguageSwitchLoadsTheNarration(t *testing.T) {
	a, win, p, _ := newRadioApp(t)
	a.ShowRadio()
	win.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	a.SetLanguage("hu")
	if want := a.ex.Broadcasts[1].AudioFile("hu"); p.Name() != want || p.State() != audio.StatePlaying {
		t.Errorf("after switching to Hungarian the set has %q (%v), want %q playing", p.Name(), p.State(), want)
	}
	if f, ok := win.Canvas().Focused().(*ui.Dial); !ok || f != dialOn(t, win) {
		t.Error("the dial lost the keyboard after the language switch")
	}
}
