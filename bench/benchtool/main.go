// Command benchtool holds the small helpers of the bench/ scripts.
//
//	benchtool homepage DIR
//	    writes DIR/index.html: a static page like the app's home screen (title,
//	    subtitle, the four chapter tiles with their PNGs and texts, the bar),
//	    in English, with the app's fonts and colours, for the Chromium
//	    comparison in bench/startup.sh.
//	benchtool firstsound -file RAW [-threshold 0.001] [-timeout 15s]
//	    watches a raw float32 LE capture file (ALSA file plugin + pacer, see
//	    docs/audio.md) and prints the wall time (Unix ns) at which the first
//	    sample above the threshold was written to it, and its byte offset.
//	benchtool playnow [-broadcast ID] [-lang en] [-wait 1.5s]
//	    the app's audio path without the app: opens the sound device as the
//	    app does, loads a broadcast into an audio.Player (period radio on),
//	    waits, prints the wall time (Unix ns) just before Player.Play, and
//	    plays for 2 s. With firstsound it measures Play → first sample alone.
package main

import (
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"html"
	"image/color"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"time"

	contentfiles "budapest1956/content"
	"budapest1956/internal/audio"
	"budapest1956/internal/content"
	"budapest1956/internal/ui"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: benchtool homepage DIR | firstsound -file RAW [-threshold X] [-timeout D] | playnow [-broadcast ID] [-lang L] [-wait D]")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "homepage":
		if len(os.Args) != 3 {
			err = errors.New("usage: benchtool homepage DIR")
			break
		}
		err = homepage(os.Args[2])
	case "firstsound":
		err = firstSound(os.Args[2:])
	case "playnow":
		err = playNow(os.Args[2:])
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchtool:", err)
		os.Exit(1)
	}
}

func css(c color.NRGBA) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

// homepage writes a static copy of the home screen at 1920×1080: the same
// texts, the same four pictures, the same fonts and colours, laid out the
// same way (title, subtitle, a row of four tiles, the bottom bar).
func homepage(dir string) error {
	ex, probs := content.Load(contentfiles.Files, "content")
	if ex == nil || len(probs) > 0 {
		return fmt.Errorf("the built-in exhibit does not load: %v", probs)
	}
	lang := "en"
	if err := os.MkdirAll(filepath.Join(dir, "images"), 0o755); err != nil {
		return err
	}
	for _, f := range []string{"NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSerif-Bold.ttf", "NotoSerif-Italic.ttf"} {
		data, err := os.ReadFile(filepath.Join("assets", "fonts", f))
		if err != nil {
			return fmt.Errorf("run from the repository root: %w", err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), data, 0o644); err != nil {
			return err
		}
	}
	p := ui.Calm
	var b strings.Builder
	esc := html.EscapeString
	fmt.Fprintf(&b, `<!doctype html>
<html lang=en><meta charset=utf-8><title>%s</title>
<style>
@font-face{font-family:Sans;src:url(NotoSans-Regular.ttf)}
@font-face{font-family:Sans;font-weight:bold;src:url(NotoSans-Bold.ttf)}
@font-face{font-family:Serif;font-weight:bold;src:url(NotoSerif-Bold.ttf)}
@font-face{font-family:Serif;font-style:italic;src:url(NotoSerif-Italic.ttf)}
html,body{margin:0;height:100%%;background:%s;color:%s;font-family:Sans;overflow:hidden}
main{box-sizing:border-box;height:100%%;padding:24px;display:flex;flex-direction:column;gap:12px}
h1{font-family:Serif;font-weight:bold;font-size:52px;margin:0}
h2{font-weight:normal;font-size:38px;margin:0;color:%s}
.tiles{flex:1;display:flex;gap:20px;min-height:0}
.tile{flex:1;background:%s;border-radius:12px;padding:16px;display:flex;flex-direction:column;gap:8px;min-width:0}
.tile img{width:100%%;height:45%%;object-fit:contain}
.tile h3{font-family:Serif;font-weight:bold;font-size:38px;margin:0}
.period{color:%s;font-size:24px}
.summary{font-size:24px}
footer{display:flex;align-items:center;gap:12px}
footer .prompt{flex:1;font-size:38px}
button{min-width:72px;min-height:72px;font:inherit;font-size:30px;color:%s;background:%s;border:0;border-radius:8px;padding:0 20px}
button.on{background:%s}
</style>
<main>
<h1>%s</h1>
<h2>%s</h2>
<div class=tiles>
`, esc(ex.Title.In(lang, ex.DefaultLanguage)), css(p.Background), css(p.Text), css(p.Warning), css(p.Surface), css(p.Warning),
		css(p.Text), css(p.Pressed), css(p.Accent),
		esc(ex.Title.In(lang, ex.DefaultLanguage)), esc(ex.Subtitle.In(lang, ex.DefaultLanguage)))
	for _, s := range ex.Sections {
		src := ""
		if s.Image != nil {
			data, err := ex.ReadFile(s.Image.File)
			if err != nil {
				return err
			}
			src = "images/" + filepath.Base(s.Image.File)
			if err := os.WriteFile(filepath.Join(dir, src), data, 0o644); err != nil {
				return err
			}
		}
		fmt.Fprintf(&b, "<div class=tile><img src=%q alt=\"\"><h3>%s</h3><div class=period>%s</div><div class=summary>%s</div></div>\n",
			src, esc(s.Title.In(lang, ex.DefaultLanguage)), esc(s.Period.In(lang, ex.DefaultLanguage)), esc(s.Summary.In(lang, ex.DefaultLanguage)))
	}
	fmt.Fprintf(&b, "</div>\n<footer><span class=prompt>%s</span>", esc(ex.Label("choose_section", lang)))
	for _, key := range []string{"radio", "all_sources", "reach"} {
		fmt.Fprintf(&b, "<button>%s</button>", esc(ex.Label(key, lang)))
	}
	fmt.Fprintf(&b, "<button>A</button><button>%s</button>", esc(ex.Label("contrast", lang)))
	for _, l := range ex.Languages {
		class := ""
		if l.Code == lang {
			class = " class=on"
		}
		fmt.Fprintf(&b, "<button%s>%s</button>", class, esc(l.Name))
	}
	b.WriteString("</footer>\n</main>\n")
	return os.WriteFile(filepath.Join(dir, "index.html"), []byte(b.String()), 0o644)
}

