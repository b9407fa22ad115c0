package main

import (
	"image"
	"image/color"

	"budapest1956/tools/internal/raster"
)

// Canvas is an RGBA image plus an anti-aliasing rasterizer.
type Canvas struct {
	Img  *image.RGBA
	W, H int
	m    raster.Mask
}

func NewCanvas(w, h int) *Canvas {
	return &Canvas{Img: image.NewRGBA(image.Rect(0, 0, w, h)), W: w, H: h}
}

// Fill paints the inside of p.
func (c *Canvas) Fill(p *Path, paint Paint) { c.FillOpacity(p, paint, 1) }

// FillC paints the inside of p with one colour.
func (c *Canvas) FillC(p *Path, col color.NRGBA) { c.FillOpacity(p, Solid(col), 1) }

// FillOpacity paints p with paint at opacity op (0..1).
func (c *Canvas) FillOpacity(p *Path, paint Paint, op float64) {
	if p.Empty() || op <= 0 {
		return
	}
	fx0, fy0, fx1, fy1 := p.Bounds()
	x0, y0, ok := c.m.Begin(fx0, fy0, fx1, fy1, c.W, c.H)
	if !ok {
		return
	}
	ox, oy := float64(x0), float64(y0)
	f := func(q Pt) (float32, float32) { return float32(q.X - ox), float32(q.Y - oy) }
	open := false
	for _, o := range p.ops {
		switch o.k {
		case opMove:
			if open {
				c.m.ClosePath()
			}
			x, y := f(o.p[0])
			c.m.MoveTo(x, y)
			open = true
		case opLine:
			x, y := f(o.p[0])
			c.m.LineTo(x, y)
		case opQuad:
			ax, ay := f(o.p[0])
			bx, by := f(o.p[1])
			c.m.QuadTo(ax, ay, bx, by)
		case opCube:
			ax, ay := f(o.p[0])
			bx, by := f(o.p[1])
			cx, cy := f(o.p[2])
			c.m.CubeTo(ax, ay, bx, by, cx, cy)
		case opClose:
			c.m.ClosePath()
			open = false
		}
	}
	if open {
		c.m.ClosePath()
	}
	c.m.Composite(c.Img, paint.At, op)
}

// Clear fills the whole canvas with paint.
func (c *Canvas) Clear(paint Paint) {
	c.Fill(Rect(0, 0, float64(c.W), float64(c.H)), paint)
}

// Glow adds a soft elliptical light (col fading to transparent).
func (c *Canvas) Glow(cx, cy, rx, ry float64, col color.NRGBA, strength float64) {
	g := Radial{cx, cy, rx, ry, []Stop{S(0, Alpha(col, strength)), S(0.35, Alpha(col, strength*0.55)), S(1, Alpha(col, 0))}}
	c.Fill(Ellipse(cx, cy, rx, ry), g)
}
