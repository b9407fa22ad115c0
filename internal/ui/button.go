package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Button is a widget.Button that is never smaller than MinTouch in either
// direction, so every control is a comfortable target for a finger.
type Button struct {
	widget.Button
}

// NewButton makes a touch-sized button.
func NewButton(label string, icon fyne.Resource, tapped func()) *Button {
	b := &Button{}
	b.Text = label
	b.Icon = icon
	b.OnTapped = tapped
	b.ExtendBaseWidget(b)
	return b
}

// MinSize makes the button at least MinTouch square and gives short labels
// some breathing room.
func (b *Button) MinSize() fyne.Size {
	s := b.Button.MinSize()
	s.Width += 24
	return s.Max(fyne.NewSquareSize(MinTouch))
}
