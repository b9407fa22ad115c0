package screens

import (
	"sort"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"budapest1956/internal/display"
	"budapest1956/internal/ui"
)

// Audio mode: the exhibit speaks for blind and low-vision visitors, in the
// visitor's language. On every screen it says where the visitor is and
// reads what the screen shows (the page's text, the pictures' and charts'
// descriptions, quotes with their speaker); the keypad's keys move between
// the things on screen, each spoken with its role ("Play, button"), and
// activate them; one tap on the screen speaks what is under the finger and
// a double tap activates it. What is spoken is what Fyne's accessibility
// interface exposes (ui.Walk): the same names a Windows or macOS screen
// reader reads in the accessibility build. Spoken words are captioned at
// the foot of the screen for companions.

// Speech speaks a text in a language (an exhibit language code). A new Say
// interrupts the one before: a new focus cuts the old speech short.
type Speech interface {
	Say(lang, text string)
	Stop()
}

// audioState is the audio mode's part of the App.
type audioState struct {
	speech  Speech
	focus   fyne.CanvasObject // what the keys or a tap last moved to
	was     ui.Item           // the focus's name and role, to find it again on a redraw
	caption *widget.Label     // the words being spoken
	said    string            // the screen last announced: not again on a redraw
	hinted  bool              // the touch-and-hear hint was given this visit
	greet   bool              // audio mode was just turned on: say so first
}

// AudioMode reports whether the exhibit speaks.
func (a *App) AudioMode() bool { return a.visit.AudioMode }

// CanSpeak reports whether the exhibit has a voice (speech engines found).
func (a *App) CanSpeak() bool { return a.audio.speech != nil }

// SetAudioMode turns audio mode on or off and says so.
func (a *App) SetAudioMode(on bool) {
	if on && a.audio.speech == nil {
		return
	}
	a.touched()
	a.visit.AudioMode = on
	a.audio.said, a.audio.focus = "", nil
	if !on {
		a.audio.speech.Stop()
		a.show()
		return
	}
	a.audio.greet = true
	a.show() // announces the screen after "Audio mode on"
}

func (a *App) toggleAudioMode() { a.SetAudioMode(!a.visit.AudioMode) }

// say speaks text (if audio mode is on) and captions it.
func (a *App) say(text string) {
	if !a.visit.AudioMode || a.audio.speech == nil || text == "" {
		return
	}
	a.audio.speech.Say(a.visit.Lang, text)
	if a.audio.caption != nil {
		a.audio.caption.SetText(text)
	}
}

// silence stops speech (an activated control makes its own sound).
func (a *App) silence() {
	if a.visit.AudioMode && a.audio.speech != nil {
		a.audio.speech.Stop()
	}
}

// speakable is a screen that says where the visitor is, e.g. "The Twelve
// Days, page 3 of 19: The siege of the Radio".
type speakable interface {
	place() string
}

// wrapAudio adds the audio mode's caption line and touch-and-hear layer to
// a screen's content; without audio mode it returns the content.
func (a *App) wrapAudio(content fyne.CanvasObject) fyne.CanvasObject {
	if !a.visit.AudioMode || a.audio.speech == nil {
		a.audio.caption = nil
		return content
	}
	// One line, cut with an ellipsis: the screen still fits a 1024×640
	// kiosk; what is read from the screen is on the screen in full.
	cap := ui.NewText("", ui.SizeSmall, fyne.TextStyle{})
	cap.Importance = widget.WarningImportance
	a.audio.caption = cap
	// The line is as tall as its one line of small text, even when empty.
	bar := container.NewStack(canvas.NewRectangle(ui.Colors().Surface), cap)
	hear := ui.NewHearLayer(a.heardAt, a.activateAt)
	return container.NewStack(container.NewBorder(nil, bar, nil, nil, content), hear)
}

// items are the things on screen a visitor can hear, in reading order.
func (a *App) items() []ui.Item {
	items, _ := ui.Walk(a.win.Canvas().Content())
	out := items[:0]
	for _, it := range items {
		if it.Obj != a.audio.caption {
			out = append(out, it)
		}
	}
	for _, o := range a.win.Canvas().Overlays().List() {
		more, _ := ui.Walk(o)
		out = append(out, more...)
	}
	return out
}

