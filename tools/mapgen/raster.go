package main

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math"

	"budapest1956/tools/internal/raster"
)

// Pt is a point in pixels.
type Pt struct{ X, Y float64 }

func (a Pt) Add(b Pt) Pt         { return Pt{a.X + b.X, a.Y + b.Y} }
func (a Pt) Sub(b Pt) Pt         { return Pt{a.X - b.X, a.Y - b.Y} }
func (a Pt) Mul(k float64) Pt    { return Pt{a.X * k, a.Y * k} }
func (a Pt) Len() float64        { return math.Hypot(a.X, a.Y) }
func lerp(a, b Pt, t float64) Pt { return Pt{a.X + (b.X-a.X)*t, a.Y + (b.Y-a.Y)*t} }
func hex(s string) color.NRGBA   { return hexA(s, 255) }
func withA(c color.NRGBA, a float64) color.NRGBA {
	c.A = uint8(math.Round(float64(c.A) * clamp01(a)))
	return c
}

func hexA(s string, a uint8) color.NRGBA {
	var v [3]uint8
	for i := range v {
		h := s[1+2*i : 3+2*i]
		var n uint8
		for _, ch := range h {
			n <<= 4
			switch {
			case ch >= '0' && ch <= '9':
				n |= uint8(ch - '0')
			case ch >= 'a' && ch <= 'f':
				n |= uint8(ch - 'a' + 10)
			case ch >= 'A' && ch <= 'F':
				n |= uint8(ch - 'A' + 10)
			}
		}
		v[i] = n
	}
	return color.NRGBA{v[0], v[1], v[2], a}
}

func clamp01(v float64) float64 { return math.Max(0, math.Min(1, v)) }

// Paint gives the colour at a pixel centre.
type Paint func(x, y float64) color.NRGBA

// Solid paints one colour everywhere.
func Solid(c color.NRGBA) Paint { return func(float64, float64) color.NRGBA { return c } }

// Linear blends from c0 at a to c1 at b (clamped beyond), in NRGBA space.
func Linear(a, b Pt, c0, c1 color.NRGBA) Paint {
	d := b.Sub(a)
	l2 := d.X*d.X + d.Y*d.Y
	return func(x, y float64) color.NRGBA {
		t := clamp01(((x-a.X)*d.X + (y-a.Y)*d.Y) / l2)
		return mix(c0, c1, t)
	}
}

func mix(a, b color.NRGBA, t float64) color.NRGBA {
	f := func(p, q uint8) uint8 { return uint8(math.Round(float64(p) + (float64(q)-float64(p))*t)) }
	return color.NRGBA{f(a.R, b.R), f(a.G, b.G), f(a.B, b.B), f(a.A, b.A)}
}

// Canvas is an opaque RGBA image with an anti-aliasing rasteriser.
type Canvas struct {
	Img  *image.RGBA
	W, H int
	m    raster.Mask
}

func NewCanvas(w, h int) *Canvas {
	return &Canvas{Img: image.NewRGBA(image.Rect(0, 0, w, h)), W: w, H: h}
}

// Fill paints the inside of the closed polylines (a polygon with holes is
// its outer ring plus oppositely wound inner rings). Overlapping rings of the
// same winding simply cover (coverage is clamped), so unions of pieces work.
func (c *Canvas) Fill(rings [][]Pt, paint Paint, opacity float64) {
	if opacity <= 0 || len(rings) == 0 {
		return
	}
	fx0, fy0, fx1, fy1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, r := range rings {
		for _, p := range r {
			fx0, fy0 = math.Min(fx0, p.X), math.Min(fy0, p.Y)
			fx1, fy1 = math.Max(fx1, p.X), math.Max(fy1, p.Y)
		}
	}
	x0, y0, ok := c.m.Begin(fx0, fy0, fx1, fy1, c.W, c.H)
	if !ok {
		return
	}
	w, h := c.m.Size().X, c.m.Size().Y
	// Positions far outside the canvas are pulled in to a margin: the
	// rasteriser clips by itself, but huge values lose precision.
	const m = 4096
	cl := func(v, lo, hi float64) float32 { return float32(math.Max(lo-m, math.Min(hi+m, v))) }
	for _, r := range rings {
		if len(r) < 2 {
			continue
		}
		for i, p := range r {
			x, y := cl(p.X-float64(x0), 0, float64(w)), cl(p.Y-float64(y0), 0, float64(h))
			if i == 0 {
				c.m.MoveTo(x, y)
			} else {
				c.m.LineTo(x, y)
			}
		}
		c.m.ClosePath()
	}
	c.m.Composite(c.Img, paint, opacity)
}

// FillC fills with one colour.
func (c *Canvas) FillC(rings [][]Pt, col color.NRGBA) { c.Fill(rings, Solid(col), 1) }

// Stroke draws polylines of width w with round joins and caps, in one pass
// (so overlaps of a translucent line do not darken).
func (c *Canvas) Stroke(lines [][]Pt, w float64, col color.NRGBA) {
	var rings [][]Pt
	for _, l := range lines {
		rings = append(rings, strokeRings(l, w)...)
	}
	c.Fill(rings, Solid(col), 1)
}

// Dashed strokes lines with dashes of length on and gaps of length off.
func (c *Canvas) Dashed(lines [][]Pt, w, on, off float64, col color.NRGBA) {
	var dashes [][]Pt
	for _, l := range lines {
		dashes = append(dashes, dash(l, on, off)...)
	}
	c.Stroke(dashes, w, col)
}

