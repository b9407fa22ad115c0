// Package config holds the app's settings: one table of options that is both
// the command-line flags and the keys of the config file, so the two can
// never drift apart. The file is YAML, `key: value`, one per line.
package config

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"budapest1956/internal/kiosk"
)

type kind int

const (
	kString kind = iota
	kBool
	kDuration
	kInt
	kSize
	kChoice
)

// Option is one setting: a flag --name and a config key name. Field says
// which member of Settings it fills; set parses the text by Kind and writes
// through Field, so every option has its own destination.
type Option struct {
	Name    string
	Kind    kind
	Default string
	Help    string
	Choices []string // for kChoice
	Min     int      // for kInt
	Max     int
	// MinDuration and MinReason bound a kDuration from below; MaxDuration
	// (if not 0) from above.
	MinDuration time.Duration
	MaxDuration time.Duration
	MinReason   string
	// Check validates a kString value further (e.g. the PIN's digits).
	Check func(string) error
	// Field points at the member of s the option fills: *string, *bool,
	// *time.Duration, *int, *float32 (kChoice) or *[2]int (kSize).
	Field func(s *Settings) any
}

// Options lists every setting. The README's table is checked against it.
var Options = []Option{
	{Name: "content", Kind: kString, Help: "show the exhibit in this folder instead of the built-in one",
		Field: func(s *Settings) any { return &s.Content }},
	{Name: "watch_content", Kind: kBool, Default: "true", Help: "with content: watch the folder and switch to a changed exhibit once it is complete and valid, without a restart",
		Field: func(s *Settings) any { return &s.WatchContent }},
	{Name: "content_settle", Kind: kDuration, Default: "1s", Help: "with watch_content: how long the folder must stay unchanged before the new content is checked", MinDuration: 200 * time.Millisecond, MaxDuration: 10 * time.Minute,
		Field: func(s *Settings) any { return &s.ContentSettle }},
	{Name: "lang", Kind: kString, Help: "start (and reset to) this language, a code from exhibit.yaml, e.g. en or hu",
		Field: func(s *Settings) any { return &s.Lang }},
	{Name: "start", Kind: kString, Default: "home", Help: "screen to start on: home, radio, or the id of a page or broadcast (not in kiosk mode)",
		Field: func(s *Settings) any { return &s.Start }},
	{Name: "size", Kind: kSize, Default: "1280x800", Help: "window size as WIDTHxHEIGHT in pixels",
		Field: func(s *Settings) any { return &s.size }},
	{Name: "fullscreen", Kind: kBool, Default: "false", Help: "fill the whole screen",
		Field: func(s *Settings) any { return &s.Fullscreen }},
	{Name: "kiosk", Kind: kBool, Default: "false", Help: "unattended installation: full screen, no cursor, no closing, idle reset, attract loop, staff panel",
		Field: func(s *Settings) any { return &s.Kiosk }},
	{Name: "idle", Kind: kDuration, Default: "90s", Help: "kiosk: time without a touch before \"Are you still there?\"", MinDuration: 5 * time.Second,
		Field: func(s *Settings) any { return &s.Idle }},
	{Name: "idle_warning", Kind: kDuration, Default: "30s", Help: "kiosk: countdown of the warning before the exhibit resets (at least 20s)", MinDuration: 20 * time.Second, MinReason: "so a visitor can react (WCAG 2.2.1)",
		Field: func(s *Settings) any { return &s.IdleWarning }},
	{Name: "pin", Kind: kString, Default: "1956", Help: "kiosk: staff PIN, 4 to 8 digits (the default is refused in kiosk mode)",
		Check: func(v string) error {
			if !kiosk.ValidPIN(v) {
				return fmt.Errorf("want 4 to 8 digits")
			}
			return nil
		},
		Field: func(s *Settings) any { return &s.PIN }},
	{Name: "insecure_pin", Kind: kBool, Default: "false", Help: "kiosk: allow the default PIN (for trying kiosk mode out, never in public)",
		Field: func(s *Settings) any { return &s.InsecurePIN }},
	{Name: "stats_log", Kind: kString, Default: "", Help: "kiosk: file for anonymous visit statistics (default: the user cache folder)",
		Field: func(s *Settings) any { return &s.StatsLog }},
	{Name: "heartbeat", Kind: kString, Default: "", Help: "kiosk: health file rewritten every 10 s (default: the user cache folder)",
		Field: func(s *Settings) any { return &s.Heartbeat }},
	{Name: "metrics_file", Kind: kString, Default: "", Help: "write Prometheus metrics to this file every 15 s, for node_exporter's textfile collector (e.g. /var/lib/prometheus/node-exporter/budapest1956.prom); default: none",
		Check: func(v string) error {
			if v != "" && !strings.HasSuffix(v, ".prom") {
				return fmt.Errorf("%s: node_exporter's textfile collector reads only files ending in .prom", v)
			}
			return writableFolderOf(v)
		},
		Field: func(s *Settings) any { return &s.MetricsFile }},
	{Name: "log", Kind: kString, Default: "", Help: "write the log to this file instead of standard error",
		Field: func(s *Settings) any { return &s.Log }},
	{Name: "reach", Kind: kBool, Default: "false", Help: "start with all controls low on the screen (reach mode)",
		Field: func(s *Settings) any { return &s.Reach }},
	{Name: "text_size", Kind: kChoice, Default: "1", Choices: []string{"1", "1.5", "2"}, Help: "start with this text size: 1, 1.5 or 2",
		Field: func(s *Settings) any { return &s.TextSize }},
	{Name: "high_contrast", Kind: kBool, Default: "false", Help: "start in the high-contrast theme",
		Field: func(s *Settings) any { return &s.HighContrast }},
	{Name: "reduced_motion", Kind: kBool, Default: "false", Help: "no animations: every change is instant",
		Field: func(s *Settings) any { return &s.ReducedMotion }},
	{Name: "volume", Kind: kInt, Default: "80", Help: "sound volume in percent", Min: 0, Max: 100,
		Field: func(s *Settings) any { return &s.Volume }},
	{Name: "audio_mode", Kind: kBool, Default: "false", Help: "start (and, in kiosk mode, reset to) audio mode: everything spoken, for blind visitors (needs flite and espeak-ng)",
		Field: func(s *Settings) any { return &s.AudioMode }},
}

