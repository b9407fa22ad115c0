package screens

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"budapest1956/internal/content"
	"budapest1956/internal/content/contenttest"
	"budapest1956/internal/display"
	"budapest1956/internal/ui"
)

// wantSources are what the sources overlay of page p must name in lang,
// worked out from each block by its kind (contenttest.WantSources).
func wantSources(t *testing.T, ex *content.Exhibit, p *content.Page, lang string) []string {
	t.Helper()
	want, problems := contenttest.WantSources(ex, p, lang)
	for _, pr := range problems {
		t.Error(pr)
	}
	return want
}

// sourcesOverlayText is every word of the open sources overlay, through all
// its screenfuls (turned with the overlay's own Next), and the number of
// screenfuls.
func sourcesOverlayText(t *testing.T, a *App, win fyne.Window) (string, int) {
	t.Helper()
	var all strings.Builder
	for n := 1; ; n++ {
		var next *ui.Button
		for _, o := range win.Canvas().Overlays().List() {
			walkObj(o, func(o fyne.CanvasObject) {
				switch v := o.(type) {
				case *widget.Label:
					all.WriteString(v.Text + "\n")
				case *ui.Button:
					if v.Text == a.label("next") || v.Spoken.Spoken == a.label("next") {
						next = v
					}
				}
			})
		}
		if next == nil || next.Disabled() {
			return all.String(), n
		}
		if n > 50 {
			t.Fatal("the sources overlay's Next never ends")
		}
		test.Tap(next)
	}
}

// TestSources_OverlayNamesEveryBlocksSources: on every page of the built-in
// exhibit, in both languages, the Sources overlay names the source of
// everything the page shows: the page's sources, the quotation's, every
// chart's and document's, the timeline's events', the map's base data and
// each place's coordinate, the picture's credit, the broadcast's. With large
// text on a laptop window the longest lists take several screenfuls; every
// one is read.
func TestSources_OverlayNamesEveryBlocksSources(t *testing.T) {
	sweep(t)
	a, win := newApp(t, 1280, 800)
	a.SetAccess(Access{TextScale: 2})
	paged := 0
	for _, lang := range []string{"en", "hu"} {
		a.SetLanguage(lang)
		for _, s := range a.ex.Sections {
			for i, p := range s.Pages {
				a.ShowSection(s.ID, i)
				a.showSources(p)
				text, n := sourcesOverlayText(t, a, win)
				if n > 1 {
					paged++
				}
				for _, w := range wantSources(t, a.ex, p, lang) {
					if !strings.Contains(text, w) {
						t.Errorf("%s %s: the sources overlay does not name %q", lang, p.File, w)
					}
				}
				a.closeOverlays()
			}
		}
	}
	if paged == 0 {
		t.Error("no sources overlay took more than one screenful at 1280×800 with large text: the paging is not tested")
	}
}

// TestSources_OverlayFitsTheWindow: the sources overlay of every page fits
// the window at the laptop and kiosk sizes with normal and large text, in
// both languages; every screenful of it, and its controls stay on screen.
func TestSources_OverlayFitsTheWindow(t *testing.T) {
	sweep(t)
	for _, size := range []fyne.Size{{Width: 1920, Height: 1080}, {Width: 1080, Height: 1920}, {Width: 1280, Height: 800}} {
		a, win := newApp(t, size.Width, size.Height)
		for _, scale := range []float32{1, 2} {
			a.SetAccess(Access{TextScale: scale})
			for _, lang := range []string{"en", "hu"} {
				a.SetLanguage(lang)
				for _, s := range a.ex.Sections {
					for i, p := range s.Pages {
						a.ShowSection(s.ID, i)
						a.showSources(p)
						where := fmt.Sprintf("%v x%.0f %s %s", size, scale, lang, p.ID)
						for n := 0; n < 50; n++ {
							checkOverlayFits(t, a, win, where)
							var next *ui.Button
							for _, o := range win.Canvas().Overlays().List() {
								walkObj(o, func(o fyne.CanvasObject) {
									if b, ok := o.(*ui.Button); ok && (b.Text == a.label("next") || b.Spoken.Spoken == a.label("next")) {
										next = b
									}
								})
							}
							if next == nil || next.Disabled() {
								break
							}
							test.Tap(next)
						}
						a.closeOverlays()
					}
				}
			}
		}
	}
}

// checkOverlayFits reports a label or button of the overlay that lies
// outside the window, and a label that runs into the bar with Close.
func checkOverlayFits(t *testing.T, a *App, win fyne.Window, where string) {
	t.Helper()
	size := win.Canvas().Size()
	d := fyne.CurrentApp().Driver()
	closeY := float32(-1)
	for _, o := range win.Canvas().Overlays().List() {
		walkObj(o, func(o fyne.CanvasObject) {
			if b, ok := o.(*ui.Button); ok && (b.Text == a.label("close") || b.Spoken.Spoken == a.label("close")) {
				closeY = d.AbsolutePositionForObject(b).Y
			}
		})
	}
	if closeY < 0 {
		t.Errorf("%s: the sources overlay has no Close", where)
	}
	for _, o := range win.Canvas().Overlays().List() {
		walkObj(o, func(o fyne.CanvasObject) {
			switch o.(type) {
			case *widget.Label, *ui.Button:
			default:
				return
			}
			pos := d.AbsolutePositionForObject(o)
			s := o.Size()
			if pos.X < -0.5 || pos.Y < -0.5 || pos.X+s.Width > size.Width+0.5 || pos.Y+s.Height > size.Height+0.5 {
				t.Errorf("%s: %T at %v size %v is outside the %v window", where, o, pos, s, size)
			}
			if l, ok := o.(*widget.Label); ok && pos.Y < closeY && pos.Y+l.MinSize().Height > closeY+0.5 {
				t.Errorf("%s: %q runs into the bar: its foot at %.0f, Close at %.0f", where, display.Shorten(l.Text, 40), pos.Y+l.MinSize().Height, closeY)
			}
		})
	}
}
