package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"budapest1956/internal/content"
	"budapest1956/internal/display"
	"budapest1956/internal/ui"
)

// showSources lays an overlay over the page listing where everything on it
// comes from: the sources of each of its blocks (display.PageSources), under
// a heading per kind of block. A list taller than the window is cut into
// screenfuls, turned with the overlay's own Previous and Next.
func (a *App) showSources(p *content.Page) {
	a.touched()
	var rows []fyne.CanvasObject
	for _, g := range display.PageSources(a.ex, p, a.visit.Lang) {
		for i, line := range g.Lines {
			text := "• " + line.Text
			if line.URL != "" {
				text += " — " + line.URL
			}
			if line.Note != "" {
				text += " — " + line.Note
			}
			l := ui.NewParagraph(text, ui.SizeSmall, fyne.TextStyle{})
			if i > 0 || g.Heading == "" {
				rows = append(rows, l)
				continue
			}
			// A heading stays with its first source: never alone at the
			// foot of a screenful.
			var head []fyne.CanvasObject
			head = append(head, ui.NewParagraph(g.Heading, ui.SizeSmall, fyne.TextStyle{Bold: true}))
			if g.Kind == "quote" && p.Quote != nil {
				head = append(head, a.quoteSourceLine(p.Quote))
			}
			rows = append(rows, container.NewVBox(append(head, l)...))
		}
	}
	title := ui.NewParagraph(a.label("sources_title"), ui.SizeHeading, fyne.TextStyle{Bold: true, Italic: true})
	sp := &sourcesPanel{a: a, title: title, rows: rows}
	sp.box = &fyne.Container{Layout: sp}
	sp.box.Objects = sp.objects(fyne.Size{})
	a.showOverlay(sp.box, a.closeOverlays)
}

// quoteSourceLine is the page's quotation, shortened, with its certainty:
// which words the quotation's sources below are for.
func (a *App) quoteSourceLine(q *content.Quote) fyne.CanvasObject {
	text, _ := q.In(a.visit.Lang)
	line := display.Quoted(a.ex, display.Shorten(text, 50), a.visit.Lang)
	if q.Certainty != "" {
		line += " (" + display.CertaintyLine(a.ex, q.Certainty, a.visit.Lang) + ")"
	}
	l := ui.NewParagraph(line, ui.SizeSmall, fyne.TextStyle{})
	l.Importance = widget.WarningImportance
	return l
}

// sourcesPanel is the sources overlay's content: the title, a screenful of
// sources and a bar (Previous, "Page n of m", Next when there are several
// screenfuls; Close). Like the pager, it cuts the list again when, and only
// when, the room it is given no longer holds its screenfuls.
type sourcesPanel struct {
	a     *App
	title fyne.CanvasObject
	rows  []fyne.CanvasObject
	box   *fyne.Container
	pages [][]int
	view  int
	cutW  float32 // the width of the cut
	room  float32 // the height the cut was made for
	need  float32 // the tallest screenful with the title and the bar
}

// objects are the panel's title, its screenful at width w and its bar.
func (sp *sourcesPanel) objects(s fyne.Size) []fyne.CanvasObject {
	var shown []fyne.CanvasObject
	if sp.pages == nil {
		shown = sp.rows
	} else {
		for _, i := range sp.pages[sp.view] {
			shown = append(shown, sp.rows[i])
		}
	}
	return []fyne.CanvasObject{sp.title, container.NewVBox(shown...), sp.bar(s.Width)}
}

// bar is Close, and with several screenfuls the overlay's own paging; on
// a narrow panel Previous and Next give up their words, keeping their
// icons and spoken names.
func (sp *sourcesPanel) bar(w float32) fyne.CanvasObject {
	a := sp.a
	closeBtn := ui.NewButton(a.label("close"), theme.CancelIcon(), a.closeOverlays)
	closeBtn.Importance = widget.HighImportance
	n := len(sp.pages)
	if n <= 1 {
		return container.NewHBox(layout.NewSpacer(), closeBtn)
	}
	prev := ui.NewButton(a.label("previous"), theme.NavigateBackIcon(), func() { sp.turn(-1) })
	if sp.view == 0 {
		prev.Disable()
	}
	next := ui.NewButton(a.label("next"), theme.NavigateNextIcon(), func() { sp.turn(1) })
	next.IconPlacement = widget.ButtonIconTrailingText
	if sp.view >= n-1 {
		next.Disable()
	}
	counter := ui.NewText(display.PageOf(a.ex, sp.view+1, n, a.visit.Lang), ui.SizeBar, fyne.TextStyle{})
	counter.Truncation = fyne.TextTruncateOff
	mid := container.NewVBox(layout.NewSpacer(), counter, layout.NewSpacer())
	row := container.NewHBox(prev, mid, next, layout.NewSpacer(), closeBtn)
	if w > 0 && row.MinSize().Width > w {
		prev.SetText("")
		next.SetText("")
	}
	return row
}

