package stats

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
)

// ResetSlack is how long after the visitor's last touch a page view may
// end and still count as ended by the visitor. A page view that ends
// later was closed by the idle reset (or staff, or shutdown): nobody knows
// how much of its time was reading, so its dwell is left out of the
// medians. The idle reset comes at least 50 s after the last touch, so the
// margin is safe.
const ResetSlack = 5 * time.Second

// Summary is what a set of events says about the visits.
type Summary struct {
	Location    *time.Location // days are calendar days here
	First, Last time.Time      // the first and last event
	Events      int

	Days []Day // days with any event, in order

	Sessions int // visits: session_start events
	// Measured is the number of sessions with a known length (they have a
	// session_end); a session cut off by a crash or power cut has none.
	Measured int
	// MedianSession is the median visit length, first to last touch: the
	// walk-away tail before the idle reset is not counted.
	MedianSession time.Duration

	PageViews int
	Pages     []PageStats // by views (most first), then page id
	// ClosedByReset counts page views closed by the end of the session
	// rather than by the visitor; their dwell is left out (see ResetSlack).
	ClosedByReset int

	Broadcasts    []BroadcastStats // by plays (most first), then id
	AllBroadcasts BroadcastStats   // every play together; ID "all"

	Languages []LanguageStats // by sessions, then time, then code

	IdleResets int
	AppStarts  int
	Versions   []string // "APP / CONTENT" versions seen in app_start events
}

// Day is one calendar day.
type Day struct {
	Date          string // 2006-01-02
	Sessions      int    // sessions started that day
	Measured      int
	MedianSession time.Duration
	PageViews     int
	IdleResets    int
	AppStarts     int
}

// PageStats is one page.
type PageStats struct {
	Page, Section string
	Views         int
	// MedianDwell is the median time on the page over the Dwells views
	// ended by the visitor; zero if there are none.
	MedianDwell time.Duration
	Dwells      int
}

// BroadcastStats is one broadcast.
type BroadcastStats struct {
	ID    string
	Plays int
	// Completion is the mean share heard (heard/total, at most 1) over the
	// plays; Heard90 the share of plays heard to at least 90 %.
	Completion float64
	Heard90    float64
	Heard      time.Duration // total listening time
}

// LanguageStats is one language.
type LanguageStats struct {
	Lang         string
	Sessions     int     // sessions that started in it
	SessionShare float64 // of all sessions
	// Time is the time spent in the language over the measured sessions,
	// following every switch; TimeShare its share of all that time.
	Time      time.Duration
	TimeShare float64
}

// Summarize is SummarizeWith with no page list.
func Summarize(events []Event) Summary { return SummarizeIn(events, nil, time.Local) }

// SummarizeWith summarises events in the local time zone; allPageIDs, if
// given, adds the pages nobody viewed (with zero views).
func SummarizeWith(events []Event, allPageIDs []string) Summary {
	return SummarizeIn(events, allPageIDs, time.Local)
}

type session struct {
	started   bool
	start     time.Time
	lang      string
	ended     bool
	lastTouch time.Time // corrected end
	switches  []Event
}

// length is the visit's length, first to last touch.
func (s *session) length() time.Duration {
	if d := s.lastTouch.Sub(s.start); d > 0 {
		return d
	}
	return 0
}

