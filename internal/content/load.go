package content

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"image"
	_ "image/jpeg" // content images may be JPEG
	_ "image/png"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"
)

type fileReader = fs.FS

// Load reads and validates the exhibit in fsys: everything the app needs to
// show it. label is how the folder is named in problems (e.g. "content" or
// the curator's path). It always returns an exhibit holding everything that
// was valid, plus every problem found; the exhibit is nil only if
// exhibit.yaml itself is unusable. Validate adds the editorial checks.
func Load(fsys fs.FS, label string) (*Exhibit, Problems) {
	l, ex := load(fsys, label)
	return ex, l.probs
}

// Validate is Load and the editorial checks of style.go (date orthography,
// ranges, quote marks, one translation per source text, short texts that say
// no more than the body): what `budapest1956 validate` and the tests run.
// The app starts with Load: a style slip is the curator's to fix, not a
// reason to refuse a folder, and the checks cost more than the rest of Load.
func Validate(fsys fs.FS, label string) (*Exhibit, Problems) {
	l, ex := load(fsys, label)
	if ex != nil {
		l.style(ex) // editorial checks: style.go
	}
	l.decodeImages()
	return ex, l.probs
}

// decoded remembers, by the SHA-256 of its bytes, what decoding an image
// gave: the same file is decoded once per process however often it is
// validated (the tests validate the built-in exhibit many times).
var decoded sync.Map // [sha256.Size]byte → error (nil: it decodes)

func decodeOnce(data []byte) error {
	sum := sha256.Sum256(data)
	if err, ok := decoded.Load(sum); ok {
		if err == nil {
			return nil
		}
		return err.(error)
	}
	_, _, err := image.Decode(bytes.NewReader(data))
	decoded.Store(sum, err)
	return err
}

// decodeImages decodes every image the content uses whose header was
// readable: a file cut short or corrupt after its header passes Load (which
// reads headers only, to start quickly) and would show as a gap on screen.
func (l *loader) decodeImages() {
	names := make([]string, 0, len(l.images))
	for name, err := range l.images {
		if err == nil {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	for _, name := range names {
		data, err := fs.ReadFile(l.fsys, name)
		if err == nil {
			err = decodeOnce(data)
		}
		if err != nil {
			l.add(name, 0, "", fmt.Sprintf("the image cannot be decoded (cut short or corrupt after its header): %v", err))
		}
	}
}

func load(fsys fs.FS, label string) (*loader, *Exhibit) {
	l := &loader{fsys: fsys, label: label, pageIDs: map[string]string{}}
	ex := l.exhibit()
	if ex == nil {
		return l, nil
	}
	l.sources(ex)
	l.ui(ex)
	l.corrections(ex)
	l.broadcasts(ex)
	l.places(ex)    // places.go: before the pages, whose maps name places
	l.timelines(ex) // timeline.go: before the pages that show them
	l.sections(ex)
	l.references(ex)
	l.attract(ex)
	l.broadcastRefs(ex)
	return l, ex
}

type loader struct {
	fsys    fs.FS
	label   string
	langs   []string
	probs   Problems
	pageIDs map[string]string // page id → file that defined it
	refs    []sourceRef
	images  map[string]error // cache: image file → decode result
	ex      *Exhibit
	bases   map[string]*MapBase // base maps read so far (places.go)

	attractLine   int
	pageBroadcast []sourceRef // broadcast ids used by pages
	timelineByID  map[string]*Timeline
}

type sourceRef struct {
	file, field, key string
	line             int
}

func (l *loader) add(file string, line int, field, msg string) {
	l.probs = append(l.probs, Problem{File: l.display(file), Line: line, Field: field, Message: msg})
}

func (l *loader) display(file string) string {
	if l.label == "" {
		return file
	}
	return path.Join(l.label, file)
}

// parse reads one YAML file into a node; a syntax error becomes a problem.
func (l *loader) parse(file string) *yaml.Node {
	data, err := fs.ReadFile(l.fsys, file)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			l.add(file, 0, "", "file is missing")
		} else {
			l.add(file, 0, "", fmt.Sprintf("cannot read: %v", err))
		}
		return nil
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		line, msg := yamlErrorLine(err)
		if lines := bytes.Count(data, []byte("\n")) + 1; line > lines {
			line = lines // an unclosed bracket is reported past the end
		}
		l.add(file, line, "", "malformed YAML: "+msg)
		return nil
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		l.add(file, 1, "", "file is empty")
		return nil
	}
	return &doc
}

