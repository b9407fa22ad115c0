// Package webexport writes the exhibit as a static web site: plain HTML, one
// style sheet, the exhibit's pictures and narrations, and WebVTT captions.
// The site needs no JavaScript and no server: every link is relative, so the
// folder works from file:// and from any path of any web server. It is the
// museum-website edition of the same content the kiosk shows, and the
// baseline the app's performance is compared with.
//
// The package has no Fyne import; see docs/web.md.
package webexport

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"image"
	_ "image/jpeg" // content images may be JPEG
	_ "image/png"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"budapest1956/internal/content"
	"budapest1956/internal/display"
)

//go:embed site.tmpl style.css blocks/*.tmpl
var assets embed.FS

// tmpl holds the site's templates and one per block kind: blocks/KIND.tmpl,
// named KIND.tmpl (see blockTemplate).
var tmpl = template.Must(template.New("site").ParseFS(assets, "site.tmpl", "blocks/*.tmpl"))

// asideKinds are the block kinds shown beside a page's text column rather
// than in it, as the app does with a page's picture.
var asideKinds = map[string]bool{"picture": true}

// Summary says what an export wrote.
type Summary struct {
	Pages int   // HTML files
	Files int   // all files, HTML included
	Bytes int64 // their total size
}

// Export writes the static site of ex into dir, creating it if needed.
// Files of an earlier export are overwritten; files it did not write are
// left alone. ex should be valid (content.Load without problems).
func Export(ex *content.Exhibit, dir string) error {
	_, err := ExportSummary(ex, dir)
	return err
}

// ExportSummary is Export, also saying how many files and bytes it wrote.
func ExportSummary(ex *content.Exhibit, dir string) (Summary, error) {
	if ex == nil || len(ex.Languages) == 0 || len(ex.Sections) == 0 {
		return Summary{}, fmt.Errorf("webexport: the exhibit has no languages or no sections")
	}
	w := &writer{ex: ex, dir: dir, media: map[string]string{}, mediaFrom: map[string]string{}, dims: map[string][2]int{}, written: map[string]bool{}}
	if err := w.site(); err != nil {
		return w.sum, err
	}
	return w.sum, nil
}

type writer struct {
	ex        *content.Exhibit
	dir       string
	sum       Summary
	media     map[string]string // content file → site path
	mediaFrom map[string]string // site path → content file, to catch name clashes
	dims      map[string][2]int // content image → width, height
	written   map[string]bool   // site paths written so far
}

// Site paths. All are slash-separated and relative to the site's top folder.
func homePath(lang string) string             { return lang + "/index.html" }
func sectionPath(lang, section string) string { return lang + "/" + section + "/index.html" }
func pagePath(lang, section, id string) string {
	return lang + "/" + section + "/" + id + ".html"
}
func radioPath(lang string) string   { return lang + "/radio.html" }
func sourcesPath(lang string) string { return lang + "/sources.html" }
func vttPath(id, lang string) string { return "media/" + id + "." + lang + ".vtt" }

// rel turns the site path to into a link from the page at site path from:
// up out of the folders they do not share, then down.
func rel(from, to string) string {
	fromDirs := strings.Split(from, "/")
	fromDirs = fromDirs[:len(fromDirs)-1]
	for len(fromDirs) > 0 && strings.HasPrefix(to, fromDirs[0]+"/") {
		to = to[len(fromDirs[0])+1:]
		fromDirs = fromDirs[1:]
	}
	return strings.Repeat("../", len(fromDirs)) + to
}

