package screens

import (
	"fmt"
	"log"
	"math"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"budapest1956/internal/content"
	"budapest1956/internal/health"
	"budapest1956/internal/kiosk"
	"budapest1956/internal/ui"
)

// Kiosk mode: the attract loop while nobody is there, the "Are you still
// there?" warning, the reset, and the staff's hidden way in. The rules live
// in internal/kiosk; this file draws them.

// KioskOptions configure unattended operation.
type KioskOptions struct {
	Idle, Warning time.Duration
	PIN           string
	Status        StaffStatus      // what the staff panel reports
	Now           func() time.Time // injectable clock for tests
	Exit          func()           // quits the app (staff only)
	Visits        Visits           // anonymous visit statistics; may be nil
}

// Visits receives what happens during a visit, for anonymous statistics
// (internal/stats implements it). Nothing about a person is passed.
type Visits interface {
	SessionStart(lang string)
	SessionEnd(reason string, lastTouch time.Time)
	PageView(section, page, lang string, dwell time.Duration)
	Language(from, to string)
	Broadcast(id, lang string, heard, total time.Duration)
	IdleReset()
}

// StaffStatus tells staff about the running exhibit.
type StaffStatus struct {
	ContentDir string
	Problems   int           // problems of a rejected content folder
	Today      func() string // today's visit statistics, one line; nil if off
}

type kioskState struct {
	opts    KioskOptions
	idle    *kiosk.Idle
	gesture *kiosk.Gesture
	gate    *kiosk.PINGate
	slide   int
	slideAt time.Time
	warning *widget.Label // the countdown, while the warning shows
	stop    chan struct{}
}

const attractSlide = 9 * time.Second // slow and calm

// EnableKiosk turns on kiosk behaviour and shows the attract loop. With
// tick true a one-second ticker drives the idle rules (tests call tick).
func (a *App) EnableKiosk(opts KioskOptions, tick bool) {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	k := &kioskState{
		opts:    opts,
		idle:    kiosk.NewIdle(opts.Idle, opts.Warning),
		gesture: kiosk.NewGesture(),
		gate:    kiosk.NewPINGate(opts.PIN),
	}
	a.kiosk = k
	if ui.SetDensity(1) { // a kiosk's targets are MinTouch, whatever its panel
		a.recut()
	}
	a.win.SetCloseIntercept(func() { log.Print("kiosk: window close ignored; staff exit through the staff panel") })
	a.showAttract()
	if !tick {
		return
	}
	stop := make(chan struct{})
	k.stop = stop
	t := time.NewTicker(time.Second)
	health.Go("kiosk ticker", func() {
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				a.do(a.kioskTick)
			}
		}
	})
}

// visits is the statistics sink in kiosk mode, nil otherwise.
func (a *App) visits() Visits {
	if a.kiosk == nil {
		return nil
	}
	return a.kiosk.opts.Visits
}

// StopKiosk ends the ticker goroutine and the visit in progress.
func (a *App) StopKiosk() {
	if v := a.visits(); v != nil && a.visit.Route.Kind != RouteAttract {
		a.leavePage()
		v.SessionEnd("shutdown", a.kiosk.idle.LastTouch())
	}
	if a.kiosk != nil && a.kiosk.stop != nil {
		close(a.kiosk.stop)
		a.kiosk.stop = nil
	}
}

// touched is called on every visitor action: it keeps the visit alive.
func (a *App) touched() {
	if a.kiosk == nil {
		return
	}
	a.kiosk.idle.Touch(a.kiosk.opts.Now())
	if a.kiosk.warning != nil {
		a.kiosk.warning = nil
		a.closeOverlays()
	}
}

// SetPlaying pauses the idle timer while a broadcast plays.
func (a *App) SetPlaying(playing bool) {
	if a.kiosk != nil {
		a.kiosk.idle.Playing(a.kiosk.opts.Now(), playing)
	}
}

func (a *App) kioskTick() {
	k := a.kiosk
	now := k.opts.Now()
	if a.visit.Route.Kind == RouteAttract {
		if now.Sub(k.slideAt) >= attractSlide {
			k.slide++
			k.slideAt = now
			a.show()
		}
		return
	}
	switch k.idle.Tick(now) {
	case kiosk.Warn:
		a.showWarning()
	case kiosk.Reset:
		a.reset()
	}
	if k.warning != nil {
		k.warning.SetText(a.countdown())
	}
}

