package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// cutter is a screen whose body is cut into screenfuls for the size it is
// given: bars above and below, the body between (story, library, radio list).
type cutter interface {
	cut(size fyne.Size) (top, body, bottom fyne.CanvasObject)
}

// pager shows a cutter's screenful. Its renderer asks for a new cut when,
// and only when, its size changes; layouts elsewhere only lay out.
type pager struct {
	widget.BaseWidget
	c     cutter
	reach bool                // reach mode: the top bar's controls go down too
	shown []fyne.CanvasObject // the screenful's bars and body, once cut
}

// Children are the screenful's bars and body: what the audio mode and
// screen readers find on it (ui.Walk).
func (p *pager) Children() []fyne.CanvasObject { return p.shown }

func newPager(c cutter, reach bool) *pager {
	p := &pager{c: c, reach: reach}
	p.ExtendBaseWidget(p)
	return p
}

func (p *pager) CreateRenderer() fyne.WidgetRenderer { return &pagerRenderer{p: p} }

type pagerRenderer struct {
	p    *pager
	objs []fyne.CanvasObject
	size fyne.Size
}

func (r *pagerRenderer) Layout(s fyne.Size) {
	if r.objs == nil || s != r.size {
		r.size = s
		top, body, bottom := r.p.c.cut(s)
		r.objs = []fyne.CanvasObject{top, body, bottom}
		r.p.shown = r.objs
	}
	layoutBars(r.objs, s, r.p.reach)
}

// MinSize is deliberately small: the cut makes the screenful fit any size.
func (r *pagerRenderer) MinSize() fyne.Size           { return fyne.NewSize(600, 400) }
func (r *pagerRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *pagerRenderer) Destroy()                     {}
func (r *pagerRenderer) Refresh() {
	for _, o := range r.objs {
		o.Refresh()
	}
}
