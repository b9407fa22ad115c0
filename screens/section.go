package screens

import (
	"strings"

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
		body.OnScroll = a.scrolled
		l.c.Objects = []fyne.CanvasObject{top, body, bottom}
	}
	layoutBars(l.c.Objects, size, a.access.Reach)
}

func (l *sectionLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	// The section fits any window: paginate makes as many views as needed.
	return fyne.NewSize(600, 400)
}

func (a *App) sectionBars(s *content.Section, view int) (top, bottom fyne.CanvasObject) {
	top = a.topBar(a.text(s.Title)+"  ·  "+a.text(s.Period), a.text(s.Title))
	if s.Timeline {
		top = container.NewVBox(top, a.dayStrip(s))
	}

	sources := ui.NewButton(a.label("sources"), theme.InfoIcon(), func() {
		if a.views != nil {
			a.showSources(s.Pages[a.views[a.view].page])
		}
	})
	extra := container.NewHBox(sources)
	if a.views != nil {
		p := s.Pages[a.views[view].page]
		if len(p.Short) > 0 {
			extra.Objects = append([]fyne.CanvasObject{a.moreToggle(p)}, extra.Objects...)
		}
		if p.Broadcast == "" || a.ex.Broadcast(p.Broadcast) == nil {
			// Say so where a visitor might look for sound (Smithsonian IV.B).
			mute := ui.NewText(a.label("no_sound"), ui.SizeBar, fyne.TextStyle{})
			mute.Importance = widget.LowImportance
			mute.Truncation = fyne.TextTruncateOff
			if !a.compact() {
				extra.Objects = append([]fyne.CanvasObject{container.NewCenter(container.NewHBox(widget.NewIcon(ui.Icon(theme.VolumeMuteIcon())), mute))}, extra.Objects...)
			}
		} else {
			id, sid, page := p.Broadcast, s.ID, a.views[view].page
			listen := ui.NewButton(a.label("listen"), theme.MediaPlayIcon(), func() {
				a.ShowBroadcast(id, func() { a.ShowSection(sid, page) })
			})
			listen.Importance = widget.HighImportance
			extra.Objects = append([]fyne.CanvasObject{listen}, extra.Objects...)
		}
	}
	return top, a.pagerBar(view, len(a.views), extra)
}

// moreToggle opens the full text of a page with a short (plain-language)
// layer, or goes back to the short one. It lives in the bottom bar with the
// other controls, within reach.
func (a *App) moreToggle(p *content.Page) fyne.CanvasObject {
	label, icon := a.label("more"), theme.MenuExpandIcon()
	if a.more[p.ID] {
		label, icon = a.label("less"), theme.MenuDropUpIcon()
	}
	id := p.ID
	return ui.NewButton(label, icon, func() {
		a.touched()
		a.more[id] = !a.more[id]
		a.views = nil // repaginate, staying on this page
		a.render()
	})
}

// view is one screenful of a page. A page whose text does not fit the
// screen is spread over several views — at paragraph, then sentence, then
// word boundaries — because visitors page through the exhibit, never scroll.
type view struct {
	page   int
	blocks []int // indices into pageBlocks(page)
}

// fit is the room a page's text has: the column's width, the height left
// below the date and title (so the first paragraph can share their view),
// and the column's full height.
type fit struct{ w, h, full float32 }

