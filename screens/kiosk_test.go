package screens

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"budapest1956/internal/audio"
	"budapest1956/internal/kiosk"
	"budapest1956/internal/ui"
)

type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time      { return c.t }
func (c *fakeClock) add(d time.Duration) { c.t = c.t.Add(d) }
func (c *fakeClock) advance(a *App, d time.Duration) {
	for step := time.Second; d > 0; d -= step {
		c.add(step)
		a.kioskTick()
	}
}

func newKiosk(t *testing.T) (*App, fyne.Window, *fakeClock, *bool) {
	a, win := newApp(t, 1920, 1080)
	clock := &fakeClock{t: time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)}
	exited := false
	a.EnableKiosk(KioskOptions{
		Idle: 90 * time.Second, Warning: 30 * time.Second, PIN: "4827",
		Now: clock.now, Exit: func() { exited = true },
	}, false)
	return a, win, clock, &exited
}

func touchArea(t *testing.T, win fyne.Window) *ui.TouchArea {
	t.Helper()
	areas := find[*ui.TouchArea](win)
	if len(areas) == 0 {
		t.Fatal("no touch area on screen")
	}
	return areas[0]
}

func TestKiosk_AttractLoopThenTouchOpensHome(t *testing.T) {
	a, win, clock, _ := newKiosk(t)
	if !(a.visit.Route.Kind == RouteAttract) {
		t.Fatal("kiosk mode should start in the attract loop")
	}
	all := strings.Join(texts(win), "\n")
	for _, want := range []string{a.ex.Label("touch_to_begin", "en"), a.ex.Label("touch_to_begin", "hu")} {
		if !strings.Contains(all, want) {
			t.Errorf("attract loop lacks %q", want)
		}
	}
	first := strings.Join(texts(win), "|")
	clock.advance(a, attractSlide)
	if strings.Join(texts(win), "|") == first {
		t.Error("the attract loop did not move on to the next highlight")
	}
	test.TapAt(touchArea(t, win), fyne.NewPos(900, 500))
	if (a.visit.Route.Kind == RouteAttract) || len(find[*ui.Tile](win)) != 4 {
		t.Fatal("a touch should open the home screen")
	}
}

func TestKiosk_IdleWarningThenReset(t *testing.T) {
	a, win, clock, _ := newKiosk(t)
	test.TapAt(touchArea(t, win), fyne.NewPos(900, 500))
	a.SetLanguage("hu")
	a.ShowBroadcast("nagy-1956-11-04", nil)
	a.cur.(*playerScreen).togglePlay()
	if a.player.State() != audio.StatePlaying {
		t.Fatalf("the broadcast did not start: %v", a.player.State())
	}
	a.player.Pause() // the idle timer pauses while a broadcast plays
	a.SetPlaying(false)

	clock.advance(a, 89*time.Second)
	if len(win.Canvas().Overlays().List()) != 0 {
		t.Fatal("warning shown before the idle time")
	}
	clock.advance(a, time.Second)
	stillThere := a.ex.Label("still_there", "hu")
	if len(win.Canvas().Overlays().List()) != 1 || !strings.Contains(strings.Join(texts(win), "\n"), stillThere) {
		t.Fatalf("no warning %q after 90 s idle: %q", stillThere, texts(win))
	}
	clock.advance(a, 10*time.Second)
	if want := fmt.Sprintf(a.ex.Label("resetting_in", "hu"), 20); !strings.Contains(strings.Join(texts(win), "\n"), want) {
		t.Errorf("countdown %q not shown: %q", want, texts(win))
	}
	clock.advance(a, 20*time.Second)
	if a.visit.Route.Kind != RouteAttract || a.Language() != "en" {
		t.Fatalf("after the countdown: route %+v, language %q", a.visit.Route, a.Language())
	}
	if st := a.player.State(); st == audio.StatePlaying || st == audio.StatePaused {
		t.Errorf("the broadcast was not stopped by the reset: player %v", st)
	}
}

