package screens

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
)

// TestDocs_Screenshots draws the screens the README shows that the
// end-to-end run does not reach with a finger (staff panel, comfort modes),
// with the same software renderer as `render`. Run by `make screenshots`
// with DOCS_SCREENSHOTS set to the output folder.
func TestDocs_Screenshots(t *testing.T) {
	dir := os.Getenv("DOCS_SCREENSHOTS")
	if dir == "" {
		t.Skip("set DOCS_SCREENSHOTS=folder to draw the documentation screenshots")
	}
	shot := func(win fyne.Window, name string) {
		settle(win)
		if err := savePNG(filepath.Join(dir, name+".png"), win.Canvas().Capture()); err != nil {
			t.Fatal(err)
		}
	}
	a, win := newApp(t, 1920, 1080)
	a.SetAccess(Access{TextScale: 1, Reach: true})
	a.ShowSection("twelve-days", 2)
	shot(win, "mode-reach")
	a.SetAccess(Access{TextScale: 2})
	a.ShowSection("twelve-days", 2)
	shot(win, "mode-large-text")
	a.SetAccess(Access{TextScale: 1, HighContrast: true})
	a.ShowSection("twelve-days", 2)
	shot(win, "mode-high-contrast")
	a.SetAccess(Access{TextScale: 1})
	a.SetLanguage("hu")
	a.ShowLibrary()
	shot(win, "library-hu")
	a.SetLanguage("en")
	a.navigate(Route{Kind: RouteRadioList})
	shot(win, "radio-list-en")

	a, win = newApp(t, 1920, 1080)
	clock := &fakeClock{t: time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)}
	a.EnableKiosk(KioskOptions{Idle: 90 * time.Second, Warning: 30 * time.Second, PIN: "4827", Now: clock.now,
		Status: StaffStatus{Today: func() string { return a.labelf("stats_today", 41, "3:12", 388) }}}, false)
	shot(win, "kiosk-attract")
	a.attractTapped(fyne.NewPos(900, 500))
	clock.advance(a, 95*time.Second)
	shot(win, "kiosk-warning")
	a.touched()
	a.showPINPad()
	shot(win, "kiosk-pin")
	a.closeOverlays()
	a.showStaffPanel()
	shot(win, "kiosk-staff-panel")

	a, win = newApp(t, 1080, 1920)
	a.ShowSection("crushing", 1)
	shot(win, "portrait-page-en")
	a.SetAccess(Access{TextScale: 1})
}
