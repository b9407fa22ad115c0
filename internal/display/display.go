// Package display turns the exhibit's data into the words a visitor reads:
// dates, times, broadcast titles, certainty grades, translator notes, quote
// marks, "page n of m"… Both editions use it: the app's screens (screens/)
// and the web edition (internal/webexport), so the kiosk and the museum's
// web site say the same thing the same way.
//
// Every function takes the exhibit and the visitor's language and returns a
// string; the wording comes from the exhibit's labels (content/ui.yaml), so
// a new language needs no code. The package has no Fyne import.
package display

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"budapest1956/internal/content"
)

// Text is t in lang, falling back to the exhibit's default language.
func Text(ex *content.Exhibit, t content.Text, lang string) string {
	return t.In(lang, ex.DefaultLanguage)
}

// Date turns an ISO date (1956-11-04) into the language's way of writing it
// ("4 November 1956", "1956. november 4.") with the month names and order of
// the labels months and date_format. A year or year-month, or a date it
// cannot read, is returned as it is.
func Date(ex *content.Exhibit, iso, lang string) string {
	parts := strings.Split(iso, "-")
	if len(parts) != 3 {
		return iso
	}
	m, err := strconv.Atoi(parts[1])
	months := strings.Fields(ex.Label("months", lang))
	if err != nil || m < 1 || m > len(months) {
		return iso
	}
	day := strings.TrimPrefix(parts[2], "0")
	return strings.NewReplacer("{day}", day, "{month}", months[m-1], "{year}", parts[0]).Replace(ex.Label("date_format", lang))
}

// DayOfMonth turns 1956-10-23 into "23": numbers read the same in every
// language (the timeline strip); "" for a date without a day.
func DayOfMonth(iso string) string {
	parts := strings.Split(iso, "-")
	if len(parts) != 3 {
		return ""
	}
	return strings.TrimPrefix(parts[2], "0")
}

// When is a broadcast's date, and its time of day if known, as the language
// writes them: "4 November 1956, 05:20".
func When(ex *content.Exhibit, b *content.Broadcast, lang string) string {
	s := Date(ex, b.Date, lang)
	if b.Time != "" {
		s += ", " + b.Time
	}
	return s
}

// BroadcastTitle is a broadcast's title, or its speaker when it has none.
func BroadcastTitle(ex *content.Exhibit, b *content.Broadcast, lang string) string {
	if t := Text(ex, b.Title, lang); t != "" {
		return t
	}
	return Text(ex, b.Speaker, lang)
}

// Renarration is the honest label of a broadcast: a synthetic voice reads
// the text; when and where it was broadcast; where the original is held
// (label renarration, filled with Fill).
func Renarration(ex *content.Exhibit, b *content.Broadcast, lang string) string {
	return Fill(ex.Label("renarration", lang),
		"{when}", When(ex, b, lang),
		"{station}", Text(ex, b.Station, lang),
		"{recording}", Text(ex, b.Recording, lang))
}

// Fill replaces placeholders in a label, given as pairs ("{when}", value,
// …). A value that ends a sentence itself ("1956. november 4.") does not
// get the label's full stop too: no "4.." on screen.
func Fill(label string, pairs ...string) string {
	var r []string
	for i := 0; i+1 < len(pairs); i += 2 {
		if strings.HasSuffix(pairs[i+1], ".") {
			r = append(r, pairs[i]+".", pairs[i+1])
		}
		r = append(r, pairs[i], pairs[i+1])
	}
	return strings.NewReplacer(r...).Replace(label)
}

// Certainty names a certainty grade (A, B, C: labels certainty_a…c); an
// unknown grade is shown as it is.
func Certainty(ex *content.Exhibit, grade, lang string) string {
	switch grade {
	case "A", "B", "C":
		return ex.Label("certainty_"+strings.ToLower(grade), lang)
	}
	return grade
}

// CertaintyLine is "Wording: preserved verbatim": the label certainty and
// the grade's name; "" without a grade.
func CertaintyLine(ex *content.Exhibit, grade, lang string) string {
	if grade == "" {
		return ""
	}
	return ex.Label("certainty", lang) + ": " + Certainty(ex, grade, lang)
}

// Quoted puts text between the quotation marks of lang (labels quote_open
// and quote_close: “…” in English, „…” in Hungarian).
func Quoted(ex *content.Exhibit, text, lang string) string {
	return ex.Label("quote_open", lang) + text + ex.Label("quote_close", lang)
}

// QuoteBy is the line under a quotation: "— speaker, when" (without ", when"
// if the quote has no date).
func QuoteBy(ex *content.Exhibit, q *content.Quote, lang string) string {
	s := "— " + Text(ex, q.Speaker, lang)
	if w := Text(ex, q.When, lang); w != "" {
		s += ", " + w
	}
	return s
}

// TranslatorNote says who translated a quote the visitor reads in
// translation: the label quote_translated for the exhibit's own, else the
// citation of the translator's source (or the key, if it is unknown).
func TranslatorNote(ex *content.Exhibit, q *content.Quote, lang string) string {
	if q.TranslatedBy == "" || q.TranslatedBy == "exhibit" {
		return ex.Label("quote_translated", lang)
	}
	return CitationIn(ex, q.TranslatedBy, lang)
}

// QuoteOriginal is the line under a translated quotation: its original
// wording, in the quotation marks of lang (the text around it), and who
// translated it: `Original wording: “…” (Translation by the exhibit)`.
// "" when the visitor reads the original.
func QuoteOriginal(ex *content.Exhibit, q *content.Quote, lang string) string {
	if _, translated := q.In(lang); !translated {
		return ""
	}
	return ex.Label("quote_original", lang) + ": " + Quoted(ex, q.Text, lang) + " (" + TranslatorNote(ex, q, lang) + ")"
}

// Citation is the one-line citation of the source with key, or the key
// itself when the exhibit has no such source.
func Citation(ex *content.Exhibit, key string) string {
	if s := ex.Sources[key]; s != nil {
		return s.Citation()
	}
	return key
}

// CitationIn is Citation for a visitor reading lang: a source with a title
// per language gives the title in lang.
func CitationIn(ex *content.Exhibit, key, lang string) string {
	if s := ex.Sources[key]; s != nil {
		return s.CitationIn(lang, ex.DefaultLanguage)
	}
	return key
}

// Credit is a picture's credit line: credit · licence (a licence
// condition, so never cut); "" for no picture.
func Credit(ex *content.Exhibit, img *content.Image, lang string) string {
	if img == nil {
		return ""
	}
	s := Text(ex, img.Credit, lang)
	if img.Licence != "" {
		if s != "" {
			s += " · "
		}
		s += img.Licence
	}
	return s
}

// PageOf is "Page n of m" (label page_of); a translation of the label that
// garbles the numbers falls back to "n / m".
func PageOf(ex *content.Exhibit, n, m int, lang string) string {
	s := fmt.Sprintf(ex.Label("page_of", lang), n, m)
	if strings.Contains(s, "%!") {
		return fmt.Sprintf("%d / %d", n, m)
	}
	return s
}

// LanguageName is the language's own name ("Magyar"), or its code.
func LanguageName(ex *content.Exhibit, code string) string {
	for _, l := range ex.Languages {
		if l.Code == code && l.Name != "" {
			return l.Name
		}
	}
	return code
}

// Shorten cuts s to at most n characters, ending in "…" when cut.
func Shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// Clock is a playing position or length as m:ss, to the nearest second.
func Clock(d time.Duration) string {
	s := int(d.Round(time.Second) / time.Second)
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}
