package screens

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"budapest1956/internal/content"
	"budapest1956/internal/ui"
)

// TestDocument_ShowsOnItsPageAndFits: every document shows on its page at
// the kiosk, portrait and laptop sizes, in both languages and in large-text
// mode: the quotation's original words on paper, whole, and the caption
// saying it is a reconstruction and naming the source, inside the window.
func TestDocument_ShowsOnItsPageAndFits(t *testing.T) {
	sweep(t)
	blockSweep(t, "a document", func(a *App, win fyne.Window, b content.DocumentBlock) []string {
		return documentProblems(a, win, b.Doc)
	})
}

// blockSweep shows every page with a block of kind T at the kiosk,
// portrait and laptop sizes, in both languages, with normal and large
// text, and reports what problems says about each; it fails if no page has
// one (what names the block in that message).
func blockSweep[T content.Block](t *testing.T, what string, problems func(a *App, win fyne.Window, b T) []string) {
	sweep(t)
	for _, size := range []fyne.Size{{Width: 1920, Height: 1080}, {Width: 1080, Height: 1920}, {Width: 1280, Height: 800}} {
		a, win := newApp(t, size.Width, size.Height)
		found := 0
		for _, lang := range a.ex.Languages {
			a.SetLanguage(lang.Code)
			for _, acc := range []Access{{TextScale: 1}, {TextScale: 2}} {
				a.SetAccess(acc)
				for _, s := range a.ex.Sections {
					for i, p := range s.Pages {
						for _, b := range p.Blocks {
							blk, ok := b.(T)
							if !ok {
								continue
							}
							found++
							a.ShowSection(s.ID, i)
							for _, pr := range problems(a, win, blk) {
								t.Errorf("%v %s %+v %s: %s", size, lang.Code, acc, p.File, pr)
							}
						}
					}
				}
			}
		}
		if found == 0 {
			t.Fatalf("no page has %s", what)
		}
		a.SetAccess(Access{TextScale: 1})
	}
}

// documentProblems pages through the page on show and says what is wrong
// with its document: words not on paper or cut, the caption missing.
func documentProblems(a *App, win fyne.Window, d *content.Document) (out []string) {
	_, page := a.Where()
	words := false
	var seen []string
	wantCaption := a.label("reconstruction")
	source := a.ex.Sources[d.Source].ShortIn(a.visit.Lang, a.ex.DefaultLanguage)
	h := win.Canvas().Size().Height
	for {
		walk(win, func(o fyne.CanvasObject) {
			switch v := o.(type) {
			case *ui.Paper:
				pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(v)
				if pos.Y+v.Size().Height > h+1 {
					out = append(out, fmt.Sprintf("the paper ends at %.0f px, below the window", pos.Y+v.Size().Height))
				}
				walkObj(v.Content, func(o fyne.CanvasObject) {
					if rt, ok := o.(*widget.RichText); ok && rt.String() == d.Text {
						words = true
						c := widget.NewRichText(&widget.TextSegment{Text: rt.String(), Style: rt.Segments[0].(*widget.TextSegment).Style})
						c.Wrapping = rt.Wrapping
						if need := ui.Measure(c, rt.Size().Width); rt.Size().Height+1 < need {
							out = append(out, fmt.Sprintf("the words get %.0f px of the %.0f they need", rt.Size().Height, need))
						}
						if lp := fyne.CurrentApp().Driver().AbsolutePositionForObject(rt); lp.Y+rt.Size().Height > pos.Y+v.Size().Height+1 {
							out = append(out, "the words run off the paper")
						}
					}
				})
			case *widget.Label:
				if v.Importance == widget.LowImportance && v.TextStyle.Italic {
					seen = append(seen, v.Text)
					pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(v)
					if need := needs(v); v.Size().Height+1 < need || pos.Y+need > h+1 {
						out = append(out, fmt.Sprintf("the caption is cut: %.0f of %.0f px, at %.0f", v.Size().Height, need, pos.Y))
					}
				}
			}
		})
		if i, n := a.View(); i+1 >= n {
			break
		}
		a.Next()
		if _, p := a.Where(); p != page {
			break
		}
	}
	if !words {
		out = append(out, "the quotation's original words are not on paper")
	}
	if all := strings.Join(seen, " "); !contains(all, wantCaption) || !contains(all, source) {
		out = append(out, "no caption saying it is a reconstruction, with its source")
	}
	return out
}

// needs is the height a wrapped label's text takes at the label's width,
// measured on a copy so the label on screen is left as it is.
func needs(l *widget.Label) float32 {
	c := ui.NewParagraph(l.Text, l.SizeName, l.TextStyle)
	return ui.Measure(c, l.Size().Width)
}
