package stats

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
)

var t0 = time.Date(2026, 10, 23, 8, 5, 0, 0, time.UTC)

// sample is one event of every kind, as the app would record them.
func sample() []Event {
	s := "3f9a1c07d2b4e685"
	at := func(sec int) time.Time { return t0.Add(time.Duration(sec)*time.Second + 123*time.Millisecond) }
	return []Event{
		{Time: at(0), Kind: AppStart, Version: "1.0.0", ContentVersion: "2026.11-1"},
		{Time: at(10), Kind: SessionStart, Session: s, Lang: "en"},
		{Time: at(50), Kind: PageView, Session: s, Section: "twelve-days", Page: "radio-siege", Lang: "en", Dwell: 40123 * time.Millisecond},
		{Time: at(55), Kind: Language, Session: s, From: "en", To: "hu"},
		{Time: at(300), Kind: Broadcast, Session: s, Broadcast: "nagy-1956-10-28", Lang: "hu", Heard: 0, Total: 200 * time.Second},
		{Time: at(420), Kind: IdleReset, Session: s},
		{Time: at(420), Kind: SessionEnd, Session: s, Reason: ReasonIdle, LastTouch: at(300)},
	}
}

func openLog(t *testing.T, path string, maxBytes int64, keep int) *Log {
	t.Helper()
	l, err := Open(path, maxBytes, keep)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	return l
}

func record(t *testing.T, l *Log, events ...Event) {
	t.Helper()
	for _, e := range events {
		if err := l.Record(e); err != nil {
			t.Fatal(err)
		}
	}
}

func TestRecordReadRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "visits.jsonl") // the folder is created
	l := openLog(t, path, DefaultMaxBytes, DefaultKeep)
	want := sample()
	// Recorded out of order: Read sorts by time (stably).
	record(t, l, want[3:]...)
	record(t, l, want[:3]...)
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	got, problems := Read(path)
	if len(problems) > 0 {
		t.Fatalf("problems: %v", problems)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("round trip:\n got %+v\nwant %+v", got, want)
	}
	data, _ := os.ReadFile(path)
	first := strings.SplitN(string(data), "\n", 2)[0]
	if wantLine := `{"time":"2026-10-23T08:05:55.123Z","kind":"language","session":"3f9a1c07d2b4e685","from":"en","to":"hu"}`; first != wantLine {
		t.Errorf("line:\n got %s\nwant %s", first, wantLine)
	}
	if !strings.Contains(string(data), `"heard_ms":0,"total_ms":200000`) {
		t.Errorf("a zero heard_ms must still be written:\n%s", data)
	}
	if err := l.Record(want[0]); !errors.Is(err, ErrClosed) {
		t.Errorf("Record after Close: %v, want ErrClosed", err)
	}
}

func TestRecordFillsTimeInUTCMilliseconds(t *testing.T) {
	path := filepath.Join(t.TempDir(), "visits.jsonl")
	l := openLog(t, path, DefaultMaxBytes, 1)
	l.now = func() time.Time {
		return time.Date(2026, 10, 23, 10, 5, 0, 987654321, time.FixedZone("CEST", 2*3600))
	}
	record(t, l, Event{Kind: IdleReset})
	data, _ := os.ReadFile(path)
	if want := `{"time":"2026-10-23T08:05:00.987Z","kind":"idle_reset"}` + "\n"; string(data) != want {
		t.Errorf("got %q, want %q", data, want)
	}
}

func TestRecordRefusesPersonalDataAndStrayFields(t *testing.T) {
	l := openLog(t, filepath.Join(t.TempDir(), "visits.jsonl"), DefaultMaxBytes, 1)
	s := NewSessionID()
	bad := []Event{
		{Time: t0, Kind: PageView, Session: s, Section: "aftermath", Page: "Anna Kovács was here", Lang: "hu"},
		{Time: t0, Kind: SessionStart, Session: s, Lang: "en", Page: "radio-siege"},
		{Time: t0, Kind: SessionStart, Session: "192.168.0.12", Lang: "en"},
		{Time: t0, Kind: SessionStart, Lang: "en"},
		{Time: t0, Kind: SessionEnd, Session: s, Reason: "bored"},
		{Time: t0, Kind: AppStart, Version: "1.0", Session: s},
		{Time: t0, Kind: Broadcast, Session: s, Broadcast: "nagy-1956-10-28", Lang: "en", Heard: -time.Second},
		{Time: t0, Kind: Language, Session: s, From: "en", To: "hu", Dwell: time.Second},
		{Time: t0, Kind: Language, Session: s, From: "en", To: "hu", LastTouch: t0},
		{Time: t0, Kind: "visitor", Session: s},
		{Time: t0, Kind: PageView, Session: s, Section: "aftermath", Page: strings.Repeat("x", 65), Lang: "hu"},
	}
	for _, e := range bad {
		if err := l.Record(e); err == nil {
			t.Errorf("Record(%+v) accepted", e)
		}
	}
	if err := l.Record(Event{Time: t0, Kind: IdleReset}); err != nil {
		t.Errorf("idle_reset without a session: %v", err)
	}
}

