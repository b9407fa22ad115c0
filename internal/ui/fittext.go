package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// FitText is a one-line label with shorter wordings to fall back on: it
// shows the first of them that fits its width, so a bar on a narrow
// window reads "The Crushing" rather than "The Crushing · 4 Nov…". Only
// the last wording is cut with an ellipsis, and only if nothing fits.
type FitText struct {
	widget.Label
	texts []string
	need  []float32 // width each wording needs (a new theme means a new screen)
}

// NewFitText makes a FitText from wordings, longest first.
func NewFitText(size fyne.ThemeSizeName, style fyne.TextStyle, texts ...string) *FitText {
	t := &FitText{texts: texts}
	t.Truncation, t.SizeName, t.TextStyle = fyne.TextTruncateEllipsis, size, style
	if len(texts) > 0 {
		t.Text = texts[0]
	}
	t.ExtendBaseWidget(t)
	return t
}

// Resize picks the wording for the new width.
func (t *FitText) Resize(s fyne.Size) {
	pick := t.pick(s.Width)
	changed := pick != t.Text
	t.Text = pick
	t.Label.Resize(s)
	if changed {
		t.Refresh()
	}
}

func (t *FitText) pick(width float32) string {
	if len(t.texts) == 0 {
		return ""
	}
	if t.need == nil {
		for _, s := range t.texts {
			t.need = append(t.need, FullWidth(s, t.SizeName, t.TextStyle))
		}
	}
	for i, s := range t.texts {
		if t.need[i] <= width {
			return s
		}
	}
	return t.texts[len(t.texts)-1]
}

// FullWidth is the width a label needs to show s on one line, uncut.
func FullWidth(s string, size fyne.ThemeSizeName, style fyne.TextStyle) float32 {
	probe := widget.NewLabel(s)
	probe.SizeName, probe.TextStyle = size, style
	return probe.MinSize().Width
}
