package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
)

// Backdrop dims what is behind an overlay and closes it when tapped.
type Backdrop struct {
	widget.BaseWidget
	Spoken
	OnTapped func()
}

// NewBackdrop makes a backdrop that calls tapped when touched.
func NewBackdrop(tapped func()) *Backdrop {
	b := &Backdrop{OnTapped: tapped}
	b.ExtendBaseWidget(b)
	return b
}

func (b *Backdrop) Tapped(*fyne.PointEvent) {
	if b.OnTapped != nil {
		b.OnTapped()
	}
}

func (b *Backdrop) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.NRGBA{0, 0, 0, 0xc0}))
}
