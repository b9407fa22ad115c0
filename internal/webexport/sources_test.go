package webexport

import (
	"html"
	"regexp"
	"strings"
	"testing"

	"budapest1956/internal/content"
	"budapest1956/internal/content/contenttest"
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

// webWantSources are what page p's sources must name in lang, worked out
// from each block by its kind (contenttest.WantSources).
func webWantSources(t *testing.T, ex *content.Exhibit, p *content.Page, lang string) []string {
	t.Helper()
	want, problems := contenttest.WantSources(ex, p, lang)
	for _, pr := range problems {
		t.Error(pr)
	}
	return want
}
