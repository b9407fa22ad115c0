package screens

import (
	"fmt"
	"html"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"golang.org/x/image/draw"
	"golang.org/x/image/font"
	"golang.org/x/image/font/basicfont"
	"golang.org/x/image/math/fixed"

	"budapest1956/internal/content"
	"budapest1956/internal/display"
	"budapest1956/internal/ui"
)

// RenderOptions choose what `budapest1956 render` draws.
type RenderOptions struct {
	Out       string   // folder for the PNG files and index.html
	Languages []string // default: every exhibit language
	Size      fyne.Size
}

// Shot is one rendered screen.
type Shot struct {
	File, Lang, Where, Title string
}

// Render draws every screen of the exhibit — home, every view of every page
// with and without its sources overlay, the sources & corrections screen —
// with Fyne's software renderer (no display needed), and writes PNG files,
// an index.html and a contact sheet per language. Curators proof with it.
func Render(ex *content.Exhibit, opt RenderOptions) ([]Shot, error) {
	if err := os.MkdirAll(opt.Out, 0o755); err != nil {
		return nil, fmt.Errorf("render: %w", err)
	}
	langs := opt.Languages
	if len(langs) == 0 {
		for _, l := range ex.Languages {
			langs = append(langs, l.Code)
		}
	}
	test.NewApp()
	defer test.NewApp() // leave a fresh app behind for the caller
	ui.Apply(false, 1)
	ui.SyncPictures = true // each screen is painted as soon as it is laid out
	var shots []Shot
	for _, lang := range langs {
		if !ex.HasLanguage(lang) {
			return nil, fmt.Errorf("render: language %q is not in this exhibit", lang)
		}
		win := test.NewWindow(nil)
		win.SetPadded(false)
		win.Resize(opt.Size)
		a := New(win, ex, Options{Language: lang, Background: now, Do: direct})
		n := 0
		shoot := func(where, title string) error {
			n++
			settle(win)
			name := fmt.Sprintf("%s-%03d-%s.png", lang, n, where)
			if err := savePNG(filepath.Join(opt.Out, name), win.Canvas().Capture()); err != nil {
				return err
			}
			shots = append(shots, Shot{File: name, Lang: lang, Where: where, Title: title})
			return nil
		}
		if err := shoot("home", ex.Title.In(lang, ex.DefaultLanguage)); err != nil {
			return nil, err
		}
		for _, s := range ex.Sections {
			a.ShowSection(s.ID, 0)
			for {
				vi, vn := a.View()
				st := a.cur.(*storyScreen)
				p := s.Pages[st.views[vi].page]
				where := fmt.Sprintf("%s-%s-%d", s.ID, p.ID, vi+1)
				title := p.Title.In(lang, ex.DefaultLanguage)
				if err := shoot(where, title); err != nil {
					return nil, err
				}
				if vi == 0 || st.views[vi-1].page != st.views[vi].page {
					a.showSources(p)
					if err := shoot(where+"-sources", title); err != nil {
						return nil, err
					}
					a.closeOverlays()
				}
				if vi+1 >= vn {
					break
				}
				a.Next()
			}
		}
		a.ShowRadio()
		if err := shoot("radio", a.label("radio")); err != nil {
			return nil, err
		}
		for _, b := range ex.Broadcasts {
			a.ShowBroadcast(b.ID, nil)
			a.player.SeekToCue(1)
			if err := shoot("radio-"+b.ID, display.BroadcastTitle(a.ex, b, a.visit.Lang)); err != nil {
				return nil, err
			}
		}
		a.stopAudio()
		a.ShowLibrary()
		for {
			lv, ln := a.View()
			if err := shoot(fmt.Sprintf("library-%d", lv+1), a.label("all_sources")); err != nil {
				return nil, err
			}
			if lv+1 >= ln {
				break
			}
			a.Next()
		}
		win.Close()
		if err := contactSheet(filepath.Join(opt.Out, "contact-sheet-"+lang+".png"), opt.Out, shots, lang); err != nil {
			return nil, err
		}
	}
	return shots, writeIndex(filepath.Join(opt.Out, "index.html"), shots)
}

