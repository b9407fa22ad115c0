// Package content is the exhibit's data model: loading the content folder,
// validating it, and answering questions about it. It has no Fyne import so
// that curators' tools (validate, render, stats) and tests stay light.
package content

import "strings"

// Text is a visitor-facing string in every exhibit language, keyed by language code.
type Text map[string]string

// In returns the text in lang, falling back to fallback and then to any
// language, so a missing translation never shows as an empty screen.
func (t Text) In(lang, fallback string) string {
	if s := t[lang]; s != "" {
		return s
	}
	if s := t[fallback]; s != "" {
		return s
	}
	for _, s := range t {
		if s != "" {
			return s
		}
	}
	return ""
}

// Language is one language the exhibit is offered in.
type Language struct {
	Code string // e.g. "en", "hu"
	Name string // the language's own name, e.g. "Magyar"
}

// Exhibit is a whole loaded exhibit.
type Exhibit struct {
	Version         string
	Title           Text
	Subtitle        Text
	Languages       []Language
	DefaultLanguage string
	Sections        []*Section
	UI              map[string]Text
	Sources         map[string]*Source
	SourceOrder     []string // keys of Sources in file order
	Corrections     []*Correction
	Attract         []string // page ids shown by the kiosk's attract loop
	Broadcasts      []*Broadcast
	Places          map[string]*Place // the gazetteer, places.yaml (places.go)
	PlaceOrder      []string          // keys of Places in file order
	Dir             string            // where it was loaded from, for messages
	files           fileReader

	// Timelines are timeline.yaml's axes by id (timeline.go).
	Timelines map[string]*Timeline
}

// Section is one of the story's chapters.
type Section struct {
	ID      string
	Title   Text
	Period  Text
	Summary Text
	Image   *Image
	Pages   []*Page
	// Timeline sections show a strip of days to jump between; every page
	// has a full date.
	Timeline bool
}

// Days returns the distinct dates of a section's pages in page order, with
// the index of the first page of each.
func (s *Section) Days() (days []string, first []int) {
	for i, p := range s.Pages {
		if p.Date == "" || (len(days) > 0 && days[len(days)-1] == p.Date) {
			continue
		}
		days = append(days, p.Date)
		first = append(first, i)
	}
	return days, first
}

// Page is one screenful of the story.
type Page struct {
	ID        string
	File      string // path inside the content folder, for messages
	Date      string // ISO date, year or year-month; may be empty
	When      Text
	Title     Text
	Short     Text // plain-language layer, at most ShortWords words; may be empty
	Body      Text
	Image     *Image
	Quote     *Quote
	Broadcast string
	Sources   []string
	// Visuals are the blocks of the page file's blocks: list (charts…),
	// shown after the blocks made from the fields above (blocks_load.go).
	Visuals []Block
	// Blocks are what the page shows, in order (block.go); the loader
	// builds them from the fields above.
	Blocks []Block
}

// ShortWords is the most words the short layer of a page may have.
const ShortWords = 50

// Paragraphs splits the body in lang into paragraphs at blank lines.
func (p *Page) Paragraphs(lang, fallback string) []string { return p.Body.Paragraphs(lang, fallback) }

// Paragraphs splits the text in lang into paragraphs at blank lines, each
// with its lines joined and its spaces collapsed.
func (t Text) Paragraphs(lang, fallback string) []string {
	var out []string
	for _, para := range strings.Split(strings.ReplaceAll(t.In(lang, fallback), "\r\n", "\n"), "\n\n") {
		para = strings.Join(strings.Fields(para), " ")
		if para != "" {
			out = append(out, para)
		}
	}
	return out
}

// Image is a picture with what a visitor needs to know about it.
type Image struct {
	File    string // relative to the content folder
	Alt     Text
	Credit  Text
	Licence string
	Labels  []Label // text the app draws over the picture (maps)
}

// Label is a text drawn over an image at a point given as fractions of the
// image's width and height, so maps stay sharp and switch language.
type Label struct {
	X, Y  float64
	Text  Text
	Point bool // a dot marks the place (towns, sites); false for areas and arrows
}

// Quote is a verbatim quotation in its original language with translations.
type Quote struct {
	Text         string
	Lang         string
	Translations Text
	TranslatedBy string // "exhibit" or a source key
	Speaker      Text
	When         Text
	Context      Text
	Note         Text
	Certainty    string
	Source       string
}

// In returns the quote as a visitor reading lang should see it, and whether
// that is a translation.
func (q *Quote) In(lang string) (text string, translated bool) {
	if lang == q.Lang {
		return q.Text, false
	}
	if s := q.Translations[lang]; s != "" {
		return s, true
	}
	return q.Text, false
}

