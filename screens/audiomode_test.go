package screens

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"budapest1956/internal/content"
	"budapest1956/internal/display"
	"budapest1956/internal/ui"
)

// fakeSpeech records what the exhibit says, in order.
type fakeSpeech struct {
	said  []string // "lang|text"
	stops int
}

func (f *fakeSpeech) Say(lang, text string) { f.said = append(f.said, lang+"|"+text) }
func (f *fakeSpeech) Stop()                 { f.stops++ }

// last is the text last said.
func (f *fakeSpeech) last() string {
	if len(f.said) == 0 {
		return ""
	}
	_, t, _ := strings.Cut(f.said[len(f.said)-1], "|")
	return t
}

// all is everything said since mark.
func (f *fakeSpeech) since(mark int) string {
	var b strings.Builder
	for _, s := range f.said[mark:] {
		_, t, _ := strings.Cut(s, "|")
		b.WriteString(t + "\n")
	}
	return b.String()
}

func newAudioApp(t *testing.T, w, h float32, on bool) (*App, fyne.Window, *fakeSpeech) {
	t.Helper()
	sp := &fakeSpeech{}
	a, win := newAppWith(t, w, h, Options{Speech: sp, AudioMode: on})
	return a, win, sp
}

// press sends a key as the driver does: to the focused control, else to
// the canvas.
func press(win fyne.Window, name fyne.KeyName) {
	e := &fyne.KeyEvent{Name: name}
	if f := win.Canvas().Focused(); f != nil {
		f.TypedKey(e)
		return
	}
	win.Canvas().OnTypedKey()(e)
}

func typeRune(win fyne.Window, r rune) {
	if f := win.Canvas().Focused(); f != nil {
		f.TypedRune(r)
		return
	}
	win.Canvas().OnTypedRune()(r)
}

// interactiveObjects: everything on the window a visitor can tap or focus,
// found by walking every widget's renderer (not through ui.Walk).
func interactiveObjects(win fyne.Window) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	walk(win, func(o fyne.CanvasObject) {
		switch v := o.(type) {
		case *ui.HearLayer:
			return
		case *ui.TouchArea:
			if v.Staff {
				return
			}
		}
		switch o.(type) {
		case fyne.Tappable, fyne.Focusable:
			out = append(out, o)
		}
	})
	return out
}

// unnamed lists the controls on screen that neither the audio mode
// (ui.Walk) nor a screen reader reaches with a spoken name. Fyne 2.8's
// screen-reader bridge (internal/driver/glfw/accessibility_windows.go)
// walks *fyne.Container children only and takes an accessible object as a
// leaf: bridgeWalk does the same.
func unnamed(a *App, win fyne.Window) []string {
	items := a.items()
	named := map[fyne.CanvasObject]bool{}
	for _, it := range items {
		if strings.TrimSpace(it.Label) != "" {
			named[it.Obj] = true
		}
	}
	bridge := map[fyne.CanvasObject]bool{}
	bridgeWalk(win.Canvas().Content(), bridge)
	for _, o := range win.Canvas().Overlays().List() {
		bridgeWalk(o, bridge)
	}
	for o := range named {
		if !bridge[o] {
			delete(named, o)
		}
	}
	var out []string
	for _, o := range interactiveObjects(win) {
		if !named[o] && !insideNamed(o, items) {
			out = append(out, strings.TrimSpace(strings.Join([]string{typeName(o), textOf(o)}, " ")))
		}
	}
	return out
}

func bridgeWalk(o fyne.CanvasObject, out map[fyne.CanvasObject]bool) {
	if o == nil || !o.Visible() {
		return
	}
	if acc, ok := o.(fyne.Accessible); ok && acc.AccessibilityRole() != fyne.AccessibleRoleContainer && acc.AccessibilityLabel() != "" {
		out[o] = true
	}
	if c, ok := o.(*fyne.Container); ok {
		for _, child := range c.Objects {
			bridgeWalk(child, out)
		}
	}
}

