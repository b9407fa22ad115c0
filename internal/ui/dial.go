package ui

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Dial is a 1950s valve radio set drawn with canvas primitives: a cabinet,
// a cloth grille with slats, a magic-eye tube, a glass dial printed with
// stations and a tuning needle, and below it a scale of days. Each mark on
// the glass is one broadcast, in time order; the needle moves between them.
//
// Dragging the needle (anywhere on the glass) reports the needle's place as
// it goes (OnMove) and, when let go, the mark it settles on (OnTune);
// tapping the glass tunes to the nearest mark, tapping a day to that day's
// first mark. Focused, ← and → tune to the neighbouring mark and Enter or
// Space press play (OnPress). The Dial draws what it is told: the screen
// decides what is playing.
type Dial struct {
	widget.BaseWidget
	Spoken

	Marks []DialMark
	Days  []DialDay

	// Pos is the needle's place in marks (0 … len(Marks)-1, fractional
	// between stations); Tuned the mark it stands on, -1 while between.
	Pos   float32
	Tuned int
	// Level is the magic eye's opening, 0–1: the loudness of the sound.
	Level float32

	OnMove  func(pos float32) // while the needle is dragged
	OnTune  func(mark int)    // the needle settled on a mark
	OnPress func()            // Enter or Space: play or pause

	// FocusOnShow makes the dial take the keyboard focus when it is first
	// laid out on a canvas (a screen's main control).
	FocusOnShow bool

	focused  bool
	dragging bool
}

// DialMark is one broadcast on the glass.
type DialMark struct {
	Station string // short station name, printed over its run of marks
	Day     int    // index into Days
	Marked  bool   // belongs to the chapter the visitor came from
}

// DialDay is one day on the date scale.
type DialDay struct {
	Top, Bottom string // e.g. "23" over "Oct"
}

// NewDial makes a dial tuned to mark tuned.
func NewDial(marks []DialMark, days []DialDay, tuned int) *Dial {
	d := &Dial{Marks: marks, Days: days, Tuned: tuned, Pos: float32(tuned)}
	d.ExtendBaseWidget(d)
	return d
}

// geometry of the set, from its size: every part of the drawing and every
// hit test uses these.
type dialGeom struct {
	cab, grille, eye, glass, days fyne.Position
	cabS, grilleS, glassS, daysS  fyne.Size
	eyeR                          float32
	inset                         float32 // of the marks inside the glass
}

func (d *Dial) geom(s fyne.Size) dialGeom {
	var g dialGeom
	pad := float32(math.Max(12, float64(s.Width)*0.02))
	g.cab, g.cabS = fyne.NewPos(0, 0), s
	inner := s.Width - 2*pad
	dayH := float32(math.Max(float64(Touch()), float64(s.Height)*0.2))
	glassH := float32(math.Max(150, float64(s.Height)*0.36))
	grilleH := s.Height - 4*pad - dayH - glassH
	if grilleH < 40 {
		grilleH = 40
		glassH = s.Height - 4*pad - dayH - grilleH
	}
	g.eyeR = float32(math.Min(float64(grilleH)*0.42, 70))
	g.grille = fyne.NewPos(pad, pad)
	g.grilleS = fyne.NewSize(inner-2*g.eyeR-2*pad, grilleH)
	g.eye = fyne.NewPos(s.Width-pad-g.eyeR-pad/2, pad+grilleH/2)
	g.glass = fyne.NewPos(pad, 2*pad+grilleH)
	g.glassS = fyne.NewSize(inner, glassH)
	g.days = fyne.NewPos(pad, 3*pad+grilleH+glassH)
	g.daysS = fyne.NewSize(inner, dayH)
	g.inset = float32(math.Max(40, float64(inner)*0.04))
	return g
}

// markX is where mark i (fractional) stands, from the dial's left.
func (d *Dial) markX(g dialGeom, i float32) float32 {
	n := len(d.Marks)
	if n < 2 {
		return g.glass.X + g.glassS.Width/2
	}
	w := g.glassS.Width - 2*g.inset
	return g.glass.X + g.inset + w*i/float32(n-1)
}