func (w *writer) site() error {
	ex := w.ex
	// Media first: pages need the copied names and image sizes.
	for _, s := range ex.Sections {
		if err := w.copyImage(s.Image); err != nil {
			return err
		}
		for _, p := range s.Pages {
			if err := w.copyImage(p.Image); err != nil {
				return err
			}
			for _, b := range p.Blocks {
				if m, ok := b.(content.MapBlock); ok && m.Map != nil && m.Map.Base != nil {
					if err := w.copyMedia(m.Map.Base.Image); err != nil {
						return err
					}
				}
			}
		}
	}
	for _, b := range ex.Broadcasts {
		for _, l := range ex.Languages {
			if !b.Narrated(l.Code) {
				continue // no reading in this language: the page says why
			}
			if err := w.copyMedia(b.AudioFile(l.Code)); err != nil {
				return err
			}
			data, err := ex.ReadFile(b.CuesFile(l.Code))
			if err != nil {
				return fmt.Errorf("webexport: %v", err)
			}
			vtt, err := CuesToVTT(data, b, l.Code)
			if err != nil {
				return fmt.Errorf("webexport: %s: %v", b.CuesFile(l.Code), err)
			}
			if err := w.write(vttPath(b.ID, l.Code), vtt); err != nil {
				return err
			}
		}
	}
	css, err := assets.ReadFile("style.css")
	if err != nil {
		return err
	}
	if err := w.write("style.css", css); err != nil {
		return err
	}
	if err := w.root(); err != nil {
		return err
	}
	for _, l := range ex.Languages {
		if err := w.language(l.Code); err != nil {
			return err
		}
	}
	return nil
}

// write stores data at the site path name, once: two things wanting the
// same file (a page with the id "index") is an error, not a silent loss.
func (w *writer) write(name string, data []byte) error {
	if w.written[name] {
		return fmt.Errorf("webexport: %s would be written twice; rename the page or file it comes from", name)
	}
	w.written[name] = true
	full := filepath.Join(w.dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
		return fmt.Errorf("webexport: %v", err)
	}
	if err := os.WriteFile(full, data, 0o644); err != nil {
		return fmt.Errorf("webexport: %v", err)
	}
	w.sum.Files++
	w.sum.Bytes += int64(len(data))
	if strings.HasSuffix(name, ".html") {
		w.sum.Pages++
	}
	return nil
}

// copyMedia copies a file of the content folder into media/, once.
func (w *writer) copyMedia(file string) error {
	if _, done := w.media[file]; done {
		return nil
	}
	to := "media/" + path.Base(file)
	if other, clash := w.mediaFrom[to]; clash {
		return fmt.Errorf("webexport: %s and %s would both become %s; rename one", other, file, to)
	}
	data, err := w.ex.ReadFile(file)
	if err != nil {
		return fmt.Errorf("webexport: %v", err)
	}
	if err := w.write(to, data); err != nil {
		return err
	}
	w.media[file], w.mediaFrom[to] = to, file
	if strings.HasPrefix(file, "images/") || strings.HasSuffix(file, ".png") || strings.HasSuffix(file, ".jpg") || strings.HasSuffix(file, ".jpeg") {
		if cfg, _, err := image.DecodeConfig(bytes.NewReader(data)); err == nil {
			w.dims[file] = [2]int{cfg.Width, cfg.Height}
		}
	}
	return nil
}

func (w *writer) copyImage(img *content.Image) error {
	if img == nil || img.File == "" {
		return nil
	}
	return w.copyMedia(img.File)
}

// render runs a template into the site path name.
func (w *writer) render(name, tmplName string, data any) error {
	var buf bytes.Buffer
	if err := tmpl.ExecuteTemplate(&buf, tmplName, data); err != nil {
		return fmt.Errorf("webexport: %s: %v", name, err)
	}
	return w.write(name, buf.Bytes())
}

// common is what every page's frame needs.
type common struct {
	Lang        string
	Root        string // relative link to the site's top folder, "" or "../…"
	DocTitle    string
	Description string
	SiteTitle   string
	Header      bool
	Current     string // "home", "radio" or "sources": marked in the menu
	HomeHref    string
	RadioHref   string
	SourcesHref string
	Alternates  []alternate
	L           map[string]string // UI labels in Lang
}

type alternate struct{ Lang, Name, Href string }

type link struct{ Href, Text, When string }

type imageView struct {
	Src, Alt, Credit string
	W, H             int
	Labels           []mapLabel
}

