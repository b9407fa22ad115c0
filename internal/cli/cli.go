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
	"strconv"
	"strings"

	"budapest1956/internal/content"
)

// Config is what the exhibit window needs to start.
type Config struct {
	Exhibit    *content.Exhibit
	Problems   content.Problems // problems of --content DIR, if it was rejected
	ContentDir string           // the --content folder, "" for the built-in exhibit
	Language   string
	Width      int
	Height     int
	Fullscreen bool
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
		case "help", "-h", "-help", "--help":
			fmt.Fprint(stdout, usage)
			f := newFlags(stdout)
			f.fs.PrintDefaults()
			return 0
		}
		if !strings.HasPrefix(args[0], "-") {
			fmt.Fprintf(stderr, "budapest1956: unknown command %q (commands: validate, render, help)\n", args[0])
			return 2
		}
	}
	f := newFlags(stderr)
	if err := f.fs.Parse(args); err != nil {
		return 2
	}
	if f.fs.NArg() > 0 {
		fmt.Fprintf(stderr, "budapest1956: unexpected argument %q; commands come first, e.g. budapest1956 validate DIR\n", f.fs.Arg(0))
		return 2
	}
	w, h, err := parseSize(f.size)
	if err != nil {
		fmt.Fprintf(stderr, "budapest1956: --size: %v\n", err)
		return 2
	}
	cfg := Config{ContentDir: f.content, Language: f.lang, Width: w, Height: h, Fullscreen: f.fullscreen}
	var custom fs.FS
	if f.content != "" {
		info, err := os.Stat(f.content)
		if err != nil || !info.IsDir() {
			fmt.Fprintf(stderr, "budapest1956: --content %s: not a readable folder; showing the built-in exhibit\n", f.content)
			cfg.Problems = content.Problems{{File: f.content, Message: "not a readable folder"}}
		} else {
			custom = os.DirFS(f.content)
		}
	}
	ex, problems, fellBack := content.Choose(custom, f.content, builtin)
	if ex == nil {
		fmt.Fprint(stderr, problems.String())
		fmt.Fprintln(stderr, "budapest1956: the built-in exhibit is broken; this build cannot start")
		return 1
	}
	if fellBack && custom != nil {
		fmt.Fprint(stderr, problems.Sorted().String())
		fmt.Fprintf(stderr, "budapest1956: %s has %d problems; showing the built-in exhibit\n", f.content, len(problems))
		cfg.Problems = problems
	}
	cfg.Exhibit = ex
	if cfg.Language != "" && !ex.HasLanguage(cfg.Language) {
		fmt.Fprintf(stderr, "budapest1956: --lang %q is not offered by this exhibit; using %q\n", cfg.Language, ex.DefaultLanguage)
		cfg.Language = ""
	}
	if err := cmds.Start(cfg); err != nil {
		fmt.Fprintf(stderr, "budapest1956: %v\n", err)
		return 1
	}
	return 0
}

type flags struct {
	fs         *flag.FlagSet
	content    string
	lang       string
	size       string
	fullscreen bool
}

func newFlags(out io.Writer) *flags {
	f := &flags{fs: flag.NewFlagSet("budapest1956", flag.ContinueOnError)}
	f.fs.SetOutput(out)
	f.fs.StringVar(&f.content, "content", "", "show the exhibit in this `folder` instead of the built-in one")
	f.fs.StringVar(&f.lang, "lang", "", "start in this `language` (a code from exhibit.yaml, e.g. en or hu)")
	f.fs.StringVar(&f.size, "size", "1280x800", "window size as `WIDTHxHEIGHT` in pixels")
	f.fs.BoolVar(&f.fullscreen, "fullscreen", false, "fill the whole screen")
	return f
}

func parseSize(s string) (int, int, error) {
	ws, hs, ok := strings.Cut(strings.ToLower(s), "x")
	if !ok {
		return 0, 0, fmt.Errorf("%q: want WIDTHxHEIGHT, e.g. 1920x1080", s)
	}
	w, err1 := strconv.Atoi(ws)
	h, err2 := strconv.Atoi(hs)
	if err := errors.Join(err1, err2); err != nil || w < 320 || h < 320 || w > 16384 || h > 16384 {
		return 0, 0, fmt.Errorf("%q: want WIDTHxHEIGHT between 320 and 16384, e.g. 1920x1080", s)
	}
	return w, h, nil
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
	ex, problems := content.Load(fsys, label)
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
	w, h, err := parseSize(*size)
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
