package main

import "math"

// bootPath is one boot standing on the ground at y=0, toe pointing left,
// shaft up to a jagged cut at y≈-1 (units: shaft height).
func bootPath(r *RNG) *Path {
	p := NewPath().MoveTo(-0.12, 0).
		LineTo(-0.47, 0).
		CubeTo(-0.6, 0, -0.63, -0.1, -0.52, -0.16).
		CubeTo(-0.4, -0.22, -0.26, -0.25, -0.2, -0.33).
		CubeTo(-0.17, -0.38, -0.17, -0.45, -0.175, -0.55).
		LineTo(-0.195, -0.98)
	// Jagged, torn cut across the top of the shaft.
	const n = 10
	for i := 1; i < n; i++ {
		x := -0.195 + 0.425*float64(i)/n
		d := r.Range(-0.045, 0.05)
		if i%3 == 1 {
			d -= 0.06
		}
		p.LineTo(x, -1.0-d)
	}
	p.LineTo(0.23, -0.99).
		CubeTo(0.235, -0.8, 0.245, -0.6, 0.215, -0.42).
		CubeTo(0.2, -0.3, 0.2, -0.15, 0.21, 0).
		LineTo(0.04, 0).LineTo(0.04, 0.0).
		LineTo(0.03, -0.04).LineTo(-0.1, -0.04).Close()
	return p
}

// drawStalinBoots: all that was left on 24 October 1956: the boots on
// the plinth above the tribune, a person at the foot for scale.
func drawStalinBoots(c *Canvas) {
	c.Clear(VGrad(0, 640,
		S(0, hex(0x1a2029)),
		S(0.5, hex(0x3f4756)),
		S(0.85, hex(0x8a7e74)),
		S(1, hex(0xb99a7c))))
	c.Glow(600, 560, 700, 260, hex(0xd7a87a), 0.3)
	for _, cl := range [][4]float64{{200, 160, 360, 60}, {980, 110, 320, 50}, {700, 300, 420, 40}} {
		c.Glow(cl[0], cl[1], cl[2], cl[3], hex(0x151a22), 0.45)
	}
	r := NewRNG(19561024)
	// A low city line in the distance.
	sk := NewSkyline(640)
	for x := -10.0; x < 1220; {
		w := r.Range(50, 110)
		sk.Block(x, w, r.Range(30, 80))
		x += w
	}
	c.FillC(sk.Shape, hex(0x5a5656))

	// Square in front.
	c.Fill(Rect(0, 636, 1200, 800), VGrad(636, 800, S(0, hex(0x6a625a)), S(1, hex(0x2a2a2c))))

	// Tribune: wide steps of pale limestone.
	stone := func(y0, y1 float64) Paint {
		return VGrad(y0, y1, S(0, hex(0xb4aa98)), S(1, hex(0x6d675e)))
	}
	c.Fill(Rect(80, 640, 1120, 720), stone(640, 720))
	c.Fill(Rect(150, 575, 1050, 642), stone(575, 642))
	c.FillOpacity(Rect(80, 640, 1120, 646), Solid(hex(0xe6dccb)), 0.5)
	c.FillOpacity(Rect(150, 575, 1050, 581), Solid(hex(0xe6dccb)), 0.5)
	// Joints between the stone blocks.
	j := NewPath()
	for x := 150.0; x < 1120; x += 86 {
		j.Append(Rect(x, 646, x+2, 720))
	}
	for x := 190.0; x < 1050; x += 86 {
		j.Append(Rect(x, 581, x+2, 642))
	}
	c.FillOpacity(j, Solid(hex(0x3a3632)), 0.35)

	// Plinth: a tall block with a cornice.
	c.Fill(Rect(430, 360, 770, 578), HGrad(430, 770, S(0, hex(0xb0a694)), S(0.6, hex(0x8f8676)), S(1, hex(0x5e584e))))
	c.Fill(Rect(412, 338, 788, 364), VGrad(338, 364, S(0, hex(0xc8bead)), S(1, hex(0x7c7466))))
	c.FillOpacity(Rect(430, 364, 770, 372), Solid(Night0), 0.25)

	// The boots: dark bronze, lit from the left.
	bronze := func(x0, x1 float64) Paint {
		return HGrad(x0, x1, S(0, hex(0x4a4232)), S(0.25, hex(0x9c8a62)), S(0.5, hex(0x5e5340)), S(1, hex(0x22201a)))
	}
	h := 270.0
	for i, bx := range []float64{545, 665} {
		m := Scale(h, h).Then(Translate(bx, 340))
		bp := bootPath(r).Transform(m)
		c.Fill(bp, bronze(bx-0.3*h, bx+0.25*h))
		// Rim light on the front edge and iron rods left by the cutters.
		c.FillOpacity(StrokePolyline([]Pt{{bx - 0.175*h, 340 - 0.55*h}, {bx - 0.193*h, 340 - 0.97*h}}, 3, false), Solid(hex(0xd8c089)), 0.5)
		rods := NewPath()
		rods.Append(StrokeLine(bx-0.05*h, 340-0.98*h, bx-0.09*h, 340-1.12*h, 4))
		rods.Append(StrokeLine(bx+0.08*h, 340-0.98*h, bx+0.1*h, 340-1.08*h, 4))
		c.FillC(rods, hex(0x2a2520))
		// Folds at the ankle.
		f := NewPath()
		for k := 0; k < 3; k++ {
			y := 340 - h*(0.36+0.05*float64(k))
			f.Append(StrokePolyline([]Pt{{bx - 0.15*h, y}, {bx + 0.02*h, y - 0.02*h}, {bx + 0.19*h, y + 0.01*h}}, 2.5, false))
		}
		c.FillOpacity(f, Solid(hex(0x1c1a15)), 0.5)
		_ = i
	}

	// A small holed flag planted in the left boot.
	pole := []Pt{{512, 22}, {530, 110}}
	c.FillC(StrokePolyline(pole, 4, false), hex(0x2a231c))
	f := HungarianFlag(512, 24, -130, 70)
	f.Amp, f.Freq, f.Phase, f.Slant = 5, 1.2, 0.4, 0.3
	f.Sag = 6
	f.HoleR = 11
	f.Ragged = 0.06
	f.Light = 0.5
	f.Draw(c)

	// Person for scale at the foot of the plinth, and another on the square.
	pp := NewPath()
	Person(pp, 860, 576, 92, 1)
	Person(pp, 300, 760, 120, 2)
	c.FillC(pp, hex(0x1a1c20))
	_ = math.Pi
}