// turn shows the screenful by steps after the one on show.
func (sp *sourcesPanel) turn(by int) {
	sp.a.touched()
	sp.view = clamp(sp.view+by, 0, len(sp.pages)-1)
	sp.box.Objects = sp.objects(sp.box.Size())
	sp.place(sp.box.Objects, sp.box.Size())
	sp.box.Refresh()
	sp.a.announceOverlay(sp.box)
}

func (sp *sourcesPanel) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	if sp.pages == nil || s.Width != sp.cutW || s.Height > sp.room || s.Height < sp.need {
		sp.cut(s)
		sp.box.Objects = sp.objects(s)
		objs = sp.box.Objects
	}
	sp.place(objs, s)
}

// cut groups the sources into screenfuls that fit s under the title and
// above the bar.
func (sp *sourcesPanel) cut(s fyne.Size) {
	pad := theme.Padding()
	sp.cutW, sp.room = s.Width, s.Height
	titleH := ui.Measure(sp.title, s.Width)
	barH := sp.bar(s.Width).MinSize().Height
	if len(sp.rows) > 0 && sp.total(s.Width) > s.Height-titleH-2*pad-barH {
		// Several screenfuls: the bar with its paging (as tall as Close).
		sp.pages = [][]int{{}, {}}
		barH = sp.bar(s.Width).MinSize().Height
	}
	sp.pages = fill(sp.rows, s.Width, s.Height-titleH-2*pad-barH, pad)
	sp.view = clamp(sp.view, 0, len(sp.pages)-1)
	sp.need = 0
	for _, pg := range sp.pages {
		h := float32(0)
		for k, i := range pg {
			if k > 0 {
				h += pad
			}
			h += ui.Measure(sp.rows[i], s.Width)
		}
		sp.need = fyne.Max(sp.need, h)
	}
	sp.need += titleH + 2*pad + barH
}

// total is the height of every row at width w.
func (sp *sourcesPanel) total(w float32) float32 {
	h := float32(0)
	for k, r := range sp.rows {
		if k > 0 {
			h += theme.Padding()
		}
		h += ui.Measure(r, w)
	}
	return h
}

// place puts the title at the top, the screenful under it, the bar at the
// foot.
func (sp *sourcesPanel) place(objs []fyne.CanvasObject, s fyne.Size) {
	pad := theme.Padding()
	title, body, bar := objs[0], objs[1], objs[2]
	th := ui.Measure(title, s.Width)
	title.Move(fyne.NewPos(0, 0))
	bh := bar.MinSize().Height
	bar.Resize(fyne.NewSize(s.Width, bh))
	bar.Move(fyne.NewPos(0, s.Height-bh))
	body.Move(fyne.NewPos(0, th+pad))
	body.Resize(fyne.NewSize(s.Width, fyne.Max(s.Height-th-bh-2*pad, 0)))
}

// MinSize is the tallest screenful with the title and the bar at the width
// the panel has, so turning a page does not change the overlay's height.
func (sp *sourcesPanel) MinSize([]fyne.CanvasObject) fyne.Size {
	w := sp.box.Size().Width
	if w <= 0 {
		return fyne.NewSize(600, 400)
	}
	if sp.pages == nil || w != sp.cutW {
		pad := theme.Padding()
		return fyne.NewSize(0, ui.Measure(sp.title, w)+2*pad+sp.total(w)+sp.bar(w).MinSize().Height)
	}
	return fyne.NewSize(0, sp.need)
}

// showOverlay dims the screen and shows panel in the middle; a tap on the
// dimmed part calls outside (usually: close it, as visitors expect).
func (a *App) showOverlay(panel fyne.CanvasObject, outside func()) {
	c := a.win.Canvas()
	dim := ui.NewBackdrop(outside)
	dim.Spoken.Spoken = a.label("close")
	card := canvas.NewRectangle(ui.Colors().Surface)
	card.CornerRadius = 14
	card.StrokeColor = ui.Colors().Line
	card.StrokeWidth = 2
	framed := container.NewStack(card, container.NewPadded(container.NewPadded(panel)))
	var o fyne.CanvasObject = container.New(&overlayLayout{low: a.visit.Access.Reach}, dim, framed)
	if a.visit.AudioMode && a.audio.speech != nil {
		// Touch and hear on the overlay too.
		o = container.NewStack(o, ui.NewHearLayer(a.heardAt, a.activateAt))
	}
	o.Resize(c.Size())
	c.Overlays().Add(o)
	a.announceOverlay(panel)
}

// overlayLayout stretches the backdrop and centres the panel at up to 80%
// of the width; low puts it at the bottom, within a seated visitor's reach.
type overlayLayout struct{ low bool }

func (l overlayLayout) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(s)
	w := fyne.Min(fyne.Max(s.Width*0.8, 600), s.Width)
	// Wrapped text knows its height only once it has a width: size twice.
	objs[1].Resize(fyne.NewSize(w, s.Height))
	h := fyne.Min(objs[1].MinSize().Height, s.Height)
	y := (s.Height - h) / 2
	if l.low {
		y = s.Height - h
	}
	objs[1].Move(fyne.NewPos((s.Width-w)/2, y))
	objs[1].Resize(fyne.NewSize(w, h))
}

func (overlayLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(600, 400) }
