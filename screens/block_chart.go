package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"budapest1956/internal/content"
	"budapest1956/internal/display"
	"budapest1956/internal/ui"
)

// A chart of figures with their ranges (internal/content/blocks_load.go),
// drawn as canvas objects with real text: its title, one labelled bar per
// figure (a band where the sources give a range), how to read a band, the
// note where the sources disagree, and the sources by name. Beside the
// column when it is the page's first visual (every screenful of the page
// shows it), otherwise a card in the column.

type chartBlock struct{ content.ChartBlock }

func init() {
	registerBlock("chart", func(b content.Block) any { return chartBlock{b.(content.ChartBlock)} })
}

// isAside reports whether b is the block the page shows beside its column:
// the first with an aside.
func isAside(c pageCtx, b content.Block) bool {
	for _, o := range c.page.Blocks {
		if _, ok := drawerOf(o).(asideBlock); ok {
			return o == b
		}
	}
	return false
}

func (b chartBlock) aside(c pageCtx) fyne.CanvasObject {
	if !b.inAside(c) {
		return nil
	}
	groups := b.groups(c.a)
	all := make([]int, 0, len(groups))
	for i := range groups {
		all = append(all, i)
	}
	return b.draw(c, groups, all, 0)
}

// barsRoom() is what the screen's bars and a timeline's day strip take of
// its height, at most (they are never scaled).
const barsRoomPx float32 = 280

func barsRoom() float32 { return ui.Dp(barsRoomPx) }

// inAside reports whether the chart goes beside the column: when it is the
// page's first visual and all of it fits the aside at the window's size
// (pageLayout's shares), if need be without its legend; otherwise (large text, a small window) it is a
// card in the column, which pagination fits.
func (b chartBlock) inAside(c pageCtx) bool {
	if !isAside(c, b.ChartBlock) {
		return false
	}
	if c.a.win == nil {
		return true
	}
	return fitsAside(c, b.ChartBlock, func() bool { return b.fitsAside(c) })
}

func (b chartBlock) fitsAside(c pageCtx) bool {
	s := c.a.win.Canvas().Size()
	if s.Width <= 0 || s.Height <= 0 {
		return true
	}
	w, h := asideRoom(c)
	// It may go without its legend (chartLayout drops it); the figures, the
	// note and the sources must fit.
	groups := b.groups(c.a)
	need := make([]int, 0, len(groups))
	for i, g := range groups {
		if g.kind != "legend" {
			need = append(need, i)
		}
	}
	return ui.Measure(b.draw(c, groups, need, w), w) <= h
}

// pieces is the chart as a card in the column when it is not beside it:
// one card, or, when that is taller than a screenful (large text, a small
// window), as few cards as fit, each holding whole rows: the title with
// the first figure, the other figures, the legend, the note, the source.
func (b chartBlock) pieces(c pageCtx, f fit) []fyne.CanvasObject {
	if b.inAside(c) {
		return nil
	}
	// A card's measured height can fall a little short of what its layout
	// asks for once placed: keep a margin.
	groups := b.groups(c.a)
	all := make([]int, 0, len(groups))
	for i := range groups {
		all = append(all, i)
	}
	whole := b.draw(c, groups, all, f.w)
	if f.w <= 0 || ui.Measure(whole, f.w) <= f.full {
		return []fyne.CanvasObject{whole}
	}
	// A source line taller than a card alone is cut like text.
	last := len(groups) - 1
	if src := b.draw(c, groups, []int{last}, f.w); ui.Measure(src, f.w) > f.full {
		line := b.lines(c.a).source
		groups = groups[:last]
		for _, part := range chunks(line, f, func(s string) fyne.CanvasObject {
			return b.draw(c, []chartGroup{sourceGroup(s)}, []int{0}, f.w)
		}) {
			groups = append(groups, sourceGroup(part))
		}
	}
	groups = b.cutTallFigures(c, groups, f)
	var out []fyne.CanvasObject
	var cur []int
	for i := range groups {
		if len(cur) > 0 && ui.Measure(b.draw(c, groups, append(cur, i), f.w), f.w) > f.full {
			out = append(out, b.draw(c, groups, cur, f.w))
			cur = nil
		}
		cur = append(cur, i)
	}
	return append(out, b.draw(c, groups, cur, f.w))
}

