// Package ui holds the exhibit's look and its touch widgets: the theme, big
// buttons, tiles, the swipe area and page dots. Screens compose these.
package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"budapest1956/assets"
)

// MinTouch is the smallest size of anything a visitor can tap: 20 mm on the
// reference kiosk (24", 1920×1080, about 3.6 px per mm) rounds up to 72 px.
const MinTouch float32 = 72

// Size names of the exhibit's text, beyond Fyne's own.
const (
	SizeTitle   fyne.ThemeSizeName = "exhibit.title"   // page and screen titles
	SizeHeading fyne.ThemeSizeName = "exhibit.heading" // tile titles, section names
	SizeQuote   fyne.ThemeSizeName = "exhibit.quote"   // quotations
	SizeSmall   fyne.ThemeSizeName = "exhibit.small"   // credits, dates, page counter
)

// Colours of the exhibit. Text pairs are checked for contrast in tests.
var (
	ColorBackground = color.NRGBA{0x12, 0x16, 0x1c, 0xff}
	ColorSurface    = color.NRGBA{0x1d, 0x23, 0x2c, 0xff}
	ColorPressed    = color.NRGBA{0x2b, 0x33, 0x3f, 0xff}
	ColorText       = color.NRGBA{0xf3, 0xee, 0xe4, 0xff}
	ColorMuted      = color.NRGBA{0xc4, 0xbd, 0xb0, 0xff}
	ColorAccent     = color.NRGBA{0x9e, 0x2f, 0x27, 0xff} // muted Hungarian red
	ColorGreen      = color.NRGBA{0x3f, 0x7a, 0x4a, 0xff}
	ColorLine       = color.NRGBA{0x3a, 0x43, 0x50, 0xff}
	ColorWarning    = color.NRGBA{0xf0, 0xc0, 0x6a, 0xff}
)

// Theme is the dark, calm exhibit theme. Fonts: Noto Sans for body text and
// controls; Noto Serif Italic for quotations (TextStyle Italic) and Noto
// Serif Bold for headings (TextStyle Bold+Italic), so headings and quotes
// read as the exhibit's voice and the rest as plain information.
type Theme struct{}

var _ fyne.Theme = Theme{}

func (Theme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	switch n {
	case theme.ColorNameBackground, theme.ColorNameOverlayBackground, theme.ColorNameMenuBackground:
		return ColorBackground
	case theme.ColorNameButton, theme.ColorNameInputBackground, theme.ColorNameHeaderBackground:
		return ColorSurface
	case theme.ColorNameForeground, theme.ColorNameForegroundOnPrimary, theme.ColorNameForegroundOnError:
		return ColorText
	case theme.ColorNamePlaceHolder, theme.ColorNameDisabled:
		return ColorMuted
	case theme.ColorNamePrimary, theme.ColorNameFocus, theme.ColorNameSelection:
		return ColorAccent
	case theme.ColorNamePressed, theme.ColorNameHover:
		return ColorPressed
	case theme.ColorNameSeparator, theme.ColorNameInputBorder, theme.ColorNameDisabledButton:
		return ColorLine
	case theme.ColorNameWarning, theme.ColorNameForegroundOnWarning:
		return ColorWarning
	case theme.ColorNameSuccess:
		return ColorGreen
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
func (Theme) Size(n fyne.ThemeSizeName) float32 {
	switch n {
	case theme.SizeNameText:
		return 30
	case SizeTitle:
		return 52
	case SizeHeading:
		return 38
	case SizeQuote:
		return 34
	case SizeSmall:
		return 24
	case theme.SizeNameHeadingText:
		return 52
	case theme.SizeNameSubHeadingText:
		return 38
	case theme.SizeNameCaptionText:
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
