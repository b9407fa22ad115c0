package screens

import (
	"fyne.io/fyne/v2"
)

// cutter is a screen whose body is cut into screenfuls for the size it is
// given: bars above and below, the body between (story, library, radio list).
type cutter interface {
	cut(size fyne.Size) (top, body, bottom fyne.CanvasObject)
}

// pager shows a cutter's screenful. It asks for a new cut when, and only
// when, its size changes; layouts elsewhere only lay out. It is a plain
// container (its layout swaps the objects in), not a widget, so that
// screen readers, whose Fyne bridge walks containers only, reach what is
// on the screenful.
type pager struct {
	c     cutter
	reach bool // reach mode: the top bar's controls go down too
	box   *fyne.Container
	size  fyne.Size
}

func newPager(c cutter, reach bool) *fyne.Container {
	p := &pager{c: c, reach: reach}
	p.box = &fyne.Container{Layout: p}
	return p.box
}

func (p *pager) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	if len(p.box.Objects) == 0 || s != p.size {
		p.size = s
		top, body, bottom := p.c.cut(s)
		p.box.Objects = []fyne.CanvasObject{top, body, bottom}
		objs = p.box.Objects
	}
	layoutBars(objs, s, p.reach)
}

// MinSize is deliberately small: the cut makes the screenful fit any size.
func (p *pager) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(600, 400) }
