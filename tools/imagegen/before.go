package main

import "math"

// drawBefore1956: the Stalin monument looming over a May Day crowd.
func drawBefore1956(c *Canvas) {
	c.Clear(VGrad(0, 620,
		S(0, hex(0x1b212b)),
		S(0.45, hex(0x39424f)),
		S(0.8, hex(0x747a80)),
		S(1, hex(0xa09d96))))
	c.Glow(780, 300, 520, 330, hex(0xc9c2b2), 0.18)
	for _, cl := range [][4]float64{{250, 150, 380, 22}, {1000, 90, 300, 18}, {420, 300, 420, 16}, {1100, 260, 260, 14}} {
		c.Glow(cl[0], cl[1], cl[2], cl[3]*2.5, hex(0x1b212b), 0.4)
	}

	r := NewRNG(1949)
	// Grey city in the haze: blocks, a factory chimney, a spired tower.
	sky := NewSkyline(610)
	for x := -10.0; x < 1220; {
		w := r.Range(60, 130)
		sky.Block(x, w, r.Range(50, 120))
		x += w
	}
	sky.Tower(170, 50, 430, 120)
	sky.add(Poly(1080, 610, 1086, 400, 1098, 400, 1104, 610))
	c.FillC(sky.Shape, hex(0x5d636b))
	c.FillOpacity(Rect(0, 420, 1200, 620), VGrad(420, 620, S(0, Alpha(hex(0xa09d96), 0)), S(1, Alpha(hex(0xa09d96), 0.6))), 1)

	// The monument: tribune, plinth and the bronze.
	cx := 760.0
	stone := VGrad(380, 610, S(0, hex(0x6d6a64)), S(1, hex(0x3f3e3c)))
	c.Fill(Rect(cx-330, 545, cx+330, 615), stone)
	c.Fill(Rect(cx-300, 500, cx+300, 548), stone)
	c.FillOpacity(Rect(cx-300, 500, cx+300, 506), Solid(hex(0xb9b2a2)), 0.5)
	c.FillOpacity(Rect(cx-330, 545, cx+330, 550), Solid(hex(0xb9b2a2)), 0.5)
	c.Fill(Rect(cx-95, 385, cx+95, 502), stone)
	c.Fill(Rect(cx-108, 372, cx+108, 392), VGrad(372, 392, S(0, hex(0x8a857c)), S(1, hex(0x55534f))))
	// Relief band on the tribune: marching figures, barely lit.
	relief := NewPath()
	for i := 0; i < 22; i++ {
		Person(relief, cx-270+float64(i)*25.5, 542, 36, 0)
	}
	c.FillOpacity(relief, Solid(hex(0x2f2e2d)), 0.55)

	h := 340.0
	m := Scale(h, h).Then(Translate(cx, 375-h))
	c.FillOpacity(statuePath().Transform(m.Then(Translate(-2.5, -1))), Solid(hex(0xb8b4aa)), 0.7)
	c.Fill(statuePath().Transform(m), HGrad(cx-60, cx+60, S(0, hex(0x2a2c2e)), S(1, hex(0x15171b))))
	c.FillOpacity(statueDetails().Transform(m), Solid(hex(0x3d4044)), 0.9)
	c.FillC(statueArm().Transform(m), hex(0x2c2f33))
	c.FillOpacity(StrokePath(statueArm().Transform(m), 1.5), Solid(hex(0x4a4e54)), 0.8)

	// The crowd below, with red flags.
	rows := [][2]float64{{614, 34}, {638, 44}, {668, 58}, {706, 74}, {754, 94}, {814, 118}, {884, 140}}
	flagX := [][]float64{{90, 1140}, {300, 1010}, {150, 470, 1100}, {40, 400, 960}, {230}}
	Crowd(c, r, rows, hex(0x6b6e74), hex(0x24272d), func(row int, y, h float64) {
		if row >= len(flagX) {
			return
		}
		for _, x := range flagX[row] {
			top := y - h*1.9
			c.FillC(StrokeButt(x, y, x, top, math.Max(2, h*0.03)), hex(0x2a2420))
			fw, fh := h*0.55, h*0.36
			wave := NewPath().MoveTo(x, top).
				QuadTo(x+fw*0.5, top-fh*0.15, x+fw, top+fh*0.05).
				LineTo(x+fw, top+fh*1.05).
				QuadTo(x+fw*0.5, top+fh*0.85, x, top+fh).Close()
			c.FillC(wave, Mix(Red, hex(0x6b6e74), 0.35*(1-float64(row)/4)))
		}
	})
}
