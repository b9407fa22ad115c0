package main

import (
	"image/color"
	"math"
)

// Flag is a waving Hungarian tricolour (red over white over green) with a
// round hole cut out of its centre, as flown in October 1956 after the
// Soviet-style coat of arms had been cut out.
//
// The cloth is a rectangle X0..X0+W, Y0..Y0+H at rest, hoisted on its
// left edge. Points of the cloth (u,v in 0..1) are displaced by a wave
// that grows away from the pole; the shading follows the wave's slope.
type Flag struct {
	X0, Y0, W, H float64
	Amp          float64 // vertical wave amplitude at the fly end, px
	Freq         float64 // waves across the width
	Phase        float64
	Slant        float64 // phase shift from top to bottom: diagonal folds
	Sag          float64 // droop of the fly end, px
	Squeeze      float64 // horizontal bunching in the folds, px
	HoleU, HoleV float64 // hole centre (cloth units)
	HoleR        float64 // hole radius, px
	Ragged       float64 // 0: clean circle; 0.05: hand-cut edge
	Light        float64 // shading strength
	Red, White   color.NRGBA
	Green        color.NRGBA
}

func (f *Flag) phase(u, v float64) float64 {
	return 2*math.Pi*(f.Freq*u+f.Slant*v) - f.Phase
}

func (f *Flag) env(u float64) float64 {
	if u <= 0 {
		return 0
	}
	return math.Pow(u, 0.75)
}

// Pos maps cloth coordinates to canvas pixels.
func (f *Flag) Pos(u, v float64) Pt {
	ph := f.phase(u, v)
	e := f.env(u)
	x := f.X0 + u*f.W - f.Squeeze*e*(1-math.Cos(ph))*0.5
	y := f.Y0 + v*f.H + f.Amp*e*math.Sin(ph) + f.Sag*u*u*(0.6+0.4*v)
	return Pt{x, y}
}

// inverse finds cloth coordinates for a canvas pixel by fixed-point
// iteration (the displacements are small compared to the cloth).
func (f *Flag) inverse(x, y float64) (u, v float64) {
	u = (x - f.X0) / f.W
	v = (y - f.Y0) / f.H
	for i := 0; i < 10; i++ {
		p := f.Pos(u, v)
		u += (x - p.X) / f.W
		v += (y - p.Y) / f.H
	}
	return
}

// slope is the shading term: how much the cloth at u,v faces the light.
func (f *Flag) slope(u, v float64) float64 {
	ph := f.phase(u, v)
	return math.Cos(ph) * (0.25 + f.env(u))
}

func (f *Flag) colourAt(u, v float64) color.NRGBA {
	switch {
	case v < 1.0/3:
		return f.Red
	case v < 2.0/3:
		return f.White
	}
	return f.Green
}

// Outline returns the cloth shape with the hole cut out.
func (f *Flag) Outline() *Path {
	const n = 160
	var pts []Pt
	for i := 0; i <= n; i++ {
		pts = append(pts, f.Pos(float64(i)/n, 0))
	}
	for i := 1; i <= n/4; i++ {
		pts = append(pts, f.Pos(1, float64(i)/(n/4)))
	}
	for i := n - 1; i >= 0; i-- {
		pts = append(pts, f.Pos(float64(i)/n, 1))
	}
	p := Polygon(pts...)
	if f.HoleR > 0 {
		p.Append(HolePolygon(f.HolePoints()...))
	}
	return p
}

// HolePoints returns the edge of the hole on the canvas.
func (f *Flag) HolePoints() []Pt {
	const n = 140
	pts := make([]Pt, n)
	for i := range pts {
		a := 2 * math.Pi * float64(i) / n
		r := f.HoleR * (1 + f.Ragged*(0.6*math.Sin(2*a+1.3)+0.45*math.Sin(3*a+0.4)+0.3*math.Sin(7*a+2.1)+0.18*math.Sin(13*a+0.7)+0.1*math.Sin(29*a+1.9)))
		u := f.HoleU + r*math.Cos(a)/f.W
		v := f.HoleV + r*math.Sin(a)/f.H
		pts[i] = f.Pos(u, v)
	}
	return pts
}

// Paint shades the cloth: stripe colour times a light term from the wave.
func (f *Flag) Paint() Paint {
	return PaintFunc(func(x, y float64) color.NRGBA {
		u, v := f.inverse(x, y)
		var c color.NRGBA
		// Near a stripe boundary take four sub-samples for a smooth edge.
		if d := math.Min(math.Abs(v-1.0/3), math.Abs(v-2.0/3)); d*f.H < 2.5 {
			var r, g, b float64
			for _, o := range [4]Pt{{-0.25, -0.375}, {0.25, -0.125}, {-0.25, 0.125}, {0.25, 0.375}} {
				su, sv := f.inverse(x+o.X, y+o.Y)
				s := f.colourAt(su, sv)
				r += float64(s.R)
				g += float64(s.G)
				b += float64(s.B)
			}
			c = color.NRGBA{uint8(r/4 + 0.5), uint8(g/4 + 0.5), uint8(b/4 + 0.5), 255}
		} else {
			c = f.colourAt(u, v)
		}
		s := f.slope(u, v) * f.Light
		if s >= 0 {
			return Shade(c, 1+0.35*s)
		}
		return Shade(c, 1+max(s, -0.62))
	})
}

// Draw paints the flag with a thin darker rim round the hole.
func (f *Flag) Draw(c *Canvas) {
	c.Fill(f.Outline(), f.Paint())
	if f.HoleR > 0 {
		c.FillOpacity(StrokePolyline(f.HolePoints(), math.Max(2, f.HoleR*0.03), true), Solid(Night0), 0.35)
	}
}

// HungarianFlag returns a flag with the palette colours.
func HungarianFlag(x0, y0, w, h float64) *Flag {
	return &Flag{
		X0: x0, Y0: y0, W: w, H: h,
		HoleU: 0.5, HoleV: 0.5, HoleR: h * 0.27,
		Ragged: 0.035, Light: 0.5,
		Red: Red, White: White, Green: Green,
	}
}
