package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"budapest1956/internal/content"
	"budapest1956/internal/ui"
)

// Listen: the broadcast the page is about, one tap away in the page's bar;
// the player's Back returns to this page.

type listenBlock struct{ content.ListenBlock }

func init() {
	registerBlock("listen", func(b content.Block) any { return listenBlock{b.(content.ListenBlock)} })
}

func (b listenBlock) action(c pageCtx) fyne.CanvasObject {
	a := c.a
	if a.ex.Broadcast(b.Broadcast) == nil {
		return nil
	}
	back := storyRoute(c.section.ID, c.index)
	listen := ui.NewButton(a.label("listen"), theme.MediaPlayIcon(), func() {
		a.ShowBroadcast(b.Broadcast, &back)
	})
	listen.Importance = widget.HighImportance
	return listen
}