var yamlLineRE = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

func yamlErrorLine(err error) (int, string) {
	msg := err.Error()
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	if m := yamlLineRE.FindStringSubmatch(msg); m != nil {
		n := 0
		fmt.Sscanf(m[1], "%d", &n)
		// yaml.v3 numbers lines from 1 for scanner errors but from 0 for
		// parser errors (it reports where the unclosed construct began).
		for _, prefix := range parserErrors {
			if strings.HasPrefix(m[2], prefix) {
				n++
				break
			}
		}
		return n, m[2]
	}
	return 0, strings.TrimPrefix(msg, "yaml: ")
}

var parserErrors = []string{
	"did not find expected key",
	"did not find expected ',' or",
	"did not find expected '-' indicator",
	"did not find expected <document start>",
}

var langCodeRE = regexp.MustCompile(`^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$`)

func (l *loader) exhibit() *Exhibit {
	const file = "exhibit.yaml"
	doc := l.parse(file)
	if doc == nil {
		return nil
	}
	o := l.object(file, "", doc)
	if o.absent {
		return nil
	}
	ex := &Exhibit{Dir: l.label, files: l.fsys, UI: map[string]Text{}, Sources: map[string]*Source{}}
	l.ex = ex
	// Languages first: every localised field is checked against them.
	if n := o.node("languages"); n == nil || n.Kind != yaml.SequenceNode || len(n.Content) == 0 {
		o.problem("languages", "needs a list of languages, e.g. - {code: en, name: English}")
	} else {
		for i, it := range n.Content {
			lo := l.object(file, fmt.Sprintf("languages[%d]", i), it)
			code, name := lo.str("code", true), lo.str("name", true)
			lo.done()
			if code == "" {
				continue
			}
			if !langCodeRE.MatchString(code) {
				lo.problem("code", fmt.Sprintf("%q is not a language code like en, hu or de", code))
				continue
			}
			if ex.HasLanguage(code) {
				lo.problem("code", fmt.Sprintf("language %q listed twice", code))
				continue
			}
			ex.Languages = append(ex.Languages, Language{Code: code, Name: name})
			l.langs = append(l.langs, code)
		}
	}
	if len(ex.Languages) == 0 {
		return nil
	}
	ex.Version = o.str("version", true)
	ex.Title = o.text("title", true)
	ex.Subtitle = o.text("subtitle", false)
	ex.DefaultLanguage = o.str("default_language", true)
	if ex.DefaultLanguage != "" && !ex.HasLanguage(ex.DefaultLanguage) {
		o.problem("default_language", fmt.Sprintf("%q is not one of the listed languages", ex.DefaultLanguage))
		ex.DefaultLanguage = ""
	}
	if ex.DefaultLanguage == "" {
		ex.DefaultLanguage = ex.Languages[0].Code
	}
	ids := o.strList("sections")
	if len(ids) == 0 {
		o.problem("sections", "needs the list of sections in order, each the name of a folder with a section.yaml (e.g. [before-1956, twelve-days])")
	}
	ex.Attract = o.strList("attract")
	l.attractLine = o.lineOf("attract")
	seen := map[string]bool{}
	for _, id := range ids {
		switch {
		case !pageIDRE.MatchString(id):
			o.problem("sections", fmt.Sprintf("%q: a section is a folder name of lowercase letters, digits and hyphens", id))
		case seen[id]:
			o.problem("sections", fmt.Sprintf("section %q listed twice", id))
		default:
			seen[id] = true
			ex.Sections = append(ex.Sections, &Section{ID: id})
		}
	}
	o.done()
	return ex
}