// posAt is the needle place under x.
func (d *Dial) posAt(g dialGeom, x float32) float32 {
	n := len(d.Marks)
	if n < 2 {
		return 0
	}
	w := g.glassS.Width - 2*g.inset
	p := (x - g.glass.X - g.inset) / w * float32(n-1)
	return float32(math.Max(0, math.Min(float64(n-1), float64(p))))
}

// DayRect is where day i's tap target is, inside the dial.
func (d *Dial) DayRect(i int) (fyne.Position, fyne.Size) {
	g := d.geom(d.Size())
	w := g.daysS.Width / float32(max(len(d.Days), 1))
	return fyne.NewPos(g.days.X+float32(i)*w, g.days.Y), fyne.NewSize(w, g.daysS.Height)
}

// MarkPos is where mark i stands on the glass, inside the dial (for tests
// and for a drag to aim at).
func (d *Dial) MarkPos(i int) fyne.Position {
	g := d.geom(d.Size())
	return fyne.NewPos(d.markX(g, float32(i)), g.glass.Y+g.glassS.Height/2)
}

// SetPos moves the needle (redrawing the dial).
func (d *Dial) SetPos(pos float32, tuned int) {
	d.Pos, d.Tuned = pos, tuned
	d.Refresh()
}

// SetLevel opens the magic eye to l.
func (d *Dial) SetLevel(l float32) {
	if l == d.Level {
		return
	}
	d.Level = l
	d.Refresh()
}

func (d *Dial) nearest(p float32) int { return int(math.Round(float64(p))) }

// Tapped tunes to the nearest mark on the glass, or to a day's first mark.
func (d *Dial) Tapped(e *fyne.PointEvent) {
	g := d.geom(d.Size())
	if e.Position.Y >= g.days.Y {
		w := g.daysS.Width / float32(max(len(d.Days), 1))
		day := int((e.Position.X - g.days.X) / w)
		for i, m := range d.Marks {
			if m.Day == day {
				d.tune(i)
				return
			}
		}
		return
	}
	d.tune(d.nearest(d.posAt(g, e.Position.X)))
}

func (d *Dial) tune(i int) {
	if i < 0 || i >= len(d.Marks) {
		return
	}
	if d.OnTune != nil {
		d.OnTune(i)
	}
}

// Dragged moves the needle with the finger.
func (d *Dial) Dragged(e *fyne.DragEvent) {
	d.dragging = true
	p := d.posAt(d.geom(d.Size()), e.Position.X)
	tuned := -1
	if math.Abs(float64(p)-math.Round(float64(p))) < 0.12 {
		tuned = d.nearest(p)
	}
	d.SetPos(p, tuned)
	if d.OnMove != nil {
		d.OnMove(p)
	}
}

// DragEnd settles the needle on the nearest mark.
func (d *Dial) DragEnd() {
	d.dragging = false
	d.tune(d.nearest(d.Pos))
}

// Dragging reports whether a finger is on the needle.
func (d *Dial) Dragging() bool { return d.dragging }

// TypedKey: ← and → tune, Enter and Space press; other keys go to the screen.
func (d *Dial) TypedKey(e *fyne.KeyEvent) {
	cur := d.Tuned
	if cur < 0 {
		cur = d.nearest(d.Pos)
	}
	switch e.Name {
	case fyne.KeyLeft:
		d.tune(cur - 1)
	case fyne.KeyRight:
		d.tune(cur + 1)
	case fyne.KeySpace, fyne.KeyReturn, fyne.KeyEnter:
		if d.OnPress != nil {
			d.OnPress()
		}
	default:
		if UnhandledKey != nil {
			UnhandledKey(e)
		}
	}
}

// TypedRune passes characters to the screen.
func (d *Dial) TypedRune(r rune) {
	if UnhandledRune != nil {
		UnhandledRune(r)
	}
}

func (d *Dial) FocusGained() { d.focused = true; d.Refresh(); focusGained(d) }
func (d *Dial) FocusLost()   { d.focused = false; d.Refresh() }

