// Package contenttest holds what tests of several packages check a page
// against, worked out from the content by hand rather than through the code
// under test. Only tests import it.
package contenttest

import (
	"fmt"

	"budapest1956/internal/content"
	"budapest1956/internal/display"
)

// WantSources are what the sources of page p must name in lang, read from
// each block of the page by its kind (not through content.Sourced, which the
// app's overlay and the web edition use): each source's short form, a
// picture's credit, the page a place's coordinate was read from and the
// coordinate as it prints it. Problems name a source key missing from
// sources.yaml and a block kind this function does not know yet.
func WantSources(ex *content.Exhibit, p *content.Page, lang string) (want, problems []string) {
	keys := func(ks ...string) {
		for _, k := range ks {
			if k == "" || k == "exhibit" {
				continue
			}
			if s := ex.Sources[k]; s != nil {
				want = append(want, s.ShortIn(lang, ex.DefaultLanguage))
			} else {
				problems = append(problems, fmt.Sprintf("%s: source %q is not in sources.yaml", p.File, k))
			}
		}
	}
	for _, b := range p.Blocks {
		switch b := b.(type) {
		case content.TextBlock:
			keys(p.Sources...)
		case content.QuoteBlock:
			keys(b.Quote.Source, b.Quote.TranslatedBy)
		case content.PictureBlock:
			want = append(want, display.Credit(ex, b.Image, lang))
		case content.ListenBlock:
			bc := ex.Broadcast(b.Broadcast)
			keys(bc.Source, bc.TranslatedBy)
		case content.ChartBlock:
			keys(b.Chart.Sources...)
		case content.DocumentBlock:
			keys(b.Doc.Source)
		case content.MapBlock:
			keys(b.Map.Base.Sources...)
			for _, pl := range b.Map.Places {
				want = append(want, pl.Source, pl.Given)
			}
		case content.TimelineBlock:
			keys(b.Sources()...)
		default:
			problems = append(problems, fmt.Sprintf("%s: block kind %q: add how it names its sources to contenttest.WantSources", p.File, b.Kind()))
		}
	}
	return want, problems
}
