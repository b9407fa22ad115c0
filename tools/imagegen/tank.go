package main

import "image/color"

// Tank draws the side silhouette of a 1950s Soviet medium tank (T-54
// type: domed turret, five large road wheels, long gun), facing left.
// (x,gy) is the front of the track on the ground; k is pixels per metre.
func Tank(c *Canvas, x, gy, k float64, body, detail, rim color.NRGBA) {
	m := func(px, py float64) (float64, float64) { return x + px*k, gy - py*k }
	pt := func(px, py float64) Pt { a, b := m(px, py); return Pt{a, b} }
	poly := func(xy ...float64) *Path {
		pts := make([]Pt, len(xy)/2)
		for i := range pts {
			pts[i] = pt(xy[2*i], xy[2*i+1])
		}
		return Polygon(pts...)
	}

	shape := NewPath()
	// Track envelope.
	shape.Append(Smooth([]Pt{
		pt(0.8, 0), pt(3, 0), pt(5.3, 0), pt(5.95, 0.22), pt(6.15, 0.55), pt(5.95, 0.88),
		pt(3, 0.9), pt(0.35, 0.88), pt(0.05, 0.62), pt(0.25, 0.3),
	}, true))
	// Hull: glacis, deck, rear plate.
	shape.Append(poly(-0.05, 0.8, 1.25, 1.52, 5.95, 1.52, 6.2, 1.2, 6.2, 0.82))
	// Fenders.
	shape.Append(poly(-0.1, 0.86, 6.25, 0.86, 6.25, 0.98, -0.1, 0.98))
	// Stowage boxes and fuel drums on the fender.
	shape.Append(poly(1.7, 0.95, 2.6, 0.95, 2.6, 1.28, 1.7, 1.28))
	for _, fx := range []float64{3.3, 4.45} {
		a, b := m(fx, 1.33)
		e, d := m(fx+0.95, 0.96)
		shape.Append(RoundRect(a, b, e, d, 0.17*k))
	}
	// Domed turret.
	tx, ty := m(1.5, 1.5)
	t := NewPath().MoveTo(tx, ty)
	cube := func(ax, ay, bx, by, cx, cy float64) {
		p1, p2, p3 := pt(ax, ay), pt(bx, by), pt(cx, cy)
		t.CubeTo(p1.X, p1.Y, p2.X, p2.Y, p3.X, p3.Y)
	}
	cube(1.4, 2.05, 1.9, 2.42, 2.7, 2.45)
	cube(3.5, 2.47, 4.1, 2.15, 4.15, 1.5)
	shape.Append(t.Close())
	// Commander's cupola, hatch and anti-aircraft machine gun.
	shape.Append(poly(2.85, 2.4, 3.45, 2.4, 3.4, 2.6, 2.9, 2.6))
	shape.Append(StrokeLine(pt(3.1, 2.67).X, pt(3.1, 2.67).Y, pt(2.3, 2.74).X, pt(2.3, 2.74).Y, 0.07*k))
	shape.Append(StrokeLine(pt(3.15, 2.6).X, pt(3.15, 2.6).Y, pt(3.1, 2.7).X, pt(3.1, 2.7).Y, 0.08*k))
	// Mantlet and gun with muzzle thickening.
	mx, my := m(1.55, 1.9)
	shape.Append(Ellipse(mx, my, 0.22*k, 0.26*k))
	shape.Append(poly(1.6, 1.99, -2.7, 2.0, -2.7, 1.87, 1.6, 1.82))
	shape.Append(poly(-2.7, 2.02, -3.15, 2.03, -3.15, 1.85, -2.7, 1.86))
	shape.Append(poly(-1.2, 2.03, -1.9, 2.05, -1.9, 1.84, -1.2, 1.85))
	// Exhaust smoke pipe at the rear.
	shape.Append(poly(6.05, 1.25, 6.35, 1.27, 6.35, 1.37, 6.05, 1.35))
	c.FillC(shape, body)

	// Details in a slightly lighter tone: wheels, sprocket, idler, track.
	d := NewPath()
	for _, wx := range []float64{1.15, 2.15, 3.0, 3.85, 4.85} {
		cx, cy := m(wx, 0.42)
		d.Append(Circle(cx, cy, 0.4*k))
		d.Append(HoleEllipse(cx, cy, 0.33*k, 0.33*k))
		d.Append(Circle(cx, cy, 0.1*k))
	}
	for _, w := range [][3]float64{{0.42, 0.55, 0.26}, {5.8, 0.52, 0.3}} {
		cx, cy := m(w[0], w[1])
		d.Append(Circle(cx, cy, w[2]*k))
		d.Append(HoleEllipse(cx, cy, w[2]*k*0.75, w[2]*k*0.75))
		d.Append(Circle(cx, cy, 0.08*k))
	}
	c.FillC(d, detail)
	// Track links on the lower run.
	links := NewPath()
	for lx := 0.9; lx < 5.4; lx += 0.17 {
		a, b := m(lx, 0.0)
		links.Append(Rect(a, b-0.06*k, a+0.07*k, b))
	}
	c.FillC(links, detail)

	// Rim light along the upper edges, from the dawn behind.
	rp := NewPath()
	rp.Append(StrokePolyline([]Pt{pt(1.45, 1.8), pt(1.75, 2.22), pt(2.3, 2.42), pt(2.85, 2.45)}, 0.05*k, false))
	rp.Append(StrokePolyline([]Pt{pt(1.45, 1.98), pt(-3.1, 2.02)}, 0.035*k, false))
	rp.Append(StrokePolyline([]Pt{pt(-0.02, 0.84), pt(1.25, 1.51), pt(5.9, 1.51)}, 0.03*k, false))
	c.FillOpacity(rp, Solid(rim), 0.55)
}
