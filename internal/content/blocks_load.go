package content

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// A page file may list visual blocks after its text:
//
//	blocks:
//	  - kind: chart
//	    title: {en: …, hu: …}
//	    alt: {en: …, hu: …}        # what the chart shows, for the web and the audio mode
//	    sources: [ksh-1957]        # keys of sources.yaml, named on screen
//	    note: {en: …, hu: …}       # optional: where the sources disagree
//	    scale: 100                 # optional: the scale's end (per cent)
//	    bars:
//	      - label: {en: …, hu: …}
//	        value: {en: "2,500–3,000", hu: "2500–3000"}   # the figure in words
//	        low: 2500
//	        high: 3000             # the band low–high; equal for one firm figure
//	        mark: 2700             # optional: one source's count inside the band
//	        open: true             # optional: "more than": the band runs on
//
// docs/content-format.md describes the kinds.

// ChartBlock is a chart of figures with their ranges and sources.
type ChartBlock struct{ Chart *Chart }

func (ChartBlock) Kind() string { return "chart" }

// Chart is a set of figures drawn as bars on one scale from zero. A figure
// the sources give as a range is a band from its low to its high value,
// never one bar of false precision.
type Chart struct {
	Title   Text
	Alt     Text
	Note    Text // may be nil
	Sources []string
	Bars    []Bar
	Scale   float64 // the scale's end (100 for per cent); 0: the highest figure
}

// Bar is one figure of a chart.
type Bar struct {
	Label     Text
	Value     Text // the figure as a visitor reads it, with its "about", "more than"
	Low, High float64
	Mark      float64 // a single count inside the band; 0 for none
	Open      bool    // the high end is open ("more than")
}

// Range reports whether the bar is a band rather than one figure.
func (b Bar) Range() bool { return b.High > b.Low || b.Open }

// Max is the chart's scale: its highest figure, with room for an open end.
func (c *Chart) Max() float64 {
	m := c.Scale
	for _, b := range c.Bars {
		h := b.High
		if b.Open {
			h *= 1.25
		}
		if h > m {
			m = h
		}
	}
	return m
}

// visualKinds are the kinds a page's blocks: list may hold.
var visualKinds = map[string]func(l *loader, o *object, p *Page) Block{
	"chart":    func(l *loader, o *object, _ *Page) Block { return l.chart(o) },
	"document": (*loader).document,
	"map":      (*loader).mapBlock,      // places.go
	"timeline": (*loader).timelineBlock, // timeline.go
}

// visualBlocks reads the page's optional blocks: list.
func (l *loader) visualBlocks(o *object, p *Page) []Block {
	n := o.node("blocks")
	if n == nil {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		o.problem("blocks", fmt.Sprintf("expected a list of blocks, found %s", kindName(n)))
		return nil
	}
	var out []Block
	for i, it := range n.Content {
		bo := l.object(o.file, fmt.Sprintf("blocks[%d]", i), it)
		if bo.absent {
			continue
		}
		kind := bo.str("kind", true)
		read, ok := visualKinds[kind]
		if !ok {
			if kind != "" {
				var kinds []string
				for k := range visualKinds {
					kinds = append(kinds, k)
				}
				sort.Strings(kinds)
				bo.problem("kind", fmt.Sprintf("%q: unknown block kind (use %s)", kind, strings.Join(kinds, ", ")))
			}
			continue
		}
		if b := read(l, bo, p); b != nil {
			out = append(out, b)
		}
	}
	return out
}

