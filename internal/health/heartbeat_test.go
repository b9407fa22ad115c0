package health

import (
	"context"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestHeartbeat_WritesValidJSONAndRewrites(t *testing.T) {
	before := runtime.NumGoroutine()
	path := filepath.Join(t.TempDir(), "sub", "heartbeat.json") // the folder is created
	var state atomic.Value
	state.Store("attract")
	stop, err := StartHeartbeat(context.Background(), path, 20*time.Millisecond, func() Info {
		return Info{AppVersion: "0.1.0", ContentVersion: "2026-11-01", State: state.Load().(string)}
	})
	if err != nil {
		t.Fatal(err)
	}
	defer stop()

	var first Beat
	waitFor(t, "the first beat", func() bool {
		b, err := ReadHeartbeat(path)
		first = b
		return err == nil
	})
	if first.AppVersion != "0.1.0" || first.ContentVersion != "2026-11-01" || first.State != "attract" {
		t.Errorf("app fields: %+v", first)
	}
	if first.PID != os.Getpid() || first.Goroutines < 2 || first.IntervalSeconds != 0.02 || first.Seq < 1 {
		t.Errorf("process fields: %+v", first)
	}
	if first.Memory.HeapAllocBytes == 0 || first.Memory.SysBytes < first.Memory.HeapAllocBytes {
		t.Errorf("memory: %+v", first.Memory)
	}
	if runtime.GOOS == "linux" && first.Memory.RSSBytes < 1<<20 {
		t.Errorf("RSS on Linux: %d bytes", first.Memory.RSSBytes)
	}
	if first.UIAgeSeconds != nil {
		t.Errorf("ui_age_s without a UI probe: %v", *first.UIAgeSeconds)
	}
	t1, err := first.Parsed()
	if err != nil || t1.Location() != time.UTC || !strings.HasSuffix(first.Time, "Z") {
		t.Fatalf("time %q: want UTC RFC 3339: %v", first.Time, err)
	}
	if d := time.Since(t1); d < 0 || d > 5*time.Second {
		t.Errorf("time %s is %v from now", first.Time, d)
	}

	// The raw file: plain JSON with the documented keys, readable by others.
	raw, _ := os.ReadFile(path)
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, raw)
	}
	for _, k := range []string{"time", "seq", "pid", "app_version", "content_version", "state", "uptime_s", "interval_s", "goroutines", "panics", "memory"} {
		if _, ok := m[k]; !ok {
			t.Errorf("key %q missing from\n%s", k, raw)
		}
	}
	if fi, err := os.Stat(path); err != nil || (runtime.GOOS != "windows" && fi.Mode().Perm() != 0o644) {
		t.Errorf("mode: %v %v", fi.Mode(), err)
	}

	state.Store("page:crushing/02")
	waitFor(t, "a newer beat with the new state", func() bool {
		b, err := ReadHeartbeat(path)
		if err != nil || b.State != "page:crushing/02" || b.Seq <= first.Seq {
			return false
		}
		t2, err := b.Parsed()
		return err == nil && t2.After(t1)
	})
	if err := CheckHeartbeat(path, time.Second); err != nil {
		t.Errorf("CheckHeartbeat on a live heartbeat: %v", err)
	}

	stop()
	stop() // a second stop does nothing
	settle(t, before)
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 || entries[0].Name() != "heartbeat.json" {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("folder holds %v, want only heartbeat.json (no temporary files)", names)
	}
	b1, _ := ReadHeartbeat(path)
	time.Sleep(60 * time.Millisecond)
	if b2, _ := ReadHeartbeat(path); b2.Seq != b1.Seq {
		t.Errorf("still written after stop: seq %d then %d", b1.Seq, b2.Seq)
	}
}

func TestHeartbeat_ContextEndsGoroutine(t *testing.T) {
	before := runtime.NumGoroutine()
	ctx, cancel := context.WithCancel(context.Background())
	stop, err := StartHeartbeat(ctx, filepath.Join(t.TempDir(), "hb.json"), time.Hour, nil)
	if err != nil {
		t.Fatal(err)
	}
	cancel()
	settle(t, before)
	done := make(chan struct{})
	go func() { stop(); close(done) }() // stop after ctx ended must not hang
	select {
	case <-done:
	case <-time.After(2 * time.Second):
		t.Fatal("stop hangs after the context ended")
	}
}

