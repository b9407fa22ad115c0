package screens

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"budapest1956/internal/ui"
)

// tilePictureShare is the least share of a tile's width its picture
// takes: all of it with normal text, at least two fifths with large text
// (less the rounding of the padding).
func tilePictureShare(scale float32) float32 {
	if scale == 1 {
		return 0.95
	}
	return 0.38
}

// TestHome_TilesKeepPictureAndSummaryAtEverySize: in a laptop window
// (1280×800, 1366×768), on the landscape and the portrait kiosk, in both
// languages and with large text, every home tile shows its picture the
// tile's full width (at least two fifths of it with large text) and its summary
// in full inside the tile; every target is at least the window's minimum
// (44 px, WCAG 2.5.5; 72 px on a kiosk-sized panel) and no text is cut.
func TestHome_TilesKeepPictureAndSummaryAtEverySize(t *testing.T) {
	d := func() fyne.Driver { return fyne.CurrentApp().Driver() }
	for _, size := range layoutSizes {
		a, win := newApp(t, size.Width, size.Height)
		for _, lang := range []string{"en", "hu"} {
			a.SetLanguage(lang)
			for _, scale := range textScales {
				a.SetAccess(Access{TextScale: scale})
				where := fmt.Sprintf("%v %s ×%v", size, lang, scale)
				tiles := find[*ui.Tile](win)
				if len(tiles) != len(a.ex.Sections) {
					t.Fatalf("%s: %d tiles", where, len(tiles))
				}
				for i, tile := range tiles {
					s := a.ex.Sections[i]
					inner := tile.Size().Width - 4*theme.Padding() // the tile's and the picture's padding
					var pic *canvas.Image
					var summary *widget.Label
					walkObj(tile, func(o fyne.CanvasObject) {
						switch v := o.(type) {
						case *canvas.Image:
							if v.FillMode == canvas.ImageFillStretch { // the picture's pixels (labeled.go)
								pic = v
							}
						case *widget.Label:
							if v.Text == a.text(s.Summary) {
								summary = v
							}
						}
					})
					switch {
					case pic == nil:
						t.Errorf("%s %s: no picture", where, s.ID)
					case pic.Size().Width < tilePictureShare(scale)*inner:
						t.Errorf("%s %s: the picture is %.0f px wide, want ≥ %.0f (%.0f %% of the tile)", where, s.ID, pic.Size().Width, tilePictureShare(scale)*inner, 100*tilePictureShare(scale))
					}
					if summary == nil {
						t.Errorf("%s %s: the summary is not shown", where, s.ID)
						continue
					}
					if got, need := summary.Size().Height, summary.MinSize().Height; got+1 < need {
						t.Errorf("%s %s: the summary gets %.0f px of the %.0f its lines need", where, s.ID, got, need)
					}
					bottom := d().AbsolutePositionForObject(summary).Y + summary.Size().Height - theme.InnerPadding()
					if tileBottom := d().AbsolutePositionForObject(tile).Y + tile.Size().Height; bottom > tileBottom+1 {
						t.Errorf("%s %s: the summary ends at %.0f, below its tile (%.0f)", where, s.ID, bottom, tileBottom)
					}
				}
				checkTargets(t, win, where, ui.MinTouchWindow)
				for _, cut := range cutShort(win) {
					t.Errorf("%s: %s", where, cut)
				}
			}
		}
		a.SetAccess(Access{TextScale: 1})
	}
}

// checkTargets: everything a finger or a pointer can tap on win is at least
// least px either way.
func checkTargets(t *testing.T, win fyne.Window, where string, least float32) {
	t.Helper()
	walk(win, func(o fyne.CanvasObject) {
		if _, ok := o.(fyne.Tappable); !ok {
			return
		}
		if s := o.Size(); s.Width+0.5 < least || s.Height+0.5 < least {
			t.Errorf("%s: %T %q is %.0f×%.0f, want ≥ %.0f", where, o, textOf(o), s.Width, s.Height, least)
		}
	})
}

