// Package raster is the anti-aliased fill the image and map generators
// share: a shape goes into a Mask's rasteriser, and Composite blends its
// coverage into an RGBA image. Both generators' committed output depends on
// this arithmetic, so it lives once.
package raster

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	"golang.org/x/image/vector"
)

// Mask rasterises one shape at a time into a reused coverage mask.
type Mask struct {
	vector.Rasterizer
	alpha  *image.Alpha
	x0, y0 int
}

// Begin clips a shape's bounds to a w×h image and resets the rasteriser
// to that box. The shape's points are then given relative to (x0, y0);
// ok is false when nothing of the shape is inside the image.
func (m *Mask) Begin(fx0, fy0, fx1, fy1 float64, w, h int) (x0, y0 int, ok bool) {
	x0 = max(int(math.Floor(fx0)), 0)
	y0 = max(int(math.Floor(fy0)), 0)
	x1 := min(int(math.Ceil(fx1))+1, w)
	y1 := min(int(math.Ceil(fy1))+1, h)
	if x0 >= x1 || y0 >= y1 {
		return 0, 0, false
	}
	m.x0, m.y0 = x0, y0
	m.Reset(x1-x0, y1-y0)
	return x0, y0, true
}

// Composite draws the shape's coverage into dst: paint gives the straight
// (non-premultiplied) colour at each pixel centre, blended over dst at
// opacity (0..1).
func (m *Mask) Composite(dst *image.RGBA, paint func(x, y float64) color.NRGBA, opacity float64) {
	size := m.Size()
	w, h := size.X, size.Y
	if m.alpha == nil || cap(m.alpha.Pix) < w*h {
		m.alpha = image.NewAlpha(image.Rect(0, 0, w, h))
	} else {
		m.alpha.Pix = m.alpha.Pix[:w*h]
		m.alpha.Stride = w
		m.alpha.Rect = image.Rect(0, 0, w, h)
		clear(m.alpha.Pix)
	}
	m.DrawOp = draw.Src
	m.Draw(m.alpha, m.alpha.Rect, image.Opaque, image.Point{})
	opa := uint32(math.Round(math.Max(0, math.Min(1, opacity)) * 255))
	for y := 0; y < h; y++ {
		mrow := m.alpha.Pix[y*w : y*w+w]
		drow := dst.Pix[(m.y0+y)*dst.Stride+m.x0*4:]
		for x, cov := range mrow {
			if cov == 0 {
				continue
			}
			s := paint(float64(m.x0+x)+0.5, float64(m.y0+y)+0.5)
			// Coverage × paint alpha × opacity, all in 0..255.
			a := uint32(cov) * uint32(s.A) * opa / (255 * 255)
			if a == 0 {
				continue
			}
			d := drow[x*4 : x*4+4 : x*4+4]
			ia := 255 - a
			d[0] = uint8((uint32(s.R)*a + uint32(d[0])*ia + 127) / 255)
			d[1] = uint8((uint32(s.G)*a + uint32(d[1])*ia + 127) / 255)
			d[2] = uint8((uint32(s.B)*a + uint32(d[2])*ia + 127) / 255)
			d[3] = uint8((255*a + uint32(d[3])*ia + 127) / 255)
		}
	}
}
