// Package metrics exports the exhibit's health for Prometheus without
// opening a port: every interval the app writes its metrics, in Prometheus
// text format, to a file in node_exporter's textfile-collector folder
// (prometheus.WriteToTextfile: a temporary file renamed over the old one,
// so node_exporter never reads half a file). node_exporter serves them with
// its own, and its node_textfile_mtime_seconds tells when the file was last
// written. It does not import Fyne; the app hands in functions that read its
// state, and they must be quick and safe to call from any goroutine.
package metrics

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"budapest1956/internal/health"
)

// DefaultInterval is how often the file is rewritten.
const DefaultInterval = 15 * time.Second

// Content is what the app shows and what became of the last change of the
// content folder.
type Content struct {
	Version    string    // exhibit.yaml's version of the content on screen
	Valid      bool      // the content folder passed its last check
	Problems   int       // problems found by that check
	LastSwitch time.Time // when the content on screen was last switched (or first shown)
	LastCheck  time.Time // when the folder was last checked; zero if never
}

// ScreenKinds are the values of the kind label of budapest1956_screen: the
// part of the app's State before ':'. Anything else counts as "other".
var ScreenKinds = []string{"attract", "home", "page", "radio", "library", "other"}

// Sources are the app's readings. Any may be nil: its metrics are left out.
type Sources struct {
	AppVersion  string
	Content     func() Content
	State       func() string // "home", "page:crushing/02", "radio:…"
	VisitsToday func() int    // visits begun today, local time
	Sound       func() bool   // a sound device is open
	UILast      func() time.Time
	UILatency   func() time.Duration
	Visits      *Counter // visits and broadcasts counted since start
}

// Registry is the set of metrics the app writes.
type Registry struct {
	reg *prometheus.Registry
}

// New registers the app's metrics and Go's and the process's.
func New(src Sources) *Registry {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector())
	reg.MustRegister(collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	reg.MustRegister(&appCollector{src: src, start: time.Now()})
	return &Registry{reg: reg}
}

// Gatherer is the registry, for tests and other exporters.
func (r *Registry) Gatherer() prometheus.Gatherer { return r.reg }

// Write writes the metrics to path atomically, readable by everyone
// (node_exporter runs as its own user).
func (r *Registry) Write(path string) error {
	return prometheus.WriteToTextfile(path, r.reg)
}

var (
	descUp          = prometheus.NewDesc("budapest1956_up", "1 while the exhibit app runs and writes this file.", nil, nil)
	descInfo        = prometheus.NewDesc("budapest1956_app_info", "The app's version (value always 1).", []string{"version"}, nil)
	descStart       = prometheus.NewDesc("budapest1956_start_time_seconds", "When the app started, Unix time.", nil, nil)
	descContent     = prometheus.NewDesc("budapest1956_content_info", "The version of the content on screen (value always 1).", []string{"version"}, nil)
	descValid       = prometheus.NewDesc("budapest1956_content_valid", "1 if the content folder passed its last check, 0 if the last change was rejected (the last good content stays on screen).", nil, nil)
	descProblems    = prometheus.NewDesc("budapest1956_content_problems", "Problems found by the last check of the content folder.", nil, nil)
	descSwitch      = prometheus.NewDesc("budapest1956_content_last_switch_timestamp_seconds", "When the content on screen was last switched (or first shown), Unix time.", nil, nil)
	descCheck       = prometheus.NewDesc("budapest1956_content_last_check_timestamp_seconds", "When the content folder was last checked after a change, Unix time.", nil, nil)
	descVisitsToday = prometheus.NewDesc("budapest1956_visits_today", "Visits begun today (local time), from the visit statistics.", nil, nil)
	descVisits      = prometheus.NewDesc("budapest1956_visits_total", "Visits begun since the app started (kiosk mode).", nil, nil)
	descBroadcasts  = prometheus.NewDesc("budapest1956_broadcasts_played_total", "Broadcasts a visitor listened to since the app started (kiosk mode).", nil, nil)
	descScreen      = prometheus.NewDesc("budapest1956_screen", "1 for the kind of screen shown now, 0 for the others.", []string{"kind"}, nil)
	descSound       = prometheus.NewDesc("budapest1956_sound_device_present", "1 if a sound device is open, 0 if broadcasts run with captions only.", nil, nil)
	descPanics      = prometheus.NewDesc("budapest1956_panics_recovered_total", "Panics in the app's goroutines that were logged and survived.", nil, nil)
	descUIAge       = prometheus.NewDesc("budapest1956_ui_probe_age_seconds", "Seconds since the UI thread last answered a probe (a frozen UI grows this).", nil, nil)
	descUILatency   = prometheus.NewDesc("budapest1956_ui_probe_latency_seconds", "How long the last answered probe waited for the UI thread.", nil, nil)
)

