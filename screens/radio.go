package screens

import (
	"fyne.io/fyne/v2"

	"budapest1956/internal/content"
	"budapest1956/internal/display"
	"budapest1956/internal/ui"
)

// Radio 1956: the list of broadcasts in date order (this file) and the
// player with synchronised captions (player.go).

// radioImage is the illustration of a period radio set, if the exhibit has one.
func (a *App) radioImage() fyne.Resource {
	return a.image(&content.Image{File: "images/radio-set.png"})
}

// radioListScreen lists the broadcasts in date order as big rows.
type radioListScreen struct{ listScreen }

func newRadioListScreen(a *App) *radioListScreen {
	l := &radioListScreen{listScreen{a: a, name: "radio", rows: a.radioRows}}
	l.title = func() []string { return []string{a.label("radio")} }
	return l
}

func (a *App) radioRows() []fyne.CanvasObject {
	var rows []fyne.CanvasObject
	for _, b := range a.ex.Broadcasts {
		id := b.ID
		line := display.When(a.ex, b, a.visit.Lang) + "  ·  " + a.text(b.Station)
		text := display.BroadcastTitle(a.ex, b, a.visit.Lang) + "\n" + line
		rows = append(rows, ui.NewTapText(text, ui.SizeBody, fyne.TextStyle{}, true, func() {
			a.ShowBroadcast(id, nil)
		}))
	}
	return rows
}
