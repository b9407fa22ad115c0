package main

import "math"

// StrokeLine returns the outline of a straight line of width w with round
// caps.
func StrokeLine(x0, y0, x1, y1, w float64) *Path {
	return StrokePolyline([]Pt{{x0, y0}, {x1, y1}}, w, false)
}

// StrokeButt returns a straight line of width w with square (butt) ends.
func StrokeButt(x0, y0, x1, y1, w float64) *Path {
	d := Pt{x1 - x0, y1 - y0}
	l := d.Len()
	if l == 0 {
		return NewPath()
	}
	n := Pt{-d.Y / l * w / 2, d.X / l * w / 2}
	return Polygon(Pt{x0, y0}.Add(n), Pt{x1, y1}.Add(n), Pt{x1, y1}.Sub(n), Pt{x0, y0}.Sub(n))
}

// StrokePolyline returns the outline of a polyline of width w with round
// joins and caps, as a union of segment quads and joint discs.
func StrokePolyline(pts []Pt, w float64, closed bool) *Path {
	p := NewPath()
	r := w / 2
	n := len(pts)
	segs := n - 1
	if closed {
		segs = n
	}
	for i := 0; i < segs; i++ {
		a, b := pts[i], pts[(i+1)%n]
		d := b.Sub(a)
		l := d.Len()
		if l == 0 {
			continue
		}
		nn := Pt{-d.Y / l * r, d.X / l * r}
		p.Append(Polygon(a.Add(nn), b.Add(nn), b.Sub(nn), a.Sub(nn)))
	}
	if r >= 0.75 {
		for _, q := range pts {
			p.Append(Circle(q.X, q.Y, r))
		}
	}
	return p
}

// StrokePath strokes every sub-path of src with width w.
func StrokePath(src *Path, w float64) *Path {
	lines, closed := src.Flatten()
	p := NewPath()
	for i, l := range lines {
		p.Append(StrokePolyline(l, w, closed[i]))
	}
	return p
}

// Arc returns points along a circular arc from angle a0 to a1 (radians).
func Arc(cx, cy, r, a0, a1 float64, n int) []Pt {
	pts := make([]Pt, n+1)
	for i := 0; i <= n; i++ {
		a := a0 + (a1-a0)*float64(i)/float64(n)
		pts[i] = Pt{cx + r*math.Cos(a), cy + r*math.Sin(a)}
	}
	return pts
}