func (l *loader) sources(ex *Exhibit) {
	const file = "sources.yaml"
	doc := l.parse(file)
	if doc == nil {
		return
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		l.add(file, root.Line, "", "expected a mapping of source keys to entries")
		return
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if _, dup := ex.Sources[k.Value]; dup {
			l.add(file, k.Line, k.Value, "source key defined twice")
			continue
		}
		o := l.object(file, k.Value, v)
		s := &Source{
			Key:  k.Value,
			Year: o.str("year", false),
			URL:  o.str("url", false),
		}
		if o.has("note") {
			s.Note = o.text("note", false)
		}
		if o.has("credit") {
			s.Credit = o.text("credit", false)
		}
		// One title for every language (a publication's own title), or one
		// per language (a description in brackets, a gloss); the same for
		// the publisher (a gloss, a Hungarian institution's English name).
		s.Titles, s.Title = l.sourceText(o, "title", true, ex.DefaultLanguage)
		s.Publishers, s.Publisher = l.sourceText(o, "publisher", false, ex.DefaultLanguage)
		s.Authors, s.Author = l.sourceText(o, "author", false, ex.DefaultLanguage)
		o.done()
		if o.absent || s.Title == "" {
			continue
		}
		if s.Author == "" && s.Publisher == "" && s.URL == "" {
			l.add(file, k.Line, k.Value, "needs at least one of author, publisher or url, so a visitor can find it")
		}
		ex.Sources[s.Key] = s
		ex.SourceOrder = append(ex.SourceOrder, s.Key)
	}
}

// sourceText reads a source's field that is one string for every language
// or one per language: the texts per language (nil for one string) and the
// text in the default language.
func (l *loader) sourceText(o *object, key string, required bool, def string) (Text, string) {
	if n := o.node(key); n != nil && n.Kind == yaml.MappingNode {
		t := o.text(key, required)
		one := t.In(def, "")
		if one == "" && len(l.langs) > 0 {
			one = t[l.langs[0]]
		}
		return t, one
	}
	return nil, o.str(key, required)
}

var verbRE = regexp.MustCompile(`%[a-z%]`)

// verbs lists the fmt verbs of s, e.g. "%d%s".
func verbs(s string) string {
	return strings.Join(verbRE.FindAllString(s, -1), "")
}

// corrections reads the optional corrections.yaml: a list of claims and facts.
func (l *loader) corrections(ex *Exhibit) {
	const file = "corrections.yaml"
	if _, err := fs.Stat(l.fsys, file); errors.Is(err, fs.ErrNotExist) {
		return
	}
	doc := l.parse(file)
	if doc == nil {
		return
	}
	root := doc.Content[0]
	if root.Kind != yaml.SequenceNode {
		l.add(file, root.Line, "", "expected a list of corrections (- id: …)")
		return
	}
	ids := map[string]bool{}
	for i, n := range root.Content {
		o := l.object(file, fmt.Sprintf("[%d]", i), n)
		c := &Correction{ID: o.str("id", true), Claim: o.text("claim", true), Fact: o.text("fact", true), Sources: o.strList("sources")}
		o.done()
		if o.absent {
			continue
		}
		if ids[c.ID] {
			o.problem("id", fmt.Sprintf("duplicate id %q", c.ID))
		}
		ids[c.ID] = true
		if len(c.Sources) == 0 {
			o.problem("sources", "a correction needs at least one key of sources.yaml")
		}
		for _, key := range c.Sources {
			l.refs = append(l.refs, sourceRef{file: file, field: o.path("sources"), key: key, line: o.lineOf("sources")})
		}
		if len(c.Claim) > 0 && len(c.Fact) > 0 {
			ex.Corrections = append(ex.Corrections, c)
		}
	}
}

func (l *loader) ui(ex *Exhibit) {
	const file = "ui.yaml"
	doc := l.parse(file)
	if doc == nil {
		return
	}
	o := l.object(file, "", doc)
	for _, key := range UIKeys {
		if t := o.text(key, true); t != nil {
			ex.UI[key] = t
			if want, ok := UIFormats[key]; ok {
				for _, lang := range l.langs {
					if got := verbs(t[lang]); t[lang] != "" && got != want {
						o.problem(key, fmt.Sprintf("%s text has placeholders %q, needs %q in this order", lang, got, want))
					}
				}
			}
		}
	}
	o.done()
}

