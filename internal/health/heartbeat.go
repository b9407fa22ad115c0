// Package health keeps an unattended exhibit observable and alive: a
// heartbeat file a watchdog can check, and goroutines whose panics are
// logged instead of crashing the app. It uses the standard library only and
// does not import Fyne; the app passes fyne.Do where the UI thread matters.
//
// A heartbeat is a small JSON file rewritten every few seconds:
//
//	{"time":"2026-11-23T10:15:30.123Z","seq":42,"pid":1234,
//	 "app_version":"0.1.0","content_version":"2026-11-01","state":"attract",
//	 "uptime_s":3600,"interval_s":10,"goroutines":14,"panics":0,
//	 "memory":{"heap_alloc_bytes":31457280,"sys_bytes":62914560,"rss_bytes":154140672},
//	 "ui_age_s":0.4}
//
// A watchdog only needs the file's age (`find FILE -mmin -1`); the fields are
// for the technician reading it.
package health

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sync"
	"time"
)

// DefaultInterval is how often the app should rewrite its heartbeat.
const DefaultInterval = 10 * time.Second

// TimeFormat is RFC 3339 in UTC with milliseconds, the format of Beat.Time.
const TimeFormat = "2006-01-02T15:04:05.000Z07:00"

// processStart approximates the process start: package initialisation runs
// before main.
var processStart = time.Now()

// Info is what the app reports in each beat. The heartbeat calls the info
// function on its own goroutine once per interval, so it must be quick, must
// not block (never wait for the UI thread in it) and must be safe to call
// concurrently with the UI: read values the UI stores in an atomic.
type Info struct {
	AppVersion     string
	ContentVersion string
	// State is free-form: "attract", "home", "page:crushing/02", "staff".
	State string
	// UI is when the UI thread last ran a probe (UIProbe.Last). Zero means
	// not tracked. When it is older than three intervals the UI is taken to
	// be frozen and the file is no longer rewritten, so the watchdog
	// restarts the app although the process is still alive.
	UI time.Time
}

// Beat is the content of the heartbeat file.
type Beat struct {
	Time            string   `json:"time"` // UTC, RFC 3339 with milliseconds
	Seq             uint64   `json:"seq"`  // beats written by this process, 1 for the first
	PID             int      `json:"pid"`
	AppVersion      string   `json:"app_version"`
	ContentVersion  string   `json:"content_version"`
	State           string   `json:"state"`
	UptimeSeconds   int64    `json:"uptime_s"`
	IntervalSeconds float64  `json:"interval_s"`
	Goroutines      int      `json:"goroutines"`
	Panics          int64    `json:"panics"` // recovered by Go/Recover since start
	Memory          Memory   `json:"memory"`
	UIAgeSeconds    *float64 `json:"ui_age_s,omitempty"` // absent when the UI is not probed
}

// Memory is the Go runtime's view (heap in use, memory obtained from the
// OS) and, on Linux, the resident set size from /proc/self/statm.
type Memory struct {
	HeapAllocBytes uint64 `json:"heap_alloc_bytes"`
	SysBytes       uint64 `json:"sys_bytes"`
	RSSBytes       uint64 `json:"rss_bytes,omitempty"`
}

// Parsed returns Time as a time.Time.
func (b Beat) Parsed() (time.Time, error) {
	return time.Parse(time.RFC3339, b.Time)
}

// StartHeartbeat writes a beat to path at once and then every interval,
// until stop is called or ctx is done. It returns at once; an error means
// the folder of path cannot be created or written. The file is replaced
// atomically (temporary file in the same folder, fsync, rename), so a reader
// sees the old beat or the new one, never half of one. Write errors later
// on are logged once each (and once when they clear), not every interval.
//
// stop ends the goroutine and waits for it; calling it again does nothing.
func StartHeartbeat(ctx context.Context, path string, interval time.Duration, info func() Info) (stop func(), err error) {
	if path == "" {
		return nil, errors.New("heartbeat: no file given")
	}
	if interval <= 0 {
		return nil, fmt.Errorf("heartbeat: interval %v, want more than 0", interval)
	}
	if info == nil {
		info = func() Info { return Info{} }
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("heartbeat: %w", err)
	}
	removeStaleTemps(path)
	probe, err := os.CreateTemp(dir, tempPattern(path))
	if err != nil {
		return nil, fmt.Errorf("heartbeat: folder not writable: %w", err)
	}
	probe.Close()
	os.Remove(probe.Name())

	ctx, cancel := context.WithCancel(ctx)
	h := &heartbeat{path: path, interval: interval, info: info}
	done := make(chan struct{})
	go func() {
		defer Recover("heartbeat")
		defer close(done)
		h.run(ctx)
	}()
	var once sync.Once
	return func() {
		once.Do(cancel)
		<-done
	}, nil
}

type heartbeat struct {
	path     string
	interval time.Duration
	info     func() Info

	seq     uint64
	lastErr string // the last problem logged, "" when all is well
}

