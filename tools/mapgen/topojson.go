package main

import (
	"encoding/json"
	"fmt"
	"os"
)

// A small TopoJSON reader (https://github.com/topojson/topojson-specification):
// arcs with an optional quantising transform (delta-encoded positions),
// Polygon, MultiPolygon, LineString, MultiLineString, Point and MultiPoint
// geometries, nested GeometryCollections. Coordinates are [lon, lat].

// LL is a position in degrees: longitude, latitude.
type LL struct{ Lon, Lat float64 }

// Topology is a decoded TopoJSON file with absolute arc coordinates.
type Topology struct {
	Arcs    [][]LL
	Objects map[string]*Geometry
}

// Geometry is one TopoJSON geometry object. Arc references are kept as
// indices (a negative index ~i means arc i reversed), so shared borders can
// be found; Rings/Lines resolve them to coordinates.
type Geometry struct {
	Type       string
	ID         string
	Properties map[string]any
	// Exactly one of these is set, depending on Type.
	Polygons   [][][]int // MultiPolygon; a Polygon is stored as one polygon
	Lines      [][]int   // LineString (one line) or MultiLineString
	Points     []LL      // Point or MultiPoint
	Geometries []*Geometry
}

// Name returns properties.name, or "".
func (g *Geometry) Name() string {
	s, _ := g.Properties["name"].(string)
	return s
}

type rawTopology struct {
	Type      string `json:"type"`
	Transform *struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Arcs    [][][]float64           `json:"arcs"`
	Objects map[string]*rawGeometry `json:"objects"`
}

type rawGeometry struct {
	Type        string          `json:"type"`
	ID          any             `json:"id"`
	Properties  map[string]any  `json:"properties"`
	Arcs        json.RawMessage `json:"arcs"`
	Coordinates json.RawMessage `json:"coordinates"`
	Geometries  []*rawGeometry  `json:"geometries"`
}

// ReadTopology reads and decodes a TopoJSON file.
func ReadTopology(path string) (*Topology, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	t, err := ParseTopology(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return t, nil
}

// ParseTopology decodes TopoJSON bytes.
func ParseTopology(b []byte) (*Topology, error) {
	var raw rawTopology
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, err
	}
	if raw.Type != "Topology" {
		return nil, fmt.Errorf("type is %q, want Topology", raw.Type)
	}
	decode := func(p []float64) LL { return LL{p[0], p[1]} }
	var sx, sy, tx, ty float64
	if tr := raw.Transform; tr != nil {
		sx, sy, tx, ty = tr.Scale[0], tr.Scale[1], tr.Translate[0], tr.Translate[1]
		decode = func(p []float64) LL { return LL{p[0]*sx + tx, p[1]*sy + ty} }
	}
	t := &Topology{Objects: map[string]*Geometry{}}
	for i, a := range raw.Arcs {
		pts := make([]LL, 0, len(a))
		var x, y float64
		for j, p := range a {
			if len(p) < 2 {
				return nil, fmt.Errorf("arc %d position %d: fewer than two values", i, j)
			}
			if raw.Transform != nil { // delta-encoded quantised positions
				x += p[0]
				y += p[1]
				pts = append(pts, decode([]float64{x, y}))
			} else {
				pts = append(pts, decode(p))
			}
		}
		t.Arcs = append(t.Arcs, pts)
	}
	for name, rg := range raw.Objects {
		g, err := convert(rg, raw.Transform != nil, decode, len(t.Arcs))
		if err != nil {
			return nil, fmt.Errorf("object %s: %w", name, err)
		}
		t.Objects[name] = g
	}
	return t, nil
}

