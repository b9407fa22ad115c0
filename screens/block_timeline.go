package screens

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"budapest1956/internal/content"
	"budapest1956/internal/display"
	"budapest1956/internal/ui"
)

// A time axis of content/timeline.yaml (internal/content/timeline.go).
//
// On a day axis (the Twelve Days) the section's day strip in the top bar
// becomes the axis itself: one tappable day per step, all days the same
// width, each event a tick at its hour, the page's day marked; the block
// shows the page's day: a 24-hour ruler with the day's events at their
// hours and, under it, each event labelled with its time. On a year axis
// (1945–1991) the block is the whole span, years proportional, the page's
// year marked, every event labelled with its year.
//
// Its words are Fyne text (they switch language and grow with large text);
// the rulers are canvas objects placed once per size by their renderers.
// Beside the column when it is the page's first visual and fits there,
// otherwise cards in the column, as a chart.

type timelineBlock struct{ content.TimelineBlock }

func init() {
	registerBlock("timeline", func(b content.Block) any { return timelineBlock{b.(content.TimelineBlock)} })
}

func (b timelineBlock) aside(c pageCtx) fyne.CanvasObject {
	if !b.inAside(c) {
		return nil
	}
	return container.New(topLayout{}, b.draw(b.rows(c.a, 0)))
}

// topLayout puts the card at the top of the aside, as tall as its rows
// need at the aside's width, not stretched to the aside's height.
type topLayout struct{}

func (topLayout) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	h := fyne.Min(ui.Measure(objs[0], s.Width), s.Height)
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(s.Width, h))
}

func (topLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }

func (b timelineBlock) inAside(c pageCtx) bool {
	if !isAside(c, b.TimelineBlock) {
		return false
	}
	if c.a.win == nil {
		return true
	}
	return fitsAside(c, b.TimelineBlock, func() bool {
		if s := c.a.win.Canvas().Size(); s.Width <= 0 || s.Height <= 0 {
			return true
		}
		w, h := asideRoom(c) // the page area between the bars as cut
		return ui.Measure(b.draw(b.rows(c.a, 0)), w) <= h
	})
}

// pieces are the axis as cards in the column: one when it fits a
// screenful, else as few as fit, each holding whole rows (the heading
// stays with the ruler; the source line is cut like text if need be).
func (b timelineBlock) pieces(c pageCtx, f fit) []fyne.CanvasObject {
	if b.inAside(c) {
		return nil
	}
	f.full -= 2 * theme.Padding()
	f.h = min(f.h, f.full)
	rows := b.rows(c.a, f.w)
	whole := b.draw(rows)
	if f.w <= 0 || ui.Measure(whole, f.w) <= f.full {
		return []fyne.CanvasObject{whole}
	}
	// Rows that go together: the heading with the ruler; each event; the
	// sources, cut into parts that fit a card on their own.
	head := b.headRows()
	groups := [][]fyne.CanvasObject{rows[:head]}
	if head == 2 && ui.Measure(b.draw(groups[0]), f.w) > f.full {
		groups = [][]fyne.CanvasObject{{rows[0]}, {rows[1]}}
	}
	// An event taller than a card alone (large text, a small window) is
	// cut like text, its time with the first part.
	whenW := b.whenWidth(c.a)
	for i, e := range b.events() {
		r := rows[head+i]
		if ui.Measure(b.draw([]fyne.CanvasObject{r}), f.w) <= f.full {
			groups = append(groups, []fyne.CanvasObject{r})
			continue
		}
		first := true
		for _, part := range chunks(c.a.text(e.Text), f, func(s string) fyne.CanvasObject {
			return b.draw([]fyne.CanvasObject{b.eventRow(c.a, e, s, whenW, true)})
		}) {
			groups = append(groups, []fyne.CanvasObject{b.eventRow(c.a, e, part, whenW, first)})
			first = false
		}
	}
	for _, part := range chunks(b.sourceLine(c.a), f, func(s string) fyne.CanvasObject {
		return b.draw([]fyne.CanvasObject{sourceText(s)})
	}) {
		groups = append(groups, []fyne.CanvasObject{sourceText(part)})
	}
	var out []fyne.CanvasObject
	var cur []fyne.CanvasObject
	for _, g := range groups {
		next := append(append([]fyne.CanvasObject(nil), cur...), g...)
		if len(cur) > 0 && ui.Measure(b.draw(next), f.w) > f.full {
			out = append(out, b.draw(cur))
			next = append([]fyne.CanvasObject(nil), g...)
		}
		cur = next
	}
	return append(out, b.draw(cur))
}

