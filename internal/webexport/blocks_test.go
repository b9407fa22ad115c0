package webexport

import (
	"io/fs"
	"regexp"
	"strings"
	"testing"

	contentfiles "budapest1956/content"
	"budapest1956/internal/content"
)

// globeBlock is a block kind the web edition has no template for.
type globeBlock struct{}

func (globeBlock) Kind() string { return "globe" }

// TestExport_UnknownBlockKindFails: a page with a block the web edition
// cannot draw stops the export with the page's file and the kind.
func TestExport_UnknownBlockKindFails(t *testing.T) {
	ex, problems := content.Load(contentfiles.Files, "content")
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	p := ex.Sections[1].Pages[0]
	p.Blocks = append(p.Blocks, globeBlock{})
	err := Export(ex, t.TempDir())
	if err == nil || !strings.Contains(err.Error(), p.File) || !strings.Contains(err.Error(), `"globe"`) {
		t.Errorf("got %v, want an error naming %s and the kind \"globe\"", err, p.File)
	}
}

// TestBlockTemplates_OnePerKind: every block kind the content model has is
// drawn by its own template, blocks/KIND.tmpl, and there is no template for
// a kind that does not exist.
func TestBlockTemplates_OnePerKind(t *testing.T) {
	kinds := map[string]bool{}
	for _, b := range []content.Block{content.TextBlock{}, content.QuoteBlock{}, content.PictureBlock{}, content.ListenBlock{}, content.ChartBlock{}, content.DocumentBlock{}, content.MapBlock{}, content.TimelineBlock{}} {
		kinds[b.Kind()] = true
		if tmpl.Lookup(blockTemplate(b.Kind())) == nil {
			t.Errorf("block kind %q has no template blocks/%s", b.Kind(), blockTemplate(b.Kind()))
		}
	}
	names, _ := fs.Glob(assets, "blocks/*.tmpl")
	for _, n := range names {
		if k := strings.TrimSuffix(strings.TrimPrefix(n, "blocks/"), ".tmpl"); !kinds[k] {
			t.Errorf("%s draws a kind the content has not got", n)
		}
	}
}

// TestExport_PageShowsItsBlocksInOrder: a page's text, quote and broadcast
// appear in the order of its blocks, each drawn by its kind's template, and
// the picture beside the text.
func TestExport_PageShowsItsBlocksInOrder(t *testing.T) {
	ex, dir := builtinSite(t)
	checked := 0
	for _, s := range ex.Sections {
		for _, p := range s.Pages {
			if p.Quote == nil || p.Broadcast == "" || p.Image == nil {
				continue
			}
			for _, l := range ex.Languages {
				html := readSite(t, dir, pagePath(l.Code, s.ID, p.ID))
				marks := map[string]string{"text": `<p class="short">`, "quote": `<figure class="quote">`, "listen": `<section class="listen"`, "picture": `<figure class="picture`}
				if p.Short[l.Code] == "" {
					marks["text"] = "<p>"
				}
				last := strings.Index(html, `<div class="text">`)
				if pic := strings.Index(html, marks["picture"]); pic < 0 || pic > last {
					t.Errorf("%s (%s): the picture is not beside the text", p.File, l.Code)
				}
				for _, b := range p.Blocks {
					if b.Kind() == "picture" {
						continue
					}
					at := strings.Index(html[last:], marks[b.Kind()])
					if at < 0 {
						t.Errorf("%s (%s): %s block missing or out of order", p.File, l.Code, b.Kind())
						continue
					}
					last += at
				}
				checked++
			}
		}
	}
	if checked == 0 {
		t.Fatal("no page with a picture, a quote and a broadcast")
	}
}

// TestExport_QuoteMarksOfTheLanguage: a quotation is set in the marks of
// the page's language (ui.yaml quote_open/quote_close), as in the app.
func TestExport_QuoteMarksOfTheLanguage(t *testing.T) {
	ex, dir := builtinSite(t)
	re := regexp.MustCompile(`<blockquote lang="[a-z]+"><p>([^<]*)</p>`)
	n := 0
	for _, s := range ex.Sections {
		for _, p := range s.Pages {
			if p.Quote == nil {
				continue
			}
			for _, l := range ex.Languages {
				m := re.FindStringSubmatch(readSite(t, dir, pagePath(l.Code, s.ID, p.ID)))
				if m == nil {
					t.Errorf("%s (%s): no quotation", p.File, l.Code)
					continue
				}
				open, close := ex.Label("quote_open", l.Code), ex.Label("quote_close", l.Code)
				if !strings.HasPrefix(m[1], open) || !strings.HasSuffix(m[1], close) {
					t.Errorf("%s (%s): %q is not in %s…%s", p.File, l.Code, m[1], open, close)
				}
				n++
			}
		}
	}
	if n == 0 {
		t.Fatal("no quotations")
	}
}
