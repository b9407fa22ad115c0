package main

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	"golang.org/x/image/vector"
)

// Canvas is an RGBA image plus an anti-aliasing rasterizer.
type Canvas struct {
	Img  *image.RGBA
	W, H int
	r    vector.Rasterizer
	mask *image.Alpha
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
	x0 := max(int(math.Floor(fx0)), 0)
	y0 := max(int(math.Floor(fy0)), 0)
	x1 := min(int(math.Ceil(fx1))+1, c.W)
	y1 := min(int(math.Ceil(fy1))+1, c.H)
	if x0 >= x1 || y0 >= y1 {
		return
	}
	w, h := x1-x0, y1-y0
	c.r.Reset(w, h)
	ox, oy := float64(x0), float64(y0)
	f := func(q Pt) (float32, float32) { return float32(q.X - ox), float32(q.Y - oy) }
	open := false
	for _, o := range p.ops {
		switch o.k {
		case opMove:
			if open {
				c.r.ClosePath()
			}
			x, y := f(o.p[0])
			c.r.MoveTo(x, y)
			open = true
		case opLine:
			x, y := f(o.p[0])
			c.r.LineTo(x, y)
		case opQuad:
			ax, ay := f(o.p[0])
			bx, by := f(o.p[1])
			c.r.QuadTo(ax, ay, bx, by)
		case opCube:
			ax, ay := f(o.p[0])
			bx, by := f(o.p[1])
			cx, cy := f(o.p[2])
			c.r.CubeTo(ax, ay, bx, by, cx, cy)
		case opClose:
			c.r.ClosePath()
			open = false
		}
	}
	if open {
		c.r.ClosePath()
	}
	if c.mask == nil || cap(c.mask.Pix) < w*h {
		c.mask = image.NewAlpha(image.Rect(0, 0, w, h))
	} else {
		c.mask.Pix = c.mask.Pix[:w*h]
		c.mask.Stride = w
		c.mask.Rect = image.Rect(0, 0, w, h)
		clear(c.mask.Pix)
	}
	c.r.DrawOp = draw.Src
	c.r.Draw(c.mask, c.mask.Rect, image.Opaque, image.Point{})

	opa := uint32(math.Round(op * 255))
	solid, isSolid := paint.(Solid)
	for y := 0; y < h; y++ {
		mrow := c.mask.Pix[y*w : y*w+w]
		drow := c.Img.Pix[(y0+y)*c.Img.Stride+x0*4:]
		for x, m := range mrow {
			if m == 0 {
				continue
			}
			var s color.NRGBA
			if isSolid {
				s = color.NRGBA(solid)
			} else {
				s = paint.At(float64(x0+x)+0.5, float64(y0+y)+0.5)
			}
			// Coverage × paint alpha × opacity, all in 0..255.
			a := uint32(m) * uint32(s.A) * opa / (255 * 255)
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

// Clear fills the whole canvas with paint.
func (c *Canvas) Clear(paint Paint) {
	c.Fill(Rect(0, 0, float64(c.W), float64(c.H)), paint)
}

// Glow adds a soft elliptical light (col fading to transparent).
func (c *Canvas) Glow(cx, cy, rx, ry float64, col color.NRGBA, strength float64) {
	g := Radial{cx, cy, rx, ry, []Stop{S(0, Alpha(col, strength)), S(0.35, Alpha(col, strength*0.55)), S(1, Alpha(col, 0))}}
	c.Fill(Ellipse(cx, cy, rx, ry), g)
}