// insideNamed: o is drawn inside a named item (e.g. the label inside a
// tappable caption line), which speaks for it.
func insideNamed(o fyne.CanvasObject, items []ui.Item) bool {
	for _, it := range items {
		found := false
		walkObj(it.Obj, func(c fyne.CanvasObject) { found = found || (c == o && c != it.Obj) })
		if found {
			return true
		}
	}
	return false
}

func typeName(o fyne.CanvasObject) string {
	return strings.TrimPrefix(strings.TrimPrefix(strings.Split(strings.TrimPrefix(fmtType(o), "*"), "{")[0], "ui."), "screens.")
}

func fmtType(o fyne.CanvasObject) string {
	switch o.(type) {
	case *ui.Button:
		return "*ui.Button"
	case *ui.Tile:
		return "*ui.Tile"
	case *ui.Dial:
		return "*ui.Dial"
	case *ui.Progress:
		return "*ui.Progress"
	case *ui.TapText:
		return "*ui.TapText"
	case *ui.Backdrop:
		return "*ui.Backdrop"
	case *ui.TouchArea:
		return "*ui.TouchArea"
	}
	return "control"
}

// everyScreen shows each kind of screen in turn and calls check on it:
// every page of every chapter, the library's and the radio list's
// screenfuls, the radio set, every broadcast's player, a page's sources
// overlay, and in a kiosk the attract loop and the idle warning.
func everyScreen(t *testing.T, a *App, win fyne.Window, check func(where string)) {
	t.Helper()
	a.ShowHome()
	check("home")
	for _, s := range a.ex.Sections {
		for i, p := range s.Pages {
			a.ShowSection(s.ID, i)
			check(s.ID + "/" + p.ID)
			if i == 0 {
				a.showSources(p)
				check(s.ID + "/" + p.ID + " sources")
				a.closeOverlays()
			}
		}
	}
	a.ShowLibrary()
	for {
		v, _ := a.View()
		check("library " + strconv.Itoa(v))
		if v2, n := a.View(); v2+1 >= n {
			break
		}
		a.Next()
	}
	a.navigate(Route{Kind: RouteRadioList})
	check("radio list")
	a.ShowRadio()
	check("radio set")
	for _, b := range a.ex.Broadcasts {
		a.ShowBroadcast(b.ID, nil)
		check("player " + b.ID)
	}
}

// TestAccessible_EveryControlHasASpokenName walks every screen in both
// languages and at the kiosk's, a portrait panel's and a laptop's size:
// every control a visitor can tap or focus must have a name (Fyne's
// accessibility label, read by screen readers and by the audio mode).
func TestAccessible_EveryControlHasASpokenName(t *testing.T) {
	sweep(t)
	for _, size := range []fyne.Size{{Width: 1920, Height: 1080}, {Width: 1080, Height: 1920}, {Width: 1280, Height: 800}} {
		a, win, _ := newAudioApp(t, size.Width, size.Height, false)
		for _, lang := range []string{"en", "hu"} {
			a.SetLanguage(lang)
			everyScreen(t, a, win, func(where string) {
				if miss := unnamed(a, win); len(miss) > 0 {
					t.Errorf("%v %s %s: controls without a spoken name: %q", size, lang, where, miss)
				}
			})
		}
	}
}

// TestAccessible_KioskScreensHaveSpokenNames: the attract loop, the idle
// warning and the PIN pad.
func TestAccessible_KioskScreensHaveSpokenNames(t *testing.T) {
	a, win, clock, _ := newKiosk(t)
	a.showAttract()
	if miss := unnamed(a, win); len(miss) > 0 {
		t.Errorf("attract: controls without a spoken name: %q", miss)
	}
	a.attractTapped(fyne.NewPos(500, 500))
	clock.advance(a, 95*time.Second)
	if len(win.Canvas().Overlays().List()) == 0 {
		t.Fatal("no idle warning after 95 s")
	}
	if miss := unnamed(a, win); len(miss) > 0 {
		t.Errorf("idle warning: controls without a spoken name: %q", miss)
	}
}