func (h *heartbeat) run(ctx context.Context) {
	t := time.NewTicker(h.interval)
	defer t.Stop()
	for {
		h.tick()
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// tick writes one beat. Nothing in it may end the loop: a panic in the
// app's info function is reported like a write error.
func (h *heartbeat) tick() {
	var stack []byte
	err := func() (err error) {
		defer func() {
			if r := recover(); r != nil {
				stack = debug.Stack()
				err = fmt.Errorf("info function panicked: %v", r)
			}
		}()
		in := h.info()
		now := time.Now()
		if !in.UI.IsZero() {
			if limit := 3 * h.interval; now.Sub(in.UI) > limit {
				// No age in the text: the same message every tick is logged once.
				return fmt.Errorf("UI thread has not answered for more than %v; heartbeat not refreshed so a watchdog restarts the app", limit)
			}
		}
		data := mustJSON(h.beat(in, now))
		err = WriteFileAtomic(h.path, data)
		if errors.Is(err, fs.ErrNotExist) { // someone removed the folder: make it again
			if err = os.MkdirAll(filepath.Dir(h.path), 0o755); err == nil {
				err = WriteFileAtomic(h.path, data)
			}
		}
		if err != nil {
			return err
		}
		h.seq++
		return nil
	}()
	h.report(err, stack)
}

func (h *heartbeat) report(err error, stack []byte) {
	switch {
	case err == nil && h.lastErr != "":
		log.Printf("heartbeat %s: working again (was: %s)", h.path, h.lastErr)
		h.lastErr = ""
	case err != nil && err.Error() != h.lastErr:
		h.lastErr = err.Error()
		if stack != nil {
			log.Printf("heartbeat %s: %v\n%s", h.path, err, stack)
		} else {
			log.Printf("heartbeat %s: %v", h.path, err)
		}
	}
}

func (h *heartbeat) beat(in Info, now time.Time) Beat {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b := Beat{
		Time:            now.UTC().Format(TimeFormat),
		Seq:             h.seq + 1,
		PID:             os.Getpid(),
		AppVersion:      in.AppVersion,
		ContentVersion:  in.ContentVersion,
		State:           in.State,
		UptimeSeconds:   int64(now.Sub(processStart) / time.Second),
		IntervalSeconds: h.interval.Seconds(),
		Goroutines:      runtime.NumGoroutine(),
		Panics:          Panics(),
		Memory:          Memory{HeapAllocBytes: ms.HeapAlloc, SysBytes: ms.Sys},
	}
	if rss, ok := processRSS(); ok {
		b.Memory.RSSBytes = rss
	}
	if !in.UI.IsZero() {
		age := now.Sub(in.UI).Seconds()
		if age < 0 {
			age = 0
		}
		age = float64(int64(age*10+0.5)) / 10 // 0.1 s is plenty
		b.UIAgeSeconds = &age
	}
	return b
}

func mustJSON(b Beat) []byte {
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil { // only strings and numbers: cannot happen
		panic(err)
	}
	return append(data, '\n')
}

// tempPattern names the temporary files next to path: hidden, and with the
// final name in them so a technician knows whose they are.
func tempPattern(path string) string {
	return "." + filepath.Base(path) + ".*.tmp"
}

// removeStaleTemps deletes temporary files a killed process left behind.
func removeStaleTemps(path string) {
	olds, _ := filepath.Glob(filepath.Join(filepath.Dir(path), tempPattern(path)))
	for _, f := range olds {
		os.Remove(f)
	}
}

// WriteFileAtomic replaces path with data so that readers see either the
// old or the new content: it writes a temporary file in the same folder,
// flushes it to disk, makes it readable by everyone (0644) and renames it
// over path. The temporary file is removed if anything fails.
func WriteFileAtomic(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), tempPattern(path))
	if err != nil {
		return stable("create temporary file", err)
	}
	tmp := f.Name()
	_, err = f.Write(data)
	op := "write"
	if err == nil {
		err, op = f.Sync(), "fsync"
	}
	if cerr := f.Close(); err == nil {
		err, op = cerr, "close"
	}
	if err == nil {
		err, op = os.Chmod(tmp, 0o644), "chmod"
	}
	if err == nil {
		err, op = renameRetry(tmp, path), "rename"
	}
	if err != nil {
		os.Remove(tmp)
		return stable(op, err)
	}
	return nil
}

// stable drops the random temporary name from an error, so the same
// failure reads the same every interval and is logged once.
func stable(op string, err error) error {
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		err = pe.Err
	case errors.As(err, &le):
		err = le.Err
	}
	return fmt.Errorf("%s: %w", op, err)
}

// renameRetry retries a failed rename briefly: on Windows a reader that
// has the target open (a watchdog script, an editor) makes it fail for a
// moment. On Linux the first attempt succeeds or the error is real.
func renameRetry(from, to string) error {
	var err error
	for i := 0; i < 5; i++ {
		if err = os.Rename(from, to); err == nil {
			return nil
		}
		time.Sleep(20 * time.Millisecond)
	}
	return err
}

// ReadHeartbeat reads and parses a heartbeat file.
func ReadHeartbeat(path string) (Beat, error) {
	var b Beat
	data, err := os.ReadFile(path)
	if err != nil {
		return b, err
	}
	if err := json.Unmarshal(data, &b); err != nil {
		return b, fmt.Errorf("%s: not a heartbeat: %w", path, err)
	}
	return b, nil
}

// CheckHeartbeat returns nil if the heartbeat at path was written less than
// maxAge ago (by the time inside it), and otherwise an error saying what is
// wrong: missing, unreadable, or how old. A beat from the future (the clock
// was set back) counts as fresh: the next beat corrects it.
func CheckHeartbeat(path string, maxAge time.Duration) error {
	b, err := ReadHeartbeat(path)
	if err != nil {
		return err
	}
	t, err := b.Parsed()
	if err != nil {
		return fmt.Errorf("%s: bad time %q: %w", path, b.Time, err)
	}
	if age := time.Since(t); age > maxAge {
		return fmt.Errorf("%s: last beat %s ago (at %s, state %q), more than %s", path, age.Round(time.Second), b.Time, b.State, maxAge)
	}
	return nil
}
