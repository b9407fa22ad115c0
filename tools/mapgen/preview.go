package main

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math"
	"os"
	"path/filepath"
	"strings"

	xdraw "golang.org/x/image/draw"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// Previews, for checking label placement only (never shipped): the map
// scaled to a display width, with each label drawn roughly as the app's
// LabeledImage draws it (internal/ui/labeled.go): a 12 px amber dot, the
// text 24 px bold on a dark rounded box to the right of the dot, or to its
// left when it would leave the picture. Go Bold stands in for the app font.
var previewWidths = []int{790, 1000}

const (
	pvDot  = 12
	pvPad  = 6
	pvSize = 24
)

func writePreviews(dir string, m Map, c *Canvas) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := opentype.Parse(gobold.TTF)
	if err != nil {
		return err
	}
	face, err := opentype.NewFace(f, &opentype.FaceOptions{Size: pvSize, DPI: 72, Hinting: font.HintingFull})
	if err != nil {
		return err
	}
	for _, w := range previewWidths {
		for _, lang := range []string{"en", "hu"} {
			h := w * imgH / imgW
			img := image.NewRGBA(image.Rect(0, 0, w, h))
			xdraw.CatmullRom.Scale(img, img.Bounds(), c.Img, c.Img.Bounds(), draw.Src, nil)
			for _, l := range m.Labels {
				fx, fy := m.Proj.Frac(l.At)
				text := l.EN
				if lang == "hu" {
					text = l.HU
				}
				drawPreviewLabel(img, face, fx*float64(w), fy*float64(h), text)
			}
			name := fmt.Sprintf("%s-%d-%s.png", strings.TrimSuffix(m.File, ".png"), w, lang)
			b, err := encodePNG(img)
			if err != nil {
				return err
			}
			if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}

func drawPreviewLabel(img *image.RGBA, face font.Face, x, y float64, text string) {
	w := float64(img.Bounds().Dx())
	adv := font.MeasureString(face, text)
	tw := float64(adv) / 64
	m := face.Metrics()
	th := float64(m.Ascent+m.Descent) / 64
	tx := x + pvDot
	if tx+tw+2*pvPad > w {
		tx = x - pvDot - tw - 2*pvPad
	}
	box := image.Rect(int(tx), int(y-th/2-pvPad/2), int(tx+tw+2*pvPad), int(y+th/2+pvPad/2))
	draw.Draw(img, box, &image.Uniform{color.NRGBA{0, 0, 0, 0xb0}}, image.Point{}, draw.Over)
	for yy := int(y - pvDot/2); yy <= int(y+pvDot/2); yy++ {
		for xx := int(x - pvDot/2); xx <= int(x+pvDot/2); xx++ {
			if math.Hypot(float64(xx)-x, float64(yy)-y) <= pvDot/2 {
				img.Set(xx, yy, color.NRGBA{0xf0, 0xc0, 0x6a, 0xff})
			}
		}
	}
	dr := font.Drawer{Dst: img, Src: image.NewUniform(color.NRGBA{0xf3, 0xee, 0xe4, 0xff}), Face: face,
		Dot: fixed.P(int(tx+pvPad), int(y-th/2)+m.Ascent.Ceil())}
	dr.DrawString(text)
}
