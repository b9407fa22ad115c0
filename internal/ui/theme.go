// Package ui holds the exhibit's look and its touch widgets: the theme, big
// buttons, tiles, the swipe area and page dots. Screens compose these.
package ui

import (
	"image/color"
	"sync"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"budapest1956/assets"
)

// MinTouch is the smallest size of anything a visitor can tap: 20 mm on the
// reference kiosk (24", 1920×1080, about 3.6 px per mm) rounds up to 72 px.
const MinTouch float32 = 72

// MinTouchWindow is the smallest target in a window on a laptop, used with
// a mouse or a touchpad at arm's length: WCAG 2.5.5's 44 px.
const MinTouchWindow float32 = 44

// Touch is the smallest size of anything a visitor can tap on the current
// screen: MinTouch on a kiosk, less in a small window (see SetDensity),
// never below MinTouchWindow.
func Touch() float32 { return MinTouch * current.get().density() }

// Dp is a length designed for the reference kiosk, at the current density:
// the same design, sized for a laptop window seen from closer.
func Dp(px float32) float32 { return px * current.get().density() }

// Density is the current density (1 on a kiosk).
func Density() float32 { return current.get().density() }

// SetDensity sets how large the exhibit draws, as a share of the reference
// kiosk's sizes: 1 on a kiosk panel; in a laptop window the window's size
// against the reference panel, so text, gaps and targets keep the kiosk's
// proportions (a window is seen from closer than a kiosk). It is kept
// between MinTouchWindow/MinTouch and 1. It reports whether it changed; the
// caller then builds its screen again.
func SetDensity(d float32) bool {
	d = max(MinTouchWindow/MinTouch, min(d, 1))
	t := current.get()
	if t.density() == d {
		return false
	}
	t.Density = d
	current.cur.Store(&t)
	return true
}

// Size names of the exhibit's text, beyond Fyne's own.
const (
	SizeBody    fyne.ThemeSizeName = "exhibit.body"    // the story's text
	SizeTitle   fyne.ThemeSizeName = "exhibit.title"   // page and screen titles
	SizeHeading fyne.ThemeSizeName = "exhibit.heading" // tile titles, section names
	SizeQuote   fyne.ThemeSizeName = "exhibit.quote"   // quotations
	SizeSmall   fyne.ThemeSizeName = "exhibit.small"   // credits, dates, notes
	SizeTile    fyne.ThemeSizeName = "exhibit.tile"    // a home tile's dates and summary
	SizeBar     fyne.ThemeSizeName = "exhibit.bar"     // labels in the control bars: never scaled
)

// Palette is one set of the exhibit's colours. Every text/background pair
// used is checked for contrast in tests.
type Palette struct {
	Background, Surface, Pressed color.NRGBA
	Text, Muted, Warning         color.NRGBA
	Accent, OnAccent             color.NRGBA // high-importance buttons and their text
	Line, Focus, Green           color.NRGBA
}

// Calm is the default: dark and calm, body text above 7:1.
var Calm = Palette{
	Background: color.NRGBA{0x12, 0x16, 0x1c, 0xff},
	Surface:    color.NRGBA{0x1d, 0x23, 0x2c, 0xff},
	Pressed:    color.NRGBA{0x2b, 0x33, 0x3f, 0xff},
	Text:       color.NRGBA{0xf3, 0xee, 0xe4, 0xff},
	Muted:      color.NRGBA{0xc4, 0xbd, 0xb0, 0xff},
	Warning:    color.NRGBA{0xf0, 0xc0, 0x6a, 0xff},
	Accent:     color.NRGBA{0x8c, 0x2a, 0x22, 0xff}, // muted Hungarian red
	OnAccent:   color.NRGBA{0xf3, 0xee, 0xe4, 0xff},
	Line:       color.NRGBA{0x6a, 0x74, 0x82, 0xff},
	Focus:      color.NRGBA{0xf0, 0xc0, 0x6a, 0xff},
	Green:      color.NRGBA{0x3f, 0x7a, 0x4a, 0xff},
}

