package display

import (
	"strings"

	"budapest1956/internal/content"
)

// SourceGroup is what a page owes to one kind of block, in words: the
// heading (label sources_KIND; "" when the labels have none for the kind)
// and one line per source.
type SourceGroup struct {
	Kind    string
	Heading string
	Lines   []SourceLine
}

// SourceLine is one source in lang: a bibliography entry (Key set) or a
// credit. Text is the citation or the credit without its address.
type SourceLine struct {
	Key  string
	Text string
	URL  string
	Note string
}

// PageSources are the sources of everything page p shows, grouped by the
// kind of block that shows it (content.PageSources): the app's Sources
// overlay and the web edition's page both list them.
func PageSources(ex *content.Exhibit, p *content.Page, lang string) []SourceGroup {
	var out []SourceGroup
	for _, g := range content.PageSources(ex, p) {
		sg := SourceGroup{Kind: g.Kind}
		if _, ok := ex.UI["sources_"+g.Kind]; ok {
			sg.Heading = ex.Label("sources_"+g.Kind, lang)
		}
		for _, c := range g.Cites {
			sg.Lines = append(sg.Lines, sourceLine(ex, c, lang))
		}
		out = append(out, sg)
	}
	return out
}

func sourceLine(ex *content.Exhibit, c content.Cite, lang string) SourceLine {
	if c.Key != "" {
		s := ex.Sources[c.Key]
		if s == nil {
			return SourceLine{Key: c.Key, Text: c.Key}
		}
		bare := *s
		bare.URL = ""
		return SourceLine{Key: c.Key, Text: bare.CitationIn(lang, ex.DefaultLanguage), URL: s.URL, Note: Text(ex, s.Note, lang)}
	}
	line := Text(ex, c.Credit, lang)
	if c.Licence != "" {
		if line != "" {
			line += " · "
		}
		line += c.Licence
	}
	if what := strings.TrimSuffix(Text(ex, c.What, lang), "."); what != "" {
		line = what + " — " + line
	}
	return SourceLine{Text: line, URL: c.URL}
}
