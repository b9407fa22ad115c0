package webexport

import (
	"budapest1956/internal/content"
	"budapest1956/internal/display"
)

// chartView is a chart as the web edition draws it: the wording in the
// page's language and each bar's geometry on a 0–1000 scale for an inline
// SVG, the same drawing as the app's (screens/block_chart.go).
type chartView struct {
	Title, Alt, Legend, Note, Source string
	Bars                             []barView
}

type barView struct {
	Text                    string  // "label: value"
	Solid, BandX, BandW     float64 // the solid bar to the lowest figure, the pale band to the highest
	Mark                    float64 // x of a single count, 0 for none
	OpenX, OpenW            float64 // the fading band of an open end
	Range, HasMark, HasOpen bool
}

// Chart prepares a chart for the page's language.
func (v blockView) Chart(c *content.Chart) *chartView {
	if c == nil {
		return nil
	}
	ex, lang := v.w.ex, v.Lang
	cv := &chartView{Title: v.Text(c.Title), Alt: v.Text(c.Alt), Note: v.Text(c.Note)}
	max := c.Max()
	x := func(f float64) float64 {
		if max <= 0 {
			return 0
		}
		if f > max {
			f = max
		}
		return float64(int(f/max*10000+0.5)) / 10
	}
	for _, b := range c.Bars {
		bv := barView{
			Text:    v.Text(b.Label) + ": " + v.Text(b.Value),
			Solid:   x(b.Low),
			BandX:   x(b.Low),
			BandW:   x(b.High) - x(b.Low),
			Range:   b.High > b.Low,
			HasMark: b.Mark > 0,
			Mark:    x(b.Mark),
			HasOpen: b.Open,
			OpenX:   x(b.High),
			OpenW:   1000 - x(b.High),
		}
		if bv.Solid < 2 {
			bv.Solid = 2
		}
		cv.Bars = append(cv.Bars, bv)
	}
	cv.Legend = display.ChartLegend(ex, c, lang)
	cv.Source = ex.SourceLine(c, lang)
	return cv
}
