package main

import "math"

// drawPlot301: Plot 301 of the New Public Cemetery at Rákoskeresztúr
// between 1958 and 1989, as the sources describe it: a remote corner of
// the cemetery where the executed lay in unmarked graves. Long grass and
// low mounds with no stone, no cross and no name; the marked graves of the
// cemetery far behind. Nothing here is a portrait of the place.
func drawPlot301(c *Canvas) {
	c.Clear(VGrad(0, 470,
		S(0, hex(0x4a5262)),
		S(0.6, hex(0x8d9298)),
		S(1, hex(0xc9c4b6))))
	for _, cl := range [][4]float64{{220, 120, 420, 40}, {860, 80, 380, 34}, {600, 260, 460, 30}} {
		c.Glow(cl[0], cl[1], cl[2], cl[3], hex(0x3c4350), 0.35)
	}
	r := NewRNG(301)

	// The far, tended part of the cemetery: rows of small headstones and
	// crosses under trees, pale in the haze.
	trees := NewPath()
	for x := -40.0; x < 1240; x += r.Range(30, 60) {
		rad := r.Range(30, 60)
		trees.Append(Ellipse(x, 452-rad*0.8-r.Range(0, 20), rad*0.8, rad))
	}
	trees.Append(Rect(-10, 430, 1210, 470))
	c.FillC(trees, hex(0x6f7670))
	stones := NewPath()
	for row, y := range []float64{474, 486} {
		for x := 20.0 + float64(row)*18; x < 1180; x += r.Range(26, 40) {
			h := r.Range(7, 12) * (1 + 0.3*float64(row))
			if r.Float() < 0.3 {
				w := h * 0.12
				stones.Append(Rect(x-w, y-h, x+w, y))
				stones.Append(Rect(x-h*0.35, y-h*0.75, x+h*0.35, y-h*0.75+w*2))
			} else {
				stones.Append(RoundRect(x-h*0.32, y-h, x+h*0.32, y, h*0.3))
			}
		}
	}
	c.Fill(Rect(0, 462, 1200, 500), VGrad(462, 500, S(0, hex(0x7d8474)), S(1, hex(0x69705c))))
	c.FillC(stones, hex(0xa4a49c))
	// A low hedge separating the remote corner from the rest.
	hedge := NewPath()
	for x := -20.0; x < 1230; x += r.Range(14, 26) {
		hedge.Append(Ellipse(x, 500, r.Range(14, 22), r.Range(9, 14)))
	}
	hedge.Append(Rect(-10, 500, 1210, 512))
	c.FillC(hedge, hex(0x4e5646))

	// The plot: rough, uneven grass to the front edge.
	c.Fill(Rect(0, 508, 1200, 800), VGrad(508, 800, S(0, hex(0x6c7256)), S(0.5, hex(0x555a40)), S(1, hex(0x30331f))))

	// The cemetery wall on the right, meeting the hedge: the corner.
	wall := Poly(1200, 470, 960, 500, 960, 512, 1200, 640)
	c.Fill(wall, HGrad(960, 1200, S(0, hex(0x8a8478)), S(1, hex(0x5e5a52))))
	cop := Poly(1200, 462, 956, 497, 956, 502, 1200, 472)
	c.FillC(cop, hex(0xa49e90))

	// Unmarked graves: low oblong mounds in loose rows, drawn in
	// perspective, with nothing on them.
	persp := func(y float64) float64 { return 0.25 + 0.75*(y-508)/292 }
	w0 := func(k float64) float64 { return 80 * k }
	mounds, shadows, lit := NewPath(), NewPath(), NewPath()
	for row, y := range []float64{534, 566, 612, 680, 770} {
		k := persp(y)
		step := 210 * k
		for x := -step*0.5 + r.Range(0, step*0.6) + float64(row%2)*step*0.3; x < 1200+step; x += step * r.Range(0.85, 1.2) {
			// Nothing beyond the wall.
			if r.Float() < 0.12 || x+w0(k) > 960+(y-512)*240/128 {
				continue
			}
			w := 150 * k * r.Range(0.85, 1.1)
			h := 34 * k * r.Range(0.8, 1.15)
			top := y - h
			m := NewPath().MoveTo(x-w/2, y).
				CubeTo(x-w/2, top+h*0.15, x-w*0.3, top, x, top).
				CubeTo(x+w*0.3, top, x+w/2, top+h*0.15, x+w/2, y).Close()
			mounds.Append(m)
			shadows.Append(Ellipse(x+w*0.08, y+h*0.08, w*0.55, h*0.3))
			lit.Append(Ellipse(x-w*0.12, top+h*0.35, w*0.26, h*0.22))
		}
	}
	c.FillOpacity(shadows, Solid(hex(0x202316)), 0.35)
	c.Fill(mounds, VGrad(508, 760, S(0, hex(0x7a7458)), S(1, hex(0x4a4430))))
	c.FillOpacity(lit, Solid(hex(0xa49c78)), 0.12)

	// Grass and weeds in tufts, thicker and taller to the front.
	blades := NewPath()
	dry := NewPath()
	for i := 0; i < 700; i++ {
		y := 510 + 290*math.Pow(r.Float(), 0.8)
		k := persp(y)
		x := r.Range(-10, 1210)
		n := 2 + r.Intn(3)
		if x > 950+(y-512)*240/128 {
			continue
		}
		for j := 0; j < n; j++ {
			h := r.Range(10, 26) * k
			lean := r.Range(-0.5, 0.5) * h
			w := math.Max(1, 2.2*k)
			bl := Poly(x-w, y, x+lean, y-h, x+w, y)
			if r.Float() < 0.35 {
				dry.Append(bl)
			} else {
				blades.Append(bl)
			}
			x += r.Range(-3, 3) * k
		}
	}
	c.FillOpacity(blades, Solid(hex(0x3f4629)), 0.55)
	c.FillOpacity(dry, Solid(hex(0x8a8060)), 0.4)
	// Tall weed stems with seed heads in the foreground.
	stems := NewPath()
	for i := 0; i < 12; i++ {
		x := r.Range(0, 1080)
		y := r.Range(720, 805)
		h := r.Range(70, 150)
		tx := x + r.Range(-25, 25)
		stems.Append(StrokePolyline([]Pt{{x, y}, {(x + tx) / 2, y - h*0.55}, {tx, y - h}}, 2, false))
		stems.Append(Ellipse(tx, y-h-5, 3.5, 8))
	}
	c.FillC(stems, hex(0x6e6444))

	// A cold, low light from the left, and darker edges.
	c.Glow(180, 500, 520, 140, hex(0xe6e0cc), 0.18)
	c.FillOpacity(Rect(0, 0, 1200, 800), Radial{600, 420, 900, 560, []Stop{S(0.55, Alpha(Night0, 0)), S(1, Alpha(Night0, 0.55))}}, 1)
}
