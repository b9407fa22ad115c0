package main

// drawRadioBus: Radio Free Rákóczi, the mobile transmitter of Dunapentele
// (Sztálinváros), November 1956: a bus of the period with an aerial on its
// roof, parked at night at the edge of the new town, a faint light from
// the equipment inside. The bus's type and the aerial's form are
// impressions: the sources say only that the transmitter moved about on a
// bus.
func drawRadioBus(c *Canvas) {
	const gnd = 610.0
	c.Clear(VGrad(0, gnd,
		S(0, hex(0x1e2636)),
		S(0.65, hex(0x2e3646)),
		S(1, hex(0x464c5a))))
	r := NewRNG(1106)
	// Stars, faint.
	st := NewPath()
	for i := 0; i < 90; i++ {
		x, y := r.Range(0, 1200), r.Range(0, 380)
		st.Append(Circle(x, y, r.Range(0.6, 1.4)))
	}
	c.FillOpacity(st, Solid(hex(0xdfe4ea)), 0.5)

	// The new town behind: long, flat-roofed blocks, a few lit windows.
	sk := NewSkyline(gnd - 30)
	for x := -20.0; x < 1220; {
		w := r.Range(140, 260)
		sk.Block(x, w, r.Range(70, 130))
		x += w + r.Range(10, 40)
	}
	c.FillC(sk.Shape, hex(0x262b36))
	sk.Windows(c, r, hex(0xc9924e), 0.07, 7)
	c.Fill(Rect(0, gnd-32, 1200, gnd), VGrad(gnd-32, gnd, S(0, hex(0x1e2026)), S(1, hex(0x2a2a2e))))

	// The road.
	c.Fill(Rect(0, gnd, 1200, 800), VGrad(gnd, 800, S(0, hex(0x3e3e42)), S(1, hex(0x28292c))))

	// The bus, side on, facing left: rounded front and roof, a row of
	// windows, two wheels.
	x0, x1 := 250.0, 930.0
	top, bot := 420.0, 660.0
	body := NewPath().MoveTo(x0+40, top).
		LineTo(x1-30, top).
		QuadTo(x1, top, x1, top+30).
		LineTo(x1+4, bot).
		LineTo(x0-6, bot).
		LineTo(x0-6, top+120).
		CubeTo(x0-6, top+40, x0+4, top, x0+40, top).Close()
	c.Fill(body, VGrad(top, bot, S(0, hex(0x5e6a72)), S(0.45, hex(0x46525a)), S(1, hex(0x262c32))))
	// A darker belt and the roof's sheen.
	c.FillOpacity(Rect(x0-6, top+150, x1+4, top+166), Solid(hex(0x1a1e22)), 0.6)
	c.FillOpacity(Rect(x0+30, top+4, x1-24, top+10), Solid(hex(0xa8b4bc)), 0.35)
	// Windows: the driver's and a row along the side, most dark, two
	// faintly lit by the transmitter's dials and valves.
	win := NewPath()
	lit := NewPath()
	win.Append(NewPath().MoveTo(x0+6, top+118).LineTo(x0+8, top+50).QuadTo(x0+14, top+26, x0+44, top+24).LineTo(x0+78, top+24).LineTo(x0+78, top+118).Close())
	for i := 0; i < 7; i++ {
		wx := x0 + 96 + float64(i)*82
		w := RoundRect(wx, top+24, wx+68, top+118, 6)
		if i == 3 || i == 4 {
			lit.Append(w)
		} else {
			win.Append(w)
		}
	}
	c.FillC(win, hex(0x0e1116))
	c.Fill(lit, VGrad(top+24, top+118, S(0, hex(0x3a2e22)), S(1, hex(0xb07a40))))
	// The door.
	c.FillC(Rect(x0+96+82*7+4, top+24, x1-10, bot-6), hex(0x20262c))
	// Headlight and bumper.
	c.FillC(Circle(x0+8, bot-40, 11), hex(0x9a9a90))
	c.FillC(Rect(x0-14, bot-14, x0+60, bot-4), hex(0x1a1c20))
	// Wheels and arches.
	for _, wx := range []float64{x0 + 120, x1 - 130} {
		c.FillC(Ellipse(wx, bot-4, 64, 60), hex(0x14171a))
		c.FillC(Circle(wx, bot+12, 50), hex(0x0c0d10))
		c.FillC(Circle(wx, bot+12, 20), hex(0x4a4e54))
	}
	c.FillOpacity(Ellipse(590, bot+62, 400, 14), Solid(Night0), 0.6)

	// The aerial: a mast amidships held by guy wires, and a tall whip at
	// the rear.
	ant := NewPath()
	mx := x0 + 380
	ant.Append(Poly(mx-5, top, mx+5, top, mx+2, top-250, mx-2, top-250))
	for _, gx := range []float64{x0 + 90, x1 - 40} {
		ant.Append(StrokeLine(mx, top-240, gx, top+2, 1.6))
	}
	ant.Append(Rect(mx-40, top-246, mx+40, top-242))
	ant.Append(Poly(x1-60, top, x1-54, top, x1-56, top-200))
	c.FillC(ant, hex(0x0a0c10))
	ins := NewPath()
	for _, dx := range []float64{-40, 40} {
		ins.Append(Ellipse(mx+dx, top-244, 4, 4))
	}
	c.FillC(ins, hex(0x8a8a84))

	// Light from the lit windows on the road.
	c.Glow(590, bot+66, 220, 26, hex(0xb07a40), 0.25)
	c.FillOpacity(Rect(0, 0, 1200, 800), Radial{600, 460, 900, 560, []Stop{S(0.6, Alpha(Night0, 0)), S(1, Alpha(Night0, 0.3))}}, 1)
}
