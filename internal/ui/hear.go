package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
)

// HearLayer lies over a whole screen in audio mode: touch and hear. One tap
// reports where the finger was (the screen speaks what is there, without
// activating it); a double tap reports where to activate. Drags pass
// through to what is under it (it is not Draggable), so swiping and the
// radio dial still work.
type HearLayer struct {
	widget.BaseWidget
	OnTap, OnDoubleTap func(fyne.Position)
}

// NewHearLayer makes the layer; positions are relative to it, which covers
// the window from its origin.
func NewHearLayer(tap, doubleTap func(fyne.Position)) *HearLayer {
	h := &HearLayer{OnTap: tap, OnDoubleTap: doubleTap}
	h.ExtendBaseWidget(h)
	return h
}

func (h *HearLayer) Tapped(e *fyne.PointEvent) {
	if h.OnTap != nil {
		h.OnTap(e.Position)
	}
}

func (h *HearLayer) DoubleTapped(e *fyne.PointEvent) {
	if h.OnDoubleTap != nil {
		h.OnDoubleTap(e.Position)
	}
}

// The layer is how the screen is touched, not a thing on it: Walk skips it.
func (h *HearLayer) AccessibilityLabel() string             { return "" }
func (h *HearLayer) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleContainer }

func (h *HearLayer) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}
