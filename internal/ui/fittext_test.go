package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

func TestFitText_ShowsTheLongestWordingThatFits(t *testing.T) {
	test.NewTempApp(t)
	Apply(false, 1)
	long, short := "The Crushing  ·  4 November – December 1956", "The Crushing"
	f := NewFitText(SizeBar, fyne.TextStyle{}, long, short)
	wide, narrow := FullWidth(long, SizeBar, fyne.TextStyle{}), FullWidth(short, SizeBar, fyne.TextStyle{})
	for _, c := range []struct {
		width float32
		want  string
	}{
		{wide, long},
		{wide - 1, short},
		{narrow, short},
		{narrow / 2, short}, // nothing fits: the last wording, cut
		{wide + 100, long},
	} {
		f.Resize(fyne.NewSize(c.width, 40))
		if f.Text != c.want {
			t.Errorf("at %.0f px: %q, want %q", c.width, f.Text, c.want)
		}
	}
}