// events are the events the block labels: the page's day on a day axis,
// all of them on a year axis.
func (b timelineBlock) events() []*content.Event {
	if b.Timeline.Unit == "day" {
		return b.Timeline.On(b.Date)
	}
	return b.Timeline.Events
}

// heading is the block's title in the visitor's language.
func (b timelineBlock) heading(a *App) string {
	if b.Timeline.Unit == "day" {
		return display.DayHeading(a.ex, b.Date, a.visit.Lang)
	}
	return a.text(b.Timeline.Title)
}

// sourceLine names the sources of the events shown, each by its title, or
// by its publisher when the title is only a description in brackets or
// the axis cites more than six: an axis cites many, and must stay short.
func (b timelineBlock) sourceLine(a *App) string {
	keys := b.TimelineBlock.Sources()
	var names []string
	seen := map[string]bool{}
	for _, k := range keys {
		name := k
		if s := a.ex.Sources[k]; s != nil {
			name = s.TitleIn(a.visit.Lang, a.ex.DefaultLanguage)
			if p := s.PublisherIn(a.visit.Lang, a.ex.DefaultLanguage); (strings.HasPrefix(name, "[") || len(keys) > 6) && p != "" {
				name = p
			}
		}
		if !seen[name] {
			seen[name] = true
			names = append(names, name)
		}
	}
	key := "chart_source"
	if len(names) > 1 {
		key = "chart_sources"
	}
	return a.label(key) + ": " + strings.Join(names, "; ")
}

// mine reports whether an event falls in the page's year (year axis).
func (b timelineBlock) mine(e *content.Event) bool {
	return b.Timeline.Unit == "year" && len(b.Date) >= 4 && strings.HasPrefix(e.Date, b.Date[:4])
}

// rows are the block's rows: heading, ruler (headRows), one row per event,
// sources.
// width is the column's (0 in an aside).
func (b timelineBlock) rows(a *App, width float32) []fyne.CanvasObject {
	rows := []fyne.CanvasObject{ui.NewParagraph(b.heading(a), ui.SizeBody, fyne.TextStyle{Bold: true})}
	if b.headRows() == 2 {
		rows = append(rows, b.ruler(a))
	}
	whenW := b.whenWidth(a)
	for _, e := range b.events() {
		rows = append(rows, b.eventRow(a, e, a.text(e.Text), whenW, true))
	}
	return append(rows, sourceText(b.sourceLine(a)))
}

// headRows is how many rows come before the events: the heading and the
// ruler, or the heading alone on a day none of whose events has a known
// hour (the day strip above shows the day on the axis).
func (b timelineBlock) headRows() int {
	if b.Timeline.Unit == "day" {
		for _, e := range b.events() {
			if e.Time != "" {
				return 2
			}
		}
		return 1
	}
	return 2
}

// whenWidth is the width of the column of times (or years): the widest.
func (b timelineBlock) whenWidth(a *App) float32 {
	w := float32(0)
	for _, e := range b.events() {
		if s := display.EventWhen(a.ex, b.Timeline, e, a.visit.Lang); s != "" {
			w = fyne.Max(w, ui.FullWidth(s, ui.SizeSmall, fyne.TextStyle{Bold: true}))
		}
	}
	return w
}

// eventRow is an event's time (or year) and its words, or, when first is
// false, the rest of its words under the first part (cut to fit a card).
func (b timelineBlock) eventRow(a *App, e *content.Event, words string, whenW float32, first bool) fyne.CanvasObject {
	w := ""
	if first {
		w = display.EventWhen(a.ex, b.Timeline, e, a.visit.Lang)
	}
	when := widget.NewLabel(w)
	when.SizeName, when.TextStyle = ui.SizeSmall, fyne.TextStyle{Bold: true}
	when.Importance = widget.WarningImportance
	text := ui.NewParagraph(words, ui.SizeSmall, fyne.TextStyle{Bold: b.mine(e)})
	return container.New(&eventRow{whenW: whenW}, when, text)
}

