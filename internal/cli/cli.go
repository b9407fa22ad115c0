// Package cli is the budapest1956 command line: subcommands and flags. It has
// no Fyne import; starting the window is handed in by package main, so the
// command line is tested without a display or cgo.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"budapest1956/internal/config"
	"budapest1956/internal/content"
	"budapest1956/internal/kiosk"
	"budapest1956/internal/livecontent"
	"budapest1956/internal/stats"
	"budapest1956/internal/webexport"
)

// Config is what the exhibit window needs to start.
type Config struct {
	config.Settings
	Exhibit    *content.Exhibit
	Problems   content.Problems // problems of the content folder, if it was rejected
	ContentDir string           // the content folder, "" for the built-in exhibit
	Language   string           // start language, checked against the exhibit
	// With watch_content the content is loaded from a private copy of the
	// folder (livecontent), so later copies into the folder never change
	// what is on screen. Snapshot is that copy ("" if the folder was read
	// directly), SnapshotSum its hash when it was valid, SnapshotRoot where
	// the watcher keeps its copies.
	Snapshot     string
	SnapshotSum  string
	SnapshotRoot string
}

// Starter opens the exhibit window and returns when it closes.
type Starter func(Config) error

// RenderConfig is what `render` needs.
type RenderConfig struct {
	Exhibit   *content.Exhibit
	Out       string
	Languages []string
	Width     int
	Height    int
}

// Commands are the parts of the program that need Fyne, handed in by main.
type Commands struct {
	Start  Starter
	Render func(RenderConfig) error
}

const usage = `Budapest 1956 — an exhibit about the Hungarian Revolution of 1956.

Usage:
  budapest1956 [flags]              start the exhibit
  budapest1956 validate [DIR]       check a content folder (default: the built-in exhibit)
  budapest1956 render --out DIR [--content DIR] [--lang en|hu] [--size WxH]
                                    draw every screen to PNG proof sheets (no display needed)
  budapest1956 stats LOG... [--csv]  summarise anonymous visit statistics of kiosk mode
  budapest1956 export-web DIR [--content DIR]
                                    write the exhibit as a static web site
  budapest1956 help                 show this help

Flags:
`

// Run runs the command line and returns the exit code.
func Run(args []string, builtin fs.FS, stdout, stderr io.Writer, cmds Commands) int {
	if len(args) > 0 {
		switch args[0] {
		case "validate":
			return validate(args[1:], builtin, stdout, stderr)
		case "render":
			return render(args[1:], builtin, stdout, stderr, cmds.Render)
		case "stats":
			return stats.RunCommand(args[1:], stdout, stderr)
		case "export-web":
			return webexport.RunCommand(args[1:], builtin, stdout, stderr)
		case "help", "-h", "-help", "--help":
			fmt.Fprint(stdout, usage)
			fset := flag.NewFlagSet("budapest1956", flag.ContinueOnError)
			fset.SetOutput(stdout)
			fset.String("config", "", "read settings from this `file` (default "+config.DefaultPath()+")")
			config.HelpFlags(fset)
			fset.PrintDefaults()
			fmt.Fprintln(stdout, "\nEvery flag but --config is also a key of the config file, e.g. idle: 2m;\nflags may be spelt with - for _ (--metrics-file)")
			return 0
		}
		if !strings.HasPrefix(args[0], "-") {
			fmt.Fprintf(stderr, "budapest1956: unknown command %q (commands: validate, render, stats, export-web, help)\n", args[0])
			return 2
		}
	}
	fset := flag.NewFlagSet("budapest1956", flag.ContinueOnError)
	fset.SetOutput(stderr)
	configPath := fset.String("config", "", "read settings from this `file` (default "+config.DefaultPath()+")")
	given := config.Flags(fset)
	if err := fset.Parse(args); err != nil {
		return 2
	}
	if fset.NArg() > 0 {
		fmt.Fprintf(stderr, "budapest1956: unexpected argument %q; commands come first, e.g. budapest1956 validate DIR\n", fset.Arg(0))
		return 2
	}
	path, named := *configPath, *configPath != ""
	if !named {
		path = config.DefaultPath()
	}
	values, lines, cfgProblems := config.ReadFile(path, named)
	settings, more := config.Resolve(path, values, lines, given)
	cfgProblems = append(cfgProblems, more...)
	fatal := false
	for _, p := range cfgProblems {
		fmt.Fprintln(stderr, "budapest1956: "+p.String())
		// A bad flag, or a config file the user named, is a mistake to fix
		// now; mistakes in the default file are reported and defaults used,
		// so an installed exhibit still starts.
		fatal = fatal || p.File == "" || named
	}
	if fatal {
		return 2
	}
	if settings.Kiosk && settings.PIN == kiosk.DefaultPIN && !settings.InsecurePIN {
		fmt.Fprintf(stderr, "budapest1956: kiosk mode needs a staff PIN of your own: set pin in %s (or --pin); --insecure_pin allows the default for trying it out\n", path)
		return 2
	}
	cfg := Config{Settings: settings, ContentDir: settings.Content, Language: settings.Lang}
	var custom fs.FS
	if settings.Content != "" && settings.WatchContent {
		cfg.SnapshotRoot = livecontent.SnapshotRoot(cacheDir(), settings.Content)
	}
	if settings.Content != "" {
		info, err := os.Stat(settings.Content)
		if err != nil || !info.IsDir() {
			fmt.Fprintf(stderr, "budapest1956: --content %s: not a readable folder; showing the built-in exhibit\n", settings.Content)
			cfg.Problems = content.Problems{{File: settings.Content, Message: "not a readable folder"}}
		} else {
			custom = os.DirFS(settings.Content)
			if settings.WatchContent {
				snap, sum, err := firstSnapshot(settings.Content, cfg.SnapshotRoot)
				if err != nil {
					fmt.Fprintf(stderr, "budapest1956: --content %s: cannot copy it to %s (%v); reading the folder directly\n", settings.Content, cfg.SnapshotRoot, err)
				} else {
					custom, cfg.Snapshot, cfg.SnapshotSum = os.DirFS(snap), snap, sum
				}
			}
		}
	}
	ex, problems, fellBack := content.Choose(custom, settings.Content, builtin)
	if ex == nil {
		fmt.Fprint(stderr, problems.String())
		fmt.Fprintln(stderr, "budapest1956: the built-in exhibit is broken; this build cannot start")
		return 1
	}
	if fellBack && custom != nil {
		fmt.Fprint(stderr, problems.Sorted().String())
		fmt.Fprintf(stderr, "budapest1956: %s has %d problems; showing the built-in exhibit\n", settings.Content, len(problems))
		cfg.Problems = problems
		cfg.SnapshotSum = "" // not the content on screen: check it again when it changes
	}
	cfg.Exhibit = ex
	if cfg.Language != "" && !ex.HasLanguage(cfg.Language) {
		fmt.Fprintf(stderr, "budapest1956: lang %q is not offered by this exhibit; using %q\n", cfg.Language, ex.DefaultLanguage)
		cfg.Language = ""
	}
	if err := cmds.Start(cfg); err != nil {
		fmt.Fprintf(stderr, "budapest1956: %v\n", err)
		return 1
	}
	return 0
}

