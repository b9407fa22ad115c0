package metrics

import (
	"bytes"
	"context"
	"log"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"

	"budapest1956/internal/health"
)

// read parses a metrics file the way node_exporter's textfile collector does.
func read(t *testing.T, path string) map[string]*dto.MetricFamily {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var p expfmt.TextParser
	mfs, err := p.TextToMetricFamilies(f)
	if err != nil {
		t.Fatalf("%s is not Prometheus text format: %v", path, err)
	}
	return mfs
}

// value is the value of the family's metric whose labels include want
// (name=value pairs); ok is false if there is none.
func value(mfs map[string]*dto.MetricFamily, name string, want ...string) (float64, bool) {
	mf := mfs[name]
	if mf == nil {
		return 0, false
	}
next:
	for _, m := range mf.Metric {
		for i := 0; i+1 < len(want); i += 2 {
			found := false
			for _, l := range m.Label {
				found = found || l.GetName() == want[i] && l.GetValue() == want[i+1]
			}
			if !found {
				continue next
			}
		}
		switch {
		case m.Gauge != nil:
			return m.Gauge.GetValue(), true
		case m.Counter != nil:
			return m.Counter.GetValue(), true
		case m.Untyped != nil:
			return m.Untyped.GetValue(), true
		}
	}
	return 0, false
}

type fakeApp struct {
	mu      sync.Mutex
	content Content
	state   string
	panic   bool
}

func (f *fakeApp) Content() Content {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.panic {
		panic("content source broke")
	}
	return f.content
}

func (f *fakeApp) State() string { f.mu.Lock(); defer f.mu.Unlock(); return f.state }

func (f *fakeApp) set(fn func()) { f.mu.Lock(); fn(); f.mu.Unlock() }

func newFake() (*fakeApp, Sources) {
	switched := time.Unix(1_790_000_000, 0)
	app := &fakeApp{state: "page:crushing/whirlwind", content: Content{Version: "2026-11-01", Valid: true, LastSwitch: switched}}
	counter := &Counter{}
	counter.SessionStart("hu")
	counter.SessionStart("en")
	counter.Broadcast("kossuth", "hu", 40*time.Second, time.Minute)
	counter.Broadcast("nagy", "hu", 0, time.Minute) // opened, not heard
	return app, Sources{
		AppVersion:  "1.2.3",
		Content:     app.Content,
		State:       app.State,
		VisitsToday: func() int { return 17 },
		Sound:       func() bool { return true },
		UILast:      func() time.Time { return time.Now().Add(-2 * time.Second) },
		UILatency:   func() time.Duration { return 30 * time.Millisecond },
		Visits:      counter,
	}
}

func TestWrite_EveryMetricInTextFormat(t *testing.T) {
	_, src := newFake()
	path := filepath.Join(t.TempDir(), "budapest1956.prom")
	_, stop, err := Start(context.Background(), path, time.Hour, New(src))
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o644 {
		t.Errorf("mode %v: node_exporter runs as another user and must read it", info.Mode().Perm())
	}
	mfs := read(t, path)
	for _, c := range []struct {
		name   string
		labels []string
		want   float64
	}{
		{"budapest1956_up", nil, 1},
		{"budapest1956_app_info", []string{"version", "1.2.3"}, 1},
		{"budapest1956_content_info", []string{"version", "2026-11-01"}, 1},
		{"budapest1956_content_valid", nil, 1},
		{"budapest1956_content_problems", nil, 0},
		{"budapest1956_content_last_switch_timestamp_seconds", nil, 1_790_000_000},
		{"budapest1956_visits_today", nil, 17},
		{"budapest1956_visits_total", nil, 2},
		{"budapest1956_broadcasts_played_total", nil, 1},
		{"budapest1956_screen", []string{"kind", "page"}, 1},
		{"budapest1956_screen", []string{"kind", "home"}, 0},
		{"budapest1956_screen", []string{"kind", "attract"}, 0},
		{"budapest1956_sound_device_present", nil, 1},
		{"budapest1956_panics_recovered_total", nil, float64(health.Panics())},
		{"budapest1956_ui_probe_latency_seconds", nil, 0.03},
	} {
		got, ok := value(mfs, c.name, c.labels...)
		if !ok || got != c.want {
			t.Errorf("%s%v = %v (present %v), want %v", c.name, c.labels, got, ok, c.want)
		}
	}
	if age, ok := value(mfs, "budapest1956_ui_probe_age_seconds"); !ok || age < 1.9 || age > 10 {
		t.Errorf("ui age %v %v", age, ok)
	}
	if _, ok := mfs["budapest1956_content_last_check_timestamp_seconds"]; ok {
		t.Error("a check time although the folder was never checked")
	}
	for _, name := range []string{"go_goroutines", "go_memstats_heap_alloc_bytes", "process_resident_memory_bytes", "process_start_time_seconds"} {
		if mfs[name] == nil {
			t.Errorf("%s missing (Go and process collectors)", name)
		}
	}
	if mfs["budapest1956_visits_total"].GetType() != dto.MetricType_COUNTER || mfs["budapest1956_content_valid"].GetType() != dto.MetricType_GAUGE {
		t.Error("wrong metric types")
	}
}