// Disc fills a circle.
func (c *Canvas) Disc(p Pt, r float64, col color.NRGBA) {
	c.FillC([][]Pt{circle(p, r)}, col)
}

// Ring strokes a circle outline.
func (c *Canvas) Ring(p Pt, r, w float64, col color.NRGBA) {
	outer := circle(p, r+w/2)
	inner := circle(p, r-w/2)
	for i, j := 0, len(inner)-1; i < j; i, j = i+1, j-1 {
		inner[i], inner[j] = inner[j], inner[i]
	}
	c.FillC([][]Pt{outer, inner}, col)
}

func circle(p Pt, r float64) []Pt {
	n := max(12, int(r*2))
	out := make([]Pt, n)
	for i := range out {
		a := 2 * math.Pi * float64(i) / float64(n)
		out[i] = Pt{p.X + r*math.Cos(a), p.Y + r*math.Sin(a)}
	}
	return out
}

// strokeRings returns the outline of a polyline as segment quads and joint
// discs, all wound the same way.
func strokeRings(l []Pt, w float64) [][]Pt {
	r := w / 2
	var out [][]Pt
	for i := 0; i+1 < len(l); i++ {
		a, b := l[i], l[i+1]
		d := b.Sub(a)
		n := d.Len()
		if n == 0 {
			continue
		}
		nn := Pt{-d.Y / n * r, d.X / n * r}
		// Wound like circle(): overlapping pieces must not cancel out.
		out = append(out, []Pt{a.Sub(nn), b.Sub(nn), b.Add(nn), a.Add(nn)})
	}
	if r >= 0.6 {
		for _, p := range l {
			out = append(out, circle(p, r))
		}
	}
	return out
}

// dash cuts a polyline into dashes.
func dash(l []Pt, on, off float64) [][]Pt {
	var out [][]Pt
	var cur []Pt
	drawing, left := true, on
	for i := 0; i+1 < len(l); i++ {
		a, b := l[i], l[i+1]
		seg := b.Sub(a).Len()
		pos := 0.0
		for seg-pos > left {
			p := lerp(a, b, (pos+left)/seg)
			if drawing {
				if len(cur) == 0 {
					cur = append(cur, lerp(a, b, pos/seg))
				}
				cur = append(cur, p)
				out = append(out, cur)
				cur = nil
			}
			pos += left
			drawing = !drawing
			if drawing {
				left = on
			} else {
				left = off
			}
		}
		left -= seg - pos
		if drawing {
			if len(cur) == 0 {
				cur = append(cur, lerp(a, b, pos/seg))
			}
			cur = append(cur, b)
		}
	}
	if len(cur) > 1 {
		out = append(out, cur)
	}
	return out
}

// Bezier samples a quadratic Bézier curve a→b with control point ctl.
func Bezier(a, ctl, b Pt, n int) []Pt {
	out := make([]Pt, n+1)
	for i := range out {
		t := float64(i) / float64(n)
		out[i] = lerp(lerp(a, ctl, t), lerp(ctl, b, t), t)
	}
	return out
}

// ArrowShape returns one closed outline for a tapered arrow along the
// centre line pts: body width w0 at the tail to w1 before the head, a head
// headW wide and headL long ending at the last point.
func ArrowShape(pts []Pt, w0, w1, headW, headL float64) []Pt {
	// Cut the centre line where the head begins.
	total := 0.0
	for i := 0; i+1 < len(pts); i++ {
		total += pts[i+1].Sub(pts[i]).Len()
	}
	bodyLen := total - headL
	var body []Pt
	acc := 0.0
	body = append(body, pts[0])
	var base Pt
	for i := 0; i+1 < len(pts); i++ {
		s := pts[i+1].Sub(pts[i]).Len()
		if acc+s >= bodyLen {
			base = lerp(pts[i], pts[i+1], (bodyLen-acc)/s)
			body = append(body, base)
			break
		}
		acc += s
		body = append(body, pts[i+1])
	}
	tip := pts[len(pts)-1]
	var left, right []Pt
	acc = 0
	for i, p := range body {
		var d Pt
		switch {
		case i == 0:
			d = body[1].Sub(body[0])
		case i == len(body)-1:
			d = body[i].Sub(body[i-1])
		default:
			d = body[i+1].Sub(body[i-1])
		}
		if i > 0 {
			acc += body[i].Sub(body[i-1]).Len()
		}
		t := acc / math.Max(bodyLen, 1e-9)
		// Ease the taper so the tail thins out softly.
		w := w0 + (w1-w0)*math.Sqrt(t)
		n := d.Mul(1 / math.Max(d.Len(), 1e-9))
		nn := Pt{-n.Y * w / 2, n.X * w / 2}
		left = append(left, p.Add(nn))
		right = append(right, p.Sub(nn))
	}
	hd := tip.Sub(base)
	hn := hd.Mul(1 / math.Max(hd.Len(), 1e-9))
	hp := Pt{-hn.Y * headW / 2, hn.X * headW / 2}
	out := append([]Pt{}, left...)
	out = append(out, base.Add(hp), tip, base.Sub(hp))
	for i := len(right) - 1; i >= 0; i-- {
		out = append(out, right[i])
	}
	return out
}

// encodePNG writes the canvas as PNG with a fixed encoder setting and no
// ancillary chunks: the bytes depend only on the pixels (an opaque RGBA image
// is stored as 8-bit RGB).
func encodePNG(img *image.RGBA) ([]byte, error) {
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&buf, img); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
