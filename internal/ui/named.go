package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Named is content that is heard as one thing, by a name of its own
// rather than by the texts drawn in it: a chart by its title and what it
// shows (its alt text) instead of bar after bar, a picture's credit line
// without its licence code. Walk, the audio mode and screen readers take it
// as one text; with no name, its content is heard as it is.
type Named struct {
	widget.BaseWidget
	Spoken
	Content fyne.CanvasObject
}

// NewNamed shows content, heard as spoken.
func NewNamed(content fyne.CanvasObject, spoken string) *Named {
	n := &Named{Spoken: Spoken{spoken}, Content: content}
	n.ExtendBaseWidget(n)
	return n
}

func (n *Named) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(n.Content) }

func (n *Named) AccessibilityLabel() string             { return n.Spoken.Spoken }
func (n *Named) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }

// Children: with no name, Walk reads the content.
func (n *Named) Children() []fyne.CanvasObject { return []fyne.CanvasObject{n.Content} }
