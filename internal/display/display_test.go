package display

import (
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"budapest1956/internal/content"
)

// exhibit loads the built-in content: its labels are the wording the tests
// expect (no wording is written here twice).
func exhibit(t *testing.T) *content.Exhibit {
	t.Helper()
	ex, probs := content.Load(os.DirFS("../../content"), "content")
	if ex == nil || len(probs) > 0 {
		t.Fatalf("the built-in content does not load:\n%s", probs)
	}
	return ex
}

// month is the name of month m (1–12) in lang, from the label months.
func month(ex *content.Exhibit, m int, lang string) string {
	return strings.Fields(ex.Label("months", lang))[m-1]
}

// date fills the label date_format by hand.
func date(ex *content.Exhibit, day, m int, year, lang string) string {
	return strings.NewReplacer("{day}", strconv.Itoa(day), "{month}", month(ex, m, lang), "{year}", year).Replace(ex.Label("date_format", lang))
}

func TestDate(t *testing.T) {
	ex := exhibit(t)
	for _, tc := range []struct{ iso, lang, want string }{
		{"1956-11-04", "en", date(ex, 4, 11, "1956", "en")},
		{"1956-10-23", "hu", date(ex, 23, 10, "1956", "hu")},
		{"1956", "en", "1956"},
		{"1956-10", "hu", "1956-10"},
		{"1956-13-01", "en", "1956-13-01"},
		{"1956-xx-01", "en", "1956-xx-01"},
		{"", "en", ""},
	} {
		if got := Date(ex, tc.iso, tc.lang); got != tc.want {
			t.Errorf("Date(%q, %s) = %q, want %q", tc.iso, tc.lang, got, tc.want)
		}
	}
	// The order is the language's: the day leads in English, the year in Hungarian.
	if en, hu := Date(ex, "1956-11-04", "en"), Date(ex, "1956-11-04", "hu"); !strings.HasPrefix(en, "4 ") || !strings.HasPrefix(hu, "1956") {
		t.Errorf("Date: en %q, hu %q", en, hu)
	}
}

func TestDayOfMonth(t *testing.T) {
	for iso, want := range map[string]string{"1956-10-23": "23", "1956-11-04": "4", "1956-11": "", "1956": ""} {
		if got := DayOfMonth(iso); got != want {
			t.Errorf("DayOfMonth(%q) = %q, want %q", iso, got, want)
		}
	}
}

func TestWhenAndTitle(t *testing.T) {
	ex := exhibit(t)
	b := &content.Broadcast{Date: "1956-11-04", Time: "05:20",
		Speaker: content.Text{"en": "Imre Nagy", "hu": "Nagy Imre"}, Station: content.Text{"en": "Radio", "hu": "Rádió"}}
	for _, lang := range []string{"en", "hu"} {
		if got, want := When(ex, b, lang), Date(ex, b.Date, lang)+", 05:20"; got != want {
			t.Errorf("When(%s) = %q, want %q", lang, got, want)
		}
		if got, want := BroadcastTitle(ex, b, lang), b.Speaker[lang]; got != want {
			t.Errorf("BroadcastTitle without a title (%s) = %q, want the speaker %q", lang, got, want)
		}
	}
	noTime := *b
	noTime.Time = ""
	if got := When(ex, &noTime, "en"); got != Date(ex, b.Date, "en") {
		t.Errorf("When without a time = %q", got)
	}
	titled := *b
	titled.Title = content.Text{"en": "Last appeal", "hu": "Utolsó felhívás"}
	if got := BroadcastTitle(ex, &titled, "hu"); got != "Utolsó felhívás" {
		t.Errorf("BroadcastTitle = %q", got)
	}
}

func TestFill_NoDoubleFullStop(t *testing.T) {
	for _, tc := range []struct {
		label string
		pairs []string
		want  string
	}{
		{"On {when}.", []string{"{when}", "4 November 1956"}, "On 4 November 1956."},
		{"Adás: {when}. Vége", []string{"{when}", "1956. november 4."}, "Adás: 1956. november 4. Vége"},
		{"{a}, {b}.", []string{"{a}", "x.", "{b}", "y."}, "x., y."},
		{"{a}", []string{"{a}", "…"}, "…"},
		{"no placeholders.", nil, "no placeholders."},
	} {
		if got := Fill(tc.label, tc.pairs...); got != tc.want {
			t.Errorf("Fill(%q, %q) = %q, want %q", tc.label, tc.pairs, got, tc.want)
		}
	}
}

// TestRenarration: the honest label of every built-in broadcast names the
// station and the date, and a Hungarian date (which ends in a full stop)
// never leaves "..".
func TestRenarration(t *testing.T) {
	ex := exhibit(t)
	for _, b := range ex.Broadcasts {
		for _, l := range ex.Languages {
			got := Renarration(ex, b, l.Code)
			if !strings.Contains(got, When(ex, b, l.Code)) || !strings.Contains(got, Text(ex, b.Station, l.Code)) {
				t.Errorf("%s (%s): %q lacks the date or station", b.ID, l.Code, got)
			}
			if strings.Contains(strings.ReplaceAll(got, "…", ""), "..") || strings.Contains(got, "{") {
				t.Errorf("%s (%s): %q", b.ID, l.Code, got)
			}
		}
	}
}

