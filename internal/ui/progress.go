package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
)

// Progress is a broadcast's progress bar; tapping it seeks. It is as tall
// as any touch target, though the bar drawn in it is slim.
type Progress struct {
	widget.BaseWidget
	Spoken
	Value  float64 // 0..1
	OnSeek func(fraction float64)

	track, fill *canvas.Rectangle
}

// NewProgress makes a progress bar that calls seek with the tapped fraction.
func NewProgress(seek func(float64)) *Progress {
	p := &Progress{OnSeek: seek}
	p.track = canvas.NewRectangle(Colors().Line)
	p.track.CornerRadius = 6
	p.fill = canvas.NewRectangle(Colors().Warning)
	p.fill.CornerRadius = 6
	p.ExtendBaseWidget(p)
	return p
}

// SetValue moves the bar.
func (p *Progress) SetValue(v float64) {
	if v < 0 {
		v = 0
	}
	if v > 1 {
		v = 1
	}
	p.Value = v
	p.Refresh()
}

func (p *Progress) Tapped(e *fyne.PointEvent) {
	if p.OnSeek != nil && p.Size().Width > 0 {
		p.OnSeek(float64(e.Position.X / p.Size().Width))
	}
}

func (p *Progress) MinSize() fyne.Size { return fyne.NewSize(Dp(200), Touch()) }

func (p *Progress) CreateRenderer() fyne.WidgetRenderer {
	return &progressRenderer{p: p}
}

type progressRenderer struct{ p *Progress }

const barHeight float32 = 14

func (r *progressRenderer) Layout(s fyne.Size) {
	// A border layout squeezed by its sides hands out negative widths; Fyne's
	// software painter fails on them.
	w := fyne.Max(0, s.Width)
	y := (s.Height - barHeight) / 2
	r.p.track.Move(fyne.NewPos(0, y))
	r.p.track.Resize(fyne.NewSize(w, barHeight))
	r.p.fill.Move(fyne.NewPos(0, y))
	r.p.fill.Resize(fyne.NewSize(w*float32(r.p.Value), barHeight))
}

func (r *progressRenderer) MinSize() fyne.Size { return r.p.MinSize() }
func (r *progressRenderer) Refresh() {
	r.p.track.FillColor, r.p.fill.FillColor = Colors().Line, Colors().Warning
	r.Layout(r.p.Size())
	canvas.Refresh(r.p)
}
func (r *progressRenderer) Destroy() {}
func (r *progressRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.p.track, r.p.fill}
}

// TapText is a wrapping text that can be tapped, e.g. a caption line that
// seeks the broadcast to its sentence. It is never shorter than Touch().
type TapText struct {
	widget.BaseWidget
	Label    *widget.Label
	OnTapped func()
	bg       *canvas.Rectangle
}

// NewTapText makes a tappable paragraph; highlighted text sits on a card.
func NewTapText(s string, size fyne.ThemeSizeName, style fyne.TextStyle, highlighted bool, tapped func()) *TapText {
	t := &TapText{Label: NewParagraph(s, size, style), OnTapped: tapped}
	t.bg = canvas.NewRectangle(Colors().Background)
	if highlighted {
		t.bg.FillColor = Colors().Surface
		t.bg.StrokeColor = Colors().Warning
		t.bg.StrokeWidth = 3
	}
	t.bg.CornerRadius = 10
	t.ExtendBaseWidget(t)
	return t
}

func (t *TapText) Tapped(*fyne.PointEvent) {
	if t.OnTapped != nil {
		t.OnTapped()
	}
}

func (t *TapText) MinSize() fyne.Size {
	return t.BaseWidget.MinSize().Max(fyne.NewSquareSize(Touch()))
}

func (t *TapText) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(&fyne.Container{Layout: stackPad{}, Objects: []fyne.CanvasObject{t.bg, t.Label}})
}

// stackPad stacks a background and a label, the label inset a little.
type stackPad struct{}

func (stackPad) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	objs[0].Resize(s)
	objs[0].Move(fyne.NewPos(0, 0))
	objs[1].Move(fyne.NewPos(6, 0))
	objs[1].Resize(fyne.NewSize(fyne.Max(0, s.Width-12), s.Height))
}

func (stackPad) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return objs[1].MinSize().AddWidthHeight(12, 0)
}
