package main

// drawTwelveDays: the holed flag waving over the Pest roofline at dusk.
func drawTwelveDays(c *Canvas) {
	c.Clear(VGrad(0, 700,
		S(0, hex(0x161b26)),
		S(0.35, hex(0x2c3547)),
		S(0.62, hex(0x5d5563)),
		S(0.82, hex(0xb8704c)),
		S(1, hex(0xdfa064))))
	c.Glow(780, 690, 520, 240, Amber, 0.45)

	// Thin dusk clouds.
	for i, cl := range [][4]float64{{140, 250, 260, 10}, {980, 200, 220, 8}, {620, 430, 330, 9}, {1080, 470, 200, 7}} {
		col := Mix(hex(0x2a3140), Red, 0.15*float64(i%2))
		c.FillOpacity(Ellipse(cl[0], cl[1], cl[2], cl[3]), Solid(col), 0.55)
	}

	r := NewRNG(1956)
	// Far layer in the haze: the Parliament on the left, the Basilica on
	// the right, house roofs between.
	far := NewSkyline(700)
	far.Parliament(170, 0.8)
	far.Basilica(1090, 0.95)
	for x := 0.0; x < 1200; x += 60 {
		far.Block(x, 62, r.Range(30, 70))
	}
	c.FillC(far.Shape, hex(0x3e3744))

	// Near layer: tenements with mansards and chimneys, corner turrets,
	// a church tower.
	near := NewSkyline(800)
	x := -20.0
	for i := 0; x < 1220; i++ {
		w := r.Range(120, 200)
		h := r.Range(95, 165)
		if i%3 == 1 {
			near.Gable(x, w, h, r.Range(30, 46))
		} else {
			near.Mansard(x, w, h, r.Range(22, 36), 1+r.Intn(3), r)
		}
		if i%4 == 2 {
			near.Turret(x+w-14, 34, 800-h-26, 56)
		}
		x += w + r.Range(-4, 6)
	}
	near.Tower(560, 40, 560, 90)
	c.FillC(near.Shape, hex(0x141820))
	near.Windows(c, r, hex(0xe3a95a), 0.14, 9)

	// Pole with a finial.
	c.Fill(Rect(244, 96, 254, 800), HGrad(244, 254, S(0, hex(0x6b645a)), S(0.4, hex(0xb5ab98)), S(1, hex(0x3a362f))))
	c.Fill(Circle(249, 90, 10), Radial{246, 86, 12, 12, []Stop{S(0, hex(0xf2e2b8)), S(1, hex(0x8a7a55))}})

	f := HungarianFlag(252, 120, 780, 390)
	f.Amp, f.Freq, f.Phase, f.Slant = 32, 1.35, 0.6, 0.35
	f.Sag, f.Squeeze = 24, 22
	f.Light = 0.55
	f.Draw(c)
}
