// Command barefyne is the floor of start-up time and memory for a Fyne app
// on this machine: one 1920×1080 window with one line of text and nothing
// else. bench/startup.sh measures it next to the exhibit and Chromium.
package main

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := app.NewWithID("org.budapest1956.barefyne")
	w := a.NewWindow("bare Fyne")
	w.SetContent(widget.NewLabel("Budapest 1956"))
	w.Resize(fyne.NewSize(1920, 1080))
	w.ShowAndRun()
}
