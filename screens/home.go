package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"budapest1956/internal/ui"
)

// homeScreen: the exhibit's title, the sections as large tiles, and the
// language toggle. Controls sit low on the screen, within a seated reach.
func (a *App) homeScreen() fyne.CanvasObject {
	title := ui.NewText(a.text(a.ex.Title), ui.SizeTitle, fyne.TextStyle{Bold: true, Italic: true})
	subtitle := ui.NewText(a.text(a.ex.Subtitle), ui.SizeHeading, fyne.TextStyle{})
	subtitle.Importance = widget.WarningImportance
	header := container.NewVBox(title, subtitle)

	tiles := container.New(&tileGrid{})
	for _, s := range a.ex.Sections {
		id := s.ID
		var img = a.image(s.Image)
		tiles.Add(ui.NewTile(img, a.text(s.Title), a.text(s.Period), a.text(s.Summary), func() { a.ShowSection(id, 0) }))
	}

	prompt := ui.NewText(a.label("choose_section"), ui.SizeHeading, fyne.TextStyle{})
	library := ui.NewButton(a.label("all_sources"), theme.InfoIcon(), a.ShowLibrary)
	footer := container.NewBorder(nil, nil, nil, container.NewHBox(library, a.languageToggle()), prompt)
	if a.notice != "" {
		n := ui.NewText(a.notice, ui.SizeSmall, fyne.TextStyle{})
		n.Importance = widget.WarningImportance
		footer = container.NewVBox(footer, n)
	}
	home := container.NewPadded(container.NewBorder(header, footer, nil, nil, tiles))
	if a.kiosk == nil {
		return home
	}
	// The hidden staff corner over the title: five taps open the PIN pad.
	corner := ui.NewTouchArea(func(fyne.Position) { a.cornerTap() })
	corner.Resize(fyne.NewSquareSize(cornerSize))
	return container.NewStack(home, container.NewWithoutLayout(corner))
}

// tileGrid lays the section tiles in one row on a landscape screen and in
// two columns on a portrait or narrow one, so tiles stay big enough to read.
type tileGrid struct{}

const tileGap float32 = 20

func (g *tileGrid) columns(s fyne.Size, n int) int {
	if n <= 1 {
		return 1
	}
	if s.Width >= 1.5*s.Height && s.Width >= 1200 {
		return n
	}
	return 2
}

func (g *tileGrid) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	n := len(objs)
	if n == 0 {
		return
	}
	cols := g.columns(s, n)
	rows := (n + cols - 1) / cols
	w := (s.Width - tileGap*float32(cols-1)) / float32(cols)
	h := (s.Height - tileGap*float32(rows-1)) / float32(rows)
	for i, o := range objs {
		c, r := i%cols, i/cols
		o.Move(fyne.NewPos(float32(c)*(w+tileGap), float32(r)*(h+tileGap)))
		o.Resize(fyne.NewSize(w, h))
	}
}

func (g *tileGrid) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var m fyne.Size
	for _, o := range objs {
		m = m.Max(o.MinSize())
	}
	// Two columns is the narrowest arrangement.
	cols := float32(2)
	if len(objs) < 2 {
		cols = 1
	}
	rows := float32((len(objs) + 1) / 2)
	return fyne.NewSize(m.Width*cols+tileGap*(cols-1), m.Height*rows+tileGap*(rows-1))
}

var _ fyne.Layout = (*tileGrid)(nil)