func (l *loader) sections(ex *Exhibit) {
	listed := map[string]bool{}
	for _, s := range ex.Sections {
		listed[s.ID] = true
	}
	// A section folder that exhibit.yaml does not list is probably a mistake.
	entries, _ := fs.ReadDir(l.fsys, ".")
	for _, e := range entries {
		if e.IsDir() && e.Name() != "images" && !ignored(e.Name()) && !listed[e.Name()] && e.Name() != "broadcasts" && e.Name() != "audio" {
			if _, err := fs.Stat(l.fsys, path.Join(e.Name(), "section.yaml")); err == nil {
				l.add(path.Join(e.Name(), "section.yaml"), 0, "", fmt.Sprintf("section folder %q is not listed in exhibit.yaml sections (unknown section)", e.Name()))
			}
		}
	}
	var kept []*Section
	for _, s := range ex.Sections {
		if info, err := fs.Stat(l.fsys, s.ID); err != nil || !info.IsDir() {
			l.add("exhibit.yaml", 0, "sections", fmt.Sprintf("section %q has no folder %s/", s.ID, s.ID))
			continue
		}
		l.section(ex, s)
		if len(s.Pages) > 0 {
			kept = append(kept, s)
		} else {
			l.add(path.Join(s.ID, "section.yaml"), 0, "", "section has no valid pages")
		}
	}
	ex.Sections = kept
}

func ignored(name string) bool {
	return strings.HasPrefix(name, "_") || strings.HasPrefix(name, ".")
}

func (l *loader) section(ex *Exhibit, s *Section) {
	file := path.Join(s.ID, "section.yaml")
	if doc := l.parse(file); doc != nil {
		o := l.object(file, "", doc)
		s.Title = o.text("title", true)
		s.Period = o.text("period", true)
		s.Summary = o.text("summary", true)
		s.Image = l.image(o, "image", true)
		if n := o.node("timeline"); n != nil {
			if n.Kind != yaml.ScalarNode || (n.Value != "true" && n.Value != "false") {
				o.problem("timeline", "use true or false")
			}
			s.Timeline = n.Value == "true"
		}
		o.done()
	}
	entries, err := fs.ReadDir(l.fsys, s.ID)
	if err != nil {
		l.add(s.ID, 0, "", fmt.Sprintf("cannot list pages: %v", err))
		return
	}
	var names []string
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || ignored(n) || n == "section.yaml" {
			continue
		}
		if !strings.HasSuffix(n, ".yaml") && !strings.HasSuffix(n, ".yml") {
			l.add(path.Join(s.ID, n), 0, "", "not a .yaml page file; ignored")
			continue
		}
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if p := l.page(path.Join(s.ID, n)); p != nil {
			if s.Timeline && len(p.Date) != len("1956-10-23") {
				l.add(p.File, 0, "date", "pages of a timeline section need a full date (YYYY-MM-DD)")
			}
			s.Pages = append(s.Pages, p)
		}
	}
}

var (
	pageIDRE = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)
	dateRE   = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)
)

// page reads one page file. A page with problems that would leave the visitor
// with nothing to read (no title, no body) is dropped; lesser problems are
// reported and the page is kept.
func (l *loader) page(file string) *Page {
	before := len(l.probs)
	doc := l.parse(file)
	if doc == nil {
		return nil
	}
	o := l.object(file, "", doc)
	if o.absent {
		return nil
	}
	p := &Page{File: file}
	p.ID = o.str("id", true)
	if p.ID != "" && !pageIDRE.MatchString(p.ID) {
		o.problem("id", fmt.Sprintf("%q: use lowercase letters, digits and hyphens", p.ID))
	}
	if p.ID != "" {
		if other, dup := l.pageIDs[p.ID]; dup {
			o.problem("id", fmt.Sprintf("duplicate id %q (also in %s)", p.ID, l.display(other)))
			p.ID = ""
		} else {
			l.pageIDs[p.ID] = file
		}
	}
	p.Date = o.str("date", false)
	if p.Date != "" && !dateRE.MatchString(p.Date) {
		o.problem("date", fmt.Sprintf("%q: use YYYY, YYYY-MM or YYYY-MM-DD", p.Date))
		p.Date = ""
	}
	p.When = o.text("when", false)
	p.Title = o.text("title", true)
	if o.has("short") {
		p.Short = o.text("short", false)
		for _, lang := range l.langs {
			if n := len(strings.Fields(p.Short[lang])); n > ShortWords {
				o.problem("short."+lang, fmt.Sprintf("%d words; the short version may have at most %d", n, ShortWords))
			}
		}
	}
	p.Body = o.text("body", true)
	p.Image = l.image(o, "image", false)
	p.Quote = l.quote(o)
	p.Broadcast = o.str("broadcast", false)
	l.pageBroadcast = append(l.pageBroadcast, sourceRef{file: file, field: "broadcast", key: p.Broadcast, line: o.lineOf("broadcast")})
	p.Sources = o.strList("sources")
	if len(p.Sources) == 0 {
		o.problem("sources", "page without sources: every page needs at least one key of sources.yaml")
	}
	for _, key := range p.Sources {
		l.refs = append(l.refs, sourceRef{file: file, field: "sources", key: key, line: o.lineOf("sources")})
	}
	p.Visuals = l.visualBlocks(o, p)
	o.done()
	if p.ID == "" || len(p.Title) == 0 || len(p.Body) == 0 {
		if len(l.probs) == before {
			l.add(file, 0, "", "page dropped")
		}
		return nil
	}
	p.Blocks = p.blocks()
	return p
}