// MinSize leaves room for the day scale's targets and the glass.
func (d *Dial) MinSize() fyne.Size {
	w := float32(max(len(d.Days), 4))*Touch() + Dp(80)
	return fyne.NewSize(w, 310)
}

func (d *Dial) CreateRenderer() fyne.WidgetRenderer {
	r := &dialRenderer{d: d}
	r.build()
	return r
}

type dialRenderer struct {
	d *Dial

	cab, grille, glass, glow, focus *canvas.Rectangle
	slats                           []*canvas.Line
	eyeRim, eyeGlow, eyeCap         *canvas.Circle
	eyeShadow                       *canvas.Rectangle
	ticks, marks                    []*canvas.Line
	stations                        []*canvas.Text
	runs                            [][2]int // first and last mark of each station's run
	needle                          *canvas.Line
	dayBox                          []*canvas.Rectangle
	dayTop, dayBottom               []*canvas.Text
	objects                         []fyne.CanvasObject
}

func (r *dialRenderer) build() {
	d := r.d
	r.cab = &canvas.Rectangle{CornerRadius: 28, StrokeWidth: 3}
	r.grille = &canvas.Rectangle{CornerRadius: 10}
	r.glass = &canvas.Rectangle{CornerRadius: 14, StrokeWidth: 2}
	r.glow = &canvas.Rectangle{CornerRadius: 14}
	r.focus = &canvas.Rectangle{CornerRadius: 30, StrokeWidth: 4}
	r.slats = make([]*canvas.Line, 9)
	for i := range r.slats {
		r.slats[i] = &canvas.Line{StrokeWidth: 6}
	}
	r.eyeRim = &canvas.Circle{StrokeWidth: 3}
	r.eyeGlow = &canvas.Circle{}
	r.eyeShadow = &canvas.Rectangle{}
	r.eyeCap = &canvas.Circle{}
	r.needle = &canvas.Line{StrokeWidth: 6}
	r.objects = []fyne.CanvasObject{r.cab, r.grille}
	for _, s := range r.slats {
		r.objects = append(r.objects, s)
	}
	r.objects = append(r.objects, r.eyeRim, r.eyeGlow, r.eyeShadow, r.eyeCap, r.glass, r.glow)
	for i := range d.Marks {
		t, m := &canvas.Line{StrokeWidth: 2}, &canvas.Line{StrokeWidth: 6}
		r.ticks, r.marks = append(r.ticks, t), append(r.marks, m)
		r.objects = append(r.objects, t, m)
		if i == 0 || d.Marks[i].Station != d.Marks[i-1].Station {
			r.runs = append(r.runs, [2]int{i, i})
			st := canvas.NewText(d.Marks[i].Station, color.Black)
			st.Alignment = fyne.TextAlignCenter
			st.TextStyle = fyne.TextStyle{Bold: true}
			r.stations = append(r.stations, st)
			r.objects = append(r.objects, st)
		} else {
			r.runs[len(r.runs)-1][1] = i
		}
	}
	for _, day := range d.Days {
		box := &canvas.Rectangle{CornerRadius: 10, StrokeWidth: 2}
		top, bottom := canvas.NewText(day.Top, color.Black), canvas.NewText(day.Bottom, color.Black)
		top.Alignment, bottom.Alignment = fyne.TextAlignCenter, fyne.TextAlignCenter
		top.TextStyle = fyne.TextStyle{Bold: true}
		r.dayBox, r.dayTop, r.dayBottom = append(r.dayBox, box), append(r.dayTop, top), append(r.dayBottom, bottom)
		r.objects = append(r.objects, box, top, bottom)
	}
	r.objects = append(r.objects, r.needle, r.focus)
}

func (r *dialRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *dialRenderer) Destroy()                     {}
func (r *dialRenderer) MinSize() fyne.Size           { return r.d.MinSize() }

func place(o fyne.CanvasObject, p fyne.Position, s fyne.Size) {
	o.Move(p)
	o.Resize(s)
}

func alpha(c color.NRGBA, a uint8) color.NRGBA { c.A = a; return c }

