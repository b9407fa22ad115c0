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
// The pixels come from the shared picture cache (pictures.go), made at the
// size they are shown at.
type LabeledImage struct {
	widget.BaseWidget
	Spoken // the picture's alt text
	res    fyne.Resource
	img    *canvas.Image
	w, h   int // the picture's own size, for its aspect ratio
	min    fyne.Size
	labels []MapLabel
	key    picKey // the pixels img shows, or is waiting for
}

// NewLabeledImage shows res with labels; with no labels it is a plain picture.
func NewLabeledImage(res fyne.Resource, labels []MapLabel) *LabeledImage {
	return newLabeledImage(res, labels, fyne.NewSize(120, 80))
}

// NewPicture is a plain picture, scaled to fit, never smaller than min.
func NewPicture(res fyne.Resource, min fyne.Size) *LabeledImage {
	return newLabeledImage(res, nil, min)
}

func newLabeledImage(res fyne.Resource, labels []MapLabel, min fyne.Size) *LabeledImage {
	l := &LabeledImage{res: res, img: &canvas.Image{}, labels: labels, min: min}
	l.img.FillMode = canvas.ImageFillStretch // the pixels are made at the drawn size
	l.img.ScaleMode = canvas.ImageScaleFastest
	if res != nil {
		if cfg, _, err := image.DecodeConfig(bytes.NewReader(res.Content())); err == nil {
			l.w, l.h = cfg.Width, cfg.Height
		} else {
			logPictureError(res.Name(), err)
		}
	}
	l.ExtendBaseWidget(l)
	return l
}

func (l *LabeledImage) MinSize() fyne.Size { return l.min }

// show asks for the pixels of a picture drawn d big: at once if they are
// cached (or SyncPictures is on), else when a background job has made them.
// Until then the previous pixels, if any, stay stretched over the new size.
func (l *LabeledImage) show(d fyne.Size) {
	if l.res == nil || l.w == 0 || l.h == 0 {
		return
	}
	scale := float32(1)
	if c := fyne.CurrentApp().Driver().CanvasForObject(l); c != nil {
		scale = c.Scale()
	}
	k, ok := pictureKey(l.res, d.Width*scale, d.Height*scale, l.w, l.h)
	if !ok || k == l.key {
		return
	}
	l.key = k
	waiting.Lock()
	delete(waiting.m, l) // a picture of another size is no longer waited for
	waiting.Unlock()
	if img := pictures.cached(k); img != nil {
		l.setPixels(img)
		return
	}
	if SyncPictures {
		img, err := pictures.get(l.res, k)
		l.done(k, img, err)
		return
	}
	waiting.Lock()
	waiting.m[l] = true
	waiting.Unlock()
	do := uiDo // read here, on the UI goroutine: a test swaps it
	pictures.start(l.res, k, func(img *image.RGBA, err error) {
		do(func() { l.done(k, img, err) })
	})
}

// done shows the pixels made for k, on the UI goroutine; once only, if
// WaitPictures showed them first.
func (l *LabeledImage) done(k picKey, img *image.RGBA, err error) {
	if k != l.key { // the picture has been resized since
		return
	}
	waiting.Lock()
	delete(waiting.m, l)
	waiting.Unlock()
	if err != nil {
		logPictureError(l.res.Name(), err)
		return
	}
	if l.img.Image != image.Image(img) {
		l.setPixels(img)
	}
}

func (l *LabeledImage) setPixels(img *image.RGBA) {
	l.img.Image = img
	l.img.Refresh()
}

