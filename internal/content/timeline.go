package content

import (
	"fmt"
	"io/fs"
	"regexp"
	"sort"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// timeline.yaml holds the exhibit's time axes and their dated events, each
// with its sources; a page shows one with a timeline block:
//
//	timelines:
//	  - id: twelve-days
//	    unit: day                     # day: days proportional, hours where known; year: years proportional
//	    from: 1956-10-23              # the axis's first and last day (a year for unit: year)
//	    to: 1956-11-04
//	    title: {en: …, hu: …}
//	    alt: {en: …, hu: …}           # what the axis shows, for the web and the audio mode
//	    events:
//	      - date: 1956-10-23          # YYYY-MM-DD (YYYY or YYYY-MM on a year axis)
//	        time: "21:30"             # optional: HH:MM, on a day axis
//	        approx: about             # optional: about, from or after the time
//	        text: {en: …, hu: …}
//	        sources: [mti-chronology] # keys of sources.yaml
//
// and in a page file
//
//	blocks:
//	  - kind: timeline
//	    timeline: twelve-days       # on a day axis the page's date is the day shown
const timelineFile = "timeline.yaml"

// TimelineBlock shows a time axis of timeline.yaml on a page: on a day
// axis the page's day, highlighted, with its events labelled; on a year
// axis the whole span, the page's year highlighted.
type TimelineBlock struct {
	Timeline *Timeline
	Date     string // the page's date (may be empty on a year axis)
}

func (TimelineBlock) Kind() string { return "timeline" }

// Timeline is one time axis and its events in date order.
type Timeline struct {
	ID       string
	Unit     string // "day" or "year"
	From, To string // ISO dates (day) or years (year)
	Title    Text
	Alt      Text
	Events   []*Event
}

// Event is one dated event on an axis.
type Event struct {
	Date    string // YYYY-MM-DD, or YYYY / YYYY-MM on a year axis
	Time    string // HH:MM; "" when the sources give no hour
	Approx  string // "", "about", "from", "after"
	Text    Text
	Sources []string
}

var (
	timeRE  = regexp.MustCompile(`^([01]\d|2[0-3]):[0-5]\d$`)
	yearRE  = regexp.MustCompile(`^\d{4}$`)
	approxs = map[string]bool{"about": true, "from": true, "after": true}
)

// parseDate reads YYYY, YYYY-MM or YYYY-MM-DD as the first moment it names
// and the moment just after it ends; ok is false for a date that does not
// exist (1956-02-30).
func parseDate(s string) (start, end time.Time, ok bool) {
	var err error
	switch len(s) {
	case 4:
		start, err = time.Parse("2006", s)
		end = start.AddDate(1, 0, 0)
	case 7:
		start, err = time.Parse("2006-01", s)
		end = start.AddDate(0, 1, 0)
	case 10:
		start, err = time.Parse("2006-01-02", s)
		end = start.AddDate(0, 0, 1)
	default:
		return start, end, false
	}
	return start, end, err == nil
}

// axis is the span of the timeline.
func (t *Timeline) axis() (time.Time, time.Time) {
	from, _, _ := parseDate(t.From)
	_, to, _ := parseDate(t.To)
	return from, to
}

// Pos is where a moment falls on the axis, from 0 (its start) to 1 (its
// end): a date with a time at that hour; a date without one at its middle.
func (t *Timeline) Pos(date, hhmm string) float64 {
	from, to := t.axis()
	start, end, ok := parseDate(date)
	if !ok || !to.After(from) {
		return 0
	}
	at := start.Add(end.Sub(start) / 2)
	if hhmm != "" {
		var h, m int
		fmt.Sscanf(hhmm, "%d:%d", &h, &m)
		at = start.Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute)
	}
	return float64(at.Sub(from)) / float64(to.Sub(from))
}

// Span is where a date (a day, a month, a year) begins and ends on the axis.
func (t *Timeline) Span(date string) (float64, float64) {
	from, to := t.axis()
	start, end, ok := parseDate(date)
	if !ok || !to.After(from) {
		return 0, 0
	}
	total := float64(to.Sub(from))
	return float64(start.Sub(from)) / total, float64(end.Sub(from)) / total
}

