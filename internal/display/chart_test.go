package display

import (
	"strings"
	"testing"

	"budapest1956/internal/content"
)

// TestChartLegend_NamesOnlyWhatTheChartDraws: a legend part for the band,
// the line and the open end appears exactly when some bar has one; a chart
// of single figures has no legend. The built-in charts are checked too (the
// crowds chart has bands but no line: its legend once said "line" anyway).
func TestChartLegend_NamesOnlyWhatTheChartDraws(t *testing.T) {
	ex := exhibit(t)
	parts := []string{"chart_legend_solid", "chart_legend_range", "chart_legend_mark", "chart_legend_open"}
	check := func(name string, c *content.Chart) {
		t.Helper()
		var band, mark, open bool
		for _, b := range c.Bars {
			band = band || b.High > b.Low
			mark = mark || b.Mark > 0
			open = open || b.Open
		}
		want := []bool{band || mark || open, band, mark, open}
		for _, l := range ex.Languages {
			lang := l.Code
			got := ChartLegend(ex, c, lang)
			if (got == "") == want[0] {
				t.Errorf("%s (%s): legend %q, want one: %v", name, lang, got, want[0])
			}
			for i, key := range parts {
				if has := strings.Contains(got, ex.Label(key, lang)); has != want[i] {
					t.Errorf("%s (%s): legend %q names %s: %v, want %v", name, lang, got, key, has, want[i])
				}
			}
		}
	}
	for name, bars := range map[string][]content.Bar{
		"single figures":    {{Low: 10, High: 10}, {Low: 20}},
		"a band":            {{Low: 10, High: 20}, {Low: 5}},
		"a band and a line": {{Low: 10, High: 20, Mark: 15}},
		"an open end":       {{Low: 10, Open: true}},
	} {
		check(name, &content.Chart{Bars: bars})
	}
	n := 0
	for _, s := range ex.Sections {
		for _, p := range s.Pages {
			for _, b := range p.Blocks {
				if cb, ok := b.(content.ChartBlock); ok {
					check(p.ID, cb.Chart)
					n++
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("the built-in exhibit has no chart to check")
	}
}