func (l *loader) image(o *object, key string, required bool) *Image {
	n := o.node(key)
	if n == nil {
		if required && !o.absent {
			o.problem(key, "missing")
		}
		return nil
	}
	io := l.object(o.file, o.path(key), n)
	if io.absent {
		return nil
	}
	img := &Image{
		File:    io.str("file", true),
		Alt:     io.text("alt", true),
		Credit:  io.text("credit", true),
		Licence: io.str("licence", true),
	}
	if ln := io.node("labels"); ln != nil {
		if ln.Kind != yaml.SequenceNode {
			io.problem("labels", "expected a list of {x, y, text}")
		} else {
			for i, n := range ln.Content {
				lo := l.object(o.file, fmt.Sprintf("%s.labels[%d]", o.path(key), i), n)
				lb := Label{X: lo.fraction("x"), Y: lo.fraction("y"), Text: lo.text("text", true), Point: lo.str("point", false) != "false"}
				lo.done()
				if len(lb.Text) > 0 {
					img.Labels = append(img.Labels, lb)
				}
			}
		}
	}
	io.done()
	if img.File == "" {
		return nil
	}
	if err := l.checkImage(img.File); err != nil {
		io.problem("file", err.Error())
		return nil
	}
	return img
}

// checkImage makes sure an image file exists and decodes as PNG or JPEG, so a
// broken picture is caught by validate and not on a visitor's screen.
func (l *loader) checkImage(name string) error {
	if l.images == nil {
		l.images = map[string]error{}
	}
	if err, ok := l.images[name]; ok {
		return err
	}
	err := func() error {
		if !fs.ValidPath(name) || strings.Contains(name, "\\") {
			return fmt.Errorf("%q: use a path inside the content folder with forward slashes", name)
		}
		data, err := fs.ReadFile(l.fsys, name)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return fmt.Errorf("missing image file %s", name)
			}
			return fmt.Errorf("cannot read image %s: %v", name, err)
		}
		if _, format, err := image.DecodeConfig(bytes.NewReader(data)); err != nil {
			return fmt.Errorf("image %s is not a readable PNG or JPEG: %v", name, err)
		} else if format != "png" && format != "jpeg" {
			return fmt.Errorf("image %s is %s; use PNG or JPEG", name, format)
		}
		return nil
	}()
	l.images[name] = err
	return err
}

var certainties = map[string]bool{"A": true, "B": true, "C": true}

