package screens

import (
	"math"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"budapest1956/internal/content"
	"budapest1956/internal/ui"
)

// A locator map: a base map drawn by tools/mapgen (no text in it) with the
// page's places marked and named by the app, in the visitor's language, at
// the positions the base map's projection gives their coordinates
// (content.MapBase.Frac). The picture is scaled off the UI goroutine, once
// per size, like every picture (internal/ui/pictures.go); the labels are
// laid out when the size changes, never per frame. Under it, its caption,
// the map data's credit and where the positions come from. Beside the
// column when it is the page's first visual and fits there at the window's
// size; otherwise a card in the column.

type mapBlock struct{ content.MapBlock }

func init() {
	registerBlock("map", func(b content.Block) any { return mapBlock{b.(content.MapBlock)} })
}

// mergeFrac is how close (as a share of the picture's width) two places may
// lie before they share one dot and one label: a label beside each would
// cover the other.
const mergeFrac = 0.035

// labels are the map's places as the picture's labels, in the visitor's
// language; places closer than mergeFrac share the first one's dot.
func (b mapBlock) labels(a *App) []ui.MapLabel {
	m := b.Map
	var out []ui.MapLabel
	for _, p := range m.Places {
		fx, fy := m.Base.Frac(p.Lat, p.Lon)
		name := a.text(p.Name)
		merged := false
		for i := range out {
			dx, dy := (out[i].X-fx)*m.Base.W, (out[i].Y-fy)*m.Base.H
			if math.Hypot(dx, dy) < mergeFrac*m.Base.W {
				out[i].Text += " · " + name
				merged = true
				break
			}
		}
		if !merged {
			out = append(out, ui.MapLabel{X: fx, Y: fy, Text: name, Point: true})
		}
	}
	return out
}

// captionLine is what the map shows, then its credit and its sources.
func (b mapBlock) captionLine(a *App) string {
	c := strings.TrimSpace(a.text(b.Map.Caption))
	if c != "" && !strings.HasSuffix(c, ".") {
		c += "."
	}
	return strings.TrimSpace(c + " " + a.ex.MapCredit(b.Map, a.visit.Lang))
}

// picture is the base map with the places on it.
func (b mapBlock) picture(a *App) *ui.LabeledImage {
	img := ui.NewLabeledImage(a.image(&content.Image{File: b.Map.Base.Image}), b.labels(a))
	img.Spoken.Spoken = a.text(b.Map.Alt) // where the places are, said by the audio mode and screen readers
	return img
}

func (b mapBlock) aside(c pageCtx) fyne.CanvasObject {
	if !b.inAside(c) {
		return nil
	}
	return container.New(captionLayout{}, b.picture(c.a), captionText(b.captionLine(c.a)))
}

// inAside: the page's first visual, and the map keeps at least half its
// height beside the column once its caption is under it.
func (b mapBlock) inAside(c pageCtx) bool {
	if !isAside(c, b.MapBlock) {
		return false
	}
	if c.a.win == nil {
		return true
	}
	return fitsAside(c, b.MapBlock, func() bool {
		if s := c.a.win.Canvas().Size(); s.Width <= 0 || s.Height <= 0 {
			return true
		}
		w, h := asideRoom(c)
		pic := h - theme.Padding() - ui.Measure(captionText(b.captionLine(c.a)), w)
		return pic >= 0.5*b.height(w)
	})
}

// height is the picture's height at width w, at its own aspect ratio.
func (b mapBlock) height(w float32) float32 {
	return w * float32(b.Map.Base.H/b.Map.Base.W)
}

// pieces: the map as a card in the column, as tall as its aspect ratio
// wants at the column's width, or the height a screenful leaves it beside
// its caption; with little room (large text, a small window) the picture
// alone, then the caption cut like text.
func (b mapBlock) pieces(c pageCtx, f fit) []fyne.CanvasObject {
	if b.inAside(c) {
		return nil
	}
	a := c.a
	line := b.captionLine(a)
	if f.w <= 0 {
		return []fyne.CanvasObject{container.New(&mapCard{pic: b.height(600)}, b.picture(a), captionText(line))}
	}
	f.full -= 2 * theme.Padding() // measured heights can fall a little short once placed
	capH := ui.Measure(captionText(line), f.w)
	pic := fyne.Min(b.height(f.w), f.full-capH-theme.Padding())
	if pic >= 0.45*b.height(f.w) {
		return []fyne.CanvasObject{container.New(&mapCard{w: f.w, pic: pic}, b.picture(a), captionText(line))}
	}
	out := []fyne.CanvasObject{container.New(&mapCard{w: f.w, pic: fyne.Min(b.height(f.w), f.full)}, b.picture(a))}
	caption := func(s string) fyne.CanvasObject { return container.New(knownWidth{f.w}, captionText(s)) }
	for _, part := range chunks(line, f, caption) {
		out = append(out, caption(part))
	}
	return out
}

// mapCard lays out a map in the column: the picture pic high, the caption
// (if any) under it with the height its lines need at the column's width w.
type mapCard struct{ w, pic float32 }

func (m *mapCard) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(s.Width, m.pic))
	if len(objs) > 1 {
		y := m.pic + theme.Padding()
		objs[1].Move(fyne.NewPos(0, y))
		objs[1].Resize(fyne.NewSize(s.Width, fyne.Max(0, s.Height-y)))
	}
}

func (m *mapCard) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := m.pic
	if len(objs) > 1 {
		if m.w > 0 {
			h += theme.Padding() + ui.Measure(objs[1], m.w)
		} else {
			h += theme.Padding() + objs[1].MinSize().Height
		}
	}
	return fyne.NewSize(m.w, h)
}