// A reader polling as fast as it can never sees a partial file.
func TestHeartbeat_ReadersNeverSeeHalfAFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "heartbeat.json")
	long := strings.Repeat("x", 16<<10) // a beat of several pages
	stop, err := StartHeartbeat(context.Background(), path, time.Millisecond, func() Info {
		return Info{State: long}
	})
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	waitFor(t, "the first beat", func() bool { _, err := os.Stat(path); return err == nil })
	var reads, seqs int
	var lastSeq uint64
	deadline := time.Now().Add(5 * time.Second)
	for seqs < 30 && time.Now().Before(deadline) {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("read %d: %v", reads, err)
		}
		var b Beat
		if err := json.Unmarshal(data, &b); err != nil || b.State != long {
			t.Fatalf("read %d: partial or corrupt file (%d bytes): %v", reads, len(data), err)
		}
		if b.Seq != lastSeq {
			seqs++
			lastSeq = b.Seq
		}
		reads++
	}
	if seqs < 30 {
		t.Errorf("only %d different beats seen in %d reads: the test proves little", seqs, reads)
	}
}

func TestHeartbeat_RemovesStaleTempFiles(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "heartbeat.json")
	stale := filepath.Join(dir, ".heartbeat.json.12345.tmp")
	other := filepath.Join(dir, "visits.jsonl")
	for _, f := range []string{stale, other} {
		if err := os.WriteFile(f, []byte("{"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	stop, err := StartHeartbeat(context.Background(), path, time.Hour, nil)
	if err != nil {
		t.Fatal(err)
	}
	stop()
	if _, err := os.Stat(stale); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a killed process's temporary file is still there: %v", err)
	}
	if _, err := os.Stat(other); err != nil {
		t.Errorf("another file in the folder was touched: %v", err)
	}
}

func TestStartHeartbeat_Errors(t *testing.T) {
	if _, err := StartHeartbeat(context.Background(), "", time.Second, nil); err == nil {
		t.Error("no path: want an error")
	}
	if _, err := StartHeartbeat(context.Background(), filepath.Join(t.TempDir(), "hb.json"), 0, nil); err == nil {
		t.Error("interval 0: want an error")
	}
	file := filepath.Join(t.TempDir(), "file")
	os.WriteFile(file, nil, 0o644)
	if _, err := StartHeartbeat(context.Background(), filepath.Join(file, "hb.json"), time.Second, nil); err == nil {
		t.Error("folder is a file: want an error")
	}
	if runtime.GOOS != "windows" && os.Geteuid() != 0 { // root writes anywhere
		ro := t.TempDir()
		os.Chmod(ro, 0o555)
		defer os.Chmod(ro, 0o755)
		if _, err := StartHeartbeat(context.Background(), filepath.Join(ro, "hb.json"), time.Second, nil); err == nil {
			t.Error("read-only folder: want an error at start, not later")
		}
	}
}

// Errors later on (folder removed, info panics) are logged once, not every
// interval, and the loop carries on.
func TestHeartbeat_LogsProblemsOnceAndCarriesOn(t *testing.T) {
	logs := captureLog(t)
	dir := filepath.Join(t.TempDir(), "hb")
	path := filepath.Join(dir, "heartbeat.json")
	var mode atomic.Int32 // 0 fine, 1 panic
	stop, err := StartHeartbeat(context.Background(), path, 2*time.Millisecond, func() Info {
		if mode.Load() == 1 {
			panic("state not ready")
		}
		return Info{State: "home"}
	})
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	waitFor(t, "the first beat", func() bool { _, err := os.Stat(path); return err == nil })

	mode.Store(1)
	waitFor(t, "the panic logged", func() bool { return strings.Contains(logs.String(), "state not ready") })
	time.Sleep(30 * time.Millisecond) // ~15 more failing ticks
	if n := strings.Count(logs.String(), "state not ready"); n != 1 {
		t.Errorf("the same panic logged %d times, want once:\n%s", n, logs)
	}
	if !strings.Contains(logs.String(), "goroutine") { // the stack is logged
		t.Errorf("no stack in the log:\n%s", logs)
	}
	mode.Store(0)
	waitFor(t, "recovery logged", func() bool { return strings.Contains(logs.String(), "working again") })
	b1, _ := ReadHeartbeat(path)
	waitFor(t, "beats to resume", func() bool { b2, _ := ReadHeartbeat(path); return b2.Seq > b1.Seq })

	// The folder removed (a technician cleaning ~/.cache): made again.
	for i := 0; i < 100; i++ { // RemoveAll fails if a beat lands mid-way
		if os.RemoveAll(dir) == nil {
			break
		}
	}
	b1, _ = ReadHeartbeat(path)
	waitFor(t, "the folder to be made again", func() bool { b2, err := ReadHeartbeat(path); return err == nil && b2.Seq > b1.Seq })

	// The folder replaced by a file: a write error, logged once.
	for i := 0; i < 100; i++ {
		if os.RemoveAll(dir) == nil && os.WriteFile(dir, nil, 0o644) == nil {
			break
		}
	}
	waitFor(t, "the write error logged", func() bool { return strings.Contains(logs.String(), "create temporary file: not a directory") })
	time.Sleep(30 * time.Millisecond)
	if n := strings.Count(logs.String(), "create temporary file: not a directory"); n != 1 {
		t.Errorf("the same write error logged %d times, want once:\n%s", n, logs)
	}
}

// A UI that stops answering stops the heartbeat, so the watchdog restarts
// a frozen app whose process is still alive.
func TestHeartbeat_FrozenUIStopsTheBeat(t *testing.T) {
	logs := captureLog(t)
	path := filepath.Join(t.TempDir(), "heartbeat.json")
	var mu sync.Mutex
	ui := time.Now()
	stop, err := StartHeartbeat(context.Background(), path, 10*time.Millisecond, func() Info {
		mu.Lock()
		defer mu.Unlock()
		return Info{State: "home", UI: ui}
	})
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	var b Beat
	waitFor(t, "a beat", func() bool { var err error; b, err = ReadHeartbeat(path); return err == nil })
	if b.UIAgeSeconds == nil || *b.UIAgeSeconds > 1 {
		t.Fatalf("ui_age_s: %v", b.UIAgeSeconds)
	}

	// The UI answered 45 ms ago and then froze: beats stop after 3 intervals.
	waitFor(t, "the frozen UI logged", func() bool { return strings.Contains(logs.String(), "UI thread has not answered") })
	frozen, _ := ReadHeartbeat(path)
	time.Sleep(50 * time.Millisecond)
	if n := strings.Count(logs.String(), "UI thread has not answered"); n != 1 {
		t.Errorf("the frozen UI logged %d times, want once:\n%s", n, logs)
	}
	if now, _ := ReadHeartbeat(path); now.Seq != frozen.Seq {
		t.Errorf("still beating with a frozen UI: seq %d then %d", frozen.Seq, now.Seq)
	}
	if err := CheckHeartbeat(path, 20*time.Millisecond); err == nil {
		t.Error("CheckHeartbeat: a frozen app should look stale")
	}

	mu.Lock()
	ui = time.Now().Add(time.Hour) // and answers again (any fresh time will do)
	mu.Unlock()
	waitFor(t, "beats to resume", func() bool { now, _ := ReadHeartbeat(path); return now.Seq > frozen.Seq })
}

func TestCheckHeartbeat(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b Beat) string {
		p := filepath.Join(dir, name)
		data, _ := json.Marshal(b)
		if err := WriteFileAtomic(p, data); err != nil {
			t.Fatal(err)
		}
		return p
	}
	fresh := write("fresh.json", Beat{Time: time.Now().UTC().Format(TimeFormat), State: "home"})
	if err := CheckHeartbeat(fresh, time.Minute); err != nil {
		t.Errorf("fresh: %v", err)
	}
	future := write("future.json", Beat{Time: time.Now().Add(time.Hour).UTC().Format(TimeFormat)})
	if err := CheckHeartbeat(future, time.Minute); err != nil {
		t.Errorf("from the future (clock set back): %v", err)
	}
	old := write("old.json", Beat{Time: time.Now().Add(-5 * time.Minute).UTC().Format(TimeFormat), State: "page:aftermath/03"})
	if err := CheckHeartbeat(old, time.Minute); err == nil || !strings.Contains(err.Error(), "5m0s ago") || !strings.Contains(err.Error(), "aftermath") {
		t.Errorf("five minutes old: %v", err)
	}
	if err := CheckHeartbeat(filepath.Join(dir, "missing.json"), time.Minute); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing: %v", err)
	}
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"time": 12`), 0o644)
	if err := CheckHeartbeat(bad, time.Minute); err == nil {
		t.Error("malformed: want an error")
	}
	notime := write("notime.json", Beat{State: "home"})
	if err := CheckHeartbeat(notime, time.Minute); err == nil {
		t.Error("no time: want an error")
	}
}

func TestStartMemoryRelease_StopsItsGoroutine(t *testing.T) {
	before := runtime.NumGoroutine()
	stop := StartMemoryRelease(context.Background(), time.Millisecond)
	time.Sleep(20 * time.Millisecond) // a few releases
	stop()
	if after := runtime.NumGoroutine(); after > before {
		t.Errorf("goroutines: %d before, %d after stop", before, after)
	}
}
