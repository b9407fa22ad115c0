package main

// drawDebate: a Petőfi Circle debate in the summer of 1956, from the back
// of a packed hall: a speaker standing at the chairmen's table on the
// platform, every seat taken and people standing along the walls and in
// the aisle. A hall of the time, not a particular one, and no portraits.
func drawDebate(c *Canvas) {
	c.Clear(VGrad(0, 800, S(0, hex(0x3a3430)), S(0.5, hex(0x5a4e44)), S(1, hex(0x1e1a18))))
	r := NewRNG(627)

	// The hall: pilasters, a cornice, chandeliers lit on a summer evening.
	c.Fill(Rect(0, 0, 1200, 420), VGrad(0, 420, S(0, hex(0x6e6250)), S(1, hex(0x8e806a))))
	pil := NewPath()
	for x := 60.0; x < 1200; x += 180 {
		pil.Append(Rect(x, 40, x+30, 420))
	}
	pil.Append(Rect(0, 28, 1200, 48))
	c.FillOpacity(pil, Solid(hex(0xb0a088)), 0.45)
	for _, x := range []float64{300, 600, 900} {
		c.FillC(StrokeButt(x, 0, x, 70, 2), hex(0x3a3028))
		c.FillC(Ellipse(x, 80, 44, 14), hex(0x8a7040))
		c.Glow(x, 84, 140, 80, hex(0xffe2a8), 0.55)
		c.FillC(Ellipse(x, 84, 30, 8), hex(0xfff0c8))
	}

	// The platform with the chairmen's table and a speaker standing
	// behind it.
	table := NewPath()
	for _, x := range []float64{420, 500, 700, 780} {
		Person(table, x, 380, 110, 0)
	}
	c.FillC(table, hex(0x2a2420))
	sp := NewPath()
	Person(sp, 600, 380, 190, 0)
	c.FillC(sp, hex(0x1e1a18))
	c.Fill(Rect(380, 300, 820, 336), VGrad(300, 336, S(0, hex(0x6a5a4a)), S(1, hex(0x4a3a2e))))
	c.Fill(Rect(280, 330, 920, 420), VGrad(330, 420, S(0, hex(0x5a3e2a)), S(1, hex(0x3a2818))))
	c.FillC(Rect(270, 324, 930, 334), hex(0x7a5a3e))
	c.Glow(600, 260, 120, 120, hex(0xffe2a8), 0.15)

	// The crowd: seated rows from the platform to the back, heads close
	// together, and people standing along the walls at the sides.
	rows := [][2]float64{{430, 38}, {452, 44}, {478, 52}, {510, 62}, {548, 74}, {594, 88}, {650, 106}, {718, 128}, {800, 152}}
	Crowd(c, r, rows, hex(0x5a4e46), hex(0x141210), nil)
	stand := NewPath()
	for i := 0; i < 9; i++ {
		y := 470 + float64(i)*40
		h := 70 + float64(i)*14
		Person(stand, 20+float64(i%3)*14, y, h, r.Intn(3))
		Person(stand, 1180-float64(i%3)*14, y, h, r.Intn(3))
	}
	c.FillC(stand, hex(0x181614))

	c.FillOpacity(Rect(0, 0, 1200, 800), Radial{600, 360, 900, 560, []Stop{S(0.55, Alpha(Night0, 0)), S(1, Alpha(Night0, 0.45))}}, 1)
}
