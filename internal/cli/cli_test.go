package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	contentfiles "budapest1956/content"
	"budapest1956/internal/config"
)

func run(t *testing.T, args ...string) (code int, stdout, stderr string, cfg *Config) {
	t.Helper()
	t.Setenv("XDG_CONFIG_HOME", t.TempDir()) // never read the developer's own settings
	t.Setenv("XDG_CACHE_HOME", t.TempDir())  // nor write content snapshots into their cache
	var out, errb bytes.Buffer
	code = Run(args, contentfiles.Files, &out, &errb, Commands{
		Start:  func(c Config) error { cfg = &c; return nil },
		Render: func(RenderConfig) error { return nil },
	})
	return code, out.String(), errb.String(), cfg
}

func TestValidate_BuiltInExhibitIsClean(t *testing.T) {
	code, out, errs, _ := run(t, "validate")
	if code != 0 || out != "" {
		t.Fatalf("validate: exit %d\n%s%s", code, out, errs)
	}
}

// copyBuiltIn writes the built-in exhibit to a folder a test can break.
func copyBuiltIn(t *testing.T) string {
	dir := t.TempDir()
	err := fsWalk(func(name string, data []byte) error {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		return os.WriteFile(p, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestValidate_BrokenCopyListsEachProblem(t *testing.T) {
	dir := copyBuiltIn(t)
	// Three mistakes a curator might make.
	sec := filepath.Join(dir, "crushing", "section.yaml")
	data, _ := os.ReadFile(sec)
	os.WriteFile(sec, []byte(strings.Replace(string(data), "hu:", "hx:", 1)), 0o644)
	os.Remove(filepath.Join(dir, "images", "aftermath.png"))
	os.WriteFile(filepath.Join(dir, "before-1956", "99-broken.yaml"), []byte("id: broken\ntitle: {en: x\n"), 0o644)

	code, out, _, _ := run(t, "validate", dir)
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	for _, want := range []string{
		filepath.Join(dir, "crushing/section.yaml") + ":",
		"missing translation",
		"missing image file images/aftermath.png",
		filepath.Join(dir, "before-1956/99-broken.yaml") + ":2: -: malformed YAML",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if parts := strings.SplitN(line, ": ", 3); len(parts) != 3 || !strings.Contains(parts[0], ".yaml:") {
			t.Errorf("line not in file:line: field: message form: %q", line)
		}
	}
}

// TestValidate_RunsTheEditorialChecks: validate reports a style slip (a
// Hungarian date without its full stop), which the app itself does not hold
// against a folder.
func TestValidate_RunsTheEditorialChecks(t *testing.T) {
	dir := copyBuiltIn(t)
	page := filepath.Join(dir, "twelve-days", "09-ceasefire.yaml")
	data, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	slipped := strings.Replace(string(data), "hu: 1956. október 28.", "hu: 1956 október 28.", 1)
	if slipped == string(data) {
		t.Fatal("the page's Hungarian date is not where the test expects it")
	}
	os.WriteFile(page, []byte(slipped), 0o644)
	code, out, _, _ := run(t, "validate", dir)
	if code != 1 || !strings.Contains(out, filepath.Join(dir, "twelve-days/09-ceasefire.yaml")+":") {
		t.Fatalf("validate: exit %d, want 1 and the page named:\n%s", code, out)
	}
}

func TestRun_InvalidContentFallsBackToBuiltIn(t *testing.T) {
	dir := copyBuiltIn(t)
	os.WriteFile(filepath.Join(dir, "exhibit.yaml"), []byte("title: [broken"), 0o644)
	code, _, errs, cfg := run(t, "--content", dir)
	if code != 0 || cfg == nil {
		t.Fatalf("exit %d, started %v", code, cfg != nil)
	}
	if cfg.Exhibit == nil || len(cfg.Exhibit.Sections) != 4 || len(cfg.Problems) == 0 {
		t.Fatalf("want the built-in exhibit and the problems, got %+v", cfg)
	}
	if !strings.Contains(errs, filepath.Join(dir, "exhibit.yaml")+":1: -: malformed YAML") {
		t.Errorf("start-up report lacks the problem:\n%s", errs)
	}
}

func TestRun_ValidContentFolderIsUsed(t *testing.T) {
	dir := copyBuiltIn(t)
	code, _, errs, cfg := run(t, "--content", dir, "--lang", "hu")
	if code != 0 || cfg == nil || len(cfg.Problems) != 0 || cfg.Exhibit.Dir != dir || cfg.Language != "hu" {
		t.Fatalf("exit %d, cfg %+v, stderr %s", code, cfg, errs)
	}
}

func TestRun_WatchedContentIsShownFromASnapshot(t *testing.T) {
	dir := copyBuiltIn(t)
	code, _, errs, cfg := run(t, "--content", dir)
	if code != 0 || cfg == nil || len(cfg.Problems) != 0 {
		t.Fatalf("exit %d, stderr %s", code, errs)
	}
	if cfg.Snapshot == "" || cfg.SnapshotSum == "" || !strings.HasPrefix(cfg.Snapshot, cfg.SnapshotRoot) || !strings.HasPrefix(cfg.SnapshotRoot, os.Getenv("XDG_CACHE_HOME")) {
		t.Fatalf("snapshot %q sum %q root %q", cfg.Snapshot, cfg.SnapshotSum, cfg.SnapshotRoot)
	}
	if cfg.Exhibit.Dir != dir {
		t.Errorf("problems would be named by %q, not the curator's folder", cfg.Exhibit.Dir)
	}
	// What is on screen comes from the copy, not the folder being synced.
	os.WriteFile(filepath.Join(dir, "exhibit.yaml"), []byte("cut sh"), 0o644)
	if data, err := cfg.Exhibit.ReadFile("exhibit.yaml"); err != nil || !strings.Contains(string(data), "version:") {
		t.Errorf("the exhibit reads the live folder: %q %v", data, err)
	}
	// An invalid folder has no sum, so the watcher checks it again.
	code, _, _, cfg = run(t, "--content", dir)
	if code != 0 || len(cfg.Problems) == 0 || cfg.SnapshotSum != "" {
		t.Errorf("invalid folder: exit %d problems %d sum %q", code, len(cfg.Problems), cfg.SnapshotSum)
	}
	// Without watching, the folder is read directly.
	dir = copyBuiltIn(t)
	code, _, _, cfg = run(t, "--content", dir, "--watch_content=false")
	if code != 0 || cfg.Snapshot != "" || cfg.WatchContent {
		t.Errorf("watch off: exit %d snapshot %q", code, cfg.Snapshot)
	}
}

func TestRun_BadFlagsGiveClearErrors(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"--size", "huge"}, `--size: "huge": want WIDTHxHEIGHT`},
		{[]string{"--idle", "soon"}, `--idle: "soon": want a duration like 90s or 2m`},
		{[]string{"--idle_warning", "5s"}, "--idle_warning: 5s: at least 20s"},
		{[]string{"--volume", "150"}, `--volume: "150": want a whole number from 0 to 100`},
		{[]string{"--kiosk"}, "kiosk mode needs a staff PIN of your own"},
		{[]string{"--kiosk", "--pin", "12"}, "--pin: want 4 to 8 digits"},
		{[]string{"--config", "/no/such/file.yaml"}, "/no/such/file.yaml:0: -: cannot read"},
		{[]string{"--size", "10x10"}, "between 320 and 16384"},
		{[]string{"--nope"}, "flag provided but not defined: -nope"},
		{[]string{"frobnicate"}, `unknown command "frobnicate"`},
		{[]string{"validate", "/no/such/dir"}, "/no/such/dir: not a readable folder"},
	} {
		code, _, errs, cfg := run(t, tt.args...)
		if code != 2 || cfg != nil || !strings.Contains(errs, tt.want) {
			t.Errorf("%v: exit %d, started %v, stderr %q; want exit 2 and %q", tt.args, code, cfg != nil, errs, tt.want)
		}
	}
}

func TestRun_UnknownLanguageFallsBackToDefault(t *testing.T) {
	code, _, errs, cfg := run(t, "--lang", "xx")
	if code != 0 || cfg.Language != "" || !strings.Contains(errs, `lang "xx" is not offered`) {
		t.Fatalf("exit %d, lang %q, stderr %q", code, cfg.Language, errs)
	}
}

func TestRender_RefusesBrokenContentAndBadFlags(t *testing.T) {
	dir := copyBuiltIn(t)
	os.Remove(filepath.Join(dir, "images", "crushing.png"))
	code, out, _, _ := run(t, "render", "--out", t.TempDir(), "--content", dir)
	if code != 1 || !strings.Contains(out, "missing image file images/crushing.png") {
		t.Errorf("render of broken content: exit %d, output %q", code, out)
	}
	if code, _, errs, _ := run(t, "render"); code != 2 || !strings.Contains(errs, "give --out DIR") {
		t.Errorf("render without --out: exit %d, %q", code, errs)
	}
	if code, _, errs, _ := run(t, "render", "--out", t.TempDir(), "--lang", "xx"); code != 2 || !strings.Contains(errs, `--lang "xx"`) {
		t.Errorf("render --lang xx: exit %d, %q", code, errs)
	}
}

func TestConfig_FileSettingsAndFlagsWin(t *testing.T) {
	file := filepath.Join(t.TempDir(), "config.yaml")
	os.WriteFile(file, []byte("kiosk: true\npin: \"4827\"\nidle: 2m\nlang: hu\n"), 0o644)
	code, _, errs, cfg := run(t, "--config", file, "--lang", "en")
	if code != 0 || cfg == nil {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !cfg.Kiosk || cfg.PIN != "4827" || cfg.Idle.String() != "2m0s" || cfg.Language != "en" {
		t.Errorf("settings: kiosk %v pin %q idle %v lang %q", cfg.Kiosk, cfg.PIN, cfg.Idle, cfg.Language)
	}
}

func TestConfig_MistakesNameTheLine(t *testing.T) {
	file := filepath.Join(t.TempDir(), "config.yaml")
	os.WriteFile(file, []byte("kiosk: true\nidel: 2m\nvolume: loud\n"), 0o644)
	code, _, errs, _ := run(t, "--config", file)
	if code != 2 {
		t.Fatalf("exit %d, want 2", code)
	}
	for _, want := range []string{file + ":2: idel: unknown setting", file + `:3: volume: "loud": want a whole number`} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
}

func TestConfig_DefaultFileMistakesDoNotStopTheExhibit(t *testing.T) {
	home := t.TempDir()
	os.MkdirAll(filepath.Join(home, "budapest1956"), 0o755)
	os.WriteFile(filepath.Join(home, "budapest1956", "config.yaml"), []byte("volume: loud\n"), 0o644)
	var out, errb bytes.Buffer
	t.Setenv("XDG_CONFIG_HOME", home)
	var cfg *Config
	code := Run(nil, contentfiles.Files, &out, &errb, Commands{Start: func(c Config) error { cfg = &c; return nil }})
	if code != 0 || cfg == nil || cfg.Volume != 80 || !strings.Contains(errb.String(), "volume") {
		t.Fatalf("exit %d, cfg %v, stderr %q", code, cfg != nil, errb.String())
	}
}

// TestConfig_EveryFlagIsAConfigKeyAndDocumented keeps the README's table of
// settings in step with the option table.
func TestConfig_EveryFlagIsAConfigKeyAndDocumented(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range config.Options {
		if !strings.Contains(string(readme), "| `"+o.Name+"`") {
			t.Errorf("README lacks a row for the setting %q", o.Name)
		}
	}
}
