// Package e2e starts the real budapest1956 binary on a virtual X server,
// taps it with xdotool as a visitor would, and checks screenshots. It runs
// when E2E=1 (make e2e / make test); screenshots stay in build/e2e.
package e2e

import (
	"bufio"
	"bytes"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

const width, height = 1920, 1080

type session struct {
	t       *testing.T
	display string
	outDir  string
}

func start(t *testing.T, args ...string) *session {
	t.Helper()
	return startIn(t, t.TempDir(), args...)
}

// appBinary is the built app, for tests that run with E2E=1.
func appBinary(t *testing.T) string {
	t.Helper()
	if os.Getenv("E2E") != "1" {
		t.Skip("end-to-end tests run with E2E=1 (make e2e)")
	}
	bin, err := filepath.Abs("../build/budapest1956")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(bin); err != nil {
		t.Fatalf("%s missing: run make build first", bin)
	}
	return bin
}

// startIn starts the app with HOME at home (where ALSA looks for .asoundrc).
func startIn(t *testing.T, home string, args ...string) *session {
	t.Helper()
	return startWith(t, home, nil, args...)
}

// startWith is startIn with more environment variables for the app.
func startWith(t *testing.T, home string, env []string, args ...string) *session {
	t.Helper()
	bin := appBinary(t)
	for _, tool := range []string{"Xvfb", "xdotool", "import"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s not found: run make test-deps", tool)
		}
	}
	out, _ := filepath.Abs("../build/e2e")
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}

	s := &session{t: t, outDir: out}
	// Xvfb picks a free display itself and tells us its number (-displayfd),
	// so leftovers of other X servers never get in the way. -noreset: by
	// default Xvfb resets when its last client (one of our probes) leaves,
	// and an app connecting just then fails, about one start in ten.
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	xvfb := exec.Command("Xvfb", "-displayfd", "3", "-screen", "0", fmt.Sprintf("%dx%dx24", width, height), "-nolisten", "tcp", "-noreset")
	xvfb.ExtraFiles = []*os.File{w}
	if err := xvfb.Start(); err != nil {
		t.Fatalf("Xvfb: %v", err)
	}
	w.Close()
	num := make(chan string, 1)
	go func() {
		// Xvfb writes the number and then a newline, and dies if it cannot:
		// read the whole line, and keep the pipe open while it runs.
		line, _ := bufio.NewReader(r).ReadString('\n')
		num <- strings.TrimSpace(line)
	}()
	t.Cleanup(func() { r.Close() })
	select {
	case d := <-num:
		if d == "" {
			t.Fatal("Xvfb did not report its display")
		}
		s.display = ":" + d
	case <-time.After(30 * time.Second):
		xvfb.Process.Kill()
		t.Fatal("Xvfb did not start within 30 s")
	}
	t.Cleanup(func() {
		// SIGTERM lets Xvfb remove its lock file for the next test.
		xvfb.Process.Signal(syscall.SIGTERM)
		done := make(chan struct{})
		go func() { xvfb.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			xvfb.Process.Kill()
			<-done
		}
	})
	waitFor(t, 30*time.Second, "X server", func() bool {
		cmd := exec.Command("xdotool", "getdisplaygeometry")
		cmd.Env = s.env()
		return cmd.Run() == nil
	})

	// Read only once the app has exited: Wait returns after its output is copied.
	var logBuf bytes.Buffer
	app := exec.Command(bin, append([]string{"--size", fmt.Sprintf("%dx%d", width, height)}, args...)...)
	app.Env = append(append(s.env(), "HOME="+home), env...)
	app.Stdout, app.Stderr = &logBuf, &logBuf
	if err := app.Start(); err != nil {
		t.Fatalf("start app: %v", err)
	}
	exited := make(chan error, 1)
	go func() { exited <- app.Wait() }()
	t.Cleanup(func() {
		app.Process.Kill()
		<-exited
		os.WriteFile(filepath.Join(out, strings.ReplaceAll(t.Name(), "/", "-")+".log"), logBuf.Bytes(), 0o644)
	})
	// The window is there when X knows it by name, or (a full-screen window
	// can briefly hide from that search) when the screen is no longer blank.
	// A start that fails says why: the app's exit status and its last output.
	deadline := time.Now().Add(60 * time.Second)
	for {
		select {
		case err := <-exited:
			exited <- err // for the cleanup
			t.Fatalf("the app exited before its window appeared (%v); its output ends:\n%s", err, tail(logBuf.Bytes(), 40))
		default:
		}
		cmd := exec.Command("xdotool", "search", "--name", "Budapest 1956")
		cmd.Env = s.env()
		if cmd.Run() == nil || s.painted() {
			break
		}
		if time.Now().After(deadline) {
			s.screenshot("no-window")
			app.Process.Kill()
			exited <- <-exited
			t.Fatalf("exhibit window did not appear within 60 s though the app was running; its output ends:\n%s", tail(logBuf.Bytes(), 40))
		}
		time.Sleep(200 * time.Millisecond)
	}
	time.Sleep(2 * time.Second) // first frame and image decoding
	return s
}

