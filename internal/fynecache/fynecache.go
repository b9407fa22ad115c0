// Package fynecache sets how long Fyne keeps the renderers and GL textures
// of objects that left the screen: 20 s instead of Fyne's 1 min. The exhibit
// builds every screen anew, so a minute of visitors' taps leaves a minute
// of screens' textures in memory (hundreds of MB when someone taps fast).
// Below ~15 s Fyne would walk the whole screen every frame to keep it alive.
//
// Fyne reads FYNE_CACHE once, in its cache package's init. Go initializes
// packages in import-path order where dependencies allow (Go 1.21+), so this
// package, imported by main and depending only on os, runs first: a test
// checks the order. An FYNE_CACHE set by the environment wins.
package fynecache

import "os"

// Duration is the value set when the environment does not set one.
const Duration = "20s"

func init() {
	if _, set := os.LookupEnv("FYNE_CACHE"); !set {
		os.Setenv("FYNE_CACHE", Duration)
	}
}