// TestAudio_KeysAloneWalkEveryPage: in audio mode, with the keyboard
// alone, a visitor goes from home into every chapter and through every
// page, and hears where they are, every text on every screenful, and
// every control as the arrows reach it — in both languages.
func TestAudio_KeysAloneWalkEveryPage(t *testing.T) {
	sweep(t)
	for _, lang := range []string{"en", "hu"} {
		a, win, sp := newAudioApp(t, 1920, 1080, true)
		a.SetLanguage(lang)
		for si, s := range a.ex.Sections {
			press(win, fyne.KeyHome)
			if a.Route().Kind != RouteHome {
				t.Fatalf("%s: Home did not go home", lang)
			}
			// Down to the chapter's tile, then Enter.
			var tile *ui.Tile
			for range 40 {
				press(win, fyne.KeyDown)
				if tl, ok := a.audio.focus.(*ui.Tile); ok && strings.HasPrefix(tl.AccessibilityLabel(), a.text(s.Title)) {
					tile = tl
					break
				}
			}
			if tile == nil {
				t.Fatalf("%s: the arrows never reached the tile of %s", lang, s.ID)
			}
			if got := sp.last(); !strings.HasPrefix(got, a.text(s.Title)) || !strings.HasSuffix(got, a.label("role_button")) {
				t.Errorf("%s: the tile was spoken as %q", lang, got)
			}
			mark := len(sp.said)
			press(win, fyne.KeyReturn)
			if sec, _ := a.Where(); sec != s.ID {
				t.Fatalf("%s: Enter on the tile of %s opened %q", lang, s.ID, sec)
			}
			heard := map[int]string{} // page → all that was said on it
			for guard := 0; a.Route().Kind == RouteStory && guard < 200; guard++ {
				page := a.Route().Page
				// Everything on the screenful was said, then every control
				// is reached and said by the arrows.
				said := sp.since(mark)
				if want := a.cur.(*storyScreen).place(); !strings.Contains(said, want) {
					t.Errorf("%s %s page %d: the place %q was not said", lang, s.ID, page, want)
				}
				items := a.items()
				v, n := a.View()
				counter := display.PageOf(a.ex, v+1, n, lang) // the screenful counter: the place says the page
				for _, it := range items {
					if it.Role == fyne.AccessibleRoleText && it.Label != counter && !strings.Contains(said, it.Label) {
						if _, bar := it.Obj.(*ui.FitText); !bar {
							t.Errorf("%s %s page %d: the text %q on screen was not said", lang, s.ID, page, display.Shorten(it.Label, 60))
						}
					}
				}
				for range items {
					press(win, fyne.KeyDown)
				}
				all := sp.since(mark)
				for _, it := range items {
					if it.Role == fyne.AccessibleRoleButton && !strings.Contains(all, strings.TrimRight(it.Label, ".")+", "+a.label("role_button")) {
						t.Errorf("%s %s page %d: the control %q was not reached by the arrows", lang, s.ID, page, it.Label)
					}
				}
				heard[page] += all
				mark = len(sp.said)
				press(win, fyne.KeyRight)
			}
			if a.Route().Kind != RouteHome {
				t.Fatalf("%s: paging past the end of %s did not go home", lang, s.ID)
			}
			// Every page's text, as written in the content, was spoken.
			for pi, p := range s.Pages {
				for _, b := range p.Blocks {
					tb, ok := b.(content.TextBlock)
					if !ok || len(tb.Short) == 0 {
						continue
					}
					short := a.text(tb.Short)
					if !strings.Contains(norm(heard[pi]), norm(short)) {
						t.Errorf("%s %s page %d: its text was not spoken whole: %q", lang, s.ID, pi, display.Shorten(short, 80))
					}
				}
			}
			_ = si
		}
	}
}