// SummarizeIn summarises events with calendar days in loc.
func SummarizeIn(events []Event, allPageIDs []string, loc *time.Location) Summary {
	if loc == nil {
		loc = time.UTC
	}
	events = slices.Clone(events)
	sortEvents(events)
	sum := Summary{Location: loc, Events: len(events)}
	if len(events) > 0 {
		sum.First, sum.Last = events[0].Time, events[len(events)-1].Time
	}

	days := map[string]*Day{}
	day := func(t time.Time) *Day {
		k := t.In(loc).Format(time.DateOnly)
		if days[k] == nil {
			days[k] = &Day{Date: k}
		}
		return days[k]
	}
	sessions := map[string]*session{}
	sess := func(id string) *session {
		if sessions[id] == nil {
			sessions[id] = &session{}
		}
		return sessions[id]
	}
	pages := map[string]*PageStats{}
	var views []Event
	casts := map[string][]Event{}
	versions := map[string]bool{}

	for _, e := range events {
		d := day(e.Time)
		switch e.Kind {
		case AppStart:
			d.AppStarts++
			sum.AppStarts++
			versions[orDash(e.Version)+" / "+orDash(e.ContentVersion)] = true
		case SessionStart:
			s := sess(e.Session)
			s.started, s.start, s.lang = true, e.Time, e.Lang
			d.Sessions++
			sum.Sessions++
		case SessionEnd:
			s := sess(e.Session)
			s.ended, s.lastTouch = true, e.LastTouch
			if s.lastTouch.IsZero() {
				s.lastTouch = e.Time
			}
		case PageView:
			d.PageViews++
			sum.PageViews++
			p := pages[e.Page]
			if p == nil {
				p = &PageStats{Page: e.Page}
				pages[e.Page] = p
			}
			p.Section = e.Section
			p.Views++
			views = append(views, e)
		case Language:
			s := sess(e.Session)
			s.switches = append(s.switches, e)
		case Broadcast:
			casts[e.Broadcast] = append(casts[e.Broadcast], e)
		case IdleReset:
			d.IdleResets++
			sum.IdleResets++
		}
	}

	// Session lengths, overall and by the day the session started.
	var all []time.Duration
	perDay := map[string][]time.Duration{}
	langTime := map[string]time.Duration{}
	langSessions := map[string]int{}
	for _, s := range sessions {
		if !s.started {
			continue
		}
		langSessions[s.lang]++
		if !s.ended {
			continue
		}
		n := s.length()
		all = append(all, n)
		k := s.start.In(loc).Format(time.DateOnly)
		perDay[k] = append(perDay[k], n)
		// Time in each language: from the start in the start language,
		// then from each switch in the new one, to the last touch.
		end := s.start.Add(n)
		cur, from := s.lang, s.start
		for _, sw := range s.switches {
			at := clamp(sw.Time, from, end)
			langTime[cur] += at.Sub(from)
			cur, from = sw.To, at
		}
		langTime[cur] += end.Sub(from)
	}
	for lang := range langTime {
		langSessions[lang] += 0 // a language only switched to is listed too
	}
	sum.Measured = len(all)
	sum.MedianSession = median(all)
	for k, d := range days {
		d.Measured = len(perDay[k])
		d.MedianSession = median(perDay[k])
		sum.Days = append(sum.Days, *d)
	}
	sort.Slice(sum.Days, func(i, j int) bool { return sum.Days[i].Date < sum.Days[j].Date })

	// Pages: a view closed after the visitor's last touch has no dwell.
	dwells := map[string][]time.Duration{}
	for _, v := range views {
		if s := sessions[v.Session]; s != nil && s.ended && v.Time.After(s.lastTouch.Add(ResetSlack)) {
			sum.ClosedByReset++
			continue
		}
		dwells[v.Page] = append(dwells[v.Page], v.Dwell)
	}
	for _, id := range allPageIDs {
		if pages[id] == nil {
			pages[id] = &PageStats{Page: id}
		}
	}
	for id, p := range pages {
		p.Dwells = len(dwells[id])
		p.MedianDwell = median(dwells[id])
		sum.Pages = append(sum.Pages, *p)
	}
	sort.Slice(sum.Pages, func(i, j int) bool {
		a, b := sum.Pages[i], sum.Pages[j]
		if a.Views != b.Views {
			return a.Views > b.Views
		}
		return a.Page < b.Page
	})

	// Broadcasts.
	var every []Event
	for id, plays := range casts {
		sum.Broadcasts = append(sum.Broadcasts, broadcastStats(id, plays))
		every = append(every, plays...)
	}
	sort.Slice(sum.Broadcasts, func(i, j int) bool {
		a, b := sum.Broadcasts[i], sum.Broadcasts[j]
		if a.Plays != b.Plays {
			return a.Plays > b.Plays
		}
		return a.ID < b.ID
	})
	sum.AllBroadcasts = broadcastStats("all", every)

	// Languages.
	var total time.Duration
	for _, t := range langTime {
		total += t
	}
	for lang, n := range langSessions {
		ls := LanguageStats{Lang: lang, Sessions: n, Time: langTime[lang]}
		if sum.Sessions > 0 {
			ls.SessionShare = float64(n) / float64(sum.Sessions)
		}
		if total > 0 {
			ls.TimeShare = float64(ls.Time) / float64(total)
		}
		sum.Languages = append(sum.Languages, ls)
	}
	sort.Slice(sum.Languages, func(i, j int) bool {
		a, b := sum.Languages[i], sum.Languages[j]
		if a.Sessions != b.Sessions {
			return a.Sessions > b.Sessions
		}
		if a.Time != b.Time {
			return a.Time > b.Time
		}
		return a.Lang < b.Lang
	})

	for v := range versions {
		sum.Versions = append(sum.Versions, v)
	}
	sort.Strings(sum.Versions)
	return sum
}

