package screens

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"budapest1956/internal/ui"
)

// The "Sources & corrections" screen: what popular accounts get wrong, set
// against what the sources say, then every source the exhibit uses. Like the
// story it is paged, not scrolled.

// ShowLibrary opens the sources & corrections screen.
func (a *App) ShowLibrary() {
	a.touched()
	a.stopAudio()
	a.section, a.views, a.view = nil, nil, 0
	a.library, a.lib = true, paged{}
	a.closeOverlays()
	a.render()
}

func (a *App) libraryScreen() fyne.CanvasObject {
	return a.pagedScreen(&a.lib, a.libraryBlocks, a.libraryBars)
}

// layoutBars places a top bar, a body and a bottom bar. In reach mode the
// top bar's controls move down too, just above the bottom bar, so a seated
// visitor reaches everything.
func layoutBars(objs []fyne.CanvasObject, size fyne.Size, reach bool) {
	top, body, bottom := objs[0], objs[1], objs[2]
	pad := theme.Padding()
	th, bh := top.MinSize().Height, bottom.MinSize().Height
	bodyH := size.Height - th - bh - 2*pad
	bottom.Move(fyne.NewPos(0, size.Height-bh))
	bottom.Resize(fyne.NewSize(size.Width, bh))
	if reach {
		body.Move(fyne.NewPos(0, 0))
		body.Resize(fyne.NewSize(size.Width, bodyH))
		top.Move(fyne.NewPos(0, bodyH+pad))
		top.Resize(fyne.NewSize(size.Width, th))
		return
	}
	top.Move(fyne.NewPos(0, 0))
	top.Resize(fyne.NewSize(size.Width, th))
	body.Move(fyne.NewPos(0, th+pad))
	body.Resize(fyne.NewSize(size.Width, bodyH))
}

// fill groups blocks, in order, into screenfuls of at most height h at width
// w. A block taller than a screen gets a screenful of its own.
func fill(blocks []fyne.CanvasObject, w, h, gap float32) [][]int {
	var pages [][]int
	var cur []int
	used := float32(0)
	for i, b := range blocks {
		bh := ui.Measure(b, w)
		if len(cur) > 0 && used+gap+bh > h {
			pages = append(pages, cur)
			cur, used = nil, 0
		}
		if len(cur) > 0 {
			used += gap
		}
		cur = append(cur, i)
		used += bh
	}
	if len(cur) > 0 || len(pages) == 0 {
		pages = append(pages, cur)
	}
	return pages
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
		blocks = append(blocks, ui.NewParagraph("• "+a.ex.Sources[key].Citation(), ui.SizeSmall, fyne.TextStyle{}))
	}
	return blocks
}

func (a *App) libraryBars(view, n int) (top, bottom fyne.CanvasObject) {
	return a.topBar(a.label("all_sources"), a.label("sources")), a.pagerBar(view, n, nil)
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
	counter := ui.NewText(a.pageOf(view+1, n), ui.SizeBar, fyne.TextStyle{})
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
	return container.NewBorder(nil, nil, prev, right, middle)
}
