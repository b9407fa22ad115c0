package content

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	contentfiles "budapest1956/content"
)

// TestSourced_EveryBlockOfTheExhibitNamesItsSources: every block on every
// page of the built-in exhibit is Sourced, so the Sources overlay and the
// web page list its sources; a new kind that forgets fails here.
func TestSourced_EveryBlockOfTheExhibitNamesItsSources(t *testing.T) {
	ex, probs := Load(contentfiles.Files, "content")
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	kinds := map[string]bool{}
	for _, s := range ex.Sections {
		for _, p := range s.Pages {
			for _, b := range p.Blocks {
				kinds[b.Kind()] = true
				if _, ok := b.(Sourced); !ok {
					t.Errorf("%s: a %s block (%T) does not name its sources: implement Sourced", p.File, b.Kind(), b)
				}
			}
		}
	}
	for _, k := range []string{"text", "quote", "picture", "listen", "chart", "document", "map", "timeline"} {
		if !kinds[k] {
			t.Errorf("no page of the exhibit has a %s block: the test no longer covers it", k)
		}
	}
}

// TestPageSources_ReadingOrderByKindEachOnce: a page's sources come by
// block kind in the order the kinds first appear, each source once, under
// the first block that names it; credits are told apart by their words.
func TestPageSources_ReadingOrderByKindEachOnce(t *testing.T) {
	q := &Quote{Source: "b", TranslatedBy: "exhibit"}
	img := &Image{Alt: Text{"en": "A tank"}, Credit: Text{"en": "Drawing"}, Licence: "CC BY 4.0"}
	p := &Page{Blocks: []Block{
		TextBlock{Sources: []string{"a", "b"}},
		QuoteBlock{Quote: q},
		ChartBlock{Chart: &Chart{Sources: []string{"c", "a"}}},
		PictureBlock{Image: img},
		DocumentBlock{Doc: &Document{Source: "b"}},
		ChartBlock{Chart: &Chart{Sources: []string{"d"}}},
		PictureBlock{Image: &Image{Alt: Text{"en": "A tank"}, Credit: Text{"en": "Drawing"}, Licence: "CC BY 4.0"}},
		PictureBlock{Image: &Image{Alt: Text{"en": "A crowd"}, Credit: Text{"en": "Drawing"}}},
	}}
	got := PageSources(&Exhibit{}, p)
	var kinds []string
	for _, g := range got {
		kinds = append(kinds, g.Kind)
	}
	if want := []string{"text", "chart", "picture"}; !slices.Equal(kinds, want) {
		t.Fatalf("kinds %v, want %v (a kind with nothing new is left out)", kinds, want)
	}
	if keys := PageSourceKeys(&Exhibit{}, p); !slices.Equal(keys, []string{"a", "b", "c", "d"}) {
		t.Errorf("keys %v, want [a b c d]", keys)
	}
	if n := len(got[2].Cites); n != 2 {
		t.Errorf("%d picture credits, want 2 (the same credit once, a different picture's too)", n)
	}
}