func sourceText(s string) fyne.CanvasObject {
	p := ui.NewParagraph(s, ui.SizeSmall, fyne.TextStyle{})
	p.Importance = widget.LowImportance
	return p
}

// draw puts rows on the card's surface.
func (b timelineBlock) draw(rows []fyne.CanvasObject) fyne.CanvasObject {
	bg := canvas.NewRectangle(ui.Colors().Surface)
	bg.CornerRadius = 10
	return container.NewStack(bg, container.NewPadded(container.New(&timelineLayout{}, rows...)))
}

// timelineLayout stacks rows at their wrapped heights for the width given:
// a gap after the heading and the ruler, none between events (a label
// carries its own padding), a gap before the sources.
type timelineLayout struct {
	width float32
	hs    []float32
}

func isEvent(o fyne.CanvasObject) bool {
	c, ok := o.(*fyne.Container)
	if !ok {
		return false
	}
	_, ok = c.Layout.(*eventRow)
	return ok
}

func (l *timelineLayout) gap(objs []fyne.CanvasObject, i int) float32 {
	if i == 0 {
		return 0 // the heading's label has its own padding above the ruler
	}
	if i+1 < len(objs) && isEvent(objs[i]) && isEvent(objs[i+1]) {
		return -1.5 * theme.InnerPadding() // the labels' own paddings overlap
	}
	if i+2 == len(objs) && isEvent(objs[i]) {
		return 0 // the sources' label has its own padding
	}
	return theme.Padding()
}

// heights are the rows' heights at width w, measured once per width.
func (l *timelineLayout) heights(objs []fyne.CanvasObject, w float32) []float32 {
	if w == l.width && len(l.hs) == len(objs) {
		return l.hs
	}
	hs := make([]float32, len(objs))
	for i, o := range objs {
		hs[i] = ui.Measure(o, w)
	}
	l.width, l.hs = w, hs
	return hs
}

func (l *timelineLayout) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	hs := l.heights(objs, s.Width)
	y := float32(0)
	for i, o := range objs {
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(s.Width, hs[i]))
		y += hs[i] + l.gap(objs, i)
	}
}

func (l *timelineLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	w, h := float32(0), float32(0)
	var hs []float32
	if l.width > 0 {
		hs = l.heights(objs, l.width)
	}
	for i, o := range objs {
		m := o.MinSize()
		if hs != nil {
			m.Height = hs[i]
		}
		w = fyne.Max(w, m.Width)
		h += m.Height
		if i+1 < len(objs) {
			h += l.gap(objs, i)
		}
	}
	return fyne.NewSize(w, h)
}

// eventRow puts an event's time (or year) in a column of its own left of
// its words; when that column would take too much of a narrow card (large
// text), the time goes above the words.
type eventRow struct {
	whenW, width float32
	tw, th       float32 // the words' height th at width tw, measured once
}

// textH is the height of the words at width w.
func (r *eventRow) textH(text fyne.CanvasObject, w float32) float32 {
	if w != r.tw || r.th == 0 {
		r.tw, r.th = w, ui.Measure(text, w)
	}
	return r.th
}

func (r *eventRow) stacked(w float32) bool { return r.whenW > w*0.35 }

// whenH is the room above the words for the time when stacked: none for
// the rest of an event's words.
func (r *eventRow) whenH(when fyne.CanvasObject) float32 {
	if l, ok := when.(*widget.Label); ok && l.Text == "" {
		return 0
	}
	return when.MinSize().Height - theme.Padding()
}

