package main

func drawParliament(c *Canvas)     { c.Clear(Solid(Night1)) }
func drawRadioSet(c *Canvas)       { c.Clear(Solid(Night1)) }
func drawMemorial2006(c *Canvas)   { c.Clear(Solid(Night1)) }