// chartLines is a chart's wording in the visitor's language.
type chartLines struct {
	title, alt, legend, note, source string
	bars                             []string
}

func (b chartBlock) lines(a *App) chartLines {
	ch := b.Chart
	l := chartLines{title: a.text(ch.Title), alt: a.text(ch.Alt), note: a.text(ch.Note)}
	for _, bar := range ch.Bars {
		l.bars = append(l.bars, a.text(bar.Label)+": "+a.text(bar.Value))
	}
	l.legend = display.ChartLegend(a.ex, ch, a.visit.Lang)
	l.source = a.ex.SourceLine(ch, a.visit.Lang)
	return l
}

// A chartGroup is rows that stay together on one card: the title with the
// first figure, a figure (its label and bar), the legend, the note, the
// source. kind says which rows may give way in a tight aside.
//
// Heard, a card is one text (ui.Named): the title with the chart's alt
// text, which says every figure in words, then the note and the sources.
// The figures' lines are not read again after the alt (only a card of
// figures without the title, on another screenful, reads its own), and
// the legend, which says how the bars are drawn, is not read.
type chartGroup struct {
	kind  string // "figure", "legend", "note", "source", "text"
	rows  func() []fyne.CanvasObject
	bar   int    // a figure's bar, for cutting a group too tall for a card
	title bool   // it shows the chart's title: the alt is said with it
	line  bool   // a figure's line (or part of it): said only on a card without the alt
	say   string // what it says aloud, besides the title and alt
}

func (b chartBlock) groups(a *App) []chartGroup {
	ch := b.Chart
	l := b.lines(a)
	small := func(s string, imp widget.Importance, style fyne.TextStyle) *widget.Label {
		p := ui.NewParagraph(s, ui.SizeSmall, style)
		p.Importance = imp
		return p
	}
	var gs []chartGroup
	max := ch.Max()
	for i, bar := range ch.Bars {
		i, bar := i, bar
		gs = append(gs, chartGroup{kind: "figure", bar: i, title: i == 0, line: true, say: l.bars[i], rows: func() []fyne.CanvasObject {
			var rows []fyne.CanvasObject
			if i == 0 {
				rows = append(rows, ui.NewParagraph(l.title, ui.SizeBody, fyne.TextStyle{Bold: true}))
			}
			return append(rows, small(l.bars[i], widget.MediumImportance, fyne.TextStyle{}),
				ui.NewRangeBar(bar.Low, bar.High, bar.Mark, max, bar.Open))
		}})
	}
	if l.legend != "" {
		gs = append(gs, chartGroup{kind: "legend", rows: func() []fyne.CanvasObject {
			return []fyne.CanvasObject{small(l.legend, widget.LowImportance, fyne.TextStyle{Italic: true})}
		}})
	}
	if l.note != "" {
		gs = append(gs, chartGroup{kind: "note", say: l.note, rows: func() []fyne.CanvasObject {
			return []fyne.CanvasObject{small(l.note, widget.WarningImportance, fyne.TextStyle{})}
		}})
	}
	// The sources on one line, which a column's pieces cut like text when
	// it is too long for a card (large text, a small window).
	gs = append(gs, chartGroup{kind: "source", say: l.source, rows: func() []fyne.CanvasObject {
		return []fyne.CanvasObject{small(l.source, widget.LowImportance, fyne.TextStyle{})}
	}})
	return gs
}

// sourceGroup is a part of the source line as a group of its own.
func sourceGroup(s string) chartGroup {
	return chartGroup{kind: "source", say: s, rows: func() []fyne.CanvasObject {
		p := ui.NewParagraph(s, ui.SizeSmall, fyne.TextStyle{})
		p.Importance = widget.LowImportance
		return []fyne.CanvasObject{p}
	}}
}

