// Command budapest1956 is the exhibit app. Everything but opening the window
// and wiring its parts together lives in internal/ and screens/, so it can
// be tested without a display.
package main

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"budapest1956/assets"
	contentfiles "budapest1956/content"
	"budapest1956/internal/audio"
	"budapest1956/internal/cli"
	"budapest1956/internal/content"
	_ "budapest1956/internal/fynecache" // before Fyne reads FYNE_CACHE
	"budapest1956/internal/health"
	"budapest1956/internal/livecontent"
	"budapest1956/internal/metrics"
	"budapest1956/internal/stats"
	"budapest1956/internal/ui"
	"budapest1956/screens"
)

// version is the app's version; `make build` sets it from FyneApp.toml.
var version = "dev"

func main() {
	os.Exit(cli.Run(os.Args[1:], contentfiles.Files, os.Stdout, os.Stderr, cli.Commands{Start: start, Render: render}))
}

func start(cfg cli.Config) error {
	if cfg.Log != "" {
		f, err := os.OpenFile(cfg.Log, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
		if err != nil {
			return fmt.Errorf("log: %w", err)
		}
		defer f.Close()
		log.SetOutput(f)
	}
	// The home screen's pictures are decoded while the window and the
	// screens are made, and its first frame waits a moment for them.
	if cfg.Start == "" || cfg.Start == "home" {
		screens.PrefetchHome(cfg.Exhibit)
	}
	// Fyne makes its cache folder with a plain mkdir and logs two errors on
	// a fresh account without ~/.cache (a new kiosk user).
	if dir, err := os.UserCacheDir(); err == nil {
		os.MkdirAll(dir, 0o700)
	}
	a := app.NewWithID("org.budapest1956.exhibit")
	// Memory: collect at 50% heap growth rather than Go's 100% (the app
	// keeps ~40 MB live; a laptop runs it among other programs) once the
	// first screen is up (until then the collector would take a core from
	// the start-up's own work); hand start-up's garbage (font tables,
	// decoded pictures) back a second later, and what screens left behind
	// once a minute (Fyne frees the textures of screens gone for a minute).
	// docs/performance.md.
	a.Lifecycle().SetOnStarted(func() {
		debug.SetGCPercent(50)
		time.AfterFunc(time.Second, health.ReleaseMemory)
	})
	defer health.StartMemoryRelease(context.Background(), time.Minute)()
	a.SetIcon(assets.Icon)
	ui.Apply(false, 1)
	prefs := a.Preferences()

	w := a.NewWindow(cfg.Exhibit.Title.In(cfg.Exhibit.DefaultLanguage, "en"))
	width, height := float32(cfg.Width), float32(cfg.Height)
	lang := cfg.Language
	if !cfg.Kiosk {
		// On a laptop the window remembers its size and language.
		if !cfg.Given["size"] && prefs.Float("width") >= 320 && prefs.Float("height") >= 320 {
			width, height = float32(prefs.Float("width")), float32(prefs.Float("height"))
		}
		if lang == "" && cfg.Exhibit.HasLanguage(prefs.String("lang")) {
			lang = prefs.String("lang")
		}
		w.SetOnClosed(func() {
			s := w.Canvas().Size()
			prefs.SetFloat("width", float64(s.Width))
			prefs.SetFloat("height", float64(s.Height))
		})
	}
	w.Resize(fyne.NewSize(width, height))
	w.SetFullScreen(cfg.Fullscreen || cfg.Kiosk)
	w.SetPadded(false)

	// Sound: start captions-only at once; a device, if there is one, joins
	// when it has opened (oto can hang without a sound card: off the UI
	// goroutine, with a timeout).
	player := audio.NewPlayer(nil, audio.Options{})
	defer player.Close()
	player.SetVolume(float64(cfg.Volume) / 100)
	// The audio mode's voice speaks on the same device (one oto context).
	var speechOpt screens.Speech
	v, err := newVoice(cfg.Exhibit, player)
	if err != nil {
		log.Printf("audio mode: not available: %v", err)
	} else {
		defer v.Close()
		v.SetVolume(float64(cfg.Volume) / 100)
		speechOpt = v
	}
	health.Go("audio-open", func() {
		dev, err := audio.OpenOto(audio.DefaultOpenTimeout)
		if err != nil {
			log.Printf("audio: %v; broadcasts run with captions only", err)
			return
		}
		player.SetDevice(dev)
		if v != nil {
			v.setDevice(dev)
		}
	})
	keys, err := screens.ParseKeys(cfg.KeyBindings())
	if err != nil {
		log.Printf("config: %v", err)
	}

	// No main menu: Fyne would add Quit to it, and a kiosk has no way out
	// but the staff panel.
	screenOpts := screens.Options{
		Language:   lang,
		Notice:     screens.ContentNotice(cfg.Exhibit, cfg.ContentDir, len(cfg.Problems)),
		Player:     player,
		Access:     screens.Access{Reach: cfg.Reach, TextScale: cfg.TextSize, HighContrast: cfg.HighContrast, ReducedMotion: cfg.ReducedMotion},
		OnLanguage: func(l string) { prefs.SetString("lang", l) },
		Speech:     speechOpt,
		AudioMode:  cfg.AudioMode,
		Keys:       keys,
	}
	run := &running{}
	run.app.Store(screens.New(w, cfg.Exhibit, screenOpts))

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	st := &appStatus{run: run, version: cfg.Exhibit.Version}
	st.content.Store(&livecontent.Status{Version: cfg.Exhibit.Version, Valid: len(cfg.Problems) == 0, Problems: len(cfg.Problems), LastSwitch: time.Now()})
	counter := &metrics.Counter{}
	probe, stopProbe := health.StartUIProbe(ctx, health.DefaultInterval, fyne.Do)
	defer stopProbe()
	if cfg.Kiosk {
		stop := startKiosk(cfg, a, run, st, counter, probe)
		defer stop()
	} else if cfg.Start != "" && cfg.Start != "home" { // New shows home already
		if err := run.current().Open(cfg.Start); err != nil {
			log.Printf("start: %v; showing home", err)
		}
	}
	if cfg.MetricsFile != "" {
		reg := metrics.New(metrics.Sources{
			AppVersion:  version,
			Content:     st.metricsContent,
			State:       func() string { return run.current().State() },
			VisitsToday: st.visitsToday,
			Sound:       player.HasSound,
			UILast:      probe.Last,
			UILatency:   probe.Latency,
			Visits:      counter,
		})
		writer, stopMetrics, err := metrics.Start(ctx, cfg.MetricsFile, metrics.DefaultInterval, reg)
		if err != nil {
			return err // names the file: the technician asked for metrics and gets none
		}
		defer stopMetrics()
		st.flush = writer.Flush
	}
	if cfg.ContentDir != "" && cfg.WatchContent {
		_, stopWatch, err := livecontent.Start(ctx, livecontent.Options{
			Dir: cfg.ContentDir, Snapshots: cfg.SnapshotRoot, Settle: cfg.ContentSettle,
			Current: cfg.Snapshot, Sum: cfg.SnapshotSum, Status: *st.content.Load(),
			Apply: func(ex *content.Exhibit) {
				notice := fmt.Sprintf("%s: content version %s", cfg.ContentDir, ex.Version)
				queued := time.Now()
				fyne.Do(func() {
					if wait := time.Since(queued); wait > time.Second {
						log.Printf("content: the UI thread took %v to take the new content", wait.Round(time.Millisecond))
					}
					run.setExhibit(ex, notice)
				})
			},
			Changed: st.contentChanged,
		})
		if err != nil {
			log.Printf("%v; new content needs a restart", err)
		} else {
			defer stopWatch()
		}
	}
	ui.WaitPictures(firstFramePictures)
	return showAndRun(w)
}

// firstFramePictures is how long the first frame waits for the pictures of
// the first screen (decoded while the window and the screens were made; on
// a quiet 2-core machine they are ready). Pictures later than that join the
// screen when they are ready, a frame later.
const firstFramePictures = 300 * time.Millisecond

// running is the exhibit on the window, for the goroutines (metrics, live
// content) that ask about it.
type running struct {
	app atomic.Pointer[screens.App]
}

func (r *running) current() *screens.App { return r.app.Load() }

// setExhibit hands new content to the screens; on the UI goroutine. They
// switch at a calm moment: a kiosk at its next attract loop, a laptop at
// once, keeping the visitor's place, with a discreet notice.
func (r *running) setExhibit(ex *content.Exhibit, notice string) {
	r.current().SetExhibit(ex, notice)
	log.Printf("content: version %q handed to the screens", ex.Version)
}

// appStatus is what the staff panel and the metrics read about content and
// visits; safe from any goroutine.
type appStatus struct {
	run     *running
	version string
	content atomic.Pointer[livecontent.Status]
	today   func() int // visits today from the statistics; nil if off
	flush   func()     // rewrite the metrics file now; nil if off
}

func (s *appStatus) contentChanged(st livecontent.Status) {
	s.content.Store(&st)
	if s.flush != nil {
		s.flush()
	}
}

func (s *appStatus) metricsContent() metrics.Content {
	c := s.content.Load()
	return metrics.Content{Version: c.Version, Valid: c.Valid, Problems: c.Problems, LastSwitch: c.LastSwitch, LastCheck: c.LastCheck}
}

func (s *appStatus) visitsToday() int {
	if s.today == nil {
		return 0
	}
	return s.today()
}

// showAndRun runs the window until it closes. Without a display GLFW cannot
// start: Fyne logs why and then panics in its first GLFW call. Say so in one
// line and exit non-zero (systemd then restarts a kiosk that started before
// its display was up).
func showAndRun(w fyne.Window) (err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if !strings.Contains(fmt.Sprint(r), "not initialized") {
			panic(r)
		}
		err = fmt.Errorf("no display to open a window on (is an X or Wayland session running, and DISPLAY or WAYLAND_DISPLAY set?): %v", r)
	}()
	w.ShowAndRun()
	return nil
}

