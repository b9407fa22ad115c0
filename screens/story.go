package screens

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"budapest1956/internal/content"
	"budapest1956/internal/display"
	"budapest1956/internal/ui"
)

// storyScreen shows one screenful of a section: a top bar (home, section
// name, language), the page's blocks (swipe to turn), and a bottom bar with
// the big previous/next buttons, page dots, the blocks' controls and the
// sources button. The section is cut into screenfuls for the size the
// screen is given, so the text always fits: at start, after a language
// switch, a text-size change and when the window is resized.
type storyScreen struct {
	a       *App
	section *content.Section

	views  []view // the section cut into screenfuls
	view   int
	cutFor fyne.Size
	fits   map[string]fit              // room for each page's column at that size
	asides map[int]fyne.CanvasObject   // each page's aside (nil: none), made once per cut
	column map[int][]fyne.CanvasObject // each page's column pieces, made once per cut
	area   fyne.Size                   // the page area between the bars at the cut
}

// view is one screenful of a page. A page whose text does not fit the
// screen is spread over several views — at paragraph, then sentence, then
// word boundaries — because visitors page through the exhibit, never scroll.
type view struct {
	page   int
	pieces []int // indices into storyScreen.pieces(page)
}

func newStoryScreen(a *App, r Route) (*storyScreen, error) {
	s := a.ex.Section(r.Section)
	if s == nil || len(s.Pages) == 0 {
		return nil, fmt.Errorf("no section %q with pages", r.Section)
	}
	return &storyScreen{a: a, section: s}, nil
}

// reroute turns to another page of the same section without cutting again.
func (st *storyScreen) reroute(r Route) bool {
	if r.Section != st.section.ID {
		return false
	}
	st.view = st.firstView(r.Page)
	return true
}

// recut forgets the cut (the text changed), staying on the page.
func (st *storyScreen) recut() {
	st.views, st.cutFor, st.asides, st.column = nil, fyne.Size{}, nil, nil
}

func (st *storyScreen) page() int { return st.a.visit.Route.Page }

func (st *storyScreen) state() string {
	return "page:" + st.section.ID + "/" + st.section.Pages[st.page()].ID
}

func (st *storyScreen) at() (int, int) { return st.view, len(st.views) }

// place: "The Twelve Days, page 3 of 19: The siege of the Radio".
func (st *storyScreen) place() string {
	a, p := st.a, st.page()
	return a.labelf("audio_where_page", a.text(st.section.Title), p+1, len(st.section.Pages), a.text(st.section.Pages[p].Title))
}

func (st *storyScreen) next() bool {
	if st.view+1 >= len(st.views) {
		return false
	}
	st.setView(st.view + 1)
	return true
}

func (st *storyScreen) previous() bool {
	if st.view == 0 || len(st.views) == 0 {
		return false
	}
	st.setView(st.view - 1)
	return true
}

func (st *storyScreen) setView(i int) {
	st.view = i
	st.a.visit.Route.Page = st.views[i].page
}

// firstView is the first screenful of a page (0 before the first cut).
func (st *storyScreen) firstView(page int) int {
	for vi, v := range st.views {
		if v.page == page {
			return vi
		}
	}
	return 0
}

func (st *storyScreen) build() fyne.CanvasObject {
	return container.NewPadded(newPager(st, st.a.visit.Access.Reach))
}

func (st *storyScreen) ctx(page int) pageCtx {
	return pageCtx{a: st.a, section: st.section, page: st.section.Pages[page], index: page, area: st.area}
}

// cut lays the section out for size: it cuts the section into screenfuls
// when the size is new, then draws the current one.
func (st *storyScreen) cut(size fyne.Size) (top, body, bottom fyne.CanvasObject) {
	if st.views == nil || st.cutFor != size {
		top, bottom := st.bars(0)
		pad := theme.Padding()
		st.paginate(size, fyne.NewSize(size.Width, size.Height-top.MinSize().Height-bottom.MinSize().Height-2*pad))
	}
	top, bottom = st.bars(st.view)
	v := st.views[st.view]
	swipe := ui.NewSwipe(st.content(v), st.a.Next, st.a.Previous)
	swipe.OnScroll = st.a.scrolled
	return top, swipe.Body(), bottom
}

