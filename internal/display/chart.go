package display

import (
	"strings"

	"budapest1956/internal/content"
)

// ChartLegend says how a chart's bars are drawn, naming only what this
// chart draws: the solid bar, and a pale band, a line at one count or a
// fading open end where some bar has one. A chart of single figures needs
// no legend: "".
func ChartLegend(ex *content.Exhibit, c *content.Chart, lang string) string {
	var band, mark, open bool
	for _, b := range c.Bars {
		band = band || b.High > b.Low
		mark = mark || b.Mark > 0
		open = open || b.Open
	}
	if !band && !mark && !open {
		return ""
	}
	parts := []string{ex.Label("chart_legend_solid", lang)}
	if band {
		parts = append(parts, ex.Label("chart_legend_range", lang))
	}
	if mark {
		parts = append(parts, ex.Label("chart_legend_mark", lang))
	}
	if open {
		parts = append(parts, ex.Label("chart_legend_open", lang))
	}
	return strings.Join(parts, " · ")
}
