package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// RangeBar draws one figure of a chart on a scale from 0 to Max: a solid
// bar up to the lowest figure given, a pale band from there to the highest
// (a range is never drawn as one falsely precise bar), a line at a single
// count inside the band, and a fading band for an open end ("more than").
// Its height follows the small text size, so it grows in large-text mode.
type RangeBar struct {
	widget.BaseWidget
	Low, High, Mark, Max float64
	Open                 bool
}

// NewRangeBar makes a bar for low–high on a scale to max; mark 0 for none.
func NewRangeBar(low, high, mark, max float64, open bool) *RangeBar {
	b := &RangeBar{Low: low, High: high, Mark: mark, Max: max, Open: open}
	b.ExtendBaseWidget(b)
	return b
}

// MinSize is one line of small text high.
func (b *RangeBar) MinSize() fyne.Size {
	return fyne.NewSize(120, theme.Size(SizeSmall)*1.3)
}

func (b *RangeBar) CreateRenderer() fyne.WidgetRenderer {
	p := Colors()
	// The band is the accent lightened halfway to the text colour: a paler
	// shade of the same bar, clear on the surface in both palettes.
	mix := func(a, b uint8) uint8 { return uint8((int(a) + int(b)) / 2) }
	pale := color.NRGBA{mix(p.Accent.R, p.Text.R), mix(p.Accent.G, p.Text.G), mix(p.Accent.B, p.Text.B), 0xa0}
	clear := pale
	clear.A = 0
	r := &rangeBarRenderer{
		b:     b,
		track: canvas.NewRectangle(p.Background),
		solid: canvas.NewRectangle(p.Accent),
		band:  canvas.NewRectangle(pale),
		open:  canvas.NewHorizontalGradient(pale, clear),
		mark:  canvas.NewRectangle(p.Text),
	}
	r.band.StrokeColor = p.Text
	r.band.StrokeWidth = 1
	return r
}

type rangeBarRenderer struct {
	b                        *RangeBar
	track, solid, band, mark *canvas.Rectangle
	open                     *canvas.LinearGradient
}

func (r *rangeBarRenderer) Layout(s fyne.Size) {
	b := r.b
	x := func(v float64) float32 {
		if b.Max <= 0 {
			return 0
		}
		f := float32(v / b.Max)
		if f > 1 {
			f = 1
		}
		return f * s.Width
	}
	r.track.Move(fyne.NewPos(0, 0))
	r.track.Resize(s)
	r.solid.Move(fyne.NewPos(0, 0))
	r.solid.Resize(fyne.NewSize(fyne.Max(x(b.Low), 2), s.Height))
	r.band.Hidden = b.High <= b.Low
	r.band.Move(fyne.NewPos(x(b.Low), 0))
	r.band.Resize(fyne.NewSize(x(b.High)-x(b.Low), s.Height))
	r.open.Hidden = !b.Open
	end := x(b.High)
	r.open.Move(fyne.NewPos(end, 0))
	r.open.Resize(fyne.NewSize(s.Width-end, s.Height))
	r.mark.Hidden = b.Mark <= 0
	w := fyne.Max(3, s.Height/8)
	r.mark.Move(fyne.NewPos(x(b.Mark)-w/2, -s.Height/6))
	r.mark.Resize(fyne.NewSize(w, s.Height*4/3))
}

func (r *rangeBarRenderer) MinSize() fyne.Size { return r.b.MinSize() }
func (r *rangeBarRenderer) Refresh() {
	r.Layout(r.b.Size())
	for _, o := range r.Objects() {
		o.Refresh()
	}
}
func (r *rangeBarRenderer) Destroy() {}
func (r *rangeBarRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.track, r.solid, r.band, r.open, r.mark}
}