type appCollector struct {
	src   Sources
	start time.Time
}

func (c *appCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{descUp, descInfo, descStart, descContent, descValid, descProblems, descSwitch, descCheck,
		descVisitsToday, descVisits, descBroadcasts, descScreen, descSound, descPanics, descUIAge, descUILatency} {
		ch <- d
	}
}

func gauge(ch chan<- prometheus.Metric, d *prometheus.Desc, v float64, labels ...string) {
	ch <- prometheus.MustNewConstMetric(d, prometheus.GaugeValue, v, labels...)
}

func counter(ch chan<- prometheus.Metric, d *prometheus.Desc, v float64) {
	ch <- prometheus.MustNewConstMetric(d, prometheus.CounterValue, v)
}

func unix(t time.Time) float64 { return float64(t.UnixNano()) / 1e9 }

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// Collect runs on a goroutine of the registry's own: a panic in one of the
// app's sources is recovered here (logged and counted), or it would end
// the process. The metrics collected before it are still written.
func (c *appCollector) Collect(ch chan<- prometheus.Metric) {
	defer health.Recover("metrics: app collector")
	s := c.src
	gauge(ch, descUp, 1)
	gauge(ch, descInfo, 1, s.AppVersion)
	gauge(ch, descStart, unix(c.start))
	if s.Content != nil {
		ct := s.Content()
		gauge(ch, descContent, 1, ct.Version)
		gauge(ch, descValid, b2f(ct.Valid))
		gauge(ch, descProblems, float64(ct.Problems))
		if !ct.LastSwitch.IsZero() {
			gauge(ch, descSwitch, unix(ct.LastSwitch))
		}
		if !ct.LastCheck.IsZero() {
			gauge(ch, descCheck, unix(ct.LastCheck))
		}
	}
	if s.VisitsToday != nil {
		gauge(ch, descVisitsToday, float64(s.VisitsToday()))
	}
	if s.Visits != nil {
		v, b := s.Visits.Counts()
		counter(ch, descVisits, float64(v))
		counter(ch, descBroadcasts, float64(b))
	}
	if s.State != nil {
		kind := ScreenKind(s.State())
		for _, k := range ScreenKinds {
			gauge(ch, descScreen, b2f(k == kind), k)
		}
	}
	if s.Sound != nil {
		gauge(ch, descSound, b2f(s.Sound()))
	}
	counter(ch, descPanics, float64(health.Panics()))
	if s.UILast != nil {
		if last := s.UILast(); !last.IsZero() {
			gauge(ch, descUIAge, time.Since(last).Seconds())
		}
	}
	if s.UILatency != nil {
		gauge(ch, descUILatency, s.UILatency().Seconds())
	}
}

// ScreenKind is the kind of screen a State names: the part before ':',
// one of ScreenKinds.
func ScreenKind(state string) string {
	kind, _, _ := strings.Cut(state, ":")
	for _, k := range ScreenKinds {
		if k == kind {
			return kind
		}
	}
	return "other"
}

// Writer rewrites the metrics file every interval, and at once when asked.
type Writer struct {
	path    string
	reg     *Registry
	now     chan struct{}
	lastErr string
}