// HighContrast is for partially sighted visitors: black, white and yellow.
var HighContrast = Palette{
	Background: color.NRGBA{0x00, 0x00, 0x00, 0xff},
	Surface:    color.NRGBA{0x14, 0x14, 0x14, 0xff},
	Pressed:    color.NRGBA{0x30, 0x30, 0x30, 0xff},
	Text:       color.NRGBA{0xff, 0xff, 0xff, 0xff},
	Muted:      color.NRGBA{0xe8, 0xe8, 0xe8, 0xff},
	Warning:    color.NRGBA{0xff, 0xe1, 0x4d, 0xff},
	Accent:     color.NRGBA{0xff, 0xe1, 0x4d, 0xff},
	OnAccent:   color.NRGBA{0x00, 0x00, 0x00, 0xff},
	Line:       color.NRGBA{0xff, 0xff, 0xff, 0xff},
	Focus:      color.NRGBA{0x2f, 0x6b, 0xff, 0xff}, // blue: clear on black and on yellow
	Green:      color.NRGBA{0x7d, 0xe0, 0x8c, 0xff},
}

// Colors returns the current theme's palette, for canvas objects the
// screens draw themselves (backgrounds, cards). It is read from the one
// live theme, so it is safe from any goroutine and never out of step.
func Colors() Palette {
	p := current.get().palette()
	return p
}

// Theme is the exhibit theme. Fonts: Noto Sans for body text and controls;
// Noto Serif Italic for quotations (TextStyle Italic) and Noto Serif Bold
// for headings (TextStyle Bold+Italic), so headings and quotes read as the
// exhibit's voice and the rest as plain information. Scale enlarges the
// exhibit's own text (large-text mode: 1, 1.5 or 2); the controls keep
// their size, so the bars stay where visitors learned to find them.
type Theme struct {
	Palette Palette
	Scale   float32
	Density float32 // SetDensity; 0 is 1
}

func (t Theme) density() float32 {
	if t.Density <= 0 {
		return 1
	}
	return t.Density
}

// NewTheme makes the theme for the comfort settings.
func NewTheme(highContrast bool, scale float32) Theme {
	p := Calm
	if highContrast {
		p = HighContrast
	}
	if scale <= 0 {
		scale = 1
	}
	return Theme{Palette: p, Scale: scale}
}

var _ fyne.Theme = Theme{}

// live is the one theme Fyne is given for the whole run; comfort changes
// swap what it points at instead of installing a new theme. Every SetTheme
// makes Fyne parse its fonts again, and Fyne v2.8.1's text shaper keeps
// each parsed font for good (the harfbuzz buffer caches shaping plans per
// font): 10–25 MB a change, which a kiosk would pile up for months.
type live struct{ cur atomic.Pointer[Theme] }

var current = &live{}

func (l *live) get() Theme {
	if t := l.cur.Load(); t != nil {
		return *t
	}
	return Theme{}
}

func (l *live) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	return l.get().Color(n, v)
}
func (l *live) Font(s fyne.TextStyle) fyne.Resource     { return l.get().Font(s) }
func (l *live) Icon(n fyne.ThemeIconName) fyne.Resource { return l.get().Icon(n) }
func (l *live) Size(n fyne.ThemeSizeName) float32       { return l.get().Size(n) }

// Apply sets the exhibit's look: palette and text scale. The first call
// installs the theme in the running app; later calls change it in place,
// and the caller re-renders its screen (new widgets read the new values).
func Apply(highContrast bool, scale float32) {
	t := NewTheme(highContrast, scale)
	t.Density = current.get().Density
	current.cur.Store(&t)
	if s := fyne.CurrentApp().Settings(); s.Theme() != fyne.Theme(current) {
		s.SetTheme(current)
	}
}

// Icon returns a theme icon for the current palette. Fyne caches drawn
// icons by name only, so without a palette-specific name a contrast change
// would keep showing icons in the old colours (Apply does not clear caches).
//
// In the calm palette a themed icon is coloured once and kept as a plain
// SVG: Fyne colours a themed SVG again every time an image of it is asked
// its size, which was a third of a page turn (docs/performance.md). Its
// colour is right on every button: the text colour, which the calm palette
// also uses on its accent buttons (OnAccent), and Fyne still greys a
// disabled button's SVG itself.
func Icon(res fyne.Resource) fyne.Resource {
	if res == nil {
		return res
	}
	if current.get().palette() == Calm {
		th, ok := res.(fyne.ThemedResource)
		if !ok || Calm.OnAccent != Calm.Text {
			return res
		}
		name := "calm/" + string(th.ThemeColorName()) + "/" + res.Name()
		if r, ok := hcIcons.Load(name); ok {
			return r.(fyne.Resource)
		}
		r := fyne.NewStaticResource(name, res.Content()) // coloured by the live theme
		hcIcons.Store(name, r)
		return r
	}
	name := "hc/" + res.Name()
	if r, ok := hcIcons.Load(name); ok {
		return r.(fyne.Resource)
	}
	r := theme.NewThemedResource(fyne.NewStaticResource(name, res.Content()))
	hcIcons.Store(name, r)
	return r
}

