package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Paper styles for reconstructed documents.
const (
	PaperTelex   = "telex"   // pale yellow teleprinter roll with sprocket holes
	PaperLeaflet = "leaflet" // off-white duplicated sheet
)

// Ink is the colour of type on paper: near-black on both papers, in both
// palettes (the paper stays light in high contrast too).
var Ink = color.NRGBA{0x1e, 0x1b, 0x18, 0xff}

func paperColor(style string) color.NRGBA {
	if style == PaperTelex {
		return color.NRGBA{0xf1, 0xea, 0xc8, 0xff}
	}
	return color.NRGBA{0xee, 0xeb, 0xe3, 0xff}
}

// inkTheme is the current theme with ink for its text colour, for text
// set on paper.
type inkTheme struct{ fyne.Theme }

func (t inkTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if n == theme.ColorNameForeground {
		return Ink
	}
	return t.Theme.Color(n, v)
}

// OnPaper sets content in ink (its labels keep the exhibit's text sizes,
// so they grow in large-text mode).
func OnPaper(content fyne.CanvasObject) fyne.CanvasObject {
	return container.NewThemeOverride(content, inkTheme{fyne.CurrentApp().Settings().Theme()})
}

// Paper is a sheet of a style with content set on it, inset from its
// edges; a telex roll has a row of sprocket holes down each side.
type Paper struct {
	widget.BaseWidget
	Spoken  // what the document is; empty: its text is read
	Style   string
	Content fyne.CanvasObject
	Width   float32 // when known (a page's column), MinSize is the height the content needs there
}

func NewPaper(style string, content fyne.CanvasObject) *Paper {
	p := &Paper{Style: style, Content: content}
	p.ExtendBaseWidget(p)
	return p
}

// margin is the inset of the content: room for the sprocket holes.
func (p *Paper) margin() float32 {
	if p.Style == PaperTelex {
		return theme.Size(SizeSmall) * 1.6
	}
	return theme.Size(SizeSmall)
}

// MinSize is the content's with the margins.
func (p *Paper) MinSize() fyne.Size {
	m := p.margin()
	if p.Width > 2*m {
		return fyne.NewSize(p.Width, Measure(p.Content, p.Width-2*m)+2*m)
	}
	return p.Content.MinSize().Add(fyne.NewSize(2*m, 2*m))
}

func (p *Paper) CreateRenderer() fyne.WidgetRenderer {
	sheet := canvas.NewRectangle(paperColor(p.Style))
	sheet.CornerRadius = 3
	return &paperRenderer{p: p, sheet: sheet}
}

type paperRenderer struct {
	p     *Paper
	sheet *canvas.Rectangle
	holes []fyne.CanvasObject
	for_  fyne.Size
}

func (r *paperRenderer) Layout(s fyne.Size) {
	m := r.p.margin()
	r.sheet.Resize(s)
	r.p.Content.Move(fyne.NewPos(m, m))
	r.p.Content.Resize(fyne.NewSize(s.Width-2*m, s.Height-2*m))
	if r.p.Style != PaperTelex || s == r.for_ {
		return
	}
	// The holes are made once per size, not per frame.
	r.for_ = s
	r.holes = nil
	d := m * 0.4
	step := d * 2.5
	for y := step / 2; y+d < s.Height; y += step {
		for _, x := range []float32{(m - d) / 2, s.Width - (m+d)/2} {
			c := canvas.NewCircle(Colors().Background)
			c.Resize(fyne.NewSize(d, d))
			c.Move(fyne.NewPos(x, y))
			r.holes = append(r.holes, c)
		}
	}
}

func (r *paperRenderer) MinSize() fyne.Size { return r.p.MinSize() }
func (r *paperRenderer) Refresh() {
	r.for_ = fyne.Size{}
	r.Layout(r.p.Size())
	canvas.Refresh(r.p)
}
func (r *paperRenderer) Destroy() {}
func (r *paperRenderer) Objects() []fyne.CanvasObject {
	return append([]fyne.CanvasObject{r.sheet, r.p.Content}, r.holes...)
}
