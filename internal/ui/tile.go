package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
)

// Tile is a large tappable card: a picture, a title, a period and a summary.
// The whole card is the target, so a visitor cannot miss it.
type Tile struct {
	widget.BaseWidget
	OnTapped func()

	bg      *canvas.Rectangle
	focused bool
	image   *LabeledImage
	title   *widget.Label
	period  *widget.Label
	summary *widget.Label
}

// NewTile makes a tile; img may be nil.
func NewTile(img fyne.Resource, title, period, summary string, tapped func()) *Tile {
	t := &Tile{OnTapped: tapped}
	t.bg = canvas.NewRectangle(ColorSurface)
	t.bg.CornerRadius = 12
	t.image = NewPicture(img, fyne.NewSize(200, 130))
	t.title = NewParagraph(title, SizeHeading, fyne.TextStyle{Bold: true, Italic: true})
	t.period = NewText(period, SizeSmall, fyne.TextStyle{})
	t.period.Importance = widget.WarningImportance
	t.summary = NewParagraph(summary, SizeSmall, fyne.TextStyle{})
	t.ExtendBaseWidget(t)
	return t
}

func (t *Tile) Tapped(*fyne.PointEvent) {
	t.bg.FillColor = ColorSurface
	t.bg.Refresh()
	if t.OnTapped != nil {
		t.OnTapped()
	}
}

// FocusGained, FocusLost, TypedKey and TypedRune let a keyboard reach and
// open a tile (Tab, then Enter or Space).
func (t *Tile) FocusGained() {
	t.focused = true
	t.Refresh()
}

func (t *Tile) FocusLost() {
	t.focused = false
	t.Refresh()
}

func (t *Tile) TypedKey(e *fyne.KeyEvent) {
	switch e.Name {
	case fyne.KeySpace, fyne.KeyReturn, fyne.KeyEnter:
		t.Tapped(nil)
	default:
		if UnhandledKey != nil {
			UnhandledKey(e)
		}
	}
}

func (t *Tile) TypedRune(r rune) {
	if UnhandledRune != nil {
		UnhandledRune(r)
	}
}

// MouseDown and MouseUp give the pressed feedback a finger expects.
func (t *Tile) MouseDown(*desktop.MouseEvent) {
	t.bg.FillColor = ColorPressed
	t.bg.Refresh()
}

func (t *Tile) MouseUp(*desktop.MouseEvent) {
	t.bg.FillColor = ColorSurface
	t.bg.Refresh()
}

// MinSize is fixed: wrapped text would otherwise report the height of one
// word per line before the tile is laid out, and push the window off screen.
func (t *Tile) MinSize() fyne.Size { return fyne.NewSize(180, 160) }

func (t *Tile) CreateRenderer() fyne.WidgetRenderer {
	text := container.NewVBox(t.title, t.period, t.summary)
	body := container.New(&tileLayout{t: t, text: text}, container.NewPadded(t.image), container.NewPadded(text))
	return newRingRenderer(widget.NewSimpleRenderer(container.New(layout.NewStackLayout(), t.bg, body)), &t.focused)
}

// NewText is a one-line label at one of the exhibit's text sizes; if space
// runs out it ends in an ellipsis rather than spilling over its neighbours.
func NewText(s string, size fyne.ThemeSizeName, style fyne.TextStyle) *widget.Label {
	l := widget.NewLabel(s)
	l.Truncation = fyne.TextTruncateEllipsis
	l.SizeName = size
	l.TextStyle = style
	return l
}

// NewParagraph is a label that wraps at word boundaries. Use it only inside
// a container whose size does not come from its content (a page column, a
// tile), since a wrapping label reports a tall minimum before it has a width.
func NewParagraph(s string, size fyne.ThemeSizeName, style fyne.TextStyle) *widget.Label {
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	l.SizeName = size
	l.TextStyle = style
	return l
}

// tileLayout gives the picture the top part of the tile and the text the
// rest, so the titles of neighbouring tiles line up. When the text would
// not fit (a small window, large text) the summary, then the period, give
// way: a tile never spills over its neighbours.
type tileLayout struct {
	t    *Tile
	text *fyne.Container // the column of title, period and summary
}

func (l *tileLayout) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	pic, text := objs[0], objs[1]
	h := s.Height * 0.45
	l.t.summary.Show()
	l.t.period.Show()
	need := func() float32 {
		text.Resize(fyne.NewSize(s.Width, s.Height-h)) // wrapped text knows its height once it has a width
		return text.MinSize().Height
	}
	for _, drop := range []fyne.CanvasObject{l.t.summary, l.t.period} {
		if need() <= s.Height-h {
			break
		}
		drop.Hide()
	}
	// Still too tall (large text): the picture gets smaller, down to nothing.
	if n := need(); n > s.Height-h {
		h = fyne.Max(0, s.Height-n)
		if h < s.Height*0.15 {
			h = 0
		}
	}
	if h == 0 {
		pic.Hide()
	} else {
		pic.Show()
	}
	pic.Move(fyne.NewPos(0, 0))
	pic.Resize(fyne.NewSize(s.Width, h))
	text.Move(fyne.NewPos(0, h))
	text.Resize(fyne.NewSize(s.Width, s.Height-h))
	// A wrapped title knows its height only once it has its width: lay the
	// column out again, or the period is placed under a one-line title.
	l.text.Layout.Layout(l.text.Objects, l.text.Size())
}

func (*tileLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(180, 160) }
