// Command budapest1956 is the exhibit app. Everything but opening the window
// lives in internal/cli and screens, so it can be tested without a display.
package main

import (
	"fmt"
	"log"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"budapest1956/assets"
	contentfiles "budapest1956/content"
	"budapest1956/internal/cli"
	"budapest1956/internal/ui"
	"budapest1956/screens"
)

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
	a := app.NewWithID("org.budapest1956.exhibit")
	a.SetIcon(assets.Icon)
	a.Settings().SetTheme(ui.NewTheme(false, 1))
	w := a.NewWindow(cfg.Exhibit.Title.In(cfg.Exhibit.DefaultLanguage, "en"))
	w.Resize(fyne.NewSize(float32(cfg.Width), float32(cfg.Height)))
	w.SetFullScreen(cfg.Fullscreen || cfg.Kiosk)
	w.SetPadded(false)
	// No main menu: Fyne would add Quit to it, and a kiosk has no way out
	// but the staff panel.
	exhibit := screens.New(w, cfg.Exhibit, screens.Options{Language: cfg.Language, Notice: screens.ContentNotice(cfg.Exhibit, cfg.ContentDir, len(cfg.Problems))})
	if cfg.Kiosk {
		exhibit.EnableKiosk(screens.KioskOptions{
			Idle: cfg.Idle, Warning: cfg.IdleWarning, PIN: cfg.PIN, Volume: cfg.Volume,
			Status: screens.StaffStatus{ContentDir: cfg.ContentDir, Problems: len(cfg.Problems)},
			Exit:   a.Quit,
		}, true)
		defer exhibit.StopKiosk()
	}
	w.ShowAndRun()
	return nil
}

// render draws proof sheets with Fyne's software renderer: no window, no display.
func render(cfg cli.RenderConfig) error {
	_, err := screens.Render(cfg.Exhibit, screens.RenderOptions{
		Out: cfg.Out, Languages: cfg.Languages, Size: fyne.NewSize(float32(cfg.Width), float32(cfg.Height)),
	})
	return err
}
