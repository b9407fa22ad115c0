package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
	"image/color"
)

// TouchArea is an invisible layer that reports where it was tapped: the
// attract loop's "touch anywhere", which also hides the staff corner.
type TouchArea struct {
	widget.BaseWidget
	Spoken
	// Staff marks a control only staff use (the hidden staff corner): it
	// is not announced to visitors.
	Staff    bool
	OnTapped func(fyne.Position)
}

// NewTouchArea calls tapped with the position of each tap.
func NewTouchArea(tapped func(fyne.Position)) *TouchArea {
	t := &TouchArea{OnTapped: tapped}
	t.ExtendBaseWidget(t)
	return t
}

func (t *TouchArea) Tapped(e *fyne.PointEvent) {
	if t.OnTapped != nil {
		t.OnTapped(e.Position)
	}
}

// Cursor is hidden: in kiosk mode visitors use fingers.
func (t *TouchArea) Cursor() desktop.Cursor { return desktop.HiddenCursor }

func (t *TouchArea) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}
