package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"budapest1956/internal/ui"
)

// paged is a screen of blocks (cards, rows) cut into screenfuls that fit,
// turned like the story's pages: the library and the Radio 1956 list.
type paged struct {
	view  int
	pages [][]int   // block indices of each screenful
	size  fyne.Size // what they were cut for
}

// next and previous turn the screenful; next reports false past the last.
func (p *paged) next() bool {
	if p.view+1 >= len(p.pages) {
		return false
	}
	p.view++
	return true
}

func (p *paged) previous() {
	if p.view > 0 {
		p.view--
	}
}

// pagedScreen lays out blocks between a top and a bottom bar, cutting them
// into screenfuls for the size it is given.
func (a *App) pagedScreen(p *paged, blocks func() []fyne.CanvasObject, bars func(view, n int) (top, bottom fyne.CanvasObject)) fyne.CanvasObject {
	l := &pagedLayout{a: a, p: p, blocks: blocks, bars: bars}
	l.c = container.New(l)
	return container.NewPadded(l.c)
}

type pagedLayout struct {
	a      *App
	p      *paged
	c      *fyne.Container
	blocks func() []fyne.CanvasObject
	bars   func(view, n int) (top, bottom fyne.CanvasObject)
}

func (l *pagedLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	a, p := l.a, l.p
	if len(l.c.Objects) == 0 || p.size != size {
		p.size = size
		blocks := l.blocks()
		top, bottom := l.bars(0, 1)
		pad := theme.Padding()
		colW := fyne.Min(size.Width, maxTextWidth)
		colH := size.Height - top.MinSize().Height - bottom.MinSize().Height - 2*pad
		p.pages = fill(blocks, colW, colH, pad)
		p.view = clamp(p.view, 0, len(p.pages)-1)
		var shown []fyne.CanvasObject
		for _, b := range p.pages[p.view] {
			shown = append(shown, blocks[b])
		}
		top, bottom = l.bars(p.view, len(p.pages))
		body := ui.NewSwipe(container.New(&pageLayout{}, container.NewVBox(shown...)), a.Next, a.Previous)
		body.OnScroll = a.scrolled
		l.c.Objects = []fyne.CanvasObject{top, body, bottom}
	}
	layoutBars(l.c.Objects, size, a.access.Reach)
}

func (l *pagedLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(600, 400) }
