package main

import "math"

// kappa is the cubic Bézier control distance for a quarter circle.
const kappa = 0.5522847498

// Every closed shape built here runs clockwise on screen (positive signed
// area with y pointing down), so shapes appended into one Path add up
// instead of cancelling. The Hole* variants run the other way.

// Rect returns an axis-aligned rectangle.
func Rect(x0, y0, x1, y1 float64) *Path {
	return NewPath().MoveTo(x0, y0).LineTo(x1, y0).LineTo(x1, y1).LineTo(x0, y1).Close()
}

// RoundRect returns a rectangle with corner radius r.
func RoundRect(x0, y0, x1, y1, r float64) *Path {
	r = math.Min(r, math.Min((x1-x0)/2, (y1-y0)/2))
	k := r * (1 - kappa)
	return NewPath().
		MoveTo(x0+r, y0).LineTo(x1-r, y0).
		CubeTo(x1-k, y0, x1, y0+k, x1, y0+r).
		LineTo(x1, y1-r).
		CubeTo(x1, y1-k, x1-k, y1, x1-r, y1).
		LineTo(x0+r, y1).
		CubeTo(x0+k, y1, x0, y1-k, x0, y1-r).
		LineTo(x0, y0+r).
		CubeTo(x0, y0+k, x0+k, y0, x0+r, y0).
		Close()
}

// Ellipse returns an axis-aligned ellipse.
func Ellipse(cx, cy, rx, ry float64) *Path {
	kx, ky := rx*kappa, ry*kappa
	return NewPath().
		MoveTo(cx+rx, cy).
		CubeTo(cx+rx, cy+ky, cx+kx, cy+ry, cx, cy+ry).
		CubeTo(cx-kx, cy+ry, cx-rx, cy+ky, cx-rx, cy).
		CubeTo(cx-rx, cy-ky, cx-kx, cy-ry, cx, cy-ry).
		CubeTo(cx+kx, cy-ry, cx+rx, cy-ky, cx+rx, cy).
		Close()
}

// Circle returns a circle.
func Circle(cx, cy, r float64) *Path { return Ellipse(cx, cy, r, r) }

// HoleEllipse is an ellipse wound the other way; appended to a shape it
// cuts a hole.
func HoleEllipse(cx, cy, rx, ry float64) *Path {
	kx, ky := rx*kappa, ry*kappa
	return NewPath().
		MoveTo(cx+rx, cy).
		CubeTo(cx+rx, cy-ky, cx+kx, cy-ry, cx, cy-ry).
		CubeTo(cx-kx, cy-ry, cx-rx, cy-ky, cx-rx, cy).
		CubeTo(cx-rx, cy+ky, cx-kx, cy+ry, cx, cy+ry).
		CubeTo(cx+kx, cy+ry, cx+rx, cy+ky, cx+rx, cy).
		Close()
}

func signedArea(pts []Pt) float64 {
	a := 0.0
	for i := range pts {
		p, q := pts[i], pts[(i+1)%len(pts)]
		a += p.X*q.Y - q.X*p.Y
	}
	return a / 2
}

// Polygon returns a closed polygon, wound clockwise on screen.
func Polygon(pts ...Pt) *Path {
	if signedArea(pts) < 0 {
		pts = reversed(pts)
	}
	return polyPath(pts)
}

// HolePolygon returns a closed polygon wound counter-clockwise.
func HolePolygon(pts ...Pt) *Path {
	if signedArea(pts) > 0 {
		pts = reversed(pts)
	}
	return polyPath(pts)
}

// Poly is Polygon from a flat list of coordinates x0, y0, x1, y1, ...
func Poly(xy ...float64) *Path {
	pts := make([]Pt, len(xy)/2)
	for i := range pts {
		pts[i] = Pt{xy[2*i], xy[2*i+1]}
	}
	return Polygon(pts...)
}

func polyPath(pts []Pt) *Path {
	p := NewPath()
	if len(pts) == 0 {
		return p
	}
	p.MoveTo(pts[0].X, pts[0].Y)
	for _, q := range pts[1:] {
		p.LineTo(q.X, q.Y)
	}
	return p.Close()
}

func reversed(pts []Pt) []Pt {
	r := make([]Pt, len(pts))
	for i, p := range pts {
		r[len(pts)-1-i] = p
	}
	return r
}

// Smooth returns a closed path through pts using Catmull-Rom splines
// converted to cubic Béziers. tension 1 is the classic spline.
// Closed shapes are wound clockwise like Polygon.
func Smooth(pts []Pt, closed bool) *Path {
	if closed && signedArea(pts) < 0 {
		pts = reversed(pts)
	}
	n := len(pts)
	p := NewPath().MoveTo(pts[0].X, pts[0].Y)
	get := func(i int) Pt {
		if closed {
			return pts[(i+n)%n]
		}
		if i < 0 {
			i = 0
		}
		if i >= n {
			i = n - 1
		}
		return pts[i]
	}
	last := n - 1
	if closed {
		last = n
	}
	for i := 0; i < last; i++ {
		p0, p1, p2, p3 := get(i-1), get(i), get(i+1), get(i+2)
		c1 := p1.Add(p2.Sub(p0).Mul(1.0 / 6))
		c2 := p2.Sub(p3.Sub(p1).Mul(1.0 / 6))
		p.CubeTo(c1.X, c1.Y, c2.X, c2.Y, p2.X, p2.Y)
	}
	return p.Close()
}