// mapLabel is a place name drawn over a map at a dot, as the app does: the
// name to the right of the dot, or to its left near the right edge.
type mapLabel struct {
	Style template.CSS
	Text  string
	Flip  bool
}

type sourceView struct {
	Anchor, Text, URL, Note string
}

// sourceGroupView is a page's sources for one kind of block, under its
// heading (display.PageSources).
type sourceGroupView struct {
	Heading string
	Sources []sourceView
}

type quoteView struct {
	Text, Lang, By                           string
	Original, OriginalLang, OriginalLabel    string
	TranslatedNote, Context, Note, Certainty string
}

type broadcastView struct {
	ID, Title, When, Station, Honest, Context, Note string
	Audio, Track, Lang, LangName, ListenLabel       string
	TranscriptLabel, OriginalLabel, OriginalLang    string
	Sentences, Original                             []string
	CertaintyLabel, Certainty                       string
	NoNarration                                     string // why there is no reading in Lang; then no Audio
	Source                                          *sourceView
	OnRadio                                         bool
	Pages                                           []link
}

// frame fills the common part of the page at site path at, in lang; other
// gives the same page's site path in another language.
func (w *writer) frame(at, lang, title string, other func(lang string) string) common {
	ex := w.ex
	c := common{
		Lang:        lang,
		Root:        rel(at, ""),
		SiteTitle:   ex.Title.In(lang, ex.DefaultLanguage),
		Header:      true,
		HomeHref:    rel(at, homePath(lang)),
		RadioHref:   rel(at, radioPath(lang)),
		SourcesHref: rel(at, sourcesPath(lang)),
		Description: ex.Subtitle.In(lang, ex.DefaultLanguage),
		L:           w.labels(lang),
	}
	c.DocTitle = c.SiteTitle
	if title != "" && title != c.SiteTitle {
		c.DocTitle = title + " · " + c.SiteTitle
	}
	if other != nil {
		for _, l := range ex.Languages {
			if l.Code != lang {
				c.Alternates = append(c.Alternates, alternate{Lang: l.Code, Name: l.Name, Href: rel(at, other(l.Code))})
			}
		}
	}
	return c
}

func (w *writer) labels(lang string) map[string]string {
	m := map[string]string{}
	for k := range w.ex.UI {
		m[k] = w.ex.Label(k, lang)
	}
	for _, k := range content.UIKeys {
		m[k] = w.ex.Label(k, lang)
	}
	return m
}

func (w *writer) text(t content.Text, lang string) string { return display.Text(w.ex, t, lang) }

func (w *writer) image(img *content.Image, lang, at string) *imageView {
	if img == nil || img.File == "" {
		return nil
	}
	v := &imageView{
		Src:    rel(at, w.media[img.File]),
		Alt:    w.text(img.Alt, lang),
		Credit: display.Credit(w.ex, img, lang),
	}
	if d, ok := w.dims[img.File]; ok {
		v.W, v.H = d[0], d[1]
	}
	for _, l := range img.Labels {
		style := fmt.Sprintf("left:%s%%;top:%s%%", pct(l.X), pct(l.Y))
		v.Labels = append(v.Labels, mapLabel{Style: template.CSS(style), Text: w.text(l.Text, lang), Flip: l.X > 0.6})
	}
	return v
}

func pct(f float64) string {
	if f < 0 {
		f = 0
	}
	if f > 1 {
		f = 1
	}
	return strconv.FormatFloat(f*100, 'f', 2, 64)
}

func (w *writer) source(key, lang string) sourceView {
	s := w.ex.Sources[key]
	if s == nil {
		return sourceView{Anchor: "src-" + key, Text: key}
	}
	bare := *s
	bare.URL = ""
	return sourceView{Anchor: "src-" + key, Text: bare.CitationIn(lang, w.ex.DefaultLanguage), URL: s.URL, Note: w.text(s.Note, lang)}
}

