// Package screens renders an exhibit: the home screen, the section pages and
// their overlays. Screens hold no content of their own; every visitor-facing
// string comes from the content model, so switching language re-renders.
package screens

import (
	"fmt"
	"log"
	"strings"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"budapest1956/internal/audio"
	"budapest1956/internal/content"
	"budapest1956/internal/display"
	"budapest1956/internal/health"
	"budapest1956/internal/ui"
)

// Options are the start-up choices that affect what the screens show.
type Options struct {
	Language   string        // start language; "" means the exhibit's default
	Notice     string        // a discreet notice for staff, e.g. about invalid content
	Access     Access        // comfort settings to start with
	OnLanguage func(string)  // told when the visitor switches language
	Player     *audio.Player // plays broadcasts; nil: captions run on a clock
	// Background runs slow work (decoding a narration) off the UI
	// goroutine; nil: a recovered goroutine (health.Go). Tests pass one
	// that runs at once.
	Background func(name string, fn func())
	// Do runs fn on the UI goroutine; nil: fyne.Do.
	Do func(fn func())
	// Speech is the voice of the audio mode; nil: no speech engine, the
	// audio mode is not offered.
	Speech Speech
	// AudioMode starts (and, in kiosk mode, resets to) audio mode.
	AudioMode bool
	// Keys are the key bindings (ParseKeys); zero: DefaultKeys.
	Keys KeyMap
}

// App is the running exhibit on one window. It owns the visit (visit.go);
// the screen on show is one of the screen types (route.go).
type App struct {
	win    fyne.Window
	ex     *content.Exhibit
	notice string
	images map[string]fyne.Resource

	visit    Visit  // what the visitor chose, and where they are
	defaults Visit  // what a new visitor starts with (kiosk reset)
	cur      screen // the screen on show

	player     *audio.Player // one broadcast at a time
	wheel      wheel
	kiosk      *kioskState  // nil outside kiosk mode
	onLanguage func(string) // e.g. remember the language on a laptop
	shown      shownPage    // the story page on screen, for statistics
	state      atomic.Value // "home", "page:crushing/whirlwind"…: for the heartbeat
	bg         func(name string, fn func())
	do         func(fn func())
	pending    *pendingExhibit // new content waiting for a calm moment
	audio      audioState      // the audio mode's voice, focus and caption
	keys       KeyMap
}

// New prepares the exhibit on win and shows the home screen.
func New(win fyne.Window, ex *content.Exhibit, opts Options) *App {
	a := &App{win: win, ex: ex, notice: opts.Notice, images: map[string]fyne.Resource{}, bg: opts.Background, do: opts.Do}
	if a.bg == nil {
		a.bg = health.Go
	}
	if a.do == nil {
		a.do = fyne.Do
	}
	lang := ex.DefaultLanguage
	if opts.Language != "" && ex.HasLanguage(opts.Language) {
		lang = opts.Language
	}
	a.onLanguage = opts.OnLanguage
	a.audio.speech = opts.Speech
	a.keys = opts.Keys
	if a.keys.keys == nil {
		a.keys, _ = ParseKeys(nil)
	}
	a.player = opts.Player
	if a.player == nil {
		a.player = audio.NewPlayer(nil, audio.Options{})
	}
	// Player events come from its own goroutine: onto the UI goroutine.
	a.player.SetOnChange(func(e audio.Event) { a.do(func() { a.playerEvent(e) }) })
	win.Canvas().SetOnTypedKey(a.typedKey)
	win.Canvas().SetOnTypedRune(a.typedRune)
	ui.UnhandledKey, ui.UnhandledRune = a.typedKey, a.typedRune
	ui.OnFocus = a.focusGained
	// The player's volume is the installation's (main sets it from the
	// config); the 1950s set is on until a visitor asks for Clear voice.
	a.defaults = Visit{Lang: lang, Access: opts.Access, Volume: a.player.Volume(), AudioMode: opts.AudioMode && opts.Speech != nil, Route: homeRoute()}
	a.setVisit(a.defaults)
	a.defaults.Access = a.visit.Access // normalised
	a.ShowHome()
	return a
}

// playerEvent hands a player event to the player screen, if it shows.
func (a *App) playerEvent(e audio.Event) {
	if r, ok := a.cur.(*playerScreen); ok {
		r.event(e)
	}
}

// Language returns the current language code.
func (a *App) Language() string { return a.visit.Lang }

// SetLanguage switches every visible string to lang and stays on the same page.
func (a *App) SetLanguage(lang string) {
	if !a.ex.HasLanguage(lang) {
		return
	}
	a.touched()
	if v := a.visits(); v != nil && lang != a.visit.Lang {
		v.Language(a.visit.Lang, lang)
	}
	a.visit.Lang = lang
	if a.onLanguage != nil && a.kiosk == nil {
		a.onLanguage(lang)
	}
	a.recut()
	if r, ok := a.cur.(*playerScreen); ok {
		r.relang()
	}
	a.closeOverlays()
	a.show()
}

