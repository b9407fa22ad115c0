package screens

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"budapest1956/internal/display"
	"budapest1956/internal/ui"
)

// The "Sources & corrections" screen: what popular accounts get wrong, set
// against what the sources say, then every source the exhibit uses. Like the
// story it is paged, not scrolled.

// libraryScreen lists the corrections, then the bibliography.
type libraryScreen struct{ listScreen }

func newLibraryScreen(a *App) *libraryScreen {
	l := &libraryScreen{listScreen{a: a, name: "library", rows: a.libraryBlocks}}
	l.title = func() []string { return []string{a.label("all_sources"), a.label("sources")} }
	return l
}

func (a *App) libraryBlocks() []fyne.CanvasObject {
	heading := func(s string) fyne.CanvasObject {
		return ui.NewParagraph(s, ui.SizeTitle, fyne.TextStyle{Bold: true, Italic: true})
	}
	blocks := []fyne.CanvasObject{heading(a.label("corrections_title"))}
	for _, c := range a.ex.Corrections {
		claim := ui.NewParagraph(a.label("claim")+": "+a.text(c.Claim), ui.SizeSmall, fyne.TextStyle{Italic: true})
		claim.Importance = widget.WarningImportance
		fact := ui.NewParagraph(a.text(c.Fact), ui.SizeBody, fyne.TextStyle{})
		var titles []string
		for _, key := range c.Sources {
			if s := a.ex.Sources[key]; s != nil {
				titles = append(titles, s.Title)
			}
		}
		src := ui.NewParagraph(a.label("sources")+": "+strings.Join(titles, "; "), ui.SizeSmall, fyne.TextStyle{})
		src.Importance = widget.LowImportance
		blocks = append(blocks, card(claim, fact, src))
	}
	blocks = append(blocks, heading(a.label("bibliography")))
	for _, key := range a.ex.SourceOrder {
		blocks = append(blocks, ui.NewParagraph("• "+a.ex.Sources[key].CitationIn(a.visit.Lang, a.ex.DefaultLanguage), ui.SizeSmall, fyne.TextStyle{}))
	}
	return blocks
}

// pagerBar is the bottom bar of a paged screen: previous, dots and page
// count, any extra buttons, and next (which becomes Home at the end).
func (a *App) pagerBar(view, n int, extra fyne.CanvasObject) fyne.CanvasObject {
	if n < 1 {
		n = 1
	}
	prev := ui.NewButton(a.label("previous"), theme.NavigateBackIcon(), a.Previous)
	if view == 0 {
		prev.Disable()
	}
	nextLabel, nextIcon := a.label("next"), theme.NavigateNextIcon()
	if view >= n-1 {
		nextLabel, nextIcon = a.label("home"), theme.HomeIcon()
	}
	next := ui.NewButton(nextLabel, nextIcon, a.Next)
	next.IconPlacement = widget.ButtonIconTrailingText
	next.Importance = widget.HighImportance
	counter := ui.NewText(display.PageOf(a.ex, view+1, n, a.visit.Lang), ui.SizeBar, fyne.TextStyle{})
	counter.Alignment = fyne.TextAlignCenter
	counter.Truncation = fyne.TextTruncateOff // centred: it gets only its own width
	// The middle gets all the room between the buttons (the dots hide when
	// it is too little), centred in height by the spacers.
	middle := container.NewVBox(layout.NewSpacer(), counter, layout.NewSpacer())
	if n <= ui.DotsFit {
		middle = container.NewVBox(layout.NewSpacer(), ui.NewDots(n, view), counter, layout.NewSpacer())
	}
	right := container.NewHBox(next)
	if extra != nil {
		right = container.NewHBox(extra, next)
	}
	// The counter must keep its width: on a narrow screen the buttons give
	// up their words (keeping their icons), the page's own controls first,
	// the most important (Listen) last, then Previous and Next.
	avail := a.win.Canvas().Size().Width - 6*theme.Padding()
	need := func() float32 {
		return prev.MinSize().Width + right.MinSize().Width + counter.MinSize().Width + 2*theme.Padding()
	}
	var shed []*ui.Button
	if extra != nil {
		var low, high []*ui.Button
		walkButtons(extra, func(b *ui.Button) {
			if b.Importance == widget.HighImportance {
				high = append(high, b)
			} else {
				low = append(low, b)
			}
		})
		shed = append(low, high...)
	}
	for _, b := range append(shed, prev, next) {
		if need() <= avail {
			break
		}
		if b.Icon != nil && b.Text != "" {
			b.SetText("")
		}
	}
	return container.NewBorder(nil, nil, prev, right, middle)
}

// walkButtons calls fn for each button in o, in order.
func walkButtons(o fyne.CanvasObject, fn func(*ui.Button)) {
	switch v := o.(type) {
	case *ui.Button:
		fn(v)
	case *fyne.Container:
		for _, c := range v.Objects {
			walkButtons(c, fn)
		}
	}
}
