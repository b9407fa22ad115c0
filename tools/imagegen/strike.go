package main

// drawStrike: a factory during the general strike of November–December
// 1956: brick halls with saw-tooth roofs, tall chimneys with no smoke, the
// gate shut, the yard empty, on a cold morning. A factory, not a
// particular one.
func drawStrike(c *Canvas) {
	const gnd = 600.0
	c.Clear(VGrad(0, gnd,
		S(0, hex(0x4a5262)),
		S(0.6, hex(0x8e949a)),
		S(1, hex(0xc8c2b4))))
	for _, cl := range [][4]float64{{260, 120, 420, 34}, {880, 90, 380, 30}, {560, 250, 420, 24}} {
		c.Glow(cl[0], cl[1], cl[2], cl[3], hex(0xd8d6d0), 0.3)
	}
	r := NewRNG(1211)

	brick := func(y0, y1 float64) Paint {
		return VGrad(y0, y1, S(0, hex(0x7a4a3a)), S(1, hex(0x4e3028)))
	}
	// Chimneys, tall and cold: no smoke.
	ch := NewPath()
	for _, x := range []float64{250, 330, 980} {
		h := r.Range(380, 460)
		ch.Append(Poly(x-18, gnd-60, x+18, gnd-60, x+10, gnd-60-h, x-10, gnd-60-h))
		ch.Append(Rect(x-13, gnd-66-h, x+13, gnd-58-h))
	}
	c.Fill(ch, VGrad(100, gnd, S(0, hex(0x5a3a30)), S(1, hex(0x3e2822))))
	bands := NewPath()
	for _, x := range []float64{250, 330, 980} {
		for _, y := range []float64{gnd - 300, gnd - 200} {
			bands.Append(Rect(x-16, y, x+16, y+5))
		}
	}
	c.FillOpacity(bands, Solid(hex(0x2a1a16)), 0.6)

	// Halls with saw-tooth roofs along the yard.
	halls := [][3]float64{{-20, 560, 230}, {560, 1220, 250}}
	for _, hl := range halls {
		x0, x1, h := hl[0], hl[1], hl[2]
		top := gnd - h
		c.Fill(Rect(x0, top, x1, gnd), brick(top, gnd))
		saw := NewPath()
		glass := NewPath()
		for x := x0; x < x1; x += 70 {
			saw.Append(Poly(x, top+1, x+70, top+1, x+70, top-50))
			glass.Append(Poly(x+70, top-46, x+70, top-2, x+62, top-2))
		}
		c.FillC(saw, hex(0x4a4a4e))
		c.FillC(glass, hex(0x9aa4aa))
		// Tall windows, dark: no light in the workshops.
		win := NewPath()
		for x := x0 + 24; x+40 < x1; x += 64 {
			win.Append(RoundRect(x, top+40, x+36, gnd-50, 4))
		}
		c.FillC(win, hex(0x24262a))
		mull := NewPath()
		for x := x0 + 24; x+40 < x1; x += 64 {
			for y := top + 70.0; y < gnd-50; y += 30 {
				mull.Append(Rect(x, y, x+36, y+2))
			}
			mull.Append(Rect(x+17, top+40, x+19, gnd-50))
		}
		c.FillOpacity(mull, Solid(hex(0x6a6e72)), 0.6)
	}

	// The yard and the road in front.
	c.Fill(Rect(0, gnd, 1200, 800), VGrad(gnd, 800, S(0, hex(0x7a766e)), S(1, hex(0x3a3836))))
	// The boundary wall with the gate, shut.
	wall := NewPath()
	wall.Append(Rect(0, gnd+20, 470, gnd+110))
	wall.Append(Rect(730, gnd+20, 1200, gnd+110))
	c.Fill(wall, brick(gnd+20, gnd+110))
	c.FillC(Rect(0, gnd+14, 470, gnd+22), hex(0x5a5a5c))
	c.FillC(Rect(730, gnd+14, 1200, gnd+22), hex(0x5a5a5c))
	// Gate piers and the two iron leaves, closed.
	c.Fill(Rect(450, gnd-20, 490, gnd+120), brick(gnd-20, gnd+120))
	c.Fill(Rect(710, gnd-20, 750, gnd+120), brick(gnd-20, gnd+120))
	bars := NewPath()
	for x := 496.0; x < 706; x += 12 {
		bars.Append(Rect(x, gnd+4, x+4, gnd+116))
		bars.Append(Poly(x-1, gnd+4, x+5, gnd+4, x+2, gnd-6))
	}
	for _, y := range []float64{gnd + 14, gnd + 60, gnd + 106} {
		bars.Append(Rect(490, y, 710, y+6))
	}
	bars.Append(Rect(598, gnd+4, 602, gnd+116))
	c.FillC(bars, hex(0x1e2024))

	// Frost on the ground and a pale, cold light.
	c.FillOpacity(Rect(0, gnd+110, 1200, 800), VGrad(gnd+110, 800, S(0, Alpha(hex(0xe8ecef), 0.18)), S(1, Alpha(hex(0xe8ecef), 0))), 1)
	c.FillOpacity(Rect(0, 0, 1200, 800), Radial{600, 400, 900, 560, []Stop{S(0.6, Alpha(Night0, 0)), S(1, Alpha(Night0, 0.35))}}, 1)
}