func (l *loader) quote(o *object) *Quote {
	n := o.node("quote")
	if n == nil {
		return nil
	}
	qo := l.object(o.file, "quote", n)
	if qo.absent {
		return nil
	}
	q := &Quote{
		Text:         qo.str("text", true),
		Lang:         qo.str("lang", true),
		TranslatedBy: qo.str("translated_by", false),
		Speaker:      qo.text("speaker", true),
		When:         qo.text("when", true),
		Certainty:    qo.str("certainty", true),
		Source:       qo.str("source", true),
	}
	if qo.has("context") {
		q.Context = qo.text("context", false)
	}
	if qo.has("note") {
		q.Note = qo.text("note", false)
	}
	if q.Lang != "" && !langCodeRE.MatchString(q.Lang) {
		qo.problem("lang", fmt.Sprintf("%q is not a language code", q.Lang))
	}
	// Translations are needed for every exhibit language except the original's.
	q.Translations = Text{}
	if tn := qo.node("translations"); tn != nil {
		to := l.object(o.file, "quote.translations", tn)
		for _, lang := range l.langs {
			if lang == q.Lang {
				to.used[lang] = true
				continue
			}
			if s := to.str(lang, false); s != "" {
				q.Translations[lang] = s
			} else {
				to.problem(lang, "missing translation")
			}
		}
		for _, k := range to.unknown() {
			to.problem(k, "language not listed in exhibit.yaml")
		}
	} else if len(l.langs) > 1 {
		qo.problem("translations", "missing (needs a translation for each exhibit language other than the original's)")
	}
	if len(q.Translations) > 0 && q.TranslatedBy == "" {
		qo.problem("translated_by", `missing: say who translated ("exhibit" or a source key)`)
	}
	if q.TranslatedBy != "" && q.TranslatedBy != "exhibit" {
		l.refs = append(l.refs, sourceRef{file: o.file, field: "quote.translated_by", key: q.TranslatedBy, line: qo.lineOf("translated_by")})
	}
	if q.Certainty != "" && !certainties[q.Certainty] {
		qo.problem("certainty", fmt.Sprintf("%q: use A (verbatim), B (variants exist) or C (later retelling)", q.Certainty))
	}
	if q.Source != "" {
		l.refs = append(l.refs, sourceRef{file: o.file, field: "quote.source", key: q.Source, line: qo.lineOf("source")})
	}
	qo.done()
	if q.Text == "" || q.Lang == "" || q.Source == "" {
		return nil
	}
	return q
}

// broadcastRefs checks that pages name broadcasts that exist.
func (l *loader) broadcastRefs(ex *Exhibit) {
	for _, r := range l.pageBroadcast {
		if r.key != "" && ex.Broadcast(r.key) == nil {
			l.add(r.file, r.line, r.field, fmt.Sprintf("no broadcast %q in broadcasts/", r.key))
		}
	}
}

// attract keeps the attract loop's page ids that exist and have a picture.
func (l *loader) attract(ex *Exhibit) {
	var kept []string
	for _, id := range ex.Attract {
		_, p := ex.Page(id)
		switch {
		case p == nil:
			l.add("exhibit.yaml", l.attractLine, "attract", fmt.Sprintf("no page with id %q", id))
		case p.Image == nil:
			l.add("exhibit.yaml", l.attractLine, "attract", fmt.Sprintf("page %q has no image to show", id))
		default:
			kept = append(kept, id)
		}
	}
	ex.Attract = kept
}

// references checks every source key used against sources.yaml, after all
// files are read so the order of files does not matter.
func (l *loader) references(ex *Exhibit) {
	for _, r := range l.refs {
		if _, ok := ex.Sources[r.key]; !ok {
			l.add(r.file, r.line, r.field, fmt.Sprintf("unknown source %q (not in sources.yaml)", r.key))
		}
	}
}

// ReadFile reads a file of the exhibit's content folder, e.g. an image.
func (e *Exhibit) ReadFile(name string) ([]byte, error) {
	if e.files == nil {
		return nil, fs.ErrNotExist
	}
	return fs.ReadFile(e.files, name)
}

// Choose loads the exhibit to show: the curator's folder when one is given
// and valid, otherwise the built-in one. It returns the problems found in the
// curator's folder (so they can be reported) and whether it fell back.
func Choose(custom fs.FS, customLabel string, builtin fs.FS) (ex *Exhibit, problems Problems, fellBack bool) {
	if custom != nil {
		ex, problems = Load(custom, customLabel)
		if ex != nil && len(problems) == 0 && len(ex.Sections) > 0 {
			return ex, nil, false
		}
	}
	ex, builtinProblems := Load(builtin, "content")
	if ex == nil {
		// The built-in exhibit is tested in CI; reaching here means a broken build.
		return nil, append(problems, builtinProblems...), custom != nil
	}
	return ex, problems, custom != nil
}
