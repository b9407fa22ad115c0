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
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"budapest1956/assets"
	contentfiles "budapest1956/content"
	"budapest1956/internal/audio"
	"budapest1956/internal/cli"
	_ "budapest1956/internal/fynecache" // before Fyne reads FYNE_CACHE
	"budapest1956/internal/health"
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
	// Memory: collect at 50% heap growth rather than Go's 100% (the app
	// keeps ~40 MB live; a laptop runs it among other programs); hand
	// start-up's garbage (font tables, decoded pictures) back once the first
	// screen is up, and what screens left behind once a minute (Fyne frees
	// the textures of screens gone for a minute). docs/performance.md.
	debug.SetGCPercent(50)
	// Fyne makes its cache folder with a plain mkdir and logs two errors on
	// a fresh account without ~/.cache (a new kiosk user).
	if dir, err := os.UserCacheDir(); err == nil {
		os.MkdirAll(dir, 0o700)
	}
	a := app.NewWithID("org.budapest1956.exhibit")
	a.Lifecycle().SetOnStarted(func() { time.AfterFunc(time.Second, health.ReleaseMemory) })
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
	health.Go("audio-open", func() {
		dev, err := audio.OpenOto(audio.DefaultOpenTimeout)
		if err != nil {
			log.Printf("audio: %v; broadcasts run with captions only", err)
			return
		}
		player.SetDevice(dev)
	})

	// No main menu: Fyne would add Quit to it, and a kiosk has no way out
	// but the staff panel.
	exhibit := screens.New(w, cfg.Exhibit, screens.Options{
		Language:   lang,
		Notice:     screens.ContentNotice(cfg.Exhibit, cfg.ContentDir, len(cfg.Problems)),
		Player:     player,
		Access:     screens.Access{Reach: cfg.Reach, TextScale: cfg.TextSize, HighContrast: cfg.HighContrast, ReducedMotion: cfg.ReducedMotion},
		OnLanguage: func(l string) { prefs.SetString("lang", l) },
	})
	if cfg.Kiosk {
		stop := startKiosk(cfg, a, exhibit, player)
		defer stop()
	} else if cfg.Start != "" && cfg.Start != "home" { // New shows home already
		if err := exhibit.Open(cfg.Start); err != nil {
			log.Printf("start: %v; showing home", err)
		}
	}
	return showAndRun(w)
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
func startKiosk(cfg cli.Config, a fyne.App, exhibit *screens.App, player *audio.Player) (stop func()) {
	var stops []func()
	opts := screens.KioskOptions{
		Idle: cfg.Idle, Warning: cfg.IdleWarning, PIN: cfg.PIN,
		Status: screens.StaffStatus{ContentDir: cfg.ContentDir, Problems: len(cfg.Problems)},
		Exit:   a.Quit,
	}
	if path := defaultPath(cfg.StatsLog, "visits.jsonl"); path != "" {
		if l, err := stats.Open(path, stats.DefaultMaxBytes, stats.DefaultKeep); err != nil {
			log.Printf("stats: %v; visit statistics are off", err)
		} else {
			rec := stats.NewRecorder(l)
			rec.AppStart(version, cfg.Exhibit.Version)
			opts.Visits = rec
			opts.Status.Today = func() string {
				t := rec.Today(time.Now())
				return exhibit.Labelf("stats_today", t.Sessions, stats.FormatDuration(t.MedianSession), t.PageViews)
			}
			stops = append(stops, func() { rec.Close() })
		}
	}
	exhibit.EnableKiosk(opts, true)
	stops = append([]func(){exhibit.StopKiosk}, stops...)

	ctx, cancel := context.WithCancel(context.Background())
	stops = append(stops, cancel)
	probe, stopProbe := health.StartUIProbe(ctx, health.DefaultInterval, fyne.Do)
	stops = append(stops, stopProbe)
	if path := defaultPath(cfg.Heartbeat, "heartbeat.json"); path != "" {
		stopHB, err := health.StartHeartbeat(ctx, path, health.DefaultInterval, func() health.Info {
			return health.Info{AppVersion: version, ContentVersion: cfg.Exhibit.Version, State: exhibit.State(), UI: probe.Last()}
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