// norm joins lines and spaces, so a text cut over two screenfuls compares
// with the whole.
func norm(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestAudio_EnterOpensMoreAndReadsTheFullText: More, reached by the arrows
// and activated with Enter, opens the full text, which is then read.
func TestAudio_EnterOpensMoreAndReadsTheFullText(t *testing.T) {
	a, win, sp := newAudioApp(t, 1920, 1080, true)
	a.ShowSection("twelve-days", 3)
	p := a.ex.Section("twelve-days").Pages[3]
	for range 60 {
		press(win, fyne.KeyDown)
		if b, ok := a.audio.focus.(*ui.Button); ok && b.Text == a.label("more") {
			break
		}
	}
	if b, ok := a.audio.focus.(*ui.Button); !ok || b.Text != a.label("more") {
		t.Fatal("the arrows did not reach More")
	}
	mark := len(sp.said)
	press(win, fyne.KeyReturn)
	if !a.visit.Open[p.ID] {
		t.Fatal("Enter on More did not open the full text")
	}
	first := (&content.Page{Body: textBody(p)}).Paragraphs("en", "en")[0]
	if said := norm(sp.since(mark)); !strings.Contains(said, norm(first)[:min(len(norm(first)), 60)]) {
		t.Errorf("after More the full text was not read; said: %q", display.Shorten(said, 200))
	}
}

func textBody(p *content.Page) content.Text {
	for _, b := range p.Blocks {
		if tb, ok := b.(content.TextBlock); ok {
			return tb.Body
		}
	}
	return nil
}

// TestAudio_TouchAndHear: one tap says what is under the finger (with the
// hint the first time) and does not act; a double tap acts.
func TestAudio_TouchAndHear(t *testing.T) {
	a, win, sp := newAudioApp(t, 1920, 1080, true)
	tile := find[*ui.Tile](win)[1]
	layer := find[*ui.HearLayer](win)
	if len(layer) != 1 {
		t.Fatalf("%d touch-and-hear layers on screen, want 1", len(layer))
	}
	at := absPos(tile).Add(fyne.NewPos(20, 20))
	test.TapAt(layer[0], at)
	if a.Route().Kind != RouteHome {
		t.Fatal("one tap in audio mode opened the chapter")
	}
	if got := sp.last(); !strings.HasPrefix(got, strings.TrimRight(tile.AccessibilityLabel(), ".")) || !strings.Contains(got, a.label("audio_touch_hint")) {
		t.Errorf("one tap said %q, want the tile's name and the hint", got)
	}
	test.TapAt(layer[0], at)
	if strings.Contains(sp.last(), a.label("audio_touch_hint")) {
		t.Error("the hint was said a second time")
	}
	test.DoubleTap(layerAt(layer[0], at))
	if sec, _ := a.Where(); sec != a.ex.Sections[1].ID {
		t.Errorf("a double tap on the second tile opened %q", sec)
	}
}

// layerAt is a tappable that forwards a double tap to the layer at p.
func layerAt(l *ui.HearLayer, p fyne.Position) fyne.DoubleTappable {
	return doubleAt{l, p}
}

type doubleAt struct {
	l *ui.HearLayer
	p fyne.Position
}

func (d doubleAt) DoubleTapped(*fyne.PointEvent) { d.l.DoubleTapped(&fyne.PointEvent{Position: d.p}) }

func absPos(o fyne.CanvasObject) fyne.Position {
	return fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
}

// TestAudio_ToggleKeyAndResetRestoreTheDefault: F2 turns audio mode on and
// says so; the kiosk's reset brings back the installation's default.
func TestAudio_ToggleKeyAndResetRestoreTheDefault(t *testing.T) {
	a, win, sp := newAudioApp(t, 1920, 1080, false)
	if len(sp.said) != 0 {
		t.Fatalf("spoke with audio mode off: %q", sp.said)
	}
	press(win, fyne.KeyF2)
	if !a.AudioMode() || !strings.HasPrefix(sp.since(0), a.label("audio_on")) || !strings.Contains(sp.since(0), a.label("audio_where_home")) {
		t.Fatalf("F2: audio mode %v, said %q", a.AudioMode(), sp.said)
	}
	press(win, fyne.KeyF2)
	if a.AudioMode() || !strings.Contains(sp.since(0), a.label("audio_off")) {
		t.Fatalf("F2 again: audio mode %v, said %q", a.AudioMode(), sp.said)
	}

	k, kwin, clock, _ := newKiosk(t)
	ksp := &fakeSpeech{}
	k.audio.speech = ksp
	k.defaults.AudioMode = true
	k.setVisit(k.defaults)
	k.ShowHome()
	press(kwin, fyne.KeyF2)
	if k.AudioMode() {
		t.Fatal("F2 did not turn audio mode off in the kiosk")
	}
	clock.advance(k, 200*time.Second)
	if !k.AudioMode() {
		t.Error("the idle reset did not restore the installation's audio mode")
	}
}

// TestAudio_IdleWarningIsSpoken: the "Are you still there?" warning is
// said, not only shown.
func TestAudio_IdleWarningIsSpoken(t *testing.T) {
	a, _, clock, _ := newKiosk(t)
	sp := &fakeSpeech{}
	a.audio.speech = sp
	a.visit.AudioMode = true
	a.ShowHome()
	clock.advance(a, 95*time.Second)
	if !strings.Contains(sp.since(0), a.label("still_there")) {
		t.Errorf("the idle warning was not spoken; said %q", sp.said)
	}
}

// TestAudio_HelpAndVolumeKeys: F1 and ? say the help; + and − change the
// volume and say it.
func TestAudio_HelpAndVolumeKeys(t *testing.T) {
	a, win, sp := newAudioApp(t, 1920, 1080, true)
	press(win, fyne.KeyF1)
	if sp.last() != a.label("audio_help") {
		t.Errorf("F1 said %q", sp.last())
	}
	sp.said = nil
	typeRune(win, '?')
	if sp.last() != a.label("audio_help") {
		t.Errorf("? said %q", sp.last())
	}
	a.setVolume(0.5)
	typeRune(win, '+')
	if v := a.Visit().Volume; v < 0.59 || v > 0.61 {
		t.Errorf("+ set the volume to %.2f, want 0.6", v)
	}
	if sp.last() != a.labelf("audio_volume", 60) {
		t.Errorf("+ said %q", sp.last())
	}
	typeRune(win, '-')
	typeRune(win, '-')
	if v := a.Visit().Volume; v < 0.39 || v > 0.41 {
		t.Errorf("− twice set the volume to %.2f, want 0.4", v)
	}
	if a.Access().TextScale != 1 {
		t.Error("in audio mode + and − changed the text size")
	}
}

// TestAudio_EscapeGoesBack: Escape (or Backspace) leaves the player for
// the page it was opened from.
func TestAudio_EscapeGoesBack(t *testing.T) {
	a, win, _ := newAudioApp(t, 1920, 1080, true)
	a.ShowSection("crushing", 3)
	back := a.Route()
	var id string
	for _, p := range a.ex.Section("crushing").Pages {
		if p.Broadcast != "" {
			id = p.Broadcast
			break
		}
	}
	a.ShowBroadcast(id, &back)
	press(win, fyne.KeyBackspace)
	if r := a.Route(); r.Kind != RouteStory || r.Section != "crushing" {
		t.Errorf("Backspace from the player went to %+v", r)
	}
}

// TestKeys_ConfiguredBindings: a keypad's keys replace the defaults, and a
// bad key name is an error naming the setting.
func TestKeys_ConfiguredBindings(t *testing.T) {
	keys, err := ParseKeys(map[string][]string{"next": {"J"}, "activate": {"K"}})
	if err != nil {
		t.Fatal(err)
	}
	a, win := newAppWith(t, 1920, 1080, Options{Speech: &fakeSpeech{}, AudioMode: true, Keys: keys})
	press(win, fyne.KeyDown)
	if a.audio.focus != nil {
		t.Error("Down still moves the focus after next was bound to J")
	}
	press(win, fyne.KeyJ)
	if a.audio.focus == nil {
		t.Fatal("J did not move the focus")
	}
	for _, bad := range []map[string][]string{{"next": {"Dwon"}}, {"jump": {"J"}}} {
		m, err := ParseKeys(bad)
		if err == nil || !strings.Contains(err.Error(), "audio_keys_") {
			t.Errorf("ParseKeys(%v) = %v, want an error naming the setting", bad, err)
		}
		if m.ofKey(fyne.KeyDown) != actNext {
			t.Errorf("ParseKeys(%v): Down no longer moves on; a bad binding must keep the default", bad)
		}
	}
}

// TestAudio_CaptionShowsWhatIsSaid: companions read what is spoken.
func TestAudio_CaptionShowsWhatIsSaid(t *testing.T) {
	a, win, sp := newAudioApp(t, 1920, 1080, true)
	press(win, fyne.KeyDown)
	var caption *widget.Label
	if a.audio.caption != nil {
		caption = a.audio.caption
	}
	if caption == nil || caption.Text != sp.last() || caption.Text == "" {
		t.Errorf("caption %v, last said %q", caption, sp.last())
	}
}

// TestAudio_SourcesOverlayIsReadAndHeardByTouch: opening a page's sources
// reads them; one tap on the overlay speaks, it does not close it.
func TestAudio_SourcesOverlayIsReadAndHeardByTouch(t *testing.T) {
	a, win, sp := newAudioApp(t, 1920, 1080, true)
	a.ShowSection("crushing", 0)
	p := a.ex.Section("crushing").Pages[0]
	mark := len(sp.said)
	a.showSources(p)
	said := sp.since(mark)
	if !strings.Contains(said, a.label("sources_title")) {
		t.Fatalf("the sources overlay was not read; said %q", said)
	}
	layers := find[*ui.HearLayer](win)
	if len(layers) < 2 {
		t.Fatalf("%d touch-and-hear layers with an overlay open, want one over the page and one over the overlay", len(layers))
	}
	test.TapAt(layers[len(layers)-1], fyne.NewPos(5, 5)) // on the dimmed backdrop
	if len(win.Canvas().Overlays().List()) == 0 {
		t.Error("one tap in audio mode closed the overlay")
	}
	if sp.last() == "" || !strings.HasPrefix(sp.last(), a.label("close")) {
		t.Errorf("one tap on the backdrop said %q, want its name (%q)", sp.last(), a.label("close"))
	}
}

// TestAudio_PlayerWhileLoading: a broadcast whose narration is still
// being read is announced with its title and "loading" once, not with the
// empty time "0:00 / 0:00"; when it has loaded nothing more is said, but
// a visitor whose focus is on Play hears that it can now be pressed.
func TestAudio_PlayerWhileLoading(t *testing.T) {
	a, win, sp, finish := newLoadingApp(t, loadExhibit(t))
	b := narrated(t, a.ex)
	title := display.BroadcastTitle(a.ex, b, "en")
	empty := display.Clock(0) + " / " + display.Clock(0)

	mark := len(sp.said)
	a.ShowBroadcast(b.ID, nil)
	said := sp.since(mark)
	if !strings.Contains(said, title) || strings.Count(said, a.label("audio_loading")) != 1 {
		t.Errorf("while loading, want the title and %q once; said %q", a.label("audio_loading"), said)
	}
	if strings.Count(said, title) != 1 {
		t.Errorf("the title was said %d times: %q", strings.Count(said, title), said)
	}
	if strings.Contains(said, empty) {
		t.Errorf("while loading the empty time %q was said: %q", empty, said)
	}
	if got := a.playerOn().progress.AccessibilityLabel(); got != a.label("audio_loading") {
		t.Errorf("while loading, the arrows would hear the position as %q, want %q", got, a.label("audio_loading"))
	}

	// The visitor is on the note that the voice is synthetic when it has
	// loaded: nothing is said, and the arrows go on from there on the new
	// screen.
	note := display.Renarration(a.ex, b, "en")
	for range 40 {
		press(win, fyne.KeyDown)
		if l, ok := a.audio.focus.(*widget.Label); ok && l.Text == note {
			break
		}
	}
	if l, ok := a.audio.focus.(*widget.Label); !ok || l.Text != note {
		t.Fatal("the arrows did not reach the note on the voice")
	}
	mark = len(sp.said)
	finish()
	if said := sp.since(mark); said != "" {
		t.Errorf("when loading ended, %q was said", said)
	}
	if l, ok := a.audio.focus.(*widget.Label); !ok || l.Text != note || indexOf(a.items(), l) < 0 {
		t.Errorf("after loading, the focus is not on the note on screen but on %T", a.audio.focus)
	}

	// Loading again (the language changes back and forth: a new load), the
	// focus on Play: when it has loaded, Play is said.
	a.SetLanguage("hu")
	a.SetLanguage("en")
	for range 40 {
		press(win, fyne.KeyDown)
		if bt, ok := a.audio.focus.(*ui.Button); ok && bt.Spoken.Spoken == a.label("play") {
			break
		}
	}
	if bt, ok := a.audio.focus.(*ui.Button); !ok || bt.Spoken.Spoken != a.label("play") {
		t.Fatal("the arrows did not reach Play")
	}
	mark = len(sp.said)
	finish()
	if got, want := sp.since(mark), a.label("play")+", "+a.label("role_button")+"\n"; got != want {
		t.Errorf("loaded with the focus on Play: said %q, want %q", got, want)
	}
	if bt, ok := a.audio.focus.(*ui.Button); !ok || bt != a.playerOn().play || bt.Disabled() {
		t.Error("after loading, the focus is not on the (enabled) Play button on screen")
	}
}

// newLoadingApp is an audio-mode app whose narrations load only when
// finish is called.
func newLoadingApp(t *testing.T, ex *content.Exhibit) (a *App, win fyne.Window, sp *fakeSpeech, finish func()) {
	test.NewTempApp(t)
	ui.Apply(false, 1)
	win = test.NewTempWindow(t, nil)
	win.SetPadded(false)
	win.Resize(fyne.NewSize(1920, 1080))
	var pending []func()
	later := func(_ string, fn func()) { pending = append(pending, fn) }
	finish = func() {
		for len(pending) > 0 {
			fn := pending[0]
			pending = pending[1:]
			fn()
		}
	}
	sp = &fakeSpeech{}
	a = New(win, ex, Options{Speech: sp, AudioMode: true, Background: later, Do: direct})
	return a, win, sp, finish
}

// narrated is the first broadcast with an English reading.
func narrated(t *testing.T, ex *content.Exhibit) *content.Broadcast {
	for _, b := range ex.Broadcasts {
		if b.Narrated("en") {
			return b
		}
	}
	t.Fatal("no broadcast is read in English")
	return nil
}

// TestAudio_PlayerLoadFailureIsSaid: a narration that cannot be played is
// said when loading ends, wherever the visitor is: Play will never come.
func TestAudio_PlayerLoadFailureIsSaid(t *testing.T) {
	fsys := builtinCopy(t)
	b := narrated(t, loadExhibit(t))
	fsys[b.AudioFile("en")].Data = []byte("not an Ogg file")
	ex, _ := content.Load(fsys, "content")
	if ex == nil {
		t.Fatal("the exhibit with a broken narration did not load")
	}
	a, _, sp, finish := newLoadingApp(t, ex)
	a.ShowBroadcast(b.ID, nil)
	mark := len(sp.said)
	finish()
	r := a.playerOn()
	if r == nil || r.errText == "" {
		t.Fatal("the broken narration gave no error")
	}
	if got := sp.since(mark); !strings.Contains(got, r.errText) {
		t.Errorf("when loading failed, said %q, want the error %q", got, r.errText)
	}
}

// TestAudio_ChartsAreHeardByWhatTheyShow: a chart is heard as its title
// and its alt text, which says every figure in words, then its note and
// sources; the figures' lines ("Label: value") are not read on the same
// screenful, so no number is said twice — on a kiosk and with large text
// on a laptop (where a chart may be cut into cards), in both languages.
func TestAudio_ChartsAreHeardByWhatTheyShow(t *testing.T) {
	for _, c := range []struct {
		size  fyne.Size
		scale float32
	}{{fyne.NewSize(1920, 1080), 1}, {fyne.NewSize(1280, 800), 2}} {
		a, _, sp := newAudioApp(t, c.size.Width, c.size.Height, true)
		a.SetAccess(Access{TextScale: c.scale})
		for _, lang := range []string{"en", "hu"} {
			a.SetLanguage(lang)
			for _, cp := range chartPages(a.ex) {
				sec, page := cp[0].(string), cp[1].(int)
				p := a.ex.Section(sec).Pages[page]
				var ch *content.Chart
				for _, b := range p.Blocks {
					if cb, ok := b.(content.ChartBlock); ok {
						ch = cb.Chart
					}
				}
				where := fmt.Sprintf("%v ×%v %s %s", c.size, c.scale, lang, p.ID)
				title, alt := a.text(ch.Title), a.text(ch.Alt)
				mark := len(sp.said)
				a.ShowSection(sec, page)
				all, heardAlt := "", false
				for {
					said := sp.since(mark)
					all += said
					if n := strings.Count(said, alt); n > 1 {
						t.Errorf("%s: the alt text was said %d times on one screenful", where, n)
					} else if n == 1 {
						heardAlt = true
						if !strings.Contains(said, ui.Sentences(title, alt)) {
							t.Errorf("%s: the alt text was not said after the chart's title: %q", where, said)
						}
						for _, bar := range ch.Bars {
							if line := a.text(bar.Label) + ": " + a.text(bar.Value); strings.Contains(said, line) {
								t.Errorf("%s: %q was said as well as the alt text", where, line)
							}
						}
					}
					mark = len(sp.said)
					if i, n := a.View(); i+1 >= n {
						break
					}
					a.Next()
				}
				if !heardAlt {
					t.Errorf("%s: the chart's alt text %q was never said", where, alt)
				}
				for _, k := range ch.Sources {
					if s := a.ex.Sources[k].ShortIn(lang, a.ex.DefaultLanguage); !strings.Contains(all, s) {
						t.Errorf("%s: the source %q was not said", where, s)
					}
				}
			}
		}
	}
}

// TestAudio_PictureCreditsAreHeardWithoutTheLicence: a picture's credit
// line is heard after its description, with what the picture is
// ("Illustration, not a photograph: …") and whose it is, but not its
// licence code, which stays on screen — every picture, both languages.
func TestAudio_PictureCreditsAreHeardWithoutTheLicence(t *testing.T) {
	a, win, sp := newAudioApp(t, 1920, 1080, true)
	checked := 0
	for _, lang := range []string{"en", "hu"} {
		a.SetLanguage(lang)
		for _, s := range a.ex.Sections {
			for pi, p := range s.Pages {
				var im *content.Image
				for _, b := range p.Blocks {
					if pb, ok := b.(content.PictureBlock); ok {
						im = pb.Image
					}
				}
				if im == nil || im.Licence == "" {
					continue
				}
				where := lang + " " + p.ID
				credit, alt := a.text(im.Credit), a.text(im.Alt)
				mark := len(sp.said)
				a.ShowSection(s.ID, pi)
				said, shown := "", false
				for {
					said += sp.since(mark)
					mark = len(sp.said)
					for _, tx := range texts(win) {
						shown = shown || tx == display.Credit(a.ex, im, lang)
					}
					if i, n := a.View(); i+1 >= n {
						break
					}
					a.Next()
				}
				checked++
				if !strings.Contains(said, ui.Sentences(alt, credit)) {
					t.Errorf("%s: the credit %q was not heard after the picture", where, display.Shorten(credit, 60))
				}
				if strings.Contains(said, im.Licence) {
					t.Errorf("%s: the licence code %q was read aloud", where, im.Licence)
				}
				if !shown {
					t.Errorf("%s: the credit line with the licence is not on screen", where)
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("no picture with a licence was checked")
	}
}