// Days are the days of a day axis, in order (ISO dates).
func (t *Timeline) Days() []string {
	if t.Unit != "day" {
		return nil
	}
	from, to := t.axis()
	var out []string
	for d := from; d.Before(to); d = d.AddDate(0, 0, 1) {
		out = append(out, d.Format("2006-01-02"))
	}
	return out
}

// Years are the years of a year axis, in order.
func (t *Timeline) Years() []int {
	from, to := t.axis()
	var out []int
	for y := from.Year(); y < to.Year(); y++ {
		out = append(out, y)
	}
	return out
}

// On returns the events dated day, in order.
func (t *Timeline) On(day string) []*Event {
	var out []*Event
	for _, e := range t.Events {
		if e.Date == day {
			out = append(out, e)
		}
	}
	return out
}

// Covers reports whether a date lies on the axis.
func (t *Timeline) Covers(date string) bool {
	from, to := t.axis()
	start, end, ok := parseDate(date)
	return ok && !start.Before(from) && !end.After(to)
}

// Sources are the keys of every source of the axis's events, in order of
// first use.
func (t *Timeline) Sources() []string {
	var out []string
	seen := map[string]bool{}
	for _, e := range t.Events {
		for _, k := range e.Sources {
			if !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	return out
}

// SourcesOn are the sources of the events dated day.
func (t *Timeline) SourcesOn(day string) []string {
	var out []string
	seen := map[string]bool{}
	for _, e := range t.On(day) {
		for _, k := range e.Sources {
			if !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	return out
}

// timelines reads timeline.yaml, if there is one.
func (l *loader) timelines(ex *Exhibit) {
	ex.Timelines = map[string]*Timeline{}
	l.timelineByID = ex.Timelines
	if _, err := fs.Stat(l.fsys, timelineFile); err != nil {
		return
	}
	doc := l.parse(timelineFile)
	if doc == nil {
		return
	}
	o := l.object(timelineFile, "", doc)
	n := o.node("timelines")
	switch {
	case n == nil:
		if !o.absent {
			o.problem("timelines", "missing: a list of time axes")
		}
	case n.Kind != yaml.SequenceNode:
		o.problem("timelines", fmt.Sprintf("expected a list of time axes, found %s", kindName(n)))
	default:
		for i, it := range n.Content {
			if t := l.timeline(l.object(timelineFile, fmt.Sprintf("timelines[%d]", i), it)); t != nil {
				if _, dup := ex.Timelines[t.ID]; dup {
					l.add(timelineFile, it.Line, fmt.Sprintf("timelines[%d].id", i), fmt.Sprintf("duplicate id %q", t.ID))
					continue
				}
				ex.Timelines[t.ID] = t
			}
		}
	}
	o.done()
}

// timeline reads one axis; nil when it cannot be drawn.
func (l *loader) timeline(o *object) *Timeline {
	if o.absent {
		return nil
	}
	before := len(l.probs)
	t := &Timeline{
		ID:    o.str("id", true),
		Unit:  o.str("unit", true),
		From:  o.str("from", true),
		To:    o.str("to", true),
		Title: o.text("title", true),
		Alt:   o.text("alt", true),
	}
	if t.Unit != "" && t.Unit != "day" && t.Unit != "year" {
		o.problem("unit", fmt.Sprintf("%q: use day or year", t.Unit))
	}
	ends := func(key, v string) bool {
		_, _, ok := parseDate(v)
		switch {
		case v == "":
			return false
		case t.Unit == "day" && (len(v) != 10 || !ok):
			o.problem(key, fmt.Sprintf("%q: a day axis runs from a day to a day (YYYY-MM-DD, a real date)", v))
		case t.Unit == "year" && !yearRE.MatchString(v):
			o.problem(key, fmt.Sprintf("%q: a year axis runs from a year to a year (YYYY)", v))
		default:
			return true
		}
		return false
	}
	if ends("from", t.From) && ends("to", t.To) && t.To < t.From {
		o.problem("to", fmt.Sprintf("%s is before from (%s)", t.To, t.From))
	}
	axisOK := len(l.probs) == before
	en := o.node("events")
	switch {
	case en == nil:
		o.problem("events", "missing: an axis needs at least one event")
	case en.Kind != yaml.SequenceNode:
		o.problem("events", fmt.Sprintf("expected a list of events, found %s", kindName(en)))
	default:
		lastTime := map[string]string{}
		for i, it := range en.Content {
			eo := l.object(o.file, fmt.Sprintf("%s[%d]", o.path("events"), i), it)
			if eo.absent {
				continue
			}
			e := &Event{
				Date:    eo.str("date", true),
				Time:    eo.str("time", false),
				Approx:  eo.str("approx", false),
				Text:    eo.text("text", true),
				Sources: eo.strList("sources"),
			}
			if _, _, ok := parseDate(e.Date); e.Date != "" && (!ok || !dateRE.MatchString(e.Date)) {
				eo.problem("date", fmt.Sprintf("%q: not a date (YYYY-MM-DD, YYYY-MM or YYYY)", e.Date))
				e.Date = ""
			} else if e.Date != "" && t.Unit == "day" && len(e.Date) != 10 {
				eo.problem("date", fmt.Sprintf("%q: an event on a day axis needs its day (YYYY-MM-DD)", e.Date))
				e.Date = ""
			} else if e.Date != "" && axisOK && !t.Covers(e.Date) {
				eo.problem("date", fmt.Sprintf("%s is outside the axis %s – %s", e.Date, t.From, t.To))
			}
			if e.Time != "" {
				if !timeRE.MatchString(e.Time) {
					eo.problem("time", fmt.Sprintf("%q: use HH:MM, 00:00 to 23:59", e.Time))
				} else if t.Unit != "day" {
					eo.problem("time", "an hour is shown only on a day axis")
				}
			}
			if e.Approx != "" && !approxs[e.Approx] {
				eo.problem("approx", fmt.Sprintf("%q: use about, from or after", e.Approx))
			} else if e.Approx != "" && e.Time == "" {
				eo.problem("approx", "about, from or after which time? add time: HH:MM")
			}
			if len(e.Sources) == 0 {
				eo.problem("sources", "event without a source: name at least one key of sources.yaml")
			}
			for _, key := range e.Sources {
				l.refs = append(l.refs, sourceRef{file: eo.file, field: eo.path("sources"), key: key, line: eo.lineOf("sources")})
			}
			if e.Time != "" && timeRE.MatchString(e.Time) {
				if prev, ok := lastTime[e.Date]; ok && e.Time < prev {
					eo.problem("time", fmt.Sprintf("%s after %s on the same day: list a day's events in the order they happened", e.Time, prev))
				}
				lastTime[e.Date] = e.Time
			}
			eo.done()
			t.Events = append(t.Events, e)
		}
		if len(en.Content) == 0 {
			o.problem("events", "empty: an axis needs at least one event")
		}
	}
	o.done()
	if len(l.probs) > before {
		return nil
	}
	// Days in order; a day's events stay in the file's order, which is the
	// order they happened in (an event without an hour goes where it fits).
	sort.SliceStable(t.Events, func(i, j int) bool { return t.Events[i].Date < t.Events[j].Date })
	return t
}

// timelineBlock reads a page's timeline block.
func (l *loader) timelineBlock(o *object, p *Page) Block {
	id := o.str("timeline", true)
	o.done()
	if id == "" {
		return nil
	}
	t := l.timelineByID[id]
	if t == nil {
		var ids []string
		for k := range l.timelineByID {
			ids = append(ids, k)
		}
		sort.Strings(ids)
		known := "timeline.yaml has none"
		if len(ids) > 0 {
			known = "use " + strings.Join(ids, ", ")
		}
		o.problem("timeline", fmt.Sprintf("%q: unknown time axis (%s)", id, known))
		return nil
	}
	if t.Unit == "day" && (len(p.Date) != 10 || !t.Covers(p.Date)) {
		o.problem("timeline", fmt.Sprintf("the page's date %q is outside the axis %s – %s: a day axis shows the page's day", p.Date, t.From, t.To))
		return nil
	}
	return TimelineBlock{Timeline: t, Date: p.Date}
}

// Sources are the keys of the sources of what the block shows: the page's
// day's events on a day axis, every event on a year axis.
func (b TimelineBlock) Sources() []string {
	if b.Timeline.Unit == "day" {
		return b.Timeline.SourcesOn(b.Date)
	}
	return b.Timeline.Sources()
}