// pageBlocks are the pieces of a page's text column, in order: the date,
// the title, the paragraphs, the More/Shorter toggle, the quote. Each text
// is cut into chunks that fit the page's room (see paginate).
func (a *App) pageBlocks(p *content.Page) []fyne.CanvasObject {
	f := a.fits[p.ID]
	var blocks []fyne.CanvasObject
	if w := a.text(p.When); w != "" {
		when := ui.NewParagraph(w, ui.SizeSmall, fyne.TextStyle{Bold: true})
		when.Importance = widget.WarningImportance
		blocks = append(blocks, when)
	}
	title := func(s string) fyne.CanvasObject {
		return ui.NewParagraph(s, ui.SizeTitle, fyne.TextStyle{Bold: true, Italic: true})
	}
	for _, chunk := range chunks(a.text(p.Title), fit{w: f.w, h: f.full}, title) {
		blocks = append(blocks, title(chunk))
	}
	body := func(s string) fyne.CanvasObject { return ui.NewParagraph(s, ui.SizeBody, fyne.TextStyle{}) }
	for _, para := range a.paragraphs(p) {
		for _, chunk := range chunks(para, f, body) {
			blocks = append(blocks, body(chunk))
		}
	}
	if p.Quote != nil {
		blocks = append(blocks, a.quoteBlocks(p.Quote, f)...)
	}
	return blocks
}

// headerBlocks is how many of a page's first blocks are its date and title.
func (a *App) headerBlocks(p *content.Page) int {
	n := len(chunks(a.text(p.Title), fit{w: a.fits[p.ID].w, h: a.fits[p.ID].full}, func(s string) fyne.CanvasObject {
		return ui.NewParagraph(s, ui.SizeTitle, fyne.TextStyle{Bold: true, Italic: true})
	}))
	if a.text(p.When) != "" {
		n++
	}
	return n
}

// paragraphs is the text the visitor asked for: the short layer unless they
// tapped More.
func (a *App) paragraphs(p *content.Page) []string {
	if len(p.Short) > 0 && !a.more[p.ID] {
		return []string{a.text(p.Short)}
	}
	return p.Paragraphs(a.lang, a.ex.DefaultLanguage)
}

// chunks cuts text into the fewest pieces, each of which, drawn by build,
// fits f: whole sentences where possible, words where a sentence alone is
// too tall. With no room given (f.w == 0) the text stays whole.
func chunks(text string, f fit, build func(string) fyne.CanvasObject) []string {
	if f.w <= 0 || ui.Measure(build(text), f.w) <= f.h {
		return []string{text}
	}
	var units []string
	for _, s := range sentences(text) {
		if ui.Measure(build(s), f.w) <= f.h {
			units = append(units, s)
			continue
		}
		units = append(units, strings.Fields(s)...)
	}
	// Take as many units as fit, found by bisection: measuring is the cost.
	var out []string
	for len(units) > 0 {
		lo, hi := 1, len(units) // units[:lo] is taken even if it overflows: one word
		for lo < hi {
			mid := (lo + hi + 1) / 2
			if ui.Measure(build(strings.Join(units[:mid], " ")), f.w) <= f.h {
				lo = mid
			} else {
				hi = mid - 1
			}
		}
		out = append(out, strings.Join(units[:lo], " "))
		units = units[lo:]
	}
	return out
}

