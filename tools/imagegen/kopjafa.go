package main

import (
	"image/color"
	"math"
)

// kopjafaProfile returns the half-width (relative to the shaft) of a carved
// wooden grave post at heights 0 (ground) .. 1 (tip), as a list of
// (y, halfwidth) pairs from the ground up. Each design is a stack of
// carved elements chosen by the random generator.
func kopjafaProfile(r *RNG) [][2]float64 {
	var prof [][2]float64
	y := 0.0
	add := func(dy, w float64) {
		y += dy
		prof = append(prof, [2]float64{y, w})
	}
	prof = append(prof, [2]float64{0, 1})
	add(0.38+r.Range(0, 0.08), 1) // plain shaft
	for y < 0.78 {
		switch r.Intn(5) {
		case 0, 4: // diamond
			add(0.005, 0.75)
			add(0.06, 1.45)
			add(0.06, 0.6)
		case 1: // round knob
			add(0.005, 0.8)
			add(0.02, 1.25)
			add(0.03, 1.35)
			add(0.02, 1.25)
			add(0.005, 0.7)
		case 2: // notched band
			add(0.003, 1.15)
			add(0.025, 1.15)
			add(0.003, 0.8)
			add(0.02, 0.8)
		case 3: // neck
			add(0.005, 0.6)
			add(0.05, 0.6)
		}
	}
	switch r.Intn(3) {
	case 0: // pointed helm
		add(0.005, 1.3)
		add(0.05, 1.1)
		add(0.12, 0.05)
	case 1: // little gable roof
		add(0.005, 0.7)
		add(0.03, 0.7)
		add(0.005, 1.7)
		add(0.015, 1.7)
		add(0.09, 0.05)
	case 2: // tulip bud
		add(0.005, 0.6)
		add(0.04, 1.4)
		add(0.05, 1.15)
		add(0.06, 0.05)
	}
	for i := range prof {
		prof[i][0] /= y
	}
	return prof
}

// Kopjafa draws a post standing at (x, base), h tall, shaft width w.
func Kopjafa(c *Canvas, r *RNG, x, base, h, w float64, light, dark color.NRGBA) {
	prof := kopjafaProfile(r)
	var left, right []Pt
	for _, p := range prof {
		y := base - p[0]*h
		hw := p[1] * w / 2
		right = append(right, Pt{x + hw, y})
		left = append(left, Pt{x - hw, y})
	}
	pts := append(right, reversed(left)...)
	c.Fill(Polygon(pts...), HGrad(x-w*0.9, x+w*0.9, S(0, light), S(0.45, Mix(light, dark, 0.35)), S(1, dark)))
	// Carved grooves: thin shadows where the profile narrows.
	g := NewPath()
	for i := 1; i < len(prof); i++ {
		if prof[i][1] < prof[i-1][1]-0.2 {
			y := base - prof[i][0]*h
			hw := prof[i][1] * w / 2
			g.Append(Rect(x-hw, y, x+hw, y+math.Max(1, h*0.006)))
		}
	}
	c.FillOpacity(g, Solid(dark), 0.6)
}

// Candle draws a small grave candle or lantern with its flame and glow.
func Candle(c *Canvas, x, base, s float64, glass color.NRGBA) {
	c.FillOpacity(Ellipse(x, base, s*0.9, s*0.22), Solid(Night0), 0.25)
	c.Fill(RoundRect(x-s*0.42, base-s*1.1, x+s*0.42, base, s*0.12),
		HGrad(x-s*0.42, x+s*0.42, S(0, Shade(glass, 1.25)), S(0.5, glass), S(1, Shade(glass, 0.7))))
	c.Glow(x, base-s*1.35, s*3.2, s*3.2, hex(0xffd9a0), 0.35)
	flame := NewPath().MoveTo(x, base-s*1.9).
		QuadTo(x+s*0.22, base-s*1.35, x, base-s*1.12).
		QuadTo(x-s*0.22, base-s*1.35, x, base-s*1.9).Close()
	c.FillC(flame, hex(0xffe2a8))
}
