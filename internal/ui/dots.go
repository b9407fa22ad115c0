package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
)

// Dots shows where the visitor is in a sequence of pages. It is a display,
// not a control: the big previous/next buttons and swipes move between pages.
type Dots struct {
	widget.BaseWidget
	Spoken
	count, current int
}

const dotSize, dotGap float32 = 16, 14

// NewDots shows count dots with the current one (0-based) filled.
func NewDots(count, current int) *Dots {
	d := &Dots{count: count, current: current}
	d.ExtendBaseWidget(d)
	return d
}

func (d *Dots) CreateRenderer() fyne.WidgetRenderer {
	r := &dotsRenderer{d: d}
	for i := 0; i < d.count; i++ {
		c := canvas.NewCircle(Colors().Line)
		c.StrokeColor = Colors().Muted
		c.StrokeWidth = 2
		if i == d.current {
			c.FillColor = Colors().Text
		}
		r.dots = append(r.dots, c)
	}
	return r
}

type dotsRenderer struct {
	d    *Dots
	dots []*canvas.Circle
}

func (r *dotsRenderer) Layout(s fyne.Size) {
	width := r.width()
	// Too many pages for the room: the page counter beside says it all.
	show := width <= s.Width
	for _, c := range r.dots {
		c.Hidden = !show
	}
	x := (s.Width - width) / 2
	y := (s.Height - dotSize) / 2
	for _, c := range r.dots {
		c.Move(fyne.NewPos(x, y))
		c.Resize(fyne.NewSquareSize(dotSize))
		x += dotSize + dotGap
	}
}

// MinSize asks for no width: with too little room the dots hide, and a bar
// must not be pushed wider (or overflow its buttons) for them.
func (r *dotsRenderer) MinSize() fyne.Size { return fyne.NewSize(0, dotSize) }

// width is what all the dots need.
func (r *dotsRenderer) width() float32 {
	n := float32(len(r.dots))
	if n == 0 {
		return 0
	}
	return n*dotSize + (n-1)*dotGap
}

// DotsFit is the most dots worth drawing; beyond it only the counter shows.
const DotsFit = 20

func (r *dotsRenderer) Refresh() {}
func (r *dotsRenderer) Destroy() {}
func (r *dotsRenderer) Objects() []fyne.CanvasObject {
	out := make([]fyne.CanvasObject, len(r.dots))
	for i, c := range r.dots {
		out[i] = c
	}
	return out
}
