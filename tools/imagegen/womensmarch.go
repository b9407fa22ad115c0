package main

// drawWomensMarch: 4 December 1956, the women's march to the Tomb of the
// Unknown Soldier on Heroes' Square. Women in winter coats and
// headscarves walk with flowers to the low memorial stone, where flowers
// already lie; behind, the column and colonnades of the square in
// silhouette, simplified.
func drawWomensMarch(c *Canvas) {
	const gnd = 560.0
	c.Clear(VGrad(0, gnd,
		S(0, hex(0x3a4250)),
		S(0.6, hex(0x7a7e86)),
		S(1, hex(0xb4ada2))))
	for _, cl := range [][4]float64{{240, 110, 420, 40}, {900, 160, 380, 30}, {600, 40, 320, 24}} {
		c.Glow(cl[0], cl[1], cl[2], cl[3], hex(0x2e3440), 0.35)
	}
	r := NewRNG(1241956)

	// The square's monument behind, in the haze: two curved colonnades
	// and the tall column with a figure on top, all simplified.
	far := hex(0x7a7a7c)
	mon := NewPath()
	for _, side := range []float64{-1, 1} {
		cx := 600 + side*330
		x0, x1 := cx-130, cx+130
		for i := 0; i <= 8; i++ {
			x := x0 + 8 + float64(i)*(x1-x0-16)/8
			mon.Append(Rect(x-4, gnd-110, x+4, gnd-16))
		}
		mon.Append(Rect(x0, gnd-124, x1, gnd-108))
		mon.Append(Rect(x0-4, gnd-18, x1+4, gnd-8))
		// Statues on the attic, between the columns' axes.
		for i := 0; i < 4; i++ {
			x := x0 + 40 + float64(i)*60
			mon.Append(Ellipse(x, gnd-136, 5, 12))
		}
	}
	// The column, its base group and the figure at the top.
	mon.Append(Rect(585, gnd-60, 615, gnd))
	mon.Append(Poly(592, gnd-60, 608, gnd-60, 605, 110, 595, 110))
	mon.Append(Rect(590, 100, 610, 112))
	mon.Append(Ellipse(600, 84, 6, 16))
	mon.Append(Poly(600, 78, 580, 60, 588, 86))
	mon.Append(Poly(600, 78, 620, 60, 612, 86))
	mon.Append(Rect(540, gnd-44, 660, gnd))
	c.FillC(mon, far)
	c.FillOpacity(Rect(0, 0, 1200, gnd), VGrad(300, gnd, S(0, Alpha(hex(0xb4ada2), 0)), S(1, Alpha(hex(0xb4ada2), 0.35))), 1)

	// The paved square.
	c.Fill(Rect(0, gnd, 1200, 800), VGrad(gnd, 800, S(0, hex(0x8a857c)), S(1, hex(0x3e3c3a))))
	pav := NewPath()
	for y := gnd + 6; y < 800; y += (y - gnd) * 0.22 {
		pav.Append(Rect(0, y, 1200, y+1+(y-gnd)/80))
	}
	c.FillOpacity(pav, Solid(hex(0x3a3836)), 0.25)

	// The memorial stone: a low, broad slab, with flowers already laid.
	sx0, sx1, sy := 700.0, 1000.0, 640.0
	c.Fill(Poly(sx0, sy, sx1, sy, sx1+30, sy+34, sx0-30, sy+34), VGrad(sy, sy+34, S(0, hex(0xc4beb2)), S(1, hex(0x8a857c))))
	c.FillC(Poly(sx0-30, sy+34, sx1+30, sy+34, sx1+30, sy+48, sx0-30, sy+48), hex(0x6a665e))
	flowerCols := []uint32{0xf2efe6, 0xe6e0d0, 0xc23a30, 0xd8c8a0, 0xa8283a}
	fl := func(x, y, spread float64, n int) {
		stems := NewPath()
		for i := 0; i < n; i++ {
			fx, fy := x+r.Range(-spread, spread), y+r.Range(-spread*0.3, spread*0.3)
			stems.Append(Ellipse(fx, fy, 4, 3))
		}
		c.FillC(stems, hex(0x3f5a34))
		for i := 0; i < n; i++ {
			fx, fy := x+r.Range(-spread, spread), y+r.Range(-spread*0.35, spread*0.25)
			c.FillC(Circle(fx, fy, r.Range(2.5, 5)), hex(flowerCols[r.Intn(len(flowerCols))]))
		}
	}
	for x := sx0 - 10; x < sx1+10; x += r.Range(22, 40) {
		fl(x, sy+16+r.Range(-6, 10), 16, 10)
	}

	// The women, walking to the stone from the left, carrying flowers;
	// some already stand by it.
	type woman struct{ x, y, h float64 }
	var ws []woman
	for i := 0; i < 14; i++ {
		t := float64(i) / 13
		x := 40 + t*600 + r.Range(-12, 12)
		y := 690 - t*60 + r.Range(-8, 8)
		ws = append(ws, woman{x, y, 150 - t*40 + r.Range(-6, 6)})
	}
	ws = append(ws, woman{1050, 640, 104}, woman{1110, 652, 108}, woman{660, 640, 104})
	for i, w := range ws {
		p := NewPath()
		Person(p, w.x, w.y, w.h, 0)
		// Headscarf over the head, knotted under the chin, and a coat
		// flaring to the calves.
		hr := w.h * 0.075
		hy := w.y - w.h + hr*1.1
		p.Append(NewPath().MoveTo(w.x-hr*1.25, hy+hr*0.6).
			QuadTo(w.x-hr*1.3, hy-hr*1.5, w.x, hy-hr*1.35).
			QuadTo(w.x+hr*1.3, hy-hr*1.5, w.x+hr*1.25, hy+hr*0.6).
			LineTo(w.x, hy+hr*1.6).Close())
		p.Append(Poly(w.x-w.h*0.15, w.y-w.h*0.5, w.x+w.h*0.15, w.y-w.h*0.5, w.x+w.h*0.19, w.y-w.h*0.16, w.x-w.h*0.19, w.y-w.h*0.16))
		c.FillC(p, Shade(hex(0x2c2e34), r.Range(0.7, 1)))
		// Flowers held at the chest.
		if i%4 != 3 {
			fl(w.x+w.h*0.1, w.y-w.h*0.62, w.h*0.06, 6)
		}
	}

	c.FillOpacity(Rect(0, 0, 1200, 800), Radial{600, 420, 900, 560, []Stop{S(0.6, Alpha(Night0, 0)), S(1, Alpha(Night0, 0.35))}}, 1)
}