// AudioKeyActions are the audio mode's actions whose keys a config can
// change (audio_keys_ACTION: key names separated by spaces), in the order
// of Settings.AudioKeys.
var AudioKeyActions = []struct{ Name, Default, Help string }{
	{"next", "Down", "the next item"},
	{"previous", "Up", "the previous item"},
	{"activate", "Return KP_Enter Space", "activate the item"},
	{"back", "Escape BackSpace", "back (close an overlay, leave the player)"},
	{"home", "Home", "the home screen"},
	{"help", "F1 ?", "spoken help"},
	{"volume_up", "+", "louder"},
	{"volume_down", "-", "softer"},
	{"audio_mode", "F2", "audio mode on or off"},
}

// KeyNames are the key names a keypad binding may use (Fyne's names), besides
// any single character (+, ?, a digit typed by a numeric keypad).
var KeyNames = map[string]bool{}

func init() {
	for _, k := range strings.Fields("Up Down Left Right Return KP_Enter Space Escape BackSpace Home End Prior Next Tab Insert Delete " +
		"F1 F2 F3 F4 F5 F6 F7 F8 F9 F10 F11 F12 A B C D E F G H I J K L M N O P Q R S T U V W X Y Z 0 1 2 3 4 5 6 7 8 9") {
		KeyNames[k] = true
	}
	for i, act := range AudioKeyActions {
		i := i
		Options = append(Options, Option{Name: "audio_keys_" + act.Name, Kind: kString, Default: act.Default,
			Help:  "audio mode: the keys for " + act.Help + ", separated by spaces (e.g. Down KP_2)",
			Check: checkKeys,
			Field: func(s *Settings) any { return &s.AudioKeys[i] }})
	}
}

// KeyBindings are the audio mode's keys by action (AudioKeyActions' names).
func (s Settings) KeyBindings() map[string][]string {
	out := map[string][]string{}
	for i, act := range AudioKeyActions {
		if keys := strings.Fields(s.AudioKeys[i]); len(keys) > 0 {
			out[act.Name] = keys
		}
	}
	return out
}

// checkKeys accepts key names separated by spaces.
func checkKeys(v string) error {
	keys := strings.Fields(v)
	if len(keys) == 0 {
		return errors.New("no key given")
	}
	for _, k := range keys {
		if !KeyNames[k] && len([]rune(k)) != 1 {
			return fmt.Errorf("%q is not a key name (use Up, Down, Return, KP_Enter, Space, Escape, BackSpace, Home, F1–F12, a letter, a digit or one character)", k)
		}
	}
	return nil
}