// paginate measures every page's text for a page area of avail and cuts the
// section into views that fit. size is what the layout was given.
func (a *App) paginate(size, avail fyne.Size) {
	a.pagedFor = size
	a.fits = map[string]fit{}
	pad := theme.Padding()
	page := -1
	if a.views != nil && a.view < len(a.views) {
		page = a.views[a.view].page
	}
	a.views = nil
	for i, p := range a.section.Pages {
		colW, colH := columnSize(avail, a.image(p.Image) != nil)
		// Measure the date and title first: text chunks are cut to fit below
		// them, unless that leaves too little room (large text, small window).
		a.fits[p.ID] = fit{w: colW, h: colH, full: colH}
		header := float32(0)
		for _, b := range a.pageBlocks(p)[:a.headerBlocks(p)] {
			header += ui.Measure(b, colW) + pad
		}
		if room := colH - header; room >= colH/2 {
			a.fits[p.ID] = fit{w: colW, h: room, full: colH}
		}
		cur, h := view{page: i}, float32(0)
		for b, block := range a.pageBlocks(p) {
			bh := ui.Measure(block, colW)
			if len(cur.blocks) > 0 && h+pad+bh > colH {
				a.views = append(a.views, cur)
				cur, h = view{page: i}, 0
			}
			if len(cur.blocks) > 0 {
				h += pad
			}
			cur.blocks = append(cur.blocks, b)
			h += bh
		}
		a.views = append(a.views, cur)
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
	if res == nil {
		return container.New(&pageLayout{}, column)
	}
	var labels []ui.MapLabel
	for _, l := range p.Image.Labels {
		labels = append(labels, ui.MapLabel{X: l.X, Y: l.Y, Text: a.text(l.Text), Point: l.Point})
	}
	img := ui.NewLabeledImage(res, labels)
	// A credit line is a licence condition: it wraps rather than being cut.
	credit := ui.NewParagraph(a.text(p.Image.Credit)+" · "+p.Image.Licence, ui.SizeSmall, fyne.TextStyle{})
	credit.Importance = widget.LowImportance
	return container.New(&pageLayout{}, container.New(captionLayout{}, img, credit), column)
}

// captionLayout puts a wrapped caption under a picture: the caption gets
// the height its lines need at the full width, the picture the rest.
type captionLayout struct{}

func (captionLayout) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	pic, caption := objs[0], objs[1]
	h := fyne.Min(ui.Measure(caption, s.Width), s.Height)
	caption.Resize(fyne.NewSize(s.Width, h))
	caption.Move(fyne.NewPos(0, s.Height-h))
	pic.Move(fyne.NewPos(0, 0))
	pic.Resize(fyne.NewSize(s.Width, s.Height-h))
}

func (captionLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }

// quoteBlocks show a quotation in the visitor's language as cards that
// pagination may spread over views: the quote and its speaker; then, when
// the visitor reads a translation, the original wording; then any note on
// disputed wording. A text too long for one view continues on the next card.
func (a *App) quoteBlocks(q *content.Quote, f fit) []fyne.CanvasObject {
	text, translated := q.In(a.lang)
	by := "— " + a.text(q.Speaker) + ", " + a.text(q.When)
	quote := func(s string) fyne.CanvasObject {
		return ui.NewParagraph(s, ui.SizeQuote, fyne.TextStyle{Italic: true})
	}
	byLine := func() fyne.CanvasObject { return ui.NewParagraph(by, ui.SizeSmall, fyne.TextStyle{Bold: true}) }
	var blocks []fyne.CanvasObject
	parts := chunks("„"+text+"”", f, func(s string) fyne.CanvasObject { return card(quote(s)) })
	last := len(parts) - 1
	for _, part := range parts[:last] {
		blocks = append(blocks, card(quote(part)))
	}
	// The speaker belongs in the last card, unless together they are too tall.
	if f.w <= 0 || ui.Measure(card(quote(parts[last]), byLine()), f.w) <= f.h {
		blocks = append(blocks, card(quote(parts[last]), byLine()))
	} else {
		blocks = append(blocks, card(quote(parts[last])), byLine())
	}
	small := func(imp widget.Importance, style fyne.TextStyle) func(string) fyne.CanvasObject {
		return func(s string) fyne.CanvasObject {
			l := ui.NewParagraph(s, ui.SizeSmall, style)
			l.Importance = imp
			return card(l)
		}
	}
	if translated {
		note := a.label("quote_translated")
		if q.TranslatedBy != "exhibit" {
			if src := a.ex.Sources[q.TranslatedBy]; src != nil {
				note = src.Citation()
			}
		}
		orig := small(widget.MediumImportance, fyne.TextStyle{Italic: true})
		for _, part := range chunks(a.label("quote_original")+": „"+q.Text+"” ("+note+")", f, orig) {
			blocks = append(blocks, orig(part))
		}
	}
	if n := a.text(q.Note); n != "" {
		warn := small(widget.WarningImportance, fyne.TextStyle{})
		for _, part := range chunks(n, f, warn) {
			blocks = append(blocks, warn(part))
		}
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
