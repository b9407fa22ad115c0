package config

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// resolveFile writes text to a config file and resolves it with flags.
func resolveFile(t *testing.T, text string, flags map[string]string) (string, Settings, []Problem) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	values, lines, problems := ReadFile(path, true)
	s, more := Resolve(path, values, lines, flags)
	return path, s, append(problems, more...)
}

func TestExampleConfig_LoadsWithoutProblems(t *testing.T) {
	path := "../../deploy/config.example.yaml"
	values, lines, problems := ReadFile(path, true)
	s, more := Resolve(path, values, lines, nil)
	for _, p := range append(problems, more...) {
		t.Errorf("%s", p)
	}
	if !s.Kiosk || s.PIN != "4827" || s.Lang != "hu" || s.Width != 1920 || s.Height != 1080 || !s.WatchContent {
		t.Errorf("example read as %+v", s)
	}
}

func TestDefaults_WithoutFileOrFlags(t *testing.T) {
	s, problems := Resolve("", nil, nil, nil)
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	if s.Width != 1280 || s.Height != 800 || s.Volume != 80 || s.Idle != 90*time.Second || s.IdleWarning != 30*time.Second ||
		s.PIN != "1956" || s.TextSize != 1 || !s.WatchContent || s.ContentSettle != time.Second || s.MetricsFile != "" || s.Start != "home" {
		t.Errorf("defaults: %+v", s)
	}
	if len(s.Given) != 0 {
		t.Errorf("nothing given, Given = %v", s.Given)
	}
}

// sample is a valid value of o other than its default.
func sample(t *testing.T, o Option) string {
	switch o.Kind {
	case kBool:
		if o.Default == "true" {
			return "false"
		}
		return "true"
	case kDuration:
		d, err := time.ParseDuration(o.Default)
		if err != nil {
			t.Fatalf("%s: default %q: %v", o.Name, o.Default, err)
		}
		return (d + time.Second).String()
	case kInt:
		return "7"
	case kChoice:
		return o.Choices[len(o.Choices)-1]
	case kSize:
		return "1000x700"
	}
	switch o.Name {
	case "pin":
		return "24680"
	case "metrics_file":
		return filepath.Join(t.TempDir(), "m.prom")
	}
	if strings.HasPrefix(o.Name, "audio_keys_") {
		return "F12 KP_Enter"
	}
	return "value-of-" + o.Name
}

// TestSet_EveryOptionFillsOnlyItsOwnField guards the option table: each
// setting changes exactly its own member of Settings (before the table, a
// second whole-number option would have silently set Volume).
func TestSet_EveryOptionFillsOnlyItsOwnField(t *testing.T) {
	base, _ := Resolve("", nil, nil, nil)
	bv := reflect.ValueOf(base)
	seen := map[string]string{}
	for _, o := range Options {
		v := sample(t, o)
		s, problems := Resolve("", nil, nil, map[string]string{o.Name: v})
		if len(problems) > 0 {
			t.Errorf("%s=%s: %v", o.Name, v, problems)
			continue
		}
		if !s.Given[o.Name] || len(s.Given) != 1 {
			t.Errorf("%s: Given = %v", o.Name, s.Given)
		}
		sv := reflect.ValueOf(s)
		var changed []string
		for i := 0; i < sv.NumField(); i++ {
			name := sv.Type().Field(i).Name
			if name == "Given" || name == "File" {
				continue
			}
			if f := sv.Field(i); f.Kind() == reflect.Array && name != "size" { // one element per option
				for j := 0; j < f.Len(); j++ {
					if fmt.Sprint(f.Index(j)) != fmt.Sprint(bv.Field(i).Index(j)) {
						changed = append(changed, fmt.Sprintf("%s[%d]", name, j))
					}
				}
				continue
			}
			if fmt.Sprint(sv.Field(i)) != fmt.Sprint(bv.Field(i)) { // fmt reads unexported fields too
				changed = append(changed, name)
			}
		}
		want := 1
		if o.Kind == kSize {
			want = 3 // size, Width, Height
		}
		if len(changed) != want {
			t.Errorf("%s=%s changed %v, want only its own field", o.Name, v, changed)
		}
		for _, c := range changed {
			if prev, dup := seen[c]; dup && c != "size" {
				t.Errorf("%s and %s both write %s", prev, o.Name, c)
			}
			seen[c] = o.Name
		}
	}
}

func TestResolve_FlagsWinOverFile(t *testing.T) {
	_, s, problems := resolveFile(t, "volume: 30\nidle: 2m\n", map[string]string{"volume": "55"})
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	if s.Volume != 55 || s.Idle != 2*time.Minute {
		t.Errorf("volume %d idle %v", s.Volume, s.Idle)
	}
}

