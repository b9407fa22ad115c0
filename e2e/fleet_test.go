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
		`budapest1956_content_info{version="` + builtinVersion(t) + `"}`: "1",
		`budapest1956_content_valid`:                                     "0|1",
		`budapest1956_screen{kind="home"}`:                               "1",
		`budapest1956_panics_recovered_total`:                            "0",
		`budapest1956_sound_device_present`:                              "0|1",
		`node_textfile_scrape_error`:                                     "0",
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
		s = strings.Replace(s, `version: "`+builtinVersion(t)+`"`, `version: "2026.12-live"`, 1)
		return strings.Replace(s, "  en: Budapest 1956\n", "  en: Budapest 1956 — updated over the network\n", 1)
	})
	lastWrite := time.Now()
	var after []byte
	for shots := 1; ; shots++ {
		img := s.screenshot("fleet-after")
		if os.Getenv("FLEET_DEBUG") != "" {
			t.Logf("screenshot %d at %.2f s: %.4f", shots, time.Since(lastWrite).Seconds(), difference(before, img))
		}
		if d := difference(before, img); d > 0.002 {
			// Measured when the screenshot that shows it is taken and
			// compared: an upper bound (screenshots take about a second here).
			seen := time.Since(lastWrite)
			t.Logf("the new content is on screen %.1f s after the last write (%.3f of the screen changed)", seen.Seconds(), d)
			if seen > 5*time.Second {
				t.Errorf("the changed content took %.1f s to reach the screen, more than 5 s", seen.Seconds())
			}
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

// artifact is a file `make package` writes; the packaging tests need it
// built first (make package-test does both).
func artifact(t *testing.T, pattern string) string {
	t.Helper()
	appBinary(t)
	matches, _ := filepath.Glob(filepath.Join("..", "build", pattern))
	if len(matches) == 0 {
		t.Skipf("build/%s missing: run make package (or make package-test)", pattern)
	}
	abs, _ := filepath.Abs(matches[len(matches)-1])
	return abs
}

func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Env = append(os.Environ(), "LC_ALL=C.UTF-8")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	return string(out)
}

// TestFleet_DebInstallsValidatesAndPassesLintian installs the .deb on this
// machine with dpkg (root only), runs the installed binary, and removes it.
func TestFleet_DebInstallsValidatesAndPassesLintian(t *testing.T) {
	deb := artifact(t, "budapest1956_*_amd64.deb")
	if os.Geteuid() != 0 {
		t.Skip("installing the .deb needs root")
	}
	if exec.Command("dpkg-query", "-W", "budapest1956").Run() == nil {
		t.Fatal("budapest1956 is already installed on this machine; not touching it")
	}
	info := run(t, "dpkg-deb", "--info", deb)
	for _, want := range []string{"Package: budapest1956", "Depends: libc6", "libasound2 | libasound2t64", "Recommends: libgl1-mesa-dri, cage, xwayland, flite, espeak-ng"} {
		if !strings.Contains(info, want) {
			t.Errorf("control lacks %q:\n%s", want, info)
		}
	}
	contents := run(t, "dpkg-deb", "--contents", deb)
	for _, want := range []string{"./usr/bin/budapest1956", "./usr/share/applications/org.budapest1956.exhibit.desktop",
		"./usr/share/icons/hicolor/512x512/apps/org.budapest1956.exhibit.png", "./lib/systemd/system/budapest1956.service",
		"./lib/systemd/system/budapest1956-watchdog.timer", "./lib/systemd/system/budapest1956-screen-off.timer",
		"./usr/lib/budapest1956/cage-kiosk.sh", "./usr/lib/budapest1956/screen-power.sh", "./usr/share/doc/budapest1956/copyright",
		"./usr/share/doc/budapest1956/fleet.md", "./usr/share/doc/budapest1956/examples/config.example.yaml"} {
		if !strings.Contains(contents, want) {
			t.Errorf("the .deb lacks %s", want)
		}
	}

	run(t, "dpkg", "-i", deb)
	t.Cleanup(func() {
		if out, err := exec.Command("dpkg", "--purge", "budapest1956").CombinedOutput(); err != nil {
			t.Errorf("dpkg --purge: %v\n%s", err, out)
		}
		if _, err := os.Stat("/usr/bin/budapest1956"); err == nil {
			t.Error("/usr/bin/budapest1956 left behind")
		}
	})
	run(t, "/usr/bin/budapest1956", "validate")
	run(t, "/usr/bin/budapest1956", "validate", copyContent(t))
	if help := run(t, "/usr/bin/budapest1956", "help"); !strings.Contains(help, "-metrics_file") {
		t.Errorf("the installed binary's help lacks metrics_file:\n%s", help)
	}
	unit, err := os.ReadFile("/lib/systemd/system/budapest1956.service")
	if err != nil || !strings.Contains(string(unit), "BUDAPEST1956_BIN=/usr/bin/budapest1956") || strings.Contains(string(unit), "/usr/local/") {
		t.Errorf("the packaged unit does not point at /usr/bin:\n%s", unit)
	}
	// Installed, not enabled.
	if links, _ := filepath.Glob("/etc/systemd/system/*/budapest1956*"); len(links) > 0 {
		t.Errorf("units enabled by the package: %v", links)
	}

	out, err := exec.Command("lintian", "--tag-display-limit", "0", deb).CombinedOutput()
	t.Logf("lintian:\n%s", out)
	if err != nil || regexp.MustCompile(`(?m)^E: `).Match(out) {
		t.Errorf("lintian reports errors (%v)", err)
	}
}

// TestFleet_MsiHasFilesShortcutAndUpgradeCode inspects the .msi with msiinfo.
func TestFleet_MsiHasFilesShortcutAndUpgradeCode(t *testing.T) {
	msi := artifact(t, "budapest1956-*-x64.msi")
	export := func(table string) string { return run(t, "msiinfo", "export", msi, table) }
	files := export("File")
	for _, want := range []string{"budapest1956.exe", "config.example.yaml", "watchdog.ps1", "OFL.txt"} {
		if !strings.Contains(files, "\t"+want+"\t") {
			t.Errorf("File table lacks %s:\n%s", want, files)
		}
	}
	if sc := export("Shortcut"); !strings.Contains(sc, "ProgramMenuFolder\tBudapest 1956\t") || !strings.Contains(sc, "[INSTALLDIR]budapest1956.exe") {
		t.Errorf("no Start menu shortcut to the exe:\n%s", sc)
	}
	props := export("Property")
	for _, want := range []string{"UpgradeCode\t{17D4A286-1EED-4DB7-9207-482C04B989FD}", "ALLUSERS\t1", "ARPPRODUCTICON\tbudapest1956.ico", "ProductName\tBudapest 1956"} {
		if !strings.Contains(props, want) {
			t.Errorf("Property table lacks %q:\n%s", want, props)
		}
	}
	if seq := export("InstallExecuteSequence"); !strings.Contains(seq, "RemoveExistingProducts") || !strings.Contains(seq, "FindRelatedProducts") {
		t.Error("no major upgrade: a new version would not replace the old one")
	}
	if dirs := export("Directory"); !strings.Contains(dirs, "ProgramFiles64Folder") {
		t.Errorf("not installed to Program Files (64-bit):\n%s", dirs)
	}
	if sum := run(t, "msiinfo", "suminfo", msi); !strings.Contains(sum, "Template: x64;1033") {
		t.Errorf("summary: %s", sum)
	}
}

// TestFleet_AnsiblePlaybookAndAlertRules checks the playbook (syntax, and a
// --check run against this machine, which changes nothing) and the alert
// rules (promtool's rule unit tests).
func TestFleet_AnsiblePlaybookAndAlertRules(t *testing.T) {
	appBinary(t)
	for _, tool := range []string{"ansible-playbook", "promtool"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s not found: run make test-deps", tool)
		}
	}
	rules := exec.Command("promtool", "test", "rules", "budapest1956-rules.test.yml")
	rules.Dir = "../deploy/prometheus"
	if out, err := rules.CombinedOutput(); err != nil {
		t.Errorf("promtool test rules: %v\n%s", err, out)
	}

	inv := filepath.Join(t.TempDir(), "inventory.ini")
	os.WriteFile(inv, []byte("[kiosks]\nlocalhost ansible_connection=local ansible_python_interpreter=/usr/bin/python3 budapest1956_pin=4827\n"), 0o644)
	run(t, "ansible-playbook", "-i", inv, "../deploy/ansible/kiosk.yml", "--syntax-check")
	deb, _ := filepath.Glob("../build/budapest1956_*_amd64.deb")
	if len(deb) == 0 {
		// --check only needs a file to point at.
		fake := filepath.Join(t.TempDir(), "budapest1956_0_amd64.deb")
		os.WriteFile(fake, []byte("!<arch>\n"), 0o644)
		deb = []string{fake}
	}
	abs, _ := filepath.Abs(deb[0])
	_, userErr := exec.Command("getent", "passwd", "exhibit").CombinedOutput()
	out := run(t, "ansible-playbook", "-i", inv, "../deploy/ansible/kiosk.yml", "--check", "-e", "budapest1956_deb="+abs)
	if !regexp.MustCompile(`localhost\s+: ok=\d+\s+changed=\d+\s+unreachable=0\s+failed=0`).MatchString(out) {
		t.Errorf("--check run:\n%s", out)
	}
	if _, err := exec.Command("getent", "passwd", "exhibit").CombinedOutput(); (err == nil) != (userErr == nil) {
		t.Error("--check created the kiosk user")
	}
	// Without a PIN of the museum's own it refuses to run.
	os.WriteFile(inv, []byte("[kiosks]\nlocalhost ansible_connection=local ansible_python_interpreter=/usr/bin/python3 budapest1956_pin=1956\n"), 0o644)
	cmd := exec.Command("ansible-playbook", "-i", inv, "../deploy/ansible/kiosk.yml", "--check", "-e", "budapest1956_deb="+abs)
	cmd.Env = append(os.Environ(), "LC_ALL=C.UTF-8")
	if out, err := cmd.CombinedOutput(); err == nil || !strings.Contains(string(out), "set budapest1956_pin") {
		t.Errorf("the default PIN was accepted:\n%s", out)
	}
}

// builtinVersion is the built-in exhibit's version, as exhibit.yaml says.
func builtinVersion(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile("../content/exhibit.yaml")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^version: "([^"]+)"`).FindSubmatch(data)
	if m == nil {
		t.Fatal("content/exhibit.yaml has no version line")
	}
	return string(m[1])
}