// TestLayouts_KioskTargetsStay72: a kiosk keeps its 72 px targets and the
// kiosk's text whatever its panel; only a window draws smaller.
func TestLayouts_KioskTargetsStay72(t *testing.T) {
	for _, size := range layoutSizes {
		a, win, _, _ := newKiosk(t)
		win.Resize(size)
		for _, show := range []func(){a.ShowHome, func() { a.ShowSection("twelve-days", 5) }, a.ShowLibrary} {
			show()
			checkTargets(t, win, fmt.Sprintf("kiosk %v", size), ui.MinTouch)
		}
		if got := theme.Size(ui.SizeBody); got != 30 {
			t.Errorf("kiosk %v: body text %.1f px, want the kiosk's 30", size, got)
		}
		a.kiosk = nil // a window of the same size
		a.ShowHome()
		if size.Width < 1920 && size.Width > size.Height {
			if got := theme.Size(ui.SizeBody); got >= 30 {
				t.Errorf("window %v: body text %.1f px, want smaller than the kiosk's", size, got)
			}
		}
		checkTargets(t, win, fmt.Sprintf("window %v", size), ui.MinTouchWindow)
	}
}

// TestStory_VisualBesideOrAboveTheText: with normal text, a page whose
// first visual is a chart or a document shows it beside the column on a
// landscape screen (the laptop windows and the kiosk) and above it on the
// portrait panel, in both languages, with nothing cut.
func TestStory_VisualBesideOrAboveTheText(t *testing.T) {
	for _, size := range layoutSizes {
		a, win := newApp(t, size.Width, size.Height)
		for _, lang := range []string{"en", "hu"} {
			a.SetLanguage(lang)
			for _, s := range a.ex.Sections {
				for i, p := range s.Pages {
					first := ""
					for _, b := range p.Blocks {
						if _, ok := drawerOf(b).(asideBlock); ok {
							first = b.Kind()
							break
						}
					}
					if first != "chart" && first != "document" {
						continue
					}
					a.ShowSection(s.ID, i)
					where := fmt.Sprintf("%v %s %s/%s", size, lang, s.ID, p.ID)
					var page *fyne.Container
					walk(win, func(o fyne.CanvasObject) {
						if c, ok := o.(*fyne.Container); ok {
							if _, ok := c.Layout.(*pageLayout); ok {
								page = c
							}
						}
					})
					if page == nil || len(page.Objects) != 2 {
						// Too big to go beside or above the column at this size:
						// then it is stacked in the column, on the page's first
						// screenful, not pushed to a later one.
						inColumn := false
						walk(win, func(o fyne.CanvasObject) {
							if c, ok := o.(*fyne.Container); ok {
								switch c.Layout.(type) {
								case *chartLayout, docLayout, *docLayout:
									inColumn = true
								}
							}
						})
						if !inColumn {
							t.Errorf("%s: the %s is neither beside nor above the text, nor in its first screenful", where, first)
						}
						if size == (fyne.Size{Width: 1920, Height: 1080}) || size == (fyne.Size{Width: 1280, Height: 800}) {
							t.Errorf("%s: the %s is not beside the text", where, first)
						}
						continue
					}
					aside, col := page.Objects[0], page.Objects[1]
					if size.Width > size.Height {
						if aside.Position().X+aside.Size().Width > col.Position().X || aside.Size().Width < 0.3*size.Width {
							t.Errorf("%s: the %s (%v, %v) is not beside the column (%v)", where, first, aside.Position(), aside.Size(), col.Position())
						}
					} else if aside.Position().Y+aside.Size().Height > col.Position().Y {
						t.Errorf("%s: the %s is not above the column", where, first)
					}
					for _, cut := range cutShort(win) {
						t.Errorf("%s: %s", where, cut)
					}
				}
			}
		}
	}
}