func (a *App) countdown() string {
	secs := int(a.kiosk.idle.Remaining(a.kiosk.opts.Now()).Round(time.Second) / time.Second)
	return a.labelf("resetting_in", secs)
}

// reset ends the visit: audio stops, and the whole visit — language,
// comfort settings, volume, clear voice, open texts — returns to the
// installation's defaults in one step (the next visitor should not find the
// last one's muted sound or large text); the attract loop takes over.
func (a *App) reset() {
	a.leavePage()
	a.stopAudio()
	if v := a.visits(); v != nil {
		v.IdleReset()
		v.SessionEnd("idle", a.kiosk.idle.LastTouch())
	}
	a.setVisit(a.defaults)
	a.showAttract()
}

func (a *App) showAttract() {
	a.kiosk.warning = nil
	a.kiosk.slideAt = a.kiosk.opts.Now()
	a.applyPending()
	a.navigate(Route{Kind: RouteAttract})
}

// attractScreen is the kiosk's loop while nobody is there.
type attractScreen struct{ a *App }

func (s *attractScreen) state() string { return "attract" }

// attractScreen shows one highlight at a time, its picture and title in
// every language, and "Touch to begin" in every language: the visitor's
// language is not known yet.
func (s *attractScreen) build() fyne.CanvasObject {
	a := s.a
	k := a.kiosk
	ids := a.ex.Attract
	var img fyne.Resource
	var titles []string
	if len(ids) > 0 {
		_, p := a.ex.Page(ids[k.slide%len(ids)])
		img = a.image(p.Image)
		titles = a.allLanguages(p.Title)
	} else if len(a.ex.Sections) > 0 {
		s := a.ex.Sections[k.slide%len(a.ex.Sections)]
		img = a.image(s.Image)
		titles = a.allLanguages(s.Title)
	}
	picture := ui.NewPicture(img, fyne.NewSize(120, 80))

	var rows []fyne.CanvasObject
	title := ui.NewText(a.text(a.ex.Title), ui.SizeTitle, fyne.TextStyle{Bold: true, Italic: true})
	title.Alignment = fyne.TextAlignCenter
	rows = append(rows, title)
	for _, t := range titles {
		l := ui.NewText(t, ui.SizeHeading, fyne.TextStyle{})
		l.Importance = widget.WarningImportance
		l.Alignment = fyne.TextAlignCenter
		rows = append(rows, l)
	}
	var begin []string
	for _, l := range a.ex.Languages {
		begin = append(begin, a.ex.Label("touch_to_begin", l.Code))
	}
	// One line for all languages if it fits, else a line for each.
	style := fyne.TextStyle{Bold: true}
	if line := strings.Join(begin, "  ·  "); ui.FullWidth(line, ui.SizeTitle, style) <= a.win.Canvas().Size().Width-2*theme.Padding() {
		begin = []string{line}
	}
	invite := container.NewVBox()
	for _, b := range begin {
		l := ui.NewText(b, ui.SizeTitle, style)
		l.Alignment = fyne.TextAlignCenter
		invite.Add(l)
	}
	texts := container.NewVBox(rows...)
	body := container.NewBorder(texts, invite, nil, nil, picture)
	touch := ui.NewTouchArea(a.attractTapped)
	touch.Spoken.Spoken = strings.Join(begin, " ")
	return container.NewStack(container.NewPadded(body), touch)
}

func (a *App) allLanguages(t content.Text) []string {
	var out []string
	for _, l := range a.ex.Languages {
		if s := t[l.Code]; s != "" {
			out = append(out, s)
		}
	}
	return out
}

// cornerSize is the top-left area where staff tap five times.
const cornerSize float32 = 140

func (a *App) attractTapped(pos fyne.Position) {
	if pos.X < cornerSize && pos.Y < cornerSize {
		a.cornerTap()
		return
	}
	a.visit.Lang = a.defaults.Lang
	a.kiosk.idle.Touch(a.kiosk.opts.Now())
	if v := a.visits(); v != nil {
		v.SessionStart(a.visit.Lang)
	}
	a.ShowHome()
}

