package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"budapest1956/internal/content"
	"budapest1956/internal/display"
	"budapest1956/internal/ui"
)

// A quotation in the visitor's language as cards that pagination may spread
// over screenfuls: the quote and its speaker; then, when the visitor reads a
// translation, the original wording; then any note on disputed wording. A
// text too long for one screenful continues on the next card.

type quoteBlock struct{ content.QuoteBlock }

func init() {
	registerBlock("quote", func(b content.Block) any { return quoteBlock{b.(content.QuoteBlock)} })
}

func (b quoteBlock) pieces(c pageCtx, f fit) []fyne.CanvasObject {
	a, q := c.a, b.Quote
	text, _ := q.In(a.visit.Lang)
	by := display.QuoteBy(a.ex, q, a.visit.Lang)
	quote := func(s string) fyne.CanvasObject {
		return ui.NewParagraph(s, ui.SizeQuote, fyne.TextStyle{Italic: true})
	}
	byLine := func() fyne.CanvasObject { return ui.NewParagraph(by, ui.SizeSmall, fyne.TextStyle{Bold: true}) }
	var out []fyne.CanvasObject
	parts := chunks(display.Quoted(a.ex, text, a.visit.Lang), f, func(s string) fyne.CanvasObject { return card(quote(s)) })
	last := len(parts) - 1
	for _, part := range parts[:last] {
		out = append(out, card(quote(part)))
	}
	// The speaker belongs in the last card, unless together they are too tall.
	if f.w <= 0 || ui.Measure(card(quote(parts[last]), byLine()), f.w) <= f.h {
		out = append(out, card(quote(parts[last]), byLine()))
	} else {
		out = append(out, card(quote(parts[last])), byLine())
	}
	small := func(imp widget.Importance, style fyne.TextStyle) func(string) fyne.CanvasObject {
		return func(s string) fyne.CanvasObject {
			l := ui.NewParagraph(s, ui.SizeSmall, style)
			l.Importance = imp
			return card(l)
		}
	}
	if line := display.QuoteOriginal(a.ex, q, a.visit.Lang); line != "" {
		orig := small(widget.MediumImportance, fyne.TextStyle{Italic: true})
		for _, part := range chunks(line, f, orig) {
			out = append(out, orig(part))
		}
	}
	if n := a.text(q.Note); n != "" {
		warn := small(widget.WarningImportance, fyne.TextStyle{})
		for _, part := range chunks(n, f, warn) {
			out = append(out, warn(part))
		}
	}
	return out
}
