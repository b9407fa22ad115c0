package screens

import (
	"sync"

	"fyne.io/fyne/v2"

	"budapest1956/internal/content"
)

// Whether a visual fits beside the column is measured once per block,
// window size, language and comfort settings, not on every page turn.

type asideFitKey struct {
	block  content.Block
	size   fyne.Size
	lang   string
	access Access
}

var asideFits sync.Map // asideFitKey → bool

// fitsAside reports measure()'s answer for block b at the window's
// current size, language and settings, measuring only the first time.
// With large text a visual is never beside the column: it is cards in the
// column, which pagination fits.
func fitsAside(c pageCtx, b content.Block, measure func() bool) bool {
	if c.a.visit.Access.TextScale > 1 {
		return false
	}
	k := asideFitKey{b, c.a.win.Canvas().Size(), c.a.visit.Lang, c.a.visit.Access}
	if v, ok := asideFits.Load(k); ok {
		return v.(bool)
	}
	fit := measure()
	asideFits.Store(k, fit)
	return fit
}