func (r *dialRenderer) Layout(s fyne.Size) {
	d := r.d
	if d.FocusOnShow {
		if c := fyne.CurrentApp().Driver().CanvasForObject(d); c != nil {
			d.FocusOnShow = false
			c.Focus(d)
		}
	}
	g := d.geom(s)
	place(r.cab, g.cab, g.cabS)
	place(r.focus, fyne.NewPos(-4, -4), s.AddWidthHeight(8, 8))
	place(r.grille, g.grille, g.grilleS)
	for i, sl := range r.slats {
		x := g.grille.X + g.grilleS.Width*float32(i+1)/float32(len(r.slats)+1)
		sl.Position1, sl.Position2 = fyne.NewPos(x, g.grille.Y+8), fyne.NewPos(x, g.grille.Y+g.grilleS.Height-8)
	}
	er := g.eyeR
	place(r.eyeRim, g.eye.SubtractXY(er, er), fyne.NewSquareSize(2*er))
	gr := er * 0.82
	place(r.eyeGlow, g.eye.SubtractXY(gr, gr), fyne.NewSquareSize(2*gr))
	cr := er * 0.3
	place(r.eyeCap, g.eye.SubtractXY(cr, cr), fyne.NewSquareSize(2*cr))
	place(r.glass, g.glass, g.glassS)
	place(r.glow, g.glass, g.glassS)

	// Ticks: a short one for every mark, a long bright one for the marked
	// chapter's; station names printed over their runs, alternately high
	// and low so that neighbours do not collide.
	// The print's size: three rows in the upper half of the glass.
	size := theme.TextSize() * 0.95
	for size > 10 && 3*fyne.MeasureText("M", size, fyne.TextStyle{Bold: true}).Height > g.glassS.Height*0.55 {
		size--
	}
	for i := range d.Marks {
		x := d.markX(g, float32(i))
		mid := g.glass.Y + float32(math.Max(float64(g.glassS.Height)*0.62, float64(6+3*fyne.MeasureText("M", size, fyne.TextStyle{Bold: true}).Height+16)))
		r.ticks[i].Position1, r.ticks[i].Position2 = fyne.NewPos(x, mid-14), fyne.NewPos(x, mid+14)
		r.marks[i].Position1, r.marks[i].Position2 = fyne.NewPos(x, mid+18), fyne.NewPos(x, g.glass.Y+g.glassS.Height-10)
		r.marks[i].Hidden = !d.Marks[i].Marked
	}
	rows := 3
	for k, run := range r.runs {
		st := r.stations[k]
		x0, x1 := d.markX(g, float32(run[0])), d.markX(g, float32(run[1]))
		// Its room: from the middle of the gap to the previous run on the
		// same row to the middle of the gap to the next one.
		left, right := g.glass.X+8, g.glass.X+g.glassS.Width-8
		if k >= rows {
			left = (d.markX(g, float32(r.runs[k-rows][1]))+x0)/2 + 10
		}
		if k+rows < len(r.runs) {
			right = (x1+d.markX(g, float32(r.runs[k+rows][0])))/2 - 10
		}
		st.TextSize = size
		for st.TextSize > 13 && fyne.MeasureText(st.Text, st.TextSize, st.TextStyle).Width > right-left {
			st.TextSize--
		}
		m := fyne.MeasureText(st.Text, st.TextSize, st.TextStyle)
		st.Hidden = m.Width > right-left
		x := (x0+x1)/2 - m.Width/2
		x = float32(math.Max(float64(left), math.Min(float64(x), float64(right-m.Width))))
		lh := fyne.MeasureText("M", size, st.TextStyle).Height
		y := g.glass.Y + 6 + float32(k%rows)*lh
		place(st, fyne.NewPos(x, y), m)
	}
	r.placeNeedle(g)

	w := g.daysS.Width / float32(max(len(d.Days), 1))
	for i := range d.Days {
		p := fyne.NewPos(g.days.X+float32(i)*w+3, g.days.Y)
		bs := fyne.NewSize(w-6, g.daysS.Height)
		place(r.dayBox[i], p, bs)
		ts := theme.TextSize() * 1.2
		r.dayTop[i].TextSize, r.dayBottom[i].TextSize = ts, theme.TextSize()*0.85
		for r.dayBottom[i].TextSize > 9 && fyne.MeasureText(r.dayBottom[i].Text, r.dayBottom[i].TextSize, fyne.TextStyle{}).Width > bs.Width-4 {
			r.dayBottom[i].TextSize--
		}
		th := fyne.MeasureText("0", ts, fyne.TextStyle{Bold: true}).Height
		bh := fyne.MeasureText("0", r.dayBottom[i].TextSize, fyne.TextStyle{}).Height
		if f := (bs.Height - 6) / (th + bh); f < 1 { // a short box: both lines smaller
			ts *= f
			r.dayBottom[i].TextSize *= f
			th, bh = th*f, bh*f
		}
		r.dayTop[i].TextSize = ts
		y := p.Y + (bs.Height-th-bh)/2
		place(r.dayTop[i], fyne.NewPos(p.X, y), fyne.NewSize(bs.Width, th))
		place(r.dayBottom[i], fyne.NewPos(p.X, y+th), fyne.NewSize(bs.Width, bh))
	}
	r.colour()
}

