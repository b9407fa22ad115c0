package ui

import (
	"bytes"
	"image"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// MapLabel is a text to draw over a picture at (X, Y), fractions of the
// picture's width and height.
type MapLabel struct {
	X, Y  float64
	Text  string
	Point bool // draw a dot at (X, Y) and the text beside it; else centre the text there
}

// LabeledImage shows a picture scaled to fit, with text labels drawn by the
// app over it — so map labels stay sharp at any size and switch language.
type LabeledImage struct {
	widget.BaseWidget
	img    *canvas.Image
	w, h   float32 // the picture's own size, for its aspect ratio
	labels []MapLabel
}

// NewLabeledImage shows res with labels; with no labels it is a plain picture.
func NewLabeledImage(res fyne.Resource, labels []MapLabel) *LabeledImage {
	l := &LabeledImage{img: canvas.NewImageFromResource(res), labels: labels}
	l.img.FillMode = canvas.ImageFillContain
	if cfg, _, err := image.DecodeConfig(bytes.NewReader(res.Content())); err == nil {
		l.w, l.h = float32(cfg.Width), float32(cfg.Height)
	}
	l.ExtendBaseWidget(l)
	return l
}

func (l *LabeledImage) MinSize() fyne.Size { return fyne.NewSize(120, 80) }

func (l *LabeledImage) CreateRenderer() fyne.WidgetRenderer {
	r := &labeledRenderer{l: l}
	for _, lb := range l.labels {
		t := canvas.NewText(lb.Text, ColorText)
		t.TextSize = theme.Size(SizeSmall)
		t.TextStyle = fyne.TextStyle{Bold: true}
		bg := canvas.NewRectangle(color.NRGBA{0, 0, 0, 0xb0})
		bg.CornerRadius = 6
		dot := canvas.NewCircle(ColorWarning)
		r.labels = append(r.labels, labelObjs{t, bg, dot})
	}
	return r
}

type labelObjs struct {
	text *canvas.Text
	bg   *canvas.Rectangle
	dot  *canvas.Circle
}

type labeledRenderer struct {
	l      *LabeledImage
	labels []labelObjs
}

// drawn is where FillContain puts the picture inside s.
func (r *labeledRenderer) drawn(s fyne.Size) (fyne.Position, fyne.Size) {
	if r.l.w == 0 || r.l.h == 0 || s.Width == 0 || s.Height == 0 {
		return fyne.NewPos(0, 0), s
	}
	scale := fyne.Min(s.Width/r.l.w, s.Height/r.l.h)
	d := fyne.NewSize(r.l.w*scale, r.l.h*scale)
	return fyne.NewPos((s.Width-d.Width)/2, (s.Height-d.Height)/2), d
}

func (r *labeledRenderer) Layout(s fyne.Size) {
	r.l.img.Move(fyne.NewPos(0, 0))
	r.l.img.Resize(s)
	at, d := r.drawn(s)
	const dotSize, pad float32 = 12, 6
	for i, lb := range r.l.labels {
		o := r.labels[i]
		x := at.X + float32(lb.X)*d.Width
		y := at.Y + float32(lb.Y)*d.Height
		o.dot.Move(fyne.NewPos(x-dotSize/2, y-dotSize/2))
		o.dot.Resize(fyne.NewSquareSize(dotSize))
		o.dot.Hidden = !lb.Point
		ts := o.text.MinSize()
		tx := x + dotSize
		if !lb.Point {
			tx = x - ts.Width/2 - pad // an area's name, centred on it
		} else if tx+ts.Width+2*pad > at.X+d.Width { // keep the label on the picture
			tx = x - dotSize - ts.Width - 2*pad
		}
		tx = fyne.Max(at.X, fyne.Min(tx, at.X+d.Width-ts.Width-2*pad))
		o.bg.Move(fyne.NewPos(tx, y-ts.Height/2-pad/2))
		o.bg.Resize(fyne.NewSize(ts.Width+2*pad, ts.Height+pad))
		o.text.Move(fyne.NewPos(tx+pad, y-ts.Height/2))
		o.text.Resize(ts)
	}
}

func (r *labeledRenderer) MinSize() fyne.Size { return r.l.MinSize() }
func (r *labeledRenderer) Refresh() {
	for _, o := range r.labels {
		o.text.Color = ColorText
		o.dot.FillColor = ColorWarning
	}
	r.Layout(r.l.Size())
	canvas.Refresh(r.l)
}
func (r *labeledRenderer) Destroy() {}
func (r *labeledRenderer) Objects() []fyne.CanvasObject {
	objs := []fyne.CanvasObject{r.l.img}
	for _, o := range r.labels {
		objs = append(objs, o.bg, o.dot, o.text)
	}
	return objs
}
