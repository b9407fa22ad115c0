package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestTile_MeasuringKeepsTheSummary: the home screen's grid asks every tile
// how tall its picture can be (PictureHeight) without laying the tile out
// again. The question must leave the tile as it was: a summary it left
// hidden was missing from the home screen's first frame and came a
// repaint later (150–350 ms on a kiosk's software GL).
func TestTile_MeasuringKeepsTheSummary(t *testing.T) {
	test.NewTempApp(t)
	Apply(false, 1)
	tile := NewTile(nil, "Before 1956", "1945 – 22 October 1956",
		"From the Soviet occupation and the last free election to Stalinist terror, a brief thaw and the students' sixteen demands.", nil)
	w := test.NewTempWindow(t, tile)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(460, 700))
	if !tile.summary.Visible() || !tile.period.Visible() {
		t.Fatal("a tall tile hides its summary or its dates")
	}
	pos, size := tile.summary.Position(), tile.text.Size()
	tile.PictureHeight(tile.Size())
	if !tile.summary.Visible() || !tile.period.Visible() {
		t.Error("asking for the picture's height hid the summary or the dates")
	}
	if tile.summary.Position() != pos || tile.text.Size() != size {
		t.Errorf("asking for the picture's height moved the text: summary at %v (was %v), column %v (was %v)",
			tile.summary.Position(), pos, tile.text.Size(), size)
	}
}