// announce says where the visitor is and reads the screen's text, once
// per screenful: a redraw of the same screen (a comfort toggle) is quiet.
func (a *App) announce() {
	if !a.visit.AudioMode || a.audio.speech == nil {
		return
	}
	i, n := a.View()
	key := a.State() + "|" + a.visit.Lang + "|" + strconv.Itoa(i) + "/" + strconv.Itoa(n) + "|" + openKey(a.visit.Open)
	if key == a.audio.said {
		a.keepFocus()
		return
	}
	a.audio.said, a.audio.focus = key, nil
	a.prewarm()
	var parts []string
	if a.audio.greet {
		a.audio.greet = false
		parts = append(parts, a.label("audio_on"))
	}
	place := ""
	if s, ok := a.cur.(speakable); ok {
		place = s.place()
		parts = append(parts, place)
	}
	// The bar's "Page 4 of 23" counts screenfuls; the place has said which
	// page of how many.
	counter := display.PageOf(a.ex, i+1, n, a.visit.Lang)
	named := false // the heading the place ends with (a broadcast's title): said once
	parts = append(parts, textLabels(a.items(), func(it ui.Item) bool {
		switch it.Obj.(type) {
		case *ui.FitText, *ui.Dots: // the bar's title and the page dots: said in place
			return true
		}
		if !named && strings.HasSuffix(place, " "+strings.TrimSpace(it.Label)) {
			named = true
			return true
		}
		return n > 0 && it.Label == counter
	})...)
	a.say(ui.Sentences(parts...))
}

// textLabels are the labels of the texts among items, in reading order,
// but those skip says are said otherwise (skip may be nil).
func textLabels(items []ui.Item, skip func(ui.Item) bool) []string {
	var out []string
	for _, it := range items {
		if it.Role == fyne.AccessibleRoleText && (skip == nil || !skip(it)) {
			out = append(out, it.Label)
		}
	}
	return out
}

// prewarm has the controls' names made ahead: the arrows then speak at once.
func (a *App) prewarm() {
	p, ok := a.audio.speech.(interface{ Prewarm(string, ...string) })
	if !ok {
		return
	}
	// The controls first (short, and what the arrows reach most), then the
	// texts (the announcement makes most of them too; what it made is not
	// made twice).
	var controls, texts []string
	for _, it := range a.items() {
		if it.Role == fyne.AccessibleRoleText {
			texts = append(texts, a.spoken(it))
		} else {
			controls = append(controls, a.spoken(it))
		}
	}
	p.Prewarm(a.visit.Lang, append(controls, texts...)...)
}

// announceOverlay reads an overlay's texts as it opens (the sources of a
// page, the idle warning); the arrows then move within it and what is under
// it.
func (a *App) announceOverlay(panel fyne.CanvasObject) {
	if !a.visit.AudioMode || a.audio.speech == nil {
		return
	}
	a.audio.focus = nil
	items, _ := ui.Walk(panel)
	a.say(ui.Sentences(textLabels(items, nil)...))
}

// spoken is what a visitor hears for an item: its label and, for a
// control, its role.
func (a *App) spoken(it ui.Item) string {
	name := strings.TrimRight(it.Label, ".")
	switch it.Role {
	case fyne.AccessibleRoleButton:
		return name + ", " + a.label("role_button")
	case fyne.AccessibleRoleLink:
		return name + ", " + a.label("role_link")
	}
	return it.Label
}

// moveFocus goes to the next (dir > 0) or previous item and speaks it.
func (a *App) moveFocus(dir int) {
	items := a.items()
	if len(items) == 0 {
		return
	}
	i := indexOf(items, a.audio.focus)
	switch {
	case i < 0 && dir > 0:
		i = 0
	case i < 0:
		i = len(items) - 1
	default:
		i = (i + dir + len(items)) % len(items)
	}
	a.focusItem(items[i])
}

// focusItem makes it the focus: keyboard focus too when it takes it, so
// Enter reaches it as it would without audio mode.
func (a *App) focusItem(it ui.Item) {
	a.setFocus(it)
	c := a.win.Canvas()
	if f, ok := it.Obj.(fyne.Focusable); ok {
		if c.Focused() != f {
			c.Focus(f)
		}
	} else if c.Focused() != nil {
		c.Unfocus()
	}
	a.say(a.spoken(it))
}