// cornerTap counts a tap in the hidden staff corner.
func (a *App) cornerTap() {
	if a.kiosk == nil {
		return
	}
	if a.kiosk.gesture.Tap(a.kiosk.opts.Now()) {
		a.showPINPad()
	}
}

func (a *App) showWarning() {
	k := a.kiosk
	k.warning = ui.NewText(a.countdown(), ui.SizeHeading, fyne.TextStyle{})
	k.warning.Alignment = fyne.TextAlignCenter
	k.warning.Truncation = fyne.TextTruncateOff
	title := ui.NewText(a.label("still_there"), ui.SizeTitle, fyne.TextStyle{Bold: true, Italic: true})
	title.Alignment = fyne.TextAlignCenter
	title.Truncation = fyne.TextTruncateOff
	cont := ui.NewButton(a.label("continue"), theme.ConfirmIcon(), a.touched)
	cont.Importance = widget.HighImportance
	panel := container.NewVBox(title, k.warning, container.NewCenter(cont))
	a.closeOverlays()
	a.showOverlay(panel, a.touched)
}

// showPINPad asks for the staff PIN on an on-screen keypad: a kiosk has no
// keyboard.
func (a *App) showPINPad() {
	entered := ""
	display := ui.NewText("", ui.SizeTitle, fyne.TextStyle{Bold: true})
	display.Alignment = fyne.TextAlignCenter
	display.Truncation = fyne.TextTruncateOff
	msg := ui.NewText(" ", ui.SizeSmall, fyne.TextStyle{})
	msg.Alignment = fyne.TextAlignCenter
	msg.Importance = widget.WarningImportance
	update := func() {
		display.SetText(strings.Repeat("●", len(entered)) + strings.Repeat("○", max(0, 4-len(entered))))
	}
	update()
	keys := container.NewGridWithColumns(3)
	for _, d := range []string{"1", "2", "3", "4", "5", "6", "7", "8", "9"} {
		d := d
		keys.Add(ui.NewButton(d, nil, func() {
			if len(entered) < 8 {
				entered += d
				update()
			}
		}))
	}
	keys.Add(ui.NewButton(a.label("cancel"), nil, a.closeOverlays))
	keys.Add(ui.NewButton("0", nil, func() {
		if len(entered) < 8 {
			entered += "0"
			update()
		}
	}))
	ok := ui.NewButton(a.label("ok"), nil, func() {
		now := a.kiosk.opts.Now()
		if a.kiosk.gate.Try(now, entered) {
			a.closeOverlays()
			a.showStaffPanel()
			return
		}
		entered = ""
		update()
		if d := a.kiosk.gate.LockedFor(now); d > 0 {
			msg.SetText(a.labelf("pin_locked", int(d.Round(time.Second)/time.Second)))
		} else {
			msg.SetText(a.label("pin_wrong"))
		}
	})
	ok.Importance = widget.HighImportance
	keys.Add(ok)
	title := ui.NewText(a.label("staff_pin"), ui.SizeHeading, fyne.TextStyle{Bold: true, Italic: true})
	title.Alignment = fyne.TextAlignCenter
	title.Truncation = fyne.TextTruncateOff
	a.closeOverlays()
	a.showOverlay(container.NewVBox(title, display, msg, keys), a.closeOverlays)
}

