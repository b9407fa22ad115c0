package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
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
	text    *fyne.Container // title, period and summary, padded
	body    *fyne.Container // picture over text (tileLayout)
	picture float32         // the picture's height from SetPictureHeight; < 0: the tile decides
}

// NewTile makes a tile; img may be nil.
func NewTile(img fyne.Resource, title, period, summary string, tapped func()) *Tile {
	t := &Tile{OnTapped: tapped, picture: -1}
	t.bg = canvas.NewRectangle(Colors().Surface)
	t.bg.CornerRadius = 12
	t.image = NewPicture(img, fyne.NewSize(200, 130))
	t.title = NewParagraph(title, SizeHeading, fyne.TextStyle{Bold: true, Italic: true})
	t.period = NewParagraph(period, SizeTile, fyne.TextStyle{})
	t.period.Importance = widget.WarningImportance
	t.summary = NewParagraph(summary, SizeTile, fyne.TextStyle{})
	t.text = container.NewPadded(container.New(tileTextLayout{}, t.title, t.period, t.summary))
	t.body = container.New(&tileLayout{t: t}, container.NewPadded(t.image), t.text)
	t.ExtendBaseWidget(t)
	return t
}

func (t *Tile) Tapped(*fyne.PointEvent) {
	t.bg.FillColor = Colors().Surface
	t.bg.Refresh()
	if t.OnTapped != nil {
		t.OnTapped()
	}
}

// FocusGained, FocusLost, TypedKey and TypedRune let a keyboard reach and
// open a tile (Tab, then Enter or Space).
func (t *Tile) FocusGained() {
	t.focused = true
	focusGained(t)
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
	t.bg.FillColor = Colors().Pressed
	t.bg.Refresh()
}

func (t *Tile) MouseUp(*desktop.MouseEvent) {
	t.bg.FillColor = Colors().Surface
	t.bg.Refresh()
}

// MinSize is fixed: wrapped text would otherwise report the height of one
// word per line before the tile is laid out, and push the window off screen.
func (t *Tile) MinSize() fyne.Size { return fyne.NewSize(180, 160) }

func (t *Tile) CreateRenderer() fyne.WidgetRenderer {
	return newRingRenderer(widget.NewSimpleRenderer(container.New(layout.NewStackLayout(), t.bg, t.body)), &t.focused)
}

// Picture sizes, as shares of the tile's height.
const (
	tilePictureMax = 0.6  // a picture the tile's full width is at most this tall
	tilePictureMin = 0.15 // below this the picture goes altogether

	// For the summary a full-width picture shrinks to this share of its
	// height (and width), no further.
	tilePictureGive = 0.4
)

// PictureHeight is how tall this tile's picture can be at size s and
// still leave its texts their room: the tile's full width at the
// picture's own proportions (at most 60 % of the tile). When the texts
// need more (large text), the picture gives way down to two fifths of that
// for the summary, then further for the title and the dates, and below 15 % of
// the tile it goes.
func (t *Tile) PictureHeight(s fyne.Size) float32 {
	full := fyne.Min(t.fullWidthPicture(s.Width), s.Height*tilePictureMax)
	h := full
	if n := t.textNeed(s.Width, true, true); n > s.Height-h {
		h = fyne.Max(full*tilePictureGive, s.Height-n)
	}
	if n := t.textNeed(s.Width, true, false); n > s.Height-h {
		h = fyne.Max(0, s.Height-n)
	}
	if h < s.Height*tilePictureMin {
		h = 0
	}
	return h
}

// fullWidthPicture is the height of the picture (with its padding) drawn
// the whole width w of the tile.
func (t *Tile) fullWidthPicture(w float32) float32 {
	pad := theme.Padding()
	if t.image.w <= 0 || t.image.h <= 0 {
		return (w - 2*pad) * 2 / 3
	}
	return (w-2*pad)*float32(t.image.h)/float32(t.image.w) + 2*pad
}

// SetPictureHeight gives the picture height h (at most its usual share), so
// a row of tiles can share one and line their titles up.
func (t *Tile) SetPictureHeight(h float32) {
	if h == t.picture {
		return
	}
	t.picture = h
	if s := t.body.Size(); s.Width > 0 && s.Height > 0 {
		t.body.Layout.Layout(t.body.Objects, s)
	}
}

// textNeed is the height of the text column at width w with or without
// the period and the summary. It leaves the column as it found it: the
// grid asks every tile (PictureHeight) without laying it out again, and a
// summary left hidden by a question would be missing from the next frame.
func (t *Tile) textNeed(w float32, period, summary bool) float32 {
	ph, sh, size := t.period.Hidden, t.summary.Hidden, t.text.Size()
	t.period.Hidden, t.summary.Hidden = !period, !summary
	need := Measure(t.text, w)
	t.period.Hidden, t.summary.Hidden = ph, sh
	t.text.Resize(size)
	return need
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

// Measure returns the height o needs at width w. Wrapped text knows its
// height only once it has a width, so lay out twice.
func Measure(o fyne.CanvasObject, w float32) float32 {
	o.Resize(fyne.NewSize(w, 4000))
	o.Resize(fyne.NewSize(w, o.MinSize().Height))
	return o.MinSize().Height
}

// tileLayout gives the picture the top part of the tile and the text the
// rest, so the titles of neighbouring tiles line up. When the text would
// not fit (large text) the picture shrinks to two fifths of its width, then the
// summary gives way, then the picture shrinks further, and the period goes
// last: a tile never spills over
// its neighbours, and a visitor keeps the dates.
type tileLayout struct{ t *Tile }

func (l *tileLayout) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	t := l.t
	pic := objs[0]
	h := t.PictureHeight(s)
	if t.picture >= 0 {
		h = fyne.Min(h, t.picture)
	}
	room := s.Height - h
	period := t.textNeed(s.Width, true, false) <= room
	summary := period && t.textNeed(s.Width, true, true) <= room
	t.period.Hidden, t.summary.Hidden = !period, !summary
	if h == 0 {
		pic.Hide()
	} else {
		pic.Show()
	}
	pic.Move(fyne.NewPos(0, 0))
	pic.Resize(fyne.NewSize(s.Width, h))
	t.text.Move(fyne.NewPos(0, h))
	t.text.Resize(fyne.NewSize(s.Width, room))
	// A wrapped title knows its height only once it has its width: lay the
	// column out again, or the period is placed under a one-line title.
	col := t.text.Objects[0].(*fyne.Container)
	col.Layout.Layout(col.Objects, col.Size())
}

// tileTextLayout stacks the tile's title, period and summary at their
// wrapped heights, one inner padding apart: each label pads its text above
// and below, and a VBox would add its own gap to the two (40 px between
// the title and the dates on the kiosk, room a summary needs).
type tileTextLayout struct{}

func (tileTextLayout) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	overlap := theme.InnerPadding()
	y := float32(0)
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		o.Resize(fyne.NewSize(s.Width, o.Size().Height)) // wraps at the width
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(s.Width, h))
		y += h - overlap
	}
}

func (tileTextLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w, h float32
	n := 0
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		w, h = fyne.Max(w, m.Width), h+m.Height
		n++
	}
	if n > 1 {
		h -= float32(n-1) * theme.InnerPadding()
	}
	return fyne.NewSize(w, h)
}

func (*tileLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(180, 160) }
