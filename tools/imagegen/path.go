package main

import "math"

// Pt is a point in canvas pixels (y grows downwards).
type Pt struct{ X, Y float64 }

func (p Pt) Add(q Pt) Pt           { return Pt{p.X + q.X, p.Y + q.Y} }
func (p Pt) Sub(q Pt) Pt           { return Pt{p.X - q.X, p.Y - q.Y} }
func (p Pt) Mul(k float64) Pt      { return Pt{p.X * k, p.Y * k} }
func (p Pt) Len() float64          { return math.Hypot(p.X, p.Y) }
func lerpPt(a, b Pt, t float64) Pt { return Pt{a.X + (b.X-a.X)*t, a.Y + (b.Y-a.Y)*t} }

type opKind uint8

const (
	opMove opKind = iota
	opLine
	opQuad
	opCube
	opClose
)

type pathOp struct {
	k opKind
	p [3]Pt
}

// Path is a list of sub-paths made of lines and Bézier curves. Every
// sub-path is implicitly closed when filled.
type Path struct {
	ops []pathOp
}

func NewPath() *Path { return &Path{} }

func (p *Path) MoveTo(x, y float64) *Path {
	p.ops = append(p.ops, pathOp{k: opMove, p: [3]Pt{{x, y}}})
	return p
}

func (p *Path) LineTo(x, y float64) *Path {
	p.ops = append(p.ops, pathOp{k: opLine, p: [3]Pt{{x, y}}})
	return p
}

func (p *Path) QuadTo(cx, cy, x, y float64) *Path {
	p.ops = append(p.ops, pathOp{k: opQuad, p: [3]Pt{{cx, cy}, {x, y}}})
	return p
}

func (p *Path) CubeTo(c1x, c1y, c2x, c2y, x, y float64) *Path {
	p.ops = append(p.ops, pathOp{k: opCube, p: [3]Pt{{c1x, c1y}, {c2x, c2y}, {x, y}}})
	return p
}

func (p *Path) Close() *Path {
	p.ops = append(p.ops, pathOp{k: opClose})
	return p
}

// Append adds all sub-paths of q to p.
func (p *Path) Append(q *Path) *Path {
	p.ops = append(p.ops, q.ops...)
	return p
}

// Empty reports whether the path has no drawing operations.
func (p *Path) Empty() bool { return len(p.ops) == 0 }

// Bounds returns a conservative bounding box (control points included).
func (p *Path) Bounds() (minX, minY, maxX, maxY float64) {
	minX, minY = math.Inf(1), math.Inf(1)
	maxX, maxY = math.Inf(-1), math.Inf(-1)
	for _, o := range p.ops {
		n := 0
		switch o.k {
		case opMove, opLine:
			n = 1
		case opQuad:
			n = 2
		case opCube:
			n = 3
		}
		for i := 0; i < n; i++ {
			q := o.p[i]
			minX = math.Min(minX, q.X)
			minY = math.Min(minY, q.Y)
			maxX = math.Max(maxX, q.X)
			maxY = math.Max(maxY, q.Y)
		}
	}
	return
}

// Affine is the transform x' = A*x + C*y + E, y' = B*x + D*y + F.
type Affine struct{ A, B, C, D, E, F float64 }

var Identity = Affine{A: 1, D: 1}

func Translate(x, y float64) Affine { return Affine{A: 1, D: 1, E: x, F: y} }
func Scale(sx, sy float64) Affine   { return Affine{A: sx, D: sy} }
func Rotate(rad float64) Affine {
	s, c := math.Sincos(rad)
	return Affine{A: c, B: s, C: -s, D: c}
}

// Then returns the transform that applies m first and n second.
func (m Affine) Then(n Affine) Affine {
	return Affine{
		A: n.A*m.A + n.C*m.B,
		B: n.B*m.A + n.D*m.B,
		C: n.A*m.C + n.C*m.D,
		D: n.B*m.C + n.D*m.D,
		E: n.A*m.E + n.C*m.F + n.E,
		F: n.B*m.E + n.D*m.F + n.F,
	}
}

func (m Affine) Apply(p Pt) Pt {
	return Pt{m.A*p.X + m.C*p.Y + m.E, m.B*p.X + m.D*p.Y + m.F}
}

// Transform returns a transformed copy of p.
func (p *Path) Transform(m Affine) *Path {
	q := &Path{ops: make([]pathOp, len(p.ops))}
	for i, o := range p.ops {
		for j := range o.p {
			o.p[j] = m.Apply(o.p[j])
		}
		q.ops[i] = o
	}
	return q
}

// Flatten converts the path into polylines, one per sub-path. closed
// reports, per polyline, whether the sub-path ended with Close.
func (p *Path) Flatten() (lines [][]Pt, closed []bool) {
	var cur []Pt
	isClosed := false
	flush := func() {
		if len(cur) > 1 {
			lines = append(lines, cur)
			closed = append(closed, isClosed)
		}
		cur, isClosed = nil, false
	}
	for _, o := range p.ops {
		switch o.k {
		case opMove:
			flush()
			cur = []Pt{o.p[0]}
		case opLine:
			cur = append(cur, o.p[0])
		case opQuad:
			a := cur[len(cur)-1]
			n := segCount(a.Sub(o.p[0]).Len() + o.p[0].Sub(o.p[1]).Len())
			for i := 1; i <= n; i++ {
				t := float64(i) / float64(n)
				ab := lerpPt(a, o.p[0], t)
				bc := lerpPt(o.p[0], o.p[1], t)
				cur = append(cur, lerpPt(ab, bc, t))
			}
		case opCube:
			a := cur[len(cur)-1]
			n := segCount(a.Sub(o.p[0]).Len() + o.p[0].Sub(o.p[1]).Len() + o.p[1].Sub(o.p[2]).Len())
			for i := 1; i <= n; i++ {
				t := float64(i) / float64(n)
				ab := lerpPt(a, o.p[0], t)
				bc := lerpPt(o.p[0], o.p[1], t)
				cd := lerpPt(o.p[1], o.p[2], t)
				abc := lerpPt(ab, bc, t)
				bcd := lerpPt(bc, cd, t)
				cur = append(cur, lerpPt(abc, bcd, t))
			}
		case opClose:
			isClosed = true
			flush()
		}
	}
	flush()
	return lines, closed
}

func segCount(length float64) int {
	n := int(math.Ceil(length / 6))
	if n < 4 {
		n = 4
	}
	if n > 64 {
		n = 64
	}
	return n
}