// TestKiosk_ResetRestoresTheWholeVisit: one visitor's choices — language,
// comfort, volume (even muted), clear voice, open texts, route — never
// reach the next visitor.
func TestKiosk_ResetRestoresTheWholeVisit(t *testing.T) {
	a, win, clock, _ := newKiosk(t)
	want := a.Defaults()
	test.TapAt(touchArea(t, win), fyne.NewPos(900, 500))
	a.SetLanguage("hu")
	a.SetAccess(Access{Reach: true, HighContrast: true, TextScale: 2, ReducedMotion: true})
	a.ShowSection("crushing", 2)
	a.toggleOpen(a.ex.Section("crushing").Pages[2].ID)
	a.ShowBroadcast("nagy-1956-11-04", nil)
	a.setVolume(0)
	a.setClearVoice(true)
	clock.advance(a, 3*time.Minute)

	got := a.Visit()
	if got.Lang != want.Lang || got.Access != want.Access || got.Volume != want.Volume || got.ClearVoice != want.ClearVoice {
		t.Errorf("after the reset the visit is %+v, want the defaults %+v", got, want)
	}
	if len(got.Open) != 0 {
		t.Errorf("open texts survived the reset: %v", got.Open)
	}
	if got.Route.Kind != RouteAttract {
		t.Errorf("route after the reset: %+v, want the attract loop", got.Route)
	}
	if a.player.Volume() != want.Volume || a.player.Radio() == want.ClearVoice {
		t.Errorf("the player kept the visitor's sound: volume %v, radio filter %v", a.player.Volume(), a.player.Radio())
	}
}

func TestKiosk_ResetRestoresComfortDefaults(t *testing.T) {
	a, win, clock, _ := newKiosk(t)
	test.TapAt(touchArea(t, win), fyne.NewPos(900, 500))
	a.toggleReach()
	a.toggleContrast()
	a.SetAccess(Access{Reach: true, HighContrast: true, TextScale: 2})
	clock.advance(a, 2*time.Minute)
	if !(a.visit.Route.Kind == RouteAttract) {
		t.Fatal("no reset after two idle minutes")
	}
	if got := a.Access(); got != (Access{TextScale: 1}) {
		t.Errorf("the next visitor starts with %+v", got)
	}
	if ui.Colors().Background != ui.Calm.Background {
		t.Error("the theme is still high contrast after the reset")
	}
	test.TapAt(touchArea(t, win), fyne.NewPos(900, 500))
	if len(find[*ui.Tile](win)) != 4 || a.Access().Reach {
		t.Error("home after the reset is not the default one")
	}
}

func TestKiosk_ContinueKeepsTheVisit(t *testing.T) {
	a, win, clock, _ := newKiosk(t)
	test.TapAt(touchArea(t, win), fyne.NewPos(900, 500))
	a.ShowSection("aftermath", 1)
	clock.advance(a, 95*time.Second)
	test.Tap(buttonWithText(t, win, a.label("continue")))
	if len(win.Canvas().Overlays().List()) != 0 {
		t.Fatal("Continue did not close the warning")
	}
	clock.advance(a, 60*time.Second)
	if id, p := a.Where(); (a.visit.Route.Kind == RouteAttract) || id != "aftermath" || p != 1 {
		t.Fatalf("visit lost after Continue: %s %d", id, p)
	}
}

func TestKiosk_NoWarningWhileBroadcastPlays(t *testing.T) {
	a, win, clock, _ := newKiosk(t)
	test.TapAt(touchArea(t, win), fyne.NewPos(900, 500))
	a.SetPlaying(true)
	clock.advance(a, 10*time.Minute)
	if len(win.Canvas().Overlays().List()) != 0 || (a.visit.Route.Kind == RouteAttract) {
		t.Fatal("the idle reset interrupted a broadcast")
	}
}