// Settings are the resolved, typed values.
type Settings struct {
	Content       string
	WatchContent  bool
	ContentSettle time.Duration
	MetricsFile   string
	Lang          string
	Start         string
	Width         int
	Height        int
	Fullscreen    bool
	Kiosk         bool
	Idle          time.Duration
	IdleWarning   time.Duration
	PIN           string
	InsecurePIN   bool
	StatsLog      string
	Heartbeat     string
	Log           string
	Volume        int

	size [2]int // width and height, copied to Width and Height by Resolve

	Reach         bool
	TextSize      float32
	HighContrast  bool
	ReducedMotion bool
	AudioMode     bool
	AudioKeys     [9]string // by AudioKeyActions

	File  string          // the config file read, "" if none
	Given map[string]bool // settings set by the file or a flag, not defaults
}

// Problem is a mistake in the config file or a flag.
type Problem struct {
	File  string // "" for a flag
	Line  int
	Key   string
	Error string
}

func (p Problem) String() string {
	if p.File == "" {
		return fmt.Sprintf("--%s: %s", p.Key, p.Error)
	}
	return fmt.Sprintf("%s:%d: %s: %s", p.File, p.Line, p.Key, p.Error)
}

// DefaultPath is where the config file lives when --config is not given.
func DefaultPath() string {
	dir, err := os.UserConfigDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "budapest1956", "config.yaml")
}

// Flags registers every option on fs. The returned map holds the values of
// the flags actually given, by option name. A name with underscores is
// also accepted with hyphens (--metrics-file for --metrics_file).
func Flags(fs *flag.FlagSet) map[string]string { return flags(fs, true) }

// HelpFlags registers every option once, by its own name, for the help text.
func HelpFlags(fs *flag.FlagSet) { flags(fs, false) }

func flags(fs *flag.FlagSet, aliases bool) map[string]string {
	given := map[string]string{}
	for _, o := range Options {
		name := o.Name
		spellings := []string{name}
		if alias := strings.ReplaceAll(name, "_", "-"); aliases && alias != name {
			spellings = append(spellings, alias)
		}
		for _, spelling := range spellings {
			if o.Kind == kBool {
				fs.Var(boolFlag{given: given, name: name}, spelling, o.Help)
				continue
			}
			fs.Func(spelling, o.Help+defaultNote(o), func(v string) error { given[name] = v; return nil })
		}
	}
	return given
}

func defaultNote(o Option) string {
	if o.Default == "" {
		return ""
	}
	return " (default " + o.Default + ")"
}

type boolFlag struct {
	given map[string]string
	name  string
}

func (b boolFlag) String() string   { return "" }
func (b boolFlag) IsBoolFlag() bool { return true }
func (b boolFlag) Set(v string) error {
	if _, err := strconv.ParseBool(v); err != nil {
		return fmt.Errorf("want true or false")
	}
	b.given[b.name] = v
	return nil
}

// ReadFile reads a config file. A missing file at the default path is not an
// error; a missing file the user named is.
func ReadFile(path string, mustExist bool) (values map[string]string, lines map[string]int, problems []Problem) {
	values, lines = map[string]string{}, map[string]int{}
	data, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) && !mustExist {
			return values, lines, nil
		}
		return values, lines, []Problem{{File: path, Key: "-", Error: fmt.Sprintf("cannot read: %v", err)}}
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return values, lines, []Problem{{File: path, Line: yamlLine(err), Key: "-", Error: "malformed YAML: " + err.Error()}}
	}
	if len(doc.Content) == 0 {
		return values, lines, nil // an empty file: all defaults
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return values, lines, []Problem{{File: path, Line: root.Line, Key: "-", Error: "expected key: value lines"}}
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if lookup(k.Value) == nil {
			problems = append(problems, Problem{File: path, Line: k.Line, Key: k.Value, Error: "unknown setting (known: " + strings.Join(names(), ", ") + ")"})
			continue
		}
		if v.Kind != yaml.ScalarNode {
			problems = append(problems, Problem{File: path, Line: v.Line, Key: k.Value, Error: "expected a single value"})
			continue
		}
		values[k.Value], lines[k.Value] = v.Value, k.Line
	}
	return values, lines, problems
}