// firstSnapshot copies the content folder at start. A folder still being
// written (Syncthing at boot) is tried again for a few seconds.
func firstSnapshot(dir, root string) (snap, sum string, err error) {
	for i := 0; i < 5; i++ {
		snap, sum, err = livecontent.Snapshot(dir, root)
		if !errors.Is(err, livecontent.ErrChanging) {
			return snap, sum, err
		}
		time.Sleep(time.Second)
	}
	return "", "", err
}

// cacheDir is the app's cache folder: the user's, or a temporary one for
// an account without a home.
func cacheDir() string {
	if dir, err := os.UserCacheDir(); err == nil {
		return filepath.Join(dir, "budapest1956")
	}
	return filepath.Join(os.TempDir(), fmt.Sprintf("budapest1956-%d", os.Getuid()))
}

// validate prints every problem of a content folder and exits non-zero if any.
func validate(args []string, builtin fs.FS, stdout, stderr io.Writer) int {
	if len(args) > 1 {
		fmt.Fprintln(stderr, "budapest1956 validate: give at most one folder")
		return 2
	}
	fsys, label := builtin, "content"
	if len(args) == 1 {
		info, err := os.Stat(args[0])
		if err != nil || !info.IsDir() {
			fmt.Fprintf(stderr, "budapest1956 validate: %s: not a readable folder\n", args[0])
			return 2
		}
		fsys, label = os.DirFS(args[0]), args[0]
	}
	ex, problems := content.Validate(fsys, label)
	if len(problems) > 0 {
		fmt.Fprint(stdout, problems.Sorted().String())
		fmt.Fprintf(stderr, "%d problems\n", len(problems))
		return 1
	}
	if ex == nil || len(ex.Sections) == 0 {
		fmt.Fprintln(stderr, "no sections")
		return 1
	}
	return 0
}

// render draws proof sheets of a content folder. Unlike the exhibit itself it
// refuses invalid content: a curator proofs exactly the folder they name.
func render(args []string, builtin fs.FS, stdout, stderr io.Writer, draw func(RenderConfig) error) int {
	f := flag.NewFlagSet("budapest1956 render", flag.ContinueOnError)
	f.SetOutput(stderr)
	out := f.String("out", "", "write the PNG files and index.html into this `folder` (required)")
	dir := f.String("content", "", "render this content `folder` instead of the built-in exhibit")
	lang := f.String("lang", "", "render only this `language` (default: all)")
	size := f.String("size", "1920x1080", "screen size as `WIDTHxHEIGHT`")
	if err := f.Parse(args); err != nil {
		return 2
	}
	if *out == "" || f.NArg() > 0 {
		fmt.Fprintln(stderr, "budapest1956 render: give --out DIR (and no other arguments)")
		return 2
	}
	w, h, err := config.ParseSize(*size)
	if err != nil {
		fmt.Fprintf(stderr, "budapest1956 render: --size: %v\n", err)
		return 2
	}
	fsys, label := builtin, "content"
	if *dir != "" {
		if info, err := os.Stat(*dir); err != nil || !info.IsDir() {
			fmt.Fprintf(stderr, "budapest1956 render: --content %s: not a readable folder\n", *dir)
			return 2
		}
		fsys, label = os.DirFS(*dir), *dir
	}
	ex, problems := content.Load(fsys, label)
	if ex == nil || len(problems) > 0 {
		fmt.Fprint(stdout, problems.Sorted().String())
		fmt.Fprintf(stderr, "budapest1956 render: %s has %d problems; fix them first (budapest1956 validate)\n", label, len(problems))
		return 1
	}
	cfg := RenderConfig{Exhibit: ex, Out: *out, Width: w, Height: h}
	if *lang != "" {
		if !ex.HasLanguage(*lang) {
			fmt.Fprintf(stderr, "budapest1956 render: --lang %q is not offered by this exhibit\n", *lang)
			return 2
		}
		cfg.Languages = []string{*lang}
	}
	if err := draw(cfg); err != nil {
		fmt.Fprintf(stderr, "budapest1956 render: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "proof sheets written to %s (open index.html)\n", *out)
	return 0
}
