package stats

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
)

// WriteText writes a report for people: the period, visits per day, pages,
// broadcasts and languages.
func (s Summary) WriteText(w io.Writer) error {
	ew := &errWriter{w: w}
	p := func(format string, args ...any) { fmt.Fprintf(ew, format, args...) }
	tab := func() *tabwriter.Writer { return tabwriter.NewWriter(ew, 0, 0, 2, ' ', tabwriter.AlignRight) }

	p("Budapest 1956 — visit statistics\n\n")
	if s.Events == 0 {
		p("No events.\n")
		return ew.err
	}
	first, last := s.First.In(s.Location), s.Last.In(s.Location)
	zone, _ := first.Zone()
	p("Period:  %s to %s (%d days with activity; days in %s, UTC%s)\n",
		first.Format(time.DateOnly), last.Format(time.DateOnly), len(s.Days), zone, first.Format("-07:00"))
	p("Events:  %d\n", s.Events)
	if len(s.Versions) > 0 {
		p("Version: %s (app / content)\n", strings.Join(s.Versions, ", "))
	}

	p("\nVISITS\n")
	p("Sessions:     %d", s.Sessions)
	if s.Measured != s.Sessions {
		p(" (%d with a known length; %d without an end: a crash, a power cut, or the end is in a log not given)", s.Measured, s.Sessions-s.Measured)
	}
	p("\nMedian visit: %s (first to last touch; the idle time before the reset is not counted)\n", FormatDuration(s.MedianSession))
	p("Idle resets:  %d\nApp starts:   %d\n\n", s.IdleResets, s.AppStarts)
	t := tab()
	fmt.Fprintln(t, "day\tsessions\tmedian visit\tpage views\tidle resets\tapp starts\t")
	for _, d := range s.Days {
		date, _ := time.ParseInLocation(time.DateOnly, d.Date, s.Location)
		fmt.Fprintf(t, "%s %s\t%d\t%s\t%d\t%d\t%d\t\n", d.Date, date.Format("Mon"), d.Sessions, medianText(d.MedianSession, d.Measured), d.PageViews, d.IdleResets, d.AppStarts)
	}
	t.Flush()

	p("\nPAGES\n")
	p("Page views: %d on %d pages\n", s.PageViews, len(s.Pages)-len(s.Unviewed()))
	if len(s.Pages) > 0 {
		p("Most viewed:  %s\n", pageList(s.MostViewed(3)))
		p("Least viewed: %s\n", pageList(s.LeastViewed(3)))
	}
	if un := s.Unviewed(); len(un) > 0 {
		p("Never viewed (%d): %s\n", len(un), strings.Join(un, ", "))
	}
	p("\n")
	t = tab()
	fmt.Fprintln(t, "views\tmedian dwell\t  page")
	for _, pg := range s.Pages {
		name := pg.Page
		if pg.Section != "" {
			name = pg.Section + "/" + pg.Page
		}
		fmt.Fprintf(t, "%d\t%s\t  %s\n", pg.Views, medianText(pg.MedianDwell, pg.Dwells), name)
	}
	t.Flush()
	if s.ClosedByReset > 0 {
		p("Median dwell leaves out the %d page views closed by the idle reset (or staff, or shutdown)\nrather than by the visitor: how long those were read is unknown.\n", s.ClosedByReset)
	}

	p("\nBROADCASTS\n")
	if s.AllBroadcasts.Plays == 0 {
		p("No broadcast was played.\n")
	} else {
		t = tab()
		fmt.Fprintln(t, "plays\tmean heard\theard ≥ 90%\tlistening time\t  broadcast")
		for _, b := range append(s.Broadcasts, s.AllBroadcasts) {
			fmt.Fprintf(t, "%d\t%s\t%s\t%s\t  %s\n", b.Plays, percent(b.Completion), percent(b.Heard90), FormatDuration(b.Heard), b.ID)
		}
		t.Flush()
	}

	p("\nLANGUAGES\n")
	t = tab()
	fmt.Fprintln(t, "language\tsessions started\tshare\ttime in language\tshare\t")
	for _, l := range s.Languages {
		fmt.Fprintf(t, "%s\t%d\t%s\t%s\t%s\t\n", l.Lang, l.Sessions, percent(l.SessionShare), FormatDuration(l.Time), percent(l.TimeShare))
	}
	t.Flush()
	p("Time in language follows every switch, over the sessions with a known length.\n")
	return ew.err
}