func TestResolve_BadValuesNameFileLineAndKey(t *testing.T) {
	for _, tc := range []struct{ text, key, want string }{
		{"kiosk: true\nvolume: 200\n", "volume", ":2: volume: \"200\": want a whole number from 0 to 100"},
		{"idle_warning: 10s\n", "idle_warning", ":1: idle_warning: 10s: at least 20s, so a visitor can react"},
		{"content_settle: 50ms\n", "content_settle", ":1: content_settle: 50ms: at least 200ms"},
		{"content_settle: 1h\n", "content_settle", ":1: content_settle: 1h0m0s: at most 10m0s"},
		{"watch_content: maybe\n", "watch_content", ":1: watch_content: \"maybe\": want true or false"},
		{"pin: 12\n", "pin", ":1: pin: want 4 to 8 digits"},
		{"size: 10x10\n", "size", ":1: size:"},
		{"metrics_file: /nonexistent-folder/b.prom\n", "metrics_file", ":1: metrics_file: /nonexistent-folder/b.prom: folder /nonexistent-folder: no such file or directory"},
		{"metrics_file: /tmp/budapest1956.txt\n", "metrics_file", ":1: metrics_file: /tmp/budapest1956.txt: node_exporter's textfile collector reads only files ending in .prom"},
	} {
		path, s, problems := resolveFile(t, tc.text, nil)
		if len(problems) != 1 {
			t.Errorf("%q: problems %v, want one", tc.text, problems)
			continue
		}
		if got := problems[0].String(); !strings.HasPrefix(got, path) || !strings.Contains(got, tc.want) || problems[0].Key != tc.key {
			t.Errorf("%q: %q, want %s…%s", tc.text, got, path, tc.want)
		}
		// A bad value falls back to the default.
		d, _ := Resolve("", nil, nil, nil)
		if tc.key == "volume" && s.Volume != d.Volume || tc.key == "content_settle" && s.ContentSettle != d.ContentSettle {
			t.Errorf("%q: bad value kept", tc.text)
		}
	}
}

func TestResolve_MetricsFileInAReadOnlyFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		// root writes anywhere; a file where the folder should be fails for everyone.
		dir := t.TempDir()
		notDir := filepath.Join(dir, "file")
		os.WriteFile(notDir, nil, 0o644)
		_, problems := Resolve("", nil, nil, map[string]string{"metrics_file": filepath.Join(notDir, "m.prom")})
		if len(problems) != 1 || !strings.Contains(problems[0].String(), "--metrics_file: "+filepath.Join(notDir, "m.prom")+": "+notDir+" is not a folder") {
			t.Fatalf("%v", problems)
		}
		return
	}
	dir := t.TempDir()
	os.Chmod(dir, 0o555)
	defer os.Chmod(dir, 0o755)
	_, problems := Resolve("", nil, nil, map[string]string{"metrics_file": filepath.Join(dir, "m.prom")})
	if len(problems) != 1 || !strings.Contains(problems[0].String(), "is not writable") {
		t.Fatalf("%v", problems)
	}
}

func TestReadFile_UnknownKeyAndMalformedYAML(t *testing.T) {
	path, _, problems := resolveFile(t, "kiosk: true\nmetrics: /tmp/x\n", nil)
	if len(problems) != 1 || !strings.HasPrefix(problems[0].String(), path+":2: metrics: unknown setting") || !strings.Contains(problems[0].Error, "metrics_file") {
		t.Errorf("%v", problems)
	}
	path, _, problems = resolveFile(t, "kiosk: [true\n", nil)
	if len(problems) != 1 || !strings.Contains(problems[0].String(), path) || !strings.Contains(problems[0].Error, "malformed YAML") {
		t.Errorf("%v", problems)
	}
	_, _, problems = ReadFile(filepath.Join(t.TempDir(), "none.yaml"), false)
	if len(problems) != 0 {
		t.Errorf("missing default file: %v", problems)
	}
	missing := filepath.Join(t.TempDir(), "none.yaml")
	_, _, problems = ReadFile(missing, true)
	if len(problems) != 1 || !strings.Contains(problems[0].String(), missing) {
		t.Errorf("missing named file: %v", problems)
	}
}

func TestFlags_HyphenSpellingsAndHelpListsEachOnce(t *testing.T) {
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	given := Flags(fs)
	if err := fs.Parse([]string{"--metrics-file", "/tmp/a.prom", "--idle_warning", "40s", "--insecure-pin"}); err != nil {
		t.Fatal(err)
	}
	if given["metrics_file"] != "/tmp/a.prom" || given["idle_warning"] != "40s" || given["insecure_pin"] != "true" {
		t.Errorf("given %v", given)
	}
	help := flag.NewFlagSet("help", flag.ContinueOnError)
	HelpFlags(help)
	n := 0
	help.VisitAll(func(f *flag.Flag) {
		n++
		if strings.Contains(f.Name, "-") {
			t.Errorf("help lists the alias %s", f.Name)
		}
	})
	if n != len(Options) {
		t.Errorf("help lists %d flags for %d options", n, len(Options))
	}
}