func savePNG(path string, img image.Image) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("render: %w", err)
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return fmt.Errorf("render: %s: %w", path, err)
	}
	return f.Close()
}

func writeIndex(path string, shots []Shot) error {
	var b strings.Builder
	b.WriteString("<!doctype html><meta charset=utf-8><title>Budapest 1956 — proof sheets</title>\n" +
		"<style>body{background:#12161c;color:#f3eee4;font-family:sans-serif}figure{display:inline-block;margin:8px;width:400px;vertical-align:top}" +
		"img{width:400px;border:1px solid #3a4350}figcaption{font-size:13px}</style>\n<h1>Budapest 1956 — proof sheets</h1>\n")
	lang := ""
	for _, s := range shots {
		if s.Lang != lang {
			lang = s.Lang
			fmt.Fprintf(&b, "<h2>%s</h2>\n", html.EscapeString(lang))
		}
		fmt.Fprintf(&b, "<figure><a href=%q><img src=%q loading=lazy></a><figcaption>%s<br>%s</figcaption></figure>\n",
			s.File, s.File, html.EscapeString(s.Where), html.EscapeString(s.Title))
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// contactSheet lays every screen of one language out as thumbnails in one
// PNG, labelled with where each screen is, for a quick look at the whole.
func contactSheet(path, dir string, shots []Shot, lang string) error {
	const cols, tw, th, label = 6, 320, 180, 16
	var mine []Shot
	for _, s := range shots {
		if s.Lang == lang && !strings.HasSuffix(s.Where, "-sources") {
			mine = append(mine, s)
		}
	}
	rows := (len(mine) + cols - 1) / cols
	sheet := image.NewRGBA(image.Rect(0, 0, cols*(tw+8)+8, rows*(th+label+8)+8))
	draw.Draw(sheet, sheet.Bounds(), image.NewUniform(ui.Colors().Background), image.Point{}, draw.Src)
	face := basicfont.Face7x13
	for i, s := range mine {
		f, err := os.Open(filepath.Join(dir, s.File))
		if err != nil {
			return fmt.Errorf("contact sheet: %w", err)
		}
		img, err := png.Decode(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("contact sheet: %s: %w", s.File, err)
		}
		x, y := 8+(i%cols)*(tw+8), 8+(i/cols)*(th+label+8)
		draw.ApproxBiLinear.Scale(sheet, image.Rect(x, y, x+tw, y+th), img, img.Bounds(), draw.Src, nil)
		d := font.Drawer{Dst: sheet, Src: image.NewUniform(color.NRGBA{0xc4, 0xbd, 0xb0, 0xff}), Face: face,
			Dot: fixed.P(x, y+th+13)}
		d.DrawString(asciiOnly(s.Where, 45))
	}
	return savePNG(path, sheet)
}

// asciiOnly shortens a label for the built-in bitmap font, which has no
// accented letters (file names and ids are ASCII anyway).
func asciiOnly(s string, n int) string {
	var b strings.Builder
	for _, r := range s {
		if r < 128 {
			b.WriteRune(r)
		}
	}
	out := b.String()
	if len(out) > n {
		out = out[:n-1] + "~"
	}
	return out
}

// settle lays every container out again, top down. A wrapped label learns
// its height only once its parent has given it a width; an on-screen window
// lays out again on the next frame, but a capture is taken at once.
func settle(win fyne.Window) {
	var relayout func(o fyne.CanvasObject)
	relayout = func(o fyne.CanvasObject) {
		switch v := o.(type) {
		case *fyne.Container:
			if v.Layout != nil {
				v.Layout.Layout(v.Objects, v.Size())
			}
			for _, c := range v.Objects {
				relayout(c)
			}
		case fyne.Widget:
			r := test.WidgetRenderer(v)
			r.Layout(v.Size())
			for _, c := range r.Objects() {
				relayout(c)
			}
		}
	}
	for pass := 0; pass < 2; pass++ {
		relayout(win.Content())
		for _, o := range win.Canvas().Overlays().List() {
			relayout(o)
		}
	}
}
