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
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"budapest1956/internal/audio"
	"budapest1956/internal/content"
	"budapest1956/internal/ui"
)

// Options are the start-up choices that affect what the screens show.
type Options struct {
	Language   string        // start language; "" means the exhibit's default
	Notice     string        // a discreet notice for staff, e.g. about invalid content
	Access     Access        // comfort settings to start with
	OnLanguage func(string)  // told when the visitor switches language
	Player     *audio.Player // plays broadcasts; nil: captions run on a clock
}

// App is the running exhibit on one window.
type App struct {
	win    fyne.Window
	ex     *content.Exhibit
	lang   string
	notice string
	images map[string]fyne.Resource

	// where the visitor is, so a language switch re-renders in place
	section *content.Section
	page    int // the content page asked for; views[view].page once paginated

	// the section cut into screenfuls for the current window size and language
	views    []view
	view     int
	pagedFor fyne.Size
	fits     map[string]fit // room for each page's text at the current size

	radio      *radioState   // Radio 1956 list or player, when shown
	player     *audio.Player // one broadcast at a time
	access     Access
	wheel      wheel
	more       map[string]bool // pages whose full text the visitor opened
	kiosk      *kioskState     // nil outside kiosk mode
	startLang  string          // the language a new visitor starts in
	startAcc   Access          // the comfort settings a new visitor starts with
	onReset    []func()        // run when a kiosk visit ends (e.g. stop audio)
	onLanguage func(string)    // e.g. remember the language on a laptop
	shown      shownPage       // the story page on screen, for statistics
	state      atomic.Value    // "home", "page:crushing/whirlwind"…: for the heartbeat

	// the sources & corrections screen, when shown
	library bool
	lib     paged
}

// New prepares the exhibit on win and shows the home screen.
func New(win fyne.Window, ex *content.Exhibit, opts Options) *App {
	a := &App{win: win, ex: ex, lang: ex.DefaultLanguage, notice: opts.Notice, images: map[string]fyne.Resource{}}
	if opts.Language != "" && ex.HasLanguage(opts.Language) {
		a.lang = opts.Language
	}
	a.startLang = a.lang
	a.onLanguage = opts.OnLanguage
	a.more = map[string]bool{}
	a.player = opts.Player
	if a.player == nil {
		a.player = audio.NewPlayer(nil, audio.Options{})
	}
	a.player.SetRadio(true) // the 1950s set; "Clear voice" turns it off
	// Player events come from its own goroutine: onto the UI goroutine.
	a.player.SetOnChange(func(e audio.Event) { fyne.Do(func() { a.playerEvent(e) }) })
	win.Canvas().SetOnTypedKey(a.typedKey)
	win.Canvas().SetOnTypedRune(a.typedRune)
	ui.UnhandledKey, ui.UnhandledRune = a.typedKey, a.typedRune
	a.applyAccess(opts.Access)
	a.startAcc = a.access
	a.ShowHome()
	return a
}

// Language returns the current language code.
func (a *App) Language() string { return a.lang }

// Where returns the current section id ("" on home, "library" on the
// sources & corrections screen) and content page index.
func (a *App) Where() (section string, page int) {
	if a.library {
		return "library", a.lib.view
	}
	if a.radio != nil {
		return "radio", 0
	}
	if a.section == nil {
		return "", 0
	}
	if a.view < len(a.views) {
		return a.section.ID, a.views[a.view].page
	}
	return a.section.ID, a.page
}

// View returns the current screenful and how many the section has.
func (a *App) View() (i, n int) { return a.view, len(a.views) }

// SetLanguage switches every visible string to lang and stays on the same page.
func (a *App) SetLanguage(lang string) {
	if !a.ex.HasLanguage(lang) {
		return
	}
	a.touched()
	if v := a.visits(); v != nil && lang != a.lang {
		v.Language(a.lang, lang)
	}
	a.lang = lang
	if a.onLanguage != nil && a.kiosk == nil {
		a.onLanguage(lang)
	}
	if r := a.radio; r != nil && r.b != nil {
		// Same broadcast, same sentence, in the new language's narration.
		playing := a.player.State() == audio.StatePlaying
		a.loadBroadcast(max(r.cue, 0), playing)
	}
	a.views = nil // text lengths changed: paginate again, staying on this page
	a.lib.size = fyne.Size{}
	a.closeOverlays()
	a.render()
}

// ShowHome shows the home screen.
func (a *App) ShowHome() {
	a.touched()
	a.stopAudio()
	if a.kiosk != nil {
		a.kiosk.attract = false
	}
	a.section, a.page, a.views, a.view = nil, 0, nil, 0
	a.library = false
	a.closeOverlays()
	a.render()
}

// ShowSection opens a section at a page (clamped to the section's pages).
func (a *App) ShowSection(id string, page int) {
	s := a.ex.Section(id)
	if s == nil {
		log.Printf("screens: no section %q", id)
		return
	}
	a.touched()
	a.stopAudio()
	if a.section != s {
		a.views = nil
	}
	a.library = false
	a.section = s
	a.page = clamp(page, 0, len(s.Pages)-1)
	if a.views != nil {
		for vi, v := range a.views {
			if v.page == a.page {
				a.view = vi
				break
			}
		}
	}
	a.closeOverlays()
	a.render()
}

// showView shows screenful i of the current section.
func (a *App) showView(i int) {
	a.touched()
	a.view = i
	a.page = a.views[i].page
	a.closeOverlays()
	a.render()
}