// root writes index.html: the exhibit's title and a choice of language.
func (w *writer) root() error {
	ex := w.ex
	lang := ex.DefaultLanguage
	if !ex.HasLanguage(lang) {
		lang = ex.Languages[0].Code
	}
	type choice struct{ Lang, Name, Subtitle, Href string }
	data := struct {
		common
		Choices []choice
	}{common: w.frame("index.html", lang, "", nil)}
	data.Header = false
	for _, l := range ex.Languages {
		data.Choices = append(data.Choices, choice{Lang: l.Code, Name: l.Name, Subtitle: w.text(ex.Subtitle, l.Code), Href: homePath(l.Code)})
	}
	return w.render("index.html", "root", data)
}

// language writes every page of one language.
func (w *writer) language(lang string) error {
	ex := w.ex
	// Home.
	at := homePath(lang)
	type tile struct {
		Href, Title, Period, Summary string
		Image                        *imageView
	}
	home := struct {
		common
		Subtitle string
		Tiles    []tile
	}{common: w.frame(at, lang, "", homePath), Subtitle: w.text(ex.Subtitle, lang)}
	home.Current = "home"
	for _, s := range ex.Sections {
		home.Tiles = append(home.Tiles, tile{
			Href:    rel(at, sectionPath(lang, s.ID)),
			Title:   w.text(s.Title, lang),
			Period:  w.text(s.Period, lang),
			Summary: w.text(s.Summary, lang),
			Image:   w.image(s.Image, lang, at),
		})
	}
	if err := w.render(at, "home", home); err != nil {
		return err
	}

	for si, s := range ex.Sections {
		if err := w.section(lang, si, s); err != nil {
			return err
		}
		for pi := range s.Pages {
			if err := w.page(lang, s, pi); err != nil {
				return err
			}
		}
	}
	if err := w.radio(lang); err != nil {
		return err
	}
	return w.sources(lang)
}

func (w *writer) section(lang string, si int, s *content.Section) error {
	ex := w.ex
	at := sectionPath(lang, s.ID)
	title := w.text(s.Title, lang)
	data := struct {
		common
		Title, Period, Summary string
		Image                  *imageView
		Pages                  []link
		Prev, Next             *link
	}{
		common:  w.frame(at, lang, title, func(l string) string { return sectionPath(l, s.ID) }),
		Title:   title,
		Period:  w.text(s.Period, lang),
		Summary: w.text(s.Summary, lang),
		Image:   w.image(s.Image, lang, at),
	}
	for _, p := range s.Pages {
		data.Pages = append(data.Pages, link{Href: rel(at, pagePath(lang, s.ID, p.ID)), Text: w.text(p.Title, lang), When: w.text(p.When, lang)})
	}
	if si > 0 {
		o := ex.Sections[si-1]
		data.Prev = &link{Href: rel(at, sectionPath(lang, o.ID)), Text: w.text(o.Title, lang)}
	}
	if si+1 < len(ex.Sections) {
		o := ex.Sections[si+1]
		data.Next = &link{Href: rel(at, sectionPath(lang, o.ID)), Text: w.text(o.Title, lang)}
	}
	return w.render(at, "section", data)
}