func TestNewSessionID(t *testing.T) {
	a, b := NewSessionID(), NewSessionID()
	if !isSessionID(a) || !isSessionID(b) || a == b {
		t.Errorf("NewSessionID: %q, %q", a, b)
	}
}

// A power cut in the middle of a write leaves half a line at the end.
func TestTornLastLineIsSkippedAndEarlierLinesIntact(t *testing.T) {
	path := filepath.Join(t.TempDir(), "visits.jsonl")
	events := sample()
	l := openLog(t, path, DefaultMaxBytes, 1)
	record(t, l, events[:4]...)
	l.Close()
	line, _ := events[4].MarshalJSON()
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.Write(line[:len(line)/2])
	f.Close()

	got, problems := Read(path)
	if !reflect.DeepEqual(got, events[:4]) {
		t.Errorf("events before the torn line:\n got %+v\nwant %+v", got, events[:4])
	}
	if want := []string{path + ":5: skipped unreadable line"}; !reflect.DeepEqual(problems, want) {
		t.Errorf("problems %q, want %q", problems, want)
	}

	// After the restart the next event goes on a line of its own.
	l = openLog(t, path, DefaultMaxBytes, 1)
	record(t, l, events[5:]...)
	l.Close()
	got, problems = Read(path)
	want := append(append([]Event{}, events[:4]...), events[5:]...)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("after reopening:\n got %+v\nwant %+v", got, want)
	}
	if len(problems) != 1 || problems[0] != path+":5: skipped unreadable line" {
		t.Errorf("problems after reopening: %q", problems)
	}
}

func TestGarbledLinesAreSkipped(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "visits.jsonl")
	events := sample()
	var buf bytes.Buffer
	for i, e := range events {
		line, _ := e.MarshalJSON()
		buf.Write(line)
		buf.WriteString("\n")
		switch i {
		case 1:
			buf.WriteString(`{"time":"2026-10-23T08:06:00.000Z","kind":"page_v` + "\x00\x00\x00\n") // garbled
		case 2:
			buf.WriteString("\r\n")                                                                         // empty: not a problem
			buf.WriteString(`{"time":"2026-10-23T08:06:00.000Z","kind":"page_view","session":"zz"}` + "\n") // invalid
		case 3:
			buf.Write(bytes.Repeat([]byte{0}, 100_000)) // a run of zeros, too long for a line
			buf.WriteString("\n")
			buf.WriteString(`{"time":"2026-10-23T08:06:00.000Z","kind":"hologram","session":"3f9a1c07d2b4e685"}` + "\n")
		}
	}
	os.WriteFile(path, buf.Bytes(), 0o644)
	got, problems := Read(path)
	if !reflect.DeepEqual(got, events) {
		t.Errorf("events:\n got %+v\nwant %+v", got, events)
	}
	want := []string{
		path + ":3: skipped unreadable line",
		path + ":6: skipped unreadable line",
		path + ":8: skipped unreadable line",
		path + `:9: skipped line of unknown kind "hologram" (from a newer version?)`,
	}
	if !reflect.DeepEqual(problems, want) {
		t.Errorf("problems:\n got %q\nwant %q", problems, want)
	}
}

func TestReadSortsFilesAndIgnoresDuplicates(t *testing.T) {
	dir := t.TempDir()
	events := sample()
	a, b := filepath.Join(dir, "visits.1.jsonl"), filepath.Join(dir, "visits.jsonl")
	record(t, openLog(t, a, DefaultMaxBytes, 0), events[:3]...)
	record(t, openLog(t, b, DefaultMaxBytes, 0), events[3:]...)
	got, problems := Read(b, a, a, filepath.Join(dir, "missing.jsonl"))
	if !reflect.DeepEqual(got, events) {
		t.Errorf("events:\n got %+v\nwant %+v", got, events)
	}
	if len(problems) != 2 || !strings.Contains(problems[0], "missing.jsonl") || problems[1] != "ignored 3 duplicate events (was a log given twice?)" {
		t.Errorf("problems: %q", problems)
	}
}

