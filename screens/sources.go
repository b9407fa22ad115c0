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
// comes from: the page's sources, the quote's source and the image credit.
func (a *App) showSources(p *content.Page) {
	a.touched()
	rows := []fyne.CanvasObject{ui.NewParagraph(a.label("sources_title"), ui.SizeHeading, fyne.TextStyle{Bold: true, Italic: true})}
	add := func(s string, imp widget.Importance) {
		l := ui.NewParagraph(s, ui.SizeSmall, fyne.TextStyle{})
		l.Importance = imp
		rows = append(rows, l)
	}
	for _, key := range p.Sources {
		if src := a.ex.Sources[key]; src != nil {
			line := "• " + src.Citation()
			if n := a.text(src.Note); n != "" {
				line += " — " + n
			}
			add(line, widget.MediumImportance)
		}
	}
	if q := p.Quote; q != nil {
		line := display.Quoted(a.ex, display.Shorten(q.Text, 50), a.visit.Lang)
		if src := a.ex.Sources[q.Source]; src != nil {
			line += " — " + src.Title
		}
		if q.Certainty != "" {
			line += " (" + display.CertaintyLine(a.ex, q.Certainty, a.visit.Lang) + ")"
		}
		add(line, widget.WarningImportance)
	}
	if img := p.Image; img != nil {
		add(a.label("image_credit")+": "+a.text(img.Alt)+" — "+display.Credit(a.ex, img, a.visit.Lang), widget.MediumImportance)
	}
	closeBtn := ui.NewButton(a.label("close"), theme.CancelIcon(), a.closeOverlays)
	closeBtn.Importance = widget.HighImportance

	panel := container.NewBorder(nil, container.NewHBox(layout.NewSpacer(), closeBtn), nil, nil, container.NewVBox(rows...))

	a.showOverlay(panel, a.closeOverlays)
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
