package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Button is a widget.Button that is never smaller than Touch() in either
// direction, so every control is a comfortable target for a finger.
type Button struct {
	widget.Button
	Spoken  // the name an icon-only button is read by
	focused bool
}

// NewButton makes a touch-sized button.
func NewButton(label string, icon fyne.Resource, tapped func()) *Button {
	b := &Button{}
	b.Text = label
	b.Icon = Icon(icon)
	b.OnTapped = tapped
	b.ExtendBaseWidget(b)
	return b
}

// SetText changes the words; a button that gives up its words for room
// (an icon on a narrow window) keeps them as its spoken name.
func (b *Button) SetText(text string) {
	if text == "" && b.Spoken.Spoken == "" {
		b.Spoken.Spoken = b.Text
	}
	b.Button.SetText(text)
}

// SetIcon changes the icon (in the current palette's colours).
func (b *Button) SetIcon(icon fyne.Resource) {
	b.Button.SetIcon(Icon(icon))
}

// ReducedMotion turns the tap ripple into an instant change.
var ReducedMotion bool

// Tapped runs the action; with reduced motion it skips Fyne's tap animation.
func (b *Button) Tapped(e *fyne.PointEvent) {
	if !ReducedMotion {
		b.Button.Tapped(e)
		return
	}
	if !b.Disabled() && b.OnTapped != nil {
		b.OnTapped()
	}
}

// TypedKey activates the focused button with Space or Enter; other keys
// (arrows, Escape…) go to the screen, as if nothing had focus.
func (b *Button) TypedKey(e *fyne.KeyEvent) {
	switch e.Name {
	case fyne.KeySpace, fyne.KeyReturn, fyne.KeyEnter:
		b.Tapped(nil)
	default:
		if UnhandledKey != nil {
			UnhandledKey(e)
		}
	}
}

// TypedRune passes characters (+, −) to the screen.
func (b *Button) TypedRune(r rune) {
	if UnhandledRune != nil {
		UnhandledRune(r)
	}
}

// UnhandledKey and UnhandledRune receive keys that a focused control does
// not use; the screens set them to their own key handling.
var (
	UnhandledKey  func(*fyne.KeyEvent)
	UnhandledRune func(rune)
	// OnFocus hears keyboard focus arriving at a control (the audio mode
	// speaks it).
	OnFocus func(fyne.CanvasObject)
)

func focusGained(o fyne.CanvasObject) {
	if OnFocus != nil {
		OnFocus(o)
	}
}

// FocusGained shows the focus ring: keyboard users must see where they are.
func (b *Button) FocusGained() {
	b.focused = true
	focusGained(b)
	b.Button.FocusGained()
}

// FocusLost hides the focus ring.
func (b *Button) FocusLost() {
	b.focused = false
	b.Button.FocusLost()
}

func (b *Button) CreateRenderer() fyne.WidgetRenderer {
	return newRingRenderer(b.Button.CreateRenderer(), &b.focused)
}

// MinSize makes the button at least Touch() square and gives short labels
// some breathing room.
func (b *Button) MinSize() fyne.Size {
	s := b.Button.MinSize()
	s.Width += 24
	return s.Max(fyne.NewSquareSize(Touch()))
}
