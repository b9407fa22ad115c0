package screens

import (
	"sync"

	"fyne.io/fyne/v2"

	"budapest1956/internal/content"
)

// Whether a visual fits beside the column is measured once per block,
// window size, page area, language and comfort settings, not on every page
// turn.

type asideFitKey struct {
	block  content.Block
	size   fyne.Size
	area   fyne.Size // pageCtx.area
	lang   string
	access Access
}

var asideFits sync.Map // asideFitKey → bool

// asideRoom is the room pageLayout gives a visual beside the column (on a
// landscape screen) or above it (portrait): from the page area between the
// bars when the screen is being cut, else estimated from the window.
func asideRoom(c pageCtx) (w, h float32) {
	s := c.area
	if s.Width <= 0 || s.Height <= 0 {
		s = c.a.win.Canvas().Size()
		s.Height -= barsRoom()
	}
	if s.Width < s.Height {
		return s.Width, s.Height * pictureShareTall
	}
	return s.Width * pictureShare, s.Height
}

// fitsAside reports measure()'s answer for block b at the window's
// current size, language and settings, measuring only the first time.
// With large text a visual is never beside the column: it is cards in the
// column, which pagination fits.
func fitsAside(c pageCtx, b content.Block, measure func() bool) bool {
	if c.a.visit.Access.TextScale > 1 {
		return false
	}
	k := asideFitKey{b, c.a.win.Canvas().Size(), c.area, c.a.visit.Lang, c.a.visit.Access}
	if v, ok := asideFits.Load(k); ok {
		return v.(bool)
	}
	fit := measure()
	asideFits.Store(k, fit)
	return fit
}