// showStaffPanel: exit, restart, volume, default language, idle time,
// content status and today's visits.
func (a *App) showStaffPanel() {
	k := a.kiosk
	if v := a.visits(); v != nil && a.visit.Route.Kind != RouteAttract {
		a.leavePage()
		v.SessionEnd("staff", k.idle.LastTouch())
	}
	st := k.opts.Status
	status := a.label("content_valid")
	if st.Problems > 0 {
		status = a.labelf("content_invalid", st.Problems)
	}
	lines := []fyne.CanvasObject{
		ui.NewText(a.label("staff_title"), ui.SizeHeading, fyne.TextStyle{Bold: true, Italic: true}),
		ui.NewParagraph(a.labelf("content_status", a.ex.Version, a.ex.PageCount(), len(a.ex.Sources), status), ui.SizeSmall, fyne.TextStyle{}),
	}
	today := a.label("stats_off")
	if st.Today != nil {
		today = st.Today()
	}
	lines = append(lines, ui.NewParagraph(today, ui.SizeSmall, fyne.TextStyle{}))

	idleLabel := ui.NewText("", theme.SizeNameText, fyne.TextStyle{})
	idleLabel.Truncation = fyne.TextTruncateOff
	showIdle := func() { idleLabel.SetText(a.label("idle_time") + ": " + k.idle.Timeout.String()) }
	showIdle()
	idleRow := container.NewHBox(
		ui.NewButton("−", nil, func() {
			if k.idle.Timeout > 30*time.Second {
				k.idle.Timeout -= 30 * time.Second
				showIdle()
			}
		}),
		ui.NewButton("+", nil, func() {
			if k.idle.Timeout < 15*time.Minute {
				k.idle.Timeout += 30 * time.Second
				showIdle()
			}
		}), idleLabel)

	volLabel := ui.NewText("", theme.SizeNameText, fyne.TextStyle{})
	volLabel.Truncation = fyne.TextTruncateOff
	// Staff set the installation's volume: this visit's and the next ones'.
	showVol := func() {
		volLabel.SetText(fmt.Sprintf("%s: %d%%", a.label("volume"), int(math.Round(a.player.Volume()*100))))
	}
	showVol()
	setVol := func(d float64) {
		a.setVolume(a.player.Volume() + d)
		a.defaults.Volume = a.visit.Volume
		showVol()
	}
	volRow := container.NewHBox(ui.NewButton("−", nil, func() { setVol(-0.1) }), ui.NewButton("+", nil, func() { setVol(0.1) }), volLabel)

	langLabel := ui.NewText(a.label("default_language")+":", theme.SizeNameText, fyne.TextStyle{})
	langLabel.Truncation = fyne.TextTruncateOff
	langRow := container.NewHBox(langLabel)
	for _, l := range a.ex.Languages {
		code := l.Code
		b := ui.NewButton(l.Name, nil, func() {
			a.defaults.Lang = code
			a.closeOverlays()
			a.showStaffPanel()
		})
		if code == a.defaults.Lang {
			b.Importance = widget.HighImportance
		}
		langRow.Add(b)
	}
	note := ui.NewParagraph(a.label("settings_note"), ui.SizeSmall, fyne.TextStyle{})
	note.Importance = widget.LowImportance

	restart := ui.NewButton(a.label("restart"), theme.ViewRefreshIcon(), a.reset)
	exit := ui.NewButton(a.label("exit"), theme.LogoutIcon(), func() {
		log.Print("kiosk: exit from the staff panel")
		if k.opts.Exit != nil {
			k.opts.Exit()
		}
	})
	exit.Importance = widget.DangerImportance
	closeBtn := ui.NewButton(a.label("close"), theme.CancelIcon(), a.closeOverlays)
	closeBtn.Importance = widget.HighImportance
	lines = append(lines, idleRow, volRow, langRow, note, container.NewHBox(restart, exit, layout.NewSpacer(), closeBtn))
	a.showOverlay(container.NewVBox(lines...), a.closeOverlays)
}

// Labelf is labelf for the app's wiring (e.g. the staff panel's statistics line).
func (a *App) Labelf(key string, args ...any) string { return a.labelf(key, args...) }

// labelf formats a UI label with arguments; a broken translation of the
// pattern falls back to the key and the values rather than garbling.
func (a *App) labelf(key string, args ...any) string {
	s := fmt.Sprintf(a.label(key), args...)
	if strings.Contains(s, "%!") {
		return fmt.Sprint(append([]any{key}, args...)...)
	}
	return s
}

// trackPage notes which story page is on screen, so that leaving it records
// how long the visitor stayed (statistics; kiosk mode only).
func (a *App) trackPage(section, page string) {
	if a.visits() == nil {
		return
	}
	if a.shown.section == section && a.shown.page == page {
		return
	}
	a.leavePage()
	a.shown = shownPage{section: section, page: page, lang: a.visit.Lang, at: a.kiosk.opts.Now()}
}

// leavePage records the page view that is ending, if any.
func (a *App) leavePage() {
	v := a.visits()
	if v == nil || a.shown.page == "" {
		return
	}
	v.PageView(a.shown.section, a.shown.page, a.shown.lang, a.kiosk.opts.Now().Sub(a.shown.at))
	a.shown = shownPage{}
}

type shownPage struct {
	section, page, lang string
	at                  time.Time
}
