package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

// ringWidth is the focus ring's stroke: thick enough to see from a step away.
const ringWidth float32 = 4

// ringRenderer draws a focus ring around another renderer's objects. The
// theme's own focus colour is transparent, so Fyne's tint never lowers the
// contrast of a focused button's label; the ring shows focus instead.
type ringRenderer struct {
	fyne.WidgetRenderer
	ring    *canvas.Rectangle
	focused *bool
}

func newRingRenderer(r fyne.WidgetRenderer, focused *bool) *ringRenderer {
	ring := canvas.NewRectangle(color.Transparent)
	ring.StrokeWidth = ringWidth
	ring.CornerRadius = 10
	return &ringRenderer{WidgetRenderer: r, ring: ring, focused: focused}
}

func (r *ringRenderer) Layout(s fyne.Size) {
	r.WidgetRenderer.Layout(s)
	r.ring.Move(fyne.NewPos(-ringWidth/2, -ringWidth/2))
	r.ring.Resize(s.AddWidthHeight(ringWidth, ringWidth))
}

func (r *ringRenderer) Objects() []fyne.CanvasObject {
	return append(r.WidgetRenderer.Objects(), r.ring)
}

func (r *ringRenderer) Refresh() {
	r.WidgetRenderer.Refresh()
	r.ring.StrokeColor = color.Transparent
	if *r.focused {
		r.ring.StrokeColor = Colors().Focus
	}
	r.ring.Refresh()
}
