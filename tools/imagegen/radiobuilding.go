package main

import "math"

// drawRadioBuilding: the Hungarian Radio in Bródy Sándor utca on the
// night of 23 October 1956: a palace front with an arched gate, lit by
// searchlights, a crowd in the street.
func drawRadioBuilding(c *Canvas) {
	c.Clear(VGrad(0, 800, S(0, hex(0x0e1218)), S(0.5, hex(0x1c2330)), S(1, hex(0x2a3340))))
	// Searchlight beams from the street, crossing the sky.
	beam := func(sx, sy, tx, ty, w, a float64) {
		d := Pt{tx - sx, ty - sy}
		l := d.Len()
		n := Pt{-d.Y / l, d.X / l}
		for k, f := range []float64{1, 0.6, 0.3} {
			p := Polygon(Pt{sx, sy}, Pt{tx, ty}.Add(n.Mul(w*f)), Pt{tx, ty}.Sub(n.Mul(w*f)))
			c.FillOpacity(p, Linear{sx, sy, tx, ty, []Stop{S(0, Alpha(hex(0xe8eef2), a)), S(1, Alpha(hex(0xe8eef2), 0))}}, 0.5+0.25*float64(k))
		}
	}
	beam(980, 760, 200, -100, 110, 0.3)
	beam(1150, 700, 860, -150, 70, 0.22)

	// Palace front.
	x0, x1 := 80.0, 1120.0
	top, gnd := 250.0, 720.0
	wall := VGrad(top, gnd, S(0, hex(0x3b4250)), S(0.6, hex(0x545761)), S(1, hex(0x7a6e64)))
	c.Fill(Rect(x0, top, x1, gnd), wall)
	// Central risalit, a little lighter.
	rx0, rx1 := 470.0, 730.0
	c.Fill(Rect(rx0, top-10, rx1, gnd), VGrad(top, gnd, S(0, hex(0x444b59)), S(0.6, hex(0x5e6068)), S(1, hex(0x8a7a6a))))
	// Pediment over the risalit and attic balustrade.
	c.Fill(Poly(rx0-14, top-18, 600, top-95, rx1+14, top-18), VGrad(top-95, top, S(0, hex(0x4a5262)), S(1, hex(0x3a404c))))
	c.FillC(Poly(rx0+30, top-28, 600, top-78, rx1-30, top-28), hex(0x2f3540))
	cornice := hex(0x6a6e76)
	c.FillC(Rect(x0-12, top-18, x1+12, top), cornice)
	c.FillOpacity(Rect(x0-12, top, x1+12, top+8), Solid(Night0), 0.4)
	// Attic balusters along the wings.
	bal := NewPath()
	for _, seg := range [][2]float64{{x0, rx0 - 14}, {rx1 + 14, x1}} {
		bal.Append(Rect(seg[0], top-52, seg[1], top-44))
		for x := seg[0] + 6; x < seg[1]-6; x += 14 {
			bal.Append(RoundRect(x, top-44, x+7, top-18, 3))
		}
	}
	c.FillC(bal, hex(0x4e535e))
	// String courses between the floors.
	for _, y := range []float64{400, 548} {
		c.FillC(Rect(x0-6, y, x1+6, y+10), cornice)
		c.FillOpacity(Rect(x0-6, y+10, x1+6, y+14), Solid(Night0), 0.35)
	}
	// Rusticated ground floor.
	rus := NewPath()
	for y := 575.0; y < gnd; y += 22 {
		rus.Append(Rect(x0, y, x1, y+2))
	}
	c.FillOpacity(rus, Solid(hex(0x2a2d33)), 0.6)
	// Pilasters on the risalit.
	pil := NewPath()
	for _, x := range []float64{rx0 + 8, rx0 + 86, rx1 - 100, rx1 - 22} {
		pil.Append(Rect(x, top, x+14, 548))
	}
	c.FillOpacity(pil, Solid(hex(0x8a8c92)), 0.35)

	r := NewRNG(231056)
	lit := hex(0xf0c27a)
	dark := hex(0x12161d)
	window := func(x, y, w, h float64, arched bool) *Path {
		if !arched {
			return Rect(x, y, x+w, y+h)
		}
		p := NewPath().MoveTo(x, y+h).LineTo(x, y+w/2)
		p.CubeTo(x, y+w/2-w/2*kappa, x+w/2-w/2*kappa, y, x+w/2, y)
		p.CubeTo(x+w/2+w/2*kappa, y, x+w, y+w/2-w/2*kappa, x+w, y+w/2)
		return p.LineTo(x+w, y+h).Close()
	}
	type win struct {
		p  *Path
		on bool
	}
	var wins []win
	frames := NewPath()
	ped := NewPath()
	addRow := func(xs []float64, y, w, h float64, arched bool, pediment int) {
		for _, x := range xs {
			wins = append(wins, win{window(x, y, w, h, arched), r.Float() < 0.3})
			frames.Append(window(x-5, y-5, w+10, h+8, arched))
			switch pediment {
			case 1:
				ped.Append(Poly(x-10, y-10, x+w/2, y-30, x+w+10, y-10))
			case 2:
				ped.Append(Rect(x-10, y-16, x+w+10, y-9))
			}
		}
	}
	var wingX []float64
	for i := 0; i < 5; i++ {
		wingX = append(wingX, x0+34+float64(i)*76)
		wingX = append(wingX, rx1+34+float64(i)*76)
	}
	addRow(wingX, 280, 38, 88, false, 2)
	addRow(wingX, 440, 42, 92, false, 1)
	addRow(wingX, 600, 40, 86, true, 0)
	addRow([]float64{rx0 + 38, rx1 - 72}, 280, 34, 88, false, 2)
	addRow([]float64{rx0 + 38, rx1 - 72}, 430, 34, 104, true, 1)
	addRow([]float64{rx0 + 113}, 280, 34, 88, false, 2)
	addRow([]float64{rx0 + 113}, 430, 34, 104, true, 0)
	c.FillC(frames, hex(0x6e717a))
	c.FillC(ped, hex(0x757983))
	on, off := NewPath(), NewPath()
	for _, w := range wins {
		if w.on {
			on.Append(w.p)
		} else {
			off.Append(w.p)
		}
	}
	c.FillC(off, dark)
	c.FillC(on, lit)

	// Balcony over the gate.
	c.FillC(Rect(rx0+20, 520, rx1-20, 530), cornice)
	bb := NewPath()
	for x := rx0 + 26.0; x < rx1-26; x += 12 {
		bb.Append(RoundRect(x, 530, x+6, 548, 2.5))
	}
	c.FillC(bb, hex(0x5a5e68))

	// The arched gate, open, with light inside.
	gx0, gx1, gy := 548.0, 652.0, 600.0
	gate := window(gx0, gy, gx1-gx0, gnd-gy, true)
	c.Fill(gate, VGrad(gy, gnd, S(0, hex(0x3a2a1c)), S(1, hex(0xc98a4a))))
	// Arch band with a keystone, and jambs.
	band := NewPath()
	outer := Arc(600, gy+52, 70, math.Pi, 2*math.Pi, 24)
	inner := Arc(600, gy+52, 52, 2*math.Pi, math.Pi, 24)
	band.Append(Polygon(append(outer, inner...)...))
	band.Append(Rect(gx0-18, gy+52, gx0, gnd))
	band.Append(Rect(gx1, gy+52, gx1+18, gnd))
	c.FillC(band, hex(0x7a7a80))
	c.FillC(Poly(590, gy-20, 610, gy-20, 606, gy+4, 594, gy+4), hex(0x9a9aa0))
	// Glow of the searchlight and of the gate on the front.
	c.Glow(980, 740, 520, 300, hex(0xdfe6ea), 0.16)
	c.Glow(600, 700, 260, 160, hex(0xf0b070), 0.3)

	// Street and the crowd.
	c.Fill(Rect(0, gnd, 1200, 800), VGrad(gnd, 800, S(0, hex(0x4a4a4e)), S(1, hex(0x1a1d22))))
	rows := [][2]float64{{742, 58}, {770, 74}, {806, 92}, {850, 116}}
	Crowd(c, r, rows, hex(0x2a2f38), hex(0x0e1116), func(row int, y, h float64) {
		xs := [][]float64{{250, 905}, {430, 1040}, {110, 760}}
		if row >= len(xs) {
			return
		}
		for _, x := range xs[row] {
			holedBanner(c, x, y, h)
		}
	})
	// A street lamp.
	c.FillC(StrokeButt(160, 800, 160, 560, 8), hex(0x0e1116))
	c.FillC(Poly(140, 560, 180, 560, 172, 530, 148, 530), hex(0x0e1116))
	c.Glow(160, 548, 70, 70, hex(0xf0c27a), 0.6)
	c.FillC(Rect(149, 538, 171, 558), hex(0xf6d8a0))
}

// holedBanner is a flag with the hole carried on a pole in the crowd.
func holedBanner(c *Canvas, x, y, h float64) {
	top := y - h*1.7
	c.FillC(StrokeButt(x, y, x, top, 2.5), hex(0x0e1116))
	f := HungarianFlag(x, top, h*0.6, h*0.36)
	f.Amp, f.Freq, f.Sag = h*0.03, 1, h*0.03
	f.HoleR = h * 0.07
	f.Light = 0.3
	f.Red, f.White, f.Green = Shade(Red, 0.75), Shade(White, 0.7), Shade(Green, 0.7)
	f.Draw(c)
}