// setFocus makes it the audio focus, quietly.
func (a *App) setFocus(it ui.Item) { a.audio.focus, a.audio.was = it.Obj, it }

// keepFocus finds the focus again after the screen was drawn anew (a
// narration loaded, a comfort toggle): the item with the same name and
// role, so the arrows go on from where the visitor was; none: from the
// start.
func (a *App) keepFocus() {
	if a.audio.focus == nil {
		return
	}
	items := a.items()
	if indexOf(items, a.audio.focus) >= 0 {
		return
	}
	a.audio.focus = nil
	for _, it := range items {
		if it.Label == a.audio.was.Label && it.Role == a.audio.was.Role {
			a.setFocus(it)
			return
		}
	}
}

// refocus moves the audio focus to o, on screen, and says it: what the
// visitor was on has changed under them (Play can be pressed now).
func (a *App) refocus(o fyne.CanvasObject) {
	for _, it := range a.items() {
		if it.Obj == o {
			a.focusItem(it)
			return
		}
	}
}

// focusGained hears Fyne's own focus moving (Tab): the audio focus follows.
func (a *App) focusGained(o fyne.CanvasObject) {
	if !a.visit.AudioMode || o == a.audio.focus {
		return
	}
	for _, it := range a.items() {
		if it.Obj == o {
			a.setFocus(it)
			a.say(a.spoken(it))
			return
		}
	}
}

// activate does what the focused item does (Enter on an item that does not
// take keyboard focus).
func (a *App) activate() bool {
	for _, it := range a.items() {
		if it.Obj == a.audio.focus {
			return a.activateItem(it)
		}
	}
	return false
}

func (a *App) activateItem(it ui.Item) bool {
	if !it.Actionable() {
		a.say(a.spoken(it)) // text: read it again
		return true
	}
	a.silence()
	a.audio.said = "" // whatever the control shows next is announced
	it.Activate()
	return true
}

// heardAt is touch-and-hear: one tap speaks what is under the finger.
func (a *App) heardAt(p fyne.Position) {
	a.touched()
	it, ok := a.itemAt(p)
	if !ok {
		return
	}
	a.setFocus(it)
	text := a.spoken(it)
	if it.Actionable() && !a.audio.hinted {
		a.audio.hinted = true
		text += ". " + a.label("audio_touch_hint")
	}
	a.say(text)
}

// activateAt: a double tap activates what is under the finger.
func (a *App) activateAt(p fyne.Position) {
	a.touched()
	if it, ok := a.itemAt(p); ok {
		a.setFocus(it)
		a.activateItem(it)
	}
}

// itemAt is the innermost item at p (the last in reading order: overlays
// and cards come after what they cover).
func (a *App) itemAt(p fyne.Position) (ui.Item, bool) {
	items := a.items()
	for i := len(items) - 1; i >= 0; i-- {
		if items[i].Contains(p) {
			return items[i], true
		}
	}
	return ui.Item{}, false
}

func indexOf(items []ui.Item, o fyne.CanvasObject) int {
	if o == nil {
		return -1
	}
	for i, it := range items {
		if it.Obj == o {
			return i
		}
	}
	return -1
}

// audioKey handles a key in audio mode; false leaves it to the screen.
func (a *App) audioKey(act keyAction) bool {
	switch act {
	case actNext:
		a.moveFocus(1)
	case actPrevious:
		a.moveFocus(-1)
	case actActivate:
		if !a.activate() {
			a.announceAgain()
		}
	case actHelp:
		a.say(a.label("audio_help"))
	case actVolumeUp:
		a.changeVolume(0.1)
		a.say(a.labelf("audio_volume", int(a.visit.Volume*100+0.5)))
	case actVolumeDown:
		a.changeVolume(-0.1)
		a.say(a.labelf("audio_volume", int(a.visit.Volume*100+0.5)))
	default:
		return false
	}
	return true
}

// announceAgain repeats where the visitor is and what the screen says.
func (a *App) announceAgain() {
	a.audio.said = ""
	a.announce()
}

func openKey(open map[string]bool) string {
	var ids []string
	for k, v := range open {
		if v {
			ids = append(ids, k)
		}
	}
	sort.Strings(ids)
	return strings.Join(ids, ",")
}
