package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"budapest1956/internal/content"
	"budapest1956/internal/display"
	"budapest1956/internal/ui"
)

// A picture beside the page's text (below the bars on a portrait panel),
// with labels drawn over it (maps) and its credit line under it.

type pictureBlock struct{ content.PictureBlock }

func init() {
	registerBlock("picture", func(b content.Block) any { return pictureBlock{b.(content.PictureBlock)} })
}

func (b pictureBlock) aside(c pageCtx) fyne.CanvasObject {
	a, im := c.a, b.Image
	res := a.image(im)
	if res == nil {
		return nil
	}
	var labels []ui.MapLabel
	for _, l := range im.Labels {
		labels = append(labels, ui.MapLabel{X: l.X, Y: l.Y, Text: a.text(l.Text), Point: l.Point})
	}
	img := ui.NewLabeledImage(res, labels)
	img.Spoken.Spoken = a.text(im.Alt)
	// A credit line is a licence condition: it wraps rather than being cut.
	credit := ui.NewParagraph(display.Credit(a.ex, im, a.visit.Lang), ui.SizeSmall, fyne.TextStyle{})
	credit.Importance = widget.LowImportance
	// Heard after the picture: what the picture is ("Illustration, not a
	// photograph: …") and whose it is; the licence code stays on screen.
	heard := ui.NewNamed(credit, display.Text(a.ex, im.Credit, a.visit.Lang))
	return container.New(captionLayout{}, img, heard)
}

// captionLayout puts a wrapped caption under a picture: the caption gets
// the height its lines need at the full width, the picture the rest.
type captionLayout struct{}

func (captionLayout) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	pic, caption := objs[0], objs[1]
	h := fyne.Min(ui.Measure(caption, s.Width), s.Height)
	caption.Resize(fyne.NewSize(s.Width, h))
	caption.Move(fyne.NewPos(0, s.Height-h))
	pic.Move(fyne.NewPos(0, 0))
	pic.Resize(fyne.NewSize(s.Width, s.Height-h))
}

func (captionLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }
