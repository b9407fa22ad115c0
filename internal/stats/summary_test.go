package stats

import (
	"bytes"
	"encoding/csv"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// The fixture is two days of made-up anonymous visits on a kiosk in
// Budapest (UTC+2 in October). Nine sessions:
//
//	S1 Fri en→hu  first 08:05:00, last touch 08:10:25 → 325 s (en 45 s, hu 280 s); idle reset
//	S2 Fri hu     09:20:00 → 09:21:40 → 100 s; idle reset
//	S3 Fri en     11:00:00 → 11:06:00 → 360 s; idle reset
//	S4 Fri hu→en  13:30:00 → 13:30:20 →  20 s (the switch was the last touch: hu 20 s, en 0 s); idle reset
//	S5 Fri en     15:40:00 → 15:40:30 →  30 s; ended by staff
//	S6 Sat hu→en  08:30:00 → 08:35:20 → 320 s (hu 290 s, en 30 s); idle reset
//	S7 Sat en     cut off by a crash: no session_end, no length
//	S8 Sat en     12:00:00 → 12:01:15 →  75 s (last touch = end of the broadcast + 10 s); idle reset
//	S9 Sat hu     15:50:00 → 15:51:15 →  75 s; shutdown
//
// Reset times are 2 min after the last touch; a summary that used them
// would be 120 s per session too long.
const fixture = "testdata/visits.jsonl"

var cest = time.FixedZone("CEST", 2*3600)

// allPages is what --pages would list: the viewed pages and two nobody saw.
var allPages = []string{"bem-march", "radio-siege", "ceasefire", "nagy-dawn-broadcast", "reburial",
	"republic-1989", "liberation", "rakosi", "sixteen-points", "last-telex", "plot-301"}

func readFixture(t *testing.T) []Event {
	t.Helper()
	events, problems := Read(fixture)
	if len(problems) > 0 || len(events) != 59 {
		t.Fatalf("fixture: %d events, problems %v", len(events), problems)
	}
	return events
}

func sec(s float64) time.Duration { return time.Duration(s * float64(time.Second)) }

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestSummarizeFixture(t *testing.T) {
	s := SummarizeIn(readFixture(t), allPages, cest)

	if s.Sessions != 9 || s.Measured != 8 {
		t.Errorf("sessions %d (measured %d), want 9 (8)", s.Sessions, s.Measured)
	}
	// Lengths 20 30 75 75 | 100 320 325 360: the median is (75+100)/2.
	if s.MedianSession != sec(87.5) {
		t.Errorf("median session %v, want 1m27.5s", s.MedianSession)
	}
	wantDays := []Day{
		// Fri: 20 30 100 325 360 → 100; Sat: 75 75 320 → 75 (S7 has no length).
		{Date: "2026-10-23", Sessions: 5, Measured: 5, MedianSession: sec(100), PageViews: 14, IdleResets: 4, AppStarts: 1},
		{Date: "2026-10-24", Sessions: 4, Measured: 3, MedianSession: sec(75), PageViews: 10, IdleResets: 2, AppStarts: 2},
	}
	if !reflect.DeepEqual(s.Days, wantDays) {
		t.Errorf("days:\n got %+v\nwant %+v", s.Days, wantDays)
	}
	if s.IdleResets != 6 || s.AppStarts != 3 || s.PageViews != 24 {
		t.Errorf("idle resets %d, app starts %d, page views %d; want 6, 3, 24", s.IdleResets, s.AppStarts, s.PageViews)
	}

	// Six page views were closed by the reset/staff/shutdown after the last
	// touch (S1 nagy-dawn-broadcast, S2 sixteen-points, S3 reburial, S5
	// republic-1989, S6 radio-siege, S9 sixteen-points): no dwell.
	if s.ClosedByReset != 6 {
		t.Errorf("closed by reset %d, want 6", s.ClosedByReset)
	}
	wantPages := []PageStats{
		{"bem-march", "twelve-days", 4, sec(40), 4},            // 40 50 40 40
		{"liberation", "before-1956", 3, sec(35), 3},           // 30 45 35
		{"nagy-dawn-broadcast", "crushing", 3, sec(62.5), 2},   // 50 75
		{"radio-siege", "twelve-days", 3, sec(57.5), 2},        // 65 50
		{"rakosi", "before-1956", 3, sec(40), 3},               // 30 50 40
		{"sixteen-points", "before-1956", 3, sec(175), 1},      // 175
		{"ceasefire", "twelve-days", 2, sec(205), 2},           // 215 195
		{"reburial", "aftermath", 2, sec(30), 1},               // 30
		{"republic-1989", "aftermath", 1, 0, 0},                // closed by staff
		{"last-telex", "", 0, 0, 0}, {"plot-301", "", 0, 0, 0}, // never viewed
	}
	if !reflect.DeepEqual(s.Pages, wantPages) {
		t.Errorf("pages:\n got %+v\nwant %+v", s.Pages, wantPages)
	}
	if got := s.MostViewed(1); got[0].Page != "bem-march" {
		t.Errorf("most viewed %v", got)
	}
	if got := s.LeastViewed(3); got[0].Page != "last-telex" || got[1].Page != "plot-301" || got[2].Page != "republic-1989" {
		t.Errorf("least viewed %v", got)
	}
	if got := s.Unviewed(); !reflect.DeepEqual(got, []string{"last-telex", "plot-301"}) {
		t.Errorf("unviewed %v", got)
	}

	// Broadcasts: nagy-1956-10-28 200/200, 190/200; sixteen-points 30/150,
	// 150/150; nagy-1956-11-04 45/60, 60/60.
	wantCasts := []BroadcastStats{
		{"nagy-1956-10-28", 2, (1 + 0.95) / 2, 1, sec(390)},
		{"nagy-1956-11-04", 2, (0.75 + 1) / 2, 0.5, sec(105)},
		{"sixteen-points-1956-10-22", 2, (0.2 + 1) / 2, 0.5, sec(180)},
	}
	if len(s.Broadcasts) != len(wantCasts) {
		t.Fatalf("broadcasts %+v", s.Broadcasts)
	}
	for i, w := range wantCasts {
		g := s.Broadcasts[i]
		if g.ID != w.ID || g.Plays != w.Plays || !near(g.Completion, w.Completion) || !near(g.Heard90, w.Heard90) || g.Heard != w.Heard {
			t.Errorf("broadcast %d: got %+v, want %+v", i, g, w)
		}
	}
	all := s.AllBroadcasts
	if all.Plays != 6 || !near(all.Completion, 4.9/6) || !near(all.Heard90, 4.0/6) || all.Heard != sec(675) {
		t.Errorf("all broadcasts %+v, want 6 plays, 0.8167, 0.6667, 675 s", all)
	}

	// Languages: started en 5 (S1 S3 S5 S7 S8), hu 4. Time over the 8
	// measured sessions (1305 s): en 45+360+0+30+30+75 = 540 s, hu
	// 280+100+20+290+75 = 765 s.
	wantLangs := []LanguageStats{
		{"en", 5, 5.0 / 9, sec(540), 540.0 / 1305},
		{"hu", 4, 4.0 / 9, sec(765), 765.0 / 1305},
	}
	for i, w := range wantLangs {
		if i >= len(s.Languages) {
			t.Fatalf("languages %+v", s.Languages)
		}
		g := s.Languages[i]
		if g.Lang != w.Lang || g.Sessions != w.Sessions || !near(g.SessionShare, w.SessionShare) || g.Time != w.Time || !near(g.TimeShare, w.TimeShare) {
			t.Errorf("language %d: got %+v, want %+v", i, g, w)
		}
	}
	if !reflect.DeepEqual(s.Versions, []string{"1.0.0 / 2026.11-1"}) {
		t.Errorf("versions %v", s.Versions)
	}
}

func TestSummarizeDaysAreLocal(t *testing.T) {
	// 22:30 UTC on Friday is half past midnight on Saturday in Budapest.
	id := "0123456789abcdef"
	late := time.Date(2026, 10, 23, 22, 30, 0, 0, time.UTC)
	events := []Event{
		{Time: late, Kind: SessionStart, Session: id, Lang: "hu"},
		{Time: late.Add(3 * time.Minute), Kind: SessionEnd, Session: id, Reason: ReasonShutdown, LastTouch: late.Add(time.Minute)},
	}
	if d := SummarizeIn(events, nil, cest).Days; len(d) != 1 || d[0].Date != "2026-10-24" || d[0].MedianSession != time.Minute {
		t.Errorf("CEST days %+v", d)
	}
	if d := SummarizeIn(events, nil, time.UTC).Days; len(d) != 1 || d[0].Date != "2026-10-23" {
		t.Errorf("UTC days %+v", d)
	}
	if s := Summarize(nil); s.Sessions != 0 || s.MedianSession != 0 || len(s.Days) != 0 {
		t.Errorf("empty summary %+v", s)
	}
}

func TestToday(t *testing.T) {
	events := readFixture(t)
	now := time.Date(2026, 10, 24, 17, 0, 0, 0, cest)
	got := Today(events, now)
	// Saturday: S6 S7 S8 S9; lengths 320 75 75; ten page views; bem-march,
	// liberation, rakosi and sixteen-points have two each (ties by id).
	if got.Date != "2026-10-24" || got.Sessions != 4 || got.Measured != 3 || got.MedianSession != sec(75) || got.PageViews != 10 {
		t.Errorf("today %+v", got)
	}
	var top []string
	for _, p := range got.TopPages {
		top = append(top, p.Page)
	}
	if !reflect.DeepEqual(top, []string{"bem-march", "liberation", "rakosi"}) {
		t.Errorf("top pages %v", top)
	}
	if want := "Today: 4 visits, median 1:15, 10 page views; top: bem-march (2), liberation (2), rakosi (2)"; got.String() != want {
		t.Errorf("String() = %q, want %q", got.String(), want)
	}
	if empty := Today(events, now.AddDate(0, 0, 1)); empty.Sessions != 0 || empty.PageViews != 0 || len(empty.TopPages) != 0 {
		t.Errorf("a day without visits: %+v", empty)
	}
}

func TestLogTodayReadsOnlyRecentFiles(t *testing.T) {
	path := filepath.Join(t.TempDir(), "visits.jsonl")
	l := openLog(t, path, 2500, 5) // the fixture spreads over several files
	record(t, l, readFixture(t)...)
	if len(l.Files()) < 3 {
		t.Fatalf("files %v", l.Files())
	}
	now := time.Date(2026, 10, 24, 17, 0, 0, 0, cest)
	if got, want := l.Today(now), Today(readFixture(t), now); !reflect.DeepEqual(got, want) {
		t.Errorf("Log.Today %+v, want %+v", got, want)
	}
	// Friday's first events are in the oldest file: Since stops before
	// reading it (it would report the garbage).
	f, _ := os.OpenFile(l.Files()[0], os.O_WRONLY|os.O_APPEND, 0)
	f.WriteString("garbage\n")
	f.Close()
	since, problems := l.Since(time.Date(2026, 10, 24, 0, 0, 0, 0, cest))
	if len(problems) > 0 || len(since) != 24 || since[0].Kind != AppStart {
		t.Errorf("Since: %d events, first %+v, problems %v", len(since), since[0], problems)
	}
}

func TestFormatDuration(t *testing.T) {
	for d, want := range map[time.Duration]string{0: "0:00", sec(87.5): "1:28", sec(59.4): "0:59", sec(3725): "1:02:05"} {
		if got := FormatDuration(d); got != want {
			t.Errorf("FormatDuration(%v) = %q, want %q", d, got, want)
		}
	}
}

func TestWriteCSV(t *testing.T) {
	var buf bytes.Buffer
	if err := SummarizeIn(readFixture(t), allPages, cest).WriteCSV(&buf); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(rows[0], []string{"group", "key", "metric", "value"}) {
		t.Errorf("header %v", rows[0])
	}
	have := map[string]string{}
	for _, r := range rows[1:] {
		k := strings.Join(r[:3], ",")
		if _, dup := have[k]; dup {
			t.Errorf("row %s twice", k)
		}
		have[k] = r[3]
	}
	want := map[string]string{
		"total,,first_day":                                      "2026-10-23",
		"total,,last_day":                                       "2026-10-24",
		"total,,sessions":                                       "9",
		"total,,sessions_with_length":                           "8",
		"total,,median_session_seconds":                         "87.5",
		"total,,page_views":                                     "24",
		"total,,page_views_closed_by_reset":                     "6",
		"total,,broadcast_plays":                                "6",
		"total,,broadcast_completion":                           "0.817",
		"total,,broadcast_heard_90pct_share":                    "0.667",
		"total,,idle_resets":                                    "6",
		"total,,app_starts":                                     "3",
		"day,2026-10-23,sessions":                               "5",
		"day,2026-10-23,median_session_seconds":                 "100.0",
		"day,2026-10-24,sessions":                               "4",
		"day,2026-10-24,median_session_seconds":                 "75.0",
		"day,2026-10-24,page_views":                             "10",
		"day,2026-10-24,idle_resets":                            "2",
		"day,2026-10-24,app_starts":                             "2",
		"page,bem-march,section":                                "twelve-days",
		"page,bem-march,views":                                  "4",
		"page,bem-march,median_dwell_seconds":                   "40.0",
		"page,radio-siege,median_dwell_seconds":                 "57.5",
		"page,republic-1989,median_dwell_seconds":               "",
		"page,plot-301,views":                                   "0",
		"broadcast,nagy-1956-10-28,completion":                  "0.975",
		"broadcast,nagy-1956-10-28,heard_seconds":               "390.0",
		"broadcast,sixteen-points-1956-10-22,heard_90pct_share": "0.500",
		"language,en,sessions_started":                          "5",
		"language,hu,session_share":                             "0.444",
		"language,hu,time_seconds":                              "765.0",
		"language,en,time_share":                                "0.414",
	}
	for k, v := range want {
		if got, ok := have[k]; !ok || got != v {
			t.Errorf("%s = %q (present %v), want %q", k, got, ok, v)
		}
	}
	// 12 totals, 5 per day, 3 per page, 4 per broadcast, 4 per language.
	if n := len(rows) - 1; n != 12+2*5+11*3+3*4+2*4 {
		t.Errorf("%d rows", n)
	}
}

func TestWriteText(t *testing.T) {
	var buf bytes.Buffer
	if err := SummarizeIn(readFixture(t), allPages, cest).WriteText(&buf); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		"Period:  2026-10-23 to 2026-10-24 (2 days with activity; days in CEST, UTC+02:00)",
		"Sessions:     9 (8 with a known length",
		"Median visit: 1:28 (first to last touch",
		"2026-10-23 Fri         5          1:40          14            4           1",
		"Most viewed:  bem-march (4), liberation (3), nagy-dawn-broadcast (3)",
		"Least viewed: last-telex (0), plot-301 (0), republic-1989 (1)",
		"Never viewed (2): last-telex, plot-301",
		"4          0:40  twelve-days/bem-march",
		"6         82%          67%           11:15  all",
		"hu                 4    44%             12:45    59%",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	buf.Reset()
	Summarize(nil).WriteText(&buf)
	if !strings.Contains(buf.String(), "No events.") {
		t.Errorf("empty report:\n%s", buf.String())
	}
}

func TestRunCommand(t *testing.T) {
	dir := t.TempDir()
	pages := filepath.Join(dir, "pages.txt")
	os.WriteFile(pages, []byte("# every page\n"+strings.Join(allPages, "\n")+"\n"), 0o644)
	torn := filepath.Join(dir, "visits.1.jsonl")
	os.WriteFile(torn, []byte(`{"time":"2026-10-22T09:00:00.000Z","kind":"app_start"}`+"\n"+`{"time":"2026-10-22T09:0`), 0o644)

	tests := []struct {
		name        string
		args        []string
		code        int
		out, errOut string
	}{
		{"report", []string{fixture}, 0, "Median visit: 1:28", ""},
		{"csv, flags after the files", []string{fixture, "--csv", "--pages", pages}, 0, "group,key,metric,value\ntotal,,first_day,", ""},
		{"pages", []string{"--pages=" + pages, fixture}, 0, "Never viewed (2): last-telex, plot-301", ""},
		{"torn line", []string{torn, fixture}, 0, "App starts:   4", torn + ":2: skipped unreadable line"},
		{"help", []string{"-h"}, 0, "Usage: budapest1956 stats", ""},
		{"no files", nil, 2, "", "no log files given"},
		{"only flags", []string{"--csv"}, 2, "", "no log files given"},
		{"bad flag", []string{"--json", fixture}, 2, "", "flag provided but not defined: -json"},
		{"flag without value", []string{fixture, "--pages"}, 2, "", "flag needs an argument: -pages"},
		{"missing file", []string{fixture, filepath.Join(dir, "nope.jsonl")}, 1, "Median visit: 1:28", "cannot read " + filepath.Join(dir, "nope.jsonl")},
		{"unmatched glob", []string{filepath.Join(dir, "visits*.jsonl.gz")}, 1, "", "(no file matches the pattern)"},
		{"folder", []string{dir}, 1, "", "is a folder, not a log file"},
		{"missing pages file", []string{fixture, "--pages", filepath.Join(dir, "nope.txt")}, 1, "", "--pages:"},
		{"after --", []string{"--csv", "--", fixture}, 0, "group,key,metric,value", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := RunCommand(tc.args, &out, &errOut)
			if code != tc.code || !strings.Contains(out.String(), tc.out) || !strings.Contains(errOut.String(), tc.errOut) {
				t.Errorf("exit %d (want %d)\nstdout:\n%s\nstderr:\n%s", code, tc.code, out.String(), errOut.String())
			}
			if tc.errOut == "" && errOut.Len() > 0 {
				t.Errorf("unexpected stderr: %s", errOut.String())
			}
			if tc.code == 2 && out.Len() > 0 {
				t.Errorf("usage errors print nothing on stdout: %s", out.String())
			}
		})
	}
}