var hcIcons sync.Map // name → the icon in that palette

func (t Theme) palette() Palette {
	if t.Palette == (Palette{}) {
		return Calm
	}
	return t.Palette
}

func (t Theme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	p := t.palette()
	switch n {
	case theme.ColorNameBackground, theme.ColorNameOverlayBackground, theme.ColorNameMenuBackground:
		return p.Background
	case theme.ColorNameButton, theme.ColorNameInputBackground, theme.ColorNameHeaderBackground:
		return p.Surface
	case theme.ColorNameForeground:
		return p.Text
	case theme.ColorNameForegroundOnPrimary, theme.ColorNameForegroundOnError, theme.ColorNameForegroundOnSuccess:
		return p.OnAccent
	case theme.ColorNamePlaceHolder, theme.ColorNameDisabled:
		return p.Muted
	case theme.ColorNamePrimary, theme.ColorNameSelection, theme.ColorNameError:
		return p.Accent
	case theme.ColorNameFocus:
		return color.Transparent // focus is a ring (see ring.go), not a tint
	case theme.ColorNamePressed, theme.ColorNameHover:
		return p.Pressed
	case theme.ColorNameSeparator, theme.ColorNameInputBorder:
		return p.Line
	case theme.ColorNameDisabledButton:
		return p.Surface
	case theme.ColorNameWarning, theme.ColorNameForegroundOnWarning:
		return p.Warning
	case theme.ColorNameSuccess:
		return p.Green
	}
	return theme.DefaultTheme().Color(n, theme.VariantDark)
}

func (Theme) Font(s fyne.TextStyle) fyne.Resource {
	switch {
	case s.Monospace || s.Symbol:
		return theme.DefaultTheme().Font(s)
	case s.Bold && s.Italic:
		return assets.SerifBold
	case s.Italic:
		return assets.SerifItalic
	case s.Bold:
		return assets.SansBold
	}
	return assets.SansRegular
}

func (Theme) Icon(n fyne.ThemeIconName) fyne.Resource {
	return theme.DefaultTheme().Icon(n)
}

// Size: body text is 30 px at the reference 1920×1080 (readable from 70 cm;
// the bar is 28 px), headings scale from it.
func (t Theme) Size(n fyne.ThemeSizeName) float32 {
	if d := t.density(); d != 1 {
		return t.size(n) * d
	}
	return t.size(n)
}

func (t Theme) size(n fyne.ThemeSizeName) float32 {
	scale := t.Scale
	if scale <= 0 {
		scale = 1
	}
	switch n {
	case theme.SizeNameText:
		return 30
	case SizeBody:
		return 30 * scale
	case SizeTitle, theme.SizeNameHeadingText:
		// Titles are big already; past 1.4× they would crowd out the text.
		return 52 * min(scale, 1.4)
	case SizeHeading, theme.SizeNameSubHeadingText:
		return 38 * min(scale, 1.25) // tile titles must fit a tile on a laptop
	case SizeQuote:
		return 34 * scale
	case SizeSmall, theme.SizeNameCaptionText:
		return 24 * scale
	case SizeTile:
		// A home tile's dates and summary grow like its title: at 2× four
		// summaries would leave no room for the pictures on one screen.
		return 24 * min(scale, 1.25)
	case SizeBar:
		return 24
	case theme.SizeNameInlineIcon:
		return 36
	case theme.SizeNamePadding:
		return 8
	case theme.SizeNameInnerPadding:
		return 16
	case theme.SizeNameInputRadius, theme.SizeNameSelectionRadius:
		return 10
	case theme.SizeNameScrollBar:
		return 16
	}
	return theme.DefaultTheme().Size(n)
}