// firstSound polls a growing capture file until a sample above threshold
// appears in it.
func firstSound(args []string) error {
	fs := flag.NewFlagSet("firstsound", flag.ContinueOnError)
	file := fs.String("file", "", "raw float32 little-endian capture file")
	threshold := fs.Float64("threshold", 0.001, "absolute sample value that counts as sound (0.001 = -60 dBFS)")
	timeout := fs.Duration("timeout", 15*time.Second, "give up after")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *file == "" {
		return errors.New("-file is required")
	}
	deadline := time.Now().Add(*timeout)
	var f *os.File
	for f == nil {
		var err error
		if f, err = os.Open(*file); err != nil {
			if time.Now().After(deadline) {
				return err
			}
			time.Sleep(time.Millisecond)
		}
	}
	defer f.Close()
	var offset int64
	buf := make([]byte, 1<<16)
	var pending []byte
	for time.Now().Before(deadline) {
		n, err := f.Read(buf)
		if n > 0 {
			now := time.Now()
			pending = append(pending, buf[:n]...)
			whole := len(pending) / 4 * 4
			for i := 0; i < whole; i += 4 {
				x := math.Float32frombits(binary.LittleEndian.Uint32(pending[i:]))
				if math.Abs(float64(x)) > *threshold {
					fmt.Printf("first_sound_unix_ns %d\noffset_bytes %d\nvalue %g\n", now.UnixNano(), offset+int64(i), x)
					return nil
				}
			}
			offset += int64(whole)
			pending = append(pending[:0], pending[whole:]...)
			continue
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return err
		}
		time.Sleep(time.Millisecond)
	}
	return fmt.Errorf("no sample above %g in %s within %v (%d bytes read)", *threshold, *file, *timeout, offset)
}

// playNow plays a broadcast through the real device the way the app does
// (audio.OpenOto, audio.Player with the period radio), printing when Play
// was called.
func playNow(args []string) error {
	fs := flag.NewFlagSet("playnow", flag.ContinueOnError)
	id := fs.String("broadcast", "nagy-1956-11-04", "broadcast id")
	lang := fs.String("lang", "en", "narration language")
	wait := fs.Duration("wait", 1500*time.Millisecond, "time between opening the device and Play")
	if err := fs.Parse(args); err != nil {
		return err
	}
	ex, probs := content.Load(contentfiles.Files, "content")
	if ex == nil || len(probs) > 0 {
		return fmt.Errorf("the built-in exhibit does not load: %v", probs)
	}
	b := ex.Broadcast(*id)
	if b == nil {
		return fmt.Errorf("no broadcast %q", *id)
	}
	ogg, err := ex.ReadFile(b.AudioFile(*lang))
	if err != nil {
		return err
	}
	cuesData, err := ex.ReadFile(b.CuesFile(*lang))
	if err != nil {
		return err
	}
	cues, err := audio.ParseCues(cuesData)
	if err != nil {
		return err
	}
	dev, err := audio.OpenOto(audio.DefaultOpenTimeout)
	if err != nil {
		return err
	}
	p := audio.NewPlayer(dev, audio.Options{})
	defer p.Close()
	p.SetRadio(true)
	p.SetVolume(0.8)
	if err := p.Load(b.AudioFile(*lang), ogg, cues.Cues); err != nil {
		return err
	}
	time.Sleep(*wait)
	fmt.Printf("play_unix_ns %d\n", time.Now().UnixNano())
	p.Play()
	time.Sleep(2 * time.Second)
	if d, ok := p.StartDelay(); ok {
		fmt.Printf("handed_ms %.1f\n", float64(d.Microseconds())/1000)
	}
	return nil
}
