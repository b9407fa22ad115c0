package main

import (
	"image/color"
	"math"
)

// The shared palette. Every image mixes its colours from these.
var (
	Night0 = hex(0x14181f) // deepest background
	Night1 = hex(0x1e2530) // night blue-grey
	Night2 = hex(0x2a3340)
	Night3 = hex(0x3a4554)
	Dusk   = hex(0x56606e)
	Cream  = hex(0xefe6d2) // warm paper
	Red    = hex(0xb8322a) // muted Hungarian red
	Green  = hex(0x3f7a4a) // muted green
	White  = hex(0xf7f5f0)
	Soot   = hex(0x2b2b2e)
	Ash1   = hex(0x4a4a4e)
	Ash2   = hex(0x6e6e72)
	Ash3   = hex(0x9a9a9e)
	Steel  = hex(0x7d8a96)
	Steel2 = hex(0xa7b3bd)
	Amber  = hex(0xd9a05b) // lamp light, dusk glow
	Bronze = hex(0x5a4a32)
	Rust   = hex(0x8e4a26)
	Wood   = hex(0x6a4528)
)

func hex(v uint32) color.NRGBA {
	return color.NRGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 0xff}
}

// Mix blends a towards b by t (0..1) in sRGB space.
func Mix(a, b color.NRGBA, t float64) color.NRGBA {
	t = clamp01(t)
	f := func(x, y uint8) uint8 { return uint8(math.Round(float64(x) + (float64(y)-float64(x))*t)) }
	return color.NRGBA{f(a.R, b.R), f(a.G, b.G), f(a.B, b.B), f(a.A, b.A)}
}

// Alpha returns c with opacity a (0..1).
func Alpha(c color.NRGBA, a float64) color.NRGBA {
	c.A = uint8(math.Round(float64(c.A) * clamp01(a)))
	return c
}

// Shade darkens (k<1) or lightens (k>1, towards white) a colour.
func Shade(c color.NRGBA, k float64) color.NRGBA {
	if k <= 1 {
		return color.NRGBA{uint8(float64(c.R) * k), uint8(float64(c.G) * k), uint8(float64(c.B) * k), c.A}
	}
	return Mix(c, color.NRGBA{255, 255, 255, c.A}, k-1)
}

func clamp01(t float64) float64 {
	if t < 0 {
		return 0
	}
	if t > 1 {
		return 1
	}
	return t
}

// Paint gives the straight (non-premultiplied) colour at a pixel centre.
type Paint interface {
	At(x, y float64) color.NRGBA
}

// Solid is a single colour.
type Solid color.NRGBA

func (s Solid) At(x, y float64) color.NRGBA { return color.NRGBA(s) }

// Stop is a gradient colour stop at position T (0..1).
type Stop struct {
	T float64
	C color.NRGBA
}

func S(t float64, c color.NRGBA) Stop { return Stop{t, c} }

func sample(stops []Stop, t float64) color.NRGBA {
	if t <= stops[0].T {
		return stops[0].C
	}
	for i := 1; i < len(stops); i++ {
		if t <= stops[i].T {
			a, b := stops[i-1], stops[i]
			u := (t - a.T) / (b.T - a.T)
			u = u * u * (3 - 2*u) // smoothstep: softer transitions between stops
			return Mix(a.C, b.C, u)
		}
	}
	return stops[len(stops)-1].C
}

// Linear is a linear gradient from (X0,Y0) to (X1,Y1).
type Linear struct {
	X0, Y0, X1, Y1 float64
	Stops          []Stop
}

func (g Linear) At(x, y float64) color.NRGBA {
	dx, dy := g.X1-g.X0, g.Y1-g.Y0
	t := ((x-g.X0)*dx + (y-g.Y0)*dy) / (dx*dx + dy*dy)
	return sample(g.Stops, t)
}

// VGrad is a vertical linear gradient.
func VGrad(y0, y1 float64, stops ...Stop) Linear {
	return Linear{0, y0, 0, y1, stops}
}

// HGrad is a horizontal linear gradient.
func HGrad(x0, x1 float64, stops ...Stop) Linear {
	return Linear{x0, 0, x1, 0, stops}
}

// Radial is an elliptical gradient centred on (CX,CY).
type Radial struct {
	CX, CY, RX, RY float64
	Stops          []Stop
}

func (g Radial) At(x, y float64) color.NRGBA {
	dx, dy := (x-g.CX)/g.RX, (y-g.CY)/g.RY
	return sample(g.Stops, math.Sqrt(dx*dx+dy*dy))
}

// PaintFunc adapts a function to Paint.
type PaintFunc func(x, y float64) color.NRGBA

func (f PaintFunc) At(x, y float64) color.NRGBA { return f(x, y) }
