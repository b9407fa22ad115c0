package e2e

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// copyContent copies the built-in exhibit to a folder a test may change, as
// a curator's synced folder.
func copyContent(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "content")
	err := filepath.WalkDir("../content", func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel("../content", p)
		to := filepath.Join(dir, rel)
		if d.IsDir() {
			return os.MkdirAll(to, 0o755)
		}
		if strings.HasSuffix(p, ".go") {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(to, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// editFile rewrites a file of the content folder in place, as a copy over
// it would.
func editFile(t *testing.T, path string, edit func(string) string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(edit(string(data))), 0o644); err != nil {
		t.Fatal(err)
	}
}

// nodeExporter starts Debian's prometheus-node-exporter on a free loopback
// port with only the textfile collector, reading dir, and returns its URL.
func nodeExporter(t *testing.T, dir string) string {
	t.Helper()
	bin, err := exec.LookPath("prometheus-node-exporter")
	if err != nil {
		t.Fatal("prometheus-node-exporter not found: run make test-deps")
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	var out bytes.Buffer
	cmd := exec.Command(bin, "--web.listen-address="+addr, "--collector.disable-defaults",
		"--collector.textfile", "--collector.textfile.directory="+dir)
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	go func() { cmd.Wait(); close(exited) }()
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(5 * time.Second):
			cmd.Process.Kill()
			<-exited
		}
	})
	url := "http://" + addr + "/metrics"
	waitFor(t, 20*time.Second, "node_exporter on "+addr, func() bool {
		select {
		case <-exited:
			t.Fatalf("node_exporter exited: %s", out.String())
		default:
		}
		resp, err := http.Get(url)
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == 200
	})
	return url
}

func scrape(t *testing.T, url string) string {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(body)
}

// metric is the value of the sample line "name{labels} value" in text, or "".
func metric(text, series string) string {
	re := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(series) + ` (\S+)$`)
	if m := re.FindStringSubmatch(text); m != nil {
		return m[1]
	}
	return ""
}

func readFile(path string) string {
	data, _ := os.ReadFile(path)
	return string(data)
}

