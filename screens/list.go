package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"budapest1956/internal/ui"
)

// listScreen is a screen of rows and cards cut into screenfuls that fit,
// turned like the story's pages: the library and the Radio 1956 list
// embed it.
type listScreen struct {
	a      *App
	name   string                     // its state for the heartbeat
	rows   func() []fyne.CanvasObject // what it lists
	title  func() []string            // the top bar's wordings, longest first
	extra  func() fyne.CanvasObject   // controls beside the pager; may be nil
	view   int
	pages  [][]int // row indices of each screenful
	cutFor fyne.Size
}

func (l *listScreen) state() string  { return l.name }
func (l *listScreen) at() (int, int) { return l.view, max(len(l.pages), 1) }

func (l *listScreen) place() string {
	i, n := l.at()
	return l.a.labelf("audio_where_screen", l.title()[0], i+1, n)
}

func (l *listScreen) next() bool {
	if l.view+1 >= len(l.pages) {
		return false
	}
	l.view++
	return true
}

func (l *listScreen) previous() bool {
	if l.view == 0 {
		return false
	}
	l.view--
	return true
}

func (l *listScreen) build() fyne.CanvasObject {
	return container.NewPadded(newPager(l, l.a.visit.Access.Reach))
}

func (l *listScreen) bars(view, n int) (top, bottom fyne.CanvasObject) {
	var extra fyne.CanvasObject
	if l.extra != nil {
		extra = l.extra()
	}
	return l.a.topBar(l.title()...), l.a.pagerBar(view, n, extra)
}

func (l *listScreen) cut(size fyne.Size) (top, body, bottom fyne.CanvasObject) {
	a := l.a
	rows := l.rows()
	if l.pages == nil || l.cutFor != size {
		l.cutFor = size
		top, bottom := l.bars(0, 1)
		pad := theme.Padding()
		colW := fyne.Min(size.Width, maxTextWidth())
		colH := size.Height - top.MinSize().Height - bottom.MinSize().Height - 2*pad
		l.pages = fill(rows, colW, colH, pad)
		l.view = clamp(l.view, 0, len(l.pages)-1)
	}
	var shown []fyne.CanvasObject
	for _, b := range l.pages[l.view] {
		shown = append(shown, rows[b])
	}
	top, bottom = l.bars(l.view, len(l.pages))
	swipe := ui.NewSwipe(container.New(&pageLayout{}, container.NewVBox(shown...)), a.Next, a.Previous)
	swipe.OnScroll = a.scrolled
	return top, swipe.Body(), bottom
}

// fill groups rows, in order, into screenfuls of at most height h at width
// w. A row taller than a screen gets a screenful of its own.
func fill(rows []fyne.CanvasObject, w, h, gap float32) [][]int {
	var pages [][]int
	var cur []int
	used := float32(0)
	for i, b := range rows {
		bh := ui.Measure(b, w)
		if len(cur) > 0 && used+gap+bh > h {
			pages = append(pages, cur)
			cur, used = nil, 0
		}
		if len(cur) > 0 {
			used += gap
		}
		cur = append(cur, i)
		used += bh
	}
	if len(cur) > 0 || len(pages) == 0 {
		pages = append(pages, cur)
	}
	return pages
}

// layoutBars places a top bar, a body and a bottom bar. In reach mode the
// top bar's controls move down too, just above the bottom bar, so a seated
// visitor reaches everything.
func layoutBars(objs []fyne.CanvasObject, size fyne.Size, reach bool) {
	top, body, bottom := objs[0], objs[1], objs[2]
	pad := theme.Padding()
	th, bh := top.MinSize().Height, bottom.MinSize().Height
	bodyH := size.Height - th - bh - 2*pad
	bottom.Move(fyne.NewPos(0, size.Height-bh))
	bottom.Resize(fyne.NewSize(size.Width, bh))
	if reach {
		body.Move(fyne.NewPos(0, 0))
		body.Resize(fyne.NewSize(size.Width, bodyH))
		top.Move(fyne.NewPos(0, bodyH+pad))
		top.Resize(fyne.NewSize(size.Width, th))
		return
	}
	top.Move(fyne.NewPos(0, 0))
	top.Resize(fyne.NewSize(size.Width, th))
	body.Move(fyne.NewPos(0, th+pad))
	body.Resize(fyne.NewSize(size.Width, bodyH))
}