// pagedShown is the paged screen on show (library or radio list), if any.
func (a *App) pagedShown() *paged {
	switch {
	case a.radio != nil && a.radio.list:
		return &a.radio.listing
	case a.library:
		return &a.lib
	}
	return nil
}

// Open shows a screen by name: "home", "radio", a broadcast id or a page id.
func (a *App) Open(where string) error {
	switch {
	case where == "" || where == "home":
		a.ShowHome()
	case where == "radio":
		a.ShowRadio()
	case a.ex.Broadcast(where) != nil:
		a.ShowBroadcast(where, a.ShowRadio)
	default:
		s, p := a.ex.Page(where)
		if p == nil {
			return fmt.Errorf("no screen, page or broadcast %q", where)
		}
		for i := range s.Pages {
			if s.Pages[i] == p {
				a.ShowSection(s.ID, i)
			}
		}
	}
	return nil
}

// Next and Previous turn the page; past the last page the visitor returns home.
func (a *App) Next() {
	if p := a.pagedShown(); p != nil {
		if !p.next() {
			a.ShowHome()
			return
		}
		a.touched()
		a.render()
		return
	}
	if a.section == nil {
		return
	}
	if a.view+1 >= len(a.views) {
		a.ShowHome()
		return
	}
	a.showView(a.view + 1)
}

func (a *App) Previous() {
	if p := a.pagedShown(); p != nil {
		p.previous()
		a.touched()
		a.render()
		return
	}
	if a.section == nil || a.view == 0 {
		return
	}
	a.showView(a.view - 1)
}

func (a *App) render() {
	var screen fyne.CanvasObject
	switch {
	case a.kiosk != nil && a.kiosk.attract:
		screen = a.attractScreen()
	case a.radio != nil && a.radio.b != nil:
		screen = a.playerScreen()
	case a.radio != nil:
		screen = a.radioListScreen()
	case a.library:
		screen = a.libraryScreen()
	case a.section == nil:
		screen = a.homeScreen()
	default:
		screen = a.sectionScreen()
	}
	bg := canvas.NewRectangle(ui.ColorBackground)
	root := ui.NewRoot(container.NewStack(bg, screen), a.kiosk != nil)
	built := a.win.Canvas().Size()
	root.OnResize = func(s fyne.Size) {
		// A laptop window resized, or a kiosk's full screen turning out
		// another shape than configured: build the screen again for it
		// (after this layout pass; a minimised window is left alone).
		if s == built || s.Width < 100 || s.Height < 100 {
			return
		}
		built = s
		fyne.Do(a.render)
	}
	a.win.SetContent(root)
	a.noteState()
}

// noteState records where the visitor is: for statistics and the heartbeat.
func (a *App) noteState() {
	state := "home"
	switch {
	case a.kiosk != nil && a.kiosk.attract:
		state = "attract"
	case a.radio != nil && a.radio.b != nil:
		state = "radio:" + a.radio.b.ID
	case a.radio != nil:
		state = "radio"
	case a.library:
		state = "library"
	case a.section != nil && a.view < len(a.views):
		p := a.section.Pages[a.views[a.view].page]
		state = "page:" + a.section.ID + "/" + p.ID
		a.trackPage(a.section.ID, p.ID)
	}
	if a.section == nil {
		a.leavePage()
	}
	a.state.Store(state)
}

// State says where the visitor is ("attract", "home", "page:crushing/whirlwind"…).
// It is safe to call from any goroutine (the heartbeat does).
func (a *App) State() string {
	s, _ := a.state.Load().(string)
	return s
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
	if a.kiosk != nil && a.kiosk.attract {
		a.attractTapped(fyne.NewPos(cornerSize*2, cornerSize*2))
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
		a.SetLanguage(a.ex.NextLanguage(a.lang))
	case fyne.KeyR:
		a.toggleReach()
	case fyne.KeyC:
		a.toggleContrast()
	case fyne.KeySpace:
		if a.radio != nil && a.radio.b != nil {
			a.togglePlay()
		}
	case fyne.KeyV:
		if a.radio != nil && a.radio.b != nil {
			a.player.SetRadio(!a.player.Radio())
			a.render()
		}
	}
}

// label returns a UI label in the current language.
func (a *App) label(key string) string { return a.ex.Label(key, a.lang) }

// text returns a content text in the current language.
func (a *App) text(t content.Text) string { return t.In(a.lang, a.ex.DefaultLanguage) }

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
	return container.NewBorder(nil, nil, home, container.NewHBox(a.accessBar(), a.languageToggle()), name)
}

// languageToggle is one button per exhibit language, the current one marked.
func (a *App) languageToggle() fyne.CanvasObject {
	box := container.NewHBox()
	for _, l := range a.ex.Languages {
		code, name := l.Code, l.Name
		if a.compact() && (a.section != nil || a.win.Canvas().Size().Width < 1200) {
			name = strings.ToUpper(code) // EN, HU: the bar must fit a laptop window or a portrait panel
		}
		b := ui.NewButton(name, nil, func() { a.SetLanguage(code) })
		if code == a.lang {
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

// pageOf formats the "page n of m" label; a broken translation of the
// pattern must not garble the screen, so its output is checked.
func (a *App) pageOf(n, m int) string {
	s := fmt.Sprintf(a.label("page_of"), n, m)
	if strings.Contains(s, "%!") {
		return fmt.Sprintf("%d / %d", n, m)
	}
	return s
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