func TestRotationKeepsAtMostKeepFilesAndCapsSize(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "visits.jsonl")
	const maxBytes, keep = 1000, 2
	l := openLog(t, path, maxBytes, keep)
	var all []Event
	for i := range 60 {
		e := Event{Time: t0.Add(time.Duration(i) * time.Second), Kind: PageView, Session: "0123456789abcdef",
			Section: "twelve-days", Page: fmt.Sprintf("page-%03d", i), Lang: "hu", Dwell: time.Second}
		record(t, l, e)
		all = append(all, e)
	}
	l.Close()

	names, _ := filepath.Glob(filepath.Join(dir, "*"))
	wantNames := []string{filepath.Join(dir, "visits.1.jsonl"), filepath.Join(dir, "visits.2.jsonl"), path}
	if !reflect.DeepEqual(names, wantNames) {
		t.Fatalf("files %v, want %v", names, wantNames)
	}
	var total int64
	for _, n := range names {
		info, _ := os.Stat(n)
		if info.Size() > maxBytes {
			t.Errorf("%s: %d bytes, cap %d", n, info.Size(), maxBytes)
		}
		total += info.Size()
	}
	if total > maxBytes*(keep+1) {
		t.Errorf("total %d bytes, cap %d", total, maxBytes*(keep+1))
	}
	// What is left is the newest events, with no gap.
	got, problems := Read(l.Files()...)
	if len(problems) > 0 || len(got) < 10 { // about 5 lines a file
		t.Fatalf("%d events, problems %v", len(got), problems)
	}
	if !reflect.DeepEqual(got, all[len(all)-len(got):]) {
		t.Errorf("the kept events are not the newest %d", len(got))
	}
	if !reflect.DeepEqual(l.Files(), []string{wantNames[1], wantNames[0], path}) {
		t.Errorf("Files() = %v", l.Files())
	}

	// keep 0: one file, started afresh when full; a smaller keep than
	// before removes the extra old files at the next rotation.
	l0 := openLog(t, path, maxBytes, 0)
	for i := range 20 {
		record(t, l0, all[i])
	}
	names, _ = filepath.Glob(filepath.Join(dir, "*"))
	if !reflect.DeepEqual(names, []string{path}) {
		t.Errorf("keep 0: files %v", names)
	}
}

func TestRotationRetryDoesNotEatOldFiles(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "visits.jsonl")
	l := openLog(t, path, 300, 3)
	e := sample()[2]
	for range 8 { // visits.jsonl, .1, .2 exist
		record(t, l, e)
	}
	// A half-done earlier rotation left a gap at .1.
	os.Rename(RotatedPath(path, 1), RotatedPath(path, 3))
	record(t, l, e, e, e) // rotates: .jsonl → .1, nothing deleted
	for i := 1; i <= 3; i++ {
		if !exists(RotatedPath(path, i)) {
			t.Errorf("%s missing", RotatedPath(path, i))
		}
	}
}

func TestConcurrentRecordWritesWholeLines(t *testing.T) {
	for _, maxBytes := range []int64{DefaultMaxBytes, 2000} { // without and with rotation
		path := filepath.Join(t.TempDir(), "visits.jsonl")
		l := openLog(t, path, maxBytes, 50)
		var wg sync.WaitGroup
		for g := range 8 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range 20 {
					e := Event{Time: t0.Add(time.Duration(g*1000+i) * time.Millisecond), Kind: PageView,
						Session: NewSessionID(), Section: "crushing", Page: "nagy-dawn-broadcast", Lang: "en", Dwell: time.Duration(i) * time.Second}
					if err := l.Record(e); err != nil {
						t.Error(err)
					}
				}
			}()
		}
		wg.Wait()
		l.Close()
		files := l.Files()
		for _, f := range files {
			data, _ := os.ReadFile(f)
			if len(data) > 0 && data[len(data)-1] != '\n' {
				t.Errorf("%s does not end with a newline", f)
			}
		}
		got, problems := Read(files...)
		if len(got) != 8*20 || len(problems) > 0 {
			t.Errorf("maxBytes %d: %d events in %d files, problems %v", maxBytes, len(got), len(files), problems)
		}
	}
}

func TestFullDiskReturnsAnError(t *testing.T) {
	if _, err := os.Stat("/dev/full"); err != nil {
		t.Skip("no /dev/full")
	}
	l, err := Open("/dev/full", DefaultMaxBytes, 0)
	if err != nil {
		t.Skip(err)
	}
	defer l.Close()
	for range 2 {
		if err := l.Record(sample()[0]); err == nil {
			t.Error("writing to a full disk: no error")
		}
	}
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := Open(filepath.Join(dir, "v.jsonl"), 0, 1); err == nil {
		t.Error("maxBytes 0 accepted")
	}
	if _, err := Open(filepath.Join(dir, "v.jsonl"), 100, -1); err == nil {
		t.Error("keep -1 accepted")
	}
	if _, err := Open(dir, 100, 1); err == nil {
		t.Error("a folder accepted as the log")
	}
}

func TestRotatedPath(t *testing.T) {
	for in, want := range map[string]string{"/a/visits.jsonl": "/a/visits.3.jsonl", "/a/visits": "/a/visits.3"} {
		if got := RotatedPath(in, 3); got != want {
			t.Errorf("RotatedPath(%q) = %q, want %q", in, got, want)
		}
	}
}

// BenchmarkRecord is the cost of one event on this disk, fsync included.
func BenchmarkRecord(b *testing.B) {
	l, err := Open(filepath.Join(b.TempDir(), "visits.jsonl"), DefaultMaxBytes, 1)
	if err != nil {
		b.Fatal(err)
	}
	defer l.Close()
	e := sample()[2]
	b.ReportAllocs()
	for b.Loop() {
		if err := l.Record(e); err != nil {
			b.Fatal(err)
		}
	}
}