// painted reports whether the screen shows more than one colour.
func (s *session) painted() bool {
	cmd := exec.Command("import", "-window", "root", "-depth", "8", "png:-")
	cmd.Env = s.env()
	out, err := cmd.Output()
	if err != nil {
		return false
	}
	img, err := png.Decode(bytes.NewReader(out))
	if err != nil {
		return false
	}
	first := img.At(0, 0)
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 37 {
		for x := b.Min.X; x < b.Max.X; x += 37 {
			if img.At(x, y) != first {
				return true
			}
		}
	}
	return false
}

// tail is the last n lines of out.
func tail(out []byte, n int) string {
	lines := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

func (s *session) env() []string {
	return append(os.Environ(), "DISPLAY="+s.display)
}

func waitFor(t *testing.T, d time.Duration, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		if ok() {
			return
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Fatalf("%s did not appear within %v", what, d)
}

func (s *session) xdotool(args ...string) {
	s.t.Helper()
	cmd := exec.Command("xdotool", args...)
	cmd.Env = s.env()
	if out, err := cmd.CombinedOutput(); err != nil {
		s.t.Fatalf("xdotool %v: %v: %s", args, err, out)
	}
}

func (s *session) tap(x, y int) {
	s.xdotool("mousemove", fmt.Sprint(x), fmt.Sprint(y), "click", "1")
	time.Sleep(1200 * time.Millisecond)
}

// swipe drags a finger (the left button) from x1 to x2 at height y.
func (s *session) swipe(x1, x2, y int) {
	s.xdotool("mousemove", fmt.Sprint(x1), fmt.Sprint(y), "mousedown", "1")
	for i := 1; i <= 10; i++ {
		x := x1 + (x2-x1)*i/10
		s.xdotool("mousemove", fmt.Sprint(x), fmt.Sprint(y))
		time.Sleep(20 * time.Millisecond)
	}
	s.xdotool("mouseup", "1")
	time.Sleep(1200 * time.Millisecond)
}

func (s *session) screenshot(name string) image.Image {
	s.t.Helper()
	file := filepath.Join(s.outDir, name+".png")
	cmd := exec.Command("import", "-window", "root", "-depth", "8", file)
	cmd.Env = s.env()
	if out, err := cmd.CombinedOutput(); err != nil {
		s.t.Fatalf("screenshot: %v: %s", err, out)
	}
	f, err := os.Open(file)
	if err != nil {
		s.t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		s.t.Fatalf("decode %s: %v", file, err)
	}
	return img
}

// assertNotBlank fails on a uniform image: a window that never painted.
func assertNotBlank(t *testing.T, name string, img image.Image) {
	t.Helper()
	colours := map[uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 4 {
		for x := b.Min.X; x < b.Max.X; x += 4 {
			r, g, bl, _ := img.At(x, y).RGBA()
			colours[(r>>11)<<10|(g>>11)<<5|bl>>11] = true
		}
	}
	if len(colours) < 50 {
		t.Errorf("%s looks blank: %d distinct colours", name, len(colours))
	}
}

// difference is the share of sampled pixels that differ between two images.
func difference(a, b image.Image) float64 {
	var diff, total int
	bd := a.Bounds()
	for y := bd.Min.Y; y < bd.Max.Y; y += 3 {
		for x := bd.Min.X; x < bd.Max.X; x += 3 {
			total++
			r1, g1, b1, _ := a.At(x, y).RGBA()
			r2, g2, b2, _ := b.At(x, y).RGBA()
			if absDiff(r1, r2)+absDiff(g1, g2)+absDiff(b1, b2) > 3*2048 {
				diff++
			}
		}
	}
	return float64(diff) / float64(total)
}

func absDiff(a, b uint32) uint32 {
	if a > b {
		return a - b
	}
	return b - a
}

func TestExhibit_TapTileOpensSectionAndSwipeTurnsPage(t *testing.T) {
	s := start(t)
	home := s.screenshot("home")
	assertNotBlank(t, "home", home)

	// The first tile fills the left quarter of the tile row.
	s.tap(width/8, height/2)
	section := s.screenshot("section")
	assertNotBlank(t, "section", section)
	if d := difference(home, section); d < 0.10 {
		t.Fatalf("tapping a tile changed only %.1f%% of the screen", 100*d)
	}

	s.swipe(width*3/4, width/4, height/2)
	next := s.screenshot("section-page2")
	// A page turn redraws the title and text (a short page can be small);
	// a missed swipe changes nothing at all.
	if d := difference(section, next); d < 0.01 {
		t.Fatalf("a swipe changed only %.1f%% of the screen", 100*d)
	}
}

// TestStart_WithoutDisplaySaysSo: a kiosk started before its display is up
// exits non-zero with one plain line, not a Go panic.
func TestStart_WithoutDisplaySaysSo(t *testing.T) {
	cmd := exec.Command(appBinary(t))
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "DISPLAY=") && !strings.HasPrefix(kv, "WAYLAND_DISPLAY=") && !strings.HasPrefix(kv, "HOME=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(cmd.Env, "HOME="+t.TempDir())
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatalf("the app started without a display:\n%s", out)
	}
	if !strings.Contains(string(out), "budapest1956: no display to open a window on") {
		t.Errorf("no plain message about the display:\n%s", out)
	}
	if strings.Contains(string(out), "goroutine ") || strings.Contains(string(out), "Failed to create") {
		t.Errorf("a panic or cache noise in the output:\n%s", out)
	}
}

func TestExhibit_InvalidContentFolderShowsBuiltInExhibit(t *testing.T) {
	bad := t.TempDir()
	os.WriteFile(filepath.Join(bad, "exhibit.yaml"), []byte("title: [broken"), 0o644)
	s := start(t, "--content", bad)
	img := s.screenshot("invalid-content")
	assertNotBlank(t, "invalid-content home", img)
	// The discreet notice for staff: a line of warning-coloured text at the
	// very bottom of the home screen, below the chapter prompt.
	if n := warningPixels(img, image.Rect(0, height-60, width, height)); n < 200 {
		t.Errorf("no notice at the bottom of the screen (%d warning-coloured pixels)", n)
	}
}

// warningPixels counts pixels close to the theme's warning colour #f0c06a.
func warningPixels(img image.Image, r image.Rectangle) int {
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			cr, cg, cb, _ := img.At(x, y).RGBA()
			if absDiff(cr>>8, 0xf0) < 24 && absDiff(cg>>8, 0xc0) < 24 && absDiff(cb>>8, 0x6a) < 24 {
				n++
			}
		}
	}
	return n
}

