package main

import "math"

// drawRadioSet: a 1950s valve radio on a table, dial glowing.
func drawRadioSet(c *Canvas) {
	c.Clear(VGrad(0, 650, S(0, hex(0x161b24)), S(1, hex(0x2a3340))))
	c.Glow(300, 120, 700, 520, Amber, 0.22)
	// Wallpaper stripes, barely there.
	st := NewPath()
	for x := 0.0; x < 1200; x += 60 {
		st.Append(Rect(x, 0, x+22, 650))
	}
	c.FillOpacity(st, Solid(hex(0x0e1218)), 0.18)

	// Table.
	c.Fill(Rect(0, 648, 1200, 800), VGrad(648, 800, S(0, hex(0x4a3020)), S(1, hex(0x1e140e))))
	c.Fill(Rect(0, 640, 1200, 652), VGrad(640, 652, S(0, hex(0x9a6a44)), S(1, hex(0x5a3a24))))
	c.FillOpacity(Ellipse(600, 656, 380, 22), Solid(hex(0x120c08)), 0.55)

	// Cabinet.
	x0, y0, x1, y1 := 270.0, 170.0, 930.0, 648.0
	c.FillOpacity(RoundRect(x0+18, y0+24, x1+18, y1, 46), Solid(Night0), 0.35)
	c.Fill(RoundRect(x0, y0, x1, y1, 46), HGrad(x0, x1,
		S(0, hex(0x5a381f)), S(0.3, hex(0x8a5a32)), S(0.6, hex(0x74482a)), S(1, hex(0x3a2414))))
	// Grain.
	r := NewRNG(1953)
	grain := NewPath()
	for i := 0; i < 40; i++ {
		x := r.Range(x0+20, x1-20)
		a := r.Range(-14, 14)
		grain.Append(StrokePath(NewPath().MoveTo(x, y0+6).CubeTo(x+a, y0+150, x-a, y0+330, x+a*0.5, y1-4), r.Range(1, 2.2)))
	}
	c.FillOpacity(grain, Solid(hex(0x2e1c0e)), 0.25)
	// Top highlight and inner bevel.
	c.FillOpacity(StrokePath(NewPath().MoveTo(x0+40, y0+5).LineTo(x1-40, y0+5), 4), Solid(hex(0xe8b887)), 0.35)
	c.FillOpacity(RoundRect(x0+28, y0+28, x1-28, y1-26, 26), Solid(hex(0x2a190c)), 0.35)
	c.Fill(RoundRect(x0+34, y0+34, x1-34, y1-32, 22), HGrad(x0, x1,
		S(0, hex(0x6a4226)), S(0.35, hex(0x94643a)), S(1, hex(0x4a2e18))))

	// Speaker cloth with wooden slats.
	gx0, gy0, gx1, gy1 := 330.0, 225.0, 870.0, 462.0
	c.Fill(RoundRect(gx0, gy0, gx1, gy1, 18), Radial{600, 330, 320, 200, []Stop{S(0, hex(0xcdb68a)), S(1, hex(0x8f7a54))}})
	weave := NewPath()
	for y := gy0 + 3; y < gy1; y += 4 {
		weave.Append(Rect(gx0+4, y, gx1-4, y+1))
	}
	c.FillOpacity(weave, Solid(hex(0x5e4c30)), 0.18)
	slats := NewPath()
	for i := 1; i < 8; i++ {
		x := gx0 + (gx1-gx0)*float64(i)/8
		slats.Append(RoundRect(x-7, gy0-2, x+7, gy1+2, 5))
	}
	c.FillOpacity(slats, Solid(hex(0x2a190c)), 0.45)
	for i := 1; i < 8; i++ {
		x := gx0 + (gx1-gx0)*float64(i)/8
		c.Fill(RoundRect(x-9, gy0-4, x+5, gy1, 5), HGrad(x-9, x+5, S(0, hex(0xa87448)), S(1, hex(0x5a381f))))
	}
	// Brass trim round the cloth.
	c.FillOpacity(StrokePath(RoundRect(gx0, gy0, gx1, gy1, 18), 4), Solid(hex(0xc9a45a)), 0.8)

	// Dial window with a glowing scale.
	dx0, dy0, dx1, dy1 := 330.0, 488.0, 870.0, 560.0
	c.Fill(RoundRect(dx0-6, dy0-6, dx1+6, dy1+6, 14), Solid(hex(0xc9a45a)))
	c.Fill(RoundRect(dx0, dy0, dx1, dy1, 10), Radial{600, 524, 360, 70, []Stop{S(0, hex(0xffe3a4)), S(0.7, hex(0xe6ae5e)), S(1, hex(0xa8702e))}})
	ticks := NewPath()
	for i := 0; i <= 60; i++ {
		x := dx0 + 30 + (dx1-dx0-60)*float64(i)/60
		h := 7.0
		if i%5 == 0 {
			h = 14
		}
		ticks.Append(Rect(x-0.8, dy0+14, x+0.8, dy0+14+h))
	}
	for _, y := range []float64{dy0 + 12, dy0 + 40} {
		ticks.Append(Rect(dx0+28, y, dx1-28, y+1.4))
	}
	// Station marks: short bars of different lengths on the lower band.
	for i := 0; i < 14; i++ {
		x := dx0 + 40 + r.Range(0, dx1-dx0-80)
		ticks.Append(Rect(x, dy0+48, x+r.Range(8, 24), dy0+53))
	}
	c.FillOpacity(ticks, Solid(hex(0x4a2a10)), 0.75)
	c.FillC(Rect(645, dy0+4, 649, dy1-4), Red)
	c.FillOpacity(StrokePath(NewPath().MoveTo(dx0+16, dy0+6).LineTo(dx1-16, dy0+6), 3), Solid(White), 0.5)

	// Magic eye tuning indicator.
	ex, ey := 600.0, 190.0+8
	c.FillC(Circle(ex, ey, 17), hex(0x2a2a28))
	c.Glow(ex, ey, 40, 40, hex(0x7ae08a), 0.35)
	c.Fill(Circle(ex, ey, 12), Radial{ex, ey, 12, 12, []Stop{S(0, hex(0xc4ffc8)), S(1, hex(0x3aa05a))}})
	c.FillC(Poly(ex, ey, ex-7, ey-11, ex+7, ey-11), hex(0x123018))
	c.FillC(Circle(ex, ey, 3.5), hex(0x123018))

	// Knobs.
	for _, kx := range []float64{375, 825} {
		ky := 602.0
		c.FillOpacity(Circle(kx+4, ky+6, 34), Solid(hex(0x1a0f06)), 0.5)
		knurl := NewPath()
		for i := 0; i < 36; i++ {
			a := 2 * math.Pi * float64(i) / 36
			knurl.Append(StrokeButt(kx+27*math.Cos(a), ky+27*math.Sin(a), kx+33*math.Cos(a), ky+33*math.Sin(a), 3))
		}
		c.Fill(Circle(kx, ky, 31), Radial{kx - 10, ky - 12, 44, 44, []Stop{S(0, hex(0x6a4a30)), S(1, hex(0x1e120a))}})
		c.FillC(knurl, hex(0x24160c))
		c.Fill(Circle(kx, ky, 20), Radial{kx - 6, ky - 8, 28, 28, []Stop{S(0, hex(0xf3e7cf)), S(0.5, hex(0xcdbb98)), S(1, hex(0x8a7a5a))}})
		c.FillC(StrokeButt(kx, ky, kx+12, ky-12, 3), hex(0x5a4a32))
	}
	// Piano keys.
	for i := 0; i < 5; i++ {
		kx := 458 + float64(i)*58
		c.FillOpacity(RoundRect(kx+2, 582, kx+54, 628, 6), Solid(hex(0x1a0f06)), 0.5)
		col := hex(0xf0e6cc)
		if i == 2 {
			col = hex(0xd8ccb0)
		}
		c.Fill(RoundRect(kx, 578, kx+50, 622, 6), VGrad(578, 622, S(0, col), S(1, Shade(col, 0.8))))
	}
	// Feet.
	c.FillC(RoundRect(300, 644, 360, 652, 3), hex(0x1a0f06))
	c.FillC(RoundRect(840, 644, 900, 652, 3), hex(0x1a0f06))
	// Warm light spilling from the dial onto the table.
	c.Glow(600, 650, 360, 30, hex(0xffc070), 0.25)
}
