package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"budapest1956/internal/content"
	"budapest1956/internal/ui"
)

// PrefetchHome starts decoding the home screen's pictures in the background
// (ui.PrefetchPictures), for main to call as soon as the exhibit is loaded:
// they are then ready, or nearly, when New lays out the home screen, and
// its first frame can show them (ui.WaitPictures).
func PrefetchHome(ex *content.Exhibit) {
	var res []fyne.Resource
	for _, s := range ex.Sections {
		if s.Image == nil {
			continue
		}
		data, err := ex.ReadFile(s.Image.File)
		if err != nil {
			continue // App.image logs it when home is built
		}
		res = append(res, fyne.NewStaticResource(s.Image.File, data))
	}
	ui.PrefetchPictures(res...)
}

// homeScreen: the exhibit's title, the sections as large tiles, and the
// language toggle. Controls sit low on the screen, within a seated reach.
type homeScreen struct{ a *App }

func (h *homeScreen) state() string { return "home" }

func (h *homeScreen) place() string { return h.a.label("audio_where_home") }

func (h *homeScreen) build() fyne.CanvasObject {
	a := h.a
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
	libLabel := a.label("all_sources")
	if a.compact() {
		libLabel = a.label("sources")
	}
	library := ui.NewButton(libLabel, theme.InfoIcon(), a.ShowLibrary)
	radio := ui.NewButton(a.label("radio"), theme.MediaPlayIcon(), a.ShowRadio)
	bar := container.NewHBox(radio, library, a.accessBar(), a.languageToggle())
	if bar.MinSize().Width > a.win.Canvas().Size().Width-4*theme.Padding() { // the screen's and the stack's padding
		// Too wide for a small window: Radio and Sources keep their icons
		// and give up their words (a second row would take the tiles' room).
		radio.SetText("")
		library.SetText("")
	}
	var hint fyne.CanvasObject = prompt
	// The footer sits in the screen's padding and the stack's: what is left
	// of the window must hold the prompt beside the bar.
	room := a.win.Canvas().Size().Width - bar.MinSize().Width - 4*theme.Padding()
	if ui.FullWidth(prompt.Text, prompt.SizeName, prompt.TextStyle) > room {
		// The bar leaves the prompt too little room (a narrow window, a long
		// wording): it goes under the subtitle, where it has the full width,
		// unless large text on a landscape screen needs that line for the
		// tiles' summaries.
		if a.visit.Access.TextScale == 1 || a.win.Canvas().Size().Height >= 1200 {
			header.Add(prompt)
		}
		hint = nil
	}
	footer := container.NewBorder(nil, nil, nil, bar, hint)
	if a.notice != "" {
		n := ui.NewText(a.notice, ui.SizeSmall, fyne.TextStyle{})
		n.Importance = widget.WarningImportance
		footer = container.NewVBox(footer, n)
	}
	var middle fyne.CanvasObject = tiles
	if a.visit.Access.Reach {
		middle = container.New(&lowerLayout{}, tiles) // tiles within a seated reach
	}
	home := container.NewPadded(container.NewBorder(header, footer, nil, nil, middle))
	if a.kiosk == nil {
		return home
	}
	// The hidden staff corner over the title: five taps open the PIN pad.
	corner := ui.NewTouchArea(func(fyne.Position) { a.cornerTap() })
	corner.Staff = true
	corner.Resize(fyne.NewSquareSize(cornerSize))
	return container.NewStack(home, container.NewWithoutLayout(corner))
}

// tileGrid lays the section tiles in one row on a landscape screen and in
// two columns on a portrait or narrow one, so tiles stay big enough to read.
type tileGrid struct{}

const tileGapPx float32 = 20

func tileGap() float32 { return ui.Dp(tileGapPx) }

func (g *tileGrid) columns(s fyne.Size, n int) int {
	if n <= 1 {
		return 1
	}
	// One row only when the tiles stay wide enough for their titles (a
	// portrait panel in reach mode gives the tiles a wide, low strip).
	minWidth := 270 * min(theme.Size(ui.SizeHeading)/38, 1.25)
	if s.Width >= 1.2*s.Height && s.Width/float32(n) >= minWidth {
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
	w := (s.Width - tileGap()*float32(cols-1)) / float32(cols)
	h := (s.Height - tileGap()*float32(rows-1)) / float32(rows)
	// One picture height for all tiles, the smallest any tile needs, so
	// their titles line up.
	pic := h
	for _, o := range objs {
		if t, ok := o.(*ui.Tile); ok {
			pic = fyne.Min(pic, t.PictureHeight(fyne.NewSize(w, h)))
		}
	}
	for i, o := range objs {
		c, r := i%cols, i/cols
		o.Move(fyne.NewPos(float32(c)*(w+tileGap()), float32(r)*(h+tileGap())))
		if t, ok := o.(*ui.Tile); ok {
			t.SetPictureHeight(pic)
		}
		o.Resize(fyne.NewSize(w, h))
	}
}

func (g *tileGrid) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var m fyne.Size
	for _, o := range objs {
		m = m.Max(o.MinSize())
	}
	// The window may be short or narrow: ask for the smaller of one row
	// and two columns in each direction.
	n := float32(len(objs))
	cols := fyne.Min(n, 2)
	rows := float32((len(objs) + 1) / 2)
	return fyne.NewSize(m.Width*cols+tileGap()*(cols-1), m.Height*fyne.Min(rows, 1))
}

var _ fyne.Layout = (*tileGrid)(nil)

// lowerLayout puts its content in the lower part of the space, for reach mode.
type lowerLayout struct{}

// reachTop is how far down the screen controls start in reach mode.
const reachTop = 0.55

func (lowerLayout) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	c := objs[0]
	top := s.Height * reachTop
	if min := c.MinSize().Height; s.Height-top < min {
		top = fyne.Max(0, s.Height-min)
	}
	c.Move(fyne.NewPos(0, top))
	c.Resize(fyne.NewSize(s.Width, s.Height-top))
}

func (lowerLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }
