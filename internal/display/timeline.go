package display

import "budapest1956/internal/content"

// EventTime is an event's hour as the language writes it on a time axis:
// "21:30", "c. 21:30" / "kb. 21:30", "from 15:00" / "15:00-tól",
// "shortly after 21:00" / "röviddel 21:00 után" (labels timeline_about,
// timeline_from, timeline_after); "" when the sources give no hour.
func EventTime(ex *content.Exhibit, e *content.Event, lang string) string {
	if e.Time == "" {
		return ""
	}
	hm := e.Time
	if len(hm) == 5 && hm[0] == '0' {
		hm = hm[1:] // 5:20, as the exhibit writes an hour
	}
	if e.Approx == "" {
		return hm
	}
	return Fill(ex.Label("timeline_"+e.Approx, lang), "{time}", hm)
}

// EventWhen is what stands before an event's words on an axis: its hour on
// a day axis ("" without one), its year on a year axis.
func EventWhen(ex *content.Exhibit, t *content.Timeline, e *content.Event, lang string) string {
	if t.Unit == "year" {
		return e.Date[:4]
	}
	return EventTime(ex, e, lang)
}

// DayHeading is the heading of a day on a time axis: "Events of 23
// October 1956" / "1956. október 23. eseményei" (label timeline_day).
func DayHeading(ex *content.Exhibit, iso, lang string) string {
	return Fill(ex.Label("timeline_day", lang), "{date}", Date(ex, iso, lang))
}
