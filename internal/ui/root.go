package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// Root holds a whole screen. In kiosk mode it hides the mouse pointer: Fyne
// asks the deepest Cursorable under the pointer for its cursor, and nothing
// in the exhibit's screens sets another one.
type Root struct {
	widget.BaseWidget
	content    fyne.CanvasObject
	hideCursor bool

	// OnResize, if set, hears every new size the window gives the screen:
	// screens choose wordings and layouts for the width they were built at.
	OnResize func(fyne.Size)
}

// NewRoot wraps a screen.
func NewRoot(content fyne.CanvasObject, hideCursor bool) *Root {
	r := &Root{content: content, hideCursor: hideCursor}
	r.ExtendBaseWidget(r)
	return r
}

func (r *Root) Cursor() desktop.Cursor {
	if r.hideCursor {
		return desktop.HiddenCursor
	}
	return desktop.DefaultCursor
}

func (r *Root) CreateRenderer() fyne.WidgetRenderer {
	return &rootRenderer{WidgetRenderer: widget.NewSimpleRenderer(r.content), r: r}
}

type rootRenderer struct {
	fyne.WidgetRenderer
	r    *Root
	last fyne.Size
}

func (rr *rootRenderer) Layout(s fyne.Size) {
	rr.WidgetRenderer.Layout(s)
	if s != rr.last {
		rr.last = s
		if rr.r.OnResize != nil {
			rr.r.OnResize(s)
		}
	}
}
