package main

import (
	"image/color"
)

// statuePath is a standing man in a long greatcoat and boots, one metre
// tall, feet at (0,1), head at (0,0). It is an impression of a monumental
// bronze, not a portrait.
func statuePath() *Path {
	p := NewPath()
	p.Append(Ellipse(0, 0.06, 0.05, 0.062))
	p.Append(Rect(-0.03, 0.09, 0.03, 0.145))
	p.Append(Smooth([]Pt{
		{-0.055, 0.125}, {-0.15, 0.155}, {-0.182, 0.22}, {-0.195, 0.3}, {-0.19, 0.35},
		{-0.158, 0.39}, {-0.158, 0.52}, {-0.17, 0.7}, {-0.19, 0.885}, {0, 0.9},
		{0.19, 0.885}, {0.172, 0.7}, {0.166, 0.58}, {0.178, 0.54}, {0.186, 0.42},
		{0.182, 0.25}, {0.15, 0.155}, {0.055, 0.125},
	}, true))
	for _, sx := range []float64{-1, 1} {
		p.Append(Polygon(Pt{sx * 0.018, 0.86}, Pt{sx * 0.1, 0.86}, Pt{sx * 0.105, 0.975},
			Pt{sx * 0.118, 1.0}, Pt{sx * 0.015, 1.0}))
	}
	return p
}

// statueDetails are relief lines: the arm across the chest, the hanging
// arm, coat opening and collar.
func statueDetails() *Path {
	p := NewPath()
	p.Append(StrokePolyline([]Pt{{0.14, 0.2}, {0.145, 0.38}, {0.148, 0.53}}, 0.008, false))
	p.Append(StrokePolyline([]Pt{{0.0, 0.15}, {0.012, 0.5}, {0.03, 0.89}}, 0.007, false))
	p.Append(StrokePolyline([]Pt{{-0.055, 0.13}, {0.0, 0.17}, {0.055, 0.13}}, 0.007, false))
	return p
}

// statueArm is the forearm laid across the chest, hand in the coat.
func statueArm() *Path {
	return Smooth([]Pt{{-0.185, 0.3}, {-0.1, 0.285}, {-0.035, 0.255}, {-0.02, 0.29}, {-0.04, 0.325}, {-0.1, 0.355}, {-0.175, 0.375}}, true)
}

// Person draws a simple standing figure (head and shoulders, coat),
// feet at (x,y), height h. Used for crowds and for scale.
func Person(p *Path, x, y, h float64, hat int) {
	hr := h * 0.075
	p.Append(Ellipse(x, y-h+hr*1.1, hr, hr*1.15))
	// Coat: shoulders to knees, legs below.
	p.Append(Smooth([]Pt{
		{x - h*0.06, y - h*0.84}, {x - h*0.15, y - h*0.8}, {x - h*0.16, y - h*0.62},
		{x - h*0.14, y - h*0.32}, {x, y - h*0.3}, {x + h*0.14, y - h*0.32},
		{x + h*0.16, y - h*0.62}, {x + h*0.15, y - h*0.8}, {x + h*0.06, y - h*0.84},
	}, true))
	p.Append(Rect(x-h*0.085, y-h*0.35, x-h*0.015, y))
	p.Append(Rect(x+h*0.015, y-h*0.35, x+h*0.085, y))
	switch hat {
	case 1: // brimmed hat
		p.Append(Ellipse(x, y-h+hr*0.7, hr*1.6, hr*0.3))
		p.Append(Ellipse(x, y-h+hr*0.35, hr*0.95, hr*0.6))
	case 2: // cap
		p.Append(Ellipse(x, y-h+hr*0.55, hr*1.15, hr*0.55))
	}
}

// Crowd draws rows of people seen from behind, from far to near: rows
// lists y (feet) and height of each row. flags, if not nil, is called
// once per row to add banners.
func Crowd(c *Canvas, r *RNG, rows [][2]float64, far, near color.NRGBA, flags func(row int, y, h float64)) {
	for i, row := range rows {
		y, h := row[0], row[1]
		t := float64(i) / float64(len(rows)-1)
		base := Mix(far, near, t)
		for x := -r.Range(0, h*0.3); x < 1230; x += h * r.Range(0.28, 0.36) {
			p := NewPath()
			Person(p, x, y+r.Range(-h*0.04, h*0.04), h*r.Range(0.92, 1.06), r.Intn(4))
			p.Append(Rect(x-h*0.14, y-h*0.4, x+h*0.14, 810))
			c.FillC(p, Shade(base, r.Range(0.85, 1.1)))
		}
		if flags != nil {
			flags(i, y, h)
		}
	}
}