func TestCertainty(t *testing.T) {
	ex := exhibit(t)
	for _, tc := range []struct{ grade, lang, want string }{
		{"A", "en", ex.Label("certainty_a", "en")},
		{"B", "hu", ex.Label("certainty_b", "hu")},
		{"C", "en", ex.Label("certainty_c", "en")},
		{"D", "en", "D"},
		{"", "en", ""},
	} {
		if got := Certainty(ex, tc.grade, tc.lang); got != tc.want {
			t.Errorf("Certainty(%q, %s) = %q, want %q", tc.grade, tc.lang, got, tc.want)
		}
	}
	if got, want := CertaintyLine(ex, "A", "hu"), ex.Label("certainty", "hu")+": "+ex.Label("certainty_a", "hu"); got != want {
		t.Errorf("CertaintyLine = %q, want %q", got, want)
	}
	if got := CertaintyLine(ex, "", "en"); got != "" {
		t.Errorf("CertaintyLine without a grade = %q", got)
	}
}

// TestQuoted: each language has its own quotation marks (ui.yaml), and
// they differ between English and Hungarian.
func TestQuoted(t *testing.T) {
	ex := exhibit(t)
	for _, lang := range []string{"en", "hu"} {
		want := ex.Label("quote_open", lang) + "Szabadság!" + ex.Label("quote_close", lang)
		if got := Quoted(ex, "Szabadság!", lang); got != want {
			t.Errorf("Quoted(%s) = %q, want %q", lang, got, want)
		}
	}
	if Quoted(ex, "x", "en") == Quoted(ex, "x", "hu") {
		t.Error("English and Hungarian quotation marks are the same")
	}
	if strings.Contains(Quoted(ex, "x", "en"), "quote_") {
		t.Error("the quote mark labels are missing")
	}
}

func TestQuoteLines(t *testing.T) {
	ex := exhibit(t)
	var key string
	for k := range ex.Sources {
		key = k
		break
	}
	q := &content.Quote{Text: "Itt Nagy Imre beszél.", Lang: "hu", Translations: content.Text{"en": "This is Imre Nagy speaking."},
		TranslatedBy: "exhibit", Speaker: content.Text{"en": "Imre Nagy", "hu": "Nagy Imre"}, When: content.Text{"en": "4 November", "hu": "november 4."}}
	byTranslator := *q
	byTranslator.TranslatedBy = key
	noDate := *q
	noDate.When = nil
	for _, tc := range []struct {
		name string
		got  string
		want string
	}{
		{"by", QuoteBy(ex, q, "en"), "— Imre Nagy, 4 November"},
		{"by without a date", QuoteBy(ex, &noDate, "hu"), "— Nagy Imre"},
		{"exhibit's translation", TranslatorNote(ex, q, "en"), ex.Label("quote_translated", "en")},
		{"translator's source", TranslatorNote(ex, &byTranslator, "en"), ex.Sources[key].Citation()},
		{"original under a translation", QuoteOriginal(ex, q, "en"),
			ex.Label("quote_original", "en") + ": " + Quoted(ex, q.Text, "en") + " (" + ex.Label("quote_translated", "en") + ")"},
		{"no original line in the original language", QuoteOriginal(ex, q, "hu"), ""},
	} {
		if tc.got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, tc.got, tc.want)
		}
	}
	unknown := *q
	unknown.TranslatedBy = "no-such-source"
	if got := TranslatorNote(ex, &unknown, "en"); got != "no-such-source" {
		t.Errorf("unknown translator source: %q", got)
	}
}

func TestPageOf(t *testing.T) {
	ex := exhibit(t)
	if got, want := PageOf(ex, 2, 5, "hu"), strings.Replace(strings.Replace(ex.Label("page_of", "hu"), "%d", "2", 1), "%d", "5", 1); got != want {
		t.Errorf("PageOf = %q, want %q", got, want)
	}
	broken := &content.Exhibit{DefaultLanguage: "en", UI: map[string]content.Text{"page_of": {"en": "Page %d"}}}
	if got := PageOf(broken, 2, 5, "en"); got != "2 / 5" {
		t.Errorf("PageOf with a garbled label = %q", got)
	}
}

func TestSmallThings(t *testing.T) {
	ex := exhibit(t)
	for _, tc := range []struct{ name, got, want string }{
		{"language name", LanguageName(ex, "hu"), "Magyar"},
		{"unknown language", LanguageName(ex, "xx"), "xx"},
		{"unknown source", Citation(ex, "nope"), "nope"},
		{"short enough", Shorten("abc", 3), "abc"},
		{"shortened", Shorten("Szabadság", 5), "Szab…"},
		{"clock", Clock(83 * time.Second), "1:23"},
		{"clock rounds", Clock(59600 * time.Millisecond), "1:00"},
		{"credit", Credit(ex, &content.Image{Credit: content.Text{"en": "Fortepan", "hu": "Fortepan / X"}, Licence: "CC BY-SA 3.0"}, "hu"), "Fortepan / X · CC BY-SA 3.0"},
		{"credit without licence", Credit(ex, &content.Image{Credit: content.Text{"en": "Fortepan"}}, "en"), "Fortepan"},
		{"no picture", Credit(ex, nil, "en"), ""},
		{"text falls back", Text(ex, content.Text{ex.DefaultLanguage: "x"}, "zz"), "x"},
	} {
		if tc.got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, tc.got, tc.want)
		}
	}
}
