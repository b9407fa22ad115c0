package content

// Editorial checks (issue 13): what a machine can check of the house style
// in docs/style.md. They read every YAML file of the exhibit again, as nodes,
// so each problem names the exact line of the paragraph it is in, and report
// through the loader's problems like every other check:
//
//   - Hungarian date orthography: "1956. október", not "1956 október"; no
//     full stop before a possessive month ("1958 júniusában"); a day after a
//     month name takes a full stop or a suffix ("november 4." / "4-én").
//   - Numeric ranges take an unspaced en dash in every language: "1947–1949",
//     not "1947-1949", "1947 – 1949" or "1947—1949".
//   - Quote marks per language: Hungarian „…”, English “…”; a straight " is
//     never visitor text.
//   - One translation per source text: a page quote and a broadcast sentence
//     with the same original words use the same translation.
//   - A short text says nothing the body does not: every figure in short.xx
//     appears in body.xx.
//
// docs/content-format.md ("Editorial checks") gives the exact rules and their
// limits.

import (
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// projectFile is a reference to one of the project's own files (facts.md,
// docs/maps.md): notes for the team, not for a visitor.
var projectFile = regexp.MustCompile(`\b(?:docs/)?[\w-]+\.md\b`)

// Default quote marks, used when ui.yaml has no quote_open / quote_close.
var (
	defaultQuoteOpen  = map[string]string{"en": "“", "hu": "„"}
	defaultQuoteClose = map[string]string{"en": "”", "hu": "”"}
)

// openingMarks are the opening quote marks of the languages the checks know;
// a text may use only its own language's.
var openingMarks = []string{"“", "„"}

type styler struct {
	l          *loader
	langs      map[string]bool
	open       map[string]string // language → opening quote mark
	close      map[string]string // language → closing quote mark
	quotes     []styleQuote
	broadcasts []styleBroadcast
}

// styleText is one visitor-facing string with where it is.
type styleText struct {
	text  string
	line  int
	field string
}

type styleQuote struct {
	file         string
	lang         string
	text         styleText
	translations map[string]styleText
}

type styleBroadcast struct {
	file      string
	lang      string // original language
	sentences []map[string]styleText
}

// style runs the editorial checks on every file the exhibit is made of.
func (l *loader) style(ex *Exhibit) {
	s := &styler{l: l, langs: map[string]bool{}, open: map[string]string{}, close: map[string]string{}}
	for _, lang := range l.langs {
		s.langs[lang] = true
	}
	for lang, m := range defaultQuoteOpen {
		s.open[lang] = m
	}
	for lang, m := range defaultQuoteClose {
		s.close[lang] = m
	}
	if doc := s.read("ui.yaml"); doc != nil {
		s.quoteMarks(doc)
	}
	for _, file := range s.files(ex) {
		doc := s.read(file)
		if doc == nil {
			continue
		}
		root := doc.Content[0]
		s.walk(file, root, "", "")
		switch {
		case strings.HasPrefix(file, "broadcasts/"):
			s.collectBroadcast(file, root)
		case strings.Contains(file, "/") && path.Base(file) != "section.yaml":
			s.shortInBody(file, root)
			s.collectQuote(file, root)
		}
	}
	s.oneTranslation()
}

// files lists the exhibit's YAML files: the top-level ones, every listed
// section's folder and broadcasts/, in a stable order.
func (s *styler) files(ex *Exhibit) []string {
	out := []string{"exhibit.yaml", "ui.yaml", "sources.yaml", "corrections.yaml"}
	if _, err := fs.Stat(s.l.fsys, timelineFile); err == nil {
		out = append(out, timelineFile) // its events are visitor text too
	}
	dirs := []string{}
	for _, sec := range ex.Sections {
		dirs = append(dirs, sec.ID)
	}
	dirs = append(dirs, "broadcasts")
	for _, dir := range dirs {
		entries, err := fs.ReadDir(s.l.fsys, dir)
		if err != nil {
			continue
		}
		var names []string
		for _, e := range entries {
			n := e.Name()
			if !e.IsDir() && !ignored(n) && (strings.HasSuffix(n, ".yaml") || strings.HasSuffix(n, ".yml")) {
				names = append(names, path.Join(dir, n))
			}
		}
		sort.Strings(names)
		out = append(out, names...)
	}
	return out
}

// read parses a file again; files that do not parse were reported already.
func (s *styler) read(file string) *yaml.Node {
	data, err := fs.ReadFile(s.l.fsys, file)
	if err != nil {
		return nil
	}
	var doc yaml.Node
	if yaml.Unmarshal(data, &doc) != nil || len(doc.Content) == 0 {
		return nil
	}
	return &doc
}

// quoteMarks takes the quote marks from ui.yaml's quote_open and quote_close
// when they are there and look like quote marks.
func (s *styler) quoteMarks(doc *yaml.Node) {
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		var into map[string]string
		switch k.Value {
		case "quote_open":
			into = s.open
		case "quote_close":
			into = s.close
		default:
			continue
		}
		if v.Kind != yaml.MappingNode {
			continue
		}
		for j := 0; j+1 < len(v.Content); j += 2 {
			lang, mark := v.Content[j].Value, strings.TrimSpace(v.Content[j+1].Value)
			if isQuoteMark(mark) {
				into[lang] = mark
			}
		}
	}
}

