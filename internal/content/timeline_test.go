package content

import (
	"strings"
	"testing"
	"testing/fstest"
)

const timelineYAML = `timelines:
  - id: days
    unit: day
    from: 1956-10-23
    to: 1956-11-04
    title: {en: The days, hu: A napok}
    alt: {en: An axis, hu: Egy idővonal}
    events:
      - date: 1956-10-23
        time: "13:00"
        text: {en: The march is banned, hu: Betiltják a tüntetést}
        sources: [book]
      - date: 1956-10-23
        time: "21:30"
        approx: about
        text: {en: The statue falls, hu: Ledől a szobor}
        sources: [book]
      - date: 1956-10-25
        text: {en: Shooting, hu: Sortűz}
        sources: [book]
  - id: years
    unit: year
    from: "1945"
    to: "1991"
    title: {en: The years, hu: Az évek}
    alt: {en: An axis, hu: Egy idővonal}
    events:
      - date: 1963-03
        text: {en: Amnesty, hu: Amnesztia}
        sources: [book]
`

const timelineBlockYAML = `blocks:
  - kind: timeline
    timeline: days
`

func timelineFS(t *testing.T, edit func(string) string) fstest.MapFS {
	fs := validFS(t)
	fs["timeline.yaml"] = &fstest.MapFile{Data: []byte(edit(timelineYAML))}
	fs["before-1956/01-a.yaml"].Data = []byte(strings.Replace(validPage, "%ID%", "page-a", 1) + timelineBlockYAML)
	return fs
}

// TestLoad_Timeline: timeline.yaml's axes are read with their events in
// order, and a page's timeline block shows its axis on the
// page's day, placed in proportion to days and hours.
func TestLoad_Timeline(t *testing.T) {
	ex, probs := Load(timelineFS(t, func(s string) string { return s }), "content")
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	p := ex.Sections[0].Pages[0]
	tb, ok := p.Blocks[len(p.Blocks)-1].(TimelineBlock)
	if !ok {
		t.Fatalf("last block is %q, want the timeline", p.Blocks[len(p.Blocks)-1].Kind())
	}
	tl := tb.Timeline
	if tb.Date != "1956-10-23" || tl.ID != "days" || len(tl.Days()) != 13 {
		t.Fatalf("block read wrong: %+v, %d days", tb, len(tl.Days()))
	}
	if on := tl.On("1956-10-23"); len(on) != 2 || on[0].Time != "13:00" || on[1].Approx != "about" {
		t.Errorf("events of the day read wrong: %+v", on)
	}
	// 13 days of 24 hours: 21:30 on the first day is 21.5 of 312 hours in.
	if got, want := tl.Pos("1956-10-23", "21:30"), 21.5/312; got < want-1e-9 || got > want+1e-9 {
		t.Errorf("21:30 on the first day at %v, want %v", got, want)
	}
	if lo, hi := tl.Span("1956-11-04"); hi != 1 || lo < 0.92 || lo > 0.93 {
		t.Errorf("the last day spans %v–%v, want 12/13–1", lo, hi)
	}
	y := ex.Timelines["years"]
	if y == nil || len(y.Years()) != 47 || !y.Covers("1991") || y.Covers("1992") {
		t.Errorf("the year axis read wrong: %+v", y)
	}
}

// TestLoad_BrokenTimelines: validate names the file, line and field of a
// bad event or a bad timeline block.
func TestLoad_BrokenTimelines(t *testing.T) {
	tl := "content/timeline.yaml:"
	page := "content/before-1956/01-a.yaml:" + itoa(strings.Count(strings.Replace(validPage, "%ID%", "page-a", 1), "\n")+3) + ": "
	tests := []struct {
		name string
		edit func(string) string
		page string // replaces the page's block (or its date)
		want string
	}{
		{"bad date", func(s string) string { return strings.Replace(s, "date: 1956-10-25", "date: 1956-10-32", 1) }, "",
			tl + "18: timelines[0].events[2].date: \"1956-10-32\": not a date (YYYY-MM-DD, YYYY-MM or YYYY)"},
		{"bad time", func(s string) string { return strings.Replace(s, `"21:30"`, `"25:00"`, 1) }, "",
			tl + "14: timelines[0].events[1].time: \"25:00\": use HH:MM, 00:00 to 23:59"},
		{"events out of order", func(s string) string { return strings.Replace(s, `"21:30"`, `"12:30"`, 1) }, "",
			tl + "14: timelines[0].events[1].time: 12:30 after 13:00 on the same day: list a day's events in the order they happened"},
		{"unknown source", func(s string) string {
			return strings.Replace(s, "[book]\n      - date: 1956-10-25", "[nope]\n      - date: 1956-10-25", 1)
		}, "",
			tl + "17: timelines[0].events[1].sources: unknown source \"nope\" (not in sources.yaml)"},
		{"missing translation", func(s string) string { return strings.Replace(s, "{en: Shooting, hu: Sortűz}", "{en: Shooting}", 1) }, "",
			tl + "19: timelines[0].events[2].text.hu: missing translation"},
		{"event outside the axis", func(s string) string { return strings.Replace(s, "date: 1956-10-25", "date: 1956-11-05", 1) }, "",
			tl + "18: timelines[0].events[2].date: 1956-11-05 is outside the axis 1956-10-23 – 1956-11-04"},
		{"year event outside the axis", func(s string) string { return strings.Replace(s, "date: 1963-03", "date: 1992-03", 1) }, "",
			tl + "28: timelines[1].events[0].date: 1992-03 is outside the axis 1945 – 1991"},
		{"event without source", func(s string) string {
			return strings.Replace(s, "        sources: [book]\n  - id: years", "  - id: years", 1)
		}, "", tl + "18: timelines[0].events[2].sources: event without a source: name at least one key of sources.yaml"},
		{"unknown axis", func(s string) string { return s }, "    timeline: dayz\n",
			page + `blocks[0].timeline: "dayz": unknown time axis (use days, years)`},
		{"page outside the axis", func(s string) string { return s }, "date: 1956-11-05",
			page + `blocks[0].timeline: the page's date "1956-11-05" is outside the axis 1956-10-23 – 1956-11-04: a day axis shows the page's day`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := timelineFS(t, tt.edit)
			if tt.page != "" {
				old := "    timeline: days\n"
				if strings.HasPrefix(tt.page, "date:") {
					old = "date: 1956-10-23"
				}
				fs["before-1956/01-a.yaml"].Data = []byte(strings.Replace(string(fs["before-1956/01-a.yaml"].Data), old, tt.page, 1))
			}
			_, probs := Load(fs, "content")
			var lines []string
			found := false
			for _, p := range probs {
				lines = append(lines, p.String())
				found = found || p.String() == tt.want
			}
			if !found {
				t.Errorf("want problem\n  %s\ngot\n  %s", tt.want, strings.Join(lines, "\n  "))
			}
		})
	}
}

// TestValidate_TimelineStyle: an event's words are visitor text, and the
// editorial checks read them: English quote marks in Hungarian are
// reported with the file and the field.
func TestValidate_TimelineStyle(t *testing.T) {
	fs := timelineFS(t, func(s string) string {
		return strings.Replace(s, "hu: Ledől a szobor", "hu: Ledől a “szobor”", 1)
	})
	_, probs := Validate(fs, "content")
	for _, p := range probs {
		if p.File == "content/timeline.yaml" && strings.HasSuffix(p.Field, "events[1].text.hu") {
			return
		}
	}
	t.Errorf("English quote marks in a Hungarian event not reported:\n%s", probs)
}
