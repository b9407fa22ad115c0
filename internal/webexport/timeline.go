package webexport

import (
	"strings"

	"budapest1956/internal/content"
	"budapest1956/internal/display"
)

// timelineView is a time axis as the web edition draws it, as the app does
// (screens/block_timeline.go): on a day axis every day of the axis as a
// link to its first page, the page's day marked, each event a tick at its
// hour, and the page's day's events labelled with their times; on a year
// axis the years with a dot per event, the page's year marked, every event
// labelled with its year. Geometry is on a 0–1000 scale for an inline SVG.
type timelineView struct {
	Title, Alt, Source string
	Day                bool
	Days               []axisDayView
	Ticks              []axisTickView
	Labels             []axisTickView // the scale's numbers and the months' names
	Marks              []axisTickView // events on the ruler
	Band               *axisDayView   // the page's year on a year axis
	Events             []eventView
}

type axisDayView struct {
	Text, Href string
	X, W       float64
	Current    bool
}

type axisTickView struct {
	X, W float64 // W > 0: a day whose hour is not known
	Hot  bool
	Text string
}

type eventView struct {
	When, Text string
	Hot        bool
}

func x1000(f float64) float64 { return round1(f * 1000) }

// round1 rounds to one decimal place.
func round1(f float64) float64 { return float64(int(f*10+0.5)) / 10 }

// Timeline prepares a timeline block for the page's language.
func (v blockView) Timeline(b content.TimelineBlock) *timelineView {
	t := b.Timeline
	if t == nil {
		return nil
	}
	ex, lang := v.w.ex, v.Lang
	tv := &timelineView{Alt: v.Text(t.Alt), Day: t.Unit == "day"}
	keys := b.Sources()
	events := t.Events
	if tv.Day {
		tv.Title = display.DayHeading(ex, b.Date, lang)
		tv.Alt += " " + tv.Title
		events = t.On(b.Date)
		months := strings.Fields(ex.Label("months", lang))
		seen := ""
		for _, d := range t.Days() {
			lo, hi := t.Span(d)
			dv := axisDayView{Text: display.DayOfMonth(d), X: x1000(lo), W: round1(x1000(hi) - x1000(lo)), Current: d == b.Date}
			if sec, id := v.w.pageOn(d); id != "" {
				dv.Href = rel(v.at, pagePath(lang, sec, id))
			}
			tv.Days = append(tv.Days, dv)
			if m := d[:7]; m != seen {
				seen = m
				n := int(d[5]-'0')*10 + int(d[6]-'0')
				if n >= 1 && n <= len(months) {
					tv.Labels = append(tv.Labels, axisTickView{X: x1000(lo), Text: months[n-1]})
				}
			}
		}
		for _, e := range t.Events {
			tk := axisTickView{X: x1000(t.Pos(e.Date, e.Time)), Hot: e.Date == b.Date}
			if e.Time == "" {
				lo, hi := t.Span(e.Date)
				tk.X, tk.W = x1000(lo), round1(x1000(hi)-x1000(lo))
			}
			tv.Ticks = append(tv.Ticks, tk)
		}
	} else {
		tv.Title = v.Text(t.Title)
		years := t.Years()
		for _, y := range years {
			lo, _ := t.Span(itoa(y))
			tv.Ticks = append(tv.Ticks, axisTickView{X: x1000(lo)})
			if y == years[0] || (y%10 == 0 && y-years[0] >= 4) {
				tv.Labels = append(tv.Labels, axisTickView{X: x1000(lo), Text: itoa(y)})
			}
		}
		if len(b.Date) >= 4 && t.Covers(b.Date[:4]) {
			lo, hi := t.Span(b.Date[:4])
			tv.Band = &axisDayView{X: x1000(lo), W: round1(x1000(hi) - x1000(lo))}
		}
		for _, e := range t.Events {
			tv.Marks = append(tv.Marks, axisTickView{X: x1000(t.Pos(e.Date, "")), Hot: len(b.Date) >= 4 && strings.HasPrefix(e.Date, b.Date[:4])})
		}
	}
	for _, e := range events {
		tv.Events = append(tv.Events, eventView{
			When: display.EventWhen(ex, t, e, lang),
			Text: v.Text(e.Text),
			Hot:  !tv.Day && len(b.Date) >= 4 && strings.HasPrefix(e.Date, b.Date[:4]),
		})
	}
	tv.Source = ex.SourcesLine(keys, lang)
	return tv
}

// pageOn is the first page dated day (section id, page id), "" for none.
func (w *writer) pageOn(day string) (string, string) {
	for _, s := range w.ex.Sections {
		for _, p := range s.Pages {
			if p.Date == day {
				return s.ID, p.ID
			}
		}
	}
	return "", ""
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// Left and Width are a day's place as percentages, for CSS.
func (d axisDayView) Left() float64  { return float64(int(d.X*10+0.5)) / 100 }
func (d axisDayView) Width() float64 { return float64(int(d.W*10+0.5)) / 100 }

// Left is a label's place as a percentage, for CSS.
func (t axisTickView) Left() float64 { return float64(int(t.X*10+0.5)) / 100 }
