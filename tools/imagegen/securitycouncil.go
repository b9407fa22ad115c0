package main

import "math"

// drawSecurityCouncil: the UN Security Council in session, November 1956:
// delegates at the horseshoe table seen from the public gallery, one hand
// raised in a vote. The chamber is simplified and the delegates are not
// portraits; the drawing does not show who voted how.
func drawSecurityCouncil(c *Canvas) {
	c.Clear(VGrad(0, 800, S(0, hex(0x2a3040)), S(0.5, hex(0x3e4658)), S(1, hex(0x1a1e28))))
	r := NewRNG(1004)

	// The far wall: a large, muted mural field and tall window bands.
	c.Fill(Rect(200, 40, 1000, 330), VGrad(40, 330, S(0, hex(0x5a5244)), S(1, hex(0x6e6450))))
	mural := NewPath()
	for i := 0; i < 40; i++ {
		x, y := r.Range(220, 980), r.Range(60, 310)
		mural.Append(Ellipse(x, y, r.Range(12, 40), r.Range(10, 30)))
	}
	c.FillOpacity(mural, Solid(hex(0x8a7a5a)), 0.12)
	bands := NewPath()
	for _, x := range []float64{40, 110, 1030, 1100} {
		bands.Append(Rect(x, 20, x+50, 360))
	}
	c.Fill(bands, VGrad(20, 360, S(0, hex(0x6a7488)), S(1, hex(0x4a5264))))

	// The floor of the chamber.
	c.Fill(Rect(0, 360, 1200, 800), VGrad(360, 800, S(0, hex(0x3a4a5a)), S(1, hex(0x22303c))))

	// The horseshoe table, open towards the viewer.
	const cx, cy = 600.0, 520.0
	const rx, ry = 400.0, 150.0
	outer := func(a float64, k float64) Pt { return Pt{cx + rx*k*math.Cos(a), cy - ry*k*math.Sin(a)} }
	var o, in []Pt
	for i := 0; i <= 40; i++ {
		a := -0.35 + (math.Pi+0.7)*float64(i)/40
		o = append(o, outer(a, 1))
		in = append(in, outer(a, 0.78))
	}
	// Delegates seated around the outside of the table, with papers and
	// microphones; one raises a hand.
	ppl := NewPath()
	papers := NewPath()
	mics := NewPath()
	n := 11
	var raised Pt
	for i := 0; i < n; i++ {
		a := 0.12 + (math.Pi-0.24)*(float64(i)+0.5)/float64(n)
		p := outer(a, 1.06)
		k := 1 - 0.35*math.Sin(a) // smaller further back
		h := 120 * k
		// Seated: head and shoulders above the table's far edge, the
		// rest hidden by the table drawn over them.
		ppl.Append(Ellipse(p.X, p.Y-h*0.62, h*0.075, h*0.09))
		ppl.Append(RoundRect(p.X-h*0.17, p.Y-h*0.5, p.X+h*0.17, p.Y+h*0.2, h*0.08))
		q := outer(a, 0.9)
		papers.Append(Poly(q.X-14*k, q.Y-4*k, q.X+14*k, q.Y-6*k, q.X+16*k, q.Y+4*k, q.X-12*k, q.Y+6*k))
		mics.Append(StrokeLine(q.X+10*k, q.Y, q.X+4*k, q.Y-20*k, 2*k))
		if i == 7 {
			raised = Pt{p.X, p.Y - h*0.45}
			ppl.Append(StrokePolyline([]Pt{{p.X + h*0.13, raised.Y}, {p.X + h*0.2, raised.Y - h*0.25}, {p.X + h*0.22, raised.Y - h*0.45}}, h*0.07, false))
			ppl.Append(Ellipse(p.X+h*0.22, raised.Y-h*0.48, h*0.05, h*0.07))
		}
	}
	c.FillC(ppl, hex(0x161a22))
	top := Polygon(append(o, reversed(in)...)...)
	c.Fill(top, VGrad(cy-ry, cy+ry*0.4, S(0, hex(0xc8b890)), S(1, hex(0x9a8a68))))
	// The table's front face, visible on the inside of the horseshoe.
	var face []Pt
	for _, p := range in {
		face = append(face, p)
	}
	for i := len(in) - 1; i >= 0; i-- {
		face = append(face, Pt{in[i].X, in[i].Y + 26})
	}
	c.Fill(Polygon(face...), VGrad(cy-ry, cy+ry, S(0, hex(0x5a4a36)), S(1, hex(0x3a2e22))))

	c.FillC(papers, hex(0xe6e0d0))
	c.FillC(mics, hex(0x0c0e12))
	// Public gallery rail and heads in the foreground.
	c.Fill(Rect(0, 700, 1200, 716), VGrad(700, 716, S(0, hex(0x8a8070)), S(1, hex(0x5a5048))))
	heads := NewPath()
	for x := -10.0; x < 1220; x += r.Range(60, 90) {
		Person(heads, x, 880, 220, r.Intn(3))
	}
	c.FillC(heads, hex(0x0e1016))
	c.FillOpacity(Rect(0, 0, 1200, 800), Radial{600, 420, 900, 560, []Stop{S(0.55, Alpha(Night0, 0)), S(1, Alpha(Night0, 0.4))}}, 1)
}
