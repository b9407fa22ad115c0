package screens

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"

	"budapest1956/internal/content"
	"budapest1956/internal/ui"
)

// Radio 1956: the list of broadcasts in date order (this file) and the
// player with synchronised captions (player.go).

func clockText(d time.Duration) string {
	s := int(d.Round(time.Second) / time.Second)
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

// radioImage is the illustration of a period radio set, if the exhibit has one.
func (a *App) radioImage() fyne.Resource {
	return a.image(&content.Image{File: "images/radio-set.png"})
}

var doubleStop = regexp.MustCompile(`([^.])\.\.([^.]|$)`)

// when formats a broadcast's date (and time) the way the language writes dates.
func (a *App) when(b *content.Broadcast) string {
	s := a.formatDate(b.Date)
	if b.Time != "" {
		s += ", " + b.Time
	}
	return s
}

// formatDate turns 1956-11-04 into "4 November 1956" or "1956. november 4."
// using the month names and order of ui.yaml, so a new language needs no code.
func (a *App) formatDate(iso string) string {
	parts := strings.Split(iso, "-")
	if len(parts) != 3 {
		return iso
	}
	m, err := strconv.Atoi(parts[1])
	months := strings.Fields(a.label("months"))
	if err != nil || m < 1 || m > len(months) {
		return iso
	}
	day := strings.TrimPrefix(parts[2], "0")
	return strings.NewReplacer("{day}", day, "{month}", months[m-1], "{year}", parts[0]).Replace(a.label("date_format"))
}

func (a *App) broadcastTitle(b *content.Broadcast) string {
	if t := a.text(b.Title); t != "" {
		return t
	}
	return a.text(b.Speaker)
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
		line := a.when(b) + "  ·  " + a.text(b.Station)
		text := a.broadcastTitle(b) + "\n" + line
		rows = append(rows, ui.NewTapText(text, ui.SizeBody, fyne.TextStyle{}, true, func() {
			a.ShowBroadcast(id, nil)
		}))
	}
	return rows
}
