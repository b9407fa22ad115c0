package content

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	contentfiles "budapest1956/content"

	"gopkg.in/yaml.v3"
)

// builtInCopy returns the built-in exhibit as a folder a test can break.
func builtInCopy(t *testing.T) fstest.MapFS {
	t.Helper()
	files := fstest.MapFS{}
	err := fs.WalkDir(contentfiles.Files, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(contentfiles.Files, name)
		files[name] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestStyle_BuiltInExhibitPasses: the editorial checks find nothing in the
// exhibit as shipped (no false positives on correct text).
func TestStyle_BuiltInExhibitPasses(t *testing.T) {
	_, probs := Validate(contentfiles.Files, "content")
	if len(probs) != 0 {
		t.Fatalf("the built-in exhibit has %d problems:\n%s", len(probs), probs.Sorted())
	}
}

// TestStyle_EachMistakeIsReported breaks a copy of the built-in exhibit with
// one editorial mistake at a time and wants it reported at the right file,
// line and field.
func TestStyle_EachMistakeIsReported(t *testing.T) {
	tests := []struct {
		name, file, from, to string
		field, message       string // the problem's field, and a part of its message
	}{
		{"year without full stop before a month", "crushing/08-radio-free-europe.yaml",
			"Egy 1956. decemberi belső vizsgálat", "Egy 1956 decemberi belső vizsgálat",
			"body.hu", `"1956 decemberi": in a Hungarian date the year takes a full stop: 1956. decemberi`},
		{"full stop before a possessive month", "aftermath/06-nagy-trial.yaml",
			"hu: \"1958 júniusában", "hu: \"1958. júniusában",
			"short.hu", "no full stop after the year before a possessive month: 1958 júniusában"},
		{"day without full stop", "aftermath/12-republic.yaml",
			"  hu: 1989. október 23.\n", "  hu: 1989. október 23\n",
			"when.hu", `"október 23": a day after the month name takes a full stop or a suffix`},
		{"hyphen in a numeric range", "aftermath/04-reprisals.yaml",
			"  en: 1956–1961\n", "  en: 1956-1961\n",
			"when.en", `"1956-1961": a numeric range takes an en dash (–), not a hyphen: 1956–1961`},
		{"spaced dash in a numeric range", "aftermath/05-executions.yaml",
			"  hu: 1957–1961\n", "  hu: 1957 – 1961\n",
			"when.hu", `"1957 – 1961": a numeric range takes an unspaced en dash: 1957–1961`},
		{"spaced dash between days", "crushing/09-street-fighting.yaml",
			"  en: 4–9 November 1956\n", "  en: 4 – 9 November 1956\n",
			"when.en", `"4 – 9": a numeric range takes an unspaced en dash: 4–9`},
		{"em dash in a range of figures", "crushing/13-toll.yaml",
			"mintegy 2500–3000 magyar életet követelt;", "mintegy 2500—3000 magyar életet követelt;",
			"body.hu", "not an em dash: 2500–3000"},
		{"straight quotes", "ui.yaml",
			`choose_section: {en: "Touch a chapter to begin"`, `choose_section: {en: 'Touch a "chapter" to begin'`,
			"choose_section.en", "straight quote mark"},
		{"English quote marks in Hungarian", "aftermath/09-silence.yaml",
			"harminc évig „ellenforradalom” maradt", "harminc évig “ellenforradalom” maradt",
			"body.hu", "“ is not a hu opening quote mark"},
		{"unclosed quotation", "aftermath/08-amnesty.yaml",
			"called “goulash communism”.", "called “goulash communism.",
			"body.en", "2 opening “ and 1 closing ” quote marks"},
		{"Hungarian quote marks in a correction's English", "corrections.yaml",
			"en: \"The secret police were called the “Arbo”.\"", "en: \"The secret police were called the „Arbo”.\"",
			"[2].claim.en", "„ is not a en opening quote mark"},
		{"a quote translated otherwise than its broadcast", "aftermath/06-nagy-trial.yaml",
			"a judicial error. I do not ask for clemency.\"", "a judicial error. I do not ask for mercy.\"",
			"quote.translations.en", "the same words are translated differently in content/broadcasts/nagy-trial-1958-06-15.yaml:38 (sentences[8].en)"},
		{"a project file named in a source's note", "sources.yaml",
			"Passages of the address not given by Magyar Kronológia.", "Passages of the address not given by Magyar Kronológia (broadcast-texts.md §2.7).",
			"blog777-mindszenty.note.en", `"broadcast-texts.md" names a project file`},
		{"a figure in short that the body lacks", "crushing/13-toll.yaml",
			"About 670 Soviet soldiers were killed and 51 went missing. Old", "About 690 Soviet soldiers were killed and 51 went missing. Old",
			"short.en", "the figure 690 is not in body.en"},
		{"a year in short that the body lacks", "aftermath/07-plot-301.yaml",
			"A családok három évtizedig nem gyászolhatták nyíltan halottaikat.\"", "A családok 31 évig nem gyászolhatták nyíltan halottaikat.\"",
			"short.hu", "the figure 31 is not in body.hu"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := builtInCopy(t)
			f := files[tt.file]
			if f == nil {
				t.Fatalf("no file %s", tt.file)
			}
			data := string(f.Data)
			if strings.Count(data, tt.from) != 1 {
				t.Fatalf("%s: the text to break, %q, is not there once: fix the test", tt.file, tt.from)
			}
			data = strings.Replace(data, tt.from, tt.to, 1)
			f.Data = []byte(data)
			// The problem is on the line of the broken text, also inside a
			// block of paragraphs.
			line := strings.Count(data[:strings.Index(data, tt.to)], "\n") + 1
			_, probs := Validate(files, "content")
			want := "content/" + tt.file + ":"
			for _, p := range probs {
				if p.File+":" == want && p.Field == tt.field && strings.Contains(p.Message, tt.message) {
					if p.Line != line {
						t.Errorf("reported at line %d, want %d: %s", p.Line, line, p)
					}
					return
				}
			}
			t.Errorf("want a problem in %s, field %s, message with %q; got:\n%s", tt.file, tt.field, tt.message, probs)
		})
	}
}

// TestStyle_TextRules checks each rule on short texts: the mistakes it must
// find, and the correct forms it must leave alone.
func TestStyle_TextRules(t *testing.T) {
	tests := []struct {
		lang, text string
		want       string // part of the message; "" for no problem
	}{
		// Hungarian dates (AkH 12 §296)
		{"hu", "1956. október 23-án", ""},
		{"hu", "1956 októberében", ""},
		{"hu", "1956 októberének eseményei", ""},
		{"hu", "1963 márciusában", ""},
		{"hu", "1957 januárjától", ""},
		{"hu", "az 1956. októberi események", ""},
		{"hu", "1956. októberben", ""},
		{"hu", "1956. november 4–9.", ""},
		{"hu", "1956. november 22. – 1957. április", ""},
		{"hu", "1988 – 1989. május", ""},
		{"hu", "1956. november – 1957 eleje", ""},
		{"hu", "november 4-én", ""},
		{"hu", "1956 október közepén", "the year takes a full stop: 1956. október"},
		{"hu", "1956 októberben", "the year takes a full stop"},
		{"hu", "1958. júniusában", "no full stop after the year"},
		{"hu", "november 4 óra", "a day after the month name"},
		{"hu", "Június 15 volt", "a day after the month name"},
		// Numeric ranges, every language
		{"en", "1947–1949", ""},
		{"en", "16–21 October 1956", ""},
		{"en", "1945 – 22 October 1956", ""},
		{"en", "November 1956 – 1957", ""},
		{"en", "22 November 1956 – April 1957", ""},
		{"en", "the Yak-12 plane, a 1,000-year-old country, 48-hour strike", ""},
		{"en", "about 670 were killed – 51 went missing", ""},
		{"en", "from 8:07–8:10", ""},
		{"en", "1947-1949", "not a hyphen: 1947–1949"},
		{"en", "1947 – 1949", "unspaced en dash: 1947–1949"},
		{"en", "16 – 21 October 1956", "unspaced en dash: 16–21"},
		{"en", "2,500 – 3,000", "unspaced en dash: 2,500–3,000"},
		{"en", "1947—1949", "not an em dash"},
		{"hu", "november 4 – 9.", "unspaced en dash: 4–9"},
		{"de", "1947 - 1949", "unspaced en dash"},
		// Quote marks
		{"hu", "a „nép” szó", ""},
		{"hu", "„Ezt mondta: »igen«”", ""},
		{"en", "the word “People's”", ""},
		{"en", "said \"no\"", "straight quote mark"},
		{"de", "sagte \"nein\"", "straight quote mark"},
		{"hu", "a “nép” szó", "“ is not a hu opening quote mark"},
		{"en", "the word „People's”", "„ is not a en opening quote mark"},
		{"hu", "a „nép szó", "1 opening „ and 0 closing ”"},
		{"en", "the word People's” here", "0 opening “ and 1 closing ”"},
	}
	for _, tt := range tests {
		l := &loader{label: "content", langs: []string{"en", "hu", "de"}}
		s := &styler{l: l, langs: map[string]bool{"en": true, "hu": true, "de": true}, open: defaultQuoteOpen, close: defaultQuoteClose}
		s.text("x.yaml", &yaml.Node{Kind: yaml.ScalarNode, Value: tt.text, Line: 1}, "f", tt.lang)
		switch {
		case tt.want == "" && len(l.probs) > 0:
			t.Errorf("%s %q: want no problem, got %s", tt.lang, tt.text, l.probs)
		case tt.want != "" && (len(l.probs) != 1 || !strings.Contains(l.probs[0].Message, tt.want)):
			t.Errorf("%s %q: want one problem with %q, got %v", tt.lang, tt.text, tt.want, l.probs)
		}
	}
}

// TestStyle_QuoteMarksFromUI: the quote marks ui.yaml gives (quote_open,
// quote_close) are the ones the checks expect, and are not checked as text.
func TestStyle_QuoteMarksFromUI(t *testing.T) {
	files := builtInCopy(t)
	ui := string(files["ui.yaml"].Data)
	if !strings.Contains(ui, "quote_open:") {
		ui += "quote_open: {en: \"“\", hu: \"„\"}\nquote_close: {en: \"”\", hu: \"”\"}\n"
	}
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(ui), &doc); err != nil {
		t.Fatal(err)
	}
	l := &loader{label: "content", langs: []string{"en", "hu"}}
	s := &styler{l: l, langs: map[string]bool{"en": true, "hu": true}, open: map[string]string{}, close: map[string]string{}}
	s.quoteMarks(&doc)
	if s.open["en"] != "“" || s.open["hu"] != "„" || s.close["en"] != "”" || s.close["hu"] != "”" {
		t.Fatalf("quote marks from ui.yaml: open %v, close %v", s.open, s.close)
	}
	s.walk("ui.yaml", doc.Content[0], "", "")
	if len(l.probs) != 0 {
		t.Errorf("ui.yaml's own quote marks reported:\n%s", l.probs)
	}
}