// header is a page's date and title, the title cut to fit the column.
func (st *storyScreen) header(c pageCtx) []fyne.CanvasObject {
	a, p, f := st.a, c.page, st.fits[c.page.ID]
	var out []fyne.CanvasObject
	if w := a.text(p.When); w != "" {
		when := ui.NewParagraph(w, ui.SizeSmall, fyne.TextStyle{Bold: true})
		when.Importance = widget.WarningImportance
		out = append(out, when)
	}
	title := func(s string) fyne.CanvasObject {
		return ui.NewParagraph(s, ui.SizeTitle, fyne.TextStyle{Bold: true, Italic: true})
	}
	for _, chunk := range chunks(a.text(p.Title), fit{w: f.w, h: f.full}, title) {
		out = append(out, title(chunk))
	}
	return out
}

// pieces are a page's column in order: its header, then each block's
// pieces. They are made once per cut, when pagination measures them: a page
// turn shows them again rather than cutting the text and drawing the charts
// and documents anew (BenchmarkVisualBlocks).
func (st *storyScreen) pieces(page int) []fyne.CanvasObject {
	if ps, ok := st.column[page]; ok {
		return ps
	}
	if st.column == nil {
		st.column = map[int][]fyne.CanvasObject{}
	}
	ps := st.makePieces(page)
	st.column[page] = ps
	return ps
}

func (st *storyScreen) makePieces(page int) []fyne.CanvasObject {
	c := st.ctx(page)
	out := st.header(c)
	f := st.fits[c.page.ID]
	for _, b := range c.page.Blocks {
		if d, ok := drawerOf(b).(columnBlock); ok {
			out = append(out, d.pieces(c, f)...)
		}
	}
	return out
}

// aside is what the first block with one shows beside the column, made
// once per cut (pagination asks for every page's).
func (st *storyScreen) aside(c pageCtx) fyne.CanvasObject {
	if o, ok := st.asides[c.index]; ok {
		return o
	}
	if st.asides == nil {
		st.asides = map[int]fyne.CanvasObject{}
	}
	o := st.makeAside(c)
	st.asides[c.index] = o
	return o
}

func (st *storyScreen) makeAside(c pageCtx) fyne.CanvasObject {
	for _, b := range c.page.Blocks {
		if d, ok := drawerOf(b).(asideBlock); ok {
			if o := d.aside(c); o != nil {
				return o
			}
		}
	}
	return nil
}

// paginate measures every page's column for a page area of avail and cuts
// the section into views that fit. size is what the screen was given.
func (st *storyScreen) paginate(size, avail fyne.Size) {
	st.cutFor, st.area = size, avail
	st.fits, st.asides, st.column = map[string]fit{}, nil, nil
	pad := theme.Padding()
	st.views = nil
	for i, p := range st.section.Pages {
		c := st.ctx(i)
		colW, colH := columnSize(avail, st.aside(c) != nil)
		// Measure the date and title first: text pieces are cut to fit below
		// them, unless that leaves too little room (large text, small window).
		st.fits[p.ID] = fit{w: colW, h: colH, full: colH}
		header := float32(0)
		for _, o := range st.header(c) {
			header += ui.Measure(o, colW) + pad
		}
		if room := colH - header; room >= colH/2 {
			st.fits[p.ID] = fit{w: colW, h: room, full: colH}
		}
		cur, h := view{page: i}, float32(0)
		for n, piece := range st.pieces(i) {
			ph := ui.Measure(piece, colW)
			if len(cur.pieces) > 0 && h+pad+ph > colH {
				st.views = append(st.views, cur)
				cur, h = view{page: i}, 0
			}
			if len(cur.pieces) > 0 {
				h += pad
			}
			cur.pieces = append(cur.pieces, n)
			h += ph
		}
		st.views = append(st.views, cur)
	}
	// Keep the visitor on the page they were reading.
	st.view = st.firstView(st.page())
}

// columnSize is the column's size in a page area of avail, matching pageLayout.
func columnSize(avail fyne.Size, aside bool) (float32, float32) {
	switch {
	case !aside:
		return fyne.Min(avail.Width, maxTextWidth()), avail.Height
	case avail.Width >= avail.Height:
		return avail.Width - avail.Width*pictureShare - pageGap(), avail.Height
	default:
		return avail.Width, avail.Height - avail.Height*pictureShareTall - pageGap()
	}
}

// content lays out one view: the page's aside beside (landscape) or above
// (portrait) the pieces of the column this view holds.
func (st *storyScreen) content(v view) fyne.CanvasObject {
	pieces := st.pieces(v.page)
	var shown []fyne.CanvasObject
	for _, n := range v.pieces {
		if n < len(pieces) {
			shown = append(shown, pieces[n])
		}
	}
	column := container.NewVBox(shown...)
	if aside := st.aside(st.ctx(v.page)); aside != nil {
		return container.New(&pageLayout{}, aside, column)
	}
	return container.New(&pageLayout{}, column)
}

