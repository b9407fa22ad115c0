package main

import "math"

// drawMemorial2006: the 1956 memorial on Felvonulási tér (2006): rusted
// steel columns, sparse and low at one end, rising and closing ranks into
// a wedge whose point is polished steel.
func drawMemorial2006(c *Canvas) {
	c.Clear(VGrad(0, 560,
		S(0, hex(0x56627a)),
		S(0.55, hex(0xaab1b8)),
		S(1, hex(0xefe6d2))))
	c.Glow(1000, 420, 600, 260, hex(0xfff0d6), 0.5)
	for _, cl := range [][4]float64{{260, 120, 380, 36}, {820, 70, 300, 28}, {500, 250, 320, 24}} {
		c.Glow(cl[0], cl[1], cl[2], cl[3], hex(0xe8e6e0), 0.35)
	}
	r := NewRNG(2006)
	// Trees of the City Park behind.
	tr := NewPath()
	for x := -30.0; x < 1240; x += r.Range(26, 50) {
		rad := r.Range(24, 46)
		tr.Append(Ellipse(x, 548-rad*0.8-r.Range(0, 18), rad, rad))
	}
	tr.Append(Rect(-10, 530, 1210, 562))
	c.FillC(tr, hex(0x6d7568))

	// Paved square.
	c.Fill(Rect(0, 558, 1200, 800), VGrad(558, 800, S(0, hex(0xb3ada2)), S(1, hex(0x5a5856))))
	pav := NewPath()
	for i := -20; i <= 20; i++ {
		x := 600 + float64(i)*120
		pav.Append(Polygon(Pt{600 + float64(i)*14, 558}, Pt{600 + float64(i)*14 + 0.8, 558}, Pt{x + 2, 800}, Pt{x - 2, 800}))
	}
	for y := 570.0; y < 800; y += (y - 540) * 0.18 {
		pav.Append(Rect(0, y, 1200, y+1+(y-558)/120))
	}
	c.FillOpacity(pav, Solid(hex(0x4a4846)), 0.25)

	// The wedge's geometry: base line and the rising top of the columns.
	tipX := 985.0
	height := func(x float64) float64 {
		t := (x - 90) / (tipX - 90)
		if t < 0 {
			return 0
		}
		return 14 + 300*math.Pow(t, 1.7)
	}
	rows := []struct {
		base, haze, shift float64
	}{
		{600, 0.45, 18}, {615, 0.3, 6}, {630, 0.15, -6}, {648, 0, -16},
	}
	for _, rw := range rows {
		cols := NewPath()
		lights := NewPath()
		x := 100 + rw.shift + r.Range(0, 10)
		for x < 905 {
			t := (x - 90) / (tipX - 90)
			w := 10.0 + 4*t
			h := height(x) * (1 - 0.08*(rw.haze)) * r.Range(0.93, 1.05)
			b := rw.base - (rw.base-600)*t*0.5
			cols.Append(Rect(x, b-h, x+w, b))
			lights.Append(Rect(x, b-h, x+w*0.32, b))
			// Shadow on the paving, cast to the right.
			x += w + (30-27*t)*r.Range(0.7, 1.3)
		}
		rust := Mix(hex(0x7a3a1c), hex(0xb0aaa2), rw.haze)
		c.Fill(cols, VGrad(280, 650, S(0, Mix(hex(0x9a5028), hex(0xb0aaa2), rw.haze)), S(1, rust)))
		c.FillOpacity(lights, Solid(Mix(hex(0xc77a44), hex(0xd8d2c8), rw.haze)), 0.7)
	}
	// The solid body where the columns have closed ranks.
	body := Poly(880, 651, 880, 600-height(880), 930, 600-height(930), 930, 651)
	c.Fill(body, HGrad(880, 930, S(0, hex(0x8a4624)), S(1, hex(0x5a2c16))))
	seams := NewPath()
	for x := 886.0; x < 930; x += 9 {
		seams.Append(Rect(x, 600-height(x), x+1.6, 651))
	}
	c.FillOpacity(seams, Solid(hex(0x3a1c0c)), 0.6)

	// The polished point: a tall prism, bright face and shaded face.
	apex := Pt{tipX + 32, 96}
	left := Poly(926, 652, 926, 600-height(926), apex.X, apex.Y, 968, 652)
	c.Fill(left, Linear{926, 300, 990, 200, []Stop{S(0, hex(0xf4f2ee)), S(0.45, hex(0xb7c0c8)), S(0.7, hex(0xe9edf0)), S(1, hex(0x8592a0))}})
	right := Poly(968, 652, apex.X, apex.Y, 1012, 654)
	c.Fill(right, VGrad(90, 652, S(0, hex(0x7d8a96)), S(0.6, hex(0x4c5662)), S(1, hex(0x3a424c))))
	c.FillOpacity(StrokeLine(apex.X, apex.Y, 968, 652, 2), Solid(White), 0.6)
	// Reflection of the point on the paving.
	c.FillOpacity(Poly(926, 652, 1012, 654, 1040, 700, 950, 700), VGrad(652, 700, S(0, Alpha(hex(0xe9edf0), 0.5)), S(1, Alpha(hex(0xe9edf0), 0))), 1)

	// People for scale.
	pp := NewPath()
	Person(pp, 250, 720, 86, 0)
	Person(pp, 282, 724, 82, 2)
	Person(pp, 1080, 690, 70, 1)
	c.FillC(pp, hex(0x23262c))
}
