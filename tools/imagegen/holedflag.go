package main

// drawHoledFlag: the flag with the hole, close up, in deep folds.
func drawHoledFlag(c *Canvas) {
	c.Clear(Radial{600, 380, 900, 700, []Stop{S(0, hex(0x2a3340)), S(1, Night0)}})
	// Pole.
	c.Fill(Rect(92, 0, 110, 800), HGrad(92, 110, S(0, hex(0x5a5246)), S(0.35, hex(0xb9ad94)), S(1, hex(0x2e2a24))))
	f := HungarianFlag(104, 70, 1150, 600)
	f.Amp, f.Freq, f.Phase, f.Slant = 46, 1.7, 0.9, 0.45
	f.Sag, f.Squeeze = 20, 40
	f.HoleU = 0.47
	f.HoleR = 150
	f.Light = 0.75
	f.Draw(c)
	// Cords tying the cloth to the pole.
	for _, y := range []float64{90, 350, 640} {
		c.FillC(RoundRect(88, y, 114, y+12, 5), hex(0xcfc3a6))
	}
}