// recut makes the screen on show cut itself again (text lengths or sizes
// changed), staying where the visitor is.
func (a *App) recut() {
	switch s := a.cur.(type) {
	case *storyScreen:
		s.recut()
	case *libraryScreen:
		s.pages = nil
	case *radioListScreen:
		s.pages = nil
	}
}

// scrolled turns the mouse wheel into page turns.
func (a *App) scrolled(dy float32) {
	switch a.wheel.scrolled(dy, time.Now()) {
	case 1:
		a.Next()
	case -1:
		a.Previous()
	}
}

func (a *App) typedKey(e *fyne.KeyEvent) {
	a.touched()
	if a.visit.Route.Kind == RouteAttract {
		a.attractTapped(fyne.NewPos(cornerSize*2, cornerSize*2))
		return
	}
	act := a.keys.ofKey(e.Name)
	if act == actToggleAudio && a.runAction(act) {
		return
	}
	if a.visit.AudioMode && (a.audioKey(act) || a.runAction(act)) {
		return
	}
	switch e.Name {
	case fyne.KeyRight, fyne.KeyPageDown:
		a.Next()
	case fyne.KeyLeft, fyne.KeyPageUp:
		a.Previous()
	case fyne.KeyHome, fyne.KeyEscape:
		if len(a.win.Canvas().Overlays().List()) > 0 {
			a.closeOverlays()
			return
		}
		a.ShowHome()
	case fyne.KeyL:
		a.SetLanguage(a.ex.NextLanguage(a.visit.Lang))
	case fyne.KeyR:
		a.toggleReach()
	case fyne.KeyC:
		a.toggleContrast()
	case fyne.KeySpace:
		if r, ok := a.cur.(*playerScreen); ok {
			r.togglePlay()
		}
	case fyne.KeyV:
		if _, ok := a.cur.(*playerScreen); ok {
			a.setClearVoice(!a.visit.ClearVoice)
			a.show()
		}
	}
}

// label returns a UI label in the current language.
func (a *App) label(key string) string { return a.ex.Label(key, a.visit.Lang) }

// text returns a content text in the current language.
func (a *App) text(t content.Text) string { return display.Text(a.ex, t, a.visit.Lang) }

// image returns a content image as a resource, cached; nil if it cannot be
// read, which is logged (validation reports it to curators beforehand).
func (a *App) image(img *content.Image) fyne.Resource {
	if img == nil {
		return nil
	}
	if r, ok := a.images[img.File]; ok {
		return r
	}
	data, err := a.ex.ReadFile(img.File)
	if err != nil {
		log.Printf("screens: image %s: %v", img.File, err)
		a.images[img.File] = nil
		return nil
	}
	r := fyne.NewStaticResource(img.File, data)
	a.images[img.File] = r
	return r
}

// topBar is the bar over every screen but home: Home, where the visitor is
// (the longest of wordings that fits), the comfort and language controls.
func (a *App) topBar(wordings ...string) fyne.CanvasObject {
	home := ui.NewButton(a.label("home"), theme.HomeIcon(), a.ShowHome)
	name := ui.NewFitText(ui.SizeBar, fyne.TextStyle{}, wordings...)
	name.Importance = widget.WarningImportance
	right := container.NewHBox(a.accessBar(), a.languageToggle())
	// A narrow screen with large text: if even the shortest wording of
	// where the visitor is would be cut, Home gives up its word for the
	// icon (its spoken name stays).
	if n := len(wordings); n > 0 {
		room := a.win.Canvas().Size().Width - home.MinSize().Width - right.MinSize().Width - 6*theme.Padding()
		if ui.FullWidth(wordings[n-1], ui.SizeBar, fyne.TextStyle{}) > room {
			home.SetText("")
		}
	}
	return container.NewBorder(nil, nil, home, right, name)
}

// languageToggle is one button per exhibit language, the current one marked.
func (a *App) languageToggle() fyne.CanvasObject {
	box := container.NewHBox()
	for _, l := range a.ex.Languages {
		code, name := l.Code, l.Name
		if a.compact() && (a.visit.Route.Kind == RouteStory || a.win.Canvas().Size().Width < 1200) {
			name = strings.ToUpper(code) // EN, HU: the bar must fit a laptop window or a portrait panel
		}
		b := ui.NewButton(name, nil, func() { a.SetLanguage(code) })
		if code == a.visit.Lang {
			b.Importance = widget.HighImportance
		}
		box.Add(b)
	}
	return box
}

func (a *App) closeOverlays() {
	for _, o := range a.win.Canvas().Overlays().List() {
		a.win.Canvas().Overlays().Remove(o)
	}
}

func clamp(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

// ContentNotice is the discreet notice shown when a curator's content folder
// was rejected; "" when there is nothing to say.
func ContentNotice(ex *content.Exhibit, dir string, problems int) string {
	if dir == "" || problems == 0 {
		return ""
	}
	s := fmt.Sprintf(ex.Label("content_notice", ex.DefaultLanguage), dir, problems)
	if strings.Contains(s, "%!") {
		return fmt.Sprintf("%s: %d problems", dir, problems)
	}
	return s
}
