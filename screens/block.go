package screens

import (
	"log"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"

	"budapest1956/internal/content"
	"budapest1956/internal/ui"
)

// A story page is a sequence of blocks (internal/content/block.go). Each
// kind is drawn by one file here, block_KIND.go, which registers a drawer
// in its init. A drawer may put pieces in the page's column (cut to fit a
// screenful), an aside beside the column (a picture, later a map), and a
// control in the page's bar (Listen, More): whatever interfaces it has.

// pageCtx is what a block is drawn for.
type pageCtx struct {
	a       *App
	section *content.Section
	page    *content.Page
	index   int       // the page's index in its section
	area    fyne.Size // the page area between the bars when the screen is cut; zero if unknown
}

// columnBlock draws a block into the page's column as pieces, each of which
// fits f; pagination spreads the pieces over screenfuls.
type columnBlock interface {
	pieces(c pageCtx, f fit) []fyne.CanvasObject
}

// asideBlock draws a block beside (landscape) or above (portrait) the
// column, on every screenful of the page; nil when there is nothing to show.
type asideBlock interface {
	aside(c pageCtx) fyne.CanvasObject
}

// actionBlock puts a control in the page's bottom bar; nil for none.
type actionBlock interface {
	action(c pageCtx) fyne.CanvasObject
}

// blockDrawers maps a block kind to its drawer; block_*.go fill it.
var blockDrawers = map[string]func(content.Block) any{}

func registerBlock(kind string, drawer func(content.Block) any) { blockDrawers[kind] = drawer }

var unknownKinds sync.Map

// drawerOf returns the drawer of a block, nil for a kind the app cannot
// draw (logged once; validate reports it to curators).
func drawerOf(b content.Block) any {
	if f, ok := blockDrawers[b.Kind()]; ok {
		return f(b)
	}
	if _, seen := unknownKinds.LoadOrStore(b.Kind(), true); !seen {
		log.Printf("screens: no drawer for block kind %q", b.Kind())
	}
	return nil
}

// fit is the room a page's column has: its width, the height left below
// the date and title (so the first paragraph can share their screenful),
// and the column's full height.
type fit struct{ w, h, full float32 }

// chunks cuts text into the fewest pieces, each of which, drawn by build,
// fits f: whole sentences where possible, words where a sentence alone is
// too tall. With no room given (f.w == 0) the text stays whole.
func chunks(text string, f fit, build func(string) fyne.CanvasObject) []string {
	if f.w <= 0 || ui.Measure(build(text), f.w) <= f.h {
		return []string{text}
	}
	var units []string
	for _, s := range sentences(text) {
		if ui.Measure(build(s), f.w) <= f.h {
			units = append(units, s)
			continue
		}
		units = append(units, strings.Fields(s)...)
	}
	// Take as many units as fit, found by bisection: measuring is the cost.
	var out []string
	for len(units) > 0 {
		lo, hi := 1, len(units) // units[:lo] is taken even if it overflows: one word
		for lo < hi {
			mid := (lo + hi + 1) / 2
			if ui.Measure(build(strings.Join(units[:mid], " ")), f.w) <= f.h {
				lo = mid
			} else {
				hi = mid - 1
			}
		}
		out = append(out, strings.Join(units[:lo], " "))
		units = units[lo:]
	}
	return out
}

// sentences cuts a paragraph after ". ", "! " and "? ".
func sentences(para string) []string {
	var out []string
	start := 0
	r := []rune(para)
	for i := 0; i+1 < len(r); i++ {
		if (r[i] == '.' || r[i] == '!' || r[i] == '?') && r[i+1] == ' ' {
			out = append(out, string(r[start:i+1]))
			start = i + 2
		}
	}
	if start < len(r) {
		out = append(out, string(r[start:]))
	}
	return out
}

// card frames rows on a surface with the accent bar of a quotation.
func card(rows ...fyne.CanvasObject) fyne.CanvasObject {
	bg := canvas.NewRectangle(ui.Colors().Surface)
	bg.CornerRadius = 10
	bar := canvas.NewRectangle(ui.Colors().Accent)
	bar.SetMinSize(fyne.NewSize(8, 8))
	return container.NewStack(bg, container.NewBorder(nil, nil, bar, nil, container.NewPadded(container.NewVBox(rows...))))
}