func (r *eventRow) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	r.width = s.Width
	when, text := objs[0], objs[1]
	if r.whenW == 0 {
		when.Hide()
		text.Move(fyne.NewPos(0, 0))
		text.Resize(fyne.NewSize(s.Width, r.textH(text, s.Width)))
		return
	}
	if r.stacked(s.Width) {
		wh := r.whenH(when)
		when.Move(fyne.NewPos(0, 0))
		when.Resize(fyne.NewSize(s.Width, wh))
		text.Move(fyne.NewPos(0, wh))
		text.Resize(fyne.NewSize(s.Width, r.textH(text, s.Width)))
		return
	}
	when.Move(fyne.NewPos(0, 0))
	when.Resize(fyne.NewSize(r.whenW, when.MinSize().Height))
	tw := s.Width - r.whenW
	text.Move(fyne.NewPos(r.whenW, 0))
	text.Resize(fyne.NewSize(tw, r.textH(text, tw)))
}

func (r *eventRow) MinSize(objs []fyne.CanvasObject) fyne.Size {
	when, text := objs[0], objs[1]
	if r.width <= 0 {
		return fyne.NewSize(r.whenW+text.MinSize().Width, fyne.Max(when.MinSize().Height, text.MinSize().Height))
	}
	if r.whenW == 0 {
		return fyne.NewSize(r.width, r.textH(text, r.width))
	}
	if r.stacked(r.width) {
		return fyne.NewSize(r.width, r.whenH(when)+r.textH(text, r.width))
	}
	return fyne.NewSize(r.width, fyne.Max(when.MinSize().Height, r.textH(text, r.width-r.whenW)))
}