// draw is the groups picked of the chart on a surface, each row wrapped to
// the width; in an aside, chartLayout leaves the legend and then the note
// out when the room is short. width is the column's, 0 in an aside.
func (b chartBlock) draw(c pageCtx, groups []chartGroup, pick []int, width float32) fyne.CanvasObject {
	lay := &chartLayout{legend: -1, note: -1, source: 1 << 30}
	var rows []fyne.CanvasObject
	l := b.lines(c.a)
	alt := false // the card says the alt: its figures' lines are not read
	for _, i := range pick {
		alt = alt || (groups[i].title && l.alt != "")
	}
	var spoken []string
	for _, i := range pick {
		g := groups[i]
		if g.title {
			spoken = append(spoken, l.title, l.alt)
		}
		if !g.line || !alt {
			spoken = append(spoken, g.say)
		}
	}
	for _, i := range pick {
		switch groups[i].kind {
		case "legend":
			lay.legend = len(rows)
		case "note":
			lay.note = len(rows)
		case "source":
			if lay.source > len(rows) {
				lay.source = len(rows)
			}
		}
		rows = append(rows, groups[i].rows()...)
	}
	bg := canvas.NewRectangle(ui.Colors().Surface)
	bg.CornerRadius = 10
	if width > 0 {
		lay.width = width - 2*theme.Padding()
	}
	return ui.NewNamed(container.NewStack(bg, container.NewPadded(container.New(lay, rows...))), ui.Sentences(spoken...))
}

// chartLayout stacks the chart's rows at their wrapped heights, a bar
// close under its label and a gap after it. When the rows do not fit the
// height given (an aside on a small or portrait screen, large text), the
// legend gives way first, then the note; the title, the figures and the
// source stay. In a column it knows its width, so its minimum height is
// what its rows need there.
type chartLayout struct {
	legend, note int     // rows that may give way; -1 for none
	source       int     // the first row of the sources
	width        float32 // the rows' width in a column; 0 in an aside

	// The rows' heights at measuredW, measured once: MinSize and Layout
	// read the same numbers, and asking for MinSize moves nothing.
	measuredW float32
	hs        []float32
}

// heights are the rows' wrapped heights at width w and their total with
// the gaps, every row shown. Measuring lays a row out at w (a bar too,
// though Layout narrows it), so it is done only for a new width: asked
// again, as Fyne does for every MinSize, it answers from what it measured.
func (l *chartLayout) heights(objs []fyne.CanvasObject, w float32) ([]float32, float32) {
	if l.hs == nil || l.measuredW != w || len(l.hs) != len(objs) {
		l.hs = make([]float32, len(objs))
		for i, o := range objs {
			l.hs[i] = ui.Measure(o, w)
		}
		l.measuredW = w
	}
	pad := theme.Padding()
	total := float32(0)
	for i := range objs {
		total += l.hs[i] + l.gap(objs, i, pad)
	}
	return l.hs, total
}

// gap is the space after row i: none between a bar's label and its bar.
func (l *chartLayout) gap(objs []fyne.CanvasObject, i int, pad float32) float32 {
	if i+1 < len(objs) {
		if _, bar := objs[i+1].(*ui.RangeBar); bar {
			return 0
		}
	}
	if _, bar := objs[i].(*ui.RangeBar); bar {
		return 2 * pad
	}
	if i >= l.source {
		return 0 // the sources read as one paragraph
	}
	return pad
}

// shown says which rows a height of h holds: all, or without the legend,
// then without the note; and the height they take.
func (l *chartLayout) shown(objs []fyne.CanvasObject, hs []float32, total, h float32) ([]bool, float32) {
	pad := theme.Padding()
	show := make([]bool, len(objs))
	for i := range show {
		show[i] = true
	}
	for _, i := range []int{l.legend, l.note} {
		if i >= 0 && total > h+0.5 {
			show[i] = false
			total -= hs[i] + l.gap(objs, i, pad)
		}
	}
	return show, total
}

