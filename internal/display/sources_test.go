package display

import (
	"strings"
	"testing"

	"budapest1956/internal/content"
)

// TestPageSources_Wording: a page's sources in words: each kind under its
// label sources_KIND; a source as its citation in the visitor's language
// (its address and note apart); a picture as what it shows, then its credit
// and licence; a place as its name, then the coordinate as given and where
// it was read, with the address apart.
func TestPageSources_Wording(t *testing.T) {
	ex := exhibit(t)
	_, p := ex.Page("bem-march")
	if p == nil {
		t.Fatal("no page bem-march")
	}
	for _, lang := range []string{"en", "hu"} {
		groups := PageSources(ex, p, lang)
		byKind := map[string]SourceGroup{}
		for _, g := range groups {
			byKind[g.Kind] = g
			if g.Heading != ex.Label("sources_"+g.Kind, lang) {
				t.Errorf("%s: %s heading %q, want the label sources_%s", lang, g.Kind, g.Heading, g.Kind)
			}
		}
		text := byKind["text"]
		if len(text.Lines) == 0 || len(p.Sources) == 0 {
			t.Fatalf("%s: no text sources", lang)
		}
		s := ex.Sources[p.Sources[0]]
		if got := text.Lines[0]; got.Key != s.Key || got.Text != s.ShortIn(lang, ex.DefaultLanguage) || got.URL != s.URL || got.Note != Text(ex, s.Note, lang) {
			t.Errorf("%s: text source %+v", lang, got)
		}
		pic := byKind["picture"]
		if want := strings.TrimSuffix(Text(ex, p.Image.Alt, lang), ".") + " — " + Credit(ex, p.Image, lang); len(pic.Lines) != 1 || pic.Lines[0].Text != want {
			t.Errorf("%s: picture %+v, want %q", lang, pic.Lines, want)
		}
		var m *content.Map
		for _, b := range p.Blocks {
			if mb, ok := b.(content.MapBlock); ok {
				m = mb.Map
			}
		}
		if m == nil {
			t.Fatal("bem-march has no map")
		}
		pl := m.Places[0]
		found := false
		for _, l := range byKind["map"].Lines {
			if l.URL == pl.Source && l.Text == Text(ex, pl.Name, lang)+" — "+pl.Given+", "+ex.PlaceSite(pl, lang) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: the map's lines %+v do not name %s as its name, coordinate and site", lang, byKind["map"].Lines, pl.ID)
		}
	}
}
