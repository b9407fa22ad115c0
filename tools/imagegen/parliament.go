package main

import (
	"image/color"
	"math"
)

// parliamentParts returns the Parliament's river front as layered paths:
// walls, roofs, windows, and the dark details of the dome.
type parlParts struct {
	walls, roofs, windows, ribs, spires, tips *Path
}

func parliamentParts() parlParts {
	walls, roofs, windows, ribs := NewPath(), NewPath(), NewPath(), NewPath()
	spires, tips := NewPath(), NewPath()
	const base = 500.0
	pinnacle := func(x, y, h, w float64) {
		spires.Append(Rect(x-w/2, y-h*0.4, x+w/2, y+2))
		tips.Append(Poly(x-w/2-0.8, y-h*0.4+1, x, y-h, x+w/2+0.8, y-h*0.4+1))
	}
	// Gothic lancet windows in rows.
	lancets := func(x0, x1, y, h, step float64) {
		for x := x0 + step/2; x < x1-step/4; x += step {
			w := step * 0.38
			windows.Append(NewPath().MoveTo(x-w/2, y+h).LineTo(x-w/2, y+w*0.6).
				QuadTo(x-w/2, y, x, y-w*0.2).QuadTo(x+w/2, y, x+w/2, y+w*0.6).
				LineTo(x+w/2, y+h).Close())
		}
	}
	// A wing section: wall, steep roof, pinnacles on the eaves.
	wing := func(x0, x1, eave, ridge float64) {
		walls.Append(Rect(x0, eave, x1, base))
		roofs.Append(Poly(x0+2, eave+1, x0+10, ridge, x1-10, ridge, x1-2, eave+1))
		for x := x0 + 12; x < x1-6; x += 22 {
			pinnacle(x, eave, 40, 4)
		}
		for x := x0 + 24; x < x1-16; x += 33 {
			pinnacle(x, ridge, 18, 2.5)
		}
		lancets(x0, x1, eave+16, 26, 11)
		lancets(x0, x1, eave+56, 26, 11)
	}
	// A pavilion: taller block with a pyramid roof and corner pinnacles.
	pavilion := func(x0, x1, eave, peak float64) {
		walls.Append(Rect(x0, eave, x1, base))
		roofs.Append(Poly(x0, eave+1, (x0+x1)/2, peak, x1, eave+1))
		pinnacle(x0+3, eave, 60, 7)
		pinnacle(x1-3, eave, 60, 7)
		pinnacle((x0+x1)/2, peak+4, 38, 3)
		lancets(x0+6, x1-6, eave+14, 40, 14)
		lancets(x0+6, x1-6, eave+70, 34, 14)
	}
	for _, side := range []float64{-1, 1} {
		m := func(x float64) float64 { return 600 + side*x }
		o := func(a, b float64) (float64, float64) { return math.Min(m(a), m(b)), math.Max(m(a), m(b)) }
		a, b := o(470, 530)
		pavilion(a, b, 368, 306)
		a, b = o(350, 470)
		wing(a, b, 398, 372)
		a, b = o(300, 350)
		pavilion(a, b, 372, 300)
		a, b = o(160, 300)
		wing(a, b, 398, 372)
		a, b = o(120, 160)
		pavilion(a, b, 380, 330)
		a, b = o(60, 120)
		wing(a, b, 392, 366)
	}
	// Central block with a tall gable in front of the dome.
	walls.Append(Rect(540, 360, 660, base))
	roofs.Append(Poly(540, 361, 600, 300, 660, 361))
	pinnacle(540, 360, 70, 7)
	pinnacle(660, 360, 70, 7)
	lancets(548, 652, 380, 60, 20)
	// Drum and ribbed dome with lantern and spire.
	walls.Append(Rect(535, 255, 665, 330))
	lancets(540, 660, 268, 46, 16)
	dome := NewPath().MoveTo(528, 258).
		CubeTo(528, 200, 570, 170, 600, 150).
		CubeTo(630, 170, 672, 200, 672, 258).Close()
	walls.Append(dome)
	for _, dx := range []float64{-48, -24, 0, 24, 48} {
		ribs.Append(StrokePolyline([]Pt{{600 + dx*1.4, 256}, {600 + dx*1.1, 215}, {600 + dx*0.55, 180}, {600, 152}}, 2.2, false))
	}
	walls.Append(Rect(592, 128, 608, 156))
	roofs.Append(Poly(589, 130, 600, 80, 611, 130))
	walls.Append(StrokeButt(600, 84, 600, 58, 2))
	for _, dx := range []float64{-66, 66} {
		pinnacle(600+dx, 258, 50, 6)
	}
	return parlParts{walls, roofs, windows, ribs, spires, tips}
}

