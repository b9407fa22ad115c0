package main

// drawStalinMonument: the Stalin Monument on Dózsa György út beside City
// Park, 1951–1956, drawn to the proportions the sources give: a bronze
// figure of eight metres on a base and tribune, about 25 metres in all;
// people on the square below for scale. The form of the base is
// simplified.
func drawStalinMonument(c *Canvas) {
	const gnd = 700.0
	const k = 22.0 // pixels per metre
	c.Clear(VGrad(0, gnd,
		S(0, hex(0x39424f)),
		S(0.6, hex(0x7d838a)),
		S(1, hex(0xb2aea4))))
	for _, cl := range [][4]float64{{220, 140, 400, 40}, {980, 100, 340, 34}, {560, 260, 420, 26}} {
		c.Glow(cl[0], cl[1], cl[2], cl[3], hex(0xd6d4cc), 0.3)
	}
	r := NewRNG(1951)

	// The trees of City Park behind.
	tr := NewPath()
	for x := -30.0; x < 1240; x += r.Range(24, 46) {
		rad := r.Range(26, 50)
		tr.Append(Ellipse(x, gnd-40-rad*0.7-r.Range(0, 24), rad*0.85, rad))
	}
	tr.Append(Rect(-10, gnd-50, 1210, gnd+2))
	c.FillC(tr, hex(0x5f665e))

	// The square.
	c.Fill(Rect(0, gnd, 1200, 800), VGrad(gnd, 800, S(0, hex(0x8e8a82)), S(1, hex(0x4a4846))))
	pav := NewPath()
	for y := gnd + 8; y < 800; y += (y - gnd) * 0.25 {
		pav.Append(Rect(0, y, 1200, y+1+(y-gnd)/60))
	}
	c.FillOpacity(pav, Solid(hex(0x3a3836)), 0.25)

	cx := 600.0
	m := func(h float64) float64 { return gnd - h*k }
	stone := func(y0, y1 float64) Paint {
		return VGrad(y0, y1, S(0, hex(0xb8b2a4)), S(1, hex(0x77726a)))
	}
	// Tribune: broad steps rising to a long reviewing platform.
	c.Fill(Rect(cx-420, m(1.5), cx+420, gnd), stone(m(1.5), gnd))
	c.Fill(Rect(cx-360, m(3), cx+360, m(1.5)+1), stone(m(3), m(1.5)))
	c.Fill(Rect(cx-300, m(6), cx+300, m(3)+1), stone(m(6), m(3)))
	c.FillOpacity(Rect(cx-300, m(6), cx+300, m(6)+5), Solid(hex(0xe6dccb)), 0.5)
	// The reviewing stand's parapet and its shadowed gallery.
	c.FillOpacity(Rect(cx-280, m(5.2), cx+280, m(3.6)), Solid(hex(0x3a3834)), 0.35)
	// Plinth up to the feet of the figure (about 17 metres above the square).
	c.Fill(Rect(cx-110, m(16.4), cx+110, m(6)+1), HGrad(cx-110, cx+110, S(0, hex(0xc2bcae)), S(0.6, hex(0x9c968a)), S(1, hex(0x6a665e))))
	c.Fill(Rect(cx-124, m(17), cx+124, m(16.2)), VGrad(m(17), m(16.2), S(0, hex(0xd0c8b8)), S(1, hex(0x8a8478))))
	joints := NewPath()
	for h := 7.5; h < 16; h += 1.5 {
		joints.Append(Rect(cx-110, m(h), cx+110, m(h)+1.2))
	}
	c.FillOpacity(joints, Solid(hex(0x4a4640)), 0.3)

	// The bronze: eight metres from the soles to the head.
	fh := 8 * k
	st := Scale(fh, fh).Then(Translate(cx, m(17)-fh))
	c.FillOpacity(statuePath().Transform(st.Then(Translate(-2, -1))), Solid(hex(0xd8d2c4)), 0.6)
	c.Fill(statuePath().Transform(st), HGrad(cx-40, cx+40, S(0, hex(0x3a3c3e)), S(1, hex(0x1c1e22))))
	c.FillOpacity(statueDetails().Transform(st), Solid(hex(0x4a4e54)), 0.9)
	c.FillC(statueArm().Transform(st), hex(0x34373b))

	// People on the square and on the tribune steps, for scale (about
	// 1.75 metres).
	pp := NewPath()
	for _, p := range [][3]float64{{160, gnd + 40, 0}, {196, gnd + 44, 1}, {900, gnd + 30, 2}, {1040, gnd + 60, 1}, {cx - 200, m(1.5), 0}, {cx + 240, m(1.5), 2}} {
		y := p[1]
		h := 1.75 * k * (1 + (y-gnd)/400)
		Person(pp, p[0], y, h, int(p[2]))
	}
	c.FillC(pp, hex(0x24262a))
}