// placeNeedle puts the needle and the eye's shadow where Pos and Level say.
func (r *dialRenderer) placeNeedle(g dialGeom) {
	d := r.d
	x := d.markX(g, d.Pos)
	r.needle.Position1, r.needle.Position2 = fyne.NewPos(x, g.glass.Y+4), fyne.NewPos(x, g.glass.Y+g.glassS.Height-4)
	// The magic eye: a green fan whose dark shadow closes as the signal
	// grows; drawn as a dark sector over the glow, narrowing with Level.
	gr := g.eyeR * 0.82
	w := gr * 1.6 * (1 - float32(math.Min(1, math.Max(0, float64(d.Level)))))
	place(r.eyeShadow, fyne.NewPos(g.eye.X-w/2, g.eye.Y-gr), fyne.NewSize(w, gr))
}

func (r *dialRenderer) colour() {
	d := r.d
	p := Colors()
	r.cab.FillColor, r.cab.StrokeColor = p.Surface, p.Line
	r.focus.FillColor = color.Transparent
	r.focus.StrokeColor = p.Focus
	r.focus.Hidden = !d.focused
	r.grille.FillColor = p.Pressed
	for _, s := range r.slats {
		s.StrokeColor = alpha(p.Line, 0xb0)
	}
	r.eyeRim.FillColor, r.eyeRim.StrokeColor = p.Background, p.Line
	r.eyeGlow.FillColor = p.Green
	r.eyeShadow.FillColor = p.Background
	r.eyeCap.FillColor = p.Background
	r.glass.FillColor, r.glass.StrokeColor = p.Background, p.Line
	r.glow.FillColor = alpha(p.Warning, 0x22)
	for i := range d.Marks {
		r.ticks[i].StrokeColor = p.Muted
		if i == d.Tuned {
			r.ticks[i].StrokeColor = p.Text
		}
		r.marks[i].StrokeColor = p.Warning
	}
	for _, st := range r.stations {
		st.Color = p.Warning
	}
	tunedDay := -1
	if d.Tuned >= 0 && d.Tuned < len(d.Marks) {
		tunedDay = d.Marks[d.Tuned].Day
	}
	for i := range d.Days {
		r.dayBox[i].FillColor, r.dayBox[i].StrokeColor = p.Pressed, p.Line
		r.dayTop[i].Color, r.dayBottom[i].Color = p.Text, p.Muted
		if i == tunedDay {
			r.dayBox[i].FillColor = p.Accent
			r.dayTop[i].Color, r.dayBottom[i].Color = p.OnAccent, p.OnAccent
		}
	}
	r.needle.StrokeColor = p.Accent
	if p.Accent == p.Warning { // high contrast: the needle must stand out from the print
		r.needle.StrokeColor = p.Text
	}
}

// Refresh redraws after the needle, the level or focus changed.
func (r *dialRenderer) Refresh() {
	r.placeNeedle(r.d.geom(r.d.Size()))
	r.colour()
	for _, o := range r.objects {
		o.Refresh()
	}
}
