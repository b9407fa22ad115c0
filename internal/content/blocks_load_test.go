package content

import (
	"strings"
	"testing"
	"testing/fstest"
)

const chartYAML = `blocks:
  - kind: chart
    title: {en: The dead, hu: A halottak}
    alt: {en: Two bars, hu: Két sáv}
    sources: [book]
    note: {en: Sources differ, hu: A források eltérnek}
    bars:
      - label: {en: Hungarians, hu: Magyarok}
        value: {en: "2,500–3,000", hu: "2500–3000"}
        low: 2500
        high: 3000
        mark: 2700
      - label: {en: Soviet soldiers, hu: Szovjet katonák}
        value: {en: "about 720", hu: "mintegy 720"}
        low: 669
        high: 720
`

func chartPage(edit func(string) string) string {
	return strings.Replace(validPage, "%ID%", "page-a", 1) + edit(chartYAML)
}

// TestLoad_ChartBlock: a page's chart is read with its bars, its sources
// and its note, and comes after the blocks made from the page's fields.
func TestLoad_ChartBlock(t *testing.T) {
	fs := validFS(t)
	fs["before-1956/01-a.yaml"].Data = []byte(chartPage(func(s string) string { return s }))
	ex, probs := Load(fs, "content")
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	p := ex.Sections[0].Pages[0]
	last := p.Blocks[len(p.Blocks)-1]
	cb, ok := last.(ChartBlock)
	if !ok {
		t.Fatalf("last block is %q, want the chart", last.Kind())
	}
	c := cb.Chart
	if len(c.Bars) != 2 || c.Bars[0].Low != 2500 || c.Bars[0].High != 3000 || c.Bars[0].Mark != 2700 || !c.Bars[0].Range() {
		t.Errorf("bars read wrong: %+v", c.Bars)
	}
	if c.Sources[0] != "book" || c.Note["hu"] == "" || c.Max() != 3000 {
		t.Errorf("chart read wrong: %+v", c)
	}
	if p.Blocks[0].Kind() != "text" {
		t.Errorf("first block %q, want text", p.Blocks[0].Kind())
	}
}

// TestLoad_BrokenBlocks: validate names the file, line and field of a bad
// block, and the block is left out rather than drawn wrong.
func TestLoad_BrokenBlocks(t *testing.T) {
	base := strings.Count(strings.Replace(validPage, "%ID%", "page-a", 1), "\n")
	at := func(n int) string { return "content/before-1956/01-a.yaml:" + itoa(base+n) + ": " }
	tests := []struct {
		name string
		edit func(string) string
		want string
	}{
		{"chart without source", func(s string) string { return strings.Replace(s, "    sources: [book]\n", "", 1) },
			at(2) + "blocks[0].sources: chart without a source: name at least one key of sources.yaml"},
		{"unknown source", func(s string) string { return strings.Replace(s, "[book]", "[nope]", 1) },
			at(5) + `blocks[0].sources: unknown source "nope" (not in sources.yaml)`},
		{"missing translation of a label", func(s string) string {
			return strings.Replace(s, "{en: Hungarians, hu: Magyarok}", "{en: Hungarians}", 1)
		}, at(8) + "blocks[0].bars[0].label.hu: missing translation"},
		{"missing translation of alt", func(s string) string { return strings.Replace(s, "{en: Two bars, hu: Két sáv}", "{en: Two bars}", 1) },
			at(4) + "blocks[0].alt.hu: missing translation"},
		{"high below low", func(s string) string { return strings.Replace(s, "high: 3000", "high: 2000", 1) },
			at(11) + "blocks[0].bars[0].high: 2000 is below low (2500)"},
		{"mark outside the band", func(s string) string { return strings.Replace(s, "mark: 2700", "mark: 3700", 1) },
			at(12) + "blocks[0].bars[0].mark: 3700 is outside the band 2500–3000"},
		{"not a number", func(s string) string { return strings.Replace(s, "low: 2500", "low: 2,500", 1) },
			at(10) + `blocks[0].bars[0].low: "2,500": want a number of zero or more (no thousands separators)`},
		{"unknown kind", func(s string) string { return strings.Replace(s, "kind: chart", "kind: chert", 1) },
			at(2) + `blocks[0].kind: "chert": unknown block kind (use chart, document, map, timeline)`},
		{"unknown field", func(s string) string { return strings.Replace(s, "    note:", "    nte:", 1) },
			at(6) + "blocks[0].nte: unknown field"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := validFS(t)
			fs["before-1956/01-a.yaml"] = &fstest.MapFile{Data: []byte(chartPage(tt.edit))}
			ex, probs := Load(fs, "content")
			var lines []string
			found := false
			for _, p := range probs {
				lines = append(lines, p.String())
				found = found || p.String() == tt.want
			}
			if !found {
				t.Errorf("want problem\n  %s\ngot\n  %s", tt.want, strings.Join(lines, "\n  "))
			}
			if ex != nil {
				for _, s := range ex.Sections {
					for _, p := range s.Pages {
						for _, b := range p.Blocks {
							if b.Kind() == "chart" && tt.name != "unknown source" && tt.name != "unknown field" {
								t.Errorf("a broken chart is still shown")
							}
						}
					}
				}
			}
		})
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

const documentYAML = `blocks:
  - kind: document
    style: telex
    caption: {en: A reconstruction, hu: Rekonstrukció}
    alt: {en: Teleprinter paper, hu: Telexpapír}
`

// TestLoad_DocumentBlock: a document holds the page's quotation verbatim,
// in its original language, with its source; a page without a quote or a
// style the app cannot draw is reported.
func TestLoad_DocumentBlock(t *testing.T) {
	fs := validFS(t)
	page := strings.Replace(validPage, "%ID%", "page-a", 1)
	fs["before-1956/01-a.yaml"].Data = []byte(page + documentYAML)
	ex, probs := Load(fs, "content")
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	p := ex.Sections[0].Pages[0]
	d, ok := p.Blocks[len(p.Blocks)-1].(DocumentBlock)
	if !ok || d.Doc.Text != p.Quote.Text || d.Doc.Lang != p.Quote.Lang || d.Doc.Source != p.Quote.Source || d.Doc.Style != "telex" {
		t.Fatalf("document read wrong: %+v", p.Blocks[len(p.Blocks)-1])
	}
	for _, tt := range []struct{ page, want string }{
		{strings.Replace(page+documentYAML, "style: telex", "style: fax", 1), `blocks[0].style: "fax": use telex or leaflet`},
		{page[:strings.Index(page, "quote:")] + "sources: [mti]\n" + documentYAML, "blocks[0].kind: a document needs the page's quote: its words are the quotation's, verbatim"},
		{strings.Replace(page+documentYAML, "{en: A reconstruction, hu: Rekonstrukció}", "{en: A reconstruction}", 1), "blocks[0].caption.hu: missing translation"},
	} {
		fs := validFS(t)
		fs["before-1956/01-a.yaml"].Data = []byte(tt.page)
		_, probs := Load(fs, "content")
		found := false
		var lines []string
		for _, pr := range probs {
			lines = append(lines, pr.String())
			found = found || strings.HasSuffix(pr.String(), ": "+tt.want)
		}
		if !found {
			t.Errorf("want problem %q, got\n  %s", tt.want, strings.Join(lines, "\n  "))
		}
	}
}