// TestExhibit_EverySectionInBothLanguages visits home and the first page of
// every section in each language, as a visitor would, and keeps screenshots
// (make screenshots copies them to docs/screenshots).
func TestExhibit_EverySectionInBothLanguages(t *testing.T) {
	sections := []string{"before-1956", "twelve-days", "crushing", "aftermath"}
	shots := map[string]image.Image{} // "home-en", "crushing-hu"…
	for _, lang := range []string{"en", "hu"} {
		t.Run(lang, func(t *testing.T) {
			s := start(t, "--lang", lang)
			home := s.screenshot("home-" + lang)
			assertNotBlank(t, "home", home)
			shots["home-"+lang] = home
			for i, id := range sections {
				s.tap(width*(2*i+1)/8, height/2)
				page := s.screenshot(id + "-" + lang)
				assertNotBlank(t, id, page)
				shots[id+"-"+lang] = page
				if d := difference(home, page); d < 0.10 {
					t.Errorf("%s: tapping tile %d changed only %.1f%% of the screen", lang, i, 100*d)
				}
				s.tap(80, 45) // the Home button, top left
				if d := difference(home, s.screenshot("back-home")); d > 0.01 {
					t.Errorf("%s: Home did not return to the home screen (%.1f%% differs)", lang, 100*d)
				}
			}
		})
	}
	// The same screens in the two languages: the pictures are the same, the
	// words are not, so the shots must differ where the text is.
	for _, name := range append([]string{"home"}, sections...) {
		en, hu := shots[name+"-en"], shots[name+"-hu"]
		if en == nil || hu == nil {
			continue // the subtest failed and said why
		}
		if d := difference(en, hu); d < 0.01 {
			t.Errorf("%s: the English and Hungarian screens differ in only %.2f%% of the pixels: was the language switched?", name, 100*d)
		}
	}
}