func medianText(d time.Duration, n int) string {
	if n == 0 {
		return "–"
	}
	return FormatDuration(d)
}

func percent(f float64) string { return strconv.FormatFloat(100*f, 'f', 0, 64) + "%" }

func pageList(ps []PageStats) string {
	var parts []string
	for _, p := range ps {
		parts = append(parts, fmt.Sprintf("%s (%d)", p.Page, p.Views))
	}
	return strings.Join(parts, ", ")
}

// CSVHeader is the first row of WriteCSV.
var CSVHeader = []string{"group", "key", "metric", "value"}

// WriteCSV writes the summary as one tidy table with the columns
// group,key,metric,value: group is total, day, page, broadcast or
// language; key is the date, page id, broadcast id or language code
// (empty for total). Durations are in seconds with one decimal, shares are
// fractions from 0 to 1 with three decimals, an unknown median is empty.
// A spreadsheet's filter on group and a pivot table on key × metric give
// every table of the text report.
func (s Summary) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	row := func(group, key, metric, value string) { cw.Write([]string{group, key, metric, value}) }
	num := func(n int) string { return strconv.Itoa(n) }
	sec := func(d time.Duration, known int) string {
		if known == 0 {
			return ""
		}
		return strconv.FormatFloat(d.Seconds(), 'f', 1, 64)
	}
	frac := func(f float64) string { return strconv.FormatFloat(f, 'f', 3, 64) }

	cw.Write(CSVHeader)
	if s.Events > 0 {
		row("total", "", "first_day", s.First.In(s.Location).Format(time.DateOnly))
		row("total", "", "last_day", s.Last.In(s.Location).Format(time.DateOnly))
	}
	row("total", "", "sessions", num(s.Sessions))
	row("total", "", "sessions_with_length", num(s.Measured))
	row("total", "", "median_session_seconds", sec(s.MedianSession, s.Measured))
	row("total", "", "page_views", num(s.PageViews))
	row("total", "", "page_views_closed_by_reset", num(s.ClosedByReset))
	row("total", "", "broadcast_plays", num(s.AllBroadcasts.Plays))
	row("total", "", "broadcast_completion", frac(s.AllBroadcasts.Completion))
	row("total", "", "broadcast_heard_90pct_share", frac(s.AllBroadcasts.Heard90))
	row("total", "", "idle_resets", num(s.IdleResets))
	row("total", "", "app_starts", num(s.AppStarts))
	for _, d := range s.Days {
		row("day", d.Date, "sessions", num(d.Sessions))
		row("day", d.Date, "median_session_seconds", sec(d.MedianSession, d.Measured))
		row("day", d.Date, "page_views", num(d.PageViews))
		row("day", d.Date, "idle_resets", num(d.IdleResets))
		row("day", d.Date, "app_starts", num(d.AppStarts))
	}
	for _, p := range s.Pages {
		row("page", p.Page, "section", p.Section)
		row("page", p.Page, "views", num(p.Views))
		row("page", p.Page, "median_dwell_seconds", sec(p.MedianDwell, p.Dwells))
	}
	for _, b := range s.Broadcasts {
		row("broadcast", b.ID, "plays", num(b.Plays))
		row("broadcast", b.ID, "completion", frac(b.Completion))
		row("broadcast", b.ID, "heard_90pct_share", frac(b.Heard90))
		row("broadcast", b.ID, "heard_seconds", sec(b.Heard, 1))
	}
	for _, l := range s.Languages {
		row("language", l.Lang, "sessions_started", num(l.Sessions))
		row("language", l.Lang, "session_share", frac(l.SessionShare))
		row("language", l.Lang, "time_seconds", sec(l.Time, 1))
		row("language", l.Lang, "time_share", frac(l.TimeShare))
	}
	cw.Flush()
	return cw.Error()
}

// errWriter keeps the first write error so the report code stays flat.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}
