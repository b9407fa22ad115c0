package webexport

import (
	"html"
	"regexp"
	"strings"
	"testing"

	"budapest1956/internal/content"
	"budapest1956/internal/display"
)

// TestExport_PageSourcesNameEveryBlocksSources: on every page of the
// built-in exhibit's web edition, in every language, the page's sources
// section names the source of everything the page shows, read from each
// block by its kind: the page's sources, the quotation's, every chart's
// and document's, the timeline's events', the map's base data and each
// place's coordinate, the picture's credit, the broadcast's.
func TestExport_PageSourcesNameEveryBlocksSources(t *testing.T) {
	ex, dir := builtinSite(t)
	section := regexp.MustCompile(`(?s)<section class="sources"[^>]*>(.*?)</section>`)
	tag := regexp.MustCompile(`<[^>]*>`)
	for _, l := range ex.Languages {
		lang := l.Code
		for _, s := range ex.Sections {
			for _, p := range s.Pages {
				m := section.FindStringSubmatch(readSite(t, dir, pagePath(lang, s.ID, p.ID)))
				if m == nil {
					t.Errorf("%s %s: no sources section", lang, p.File)
					continue
				}
				text := html.UnescapeString(tag.ReplaceAllString(m[1], " "))
				for _, w := range webWantSources(t, ex, p, lang) {
					if !strings.Contains(text, w) {
						t.Errorf("%s %s: the page's sources do not name %q", lang, p.File, w)
					}
				}
			}
		}
	}
}

// webWantSources are what page p's sources must name in lang, by block kind.
func webWantSources(t *testing.T, ex *content.Exhibit, p *content.Page, lang string) []string {
	t.Helper()
	var want []string
	keys := func(ks ...string) {
		for _, k := range ks {
			if k == "" || k == "exhibit" {
				continue
			}
			if s := ex.Sources[k]; s != nil {
				want = append(want, s.ShortIn(lang, ex.DefaultLanguage))
			} else {
				t.Errorf("%s: source %q is not in sources.yaml", p.File, k)
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
			t.Errorf("%s: block kind %q: add how it names its sources to webWantSources", p.File, b.Kind())
		}
	}
	return want
}
