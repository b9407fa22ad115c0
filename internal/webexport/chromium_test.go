//go:build unix

package webexport

import (
	"bytes"
	"context"
	"fmt"
	"image/png"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// TestExport_InHeadlessChromium opens a sample of the exported pages in
// headless Chromium, from file:// and from a web server at a sub-path, and
// checks that each renders its title and logs no console message. It also
// takes a screenshot and checks it shows the styled page.
//
// It runs when chromium is on PATH; with WEB_CHROMIUM=1 a missing chromium
// fails the test instead of skipping it. WEB_SCREENSHOT=FILE keeps the
// screenshot.
func TestExport_InHeadlessChromium(t *testing.T) {
	bin, err := exec.LookPath("chromium")
	if err != nil {
		if os.Getenv("WEB_CHROMIUM") == "1" {
			t.Fatal("WEB_CHROMIUM=1 but chromium is not on PATH (Debian: apt-get install chromium)")
		}
		t.Skip("chromium is not on PATH")
	}
	ex, dir := builtinSite(t)
	started := time.Now()

	const prefix = "/museum/1956/web/" // any path of any server must do
	srv := httptest.NewServer(http.StripPrefix(prefix, http.FileServer(http.Dir(dir))))
	defer srv.Close()

	type sample struct {
		path, title string
		track       bool // the page has a captions track
		picture     bool // a story page with a picture
	}
	// Home in each language, one story page per section (its broadcast
	// page where it has one, so the players are covered, alternating
	// languages), the radio and the sources pages.
	var samples []sample
	for _, l := range ex.Languages {
		samples = append(samples, sample{path: homePath(l.Code), title: ex.Title.In(l.Code, "")})
	}
	for i, s := range ex.Sections {
		lang := ex.Languages[i%len(ex.Languages)].Code
		p := s.Pages[len(s.Pages)/2]
		for _, q := range s.Pages {
			if q.Broadcast != "" {
				p = q
				break
			}
		}
		samples = append(samples, sample{pagePath(lang, s.ID, p.ID), p.Title.In(lang, ""), p.Broadcast != "", p.Image != nil})
	}
	first := ex.Languages[0].Code
	last := ex.Languages[len(ex.Languages)-1].Code
	samples = append(samples,
		sample{path: radioPath(first), title: ex.Label("radio", first), track: len(ex.Broadcasts) > 0},
		sample{path: sourcesPath(last), title: ex.Label("all_sources", last)},
	)
	shotPage := samples[0]
	for _, s := range samples {
		if s.picture && s.track {
			shotPage = s
			break
		}
	}

	type job struct {
		sample
		url, how string
	}
	var jobs []job
	for _, s := range samples {
		jobs = append(jobs, job{s, "file://" + filepath.ToSlash(filepath.Join(dir, filepath.FromSlash(s.path))), "file"})
	}
	// From a web server at a sub-path: a story page with a picture and a
	// player, whose captions track must load without a word on the console;
	// this run also takes the screenshot.
	jobs = append(jobs, job{shotPage, srv.URL + prefix + shotPage.path, "http"})

	tmp := t.TempDir()
	shot := filepath.Join(tmp, "screenshot.png")
	var wg sync.WaitGroup
	var mu sync.Mutex
	sem := make(chan struct{}, max(2, min(4, runtime.NumCPU())))
	run := func(args ...string) (stdout, stderr string, err error) {
		sem <- struct{}{}
		defer func() { <-sem }()
		profile, _ := os.MkdirTemp(tmp, "profile-")
		ctx, cancel := context.WithTimeout(context.Background(), 40*time.Second)
		defer cancel()
		all := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
			"--disable-component-update", "--no-first-run", "--user-data-dir=" + profile,
			"--enable-logging=stderr", "--v=0"}, args...)
		cmd := exec.CommandContext(ctx, bin, all...)
		cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
		cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
		cmd.WaitDelay = 5 * time.Second
		var o, e bytes.Buffer
		cmd.Stdout, cmd.Stderr = &o, &e
		err = cmd.Run()
		return o.String(), e.String(), err
	}
	// Chromium logs what a page writes to the console, and the errors it
	// reports there, as "CONSOLE(line)" (older) or "CONSOLE:line" (newer).
	consoleRE := regexp.MustCompile(`(?m)^.*(CONSOLE[(:]|Uncaught).*$`)
	// From file:// Chromium refuses to fetch a page's captions track: file:
	// URLs are unique origins. It logs exactly this and plays the audio
	// without captions; over HTTP the track loads and nothing is logged.
	fileTrackRE := regexp.MustCompile(`"Unsafe attempt to load URL file://\S+\.vtt from frame with URL file://\S+\. 'file:' URLs are treated as unique security origins\.`)
	blocked := 0
	for _, j := range jobs {
		wg.Add(1)
		go func(j job) {
			defer wg.Done()
			args := []string{"--dump-dom", j.url}
			if j.how == "http" && j.path == shotPage.path {
				args = append([]string{"--hide-scrollbars", "--window-size=1920,1080", "--screenshot=" + shot}, args...)
			}
			dom, logs, err := run(args...)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				t.Errorf("%s %s: chromium: %v\n%s", j.how, j.path, err, tail(logs))
				return
			}
			esc := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(j.title)
			if !strings.Contains(dom, esc+"</h1>") {
				t.Errorf("%s %s: the rendered page lacks the title %q", j.how, j.path, j.title)
			}
			if !strings.Contains(dom, "</html>") {
				t.Errorf("%s %s: the DOM dump is cut short", j.how, j.path)
			}
			for _, line := range consoleRE.FindAllString(logs, -1) {
				if j.how == "file" && j.track && fileTrackRE.MatchString(line) && !strings.Contains(line, "Uncaught") {
					blocked++
					continue
				}
				t.Errorf("%s %s: console: %s", j.how, j.path, line)
			}
		}(j)
	}
	wg.Wait()

	if err := checkScreenshot(shot); err != nil {
		t.Errorf("screenshot of %s: %v", shotPage.path, err)
	} else if keep := os.Getenv("WEB_SCREENSHOT"); keep != "" {
		if data, err := os.ReadFile(shot); err == nil {
			os.WriteFile(keep, data, 0o644)
		}
	}
	t.Logf("%d page loads (one with a screenshot) in %s; from file://, %d captions track(s) blocked by Chromium's file: origin rule", len(jobs), time.Since(started).Round(time.Millisecond), blocked)
}

// checkScreenshot: a 1920×1080 PNG with the site's dark background at the
// edge (so the style sheet loaded) and a picture's worth of colours.
func checkScreenshot(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		return err
	}
	b := img.Bounds()
	if b.Dx() != 1920 || b.Dy() != 1080 {
		return fmt.Errorf("size %dx%d, want 1920x1080", b.Dx(), b.Dy())
	}
	r, g, bl, _ := img.At(b.Min.X+4, b.Max.Y-4).RGBA()
	if r>>8 != 0x12 || g>>8 != 0x16 || bl>>8 != 0x1c {
		return fmt.Errorf("background is #%02x%02x%02x, want #12161c: was style.css applied?", r>>8, g>>8, bl>>8)
	}
	colours := map[[3]uint32]bool{}
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			r, g, bl, _ := img.At(x, y).RGBA()
			colours[[3]uint32{r >> 10, g >> 10, bl >> 10}] = true
		}
	}
	if len(colours) < 500 {
		return fmt.Errorf("only %d colours: the page looks blank", len(colours))
	}
	return nil
}

func tail(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > 8 {
		lines = lines[len(lines)-8:]
	}
	return strings.Join(lines, "\n")
}
