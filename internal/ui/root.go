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

func (r *Root) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(r.content) }