// chart reads a chart block; nil if it could not be drawn honestly.
func (l *loader) chart(o *object) Block {
	before := len(l.probs)
	c := &Chart{
		Title:   o.text("title", true),
		Alt:     o.text("alt", true),
		Sources: o.strList("sources"),
		Scale:   o.number("scale", false),
	}
	if o.has("note") {
		c.Note = o.text("note", false)
	}
	if len(c.Sources) == 0 {
		o.problem("sources", "chart without a source: name at least one key of sources.yaml")
	}
	for _, key := range c.Sources {
		l.refs = append(l.refs, sourceRef{file: o.file, field: o.path("sources"), key: key, line: o.lineOf("sources")})
	}
	bn := o.node("bars")
	switch {
	case bn == nil:
		o.problem("bars", "missing: a chart needs at least one bar")
	case bn.Kind != yaml.SequenceNode:
		o.problem("bars", fmt.Sprintf("expected a list of bars, found %s", kindName(bn)))
	default:
		for i, it := range bn.Content {
			bo := l.object(o.file, fmt.Sprintf("%s[%d]", o.path("bars"), i), it)
			if bo.absent {
				continue
			}
			b := Bar{
				Label: bo.text("label", true),
				Value: bo.text("value", true),
				Low:   bo.number("low", true),
				High:  bo.number("high", true),
				Mark:  bo.number("mark", false),
				Open:  bo.str("open", false) == "true",
			}
			if b.High < b.Low {
				bo.problem("high", fmt.Sprintf("%g is below low (%g)", b.High, b.Low))
			}
			if b.Mark != 0 && (b.Mark < b.Low || b.Mark > b.High) {
				bo.problem("mark", fmt.Sprintf("%g is outside the band %g–%g", b.Mark, b.Low, b.High))
			}
			bo.done()
			c.Bars = append(c.Bars, b)
		}
		if len(bn.Content) == 0 {
			o.problem("bars", "empty: a chart needs at least one bar")
		}
	}
	o.done()
	if len(l.probs) > before || c.Max() <= 0 {
		return nil
	}
	return ChartBlock{c}
}

// number reads a number of zero or more.
func (o *object) number(key string, required bool) float64 {
	s := o.str(key, required)
	if s == "" {
		return 0
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(s, "_", ""), 64)
	if err != nil || f < 0 {
		o.problem(key, fmt.Sprintf("%q: want a number of zero or more (no thousands separators)", s))
		return 0
	}
	return f
}

// Short is a source as a chart names it on screen: author, title,
// publisher, year, without the address (the page's sources list has it).
func (s *Source) Short() string { return s.ShortIn("", "") }

// ShortIn is Short for a visitor reading lang.
func (s *Source) ShortIn(lang, fallback string) string {
	var parts []string
	for _, p := range []string{s.AuthorIn(lang, fallback), s.TitleIn(lang, fallback), s.PublisherIn(lang, fallback), s.Year} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, ", ")
}

// SourceLine is the line under a chart in lang: "Source: …" or
// "Sources: …; …" (labels chart_source, chart_sources).
func (e *Exhibit) SourceLine(c *Chart, lang string) string { return e.SourcesLine(c.Sources, lang) }

// SourcesLine names sources by key: "Source: …" or "Sources: …; …".
func (e *Exhibit) SourcesLine(keys []string, lang string) string {
	var names []string
	for _, k := range keys {
		if s := e.Sources[k]; s != nil {
			names = append(names, s.ShortIn(lang, e.DefaultLanguage))
		} else {
			names = append(names, k)
		}
	}
	key := "chart_source"
	if len(names) > 1 {
		key = "chart_sources"
	}
	return e.Label(key, lang) + ": " + strings.Join(names, "; ")
}

// DocumentBlock is a typographic reconstruction of the words the page
// quotes: the page's quotation in its original language, verbatim, set as
// the kind of paper it was written on. It is captioned as a reconstruction.
type DocumentBlock struct{ Doc *Document }

func (DocumentBlock) Kind() string { return "document" }

// Document styles: how the paper looks.
var documentStyles = map[string]bool{"telex": true, "leaflet": true}

// Document is a reconstruction of a quoted text.
type Document struct {
	Style   string // "telex" (teleprinter paper) or "leaflet" (a duplicated sheet)
	Heading string // verbatim heading of the original, in its language; may be empty
	Text    string // the page's quotation in its original wording
	Lang    string // the original's language
	Source  string // the quotation's source key
	Caption Text   // what it is, where the words come from
	Alt     Text
}

// document reads a document block; its words are the page's quotation.
func (l *loader) document(o *object, p *Page) Block {
	before := len(l.probs)
	d := &Document{
		Style:   o.str("style", true),
		Heading: o.str("heading", false),
		Caption: o.text("caption", true),
		Alt:     o.text("alt", true),
	}
	if d.Style != "" && !documentStyles[d.Style] {
		o.problem("style", fmt.Sprintf("%q: use telex or leaflet", d.Style))
	}
	if p.Quote == nil {
		o.problem("kind", "a document needs the page's quote: its words are the quotation's, verbatim")
	} else {
		d.Text, d.Lang, d.Source = p.Quote.Text, p.Quote.Lang, p.Quote.Source
	}
	o.done()
	if len(l.probs) > before {
		return nil
	}
	return DocumentBlock{d}
}