func broadcastStats(id string, plays []Event) BroadcastStats {
	b := BroadcastStats{ID: id, Plays: len(plays)}
	var share float64
	var rated, full int
	for _, p := range plays {
		b.Heard += p.Heard
		if p.Total <= 0 {
			continue
		}
		f := min(float64(p.Heard)/float64(p.Total), 1)
		share += f
		rated++
		if p.Heard*10 >= p.Total*9 {
			full++
		}
	}
	if rated > 0 {
		b.Completion = share / float64(rated)
		b.Heard90 = float64(full) / float64(rated)
	}
	return b
}

// MostViewed returns the n most viewed pages.
func (s Summary) MostViewed(n int) []PageStats {
	return s.Pages[:min(n, len(s.Pages))]
}

// LeastViewed returns the n least viewed pages, least first; pages nobody
// viewed come first if SummarizeWith was given the page list.
func (s Summary) LeastViewed(n int) []PageStats {
	var out []PageStats
	for i := len(s.Pages) - 1; i >= 0 && len(out) < n; i-- {
		out = append(out, s.Pages[i])
	}
	// Same views: alphabetical, as in Pages.
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Views != out[j].Views {
			return out[i].Views < out[j].Views
		}
		return out[i].Page < out[j].Page
	})
	return out
}

// Unviewed lists the pages with no views, in page id order.
func (s Summary) Unviewed() []string {
	var out []string
	for _, p := range s.Pages {
		if p.Views == 0 {
			out = append(out, p.Page)
		}
	}
	sort.Strings(out)
	return out
}

// TodayStats is the staff panel's view of today.
type TodayStats struct {
	Date          string // 2006-01-02 in now's location
	Sessions      int
	Measured      int
	MedianSession time.Duration
	PageViews     int
	TopPages      []PageStats // up to 3, most viewed first
}

// Today summarises the events of now's calendar day (in now's location):
// sessions started today, their median length, page views and the three
// most viewed pages.
func Today(events []Event, now time.Time) TodayStats {
	from := startOfDay(now)
	to := from.AddDate(0, 0, 1)
	var today []Event
	for _, e := range events {
		if !e.Time.Before(from) && e.Time.Before(to) {
			today = append(today, e)
		}
	}
	s := SummarizeIn(today, nil, now.Location())
	return TodayStats{
		Date:          from.Format(time.DateOnly),
		Sessions:      s.Sessions,
		Measured:      s.Measured,
		MedianSession: s.MedianSession,
		PageViews:     s.PageViews,
		TopPages:      s.MostViewed(3),
	}
}

// String is an English one-liner, e.g.
// "Today: 37 visits, median 4:05, 212 page views; top: radio-siege (21), …".
func (t TodayStats) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Today: %d visits, median %s, %d page views", t.Sessions, FormatDuration(t.MedianSession), t.PageViews)
	for i, p := range t.TopPages {
		if i == 0 {
			b.WriteString("; top: ")
		} else {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s (%d)", p.Page, p.Views)
	}
	return b.String()
}

// FormatDuration writes d rounded to the second as M:SS or H:MM:SS, which
// reads the same in every language.
func FormatDuration(d time.Duration) string {
	s := int64(d.Round(time.Second) / time.Second)
	if s < 3600 {
		return fmt.Sprintf("%d:%02d", s/60, s%60)
	}
	return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
}

func startOfDay(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, t.Location())
}

// median of durations; the mean of the middle two for an even count, zero
// for none.
func median(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

func clamp(t, lo, hi time.Time) time.Time {
	if t.Before(lo) {
		return lo
	}
	if t.After(hi) {
		return hi
	}
	return t
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