// drawParliament: the Parliament across the Danube at dusk, floodlit.
func drawParliament(c *Canvas) {
	c.Clear(VGrad(0, 510,
		S(0, hex(0x141a26)),
		S(0.55, hex(0x2c3850)),
		S(0.85, hex(0x56607a)),
		S(1, hex(0x8a7f8a))))
	for _, cl := range [][4]float64{{250, 140, 340, 30}, {950, 200, 360, 28}, {620, 60, 300, 20}} {
		c.Glow(cl[0], cl[1], cl[2], cl[3], hex(0x5a6278), 0.35)
	}
	parts := parliamentParts()
	wallPaint := VGrad(150, 500, S(0, hex(0xf4dcae)), S(1, hex(0xd9a86c)))
	roofC := hex(0x3a3a44)
	winC := hex(0x8a5a34)
	ribC := hex(0xb08858)

	// Far bank trees and embankment.
	c.FillC(Rect(0, 488, 1200, 512), hex(0x1e222a))
	c.Fill(Rect(0, 496, 1200, 512), VGrad(496, 512, S(0, hex(0x8a7a64)), S(1, hex(0x5a5048))))

	// Water, with the reflection drawn upside down and broken by ripples.
	c.Fill(Rect(0, 512, 1200, 800), VGrad(512, 800, S(0, hex(0x283246)), S(1, hex(0x10141c))))
	mir := Scale(1, -1).Then(Translate(0, 1012))
	refl := func(p *Path, col color.NRGBA, op float64) {
		c.FillOpacity(p.Transform(mir), Solid(Mix(col, hex(0x283246), 0.45)), op)
	}
	refl(parts.walls, hex(0xd9a86c), 0.7)
	refl(parts.roofs, roofC, 0.6)
	refl(parts.windows, winC, 0.6)
	refl(parts.spires, hex(0xd9a86c), 0.7)
	refl(parts.tips, roofC, 0.6)
	c.FillOpacity(Rect(0, 512, 1200, 800), VGrad(512, 800, S(0, Alpha(hex(0x1a2130), 0)), S(1, Alpha(hex(0x10141c), 1))), 1)
	r := NewRNG(1904)
	rip := NewPath()
	for y := 518.0; y < 800; y += r.Range(7, 14) * (1 + (y-512)/150) {
		for x := r.Range(-200, 0); x < 1200; x += r.Range(80, 260) {
			l := r.Range(40, 220)
			rip.Append(Rect(x, y, x+l, y+1.2+(y-512)/120))
		}
	}
	c.FillOpacity(rip, Solid(hex(0x1a2130)), 0.75)
	glint := NewPath()
	for y := 520.0; y < 700; y += r.Range(6, 14) {
		x := 600 + r.Range(-300, 300)
		glint.Append(Rect(x, y, x+r.Range(10, 50), y+1.5))
	}
	c.FillOpacity(glint, Solid(hex(0xf4dcae)), 0.4)

	// The building itself.
	c.Fill(parts.walls, wallPaint)
	c.FillC(parts.roofs, roofC)
	c.FillC(parts.windows, winC)
	c.FillC(parts.ribs, ribC)
	c.Fill(parts.spires, wallPaint)
	c.FillC(parts.tips, roofC)
	// Arcade shadow at the water front.
	c.FillOpacity(Rect(60, 480, 1140, 500), Solid(hex(0x5a3a22)), 0.5)
}