// startKiosk turns on kiosk mode with its statistics and heartbeat, and
// returns what to run when the app closes.
func startKiosk(cfg cli.Config, a fyne.App, run *running, st *appStatus, counter *metrics.Counter, probe *health.UIProbe) (stop func()) {
	var stops []func()
	opts := screens.KioskOptions{
		Idle: cfg.Idle, Warning: cfg.IdleWarning, PIN: cfg.PIN,
		Status: screens.StaffStatus{ContentDir: cfg.ContentDir, Problems: len(cfg.Problems)},
		Exit:   a.Quit,
		Visits: counter, // counts visits and broadcasts for the metrics, and passes them on
	}
	today := func() string { return run.current().Labelf("stats_off") }
	if path := defaultPath(cfg.StatsLog, "visits.jsonl"); path != "" {
		if l, err := stats.Open(path, stats.DefaultMaxBytes, stats.DefaultKeep); err != nil {
			log.Printf("stats: %v; visit statistics are off", err)
		} else {
			rec := stats.NewRecorder(l)
			rec.AppStart(version, cfg.Exhibit.Version)
			counter.Next = rec
			st.today = func() int { return rec.Today(time.Now()).Sessions }
			today = func() string {
				t := rec.Today(time.Now())
				return run.current().Labelf("stats_today", t.Sessions, stats.FormatDuration(t.MedianSession), t.PageViews)
			}
			stops = append(stops, func() { rec.Close() })
		}
	}
	// The staff panel's line about today also says, in the panel's
	// language, when a change of the content folder was rejected.
	opts.Status.Today = func() string {
		if c := st.content.Load(); !c.Valid {
			return today() + "\n" + run.current().Labelf("content_change_rejected", c.LastCheck.Format("15:04"), c.Problems, c.First, c.Version)
		}
		return today()
	}
	run.current().EnableKiosk(opts, true)
	stops = append([]func(){func() { run.current().StopKiosk() }}, stops...)

	ctx, cancel := context.WithCancel(context.Background())
	stops = append(stops, cancel)
	if path := defaultPath(cfg.Heartbeat, "heartbeat.json"); path != "" {
		stopHB, err := health.StartHeartbeat(ctx, path, health.DefaultInterval, func() health.Info {
			return health.Info{AppVersion: version, ContentVersion: st.content.Load().Version, State: run.current().State(), UI: probe.Last()}
		})
		if err != nil {
			log.Printf("heartbeat: %v", err)
		} else {
			stops = append(stops, stopHB)
		}
	}
	return func() {
		for _, s := range stops {
			s()
		}
	}
}

// defaultPath is the configured path, or a file in the user cache folder.
func defaultPath(configured, name string) string {
	if configured != "" {
		return configured
	}
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	dir = filepath.Join(dir, "budapest1956")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		log.Printf("%s: %v", dir, err)
		return ""
	}
	return filepath.Join(dir, name)
}

// render draws proof sheets with Fyne's software renderer: no window, no display.
func render(cfg cli.RenderConfig) error {
	_, err := screens.Render(cfg.Exhibit, screens.RenderOptions{
		Out: cfg.Out, Languages: cfg.Languages, Size: fyne.NewSize(float32(cfg.Width), float32(cfg.Height)),
	})
	return err
}
