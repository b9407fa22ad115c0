package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// SwipeThreshold is how far (in px) a finger must travel sideways before a
// drag counts as a swipe: far enough that a wobbly tap never turns a page.
const SwipeThreshold float32 = 90

// Swipe turns horizontal finger drags over content into page turns. Fyne
// on desktop delivers a finger drag as Dragged events to the topmost
// Draggable under the finger; Swipe lies under the content (labels and
// images are not draggable) and is that Draggable, while taps still reach
// buttons. Content is its sibling in a container (Body), not its child, so
// screen readers, whose Fyne bridge walks containers only, reach it.
type Swipe struct {
	widget.BaseWidget
	Content fyne.CanvasObject
	body    *fyne.Container
	OnLeft  func() // finger moved right to left: next page
	OnRight func() // finger moved left to right: previous page
	// OnScroll gets mouse wheel and touchpad scrolling (dy < 0: down).
	OnScroll func(dy float32)

	dx, dy float32
}

// NewSwipe wraps content.
func NewSwipe(content fyne.CanvasObject, onLeft, onRight func()) *Swipe {
	s := &Swipe{Content: content, OnLeft: onLeft, OnRight: onRight}
	s.ExtendBaseWidget(s)
	return s
}

func (s *Swipe) Dragged(e *fyne.DragEvent) {
	s.dx += e.Dragged.DX
	s.dy += e.Dragged.DY
}

func (s *Swipe) DragEnd() {
	dx, dy := s.dx, s.dy
	s.dx, s.dy = 0, 0
	if abs(dx) < SwipeThreshold || abs(dx) < 1.5*abs(dy) {
		return // too short, or mostly vertical
	}
	if dx < 0 && s.OnLeft != nil {
		s.OnLeft()
	} else if dx > 0 && s.OnRight != nil {
		s.OnRight()
	}
}

// Scrolled passes wheel movement on: the exhibit pages, it never scrolls.
func (s *Swipe) Scrolled(e *fyne.ScrollEvent) {
	if s.OnScroll != nil {
		s.OnScroll(e.Scrolled.DY)
	}
}

func abs(f float32) float32 {
	if f < 0 {
		return -f
	}
	return f
}

// Body is the swipe layer with the content over it: what a screen shows.
func (s *Swipe) Body() fyne.CanvasObject {
	if s.body == nil {
		s.body = container.NewStack(s, s.Content)
	}
	return s.body
}

func (s *Swipe) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}