func (w *writer) page(lang string, s *content.Section, pi int) error {
	ex := w.ex
	p := s.Pages[pi]
	at := pagePath(lang, s.ID, p.ID)
	title := w.text(p.Title, lang)
	data := struct {
		common
		When, Date, Title         string
		Aside, Blocks             []template.HTML
		Sources                   []sourceGroupView
		SectionTitle, SectionHref string
		PageOf                    string
		Prev, Next                *link
	}{
		common:       w.frame(at, lang, title, func(l string) string { return pagePath(l, s.ID, p.ID) }),
		When:         w.text(p.When, lang),
		Date:         p.Date,
		Title:        title,
		SectionTitle: w.text(s.Title, lang),
		SectionHref:  rel(at, sectionPath(lang, s.ID)),
		PageOf:       display.PageOf(ex, pi+1, len(s.Pages), lang),
	}
	if short := w.text(p.Short, lang); short != "" {
		data.Description = short
	}
	if pi > 0 {
		data.Prev = &link{Href: rel(at, pagePath(lang, s.ID, s.Pages[pi-1].ID))}
	}
	if pi+1 < len(s.Pages) {
		data.Next = &link{Href: rel(at, pagePath(lang, s.ID, s.Pages[pi+1].ID))}
	}
	for _, b := range p.Blocks {
		html, err := w.block(b, p, lang, at, data.L)
		if err != nil {
			return err
		}
		// A map goes beside the text like a picture, unless the page has a
		// picture there already.
		if asideKinds[b.Kind()] || (b.Kind() == "map" && p.Image == nil) {
			data.Aside = append(data.Aside, html)
		} else {
			data.Blocks = append(data.Blocks, html)
		}
	}
	// Every block's sources, as the app's Sources overlay lists them.
	for _, g := range display.PageSources(ex, p, lang) {
		gv := sourceGroupView{Heading: g.Heading}
		for _, l := range g.Lines {
			v := sourceView{Text: l.Text, URL: l.URL, Note: l.Note}
			if l.Key != "" {
				v.Anchor = "src-" + l.Key
			}
			gv.Sources = append(gv.Sources, v)
		}
		data.Sources = append(data.Sources, gv)
	}
	return w.render(at, "page", data)
}

// blockTemplate names the template of a block kind: blocks/KIND.tmpl.
func blockTemplate(kind string) string { return kind + ".tmpl" }

// block draws one block of page p with the template of its kind. A kind
// without a template is an error naming the page's file: the web edition
// would otherwise silently leave out part of the page.
func (w *writer) block(b content.Block, p *content.Page, lang, at string, labels map[string]string) (template.HTML, error) {
	name := blockTemplate(b.Kind())
	if tmpl.Lookup(name) == nil {
		return "", fmt.Errorf("webexport: %s: block kind %q has no web template (internal/webexport/blocks/%s)", p.File, b.Kind(), name)
	}
	var buf bytes.Buffer
	v := blockView{Block: b, Lang: lang, L: labels, w: w, at: at}
	if err := tmpl.ExecuteTemplate(&buf, name, v); err != nil {
		return "", fmt.Errorf("webexport: %s: %s block: %v", p.File, b.Kind(), err)
	}
	return template.HTML(buf.String()), nil
}

// blockView is what a block's template gets: the block (.Block), the page's
// language and labels (.Lang, .L), and helpers that put the exhibit's data
// into words and links for this page ({{.Text .Block.Short}}…).
type blockView struct {
	Block content.Block
	Lang  string
	L     map[string]string
	w     *writer
	at    string // the page's site path, for relative links
}

// Text is t in the page's language.
func (v blockView) Text(t content.Text) string { return v.w.text(t, v.Lang) }

// Paragraphs splits t in the page's language at blank lines.
func (v blockView) Paragraphs(t content.Text) []string {
	return t.Paragraphs(v.Lang, v.w.ex.DefaultLanguage)
}

// Image is a picture with its copied file, size, credit and map labels.
func (v blockView) Image(img *content.Image) *imageView { return v.w.image(img, v.Lang, v.at) }

// Broadcast is the broadcast with id, or nil.
func (v blockView) Broadcast(id string) *broadcastView {
	if b := v.w.ex.Broadcast(id); b != nil {
		return v.w.broadcast(b, v.Lang, v.at, false)
	}
	return nil
}

// Quote is a quotation as a visitor reading the page's language sees it.
func (v blockView) Quote(q *content.Quote) *quoteView {
	if q == nil {
		return nil
	}
	ex, lang := v.w.ex, v.Lang
	text, translated := q.In(lang)
	qv := &quoteView{
		Text:      display.Quoted(ex, text, lang),
		Lang:      q.Lang,
		By:        display.QuoteBy(ex, q, lang),
		Context:   v.Text(q.Context),
		Note:      v.Text(q.Note),
		Certainty: display.CertaintyLine(ex, q.Certainty, lang),
	}
	if translated {
		qv.Lang = lang
		qv.Original, qv.OriginalLang = q.Text, q.Lang
		qv.OriginalLabel = ex.Label("quote_original", lang)
		qv.TranslatedNote = display.TranslatorNote(ex, q, lang)
	}
	return qv
}

