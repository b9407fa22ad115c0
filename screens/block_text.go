package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"budapest1956/internal/content"
	"budapest1956/internal/ui"
)

// The page's text: the short plain-language layer, or the full body once
// the visitor taps More (the visit remembers it).

type textBlock struct{ content.TextBlock }

func init() {
	registerBlock("text", func(b content.Block) any { return textBlock{b.(content.TextBlock)} })
}

// paragraphs is the text the visitor asked for: the short layer unless they
// opened the full text.
func (b textBlock) paragraphs(c pageCtx) []string {
	a := c.a
	if len(b.Short) > 0 && !a.visit.Open[c.page.ID] {
		return []string{a.text(b.Short)}
	}
	return (&content.Page{Body: b.Body}).Paragraphs(a.visit.Lang, a.ex.DefaultLanguage)
}

func (b textBlock) pieces(c pageCtx, f fit) []fyne.CanvasObject {
	body := func(s string) fyne.CanvasObject { return ui.NewParagraph(s, ui.SizeBody, fyne.TextStyle{}) }
	var out []fyne.CanvasObject
	for _, para := range b.paragraphs(c) {
		for _, chunk := range chunks(para, f, body) {
			out = append(out, body(chunk))
		}
	}
	return out
}

// action is the More / Shorter toggle of a page with a short layer. It
// lives in the bottom bar with the other controls, within reach.
func (b textBlock) action(c pageCtx) fyne.CanvasObject {
	if len(b.Short) == 0 {
		return nil
	}
	a, id := c.a, c.page.ID
	label, icon := a.label("more"), theme.MenuExpandIcon()
	if a.visit.Open[id] {
		label, icon = a.label("less"), theme.MenuDropUpIcon()
	}
	return ui.NewButton(label, icon, func() { a.toggleOpen(id) })
}

// toggleOpen opens or closes a page's full text, staying on the page.
func (a *App) toggleOpen(id string) {
	a.touched()
	a.visit.Open[id] = !a.visit.Open[id]
	if st, ok := a.cur.(*storyScreen); ok {
		st.recut()
	}
	a.show()
}
