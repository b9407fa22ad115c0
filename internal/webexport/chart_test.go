package webexport

import (
	"html"
	"regexp"
	"strings"
	"testing"

	"budapest1956/internal/content"
)

// TestExport_ChartsShowTheirFiguresRangesAndSources: every chart of the
// built-in exhibit is on its page in every language with its title, each
// figure's label and value, its alt text, the note where sources disagree
// and the sources by name; a range is drawn as a band, one count as a line.
func TestExport_ChartsShowTheirFiguresRangesAndSources(t *testing.T) {
	ex, dir := builtinSite(t)
	charts := 0
	for _, s := range ex.Sections {
		for _, p := range s.Pages {
			for _, b := range p.Blocks {
				cb, ok := b.(content.ChartBlock)
				if !ok {
					continue
				}
				charts++
				c := cb.Chart
				for _, l := range ex.Languages {
					page := html.UnescapeString(readSite(t, dir, pagePath(l.Code, s.ID, p.ID)))
					at := strings.Index(page, `<figure class="chart"`)
					if at < 0 {
						t.Errorf("%s (%s): no chart", p.File, l.Code)
						continue
					}
					fig := page[at:]
					fig = fig[:strings.Index(fig, "</figure>")]
					want := []string{
						c.Title[l.Code], `aria-label="` + c.Alt[l.Code] + `"`, c.Note[l.Code],
						ex.SourceLine(c, l.Code), ex.Sources[c.Sources[0]].TitleIn(l.Code, ex.DefaultLanguage),
					}
					bands, marks := 0, 0
					for _, bar := range c.Bars {
						want = append(want, bar.Label[l.Code]+": "+bar.Value[l.Code])
						if bar.High > bar.Low {
							bands++
						}
						if bar.Mark > 0 {
							marks++
						}
					}
					for _, w := range want {
						if !strings.Contains(fig, w) {
							t.Errorf("%s (%s): chart lacks %q", p.File, l.Code, w)
						}
					}
					if n := len(regexp.MustCompile(`class="band"`).FindAllString(fig, -1)); n != bands {
						t.Errorf("%s (%s): %d bands drawn, want %d (one per range)", p.File, l.Code, n, bands)
					}
					if n := strings.Count(fig, `class="mark"`); n != marks {
						t.Errorf("%s (%s): %d count lines drawn, want %d", p.File, l.Code, n, marks)
					}
				}
			}
		}
	}
	if charts < 5 {
		t.Errorf("%d charts in the built-in exhibit, want the figures of facts.md charted (at least 5)", charts)
	}
}
