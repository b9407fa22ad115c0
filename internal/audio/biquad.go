package audio

import "math"

// biquad is a 2nd-order IIR section (RBJ Audio EQ Cookbook), transposed
// direct form II in float64: stable at 300 Hz / 22 kHz and block-size
// independent because its whole state is z1, z2.
type biquad struct {
	b0, b1, b2, a1, a2 float64
	z1, z2             float64
}

func lowPass(fs, f0, q float64) biquad {
	w := 2 * math.Pi * f0 / fs
	c, alpha := math.Cos(w), math.Sin(w)/(2*q)
	return norm(biquad{b0: (1 - c) / 2, b1: 1 - c, b2: (1 - c) / 2, a1: -2 * c, a2: 1 - alpha}, 1+alpha)
}

func highPass(fs, f0, q float64) biquad {
	w := 2 * math.Pi * f0 / fs
	c, alpha := math.Cos(w), math.Sin(w)/(2*q)
	return norm(biquad{b0: (1 + c) / 2, b1: -(1 + c), b2: (1 + c) / 2, a1: -2 * c, a2: 1 - alpha}, 1+alpha)
}

func norm(b biquad, a0 float64) biquad {
	b.b0 /= a0
	b.b1 /= a0
	b.b2 /= a0
	b.a1 /= a0
	b.a2 /= a0
	return b
}

func (b *biquad) step(x float64) float64 {
	y := b.b0*x + b.z1
	b.z1 = b.b1*x - b.a1*y + b.z2
	b.z2 = b.b2*x - b.a2*y
	return y
}

func (b *biquad) reset() { b.z1, b.z2 = 0, 0 }
