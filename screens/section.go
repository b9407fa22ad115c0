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

// sectionScreen shows one screenful (view) of a section: a top bar (home,
// section name, language), the page itself (swipe to turn), and a bottom bar
// with the big previous/next buttons, page dots and the sources button. Its
// layout paginates the section for the size it is given, so the text always
// fits: at start, after a language switch and when the window is resized.
func (a *App) sectionScreen() fyne.CanvasObject {
	l := &sectionLayout{a: a}
	l.c = container.New(l)
	return container.NewPadded(l.c)
}

type sectionLayout struct {
	a *App
	c *fyne.Container
}

func (l *sectionLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	a := l.a
	if a.section == nil {
		return
	}
	repaginate := a.views == nil || a.pagedFor != size
	if repaginate {
		top, bottom := a.sectionBars(a.section, 0)
		pad := theme.Padding()
		avail := fyne.NewSize(size.Width, size.Height-top.MinSize().Height-bottom.MinSize().Height-2*pad)
		a.paginate(size, avail)
	}
	if repaginate || len(l.c.Objects) == 0 {
		top, bottom := a.sectionBars(a.section, a.view)
		v := a.views[a.view]
		body := ui.NewSwipe(a.viewContent(a.section.Pages[v.page], v), a.Next, a.Previous)
		l.c.Objects = []fyne.CanvasObject{top, body, bottom}
	}
	layoutBars(l.c.Objects, size)
}

func (l *sectionLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	// The section fits any window: paginate makes as many views as needed.
	return fyne.NewSize(600, 400)
}

func (a *App) sectionBars(s *content.Section, view int) (top, bottom fyne.CanvasObject) {
	home := ui.NewButton(a.label("home"), theme.HomeIcon(), a.ShowHome)
	name := ui.NewText(a.text(s.Title)+"  ·  "+a.text(s.Period), ui.SizeSmall, fyne.TextStyle{})
	name.Importance = widget.WarningImportance
	top = container.NewBorder(nil, nil, home, a.languageToggle(), name)
	if s.Timeline {
		top = container.NewVBox(top, a.dayStrip(s))
	}

	sources := ui.NewButton(a.label("sources"), theme.InfoIcon(), func() {
		if a.views != nil {
			a.showSources(s.Pages[a.views[a.view].page])
		}
	})
	return top, a.pagerBar(view, len(a.views), sources)
}

// view is one screenful of a page: a page whose text does not fit the screen
// is split at paragraph (or, failing that, sentence) boundaries into several
// views, because visitors page through the exhibit rather than scroll.
type view struct {
	page      int
	blocks    []int // indices into pageBlocks(page)
	noPicture bool  // a block too tall beside the picture gets the full width
}

// pageBlocks are the pieces of a page's text column that may be split across
// views: the header (date and title) first, then paragraphs, then the quote.
func (a *App) pageBlocks(p *content.Page) []fyne.CanvasObject {
	var header []fyne.CanvasObject
	if w := a.text(p.When); w != "" {
		when := ui.NewText(w, ui.SizeSmall, fyne.TextStyle{Bold: true})
		when.Importance = widget.WarningImportance
		header = append(header, when)
	}
	header = append(header, ui.NewParagraph(a.text(p.Title), ui.SizeTitle, fyne.TextStyle{Bold: true, Italic: true}))
	blocks := []fyne.CanvasObject{container.NewVBox(header...)}
	for _, piece := range a.pieces(p) {
		blocks = append(blocks, ui.NewParagraph(piece, theme.SizeNameText, fyne.TextStyle{}))
	}
	if p.Quote != nil {
		blocks = append(blocks, a.quoteBlocks(p.Quote)...)
	}
	return blocks
}

// pieces are the body's paragraphs, with any paragraph too long for one
// screen already cut into sentences by paginate.
func (a *App) pieces(p *content.Page) []string {
	paras := p.Paragraphs(a.lang, a.ex.DefaultLanguage)
	if split := a.splitParas[p.ID]; split != nil {
		return split
	}
	return paras
}