func isQuoteMark(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	return size > 0 && size == len(s) && r != '"' && unicode.In(r, unicode.Pi, unicode.Pf, unicode.Ps, unicode.Pe, unicode.Po)
}

func joinField(prefix, key string) string {
	if prefix == "" {
		return key
	}
	return prefix + "." + key
}

// walk visits every visitor-facing string of a file: values under a
// language key, a quote's original text (in the quote's language) and a
// source's title, author and publisher (language unknown). Spoken forms of
// broadcast sentences are what the voice says, not what a visitor reads, and
// ui.yaml's quote marks are the marks themselves: both are left out.
func (s *styler) walk(file string, n *yaml.Node, field, lang string) {
	switch n.Kind {
	case yaml.SequenceNode:
		for i, it := range n.Content {
			s.walk(file, it, fmt.Sprintf("%s[%d]", field, i), lang)
		}
	case yaml.MappingNode:
		quoteLang := ""
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == "lang" && n.Content[i+1].Kind == yaml.ScalarNode {
				quoteLang = strings.TrimSpace(n.Content[i+1].Value)
			}
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			f := joinField(field, k.Value)
			switch {
			case k.Value == "spoken":
			case file == "ui.yaml" && field == "" && (k.Value == "quote_open" || k.Value == "quote_close"):
			case v.Kind == yaml.ScalarNode && s.langs[k.Value]:
				s.text(file, v, f, k.Value)
			case v.Kind == yaml.ScalarNode && k.Value == "text" && quoteLang != "":
				s.text(file, v, f, quoteLang)
			case v.Kind == yaml.ScalarNode && file == "sources.yaml" && strings.Count(f, ".") == 1 &&
				(k.Value == "title" || k.Value == "author" || k.Value == "publisher"):
				s.text(file, v, f, "")
			default:
				s.walk(file, v, f, lang)
			}
		}
	}
}

// lineAt returns the file line of byte offset off in a scalar's value: exact
// for block scalars (| and >), the scalar's first line otherwise.
func lineAt(n *yaml.Node, off int) int {
	if n.Style == yaml.LiteralStyle || n.Style == yaml.FoldedStyle {
		return n.Line + 1 + strings.Count(n.Value[:off], "\n")
	}
	return n.Line
}

func (s *styler) problem(file string, n *yaml.Node, off int, field, msg string) {
	s.l.add(file, lineAt(n, off), field, msg)
}

// text runs the checks of one string in lang ("" when the language is not known).
func (s *styler) text(file string, n *yaml.Node, field, lang string) {
	t := n.Value
	if i := strings.Index(t, `"`); i >= 0 {
		s.problem(file, n, i, field, fmt.Sprintf("straight quote mark in %q: use %s", excerpt(t, i), s.marksAdvice(lang)))
	}
	s.quotesOf(file, n, field, lang)
	s.ranges(file, n, field)
	if loc := projectFile.FindStringIndex(t); loc != nil {
		s.problem(file, n, loc[0], field, fmt.Sprintf("%q names a project file a visitor cannot open: keep such references in a # comment", t[loc[0]:loc[1]]))
	}
	if lang == "hu" {
		s.hungarianDates(file, n, field)
	}
}

func (s *styler) marksAdvice(lang string) string {
	if o, c := s.open[lang], s.close[lang]; o != "" && c != "" {
		return fmt.Sprintf("%s…%s in this language", o, c)
	}
	return "the typographic quote marks of the language (English “…”, Hungarian „…”)"
}

