package screens

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"budapest1956/internal/content"
	"budapest1956/internal/ui"
)

// mapLabelsOnScreen are the dots and names of the map pictures on show:
// each name with its dot's centre as a fraction of the drawn picture.
type onMap struct {
	text   string
	fx, fy float64
	picW   float32
}

func mapLabelsOnScreen(win fyne.Window) []onMap {
	var out []onMap
	for _, li := range find[*ui.LabeledImage](win) {
		objs := test.WidgetRenderer(li).Objects()
		img := objs[0].(*canvas.Image)
		for i := 1; i+2 < len(objs); i += 3 {
			dot, text := objs[i+1].(*canvas.Circle), objs[i+2].(*canvas.Text)
			if dot.Hidden || text.Hidden {
				continue
			}
			c := dot.Position().Add(fyne.NewPos(dot.Size().Width/2, dot.Size().Height/2)).Subtract(img.Position())
			out = append(out, onMap{text.Text, float64(c.X / img.Size().Width), float64(c.Y / img.Size().Height), img.Size().Width})
		}
	}
	return out
}

// TestMap_LabelAtItsPlaceInTheVisitorsLanguage: on a page with a map, each
// place's dot is where the base map's projection puts its coordinate
// (within 2 px on the picture as drawn), with its name beside it, and the
// names switch language with the visitor.
func TestMap_LabelAtItsPlaceInTheVisitorsLanguage(t *testing.T) {
	a, win := newApp(t, 1920, 1080)
	var m *content.Map
	for _, s := range a.ex.Sections {
		for i, p := range s.Pages {
			for _, b := range p.Blocks {
				if mb, ok := b.(content.MapBlock); ok && p.ID == "stalin-monument" {
					m = mb.Map
					a.ShowSection(s.ID, i)
				}
			}
		}
	}
	if m == nil || len(m.Places) < 2 {
		t.Fatal("no map with two places on the Stalin Monument page")
	}
	for _, lang := range []string{"en", "hu"} {
		a.SetLanguage(lang)
		got := mapLabelsOnScreen(win)
		// The page's picture comes first: the map may be on its next screenful.
		for page := a.Route().Page; len(got) == 0 && a.Route().Page == page; got = mapLabelsOnScreen(win) {
			if v, n := a.View(); v+1 >= n {
				break
			}
			a.Next()
		}
		if len(got) != len(m.Places) {
			t.Fatalf("%s: %d labels on screen, want %d: %+v", lang, len(got), len(m.Places), got)
		}
		for _, p := range m.Places {
			name := p.Name[lang]
			fx, fy := m.Base.Frac(p.Lat, p.Lon)
			found := false
			for _, l := range got {
				if l.text != name {
					continue
				}
				found = true
				dx, dy := (l.fx-fx)*float64(l.picW), (l.fy-fy)*float64(l.picW)*m.Base.H/m.Base.W
				if math.Hypot(dx, dy) > 2 {
					t.Errorf("%s: %q's dot is %.1f px from where its coordinate lies", lang, name, math.Hypot(dx, dy))
				}
			}
			if !found {
				t.Errorf("%s: no label %q on the map; labels: %+v", lang, name, got)
			}
		}
	}
}

// TestMap_ShowsOnItsPageAndFits: every map shows on its page at the kiosk,
// portrait and laptop sizes, in both languages and in large-text mode: its
// places named in the visitor's language, the picture inside the window,
// and its caption naming the map data and where the positions come from.
func TestMap_ShowsOnItsPageAndFits(t *testing.T) {
	sweep(t)
	blockSweep(t, "a map", func(a *App, win fyne.Window, b content.MapBlock) []string {
		return mapProblems(a, win, b.Map)
	})
}

// mapProblems pages through the page on show and says what is wrong with
// its map.
func mapProblems(a *App, win fyne.Window, m *content.Map) (out []string) {
	_, page := a.Where()
	var names []string // the labels on the map
	var seen []string
	h := win.Canvas().Size().Height
	for {
		for _, l := range mapLabelsOnScreen(win) {
			names = append(names, l.text)
		}
		for _, li := range find[*ui.LabeledImage](win) {
			pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(li)
			if pos.Y+li.Size().Height > h+1 {
				out = append(out, fmt.Sprintf("the map ends at %.0f px, below the window", pos.Y+li.Size().Height))
			}
			if li.Size().Height < 150 {
				out = append(out, fmt.Sprintf("the map is only %.0f px high", li.Size().Height))
			}
		}
		seen = append(seen, texts(win)...)
		if i, n := a.View(); i+1 >= n {
			break
		}
		a.Next()
		if _, p := a.Where(); p != page {
			break
		}
	}
	for _, p := range m.Places {
		if !contains(strings.Join(names, "\n"), a.text(p.Name)) {
			out = append(out, fmt.Sprintf("%q is not on the map", a.text(p.Name)))
		}
	}
	all := strings.Join(seen, " ")
	if !contains(all, a.label("map_credit")) || !contains(all, a.ex.PlaceSite(m.Places[0], a.visit.Lang)) || !contains(all, a.text(m.Caption)) {
		out = append(out, "no caption with what the map shows, the map data's credit and the positions' sources")
	}
	return out
}