// TestSource_TitlePerLanguage: a source's title is one string for every
// language (a publication's own title) or one per language; a citation in
// a language gives that language's title.
func TestSource_TitlePerLanguage(t *testing.T) {
	fs := validFS(t)
	fs["sources.yaml"].Data = []byte(validSources + "desc:\n  title: {en: \"[An article]\", hu: \"[Egy cikk]\"}\n  publisher: P\n")
	ex, probs := Load(fs, "content")
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	d, one := ex.Sources["desc"], ex.Sources["book"]
	for _, c := range []struct{ got, want string }{
		{d.CitationIn("hu", "en"), "[Egy cikk], P"},
		{d.CitationIn("en", "en"), "[An article], P"},
		{d.ShortIn("hu", "en"), "[Egy cikk], P"},
		{d.Citation(), "[An article], P"}, // the default language
		{one.CitationIn("hu", "en"), "Someone, A Book"},
		{ex.SourcesLine([]string{"desc"}, "hu"), ex.Label("chart_source", "hu") + ": [Egy cikk], P"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

// TestSource_PublisherPerLanguage: a source's publisher is one name for
// every language or one per language (a Hungarian institution glossed in
// English, named without the gloss in Hungarian); every line that names
// the source gives the publisher in the visitor's language.
func TestSource_PublisherPerLanguage(t *testing.T) {
	fs := validFS(t)
	fs["sources.yaml"].Data = []byte(validSources + "agency:\n  title: Chronology\n  publisher: {en: \"MTI (Hungarian News Agency)\", hu: MTI}\n  year: \"1956\"\n" +
		"edited:\n  title: Documents\n  author: {en: A. Editor (ed.), hu: A. Editor (szerk.)}\n  publisher: Press\n")
	ex, probs := Load(fs, "content")
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	s, one := ex.Sources["agency"], ex.Sources["mti"]
	for _, c := range []struct{ got, want string }{
		{s.PublisherIn("hu", "en"), "MTI"},
		{s.PublisherIn("en", "en"), "MTI (Hungarian News Agency)"},
		{s.PublisherIn("de", "en"), "MTI (Hungarian News Agency)"}, // the fallback
		{s.Publisher, "MTI (Hungarian News Agency)"},               // the default language
		{s.CitationIn("hu", "en"), "Chronology, MTI, 1956"},
		{s.CitationIn("en", "en"), "Chronology, MTI (Hungarian News Agency), 1956"},
		{s.Citation(), "Chronology, MTI (Hungarian News Agency), 1956"},
		{s.ShortIn("hu", "en"), "Chronology, MTI, 1956"},
		{s.CreditIn("hu", "en"), "Chronology, MTI, 1956"},
		{ex.SourcesLine([]string{"agency"}, "hu"), ex.Label("chart_source", "hu") + ": Chronology, MTI, 1956"},
		{one.PublisherIn("hu", "en"), "MTI"}, // one name for every language
		{one.CitationIn("hu", "en"), "Chronology, MTI — https://example.org/mti"},
		// An author given per language ("(ed.)", "(szerk.)").
		{ex.Sources["edited"].CitationIn("hu", "en"), "A. Editor (szerk.), Documents, Press"},
		{ex.Sources["edited"].ShortIn("en", "en"), "A. Editor (ed.), Documents, Press"},
		{ex.Sources["edited"].Author, "A. Editor (ed.)"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

// bracketRE finds a description in brackets: the project's words, not a
// publication's own title.
var bracketRE = regexp.MustCompile(`\[[^\]]+\]`)

// glossRE finds words in parentheses (a gloss such as "(1956 Institute)";
// an address such as "(beszelo.c3.hu)" has no space).
var glossRE = regexp.MustCompile(`\([^()]* [^()]*\)`)

// TestSources_BuiltinDescriptionsInEveryLanguage: in the built-in exhibit,
// every description in brackets in a source's English title, and every
// gloss in its English publisher, has a version in each other language: no
// citation in another language carries the English words.
func TestSources_BuiltinDescriptionsInEveryLanguage(t *testing.T) {
	ex, probs := Load(contentfiles.Files, "content")
	if len(probs) > 0 || ex == nil {
		t.Fatalf("the built-in content: problems:\n%s", probs)
	}
	const en = "en"
	described := 0
	for _, key := range ex.SourceOrder {
		s := ex.Sources[key]
		english := bracketRE.FindAllString(s.TitleIn(en, ex.DefaultLanguage), -1)
		described += len(english)
		english = append(english, glossRE.FindAllString(s.PublisherIn(en, ex.DefaultLanguage), -1)...)
		for _, l := range ex.Languages {
			if l.Code == en {
				continue
			}
			line := s.CitationIn(l.Code, ex.DefaultLanguage)
			for _, w := range english {
				if strings.Contains(line, w) {
					t.Errorf("%s: the %s citation %q has the English %q", key, l.Code, line, w)
				}
			}
		}
	}
	if described < 40 {
		t.Errorf("%d descriptions in brackets found in the built-in sources, want the 40 and more there are: is bracketRE right?", described)
	}
}