// TestFleet_MetricsThroughNodeExporterAndLiveContent runs the exhibit as a
// fleet kiosk does: content from a watched folder, metrics in
// node_exporter's textfile folder, served by the real node_exporter.
func TestFleet_MetricsThroughNodeExporterAndLiveContent(t *testing.T) {
	appBinary(t)
	promtool, err := exec.LookPath("promtool")
	if err != nil {
		t.Fatal("promtool not found: run make test-deps (Debian package prometheus)")
	}
	textfiles := t.TempDir()
	prom := filepath.Join(textfiles, "budapest1956.prom")
	dir := copyContent(t)
	url := nodeExporter(t, textfiles)

	s := start(t, "--content", dir, "--metrics-file", prom)

	// node_exporter serves the app's metrics from the file.
	var served string
	waitFor(t, 20*time.Second, "the app's metrics in node_exporter", func() bool {
		served = scrape(t, url)
		return metric(served, "budapest1956_up") == "1"
	})
	for series, want := range map[string]string{
		`budapest1956_content_info{version="2026.11-1"}`: "1",
		`budapest1956_content_valid`:                     "0|1",
		`budapest1956_screen{kind="home"}`:               "1",
		`budapest1956_panics_recovered_total`:            "0",
		`budapest1956_sound_device_present`:              "0|1",
		`node_textfile_scrape_error`:                     "0",
	} {
		if got := metric(served, series); got == "" || !strings.Contains("|"+want+"|", "|"+got+"|") {
			t.Errorf("node_exporter serves %s = %q, want %s", series, got, want)
		}
	}
	for _, name := range []string{"go_goroutines", "process_resident_memory_bytes", "budapest1956_content_last_switch_timestamp_seconds", "node_textfile_mtime_seconds"} {
		if !strings.Contains(served, "\n"+name) {
			t.Errorf("node_exporter does not serve %s", name)
		}
	}
	check := exec.Command(promtool, "check", "metrics")
	check.Stdin = strings.NewReader(readFile(prom))
	if out, err := check.CombinedOutput(); err != nil {
		t.Errorf("promtool check metrics: %v\n%s", err, out)
	}

	// A valid change: the new title is on screen within 5 s of the last write.
	before := s.screenshot("fleet-before")
	assertNotBlank(t, "fleet-before", before)
	if d := difference(before, s.screenshot("fleet-before-2")); d > 0.001 {
		t.Fatalf("the home screen changes by itself (%.4f): cannot see a content change", d)
	}
	editFile(t, filepath.Join(dir, "exhibit.yaml"), func(s string) string {
		s = strings.Replace(s, `version: "2026.11-1"`, `version: "2026.12-live"`, 1)
		return strings.Replace(s, "  en: Budapest 1956\n", "  en: Budapest 1956 — updated over the network\n", 1)
	})
	lastWrite := time.Now()
	var after []byte
	for {
		img := s.screenshot("fleet-after")
		if d := difference(before, img); d > 0.002 {
			t.Logf("the new content is on screen %.1f s after the last write (%.3f of the screen changed)", time.Since(lastWrite).Seconds(), d)
			break
		}
		if time.Since(lastWrite) > 5*time.Second {
			t.Fatalf("the changed content is not on screen 5 s after the last write; metrics say version %q",
				metric(readFile(prom), `budapest1956_content_info{version="2026.12-live"}`))
		}
	}
	after = []byte(readFile(prom))
	if ts := metric(string(after), "budapest1956_content_last_switch_timestamp_seconds"); ts != "" {
		var sec float64
		fmt.Sscan(ts, &sec)
		t.Logf("the app accepted the change %.1f s after the last write (content_settle 1s)", sec-float64(lastWrite.UnixNano())/1e9)
	}
	if metric(string(after), `budapest1956_content_info{version="2026.12-live"}`) != "1" || metric(string(after), "budapest1956_content_valid") != "1" {
		t.Errorf("metrics after the switch:\n%s", grepBudapest(string(after)))
	}
	shown := s.screenshot("fleet-after")

	// A broken change: the last good content stays, and the metrics say so.
	editFile(t, filepath.Join(dir, "crushing", "01-whirlwind.yaml"), func(string) string { return "title: {en: [cut short\n" })
	brokenAt := time.Now()
	waitFor(t, 10*time.Second, "budapest1956_content_valid 0 in node_exporter", func() bool {
		return metric(scrape(t, url), "budapest1956_content_valid") == "0"
	})
	t.Logf("the rejection is in node_exporter %.1f s after the broken write", time.Since(brokenAt).Seconds())
	served = scrape(t, url)
	if p := metric(served, "budapest1956_content_problems"); p == "" || p == "0" {
		t.Errorf("content_problems = %q", p)
	}
	if metric(served, `budapest1956_content_info{version="2026.12-live"}`) != "1" {
		t.Errorf("the version on screen changed after a broken change:\n%s", grepBudapest(served))
	}
	time.Sleep(time.Second)
	if d := difference(shown, s.screenshot("fleet-broken")); d > 0.001 {
		t.Errorf("the screen changed after a broken change (%.4f of it)", d)
	}
}

func grepBudapest(text string) string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(l, "budapest1956_") {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// TestFleet_UnwritableMetricsFileStopsWithItsName: a technician who asks
// for metrics and gets none must hear why at once.
func TestFleet_UnwritableMetricsFileStopsWithItsName(t *testing.T) {
	bin := appBinary(t)
	missing := filepath.Join(t.TempDir(), "no-such-folder", "budapest1956.prom")
	cmd := exec.Command(bin, "--metrics-file", missing)
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir(), "DISPLAY=")
	out, err := cmd.CombinedOutput()
	if err == nil || !strings.Contains(string(out), "--metrics_file: "+missing+": folder "+filepath.Dir(missing)) {
		t.Errorf("exit %v, output:\n%s", err, out)
	}
}