// paginate measures every page's text for a page area of avail and cuts the
// section into views that fit. size is what the layout was given.
func (a *App) paginate(size, avail fyne.Size) {
	a.pagedFor = size
	a.splitParas = map[string][]string{}
	pad := theme.Padding()
	page := -1
	if a.views != nil && a.view < len(a.views) {
		page = a.views[a.view].page
	}
	a.views = nil
	for i, p := range a.section.Pages {
		picture := a.image(p.Image) != nil
		colW, colH := columnSize(avail, picture)
		blocks := a.pageBlocks(p)
		// A paragraph taller than a screen on its own is cut into sentences.
		header := measure(blocks[0], colW)
		var pieces []string
		split := false
		for _, para := range p.Paragraphs(a.lang, a.ex.DefaultLanguage) {
			if header+pad+measure(ui.NewParagraph(para, theme.SizeNameText, fyne.TextStyle{}), colW) > colH {
				pieces = append(pieces, sentences(para)...)
				split = true
			} else {
				pieces = append(pieces, para)
			}
		}
		if split {
			a.splitParas[p.ID] = pieces
			blocks = a.pageBlocks(p)
		}
		cur := view{page: i, blocks: []int{0}}
		h := header
		for b := 1; b < len(blocks); b++ {
			bh := measure(blocks[b], colW)
			if picture && header+pad+bh > colH {
				// Too tall beside the picture even alone: give this block a
				// view of its own at full width.
				if len(cur.blocks) > 1 {
					a.views = append(a.views, cur)
				}
				a.views = append(a.views, view{page: i, blocks: []int{0, b}, noPicture: true})
				cur = view{page: i, blocks: []int{0}}
				h = header
				continue
			}
			if len(cur.blocks) > 1 && h+pad+bh > colH {
				a.views = append(a.views, cur)
				cur = view{page: i, blocks: []int{0}}
				h = header
			}
			cur.blocks = append(cur.blocks, b)
			h += pad + bh
		}
		if len(cur.blocks) > 1 || len(a.views) == 0 || a.views[len(a.views)-1].page != i {
			a.views = append(a.views, cur)
		}
	}
	// Keep the visitor on the page they were reading.
	a.view = 0
	if page < 0 {
		page = a.page
	}
	for vi, v := range a.views {
		if v.page == page {
			a.view = vi
			break
		}
	}
}

// columnSize is the text column's size in a page area of avail, matching
// pageLayout.
func columnSize(avail fyne.Size, picture bool) (float32, float32) {
	switch {
	case !picture:
		return fyne.Min(avail.Width, maxTextWidth), avail.Height
	case avail.Width >= avail.Height:
		return avail.Width - avail.Width*pictureShare - pageGap, avail.Height
	default:
		return avail.Width, avail.Height - avail.Height*pictureShareTall - pageGap
	}
}

// measure returns the height o needs at width w. Wrapped text knows its
// height only once it has a width, so lay out twice.
func measure(o fyne.CanvasObject, w float32) float32 {
	o.Resize(fyne.NewSize(w, 4000))
	o.Resize(fyne.NewSize(w, o.MinSize().Height))
	return o.MinSize().Height
}

// sentences cuts a paragraph after ". ", "! " and "? ".
func sentences(para string) []string {
	var out []string
	start := 0
	r := []rune(para)
	for i := 0; i+1 < len(r); i++ {
		if (r[i] == '.' || r[i] == '!' || r[i] == '?') && r[i+1] == ' ' {
			out = append(out, string(r[start:i+1]))
			start = i + 2
		}
	}
	if start < len(r) {
		out = append(out, string(r[start:]))
	}
	return out
}

// viewContent lays out one view: the page's picture beside (landscape) or
// above (portrait) the blocks of text this view holds.
func (a *App) viewContent(p *content.Page, v view) fyne.CanvasObject {
	blocks := a.pageBlocks(p)
	var shown []fyne.CanvasObject
	for _, b := range v.blocks {
		if b < len(blocks) {
			shown = append(shown, blocks[b])
		}
	}
	column := container.NewVBox(shown...)
	res := a.image(p.Image)
	if res == nil || v.noPicture {
		return container.New(&pageLayout{}, column)
	}
	img := canvas.NewImageFromResource(res)
	img.FillMode = canvas.ImageFillContain
	credit := ui.NewText(a.text(p.Image.Credit)+" · "+p.Image.Licence, ui.SizeSmall, fyne.TextStyle{})
	credit.Importance = widget.LowImportance
	return container.New(&pageLayout{}, container.NewBorder(nil, credit, nil, nil, img), column)
}

