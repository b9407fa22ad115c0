package main

import "math"

// Proj is an equirectangular projection with longitudes scaled by the
// cosine of a standard parallel (the map's central latitude): distances are
// true along that parallel and along meridians, good to well under 1% across
// the few degrees of latitude each map covers. It maps degrees to pixels of a
// W×H image, north up.
type Proj struct {
	Lon0, Lat0 float64 // the image centre
	K          float64 // pixels per degree of latitude
	Cos        float64 // cos(Lat0)
	W, H       float64
}

// NewProj centres a w×h image on (lon0, lat0) with lonSpan degrees of
// longitude across its width.
func NewProj(lon0, lat0, lonSpan float64, w, h int) Proj {
	c := math.Cos(lat0 * math.Pi / 180)
	return Proj{Lon0: lon0, Lat0: lat0, K: float64(w) / (lonSpan * c), Cos: c, W: float64(w), H: float64(h)}
}

// XY projects a position to pixel coordinates (x right, y down).
func (p Proj) XY(q LL) Pt {
	return Pt{p.W/2 + (q.Lon-p.Lon0)*p.Cos*p.K, p.H/2 - (q.Lat-p.Lat0)*p.K}
}

// LL is the inverse of XY.
func (p Proj) LL(q Pt) LL {
	return LL{p.Lon0 + (q.X-p.W/2)/(p.Cos*p.K), p.Lat0 - (q.Y-p.H/2)/p.K}
}

// Frac is the position as fractions of the image width and height (0..1),
// the form the app's image labels use.
func (p Proj) Frac(q LL) (fx, fy float64) {
	xy := p.XY(q)
	return xy.X / p.W, xy.Y / p.H
}

// Bounds returns the longitude/latitude box the image shows.
func (p Proj) Bounds() (lonMin, latMin, lonMax, latMax float64) {
	a, b := p.LL(Pt{0, p.H}), p.LL(Pt{p.W, 0})
	return a.Lon, a.Lat, b.Lon, b.Lat
}

// KmPerPx is the ground distance of one pixel, for choosing line widths.
func (p Proj) KmPerPx() float64 { return 111.32 / p.K }
