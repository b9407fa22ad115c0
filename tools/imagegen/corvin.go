package main

import "math"

// drawCorvinKilian: Üllői út at night, late October 1956. On the left the
// long, low front of the Kilián barracks; across the street the tall
// houses of the Corvin block, and between them the narrow Corvin köz with
// the cinema's light at its end. A Soviet tank stands in the street. The
// buildings are impressions (heights, rhythm), not measured elevations.
func drawCorvinKilian(c *Canvas) {
	cam := camera{600, 470, 560}
	eye := 1.6
	c.Clear(VGrad(0, 520,
		S(0, hex(0x222a3a)),
		S(0.6, hex(0x323a4a)),
		S(1, hex(0x4a4650))))
	r := NewRNG(251056)

	// Far end of the street: houses in the haze, a glow of fires.
	far := NewSkyline(500)
	for x := 470.0; x < 760; x += 40 {
		far.Mansard(x, 42, r.Range(40, 70), 10, 1, r)
	}
	c.FillC(far.Shape, hex(0x3a3438))
	c.Glow(640, 470, 240, 120, hex(0xd07a44), 0.35)
	smoke(c, r, 700, 470, 20, 0.35)

	// The street.
	c.Fill(Poly(0, 800, 0, cam.P(-10, eye, 200).Y, 1200, cam.P(10, eye, 200).Y, 1200, 800),
		VGrad(480, 800, S(0, hex(0x5a4a46)), S(0.3, hex(0x3a3838)), S(1, hex(0x2a2a2e))))

	wallPaint := func(wx float64, near, far uint32) Paint {
		a, b := cam.P(wx, 0, 7), cam.P(wx, 0, 80)
		return Linear{a.X, 0, b.X, 0, []Stop{S(0, hex(near)), S(0.7, hex(far)), S(1, hex(0x4a3a36))}}
	}

	// Left: the barracks, three floors under a heavy cornice, a row of
	// tall windows, an arched gate; shell holes in the front.
	lx := -11.0
	ltop := eye - 13
	c.Fill(cam.wallQuad(lx, ltop, eye+0.2, 5, 70), wallPaint(lx, 0x2e2c30, 0x3e3836))
	c.FillC(cam.wallQuad(lx, ltop-0.8, ltop+0.2, 5, 70), hex(0x3c3c42))
	c.FillOpacity(cam.wallQuad(lx, eye-4.4, eye-4.0, 5, 70), Solid(hex(0x4a4a52)), 0.8)
	lw := NewPath()
	for z := 5.6; z < 66; z += 2.8 {
		for fl := 0; fl < 3; fl++ {
			y0 := eye - 11.6 + float64(fl)*3.8
			lw.Append(cam.wallQuad(lx, y0, y0+2.3, z, z+1.1))
		}
	}
	c.FillC(lw, hex(0x1e2026))
	gate := cam.wallQuad(lx, eye-4.6, eye, 16, 19)
	c.FillC(gate, hex(0x0a0c10))
	holes := NewPath()
	for i := 0; i < 9; i++ {
		z := r.Range(6, 30)
		y := r.Range(ltop+1, eye-1)
		p := cam.P(lx, y, z)
		s := cam.f / z * r.Range(0.2, 0.4)
		holes.Append(Ellipse(p.X, p.Y, s*0.6, s))
	}
	c.FillOpacity(holes, Solid(hex(0x08090c)), 0.75)

	// Right: the Corvin block, taller houses, with the passage opening
	// between z = 12 and z = 15.
	rx := 10.0
	rtop := eye - 20
	for _, seg := range [][2]float64{{5, 10}, {12, 70}} {
		c.Fill(cam.wallQuad(rx, rtop, eye+0.2, seg[0], seg[1]), wallPaint(rx, 0x2c2a2e, 0x3a3434))
		c.FillOpacity(cam.wallQuad(rx, rtop, rtop+0.5, seg[0], seg[1]), Solid(hex(0x44444c)), 0.9)
		rw := NewPath()
		lit := NewPath()
		for z := seg[0] + 0.8; z+1.2 < seg[1]; z += 2.6 {
			for fl := 0; fl < 5; fl++ {
				y0 := eye - 18 + float64(fl)*3.3
				q := cam.wallQuad(rx, y0, y0+2, z, z+1.1)
				if r.Float() < 0.06 {
					lit.Append(q)
				} else {
					rw.Append(q)
				}
			}
			rw.Append(cam.wallQuad(rx, eye-3.2, eye, z, z+1.6))
		}
		c.FillC(rw, hex(0x1e2026))
		c.FillC(lit, hex(0xc98a50))
	}
	// The passage: its side wall, the cinema's front at the end, lit.
	a, b := cam.P(rx, rtop, 10), cam.P(rx, eye, 10)
	d, e := cam.P(rx, rtop, 12), cam.P(rx, eye, 12)
	// The gap is open to the sky; the near house's flank shows in it.
	c.FillC(Polygon(a, d, e, b), hex(0x141820))
	fl := d.X - a.X
	c.Fill(Polygon(a, Pt{a.X + fl*0.45, a.Y + 6}, Pt{b.X + fl*0.45, b.Y - 6}, b),
		HGrad(a.X, a.X+fl*0.45, S(0, hex(0x1a1c22)), S(1, hex(0x3a302a))))
	// The cinema's front at the end of the passage: lower than the
	// houses, lit from inside.
	ch := cam.f / 14 * 11 // about 11 m at the end of the passage
	cx0, cx1 := a.X+fl*0.45, d.X
	gyc := b.Y - 6
	c.Fill(Rect(cx0, gyc-ch, cx1, gyc), VGrad(gyc-ch, gyc, S(0, hex(0x4a3a32)), S(1, hex(0xd89a5a))))
	cols := NewPath()
	for i := 0; i < 3; i++ {
		x := cx0 + (cx1-cx0)*(float64(i)+0.5)/3
		cols.Append(Rect(x-1.5, gyc-ch*0.75, x+1.5, gyc))
	}
	c.FillOpacity(cols, Solid(hex(0x3a2a20)), 0.7)
	c.FillC(Rect(cx0, gyc-ch, cx1, gyc-ch+3), hex(0x6a5444))
	c.Glow((cx0+cx1)/2, gyc-ch*0.3, (cx1-cx0)*1.2, ch*0.6, hex(0xf0b070), 0.45)
	// Light spilling from the passage onto the street.
	c.FillOpacity(Polygon(b, e, cam.P(5, eye, 11.5), cam.P(6, eye, 10)), Solid(hex(0xe09a58)), 0.18)

	// The tank in the street, turned towards the passage, smoke over it.
	z := 22.0
	k := cam.f / z
	gy := cam.P(0, eye, z).Y
	c.FillOpacity(Ellipse(cam.P(0, eye, z).X+60, gy+3, 6.6*k*0.55, 7), Solid(Night0), 0.6)
	Tank(c, cam.P(-2.5, eye, z).X, gy, k, hex(0x0c0e12), hex(0x1a1d24), hex(0xe0a070))
	smoke(c, r, cam.P(1, eye, z).X, gy-30, 18, 0.6)

	// Two young fighters with rifles at the corner of the passage.
	fp := NewPath()
	for i, z := range []float64{8.2, 8.9} {
		p := cam.P(rx-2.2, eye, z)
		h := 1.75 * cam.f / z
		Person(fp, p.X, p.Y, h, 2*i)
		// A rifle held upright at the side, muzzle above the shoulder.
		fp.Append(StrokeLine(p.X-h*0.2, p.Y-h*0.38, p.X-h*0.24, p.Y-h*1.12, math.Max(2, h*0.03)))
		fp.Append(Rect(p.X-h*0.22, p.Y-h*0.6, p.X-h*0.15, p.Y-h*0.36))
	}
	c.FillC(fp, hex(0x0a0b0e))

	// Rubble and cobbles in the foreground.
	rub := NewPath()
	for i := 0; i < 30; i++ {
		x := r.Range(0, 1200)
		y := r.Range(720, 800)
		s := r.Range(5, 15)
		an := r.Range(0, math.Pi)
		rub.Append(Polygon(Pt{x + s*math.Cos(an), y + s*0.5*math.Sin(an)}, Pt{x - s*math.Sin(an), y - s*0.6}, Pt{x - s*math.Cos(an), y + s*0.3}))
	}
	c.FillC(rub, hex(0x1a1a1e))
}