func convert(r *rawGeometry, quantised bool, decode func([]float64) LL, nArcs int) (*Geometry, error) {
	g := &Geometry{Type: r.Type, Properties: r.Properties}
	switch id := r.ID.(type) {
	case string:
		g.ID = id
	case float64:
		g.ID = fmt.Sprint(id)
	}
	check := func(idx ...[]int) error {
		for _, l := range idx {
			for _, i := range l {
				if i < 0 {
					i = ^i
				}
				if i >= nArcs {
					return fmt.Errorf("arc index %d out of range (%d arcs)", i, nArcs)
				}
			}
		}
		return nil
	}
	var err error
	switch r.Type {
	case "GeometryCollection":
		for _, c := range r.Geometries {
			cg, err := convert(c, quantised, decode, nArcs)
			if err != nil {
				return nil, err
			}
			g.Geometries = append(g.Geometries, cg)
		}
	case "Polygon":
		var p [][]int
		if err = json.Unmarshal(r.Arcs, &p); err == nil {
			g.Polygons = [][][]int{p}
			err = check(p...)
		}
	case "MultiPolygon":
		if err = json.Unmarshal(r.Arcs, &g.Polygons); err == nil {
			for _, p := range g.Polygons {
				if err = check(p...); err != nil {
					break
				}
			}
		}
	case "LineString":
		var l []int
		if err = json.Unmarshal(r.Arcs, &l); err == nil {
			g.Lines = [][]int{l}
			err = check(l)
		}
	case "MultiLineString":
		if err = json.Unmarshal(r.Arcs, &g.Lines); err == nil {
			err = check(g.Lines...)
		}
	case "Point":
		var p []float64
		if err = json.Unmarshal(r.Coordinates, &p); err == nil && len(p) >= 2 {
			g.Points = []LL{decode(p)}
		}
	case "MultiPoint":
		var ps [][]float64
		if err = json.Unmarshal(r.Coordinates, &ps); err == nil {
			for _, p := range ps {
				if len(p) >= 2 {
					g.Points = append(g.Points, decode(p))
				}
			}
		}
	case "", "null":
		// A null geometry: kept, with nothing in it.
	default:
		return nil, fmt.Errorf("unsupported geometry type %q", r.Type)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", r.Type, err)
	}
	return g, nil
}

// Arc returns arc i's positions; a negative i (~j) gives arc j reversed.
func (t *Topology) Arc(i int) []LL {
	if i >= 0 {
		return t.Arcs[i]
	}
	a := t.Arcs[^i]
	r := make([]LL, len(a))
	for k := range a {
		r[k] = a[len(a)-1-k]
	}
	return r
}

// Stitch joins a sequence of arcs into one line; each arc after the first
// starts where the previous one ended, so its first position is dropped.
func (t *Topology) Stitch(arcs []int) []LL {
	var out []LL
	for k, i := range arcs {
		a := t.Arc(i)
		if k > 0 && len(a) > 0 {
			a = a[1:]
		}
		out = append(out, a...)
	}
	return out
}

// Rings returns every polygon ring of g (and of its children), outer rings
// and holes alike, as closed coordinate lists.
func (t *Topology) Rings(g *Geometry) [][]LL {
	var out [][]LL
	for _, p := range g.Polygons {
		for _, ring := range p {
			out = append(out, t.Stitch(ring))
		}
	}
	for _, c := range g.Geometries {
		out = append(out, t.Rings(c)...)
	}
	return out
}

// LinesOf returns every line of g (and of its children) as coordinates.
func (t *Topology) LinesOf(g *Geometry) [][]LL {
	var out [][]LL
	for _, l := range g.Lines {
		out = append(out, t.Stitch(l))
	}
	for _, c := range g.Geometries {
		out = append(out, t.LinesOf(c)...)
	}
	return out
}

// ArcRefs calls f for every arc index used by g's polygons (and children's).
func (g *Geometry) ArcRefs(f func(arc int)) {
	for _, p := range g.Polygons {
		for _, ring := range p {
			for _, i := range ring {
				if i < 0 {
					i = ^i
				}
				f(i)
			}
		}
	}
	for _, c := range g.Geometries {
		c.ArcRefs(f)
	}
}