// Start writes the file once, returning an error that names it if that
// fails (a missing or read-only folder), and then again every interval and
// on Flush until stop is called or ctx is done. Later write errors are
// logged once each, and once when they clear; a panic in a source is
// logged and counted, and the next interval tries again.
func Start(ctx context.Context, path string, interval time.Duration, reg *Registry) (w *Writer, stop func(), err error) {
	if path == "" {
		return nil, nil, errors.New("metrics: no file given")
	}
	if !strings.HasSuffix(path, ".prom") {
		return nil, nil, fmt.Errorf("metrics_file %s: node_exporter's textfile collector reads only files ending in .prom", path)
	}
	if interval <= 0 {
		interval = DefaultInterval
	}
	if err := reg.Write(path); err != nil {
		return nil, nil, fmt.Errorf("metrics_file %s: %w", path, unwrapPath(err))
	}
	w = &Writer{path: path, reg: reg, now: make(chan struct{}, 1)}
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			case <-w.now:
			}
			w.tick()
		}
	}()
	var once sync.Once
	return w, func() {
		once.Do(cancel)
		<-done
	}, nil
}

// Flush asks for the file to be rewritten now (after a content change);
// it does not wait.
func (w *Writer) Flush() {
	if w == nil {
		return
	}
	select {
	case w.now <- struct{}{}:
	default:
	}
}

func (w *Writer) tick() {
	defer health.Recover("metrics writer")
	err := w.reg.Write(w.path)
	switch {
	case err == nil && w.lastErr != "":
		log.Printf("metrics_file %s: written again (was: %s)", w.path, w.lastErr)
		w.lastErr = ""
	case err != nil && unwrapPath(err).Error() != w.lastErr:
		w.lastErr = unwrapPath(err).Error()
		log.Printf("metrics_file %s: %s", w.path, w.lastErr)
	}
}

// unwrapPath drops the random temporary file name from an error, so the
// same failure reads the same every time (and is logged once).
func unwrapPath(err error) error {
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		return fmt.Errorf("%s %s: %w", pe.Op, filepath.Dir(pe.Path), pe.Err)
	case errors.As(err, &le):
		return fmt.Errorf("%s: %w", le.Op, le.Err)
	}
	return err
}

// Counter counts visits and broadcasts on their way to the visit
// statistics: it has the methods of screens.Visits and passes every call on
// to Next (which may be nil, when statistics are off).
type Counter struct {
	Next interface {
		SessionStart(lang string)
		SessionEnd(reason string, lastTouch time.Time)
		PageView(section, page, lang string, dwell time.Duration)
		Language(from, to string)
		Broadcast(id, lang string, heard, total time.Duration)
		IdleReset()
	}
	mu         sync.Mutex
	visits     int64
	broadcasts int64
}

// Counts are the visits and the broadcasts heard since start.
func (c *Counter) Counts() (visits, broadcasts int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.visits, c.broadcasts
}

// SessionStart counts a visit.
func (c *Counter) SessionStart(lang string) {
	c.mu.Lock()
	c.visits++
	c.mu.Unlock()
	if c.Next != nil {
		c.Next.SessionStart(lang)
	}
}

// Broadcast counts a broadcast that was heard (heard > 0).
func (c *Counter) Broadcast(id, lang string, heard, total time.Duration) {
	if heard > 0 {
		c.mu.Lock()
		c.broadcasts++
		c.mu.Unlock()
	}
	if c.Next != nil {
		c.Next.Broadcast(id, lang, heard, total)
	}
}

// SessionEnd passes the call on.
func (c *Counter) SessionEnd(reason string, lastTouch time.Time) {
	if c.Next != nil {
		c.Next.SessionEnd(reason, lastTouch)
	}
}

// PageView passes the call on.
func (c *Counter) PageView(section, page, lang string, dwell time.Duration) {
	if c.Next != nil {
		c.Next.PageView(section, page, lang, dwell)
	}
}

// Language passes the call on.
func (c *Counter) Language(from, to string) {
	if c.Next != nil {
		c.Next.Language(from, to)
	}
}

// IdleReset passes the call on.
func (c *Counter) IdleReset() {
	if c.Next != nil {
		c.Next.IdleReset()
	}
}
