package main

import "math"

// drawAndauBridge: the bridge over the Einser Canal near Andau, November
// 1956. Looking along the straight canal through the flat, reedy Hanság,
// the small wooden footbridge crosses it; refugees with bundles walk over
// it at dusk. The bridge's build is an impression: the sources name a
// small bridge over the canal, not its drawings.
func drawAndauBridge(c *Canvas) {
	const hz = 430.0 // horizon
	c.Clear(VGrad(0, hz,
		S(0, hex(0x1c2230)),
		S(0.55, hex(0x46506a)),
		S(0.85, hex(0x9a8c88)),
		S(1, hex(0xd6b08a))))
	c.Glow(760, hz, 520, 110, hex(0xe8b884), 0.45)
	for _, cl := range [][4]float64{{240, 120, 420, 34}, {900, 170, 360, 26}, {560, 60, 300, 20}} {
		c.Glow(cl[0], cl[1], cl[2], cl[3], hex(0x141822), 0.45)
	}
	r := NewRNG(1121)

	// Flat land to the horizon, a line of poplars and willows far off.
	c.Fill(Rect(0, hz, 1200, 800), VGrad(hz, 800, S(0, hex(0x4a4a44)), S(1, hex(0x1c1d1a))))
	far := NewPath()
	for x := -20.0; x < 1220; x += r.Range(12, 40) {
		if r.Float() < 0.35 {
			continue
		}
		h := r.Range(8, 26)
		far.Append(Ellipse(x, hz-h*0.4, r.Range(5, 12), h*0.6))
	}
	far.Append(Rect(-10, hz-3, 1210, hz+2))
	c.FillC(far, hex(0x3a3a3c))

	// The canal, straight, narrowing to the horizon.
	vx := 640.0
	bank := func(y float64) (float64, float64) {
		t := (y - hz) / (800 - hz)
		return vx - 8 - 520*t, vx + 8 + 470*t
	}
	l0, r0 := bank(800)
	water := Poly(vx-8, hz, vx+8, hz, r0, 800, l0, 800)
	c.Fill(water, VGrad(hz, 800, S(0, hex(0xd2ac86)), S(0.25, hex(0x7a6e70)), S(1, hex(0x1e2430))))
	// Ripples on the water.
	rip := NewPath()
	for y := hz + 6; y < 800; y += 4 + (y-hz)*0.05 {
		a, b := bank(y)
		for x := a + r.Range(0, 30); x < b-10; x += r.Range(40, 120) * (0.3 + (y-hz)/370) {
			rip.Append(Rect(x, y, x+r.Range(10, 60)*(0.2+(y-hz)/370), y+0.8+(y-hz)/300))
		}
	}
	c.FillOpacity(rip, Solid(hex(0x14181f)), 0.35)

	// The bridge across the canal: piles, deck, handrails.
	by := 540.0 // deck level where it meets the banks
	bl, br := bank(by + 14)
	bl -= 40
	br += 40
	wood := hex(0x2a2320)
	mirror := Scale(1, -1).Then(Translate(0, 2*(by+52)))
	parts := NewPath()
	// Deck with a slight arch.
	deck := func(x float64) float64 {
		u := (x - bl) / (br - bl)
		return by - 10*math.Sin(u*math.Pi)
	}
	var top, bot []Pt
	for x := bl; x <= br+0.1; x += (br - bl) / 24 {
		top = append(top, Pt{x, deck(x)})
		bot = append(bot, Pt{x, deck(x) + 8})
	}
	parts.Append(Polygon(append(top, reversed(bot)...)...))
	// Piles standing in the water, in pairs of trestles.
	for _, u := range []float64{0.2, 0.4, 0.6, 0.8} {
		x := bl + u*(br-bl)
		parts.Append(Rect(x-3, deck(x), x+3, by+54))
		parts.Append(StrokeButt(x-16, by+50, x, deck(x)+6, 3))
	}
	// Handrails: posts and two rails on each side.
	for x := bl + 6; x < br; x += (br - bl) / 12 {
		parts.Append(Rect(x-1.6, deck(x)-30, x+1.6, deck(x)))
	}
	for _, h := range []float64{30, 16} {
		var rail []Pt
		for _, p := range top {
			rail = append(rail, Pt{p.X, p.Y - h})
		}
		parts.Append(StrokePolyline(rail, 2.4, false))
	}
	// Reflection first, then the bridge.
	c.FillOpacity(parts.Transform(mirror), Solid(Mix(wood, hex(0x7a6e70), 0.4)), 0.5)
	c.FillC(parts, wood)
	// Ramps down to the banks.
	c.FillC(Poly(bl-60, by+24, bl, by, bl, by+8, bl-60, by+30), wood)
	c.FillC(Poly(br, by, br+60, by+24, br+60, by+30, br, by+8), wood)

	// Refugees crossing from left to right, with bundles and cases; a
	// child holding a hand.
	people := NewPath()
	walkers := []struct {
		u, h  float64
		hat   int
		load  int // 0 none, 1 bundle on the back, 2 case in the hand
		child bool
	}{
		{0.14, 58, 1, 1, false}, {0.27, 52, 0, 2, false}, {0.33, 34, 2, 0, true},
		{0.47, 56, 2, 1, false}, {0.6, 54, 0, 2, false}, {0.74, 58, 1, 2, false},
		{0.86, 50, 0, 1, false},
	}
	for _, w := range walkers {
		x := bl + w.u*(br-bl)
		y := deck(x)
		Person(people, x, y, w.h, w.hat)
		switch w.load {
		case 1:
			people.Append(Ellipse(x-w.h*0.14, y-w.h*0.68, w.h*0.13, w.h*0.16))
		case 2:
			people.Append(Rect(x+w.h*0.12, y-w.h*0.42, x+w.h*0.3, y-w.h*0.26))
			people.Append(Rect(x+w.h*0.12, y-w.h*0.6, x+w.h*0.15, y-w.h*0.42))
		}
	}
	c.FillC(people, hex(0x15161a))
	// On the far bank, a few more making for the bridge across the fields.
	more := NewPath()
	for i, x := range []float64{bl - 150, bl - 110, bl - 80, bl - 260} {
		Person(more, x, by+26+float64(i%2)*4, 40, i%3)
	}
	c.FillC(more, hex(0x1c1d20))

	// Reeds along both banks, denser and taller in front.
	reeds := NewPath()
	heads := NewPath()
	for i := 0; i < 900; i++ {
		y := hz + (800-hz)*math.Pow(r.Float(), 0.7)
		a, b := bank(y)
		t := (y - hz) / (800 - hz)
		var x float64
		if r.Float() < 0.5 {
			x = a - r.Range(0, 60+340*t)
		} else {
			x = b + r.Range(0, 60+340*t)
		}
		if x < -20 || x > 1220 {
			continue
		}
		h := (18 + 150*t) * r.Range(0.6, 1.2)
		lean := r.Range(-0.2, 0.25) * h
		w := 0.6 + 2.4*t
		reeds.Append(Poly(x-w, y, x+lean, y-h, x+w, y))
		if r.Float() < 0.3 {
			heads.Append(Ellipse(x+lean, y-h-3*t, 2+3*t, 5+12*t))
		}
	}
	c.FillOpacity(reeds, Solid(hex(0x2e2a22)), 0.9)
	c.FillOpacity(heads, Solid(hex(0x5a4a36)), 0.9)

	// Evening haze over the water at the horizon.
	c.FillOpacity(Rect(0, hz-30, 1200, hz+50), VGrad(hz-30, hz+50, S(0, Alpha(hex(0xd6b08a), 0)), S(0.5, Alpha(hex(0xd6b08a), 0.25)), S(1, Alpha(hex(0xd6b08a), 0))), 1)
}