func (l *chartLayout) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	pad := theme.Padding()
	hs, total := l.heights(objs, s.Width)
	show, _ := l.shown(objs, hs, total, s.Height)
	// Bars start where their label's text does.
	in := theme.InnerPadding()
	y := float32(0)
	for i, o := range objs {
		if !show[i] {
			o.Hide()
			continue
		}
		o.Show()
		if _, bar := o.(*ui.RangeBar); bar {
			o.Move(fyne.NewPos(in, y))
			o.Resize(fyne.NewSize(s.Width-2*in, hs[i]))
		} else {
			o.Move(fyne.NewPos(0, y))
			o.Resize(fyne.NewSize(s.Width, hs[i]))
		}
		y += hs[i] + l.gap(objs, i, pad)
	}
}

// MinSize in a column is the height Layout uses at the column's width with
// every row shown. In an aside (no width yet) it is the rows' own minimum.
func (l *chartLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	if l.width > 0 {
		_, h := l.heights(objs, l.width)
		return fyne.NewSize(l.width, h)
	}
	w, h := float32(0), float32(0)
	pad := theme.Padding()
	for i, o := range objs {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		w = fyne.Max(w, m.Width)
		h += m.Height + l.gap(objs, i, pad)
	}
	return fyne.NewSize(w, h)
}

// cutTallFigures splits a figure too tall for a card (large text, a small
// window): the chart's title on its own, the label cut like text, and the
// last part of the label kept with its bar.
func (b chartBlock) cutTallFigures(c pageCtx, groups []chartGroup, f fit) []chartGroup {
	l := b.lines(c.a)
	ch := b.Chart
	max := ch.Max()
	para := func(s string, size fyne.ThemeSizeName, bold bool) fyne.CanvasObject {
		return ui.NewParagraph(s, size, fyne.TextStyle{Bold: bold})
	}
	textGroup := func(s string, size fyne.ThemeSizeName, bold bool) chartGroup {
		return chartGroup{kind: "text", say: s, rows: func() []fyne.CanvasObject { return []fyne.CanvasObject{para(s, size, bold)} }}
	}
	var out []chartGroup
	for i, g := range groups {
		if ui.Measure(b.draw(c, groups, []int{i}, f.w), f.w) <= f.full {
			out = append(out, g)
			continue
		}
		if g.kind == "note" || g.kind == "legend" {
			text := l.note
			if g.kind == "legend" {
				text = l.legend
			}
			for _, part := range chunks(text, f, func(s string) fyne.CanvasObject {
				return b.draw(c, []chartGroup{textGroup(s, ui.SizeSmall, false)}, []int{0}, f.w)
			}) {
				tg := textGroup(part, ui.SizeSmall, false)
				if g.kind == "legend" {
					tg.say = "" // how the bars look: not read
				}
				out = append(out, tg)
			}
			continue
		}
		if g.kind != "figure" {
			out = append(out, g)
			continue
		}
		if g.bar == 0 {
			tg := textGroup(l.title, ui.SizeBody, true)
			tg.title, tg.say = true, ""
			out = append(out, tg)
		}
		bar := ch.Bars[g.bar]
		withBar := func(s string) chartGroup {
			return chartGroup{kind: "figure", bar: g.bar, line: true, say: s, rows: func() []fyne.CanvasObject {
				p := ui.NewParagraph(s, ui.SizeSmall, fyne.TextStyle{})
				return []fyne.CanvasObject{p, ui.NewRangeBar(bar.Low, bar.High, bar.Mark, max, bar.Open)}
			}}
		}
		parts := chunks(l.bars[g.bar], f, func(s string) fyne.CanvasObject {
			return b.draw(c, []chartGroup{withBar(s)}, []int{0}, f.w)
		})
		for _, part := range parts[:len(parts)-1] {
			tg := textGroup(part, ui.SizeSmall, false)
			tg.line = true
			out = append(out, tg)
		}
		out = append(out, withBar(parts[len(parts)-1]))
	}
	return out
}