func TestKiosk_StaffGesturePINAndPanel(t *testing.T) {
	a, win, _, exited := newKiosk(t)
	test.TapAt(touchArea(t, win), fyne.NewPos(900, 500)) // home
	corner := touchArea(t, win)
	for i := 0; i < 5; i++ {
		test.Tap(corner)
	}
	if !strings.Contains(strings.Join(texts(win), "\n"), a.label("staff_pin")) {
		t.Fatal("five corner taps did not open the PIN pad")
	}
	enter := func(pin string) {
		for _, d := range pin {
			test.Tap(buttonWithText(t, win, string(d)))
		}
		test.Tap(buttonWithText(t, win, a.label("ok")))
	}
	for i := 0; i < 3; i++ {
		enter("0000")
	}
	if !strings.Contains(strings.Join(texts(win), "\n"), strings.SplitN(a.label("pin_locked"), "%", 2)[0]) {
		t.Fatalf("no lockout after three wrong PINs: %q", texts(win))
	}
	enter("4827") // locked: refused
	if strings.Contains(strings.Join(texts(win), "\n"), a.label("staff_title")) {
		t.Fatal("the right PIN worked during the lockout")
	}
	a.kiosk.gate = kiosk.NewPINGate("4827") // as if the lockout had passed
	enter("4827")
	all := strings.Join(texts(win), "\n")
	if !strings.Contains(all, a.label("staff_title")) || !strings.Contains(all, a.ex.Version) {
		t.Fatalf("staff panel not shown with the content version: %q", all)
	}
	// The panel's "+" buttons: idle time first, then volume.
	var plus []*ui.Button
	for _, b := range find[*ui.Button](win) {
		if b.Text == "+" {
			plus = append(plus, b)
		}
	}
	if len(plus) != 2 {
		t.Fatalf("%d \"+\" buttons on the staff panel, want 2 (idle time, volume)", len(plus))
	}
	idle := a.kiosk.idle.Timeout
	test.Tap(plus[0])
	if a.kiosk.idle.Timeout != idle+30*time.Second {
		t.Errorf("idle time after +: %v, want %v", a.kiosk.idle.Timeout, idle+30*time.Second)
	}
	a.setVolume(0.5)
	test.Tap(plus[1])
	if v := a.player.Volume(); math.Abs(v-0.6) > 1e-9 || math.Abs(a.Defaults().Volume-0.6) > 1e-9 {
		t.Errorf("volume after +: player %v, installation default %v, want 0.6 both", v, a.Defaults().Volume)
	}
	test.Tap(buttonWithText(t, win, a.label("exit")))
	if !*exited {
		t.Fatal("Exit did not quit")
	}
}

func TestKiosk_EveryTappableIsBigEnough(t *testing.T) {
	a, win, clock, _ := newKiosk(t)
	check := func(where string) {
		walk(win, func(o fyne.CanvasObject) {
			if _, ok := o.(fyne.Tappable); !ok {
				return
			}
			if s := o.Size(); s.Width < ui.MinTouch || s.Height < ui.MinTouch {
				t.Errorf("%s: %T is %.0f×%.0f", where, o, s.Width, s.Height)
			}
		})
	}
	check("attract")
	test.TapAt(touchArea(t, win), fyne.NewPos(900, 500))
	check("home")
	clock.advance(a, 91*time.Second)
	check("warning")
	a.touched()
	a.showPINPad()
	check("PIN pad")
	a.closeOverlays()
	a.showStaffPanel()
	check("staff panel")
}

type fakeVisits struct{ events []string }

func (f *fakeVisits) SessionStart(lang string) { f.events = append(f.events, "start "+lang) }
func (f *fakeVisits) SessionEnd(reason string, last time.Time) {
	f.events = append(f.events, "end "+reason)
}
func (f *fakeVisits) PageView(section, page, lang string, dwell time.Duration) {
	f.events = append(f.events, "view "+section+"/"+page+" "+dwell.String())
}
func (f *fakeVisits) Language(from, to string) { f.events = append(f.events, "lang "+from+">"+to) }
func (f *fakeVisits) Broadcast(id, lang string, heard, total time.Duration) {
	f.events = append(f.events, "broadcast "+id)
}
func (f *fakeVisits) IdleReset() { f.events = append(f.events, "reset") }

func TestKiosk_RecordsAnonymousVisitEvents(t *testing.T) {
	a, win := newApp(t, 1920, 1080)
	clock := &fakeClock{t: time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)}
	v := &fakeVisits{}
	a.EnableKiosk(KioskOptions{Idle: 90 * time.Second, Warning: 30 * time.Second, PIN: "4827", Now: clock.now, Visits: v}, false)
	test.TapAt(touchArea(t, win), fyne.NewPos(900, 500))
	a.ShowSection("crushing", 0)
	clock.add(12 * time.Second)
	a.SetLanguage("hu")
	for _, p := a.Where(); p == 0; _, p = a.Where() {
		a.Next() // the page may take more than one screenful
	}
	clock.advance(a, 120*time.Second)
	got := strings.Join(v.events, "; ")
	want := "start en; lang en>hu; view crushing/operation-whirlwind 12s; view crushing/"
	if !strings.HasPrefix(got, want) || !strings.HasSuffix(got, "reset; end idle") {
		t.Fatalf("events:\n%s\nwant them to begin %q and end with the reset", got, want)
	}
}