// quotesOf checks that a text uses its own language's opening mark and that
// every quotation it opens is closed.
func (s *styler) quotesOf(file string, n *yaml.Node, field, lang string) {
	open, close := s.open[lang], s.close[lang]
	if open == "" || close == "" {
		return
	}
	t := n.Value
	for _, m := range openingMarks {
		if m == open || m == close {
			continue
		}
		if i := strings.Index(t, m); i >= 0 {
			s.problem(file, n, i, field, fmt.Sprintf("%s is not a %s opening quote mark in %q: use %s…%s", m, lang, excerpt(t, i), open, close))
			return
		}
	}
	opens, closes := strings.Count(t, open), strings.Count(t, close)
	if open == close {
		if opens%2 != 0 {
			s.problem(file, n, strings.LastIndex(t, open), field, fmt.Sprintf("an odd number of %s quote marks: a quotation is not closed", open))
		}
		return
	}
	if opens != closes {
		i := strings.LastIndex(t, open)
		if opens < closes {
			i = strings.LastIndex(t, close)
		}
		s.problem(file, n, i, field, fmt.Sprintf("%d opening %s and %d closing %s quote marks: every quotation needs both", opens, open, closes, close))
	}
}

// excerpt returns a few words of t around byte offset i, for a message.
func excerpt(t string, i int) string {
	start, end := i, i
	for n := 0; start > 0 && n < 20; n++ {
		_, size := utf8.DecodeLastRuneInString(t[:start])
		start -= size
	}
	for n := 0; end < len(t) && n < 20; n++ {
		_, size := utf8.DecodeRuneInString(t[end:])
		end += size
	}
	out := strings.Join(strings.Fields(t[start:end]), " ")
	if start > 0 {
		out = "…" + out
	}
	if end < len(t) {
		out += "…"
	}
	return out
}

var (
	// A number, a dash (hyphen, en or em dash) with or without spaces, a number.
	rangeRE = regexp.MustCompile(`(\d[\d,]*)(\.?)([ \x{00a0}\x{202f}]*)([-–—])([ \x{00a0}\x{202f}]*)(\d[\d,]*)`)
	monthRE = `(?:január|február|március|április|május|június|július|augusztus|szeptember|október|november|december|January|February|March|April|May|June|July|August|September|October|November|December)`
	// A month name right after a range's second number: "21 October", "1989. május".
	monthAfterRE = regexp.MustCompile(`^\.?[ \x{00a0}]+` + monthRE + `(?:$|[^\p{L}])`)
	// A month name right before a range's first number: "November 1956".
	monthBeforeRE = regexp.MustCompile(`(?:^|[^\p{L}])` + monthRE + `[ \x{00a0}]+$`)
)

// ranges checks numeric ranges: "1947–1949", "4–9 November", "2,500–3,000"
// take an unspaced en dash. A spaced dash is right only between elements of
// more than one word ("1945 – 22 October 1956", "1988 – 1989. május"); so
// a spaced dash is reported when both numbers are of one kind (both years
// or both not years), the second is larger (a range goes up; anything else
// is a dash between clauses) and, between two years, no month comes before
// the first or after the second ("November 1956 – 1957" is right).
func (s *styler) ranges(file string, n *yaml.Node, field string) {
	t := n.Value
	for _, m := range rangeRE.FindAllStringSubmatchIndex(t, -1) {
		if m[0] > 0 {
			if r, _ := utf8.DecodeLastRuneInString(t[:m[0]]); unicode.IsLetter(r) || r == '-' || r == '/' || r == '.' {
				continue // "Yak-12", "A/3592-1", "4.353": not a range
			}
		}
		left, right := t[m[2]:m[3]], t[m[12]:m[13]]
		dash := t[m[8]:m[9]]
		spaced := m[7] > m[6] || m[11] > m[10]
		whole := t[m[0]:m[13]]
		want := fmt.Sprintf("%s–%s", strings.TrimRight(left, ","), right)
		switch {
		case !spaced && dash == "–":
			continue
		case !spaced && dash == "-":
			if m[13] < len(t) && t[m[13]] == '-' {
				continue // 1956-10-23 is a date code, not a range; it is no visitor text either
			}
			s.problem(file, n, m[0], field, fmt.Sprintf("%q: a numeric range takes an en dash (–), not a hyphen: %s", whole, want))
		case !spaced:
			s.problem(file, n, m[0], field, fmt.Sprintf("%q: a numeric range takes an en dash (–), not an em dash: %s", whole, want))
		default:
			lv, lok := number(left)
			rv, rok := number(right)
			if !lok || !rok || rv <= lv {
				continue
			}
			ly, ry := isYear(left), isYear(right)
			if ly != ry || (ly && (monthAfterRE.MatchString(t[m[13]:]) || monthBeforeRE.MatchString(t[:m[0]]))) {
				continue
			}
			s.problem(file, n, m[0], field, fmt.Sprintf("%q: a numeric range takes an unspaced en dash: %s", whole, want))
		}
	}
}