// broadcast prepares a broadcast for the page at site path at.
func (w *writer) broadcast(b *content.Broadcast, lang, at string, onRadio bool) *broadcastView {
	ex := w.ex
	v := &broadcastView{
		ID:              b.ID,
		Title:           display.BroadcastTitle(ex, b, lang),
		When:            display.When(ex, b, lang),
		Station:         w.text(b.Station, lang),
		Honest:          display.Renarration(ex, b, lang),
		Context:         w.text(b.Context, lang),
		Note:            w.text(b.Note, lang),
		NoNarration:     w.text(b.NoNarration[lang], lang),
		Lang:            lang,
		LangName:        display.LanguageName(ex, lang),
		ListenLabel:     ex.Label("listen", lang),
		TranscriptLabel: ex.Label("transcript", lang),
		OnRadio:         onRadio,
		CertaintyLabel:  ex.Label("certainty", lang),
		Certainty:       display.Certainty(ex, b.Certainty, lang),
	}
	if b.Narrated(lang) {
		v.Audio, v.Track = rel(at, w.media[b.AudioFile(lang)]), rel(at, vttPath(b.ID, lang))
	}
	for _, s := range b.Sentences {
		v.Sentences = append(v.Sentences, s.Text.In(lang, ex.DefaultLanguage))
	}
	if b.OriginalLang != "" && b.OriginalLang != lang && ex.HasLanguage(b.OriginalLang) {
		v.OriginalLabel, v.OriginalLang = ex.Label("show_original", lang), b.OriginalLang
		for _, s := range b.Sentences {
			v.Original = append(v.Original, s.Text[b.OriginalLang])
		}
	}
	if b.Source != "" {
		src := w.source(b.Source, lang)
		src.Note = ""
		v.Source = &src
	}
	if onRadio {
		for _, s := range ex.Sections {
			for _, p := range s.Pages {
				if p.Broadcast == b.ID {
					v.Pages = append(v.Pages, link{Href: rel(at, pagePath(lang, s.ID, p.ID)), Text: w.text(p.Title, lang)})
				}
			}
		}
	}
	return v
}

func (w *writer) radio(lang string) error {
	at := radioPath(lang)
	data := struct {
		common
		Broadcasts []*broadcastView
	}{common: w.frame(at, lang, w.ex.Label("radio", lang), radioPath)}
	data.Current = "radio"
	for _, b := range w.ex.Broadcasts {
		data.Broadcasts = append(data.Broadcasts, w.broadcast(b, lang, at, true))
	}
	return w.render(at, "radio", data)
}

func (w *writer) sources(lang string) error {
	ex := w.ex
	at := sourcesPath(lang)
	type correction struct {
		ID, Claim, Fact string
		Sources         []sourceView
	}
	data := struct {
		common
		Corrections []correction
		Sources     []sourceView
	}{common: w.frame(at, lang, ex.Label("all_sources", lang), sourcesPath)}
	data.Current = "sources"
	for _, c := range ex.Corrections {
		cv := correction{ID: c.ID, Claim: w.text(c.Claim, lang), Fact: w.text(c.Fact, lang)}
		for _, k := range c.Sources {
			cv.Sources = append(cv.Sources, w.source(k, lang))
		}
		data.Corrections = append(data.Corrections, cv)
	}
	keys := ex.SourceOrder
	if len(keys) == 0 {
		for k := range ex.Sources {
			keys = append(keys, k)
		}
		sort.Strings(keys)
	}
	for _, k := range keys {
		data.Sources = append(data.Sources, w.source(k, lang))
	}
	return w.render(at, "sources", data)
}