// quoteBlocks show a quotation in the visitor's language as cards that
// pagination may spread over views: the quote and its speaker; then, when
// the visitor reads a translation, the original wording; then any note on
// disputed wording.
func (a *App) quoteBlocks(q *content.Quote) []fyne.CanvasObject {
	text, translated := q.In(a.lang)
	by := "— " + a.text(q.Speaker) + ", " + a.text(q.When)
	blocks := []fyne.CanvasObject{card(
		ui.NewParagraph("„"+text+"”", ui.SizeQuote, fyne.TextStyle{Italic: true}),
		ui.NewParagraph(by, ui.SizeSmall, fyne.TextStyle{Bold: true}),
	)}
	if translated {
		note := a.label("quote_translated")
		if q.TranslatedBy != "exhibit" {
			if src := a.ex.Sources[q.TranslatedBy]; src != nil {
				note = src.Citation()
			}
		}
		orig := ui.NewParagraph(a.label("quote_original")+": „"+q.Text+"”", ui.SizeSmall, fyne.TextStyle{Italic: true})
		tr := ui.NewParagraph(note, ui.SizeSmall, fyne.TextStyle{})
		tr.Importance = widget.LowImportance
		blocks = append(blocks, card(orig, tr))
	}
	if n := a.text(q.Note); n != "" {
		note := ui.NewParagraph(n, ui.SizeSmall, fyne.TextStyle{})
		note.Importance = widget.WarningImportance
		blocks = append(blocks, card(note))
	}
	return blocks
}

// card frames rows on a surface with the accent bar of a quotation.
func card(rows ...fyne.CanvasObject) fyne.CanvasObject {
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
	pageGap          float32 = 32
	maxTextWidth     float32 = 1180 // about 80 characters of body text
	pictureShare     float32 = 0.42 // of the width, landscape
	pictureShareTall float32 = 0.36 // of the height, portrait
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
		w := s.Width * pictureShare
		pic.Move(fyne.NewPos(0, 0))
		pic.Resize(fyne.NewSize(w, s.Height))
		text.Move(fyne.NewPos(w+pageGap, 0))
		text.Resize(fyne.NewSize(s.Width-w-pageGap, s.Height))
		return
	}
	h := s.Height * pictureShareTall
	pic.Move(fyne.NewPos(0, 0))
	pic.Resize(fyne.NewSize(s.Width, h))
	text.Move(fyne.NewPos(0, h+pageGap))
	text.Resize(fyne.NewSize(s.Width, s.Height-h-pageGap))
}

func (l *pageLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	// Deliberately small: the page takes what the bars leave; paginate
	// makes sure the text fits.
	return fyne.NewSize(400, 300)
}

// dayStrip is the timeline of a section like the twelve days: one button per
// date, the current one marked; a tap jumps to that day's first page.
func (a *App) dayStrip(s *content.Section) fyne.CanvasObject {
	days, first := s.Days()
	current := ""
	if a.views != nil && a.view < len(a.views) {
		current = s.Pages[a.views[a.view].page].Date
	}
	strip := container.NewGridWithColumns(len(days))
	for i, d := range days {
		page := first[i]
		b := ui.NewButton(dayOfMonth(d), nil, func() { a.ShowSection(s.ID, page) })
		if d == current {
			b.Importance = widget.HighImportance
		}
		strip.Add(b)
	}
	return strip
}

// dayOfMonth turns 1956-10-23 into "23": numbers read the same in every
// language, and the page itself says the full date.
func dayOfMonth(date string) string {
	d := date[len(date)-2:]
	if d[0] == '0' {
		d = d[1:]
	}
	return d
}
