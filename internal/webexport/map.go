package webexport

import (
	"fmt"
	"html/template"
	"strings"

	"budapest1956/internal/content"
	"budapest1956/internal/display"
)

// mapView is a locator map as the web edition draws it: the base map's
// picture with the places named over it as HTML text at the points the
// base map's projection gives (the same as the app's, screens/block_map.go),
// its alt text saying where they are, and its caption with the map data's
// credit and, linked, where each position comes from.
type mapView struct {
	*imageView
	Caption   string // what it shows and the map data's credit
	Positions string // "Positions", before the linked sources
	Sources   []mapSource
}

type mapSource struct{ Name, URL string }

// Map prepares a map for the page's language.
func (v blockView) Map(m *content.Map) *mapView {
	if m == nil || m.Base == nil {
		return nil
	}
	ex, lang := v.w.ex, v.Lang
	img := &imageView{Src: rel(v.at, v.w.media[m.Base.Image]), Alt: v.Text(m.Alt), W: int(m.Base.W), H: int(m.Base.H)}
	for _, l := range mapLabels(ex, m, lang) {
		img.Labels = append(img.Labels, mapLabel{Style: template.CSS(fmt.Sprintf("left:%s%%;top:%s%%", pct(l.x), pct(l.y))), Text: l.text, Flip: l.x > 0.5})
	}
	caption := strings.TrimSpace(v.Text(m.Caption))
	if caption != "" && !strings.HasSuffix(caption, ".") {
		caption += "."
	}
	mv := &mapView{imageView: img, Caption: strings.TrimSpace(caption + " " + ex.MapDataCredit(m, lang) + "."), Positions: ex.Label("map_positions", lang)}
	for _, p := range m.Places {
		mv.Sources = append(mv.Sources, mapSource{Name: v.Text(p.Name), URL: p.Source})
	}
	return mv
}

type placeLabel struct {
	x, y float64
	text string
}

// mapLabels are the map's places at their positions; places closer than
// 3.5 % of the width share the first one's dot, as in the app.
func mapLabels(ex *content.Exhibit, m *content.Map, lang string) []placeLabel {
	var out []placeLabel
	for _, p := range m.Places {
		fx, fy := m.Base.Frac(p.Lat, p.Lon)
		name := display.Text(ex, p.Name, lang)
		merged := false
		for i := range out {
			dx, dy := (out[i].x-fx)*m.Base.W, (out[i].y-fy)*m.Base.H
			if dx*dx+dy*dy < (0.035*m.Base.W)*(0.035*m.Base.W) {
				out[i].text += " · " + name
				merged = true
				break
			}
		}
		if !merged {
			out = append(out, placeLabel{fx, fy, name})
		}
	}
	return out
}