func yamlLine(err error) int {
	var n int
	if _, e := fmt.Sscanf(err.Error(), "yaml: line %d:", &n); e == nil {
		return n
	}
	return 0
}

func lookup(name string) *Option {
	for i := range Options {
		if Options[i].Name == name {
			return &Options[i]
		}
	}
	return nil
}

func names() []string {
	var out []string
	for _, o := range Options {
		out = append(out, o.Name)
	}
	sort.Strings(out)
	return out
}

// Resolve merges defaults, the config file and flags (flags win) into typed
// settings. Every bad value is reported where it came from; a bad value
// falls back to the default so the exhibit still starts.
func Resolve(file string, fileValues map[string]string, fileLines map[string]int, flags map[string]string) (Settings, []Problem) {
	var s Settings
	var problems []Problem
	s.File = file
	s.Given = map[string]bool{}
	for _, o := range Options {
		v, from, line := o.Default, "", 0
		if fv, ok := fileValues[o.Name]; ok {
			v, from, line = fv, file, fileLines[o.Name]
		}
		if fl, ok := flags[o.Name]; ok {
			v, from, line = fl, "", 0
		}
		if v != o.Default {
			s.Given[o.Name] = true
		}
		if err := set(&s, o, v); err != nil {
			problems = append(problems, Problem{File: from, Line: line, Key: o.Name, Error: err.Error()})
			_ = set(&s, o, o.Default)
		}
	}
	s.Width, s.Height = s.size[0], s.size[1]
	return s, problems
}

// set parses v by the option's kind and writes it through its Field.
func set(s *Settings, o Option, v string) error {
	v = strings.TrimSpace(v)
	dst := o.Field(s)
	switch o.Kind {
	case kBool:
		b, err := strconv.ParseBool(v)
		if err != nil {
			return fmt.Errorf("%q: want true or false", v)
		}
		*dst.(*bool) = b
	case kDuration:
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 {
			return fmt.Errorf("%q: want a duration like 90s or 2m", v)
		}
		if d < o.MinDuration {
			msg := fmt.Sprintf("%v: at least %v", d, o.MinDuration)
			if o.MinReason != "" {
				msg += ", " + o.MinReason
			}
			return errors.New(msg)
		}
		if o.MaxDuration > 0 && d > o.MaxDuration {
			return fmt.Errorf("%v: at most %v", d, o.MaxDuration)
		}
		*dst.(*time.Duration) = d
	case kInt:
		n, err := strconv.Atoi(v)
		if err != nil || n < o.Min || n > o.Max {
			return fmt.Errorf("%q: want a whole number from %d to %d", v, o.Min, o.Max)
		}
		*dst.(*int) = n
	case kChoice:
		ok := false
		for _, c := range o.Choices {
			ok = ok || c == v
		}
		if !ok {
			return fmt.Errorf("%q: want one of %s", v, strings.Join(o.Choices, ", "))
		}
		f, _ := strconv.ParseFloat(v, 32)
		*dst.(*float32) = float32(f)
	case kSize:
		w, h, err := ParseSize(v)
		if err != nil {
			return err
		}
		*dst.(*[2]int) = [2]int{w, h}
	default:
		if o.Check != nil {
			if err := o.Check(v); err != nil {
				return err
			}
		}
		*dst.(*string) = v
	}
	return nil
}

// writableFolderOf checks that a file can be created next to path, as the
// atomic writers (temporary file, then rename) need; "" is fine (off).
func writableFolderOf(path string) error {
	if path == "" {
		return nil
	}
	dir := filepath.Dir(path)
	info, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("%s: folder %s: %v", path, dir, errors.Unwrap(err))
	}
	if !info.IsDir() {
		return fmt.Errorf("%s: %s is not a folder", path, dir)
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("%s: folder %s is not writable: %v", path, dir, errors.Unwrap(err))
	}
	f.Close()
	os.Remove(f.Name())
	return nil
}

// ParseSize reads WIDTHxHEIGHT.
func ParseSize(s string) (int, int, error) {
	ws, hs, ok := strings.Cut(strings.ToLower(s), "x")
	w, err1 := strconv.Atoi(ws)
	h, err2 := strconv.Atoi(hs)
	if !ok || err1 != nil || err2 != nil || w < 320 || h < 320 || w > 16384 || h > 16384 {
		return 0, 0, fmt.Errorf("%q: want WIDTHxHEIGHT between 320 and 16384, e.g. 1920x1080", s)
	}
	return w, h, nil
}
