package main

import (
	"image/color"
	"math"
)

// Skyline collects building silhouettes standing on a common base line.
type Skyline struct {
	Base   float64
	Shape  *Path
	Blocks [][4]float64 // x0, y0, x1, y1 of wall areas, for windows
}

func NewSkyline(base float64) *Skyline { return &Skyline{Base: base, Shape: NewPath()} }

func (s *Skyline) add(p *Path) { s.Shape.Append(p) }

// Block is a flat-roofed house of height h.
func (s *Skyline) Block(x, w, h float64) {
	s.add(Rect(x, s.Base-h, x+w, s.Base+2))
	s.Blocks = append(s.Blocks, [4]float64{x, s.Base - h, x + w, s.Base})
}

// Mansard is a tenement with a steep mansard roof (rh tall) and chimneys.
func (s *Skyline) Mansard(x, w, h, rh float64, chimneys int, r *RNG) {
	s.Block(x, w, h)
	top := s.Base - h
	in := rh * 0.45
	s.add(Poly(x-2, top+1, x+in, top-rh, x+w-in, top-rh, x+w+2, top+1))
	for i := 0; i < chimneys; i++ {
		cx := x + in + (w-2*in)*(float64(i)+0.5)/float64(chimneys) + r.Range(-6, 6)
		ch := r.Range(0.25, 0.5) * rh
		s.add(Rect(cx-4, top-rh-ch, cx+4, top-rh+2))
		s.add(Rect(cx-5.5, top-rh-ch-2, cx+5.5, top-rh-ch+2))
	}
}

// Gable is a house with a pitched roof.
func (s *Skyline) Gable(x, w, h, rh float64) {
	s.Block(x, w, h)
	s.add(Poly(x-3, s.Base-h+1, x+w/2, s.Base-h-rh, x+w+3, s.Base-h+1))
}

// Dome is a drum with a dome, lantern and needle on top.
func (s *Skyline) Dome(cx, w, drumTop, domeH float64) {
	r := w / 2
	s.add(Rect(cx-r, drumTop, cx+r, s.Base+2))
	// Slightly onion-shaped dome.
	d := NewPath().MoveTo(cx-r-3, drumTop+1).
		CubeTo(cx-r-2, drumTop-domeH*0.7, cx-r*0.35, drumTop-domeH*0.95, cx, drumTop-domeH).
		CubeTo(cx+r*0.35, drumTop-domeH*0.95, cx+r+2, drumTop-domeH*0.7, cx+r+3, drumTop+1).Close()
	s.add(d)
	lw := math.Max(w*0.09, 3)
	lt := drumTop - domeH - domeH*0.28
	s.add(Rect(cx-lw, lt, cx+lw, drumTop-domeH+4))
	s.add(Poly(cx-lw-1, lt+1, cx, lt-domeH*0.35, cx+lw+1, lt+1))
}

// Tower is a square tower with a pointed helm.
func (s *Skyline) Tower(cx, w, top, helm float64) {
	s.add(Rect(cx-w/2, top, cx+w/2, s.Base+2))
	s.add(Poly(cx-w/2-2, top+1, cx, top-helm, cx+w/2+2, top+1))
}

// Basilica is a church with a central dome and two bell towers.
func (s *Skyline) Basilica(cx, scale float64) {
	k := scale
	s.Block(cx-90*k, 180*k, 70*k)
	s.add(Poly(cx-70*k, s.Base-70*k, cx, s.Base-100*k, cx+70*k, s.Base-70*k))
	s.Dome(cx, 64*k, s.Base-125*k, 55*k)
	for _, dx := range []float64{-78, 78} {
		t := cx + dx*k
		s.add(Rect(t-13*k, s.Base-150*k, t+13*k, s.Base))
		s.add(Ellipse(t, s.Base-150*k, 13*k, 16*k))
		s.add(Poly(t-3*k, s.Base-160*k, t, s.Base-185*k, t+3*k, s.Base-160*k))
	}
}

// Windows scatters lit windows over the recorded wall areas.
func (s *Skyline) Windows(c *Canvas, r *RNG, col color.NRGBA, density, size float64) {
	p := NewPath()
	for _, b := range s.Blocks {
		ww, wh := size, size*1.6
		nx := int((b[2] - b[0] - ww) / (ww * 2.6))
		ny := int((b[3] - b[1] - wh) / (wh * 1.9))
		for iy := 0; iy < ny; iy++ {
			for ix := 0; ix < nx; ix++ {
				if r.Float() > density {
					continue
				}
				x := b[0] + ww*1.2 + float64(ix)*ww*2.6
				y := b[1] + wh*0.7 + float64(iy)*wh*1.9
				if x+ww > b[2] || y+wh > b[3]-4 {
					continue
				}
				p.Append(Rect(x, y, x+ww, y+wh))
			}
		}
	}
	c.FillC(p, col)
}

// Turret is a round corner turret with an ogee helm, set on a house.
func (s *Skyline) Turret(cx, w, top, helm float64) {
	r := w / 2
	s.add(Rect(cx-r, top, cx+r, s.Base+2))
	s.add(NewPath().MoveTo(cx-r-3, top+1).
		CubeTo(cx-r, top-helm*0.45, cx-r*0.1, top-helm*0.5, cx, top-helm).
		CubeTo(cx+r*0.1, top-helm*0.5, cx+r, top-helm*0.45, cx+r+3, top+1).Close())
}

// Parliament is the far silhouette of the Parliament: a long roof with
// pinnacles and the central dome.
func (s *Skyline) Parliament(cx, k float64) {
	b := s.Base
	s.add(Rect(cx-250*k, b-40*k, cx+250*k, b+2))
	s.add(Poly(cx-240*k, b-40*k, cx-230*k, b-58*k, cx+230*k, b-58*k, cx+240*k, b-40*k))
	for _, dx := range []float64{-250, -150, 150, 250} {
		x := cx + dx*k
		s.add(Rect(x-18*k, b-62*k, x+18*k, b))
		s.add(Poly(x-20*k, b-62*k, x, b-100*k, x+20*k, b-62*k))
	}
	for dx := -230.0; dx <= 230; dx += 20 {
		x := cx + dx*k
		s.add(Poly(x-2.5*k, b-56*k, x, b-76*k, x+2.5*k, b-56*k))
	}
	s.Dome(cx, 70*k, b-95*k, 70*k)
}
