package main

import "math"

// A simple street camera: eye at the origin, y down, looking along +z.
type camera struct{ cx, cy, f float64 }

func (cam camera) P(x, y, z float64) Pt { return Pt{cam.cx + cam.f*x/z, cam.cy + cam.f*y/z} }

// quad projects a rectangle lying in the plane x = const.
func (cam camera) wallQuad(x, y0, y1, z0, z1 float64) *Path {
	return Polygon(cam.P(x, y0, z0), cam.P(x, y0, z1), cam.P(x, y1, z1), cam.P(x, y1, z0))
}

// drawCrushing: 4 November 1956, dawn. A tank in a smoke-filled street.
func drawCrushing(c *Canvas) {
	cam := camera{610, 500, 700}
	eye := 1.6 // eye height above the street, metres

	c.Clear(VGrad(0, 560,
		S(0, hex(0x151a23)),
		S(0.4, hex(0x333a48)),
		S(0.72, hex(0x8d6656)),
		S(0.9, hex(0xd39466)),
		S(1, hex(0xe8b47c))))
	c.Glow(640, 520, 420, 200, hex(0xf0c08a), 0.55)

	r := NewRNG(411956)
	// Far end of the street: a row of houses in the haze.
	far := NewSkyline(540)
	for x := 380.0; x < 860; x += 48 {
		far.Mansard(x, 50, r.Range(45, 80), 12, 1, r)
	}
	c.FillC(far.Shape, hex(0x6d5552))

	// Smoke rising behind the street.
	smoke(c, r, 760, 470, 34, 1.0)
	smoke(c, r, 470, 500, 22, 0.8)

	// Street: ground gradient and converging tram rails.
	c.Fill(Poly(0, 800, 0, cam.P(-10, eye, 200).Y, 1200, cam.P(10, eye, 200).Y, 1200, 800),
		VGrad(500, 800, S(0, hex(0x8a6a5a)), S(0.25, hex(0x3c3a3e)), S(1, hex(0x15181e))))
	// Sheen of dawn light on the wet cobbles.
	c.FillOpacity(Polygon(cam.P(-1.5, eye, 300), cam.P(1.5, eye, 300), cam.P(3.5, eye, 2.6), cam.P(-3.5, eye, 2.6)),
		VGrad(500, 800, S(0, Alpha(hex(0xe8b47c), 0.5)), S(1, Alpha(hex(0xe8b47c), 0))), 1)
	rails := NewPath()
	for _, rx := range []float64{-1.4, -0.0, 1.6, 3.0} {
		a, b := cam.P(rx-1, eye, 2), cam.P(rx-1, eye, 300)
		rails.Append(Polygon(Pt{a.X - 3, a.Y}, Pt{a.X + 3, a.Y}, Pt{b.X + 0.2, b.Y}, Pt{b.X - 0.2, b.Y}))
	}
	c.FillOpacity(rails, Solid(hex(0x9a8a7c)), 0.45)

	// House fronts along both sides of the street.
	for _, side := range []float64{-1, 1} {
		wx := 6.5 * side
		top := eye - 19
		wall := cam.wallQuad(wx, top, eye+0.2, 1.5, 90)
		near, farP := cam.P(wx, 0, 4), cam.P(wx, 0, 90)
		c.Fill(wall, Linear{near.X, 0, farP.X, 0, []Stop{S(0, hex(0x14171d)), S(0.6, hex(0x1f232b)), S(0.85, hex(0x3a3536)), S(1, hex(0x7a5f55))}})
		// Cornices and a shop-front band.
		lines := NewPath()
		for _, y := range []float64{top + 0.6, eye - 4.4, eye - 4.0} {
			lines.Append(cam.wallQuad(wx, y, y+0.35, 1.5, 90))
		}
		c.FillOpacity(lines, Solid(hex(0x3a3c44)), 0.8)
		// Windows: four floors, one every 3.4 m.
		win := NewPath()
		lit := NewPath()
		for z := 4.0; z < 85; z += 3.4 {
			for fl := 0; fl < 4; fl++ {
				y0 := eye - 7.2 - float64(fl)*3.4
				q := cam.wallQuad(wx, y0, y0+2.1, z, z+1.3)
				if r.Float() < 0.07 {
					lit.Append(q)
				} else {
					win.Append(q)
				}
			}
			// Gates and shop windows at street level.
			win.Append(cam.wallQuad(wx, eye-3.4, eye, z+0.2, z+2.2))
		}
		c.Fill(win, Linear{near.X, 0, farP.X, 0, []Stop{S(0, hex(0x262a33)), S(0.7, hex(0x2e3038)), S(1, hex(0x8a6a5c))}})
		c.FillC(lit, hex(0xd98a4a))
	}

	// Haze in front of the far houses.
	c.Glow(620, 560, 560, 90, hex(0xc9927a), 0.35)

	// The tank, crossing the street.
	z := 10.0
	k := cam.f / z
	gy := cam.P(0, eye, z).Y
	c.FillOpacity(Ellipse(660, gy+3, 6.6*k*0.55, 8), Solid(Night0), 0.6)
	Tank(c, 420, gy, k, hex(0x101318), hex(0x1f232a), hex(0xf0b57a))

	// Low drifting smoke in front.
	smoke(c, r, 1000, 640, 14, 0.45)
	smoke(c, r, 150, 690, 12, 0.4)

	// Rubble in the foreground.
	rub := NewPath()
	for i := 0; i < 26; i++ {
		x := r.Range(20, 1180)
		if x > 420 && x < 800 {
			continue
		}
		y := r.Range(730, 795)
		s := r.Range(5, 16)
		a := r.Range(0, math.Pi)
		rub.Append(Polygon(Pt{x + s*math.Cos(a), y + s*0.5*math.Sin(a)}, Pt{x - s*math.Sin(a), y - s*0.6}, Pt{x - s*math.Cos(a), y + s*0.3}))
	}
	c.FillC(rub, hex(0x0e1014))
}

// smoke draws a rising column of soft puffs starting at (x,y).
func smoke(c *Canvas, r *RNG, x, y float64, puffs int, strength float64) {
	for i := 0; i < puffs; i++ {
		t := float64(i) / float64(puffs)
		px := x + r.Range(-40, 40)*(0.4+t) - t*t*160
		py := y - t*420 + r.Range(-20, 20)
		rad := 30 + t*90 + r.Range(-10, 20)
		col := Mix(hex(0x3a3a40), hex(0x8a7a72), t)
		c.FillOpacity(Circle(px, py, rad), Radial{px, py, rad, rad,
			[]Stop{S(0, col), S(0.55, Alpha(col, 0.7)), S(1, Alpha(col, 0))}}, 0.3*strength)
	}
}
