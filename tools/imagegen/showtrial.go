package main

// drawShowTrial: a show trial, seen from the back of the courtroom: the
// judges' bench raised under tall windows, the accused standing alone
// before it between two guards, the public in rows in front. A courtroom of the time, not a particular one, and no
// portraits.
func drawShowTrial(c *Canvas) {
	c.Clear(VGrad(0, 800, S(0, hex(0x2e2a28)), S(0.6, hex(0x4a423c)), S(1, hex(0x1e1c1c))))
	r := NewRNG(1949)

	// Back wall: wood panelling below, plaster above, three tall windows
	// with a grey daylight.
	c.Fill(Rect(0, 0, 1200, 300), VGrad(0, 300, S(0, hex(0x6a645c)), S(1, hex(0x8a8276))))
	win := NewPath()
	for _, x := range []float64{180, 540, 900} {
		win.Append(NewPath().MoveTo(x, 260).LineTo(x, 90).QuadTo(x, 40, x+60, 40).QuadTo(x+120, 40, x+120, 90).LineTo(x+120, 260).Close())
	}
	c.Fill(win, VGrad(40, 260, S(0, hex(0xc8ccce)), S(1, hex(0x9aa0a4))))
	bars := NewPath()
	for _, x := range []float64{180, 540, 900} {
		bars.Append(Rect(x+58, 40, x+62, 260))
		for y := 100.0; y < 260; y += 52 {
			bars.Append(Rect(x, y, x+120, y+3))
		}
	}
	c.FillC(bars, hex(0x5a544c))
	for _, x := range []float64{240, 600, 960} {
		c.Glow(x, 300, 260, 200, hex(0xd8dcdc), 0.18)
	}
	c.Fill(Rect(0, 300, 1200, 470), VGrad(300, 470, S(0, hex(0x5a3e2a)), S(1, hex(0x3e2a1e))))
	pan := NewPath()
	for x := 0.0; x < 1200; x += 80 {
		pan.Append(Rect(x, 300, x+3, 470))
	}
	pan.Append(Rect(0, 300, 1200, 306))
	c.FillOpacity(pan, Solid(hex(0x2a1a10)), 0.6)

	// The judges' bench, raised, with the court behind it.
	judges := NewPath()
	for _, x := range []float64{420, 600, 780} {
		Person(judges, x, 420, 150, 0)
	}
	// High-backed chairs behind them.
	chairs := NewPath()
	for _, x := range []float64{420, 600, 780} {
		chairs.Append(RoundRect(x-42, 236, x+42, 330, 10))
	}
	c.FillC(chairs, hex(0x2a1c14))
	c.FillC(judges, hex(0x1a1818))
	c.Fill(Rect(260, 330, 940, 460), VGrad(330, 460, S(0, hex(0x6a4a30)), S(1, hex(0x3a2818))))
	c.FillC(Rect(250, 322, 950, 334), hex(0x7a5a3e))
	// Papers on the bench.
	pp := NewPath()
	for _, x := range []float64{400, 580, 760} {
		pp.Append(Poly(x, 326, x+40, 324, x+44, 332, x+4, 334))
	}
	c.FillC(pp, hex(0xd8d2c4))

	// Floor.
	c.Fill(Rect(0, 460, 1200, 800), VGrad(460, 800, S(0, hex(0x5a4a3a)), S(1, hex(0x2a221c))))

	// The accused, standing alone in the middle before the bench, with a
	// guard on either side.
	ax, ay, ah := 600.0, 610.0, 170.0
	acc := NewPath()
	Person(acc, ax, ay, ah, 0)
	c.FillC(acc, hex(0x2a2826))
	guards := NewPath()
	for _, gx := range []float64{470, 730} {
		Person(guards, gx, ay-14, ah*0.98, 2)
		// Rifle at the shoulder.
		guards.Append(StrokeLine(gx+20, ay-14-ah*0.4, gx+26, ay-14-ah*1.1, 4))
	}
	c.FillC(guards, hex(0x2e3430))

	// The public in rows, seen from behind.
	rows := [][2]float64{{690, 120}, {740, 150}, {800, 190}}
	for i, row := range rows {
		y, h := row[0], row[1]
		p := NewPath()
		for x := -20 + float64(i)*30; x < 1230; x += h * r.Range(0.34, 0.42) {
			if x > 560 && x < 640 && i < 2 {
				continue // the aisle
			}
			Person(p, x, y+h*0.55, h, r.Intn(3))
		}
		// The benches' backs.
		p.Append(Rect(-10, y+h*0.25, 1210, y+h*0.25+14))
		c.FillC(p, Mix(hex(0x2a2420), hex(0x121010), float64(i)/2))
	}
	c.FillOpacity(Rect(0, 0, 1200, 800), Radial{600, 380, 900, 560, []Stop{S(0.55, Alpha(Night0, 0)), S(1, Alpha(Night0, 0.45))}}, 1)
}
