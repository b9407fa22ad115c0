package screens

import (
	"strings"

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
	if !isAside(c, b.ChartBlock) {
		return nil
	}
	return b.draw(c)
}

func (b chartBlock) pieces(c pageCtx, f fit) []fyne.CanvasObject {
	if isAside(c, b.ChartBlock) {
		return nil
	}
	return []fyne.CanvasObject{b.draw(c)}
}

// chartLines is a chart's wording in the visitor's language.
type chartLines struct {
	title, legend, note, source string
	bars                        []string
}

func (b chartBlock) lines(a *App) chartLines {
	ch := b.Chart
	l := chartLines{title: a.text(ch.Title), note: a.text(ch.Note)}
	ranges := false
	for _, bar := range ch.Bars {
		l.bars = append(l.bars, a.text(bar.Label)+": "+a.text(bar.Value))
		ranges = ranges || bar.Range() || bar.Mark > 0
	}
	if ranges {
		l.legend = a.label("chart_legend")
	}
	var cites []string
	for _, k := range ch.Sources {
		cites = append(cites, display.Citation(a.ex, k))
	}
	key := "chart_source"
	if len(cites) > 1 {
		key = "chart_sources"
	}
	l.source = a.label(key) + ": " + strings.Join(cites, "; ")
	return l
}

// draw is the chart on a surface: the rows in order, each wrapped to the
// width; chartLayout leaves the legend out when the room is short.
func (b chartBlock) draw(c pageCtx) fyne.CanvasObject {
	a, ch := c.a, b.Chart
	l := b.lines(a)
	small := func(s string, imp widget.Importance, style fyne.TextStyle) *widget.Label {
		p := ui.NewParagraph(s, ui.SizeSmall, style)
		p.Importance = imp
		return p
	}
	rows := []fyne.CanvasObject{ui.NewParagraph(l.title, ui.SizeBody, fyne.TextStyle{Bold: true})}
	max := ch.Max()
	for i, bar := range ch.Bars {
		rows = append(rows, small(l.bars[i], widget.MediumImportance, fyne.TextStyle{}),
			ui.NewRangeBar(bar.Low, bar.High, bar.Mark, max, bar.Open))
	}
	legend := -1
	if l.legend != "" {
		legend = len(rows)
		rows = append(rows, small(l.legend, widget.LowImportance, fyne.TextStyle{Italic: true}))
	}
	if l.note != "" {
		rows = append(rows, small(l.note, widget.WarningImportance, fyne.TextStyle{}))
	}
	rows = append(rows, small(l.source, widget.LowImportance, fyne.TextStyle{}))
	bg := canvas.NewRectangle(ui.Colors().Surface)
	bg.CornerRadius = 10
	return container.NewStack(bg, container.NewPadded(container.New(&chartLayout{legend: legend}, rows...)))
}

// chartLayout stacks the chart's rows at their wrapped heights, a bar
// close under its label and a gap after it. When the rows do not fit the
// height given (an aside on a small or portrait screen, large text), the
// legend gives way first; the figures, the note and the source stay.
type chartLayout struct{ legend int }

func (l *chartLayout) heights(objs []fyne.CanvasObject, w float32) ([]float32, float32) {
	pad := theme.Padding()
	hs := make([]float32, len(objs))
	total := float32(0)
	for i, o := range objs {
		if o.Visible() || i == l.legend {
			hs[i] = ui.Measure(o, w)
		}
		total += hs[i] + l.gap(objs, i, pad)
	}
	return hs, total
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
	return pad
}

func (l *chartLayout) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	pad := theme.Padding()
	hs, total := l.heights(objs, s.Width)
	if l.legend >= 0 {
		drop := total > s.Height
		if drop {
			objs[l.legend].Hide()
		} else {
			objs[l.legend].Show()
		}
		if drop {
			total -= hs[l.legend] + l.gap(objs, l.legend, pad)
			hs[l.legend] = 0
		}
	}
	y := float32(0)
	for i, o := range objs {
		if o.Visible() {
			o.Move(fyne.NewPos(0, y))
			o.Resize(fyne.NewSize(s.Width, hs[i]))
			y += hs[i] + l.gap(objs, i, pad)
		}
	}
}

func (l *chartLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	w := float32(0)
	h := float32(0)
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