func TestWriter_FlushShowsARejectedChangeAtOnce(t *testing.T) {
	app, src := newFake()
	path := filepath.Join(t.TempDir(), "budapest1956.prom")
	w, stop, err := Start(context.Background(), path, time.Hour, New(src))
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	checked := time.Now()
	app.set(func() {
		app.content.Valid, app.content.Problems, app.content.LastCheck = false, 3, checked
		app.state = "attract"
	})
	w.Flush()
	deadline := time.Now().Add(3 * time.Second)
	for {
		mfs := read(t, path)
		v, _ := value(mfs, "budapest1956_content_valid")
		p, _ := value(mfs, "budapest1956_content_problems")
		a, _ := value(mfs, "budapest1956_screen", "kind", "attract")
		c, _ := value(mfs, "budapest1956_content_last_check_timestamp_seconds")
		if v == 0 && p == 3 && a == 1 && c > float64(checked.Unix())-1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after Flush: valid %v problems %v attract %v check %v", v, p, a, c)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestStart_BadPathsNameTheFile(t *testing.T) {
	_, src := newFake()
	missing := filepath.Join(t.TempDir(), "no-such-folder", "budapest1956.prom")
	_, _, err := Start(context.Background(), missing, time.Hour, New(src))
	if err == nil || !strings.Contains(err.Error(), "metrics_file "+missing+":") || !strings.Contains(err.Error(), "no such file") {
		t.Errorf("missing folder: %v", err)
	}
	_, _, err = Start(context.Background(), filepath.Join(t.TempDir(), "metrics.txt"), time.Hour, New(src))
	if err == nil || !strings.Contains(err.Error(), "only files ending in .prom") {
		t.Errorf("not .prom: %v", err)
	}
}

func TestWriter_SurvivesAPanickingSourceAndAVanishedFolder(t *testing.T) {
	var logs bytes.Buffer
	var mu sync.Mutex
	log.SetOutput(writerFunc(func(p []byte) (int, error) { mu.Lock(); defer mu.Unlock(); return logs.Write(p) }))
	defer log.SetOutput(os.Stderr)
	logged := func() string { mu.Lock(); defer mu.Unlock(); return logs.String() }

	app, src := newFake()
	dir := t.TempDir()
	path := filepath.Join(dir, "budapest1956.prom")
	w, stop, err := Start(context.Background(), path, time.Hour, New(src))
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	before := health.Panics()
	app.set(func() { app.panic = true })
	w.Flush()
	waitFor(t, "the panic to be counted", func() bool { return health.Panics() > before })
	if !strings.Contains(logged(), "content source broke") {
		t.Errorf("panic not logged: %s", logged())
	}
	app.set(func() { app.panic = false })
	// The next writes are whole again and count the panic (the panicking
	// write may still be renaming its partial file: flush until it shows).
	waitFor(t, "a whole file with the panic counted", func() bool {
		w.Flush()
		time.Sleep(10 * time.Millisecond)
		n, _ := value(read(t, path), "budapest1956_panics_recovered_total")
		return n >= float64(before+1)
	})

	// A folder that goes away: each kind of failure is logged once, with
	// the file's name, however many writes fail (a write under way when the
	// folder goes fails at its rename, the later ones at their create).
	time.Sleep(50 * time.Millisecond)
	os.RemoveAll(dir)
	for i := 0; i < 6; i++ {
		w.Flush()
		time.Sleep(30 * time.Millisecond)
	}
	if n := strings.Count(logged(), "metrics_file "+path); n < 1 || n > 2 {
		t.Errorf("six failed writes logged %d times, want once (twice if one was under way):\n%s", n, logged())
	}
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

func waitFor(t *testing.T, what string, ok func() bool) {
	t.Helper()
	for deadline := time.Now().Add(3 * time.Second); !ok(); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
	}
}

func TestScreenKind(t *testing.T) {
	for state, want := range map[string]string{
		"home": "home", "attract": "attract", "page:crushing/02": "page", "radio": "radio",
		"radio:kossuth": "radio", "library": "library", "": "other", "staff": "other",
	} {
		if got := ScreenKind(state); got != want {
			t.Errorf("%q: %q, want %q", state, got, want)
		}
	}
}

type recorded struct{ calls []string }

func (r *recorded) SessionStart(lang string)              { r.calls = append(r.calls, "start "+lang) }
func (r *recorded) SessionEnd(reason string, _ time.Time) { r.calls = append(r.calls, "end "+reason) }
func (r *recorded) PageView(section, page, _ string, _ time.Duration) {
	r.calls = append(r.calls, "page "+section+"/"+page)
}
func (r *recorded) Language(from, to string) { r.calls = append(r.calls, "lang "+from+to) }
func (r *recorded) Broadcast(id, _ string, _, _ time.Duration) {
	r.calls = append(r.calls, "broadcast "+id)
}
func (r *recorded) IdleReset() { r.calls = append(r.calls, "reset") }

func TestCounter_PassesEveryCallOn(t *testing.T) {
	next := &recorded{}
	c := &Counter{Next: next}
	c.SessionStart("hu")
	c.PageView("crushing", "02", "hu", time.Second)
	c.Language("hu", "en")
	c.Broadcast("kossuth", "en", time.Second, time.Minute)
	c.SessionEnd("idle", time.Now())
	c.IdleReset()
	if got := strings.Join(next.calls, ","); got != "start hu,page crushing/02,lang huen,broadcast kossuth,end idle,reset" {
		t.Errorf("passed on: %s", got)
	}
	if v, b := c.Counts(); v != 1 || b != 1 {
		t.Errorf("counts %d %d", v, b)
	}
	(&Counter{}).IdleReset() // no Next: no panic
}