func number(s string) (int, bool) {
	v, err := strconv.Atoi(strings.ReplaceAll(s, ",", ""))
	return v, err == nil
}

func isYear(s string) bool {
	v, err := strconv.Atoi(s)
	return err == nil && len(s) == 4 && v >= 1000 && v < 2100
}

var (
	huMonthRE = `(január|február|március|április|május|június|július|augusztus|szeptember|október|november|december)`
	// A year, maybe a full stop, a month name with any ending.
	huYearMonthRE = regexp.MustCompile(`(\d{4})(\.?)[ \x{00a0}]+` + huMonthRE + `(\p{L}*)`)
	// A month name and a number after it: the day.
	huMonthDayRE = regexp.MustCompile(`(?i)` + huMonthRE + `[ \x{00a0}]+(\d{1,2})`)
	// Spaces and a dash: the day starts a range, which ranges checks.
	dashAheadRE = regexp.MustCompile(`^[ \x{00a0}]*[-–—]`)
	// The possessive ending of a month name: januárja, októberében, márciusától.
	huPossessiveRE = regexp.MustCompile(`^j?[aáeé]`)
)

// hungarianDates checks the year and the day of Hungarian dates (AkH 12
// §296): the year takes a full stop before a month name ("1956. október
// 23.", "1956. októberben") unless the month has a possessive ending ("1956
// októberében", "1958 júniusában"); a day after a month name takes a full
// stop or a suffix ("november 4.", "november 4-én", "november 4–9.").
func (s *styler) hungarianDates(file string, n *yaml.Node, field string) {
	t := n.Value
	for _, m := range huYearMonthRE.FindAllStringSubmatchIndex(t, -1) {
		if m[0] > 0 {
			if r, _ := utf8.DecodeLastRuneInString(t[:m[0]]); unicode.IsLetter(r) || unicode.IsDigit(r) {
				continue
			}
		}
		year, dot, month, ending := t[m[2]:m[3]], t[m[4]:m[5]], t[m[6]:m[7]], t[m[8]:m[9]]
		possessive := huPossessiveRE.MatchString(ending)
		switch {
		case dot == "" && !possessive:
			s.problem(file, n, m[0], field, fmt.Sprintf("%q: in a Hungarian date the year takes a full stop: %s. %s%s (AkH 12 §296)", t[m[0]:m[9]], year, month, ending))
		case dot == "." && possessive:
			s.problem(file, n, m[0], field, fmt.Sprintf("%q: no full stop after the year before a possessive month: %s %s%s (AkH 12 §296)", t[m[0]:m[9]], year, month, ending))
		}
	}
	for _, m := range huMonthDayRE.FindAllStringSubmatchIndex(t, -1) {
		if m[0] > 0 {
			if r, _ := utf8.DecodeLastRuneInString(t[:m[0]]); unicode.IsLetter(r) {
				continue
			}
		}
		if m[5] < len(t) {
			if r, _ := utf8.DecodeRuneInString(t[m[5]:]); r == '.' || r == '-' || r == '–' || unicode.IsDigit(r) || dashAheadRE.MatchString(t[m[5]:]) {
				continue
			}
		}
		s.problem(file, n, m[0], field, fmt.Sprintf("%q: a day after the month name takes a full stop or a suffix: %s. or %s-án/-én", t[m[0]:m[5]], t[m[0]:m[5]], t[m[0]:m[5]]))
	}
}

// figureRE finds figures: digits with thousands grouped by commas or spaces
// ("2,500", "31 550"), or plain digits.
var figureRE = regexp.MustCompile(`\d{1,3}(?:[, \x{00a0}\x{202f}]\d{3})+(?:\D|$)|\d+`)

// figures returns the figures of t as plain digit strings without leading
// zeros: "2,500–3,000" → 2500, 3000; "1956-ban" → 1956.
func figures(t string) []string {
	var out []string
	for _, f := range figureRE.FindAllString(t, -1) {
		f = strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return r
			}
			return -1
		}, f)
		if f = strings.TrimLeft(f, "0"); f == "" {
			f = "0"
		}
		out = append(out, f)
	}
	return out
}

