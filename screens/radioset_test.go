package screens

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
)

// TestRadioSet_Screenshots draws the radio set in both languages, landscape
// and portrait, for the README (RADIO_SHOTS=folder).
func TestRadioSet_Screenshots(t *testing.T) {
	dir := os.Getenv("RADIO_SHOTS")
	if dir == "" {
		t.Skip("set RADIO_SHOTS=folder to draw the radio set")
	}
	for _, size := range []fyne.Size{{Width: 1920, Height: 1080}, {Width: 1080, Height: 1920}, {Width: 1280, Height: 800}} {
		for _, lang := range []string{"en", "hu"} {
			t.Run(lang+sizeName(size), func(t *testing.T) { radioShot(t, dir, size, lang) })
		}
	}
}

func radioShot(t *testing.T, dir string, size fyne.Size, lang string) {
	a, win, p, clock := newRadioApp(t)
	win.Resize(size)
	a.SetLanguage(lang)
	back := storyRoute("crushing", 1)
	a.navigate(Route{Kind: RouteRadio, Broadcast: "nagy-1956-11-04", Back: &back})
	a.set().togglePlay()
	clock.advance(p, 6e9)
	settle(win)
	name := filepath.Join(dir, "radio-set-"+lang+"-"+sizeName(size)+".png")
	if err := savePNG(name, win.Canvas().Capture()); err != nil {
		t.Fatal(err)
	}
}

func sizeName(s fyne.Size) string {
	switch {
	case s.Width > s.Height && s.Width >= 1920:
		return "landscape"
	case s.Width > s.Height:
		return "laptop"
	}
	return "portrait"
}

// set is the radio set on show, nil on any other screen.
func (a *App) set() *radioSetScreen {
	s, _ := a.cur.(*radioSetScreen)
	return s
}
