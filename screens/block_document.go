package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"budapest1956/internal/content"
	"budapest1956/internal/ui"
)

// A document: the page's quotation in its original words, set by the app
// as the paper it was written on (a telex roll, a duplicated leaflet) in
// typewriter type, with its caption saying it is a reconstruction and its
// source. Beside the column when it is the page's first visual and fits
// there at the window's size; otherwise pieces of the column.

type documentBlock struct{ content.DocumentBlock }

func init() {
	registerBlock("document", func(b content.Block) any { return documentBlock{b.(content.DocumentBlock)} })
}

func (b documentBlock) aside(c pageCtx) fyne.CanvasObject {
	if !b.inAside(c) {
		return nil
	}
	return container.New(docLayout{}, b.paper(c.a, 0, true, true), captionText(b.captionLine(c.a)))
}

// inAside: the page's first visual, and paper and caption fit the aside at
// the window's size (pageLayout's shares).
func (b documentBlock) inAside(c pageCtx) bool {
	if !isAside(c, b.DocumentBlock) {
		return false
	}
	return fitsAside(c, b.DocumentBlock, func() bool { return b.fitsAside(c) })
}

func (b documentBlock) fitsAside(c pageCtx) bool {
	s := c.a.win.Canvas().Size()
	if s.Width <= 0 || s.Height <= 0 {
		return true
	}
	w, h := asideRoom(c)
	return ui.Measure(b.paper(c.a, w, true, true), w)+theme.Padding()+ui.Measure(captionText(b.captionLine(c.a)), w) <= h
}

// pieces: the paper (the heading and the words on two sheets if one is
// taller than a screenful), then the caption, cut to fit like text.
func (b documentBlock) pieces(c pageCtx, f fit) []fyne.CanvasObject {
	if b.inAside(c) {
		return nil
	}
	out := []fyne.CanvasObject{b.paper(c.a, f.w, true, true)}
	if f.w > 0 && b.Doc.Heading != "" && ui.Measure(out[0], f.w) > f.full {
		out = []fyne.CanvasObject{b.paper(c.a, f.w, true, false), b.paper(nil, f.w, false, true)}
	}
	if last := out[len(out)-1]; f.w > 0 && ui.Measure(last, f.w) > f.full {
		// The words alone are taller than a screenful (large text, a small
		// window): they go on as many sheets as they need, cut like text.
		out = out[:len(out)-1]
		sheet := func(s string) fyne.CanvasObject { return b.sheet(f.w, s) }
		for _, part := range chunks(b.Doc.Text, f, sheet) {
			out = append(out, sheet(part))
		}
	}
	caption := func(s string) fyne.CanvasObject { return container.New(knownWidth{f.w}, captionText(s)) }
	for _, part := range chunks(b.captionLine(c.a), f, caption) {
		out = append(out, caption(part))
	}
	return out
}

// paper is the sheet with the words on it: a telex in capitals as the
// teleprinter printed them, a leaflet with its heading. width is the
// column's, 0 in an aside. The first sheet of a document (a given) is
// spoken as its description in the visitor's language: the words on it
// are in the original's language.
func (b documentBlock) paper(a *App, width float32, heading, words bool) fyne.CanvasObject {
	d := b.Doc
	var rows []fyne.CanvasObject
	// The words are part of the reconstructed sheet, like a picture's, and
	// stay in the original's language whatever the visitor reads (the
	// quote card beside gives the translation).
	if heading && d.Heading != "" {
		rows = append(rows, paperText(d.Heading, ui.SizeSmall, true))
	}
	if words {
		rows = append(rows, paperText(d.Text, ui.SizeBody, false))
	}
	p := ui.NewPaper(d.Style, ui.OnPaper(container.NewVBox(rows...)))
	p.Width = width
	if a != nil {
		p.Spoken.Spoken = a.text(d.Alt)
	}
	return p
}

// sheet is a sheet with some of the words only.
func (b documentBlock) sheet(width float32, words string) fyne.CanvasObject {
	p := ui.NewPaper(b.Doc.Style, ui.OnPaper(container.NewVBox(paperText(words, ui.SizeBody, false))))
	p.Width = width
	return p
}

// paperText is typewriter type on the sheet: a heading bold and centred.
func paperText(s string, size fyne.ThemeSizeName, heading bool) *widget.RichText {
	seg := &widget.TextSegment{Text: s, Style: widget.RichTextStyle{
		SizeName:  size,
		TextStyle: fyne.TextStyle{Monospace: true, Bold: heading},
		ColorName: theme.ColorNameForeground,
		Inline:    false,
	}}
	if heading {
		seg.Style.Alignment = fyne.TextAlignCenter
	}
	rt := widget.NewRichText(seg)
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

// captionLine says what the visitor sees: a reconstruction, of what, from where.
func (b documentBlock) captionLine(a *App) string {
	return a.label("reconstruction") + ". " + a.text(b.Doc.Caption) + " " + a.ex.SourcesLine([]string{b.Doc.Source}, a.visit.Lang)
}

func captionText(s string) fyne.CanvasObject {
	l := ui.NewParagraph(s, ui.SizeSmall, fyne.TextStyle{Italic: true})
	l.Importance = widget.LowImportance
	return l
}

// docLayout puts the paper at the top of the aside, as tall as its words
// need at the aside's width, and the caption under it.
type docLayout struct{}

func (docLayout) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	paper, caption := objs[0], objs[1]
	h := fyne.Min(ui.Measure(paper, s.Width), s.Height)
	paper.Move(fyne.NewPos(0, 0))
	paper.Resize(fyne.NewSize(s.Width, h))
	y := h + theme.Padding()
	caption.Move(fyne.NewPos(0, y))
	caption.Resize(fyne.NewSize(s.Width, fyne.Max(0, s.Height-y)))
}

func (docLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(100, 100) }

// knownWidth holds a wrapped text whose column width is known, so its
// minimum height is what its lines need at that width, before it is laid out.
type knownWidth struct{ w float32 }

func (k knownWidth) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(s)
	}
}

func (k knownWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objs {
		if k.w > 0 {
			h = fyne.Max(h, ui.Measure(o, k.w))
		} else {
			h = fyne.Max(h, o.MinSize().Height)
		}
	}
	return fyne.NewSize(k.w, h)
}