// shortInBody reports figures (numbers, years, days) of a page's short text
// that its body, in the same language, does not have.
func (s *styler) shortInBody(file string, root *yaml.Node) {
	short, body := mapValue(root, "short"), mapValue(root, "body")
	if short == nil || body == nil || short.Kind != yaml.MappingNode || body.Kind != yaml.MappingNode {
		return
	}
	for i := 0; i+1 < len(short.Content); i += 2 {
		lang, sn := short.Content[i].Value, short.Content[i+1]
		bn := mapValue(body, lang)
		if !s.langs[lang] || sn.Kind != yaml.ScalarNode || bn == nil || bn.Kind != yaml.ScalarNode {
			continue
		}
		have := map[string]bool{}
		for _, f := range figures(bn.Value) {
			have[f] = true
		}
		seen := map[string]bool{}
		for _, f := range figures(sn.Value) {
			if have[f] || seen[f] {
				continue
			}
			seen[f] = true
			s.l.add(file, sn.Line, "short."+lang, fmt.Sprintf("the figure %s is not in body.%s: the short text may only say what the body says", f, lang))
		}
	}
}

func mapValue(n *yaml.Node, key string) *yaml.Node {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

func scalarText(n *yaml.Node, field string) (styleText, bool) {
	if n == nil || n.Kind != yaml.ScalarNode || strings.TrimSpace(n.Value) == "" {
		return styleText{}, false
	}
	return styleText{text: n.Value, line: n.Line, field: field}, true
}

func (s *styler) collectQuote(file string, root *yaml.Node) {
	q := mapValue(root, "quote")
	lang, ok := scalarText(mapValue(q, "lang"), "")
	text, ok2 := scalarText(mapValue(q, "text"), "quote.text")
	if !ok || !ok2 {
		return
	}
	sq := styleQuote{file: file, lang: strings.TrimSpace(lang.text), text: text, translations: map[string]styleText{}}
	if tr := mapValue(q, "translations"); tr != nil && tr.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(tr.Content); i += 2 {
			l := tr.Content[i].Value
			if t, ok := scalarText(tr.Content[i+1], "quote.translations."+l); ok {
				sq.translations[l] = t
			}
		}
	}
	s.quotes = append(s.quotes, sq)
}

func (s *styler) collectBroadcast(file string, root *yaml.Node) {
	lang, ok := scalarText(mapValue(root, "original_lang"), "")
	sn := mapValue(root, "sentences")
	if !ok || sn == nil || sn.Kind != yaml.SequenceNode {
		return
	}
	b := styleBroadcast{file: file, lang: strings.TrimSpace(lang.text)}
	for i, it := range sn.Content {
		m := map[string]styleText{}
		if it.Kind == yaml.MappingNode {
			for j := 0; j+1 < len(it.Content); j += 2 {
				l := it.Content[j].Value
				if t, ok := scalarText(it.Content[j+1], fmt.Sprintf("sentences[%d].%s", i, l)); ok && s.langs[l] {
					m[l] = t
				}
			}
		}
		b.sentences = append(b.sentences, m)
	}
	s.broadcasts = append(s.broadcasts, b)
}

// normalise makes two renderings of the same words comparable: case, quote
// marks, spacing and the sentence's closing punctuation do not count.
func normalise(t string) string {
	t = strings.ToLower(t)
	t = strings.NewReplacer(`"`, "", "„", "", "“", "", "”", "", "«", "", "»", "", "‘", "'", "’", "'").Replace(t)
	t = strings.Join(strings.Fields(t), " ")
	return strings.TrimRight(t, " .!?…;:,")
}

// oneTranslation compares each page quote with each broadcast in the same
// original language: a broadcast sentence (of two words or more) whose
// original words are part of the quote's original must have its translation
// in the quote's translation, word for word.
func (s *styler) oneTranslation() {
	for _, q := range s.quotes {
		orig := normalise(q.text.text)
		for _, b := range s.broadcasts {
			if b.lang != q.lang {
				continue
			}
			for _, lang := range s.l.langs {
				tr, ok := q.translations[lang]
				if lang == q.lang || !ok {
					continue
				}
				qt := normalise(tr.text)
				var differ []styleText
				for _, sent := range b.sentences {
					o, ok := sent[b.lang]
					bt, ok2 := sent[lang]
					if !ok || !ok2 {
						continue
					}
					if so := normalise(o.text); len(strings.Fields(so)) >= 2 && strings.Contains(orig, so) && !strings.Contains(qt, normalise(bt.text)) {
						differ = append(differ, bt)
					}
				}
				if len(differ) == 0 {
					continue
				}
				first := differ[0]
				more := ""
				if len(differ) > 1 {
					more = fmt.Sprintf(" (and %d more sentences)", len(differ)-1)
				}
				s.l.add(q.file, tr.line, tr.field, fmt.Sprintf("the same words are translated differently in %s:%d (%s): %q%s; use one translation",
					s.l.display(b.file), first.line, first.field, excerpt(first.text, 0), more))
			}
		}
	}
}
