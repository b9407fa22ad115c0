package webexport

import (
	"html"
	"strings"
	"testing"

	"budapest1956/internal/content"
)

// TestExport_DocumentsShowTheWordsAsAReconstruction: every document is on
// its page in every language: the quotation's original words, verbatim and
// marked with their language, on paper of its style, described by its alt
// text, with the caption saying it is a reconstruction and naming the source.
func TestExport_DocumentsShowTheWordsAsAReconstruction(t *testing.T) {
	ex, dir := builtinSite(t)
	docs := 0
	for _, s := range ex.Sections {
		for _, p := range s.Pages {
			for _, b := range p.Blocks {
				db, ok := b.(content.DocumentBlock)
				if !ok {
					continue
				}
				docs++
				d := db.Doc
				for _, l := range ex.Languages {
					page := html.UnescapeString(readSite(t, dir, pagePath(l.Code, s.ID, p.ID)))
					at := strings.Index(page, `<figure class="document">`)
					if at < 0 {
						t.Errorf("%s (%s): no document", p.File, l.Code)
						continue
					}
					fig := page[at:]
					fig = fig[:strings.Index(fig, "</figure>")]
					for _, w := range []string{
						`class="paper ` + d.Style + `"`, `lang="` + d.Lang + `"`, `aria-label="` + d.Alt[l.Code] + `"`,
						"<p>" + d.Text + "</p>", ex.Label("reconstruction", l.Code), d.Caption[l.Code], ex.Sources[d.Source].ShortIn(l.Code, ex.DefaultLanguage),
					} {
						if !strings.Contains(fig, w) {
							t.Errorf("%s (%s): document lacks %q", p.File, l.Code, w)
						}
					}
				}
			}
		}
	}
	if docs == 0 {
		t.Error("no document in the built-in exhibit")
	}
}