// ruler is the block's axis: the page's day hour by hour, or the years.
func (b timelineBlock) ruler(a *App) *axisRuler {
	t := b.Timeline
	r := &axisRuler{}
	if t.Unit == "day" {
		for h := 0; h <= 24; h += 6 {
			r.ticks = append(r.ticks, axisTick{pos: float64(h) / 24, label: itoa(h) + ":00"})
		}
		for h := 1; h < 24; h++ {
			if h%6 != 0 {
				r.ticks = append(r.ticks, axisTick{pos: float64(h) / 24})
			}
		}
		lo, hi := t.Span(b.Date)
		for _, e := range t.On(b.Date) {
			if e.Time != "" {
				r.marks = append(r.marks, axisMark{pos: (t.Pos(e.Date, e.Time) - lo) / (hi - lo), hot: true})
			}
		}
	} else {
		years := t.Years()
		for _, y := range years {
			tk := axisTick{pos: float64(y-years[0]) / float64(len(years))}
			if y == years[0] || (y%10 == 0 && y-years[0] >= 4) {
				tk.label = itoa(y)
			}
			r.ticks = append(r.ticks, tk)
		}
		r.ticks = append(r.ticks, axisTick{pos: 1})
		if len(b.Date) >= 4 && t.Covers(b.Date[:4]) {
			r.band[0], r.band[1] = t.Span(b.Date[:4])
		}
		for _, e := range t.Events {
			r.marks = append(r.marks, axisMark{pos: t.Pos(e.Date, ""), hot: b.mine(e)})
		}
	}
	r.ExtendBaseWidget(r)
	return r
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

type axisTick struct {
	pos   float64
	label string // "" for a minor tick
}

type axisMark struct {
	pos float64
	hot bool // the page's own: in the accent colour
}

// axisRuler draws a horizontal axis: a line, ticks with their labels
// (numbers, the same in every language), a band over the page's span and a
// dot per event. Its renderer places them when its size changes.
type axisRuler struct {
	widget.BaseWidget
	ticks []axisTick
	marks []axisMark
	band  [2]float64 // the page's span; equal ends for none
}

func (r *axisRuler) MinSize() fyne.Size {
	ts := theme.Size(ui.SizeSmall)
	return fyne.NewSize(200, ts*2)
}

func (r *axisRuler) CreateRenderer() fyne.WidgetRenderer {
	p := ui.Colors()
	rr := &axisRulerRenderer{r: r, line: canvas.NewRectangle(p.Line)}
	band := p.Accent
	band.A = 0x60
	rr.band = canvas.NewRectangle(band)
	for _, t := range r.ticks {
		rr.ticks = append(rr.ticks, canvas.NewRectangle(p.Line))
		txt := canvas.NewText(t.label, p.Muted)
		txt.TextSize = theme.Size(ui.SizeSmall) * 0.85
		rr.labels = append(rr.labels, txt)
	}
	for _, m := range r.marks {
		c := canvas.NewCircle(p.Text)
		if m.hot {
			c.FillColor = p.Accent
			c.StrokeColor = p.Text
			c.StrokeWidth = 1.5
		}
		rr.marks = append(rr.marks, c)
	}
	return rr
}

type axisRulerRenderer struct {
	r      *axisRuler
	line   *canvas.Rectangle
	band   *canvas.Rectangle
	ticks  []*canvas.Rectangle
	labels []*canvas.Text
	marks  []*canvas.Circle
}

func (rr *axisRulerRenderer) Layout(s fyne.Size) {
	ts := theme.Size(ui.SizeSmall)
	dot := fyne.Min(ts*0.9, 20) // close events stay apart with large text
	in := dot                   // room for a dot at either end
	w := s.Width - 2*in
	x := func(p float64) float32 { return in + float32(p)*w }
	mid := dot/2 + ts*0.1
	rr.line.Move(fyne.NewPos(in, mid-1))
	rr.line.Resize(fyne.NewSize(w, 2))
	b := rr.r.band
	rr.band.Hidden = b[1] <= b[0]
	rr.band.Move(fyne.NewPos(x(b[0]), mid-dot/2-3))
	rr.band.Resize(fyne.NewSize(fyne.Max(x(b[1])-x(b[0]), 3), dot+6))
	for i, t := range rr.r.ticks {
		h := ts * 0.35
		if t.label != "" {
			h = ts * 0.6
		}
		rr.ticks[i].Move(fyne.NewPos(x(t.pos)-1, mid))
		rr.ticks[i].Resize(fyne.NewSize(2, h))
		l := rr.labels[i]
		lw := l.MinSize().Width
		lx := fyne.Min(fyne.Max(x(t.pos)-lw/2, 0), s.Width-lw)
		l.Move(fyne.NewPos(lx, mid+ts*0.5))
		l.Resize(l.MinSize())
	}
	for i, m := range rr.r.marks {
		rr.marks[i].Move(fyne.NewPos(x(m.pos)-dot/2, mid-dot/2))
		rr.marks[i].Resize(fyne.NewSquareSize(dot))
	}
}

func (rr *axisRulerRenderer) MinSize() fyne.Size { return rr.r.MinSize() }
func (rr *axisRulerRenderer) Refresh()           {}
func (rr *axisRulerRenderer) Destroy()           {}
func (rr *axisRulerRenderer) Objects() []fyne.CanvasObject {
	out := []fyne.CanvasObject{rr.band, rr.line}
	for _, t := range rr.ticks {
		out = append(out, t)
	}
	for _, l := range rr.labels {
		out = append(out, l)
	}
	for _, m := range rr.marks {
		out = append(out, m)
	}
	return out
}

// dayAxis is the day axis the section's pages show, nil for none.
func (st *storyScreen) dayAxis() *content.Timeline {
	for _, p := range st.section.Pages {
		for _, b := range p.Blocks {
			if tb, ok := b.(content.TimelineBlock); ok && tb.Timeline.Unit == "day" {
				return tb.Timeline
			}
		}
	}
	return nil
}

// axisStrip is the day strip grown into the time axis: a tappable day per
// step of the axis, all the same width, the page's day marked; a tap opens
// that day's first page (in another section for a day this one does not
// tell). Under the days, each event is a tick at its hour and each month
// is named where it begins.
func (st *storyScreen) axisStrip(t *content.Timeline) fyne.CanvasObject {
	a, s := st.a, st.section
	current := s.Pages[st.page()].Date
	days := t.Days()
	strip := container.NewGridWithColumns(len(days))
	for _, d := range days {
		sec, page := st.pageOn(d)
		b := ui.NewButton(display.DayOfMonth(d), nil, func() { a.ShowSection(sec, page) })
		if sec == "" {
			b.Disable()
		}
		if d == current {
			b.Importance = widget.HighImportance
		}
		strip.Add(b)
	}
	ticks := &dayTicks{}
	for _, e := range t.Events {
		tk := dayTick{pos: t.Pos(e.Date, e.Time), hot: e.Date == current}
		if e.Time == "" {
			tk.from, tk.to = t.Span(e.Date)
		}
		ticks.ticks = append(ticks.ticks, tk)
	}
	months := strings.Fields(a.label("months"))
	seen := ""
	for _, d := range days {
		if m := d[:7]; m != seen {
			seen = m
			lo, _ := t.Span(d)
			n := int(d[5]-'0')*10 + int(d[6]-'0')
			if n >= 1 && n <= len(months) {
				ticks.months = append(ticks.months, dayTick{pos: lo, label: months[n-1]})
			}
		}
	}
	ticks.ExtendBaseWidget(ticks)
	return container.New(layout.NewCustomPaddedVBoxLayout(0), strip, ticks)
}

// pageOn is the first page dated day: in this section, else in another.
func (st *storyScreen) pageOn(day string) (string, int) {
	for i, p := range st.section.Pages {
		if p.Date == day {
			return st.section.ID, i
		}
	}
	for _, s := range st.a.ex.Sections {
		for i, p := range s.Pages {
			if p.Date == day {
				return s.ID, i
			}
		}
	}
	return "", 0
}

type dayTick struct {
	pos, from, to float64 // an hour; or, for a day without one, the day's span
	hot           bool
	label         string
}

// dayTicks draws the events under the day strip: a tick at each event's
// hour, a thin bar over the day for an event whose hour is not known, the
// page's day in the accent colour, and the months' names.
type dayTicks struct {
	widget.BaseWidget
	ticks, months []dayTick
}

func (d *dayTicks) MinSize() fyne.Size {
	return fyne.NewSize(200, theme.Size(ui.SizeBar)*0.75+14)
}

func (d *dayTicks) CreateRenderer() fyne.WidgetRenderer {
	p := ui.Colors()
	r := &dayTicksRenderer{d: d, line: canvas.NewRectangle(p.Line)}
	for _, t := range d.ticks {
		c := p.Muted
		if t.hot {
			c = p.Accent
		}
		if t.to > t.from {
			c.A = 0x90
		}
		r.marks = append(r.marks, canvas.NewRectangle(c))
	}
	for _, m := range d.months {
		txt := canvas.NewText(m.label, p.Muted)
		txt.TextSize = theme.Size(ui.SizeBar) * 0.7
		r.labels = append(r.labels, txt)
	}
	return r
}

type dayTicksRenderer struct {
	d      *dayTicks
	line   *canvas.Rectangle
	marks  []*canvas.Rectangle
	labels []*canvas.Text
}

func (r *dayTicksRenderer) Layout(s fyne.Size) {
	x := func(p float64) float32 { return float32(p) * s.Width }
	r.line.Move(fyne.NewPos(0, 4))
	r.line.Resize(fyne.NewSize(s.Width, 1))
	for i, t := range r.d.ticks {
		if t.to > t.from {
			r.marks[i].Move(fyne.NewPos(x(t.from)+3, 6))
			r.marks[i].Resize(fyne.NewSize(x(t.to)-x(t.from)-6, 3))
			continue
		}
		r.marks[i].Move(fyne.NewPos(x(t.pos)-1.5, 0))
		r.marks[i].Resize(fyne.NewSize(3, 9))
	}
	for i, m := range r.d.months {
		l := r.labels[i]
		l.Move(fyne.NewPos(fyne.Min(x(m.pos)+4, s.Width-l.MinSize().Width), 10))
		l.Resize(l.MinSize())
	}
}

func (r *dayTicksRenderer) MinSize() fyne.Size { return r.d.MinSize() }
func (r *dayTicksRenderer) Refresh()           {}
func (r *dayTicksRenderer) Destroy()           {}
func (r *dayTicksRenderer) Objects() []fyne.CanvasObject {
	out := []fyne.CanvasObject{r.line}
	for _, m := range r.marks {
		out = append(out, m)
	}
	for _, l := range r.labels {
		out = append(out, l)
	}
	return out
}
