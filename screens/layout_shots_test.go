package screens

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
)

// TestLayoutShots writes proof PNGs of the home screen and a few story
// pages (a picture, a chart, a document) at the laptop and kiosk sizes, in
// both languages, with normal and large text, for looking at by eye:
//
//	LAYOUT_SHOTS=/tmp/shots go test -tags migrated_fynedo,no_emoji -run TestLayoutShots ./screens/
//
// It is skipped unless LAYOUT_SHOTS names a folder.
func TestLayoutShots(t *testing.T) {
	dir := os.Getenv("LAYOUT_SHOTS")
	if dir == "" {
		t.Skip("LAYOUT_SHOTS not set")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	pages := []struct {
		section string
		page    int
	}{{"twelve-days", 0}, {"twelve-days", 5}, {"before-1956", 15}, {"crushing", 3}, {"aftermath", 1}}
	for _, size := range layoutSizes {
		a, win := newApp(t, size.Width, size.Height)
		for _, lang := range []string{"en", "hu"} {
			a.SetLanguage(lang)
			for _, scale := range []float32{1, 2} {
				a.SetAccess(Access{TextScale: scale})
				shot := func(name string) {
					settle(win)
					p := filepath.Join(dir, fmt.Sprintf("%.0fx%.0f-%s-x%.0f-%s.png", size.Width, size.Height, lang, scale, name))
					if err := savePNG(p, win.Canvas().Capture()); err != nil {
						t.Fatal(err)
					}
				}
				a.ShowHome()
				shot("home")
				for _, p := range pages {
					a.ShowSection(p.section, p.page)
					shot(fmt.Sprintf("%s-%02d", p.section, p.page+1))
				}
			}
		}
		a.SetAccess(Access{TextScale: 1})
	}
}

// layoutSizes are the windows and panels the layouts are designed for: two
// laptop windows, the landscape kiosk and the portrait kiosk.
var layoutSizes = []fyne.Size{{Width: 1280, Height: 800}, {Width: 1366, Height: 768}, {Width: 1920, Height: 1080}, {Width: 1080, Height: 1920}}