// bars are the top bar (with the day strip of a timeline section) and the
// bottom bar: the pager, the page's block controls and Sources.
func (st *storyScreen) bars(view int) (top, bottom fyne.CanvasObject) {
	a, s := st.a, st.section
	top = a.topBar(a.text(s.Title)+"  ·  "+a.text(s.Period), a.text(s.Title))
	if s.Timeline {
		top = container.NewVBox(top, st.dayStrip())
	}
	page := st.page()
	if view < len(st.views) {
		page = st.views[view].page
	}
	c := st.ctx(page)
	sources := ui.NewButton(a.label("sources"), theme.InfoIcon(), func() { a.showSources(c.page) })
	extra := container.NewHBox()
	listen := false
	for _, b := range c.page.Blocks {
		if d, ok := drawerOf(b).(actionBlock); ok {
			if o := d.action(c); o != nil {
				extra.Add(o)
				listen = listen || b.Kind() == "listen"
			}
		}
	}
	if !listen && !a.compact() {
		// Say so where a visitor might look for sound (Smithsonian IV.B).
		mute := ui.NewText(a.label("no_sound"), ui.SizeBar, fyne.TextStyle{})
		mute.Importance = widget.LowImportance
		mute.Truncation = fyne.TextTruncateOff
		extra.Objects = append([]fyne.CanvasObject{container.NewCenter(container.NewHBox(widget.NewIcon(ui.Icon(theme.VolumeMuteIcon())), mute))}, extra.Objects...)
	}
	extra.Add(sources)
	n := len(st.views)
	return top, a.pagerBar(view, n, extra)
}

// dayStrip is the timeline of a section like the twelve days: one button
// per date, the current one marked; a tap jumps to that day's first page.
func (st *storyScreen) dayStrip() fyne.CanvasObject {
	if t := st.dayAxis(); t != nil {
		return st.axisStrip(t) // grown into the time axis: block_timeline.go
	}
	a, s := st.a, st.section
	days, first := s.Days()
	current := s.Pages[st.page()].Date
	strip := container.NewGridWithColumns(len(days))
	for i, d := range days {
		page := first[i]
		b := ui.NewButton(display.DayOfMonth(d), nil, func() { a.ShowSection(s.ID, page) })
		b.Spoken.Spoken = display.Date(a.ex, d, a.visit.Lang)
		if d == current {
			b.Importance = widget.HighImportance
		}
		strip.Add(b)
	}
	return strip
}

// pageLayout puts the aside (objs[0], if there are two objects) left of the
// column on a wide area and above it on a tall one.
type pageLayout struct{}

const (
	pageGapPx        float32 = 32
	maxTextWidthPx   float32 = 1180 // about 80 characters of body text
	pictureShare     float32 = 0.42 // of the width, landscape
	pictureShareTall float32 = 0.46 // of the height, portrait
)

// pageGap and maxTextWidth are the kiosk's lengths at the current density.
func pageGap() float32      { return ui.Dp(pageGapPx) }
func maxTextWidth() float32 { return ui.Dp(maxTextWidthPx) }

func (l *pageLayout) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	if len(objs) == 1 {
		// Without an aside, keep lines to a readable length.
		w := fyne.Min(s.Width, maxTextWidth())
		objs[0].Move(fyne.NewPos((s.Width-w)/2, 0))
		objs[0].Resize(fyne.NewSize(w, s.Height))
		return
	}
	pic, text := objs[0], objs[1]
	if s.Width >= s.Height {
		w := s.Width * pictureShare
		pic.Move(fyne.NewPos(0, 0))
		pic.Resize(fyne.NewSize(w, s.Height))
		text.Move(fyne.NewPos(w+pageGap(), 0))
		text.Resize(fyne.NewSize(s.Width-w-pageGap(), s.Height))
		return
	}
	h := s.Height * pictureShareTall
	pic.Move(fyne.NewPos(0, 0))
	pic.Resize(fyne.NewSize(s.Width, h))
	text.Move(fyne.NewPos(0, h+pageGap()))
	text.Resize(fyne.NewSize(s.Width, s.Height-h-pageGap()))
}

func (l *pageLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	// Deliberately small: the page takes what the bars leave; paginate
	// makes sure the text fits.
	return fyne.NewSize(400, 300)
}

// story is the story screen on show, nil on any other.
func (a *App) story() *storyScreen {
	st, _ := a.cur.(*storyScreen)
	return st
}

// showView shows screenful i of the section on show.
func (a *App) showView(i int) {
	st := a.story()
	if st == nil || i < 0 || i >= len(st.views) {
		return
	}
	a.touched()
	st.setView(i)
	a.closeOverlays()
	a.show()
}