// TestKiosk_AttractHomeWarningReset runs the real binary in kiosk mode with
// a short idle time: attract loop, a touch, home, the warning, and back.
func TestKiosk_AttractHomeWarningReset(t *testing.T) {
	s := start(t, "--kiosk", "--pin", "4827", "--idle", "5s", "--idle_warning", "20s")
	attract := s.screenshot("kiosk-attract")
	assertNotBlank(t, "attract", attract)
	s.tap(width/2, height/2)
	home := s.screenshot("kiosk-home")
	if d := difference(attract, home); d < 0.10 {
		t.Fatalf("a touch on the attract loop changed only %.1f%% of the screen", 100*d)
	}
	time.Sleep(6 * time.Second)
	warning := s.screenshot("kiosk-warning")
	if d := difference(home, warning); d < 0.30 {
		t.Fatalf("no warning overlay after the idle time (%.1f%% changed)", 100*d)
	}
	time.Sleep(21 * time.Second)
	again := s.screenshot("kiosk-attract-again")
	// Reset: the warning is gone (not still counting down) and the screen is
	// not the home screen either, but the attract loop.
	if d := difference(warning, again); d < 0.30 {
		t.Fatalf("the warning is still on screen after its countdown (%.1f%% differs from it)", 100*d)
	}
	if d := difference(home, again); d < 0.10 {
		t.Fatalf("the exhibit did not return to the attract loop (%.1f%% differs from home)", 100*d)
	}
}

// TestComfortModes_ReachLargeTextContrast switches each comfort mode with
// the keyboard on a story page and keeps a screenshot of each.
func TestComfortModes_ReachLargeTextContrast(t *testing.T) {
	s := start(t, "--start", "stalin-statue-falls")
	plain := s.screenshot("mode-plain")
	assertNotBlank(t, "plain", plain)
	check := func(name string, img image.Image) {
		t.Helper()
		assertNotBlank(t, name, img)
		if d := difference(plain, img); d < 0.05 {
			t.Errorf("%s changed only %.1f%% of the screen", name, 100*d)
		}
	}
	s.xdotool("key", "r")
	time.Sleep(1200 * time.Millisecond)
	check("reach", s.screenshot("mode-reach-xvfb"))
	s.xdotool("key", "r")
	s.xdotool("key", "plus", "plus")
	time.Sleep(1500 * time.Millisecond)
	check("A++", s.screenshot("mode-large-text-xvfb"))
	s.xdotool("key", "minus", "minus")
	s.xdotool("key", "c")
	time.Sleep(1200 * time.Millisecond)
	check("high contrast", s.screenshot("mode-high-contrast-xvfb"))
}
