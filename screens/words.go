package screens

import "budapest1956/internal/content"

// quoted puts s in the quotation marks of the language it is written in
// (ui.yaml's quote_open and quote_close in that language: “…” in English,
// „…” in Hungarian).
func (a *App) quoted(s, lang string) string {
	open, close := a.ex.Label("quote_open", lang), a.ex.Label("quote_close", lang)
	if open == "quote_open" || close == "quote_close" {
		open, close = "“", "”"
	}
	return open + s + close
}

// translatedBy says who translated a quote: the exhibit, or a source.
func (a *App) translatedBy(q *content.Quote) string {
	if q.TranslatedBy != "exhibit" {
		if src := a.ex.Sources[q.TranslatedBy]; src != nil {
			return src.Citation()
		}
	}
	return a.label("quote_translated")
}

// now runs work at once, on the caller's goroutine: for proof sheets and
// tests, where nothing may happen later.
func now(_ string, fn func()) { fn() }

// direct runs fn at once: the Do of proof sheets and tests.
func direct(fn func()) { fn() }
