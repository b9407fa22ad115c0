package main

// drawIcon: the holed tricolour on a rounded dark square, 512×512.
func drawIcon(c *Canvas) {
	s := float64(c.W)
	c.Fill(RoundRect(8, 8, s-8, s-8, s*0.18), VGrad(0, s, S(0, hex(0x262f3d)), S(1, Night0)))
	f := HungarianFlag(s*0.14, s*0.24, s*0.74, s*0.50)
	f.Amp, f.Freq, f.Phase, f.Slant = s*0.022, 1.0, 0.3, 0.2
	f.Sag = s * 0.015
	f.HoleR = f.H * 0.25
	f.Ragged = 0.02
	f.Light = 0.35
	c.Fill(Rect(s*0.125, s*0.2, s*0.145, s*0.84), HGrad(s*0.125, s*0.145, S(0, hex(0x8a8270)), S(0.5, hex(0xd8ceb8)), S(1, hex(0x5e584c))))
	f.Draw(c)
}
