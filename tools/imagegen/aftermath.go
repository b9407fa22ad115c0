package main

import (
	"image/color"
	"math"
)

// drawAftermath: Plot 301 of the New Public Cemetery, carved wooden grave
// posts (kopjafa) in the grass, candles at their feet, a lighter sky.
func drawAftermath(c *Canvas) {
	c.Clear(VGrad(0, 480,
		S(0, hex(0x8f9aa5)),
		S(0.55, hex(0xc9c9c2)),
		S(1, hex(0xefe6d2))))
	c.Glow(820, 380, 520, 260, hex(0xfff4dc), 0.6)
	for _, cl := range [][4]float64{{260, 130, 300, 40}, {900, 90, 360, 45}, {560, 250, 380, 34}, {1120, 230, 240, 30}} {
		c.Glow(cl[0], cl[1], cl[2], cl[3], hex(0xf3efe6), 0.45)
	}

	r := NewRNG(301)
	// Tree line in the distance.
	for layer, col := range []string{"far", "near"} {
		base := 480.0 + float64(layer)*8
		tint := hex(0x98a198)
		if col == "near" {
			tint = hex(0x6e7d6c)
		}
		p := NewPath()
		for x := -40.0; x < 1240; x += r.Range(30, 60) {
			rad := r.Range(28, 60) * (1 - 0.3*float64(layer))
			p.Append(Ellipse(x, base-rad*0.9-r.Range(0, 30), rad, rad*0.95))
		}
		p.Append(Rect(-10, base-40, 1210, base+10))
		c.FillC(p, tint)
	}

	// Grass.
	c.Fill(Rect(0, 478, 1200, 800), VGrad(478, 800,
		S(0, hex(0x8a9878)), S(0.3, hex(0x6a7f5e)), S(1, hex(0x34492f))))

	// Rows of posts, far to near.
	type row struct{ y, h, w, gap, haze float64 }
	rows := []row{
		{500, 58, 7, 52, 0.65},
		{525, 84, 10, 70, 0.5},
		{565, 124, 15, 96, 0.35},
		{625, 180, 21, 140, 0.2},
		{715, 270, 32, 215, 0.08},
		{860, 500, 50, 330, 0},
	}
	skyTint := hex(0xc9c9c2)
	for i, rw := range rows {
		light := Mix(hex(0x9a8066), skyTint, rw.haze)
		dark := Mix(hex(0x3e2f24), skyTint, rw.haze)
		x := r.Range(-rw.gap*0.5, rw.gap*0.3)
		for n := 0; x < 1200+rw.w; n++ {
			h := rw.h * r.Range(0.85, 1.12)
			// Shadow of the post on the grass.
			c.FillOpacity(Poly(x-rw.w*0.5, rw.y, x+rw.w*0.5, rw.y, x+rw.w*0.5+h*0.35, rw.y+rw.w*0.35, x+rw.w*0.2+h*0.35, rw.y+rw.w*0.45),
				Solid(hex(0x26331f)), 0.3*(1-rw.haze))
			Kopjafa(c, r, x, rw.y, h, rw.w, light, dark)
			if i == 4 && n == 2 {
				Ribbon(c, x, rw.y-h*0.3, rw.w)
			}
			// Candles at the feet of the nearer posts.
			if i >= 2 && r.Float() < 0.75 {
				s := rw.w * 0.55
				glass := White
				if r.Float() < 0.45 {
					glass = Red
				}
				Candle(c, x+rw.w*r.Range(0.8, 1.4), rw.y+s*0.3, s, glass)
			}
			x += rw.gap * r.Range(0.8, 1.25)
		}
	}

}

// Ribbon ties a red-white-green ribbon round a post at height y.
func Ribbon(c *Canvas, x, y, w float64) {
	for k, cc := range []color.NRGBA{Red, White, Green} {
		yy := y + float64(k)*w*0.16
		c.FillC(Poly(x-w*0.55, yy, x+w*0.55, yy+w*0.05, x+w*0.55, yy+w*0.21, x-w*0.55, yy+w*0.16), cc)
		dx := float64(k) * w * 0.12
		tail := NewPath().MoveTo(x+w*0.45, yy+w*0.05).
			CubeTo(x+w*0.9, yy+w*0.6, x+w*0.6+dx, yy+w*1.2, x+w*0.85+dx, yy+w*2.4).
			LineTo(x+w*1.0+dx, yy+w*2.35).
			CubeTo(x+w*0.75+dx, yy+w*1.2, x+w*1.05, yy+w*0.6, x+w*0.6, yy+w*0.05).Close()
		c.FillC(tail, Shade(cc, 0.92))
	}
	_ = math.Pi
}
