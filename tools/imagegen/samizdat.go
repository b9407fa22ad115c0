package main

// drawSamizdat: a typewriter on a kitchen table at night, a sheet in the
// roller and a stack of typed copies beside it, under a lamp: how texts
// that escaped censorship were made in the 1980s. The typed lines are
// bars, not letters: no text is invented.
func drawSamizdat(c *Canvas) {
	c.Clear(VGrad(0, 800, S(0, hex(0x1a1c22)), S(0.55, hex(0x2a2a2e)), S(1, hex(0x141518))))
	r := NewRNG(1981)

	// Wall and a drawn curtain at the back.
	cur := NewPath()
	for x := 700.0; x < 1200; x += 38 {
		cur.Append(Rect(x, 0, x+19, 470))
	}
	c.Fill(Rect(690, 0, 1200, 470), VGrad(0, 470, S(0, hex(0x3a2c2a)), S(1, hex(0x4a3632))))
	c.FillOpacity(cur, Solid(hex(0x241a1a)), 0.45)

	// The table top, lit from the lamp on the left.
	c.Fill(Poly(0, 470, 1200, 470, 1200, 800, 0, 800), VGrad(470, 800, S(0, hex(0x6a5040)), S(1, hex(0x3a2a20))))
	grain := NewPath()
	for y := 480.0; y < 800; y += r.Range(8, 22) {
		grain.Append(Rect(0, y, 1200, y+1.2))
	}
	c.FillOpacity(grain, Solid(hex(0x2a1c14)), 0.3)
	c.Glow(330, 520, 620, 300, hex(0xf4d29a), 0.35)

	paper := hex(0xece6d6)
	line := hex(0x5a5650)
	// typed draws bars of "text" on a sheet: random line lengths, a
	// paragraph gap now and then.
	typed := func(x0, y0, x1, y1, lh float64) *Path {
		p := NewPath()
		for y := y0; y < y1; y += lh {
			if r.Float() < 0.1 {
				continue
			}
			end := x1 - r.Range(0, (x1-x0)*0.15)
			if r.Float() < 0.15 {
				end = x0 + (x1-x0)*r.Range(0.3, 0.7)
			}
			for x := x0; x < end; {
				w := r.Range(8, 34) * lh / 12
				if x+w > end {
					w = end - x
				}
				p.Append(Rect(x, y, x+w, y+lh*0.35))
				x += w + lh*0.45
			}
		}
		return p
	}

	// The stack of copies on the right, slightly fanned.
	for i := 0; i < 7; i++ {
		dx, dy := float64(i)*3+r.Range(-4, 4), -float64(i)*2.5
		sh := Poly(810+dx, 520+dy, 1110+dx, 512+dy, 1124+dx, 740+dy, 818+dx, 748+dy)
		c.FillOpacity(sh.Transform(Translate(6, 6)), Solid(Night0), 0.25)
		c.Fill(sh, VGrad(500, 760, S(0, Shade(paper, 0.96)), S(1, Shade(paper, 0.8))))
	}
	top := typed(850, 560, 1080, 720, 12)
	c.FillOpacity(top.Transform(Translate(18, -15)), Solid(line), 0.75)
	c.FillOpacity(Rect(868, 532, 1010, 538), Solid(line), 0.8)

	// The typewriter: body, keys, carriage and roller, a sheet rising
	// from the roller.
	tx := 380.0
	sheet := Poly(tx-150, 120, tx+150, 120, tx+150, 370, tx-150, 370)
	c.Fill(sheet, VGrad(120, 370, S(0, Shade(paper, 1.02)), S(1, Shade(paper, 0.88))))
	c.FillOpacity(typed(tx-125, 150, tx+125, 330, 13), Solid(line), 0.8)
	// Carriage and roller.
	c.Fill(RoundRect(tx-230, 345, tx+230, 390, 18), VGrad(345, 390, S(0, hex(0x3a3c40)), S(1, hex(0x16171a))))
	c.FillC(RoundRect(tx-250, 356, tx-228, 380, 8), hex(0x202226))
	c.FillC(RoundRect(tx+228, 356, tx+250, 380, 8), hex(0x202226))
	c.FillC(StrokeLine(tx-240, 352, tx-290, 330, 6), hex(0x8a8c90))
	// Body, in the dull green-grey of the era's office machines.
	body := NewPath().MoveTo(tx-210, 390).LineTo(tx+210, 390).
		CubeTo(tx+235, 390, tx+260, 470, tx+265, 600).
		LineTo(tx-265, 600).
		CubeTo(tx-260, 470, tx-235, 390, tx-210, 390).Close()
	c.Fill(body, VGrad(390, 600, S(0, hex(0x5a6660)), S(0.6, hex(0x3e4844)), S(1, hex(0x262c2a))))
	c.FillOpacity(Rect(tx-200, 394, tx+200, 402), Solid(hex(0x8a9690)), 0.5)
	// Type bars' slot and the keyboard in four rows.
	c.FillC(Ellipse(tx, 420, 120, 16), hex(0x141618))
	keys := NewPath()
	caps := NewPath()
	for row := 0; row < 4; row++ {
		y := 470 + float64(row)*30
		n := 11 - row%2
		w := 360 + float64(row)*36
		for i := 0; i < n; i++ {
			x := tx - w/2 + w*(float64(i)+0.5)/float64(n)
			keys.Append(Ellipse(x, y, 13, 10))
			caps.Append(Ellipse(x-3, y-3, 6, 4))
		}
	}
	keys.Append(RoundRect(tx-130, 590, tx+130, 606, 8))
	c.FillC(keys, hex(0x121314))
	c.FillOpacity(caps, Solid(hex(0x7a7c80)), 0.5)
	c.FillOpacity(Ellipse(tx, 612, 300, 18), Solid(Night0), 0.35)

	// A loose copy in front, at an angle.
	loose := Poly(560, 640, 820, 610, 850, 800, 590, 800)
	c.FillOpacity(loose.Transform(Translate(8, 8)), Solid(Night0), 0.3)
	c.Fill(loose, VGrad(610, 800, S(0, Shade(paper, 0.95)), S(1, Shade(paper, 0.78))))
	lt := typed(0, 0, 220, 150, 11)
	m := Rotate(-0.115).Then(Translate(590, 665))
	c.FillOpacity(lt.Transform(m), Solid(line), 0.6)

	// The lamp's light from the top left, and dark corners.
	c.Glow(200, 120, 520, 420, hex(0xf6dcaa), 0.14)
	c.FillOpacity(Rect(0, 0, 1200, 800), Radial{420, 420, 980, 640, []Stop{S(0.5, Alpha(Night0, 0)), S(1, Alpha(Night0, 0.6))}}, 1)
}
