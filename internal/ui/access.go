package ui

import (
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
)

// The exhibit's widgets say what they are, in the visitor's language, through
// Fyne's accessibility interface (fyne.Accessible): Windows and macOS screen
// readers read it in builds with the accessibility tag, and the exhibit's own
// audio mode (screens/audiomode.go) speaks it on every system. A widget that
// a visitor can tap or focus must have a label; Walk finds what to say.

// Spoken is the accessible name a screen gives a widget whose drawing says
// it without words (an icon, a dial, a picture); the screens set it in the
// visitor's language.
type Spoken struct{ Spoken string }

// Parent is a widget that wraps other objects a visitor should hear (a
// screen's root, the swipe area, a pager): Walk goes into its children.
type Parent interface {
	Children() []fyne.CanvasObject
}

// Item is one thing a visitor can hear or act on, at its place on screen.
type Item struct {
	Obj   fyne.CanvasObject
	Label string
	Role  fyne.AccessibleRole
	Pos   fyne.Position // absolute, from the walked root's origin
	Size  fyne.Size
}

// Contains reports whether p (absolute) lies on the item.
func (it Item) Contains(p fyne.Position) bool {
	return p.X >= it.Pos.X && p.Y >= it.Pos.Y && p.X < it.Pos.X+it.Size.Width && p.Y < it.Pos.Y+it.Size.Height
}

// Actionable reports whether the item does something when activated.
func (it Item) Actionable() bool {
	_, tap := it.Obj.(fyne.Tappable)
	return tap
}

// Activate does what a tap on the item does; false if it is not a control.
func (it Item) Activate() bool {
	t, ok := it.Obj.(fyne.Tappable)
	if !ok {
		return false
	}
	t.Tapped(&fyne.PointEvent{Position: fyne.NewPos(it.Size.Width/2, it.Size.Height/2), AbsolutePosition: it.Pos.Add(fyne.NewPos(it.Size.Width/2, it.Size.Height/2))})
	return true
}

// Walk lists, in reading order of the object tree, every visible object
// with an accessible label: containers and Parents are entered, an
// accessible object is one item (its insides are its label). Objects that
// can be tapped or focused but have no label are returned as missing: a
// visitor using a screen reader or the audio mode could not know them.
func Walk(root fyne.CanvasObject) (items []Item, missing []fyne.CanvasObject) {
	var walk func(o fyne.CanvasObject, at fyne.Position)
	walk = func(o fyne.CanvasObject, at fyne.Position) {
		if o == nil || !o.Visible() {
			return
		}
		pos := at.Add(o.Position())
		switch t := o.(type) {
		case *TouchArea:
			if t.Staff {
				return
			}
		case *HearLayer:
			return
		}
		if c, ok := o.(*fyne.Container); ok {
			for _, child := range c.Objects {
				walk(child, pos)
			}
			return
		}
		if acc, ok := o.(fyne.Accessible); ok && acc.AccessibilityRole() != fyne.AccessibleRoleContainer {
			if label := acc.AccessibilityLabel(); label != "" {
				items = append(items, Item{Obj: o, Label: label, Role: acc.AccessibilityRole(), Pos: pos, Size: o.Size()})
				return
			}
		}
		if p, ok := o.(Parent); ok {
			for _, child := range p.Children() {
				walk(child, pos)
			}
			return
		}
		if interactive(o) {
			missing = append(missing, o)
		}
	}
	walk(root, fyne.Position{})
	return items, missing
}

// interactive reports whether a visitor can tap or focus o.
func interactive(o fyne.CanvasObject) bool {
	switch o.(type) {
	case fyne.Tappable, fyne.DoubleTappable, fyne.Focusable:
		return true
	}
	return false
}

// The exhibit's widgets as accessible objects.

// AccessibilityLabel is the button's spoken name, else its text. An icon
// alone says nothing in the visitor's language: such a button must be
// given Spoken.
func (b *Button) AccessibilityLabel() string {
	if b.Spoken.Spoken != "" {
		return b.Spoken.Spoken
	}
	return b.Text
}

func (t *Tile) AccessibilityLabel() string {
	return Sentences(t.title.Text, t.period.Text, t.summary.Text)
}
func (t *Tile) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleButton }

func (b *Backdrop) AccessibilityLabel() string             { return b.Spoken.Spoken }
func (b *Backdrop) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleButton }

func (d *Dial) AccessibilityLabel() string             { return d.Spoken.Spoken }
func (d *Dial) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleButton }

func (p *Progress) AccessibilityLabel() string             { return p.Spoken.Spoken }
func (p *Progress) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleButton }

func (t *TapText) AccessibilityLabel() string             { return t.Label.Text }
func (t *TapText) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleButton }

func (t *TouchArea) AccessibilityLabel() string             { return t.Spoken.Spoken }
func (t *TouchArea) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleButton }

func (d *Dots) AccessibilityLabel() string             { return d.Spoken.Spoken }
func (d *Dots) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }

func (l *LabeledImage) AccessibilityLabel() string             { return l.Spoken.Spoken }
func (l *LabeledImage) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }

func (p *Paper) AccessibilityLabel() string             { return p.Spoken.Spoken }
func (p *Paper) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }

// AccessibilityLabel is the longest wording: the ear has no width limit.
func (f *FitText) AccessibilityLabel() string {
	if len(f.texts) > 0 {
		return f.texts[0]
	}
	return f.Text
}

func (p *Paper) Children() []fyne.CanvasObject { return []fyne.CanvasObject{p.Content} }

// Sentences joins the non-empty parts, trimmed, into sentences: each ends
// with a full stop unless it already ends as a sentence or a quotation
// does. The audio mode reads a screen's texts so, and a tile's name.
func Sentences(parts ...string) string {
	var b strings.Builder
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(" ")
		}
		b.WriteString(p)
		if r, _ := utf8.DecodeLastRuneInString(p); !strings.ContainsRune(".!?:…”“\"", r) {
			b.WriteString(".")
		}
	}
	return b.String()
}
