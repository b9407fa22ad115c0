package webexport

import "budapest1956/internal/content"

// documentView is a reconstructed document as the web edition sets it: the
// quotation's original words on paper of its style, and the caption saying
// it is a reconstruction, with its source (as screens/block_document.go).
type documentView struct {
	Style, Heading, Text, Lang, Caption, Alt string
}

// Document prepares a document for the page's language.
func (v blockView) Document(d *content.Document) *documentView {
	if d == nil {
		return nil
	}
	ex, lang := v.w.ex, v.Lang
	return &documentView{
		Style:   d.Style,
		Heading: d.Heading,
		Text:    d.Text,
		Lang:    d.Lang,
		Caption: ex.Label("reconstruction", lang) + ". " + v.Text(d.Caption) + " " + ex.SourcesLine([]string{d.Source}, lang),
		Alt:     v.Text(d.Alt),
	}
}