func (l *LabeledImage) CreateRenderer() fyne.WidgetRenderer {
	r := &labeledRenderer{l: l}
	for _, lb := range l.labels {
		t := canvas.NewText(lb.Text, Colors().Text)
		t.TextSize = theme.Size(SizeSmall)
		t.TextStyle = fyne.TextStyle{Bold: true}
		bg := canvas.NewRectangle(color.NRGBA{0, 0, 0, 0xb0})
		bg.CornerRadius = 6
		dot := canvas.NewCircle(Colors().Warning)
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

// drawn is where the picture goes inside s: as large as fits, centred.
func (r *labeledRenderer) drawn(s fyne.Size) (fyne.Position, fyne.Size) {
	if r.l.w == 0 || r.l.h == 0 || s.Width == 0 || s.Height == 0 {
		return fyne.NewPos(0, 0), s
	}
	w, h := float32(r.l.w), float32(r.l.h)
	scale := fyne.Min(s.Width/w, s.Height/h)
	d := fyne.NewSize(w*scale, h*scale)
	return fyne.NewPos((s.Width-d.Width)/2, (s.Height-d.Height)/2), d
}

func (r *labeledRenderer) Layout(s fyne.Size) {
	at, d := r.drawn(s)
	r.l.img.Move(at)
	r.l.img.Resize(d)
	// Fyne's software painter fails on an empty picture (the GL one skips it).
	r.l.img.Hidden = d.Width < 1 || d.Height < 1
	r.l.show(d)
	const dotSize, pad float32 = 12, 6
	// Places (with a dot) are labelled first, then areas and arrows; an
	// area's label that would cover one already placed moves a line up or
	// down, or is left out at this size (a small window): no text is ever
	// drawn over another.
	var placed []rectangle
	for _, points := range []bool{true, false} {
		for i, lb := range r.l.labels {
			if lb.Point != points {
				continue
			}
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
			box := rectangle{fyne.NewPos(tx, y-ts.Height/2-pad/2), fyne.NewSize(ts.Width+2*pad, ts.Height+pad)}
			// A place's label never covers its own dot: one too long for
			// either side of it (kept on the picture, it would be drawn over
			// the dot) is placed like one covering another label.
			dot := rectangle{fyne.NewPos(x-dotSize/2, y-dotSize/2), fyne.NewSquareSize(dotSize)}
			covers := func(b rectangle) bool {
				if lb.Point && b.overlaps(dot) {
					return true
				}
				for _, p := range placed {
					if p.overlaps(b) {
						return true
					}
				}
				return false
			}
			// Where it would cover another, an area's label moves up or
			// down a line or two, staying on the picture. A place's label
			// tries the other side of its dot, then a line above or below
			// on either side; a place is always named, so if every spot is
			// taken it keeps the first.
			hidden := covers(box)
			if hidden && lb.Point {
				left := x - dotSize - ts.Width - 2*pad
				right := x + dotSize
				first := box
				for _, c := range []struct{ x, dy float32 }{{left, 0}, {right, -1}, {right, 1}, {left, -1}, {left, 1}} {
					b := box
					b.pos.X = fyne.Max(at.X, fyne.Min(c.x, at.X+d.Width-ts.Width-2*pad))
					b.pos.Y += c.dy * (box.size.Height*0.5 + dotSize/2)
					if b.pos.Y >= at.Y && b.pos.Y+b.size.Height <= at.Y+d.Height && !covers(b) {
						box, hidden = b, false
						break
					}
				}
				if hidden {
					box, hidden = first, false
				}
				tx = box.pos.X
			}
			for step := float32(1); hidden && !lb.Point && step <= 2; step++ {
				for _, dir := range []float32{1, -1} {
					b := box
					b.pos.Y += dir * step * box.size.Height
					if b.pos.Y >= at.Y && b.pos.Y+b.size.Height <= at.Y+d.Height && !covers(b) {
						box, hidden = b, false
						break
					}
				}
			}
			o.bg.Move(box.pos)
			o.bg.Resize(box.size)
			o.text.Move(fyne.NewPos(tx+pad, box.pos.Y+pad/2))
			o.text.Resize(ts)
			o.bg.Hidden, o.text.Hidden = hidden, hidden
			if !hidden {
				placed = append(placed, box)
			}
		}
	}
}

// rectangle is a label's box on the picture.
type rectangle struct {
	pos  fyne.Position
	size fyne.Size
}

func (a rectangle) overlaps(b rectangle) bool {
	return a.pos.X < b.pos.X+b.size.Width && b.pos.X < a.pos.X+a.size.Width &&
		a.pos.Y < b.pos.Y+b.size.Height && b.pos.Y < a.pos.Y+a.size.Height
}

func (r *labeledRenderer) MinSize() fyne.Size { return r.l.MinSize() }
func (r *labeledRenderer) Refresh() {
	for _, o := range r.labels {
		o.text.Color = Colors().Text
		o.dot.FillColor = Colors().Warning
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

// uiDo runs work on the UI goroutine (tests queue it instead).
var uiDo = fyne.Do
