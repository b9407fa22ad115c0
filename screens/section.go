package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"budapest1956/internal/content"
	"budapest1956/internal/ui"
)

// sectionScreen shows one page of a section: a top bar (home, section name,
// language), the page itself (swipe to turn), and a bottom bar with the big
// previous/next buttons, page dots and the sources button.
func (a *App) sectionScreen(s *content.Section, i int) fyne.CanvasObject {
	p := s.Pages[i]

	home := ui.NewButton(a.label("home"), theme.HomeIcon(), a.ShowHome)
	name := ui.NewText(a.text(s.Title)+"  ·  "+a.text(s.Period), ui.SizeSmall, fyne.TextStyle{})
	name.Importance = widget.WarningImportance
	top := container.NewBorder(nil, nil, home, a.languageToggle(), name)

	prev := ui.NewButton(a.label("previous"), theme.NavigateBackIcon(), a.Previous)
	if i == 0 {
		prev.Disable()
	}
	nextLabel, nextIcon := a.label("next"), theme.NavigateNextIcon()
	if i == len(s.Pages)-1 {
		nextLabel, nextIcon = a.label("home"), theme.HomeIcon()
	}
	next := ui.NewButton(nextLabel, nextIcon, a.Next)
	next.IconPlacement = widget.ButtonIconTrailingText
	next.Importance = widget.HighImportance
	sources := ui.NewButton(a.label("sources"), theme.InfoIcon(), func() { a.showSources(p) })
	counter := ui.NewText(a.pageOf(i+1, len(s.Pages)), ui.SizeSmall, fyne.TextStyle{})
	counter.Alignment = fyne.TextAlignCenter
	counter.Truncation = fyne.TextTruncateOff // centred: it gets only its own width
	middle := container.NewVBox(ui.NewDots(len(s.Pages), i), counter)
	bottom := container.NewBorder(nil, nil, prev, container.NewHBox(sources, next), container.NewCenter(middle))

	body := ui.NewSwipe(a.pageView(p), a.Next, a.Previous)
	return container.NewPadded(container.NewBorder(top, bottom, nil, nil, body))
}

// pageView lays out a page's picture beside (landscape) or above (portrait)
// its text.
func (a *App) pageView(p *content.Page) fyne.CanvasObject {
	var texts []fyne.CanvasObject
	if w := a.text(p.When); w != "" {
		when := ui.NewText(w, ui.SizeSmall, fyne.TextStyle{Bold: true})
		when.Importance = widget.WarningImportance
		texts = append(texts, when)
	}
	texts = append(texts, ui.NewParagraph(a.text(p.Title), ui.SizeTitle, fyne.TextStyle{Bold: true, Italic: true}))
	for _, para := range p.Paragraphs(a.lang, a.ex.DefaultLanguage) {
		texts = append(texts, ui.NewParagraph(para, theme.SizeNameText, fyne.TextStyle{}))
	}
	if p.Quote != nil {
		texts = append(texts, a.quoteCard(p.Quote))
	}
	column := container.NewVBox(texts...)

	var picture fyne.CanvasObject
	if res := a.image(p.Image); res != nil {
		img := canvas.NewImageFromResource(res)
		img.FillMode = canvas.ImageFillContain
		credit := ui.NewText(a.text(p.Image.Credit)+" · "+p.Image.Licence, ui.SizeSmall, fyne.TextStyle{})
		credit.Importance = widget.LowImportance
		picture = container.NewBorder(nil, credit, nil, nil, img)
	}
	if picture == nil {
		return container.New(&pageLayout{}, column)
	}
	return container.New(&pageLayout{}, picture, column)
}

// quoteCard shows a quotation in the visitor's language; when that is a
// translation, the original wording follows in smaller type.
func (a *App) quoteCard(q *content.Quote) fyne.CanvasObject {
	text, translated := q.In(a.lang)
	rows := []fyne.CanvasObject{ui.NewParagraph("„"+text+"”", ui.SizeQuote, fyne.TextStyle{Italic: true})}
	by := "— " + a.text(q.Speaker) + ", " + a.text(q.When)
	rows = append(rows, ui.NewParagraph(by, ui.SizeSmall, fyne.TextStyle{Bold: true}))
	if translated {
		note := a.label("quote_translated")
		if q.TranslatedBy != "exhibit" {
			if src := a.ex.Sources[q.TranslatedBy]; src != nil {
				note = src.Citation()
			}
		}
		orig := ui.NewParagraph(a.label("quote_original")+": „"+q.Text+"”", ui.SizeSmall, fyne.TextStyle{Italic: true})
		orig.Importance = widget.LowImportance
		tr := ui.NewParagraph(note, ui.SizeSmall, fyne.TextStyle{})
		tr.Importance = widget.LowImportance
		rows = append(rows, orig, tr)
	}
	if n := a.text(q.Note); n != "" {
		note := ui.NewParagraph(n, ui.SizeSmall, fyne.TextStyle{})
		note.Importance = widget.WarningImportance
		rows = append(rows, note)
	}
	bg := canvas.NewRectangle(ui.ColorSurface)
	bg.CornerRadius = 10
	bar := canvas.NewRectangle(ui.ColorAccent)
	bar.SetMinSize(fyne.NewSize(8, 8))
	return container.NewStack(bg, container.NewBorder(nil, nil, bar, nil, container.NewPadded(container.NewVBox(rows...))))
}

// pageLayout puts the picture (objs[0], if there are two objects) left of
// the text on a wide area and above it on a tall one.
type pageLayout struct{}

const (
	pageGap      float32 = 32
	maxTextWidth float32 = 1180 // about 80 characters of body text
)

func (l *pageLayout) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	if len(objs) == 1 {
		// Without a picture, keep lines to a readable length.
		w := fyne.Min(s.Width, maxTextWidth)
		objs[0].Move(fyne.NewPos((s.Width-w)/2, 0))
		objs[0].Resize(fyne.NewSize(w, s.Height))
		return
	}
	pic, text := objs[0], objs[1]
	if s.Width >= s.Height {
		w := s.Width * 0.42
		pic.Move(fyne.NewPos(0, 0))
		pic.Resize(fyne.NewSize(w, s.Height))
		text.Move(fyne.NewPos(w+pageGap, 0))
		text.Resize(fyne.NewSize(s.Width-w-pageGap, s.Height))
		return
	}
	h := s.Height * 0.36
	pic.Move(fyne.NewPos(0, 0))
	pic.Resize(fyne.NewSize(s.Width, h))
	text.Move(fyne.NewPos(0, h+pageGap))
	text.Resize(fyne.NewSize(s.Width, s.Height-h-pageGap))
}

func (l *pageLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	// Deliberately small: the page takes what the bars leave, and the text
	// column wraps to fit. Overflow is caught by the content tests.
	return fyne.NewSize(400, 300)
}