// Correction sets a claim of popular accounts against what sources say.
type Correction struct {
	ID      string
	Claim   Text
	Fact    Text
	Sources []string
}

// Source is one bibliography entry.
type Source struct {
	Key    string
	Title  string // in the exhibit's default language (TitleIn gives a visitor's)
	Titles Text   // nil when one title serves every language
	Author string // in the exhibit's default language (AuthorIn gives a visitor's)
	// Authors is nil when one name serves every language; else one per
	// language ("Paul E. Zinner (ed.)", "Paul E. Zinner (szerk.)").
	Authors   Text
	Publisher string // in the exhibit's default language (PublisherIn gives a visitor's)
	// Publishers is nil when one name serves every language; else one per
	// language (a gloss such as "MTI (Hungarian News Agency)" in English).
	Publishers Text
	Year       string
	URL        string
	Note       Text
	// Credit is the source as a credit line names it (under a map): short,
	// one per language; nil when none is given (then ShortIn serves).
	Credit Text
}

// CreditIn is the source as a credit line names it for a visitor reading
// lang: its credit, else its short form.
func (s *Source) CreditIn(lang, fallback string) string {
	if c := s.Credit.In(lang, fallback); c != "" {
		return c
	}
	return s.ShortIn(lang, fallback)
}

// inLang is a source's field as a visitor reading lang sees it: the one
// text (one) every language shares, or the field's text in lang (per), else
// in fallback.
func inLang(one string, per Text, lang, fallback string) string {
	if lang != "" {
		if t := per.In(lang, fallback); t != "" {
			return t
		}
	}
	return one
}

// TitleIn is the source's title as a visitor reading lang sees it.
func (s *Source) TitleIn(lang, fallback string) string {
	return inLang(s.Title, s.Titles, lang, fallback)
}

// AuthorIn is the source's author as a visitor reading lang sees it.
func (s *Source) AuthorIn(lang, fallback string) string {
	return inLang(s.Author, s.Authors, lang, fallback)
}

// PublisherIn is the source's publisher as a visitor reading lang sees it.
func (s *Source) PublisherIn(lang, fallback string) string {
	return inLang(s.Publisher, s.Publishers, lang, fallback)
}

// Citation renders the source as one line in the default language.
func (s *Source) Citation() string { return s.CitationIn("", "") }

// CitationIn renders the source as one line for a visitor reading lang:
// author, title, publisher, year — address.
func (s *Source) CitationIn(lang, fallback string) string {
	var parts []string
	if a := s.AuthorIn(lang, fallback); a != "" {
		parts = append(parts, a)
	}
	parts = append(parts, s.TitleIn(lang, fallback))
	if p := s.PublisherIn(lang, fallback); p != "" {
		parts = append(parts, p)
	}
	if s.Year != "" {
		parts = append(parts, s.Year)
	}
	line := strings.Join(parts, ", ")
	if s.URL != "" {
		line += " — " + s.URL
	}
	return line
}

// Section returns the section with the given id, or nil.
func (e *Exhibit) Section(id string) *Section {
	for _, s := range e.Sections {
		if s.ID == id {
			return s
		}
	}
	return nil
}

// Label returns the UI label key in lang. Unknown keys return the key itself,
// which validation reports, so a missing label is visible but never fatal.
func (e *Exhibit) Label(key, lang string) string {
	if t, ok := e.UI[key]; ok {
		if s := t.In(lang, e.DefaultLanguage); s != "" {
			return s
		}
	}
	return key
}

// NextLanguage returns the language after lang in the exhibit's list, wrapping.
func (e *Exhibit) NextLanguage(lang string) string {
	for i, l := range e.Languages {
		if l.Code == lang {
			return e.Languages[(i+1)%len(e.Languages)].Code
		}
	}
	if len(e.Languages) > 0 {
		return e.Languages[0].Code
	}
	return lang
}

// HasLanguage reports whether code is one of the exhibit's languages.
func (e *Exhibit) HasLanguage(code string) bool {
	for _, l := range e.Languages {
		if l.Code == code {
			return true
		}
	}
	return false
}

// Page finds a page by id in any section.
func (e *Exhibit) Page(id string) (*Section, *Page) {
	for _, s := range e.Sections {
		for _, p := range s.Pages {
			if p.ID == id {
				return s, p
			}
		}
	}
	return nil, nil
}

// PageCount returns the number of pages in all sections.
func (e *Exhibit) PageCount() int {
	n := 0
	for _, s := range e.Sections {
		n += len(s.Pages)
	}
	return n
}
