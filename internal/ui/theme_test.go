package ui

import (
	"fyne.io/fyne/v2/test"

	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"golang.org/x/image/font/sfnt"

	"budapest1956/assets"
)

// luminance is WCAG 2.2's relative luminance.
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	ch := func(v uint32) float64 {
		s := float64(v) / 0xffff
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*ch(r) + 0.7152*ch(g) + 0.0722*ch(b)
}

func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// TestTheme_ContrastOfEveryPairUsed checks each text colour on each
// background it is drawn on (text ≥ 7:1, WCAG AAA) and the non-text
// indicators (≥ 3:1, WCAG 1.4.11), in both the calm and high-contrast themes.
func TestTheme_ContrastOfEveryPairUsed(t *testing.T) {
	for name, p := range map[string]Palette{"calm": Calm, "high contrast": HighContrast} {
		text := []struct {
			what     string
			fg, bg   color.Color
			minRatio float64
		}{
			{"body text on background", p.Text, p.Background, 7},
			{"text on cards and buttons", p.Text, p.Surface, 7},
			{"text on a pressed tile", p.Text, p.Pressed, 7},
			{"muted text (credits) on background", p.Muted, p.Background, 7},
			{"muted text on cards", p.Muted, p.Surface, 7},
			{"dates and periods on background", p.Warning, p.Background, 7},
			{"warnings on cards", p.Warning, p.Surface, 7},
			{"label of a highlighted button", p.OnAccent, p.Accent, 7},
			{"focus ring against background", p.Focus, p.Background, 3},
			{"focus ring against a highlighted button", p.Focus, p.Accent, 3},
			{"page dots and card borders", p.Line, p.Background, 3},
		}
		for _, c := range text {
			if r := contrast(c.fg, c.bg); r < c.minRatio {
				t.Errorf("%s: %s: %.2f:1, want ≥ %.1f:1", name, c.what, r, c.minRatio)
			}
		}
	}
}

func TestTheme_UsesItsPaletteForFyneColours(t *testing.T) {
	th := NewTheme(true, 2)
	if th.Color(theme.ColorNameBackground, theme.VariantDark) != HighContrast.Background {
		t.Error("high-contrast background not used")
	}
	if th.Size(SizeBody) != 60 || math.Abs(float64(th.Size(SizeTitle))-72.8) > 0.01 || th.Size(theme.SizeNameText) != 30 {
		t.Errorf("2× text: body %v, title %v, controls %v", th.Size(SizeBody), th.Size(SizeTitle), th.Size(theme.SizeNameText))
	}
}

// TestColors_FollowTheAppliedTheme: canvas objects the screens draw read the
// palette of the theme in use, after every comfort change.
func TestColors_FollowTheAppliedTheme(t *testing.T) {
	test.NewTempApp(t)
	Apply(true, 1)
	if Colors() != HighContrast {
		t.Error("Colors() is not the high-contrast palette after Apply(true)")
	}
	Apply(false, 1)
	if Colors() != Calm {
		t.Error("Colors() is not the calm palette after Apply(false)")
	}
}

// TestFonts_RenderHungarian checks that every font the theme uses has a
// glyph for each Hungarian letter (and the quotes and dashes the texts use).
func TestFonts_RenderHungarian(t *testing.T) {
	const letters = "áéíóöőúüűÁÉÍÓÖŐÚÜŰ„”–—·…"
	for _, style := range []fyne.TextStyle{{}, {Bold: true}, {Italic: true}, {Bold: true, Italic: true}} {
		res := Theme{}.Font(style)
		f, err := sfnt.Parse(res.Content())
		if err != nil {
			t.Fatalf("%s: %v", res.Name(), err)
		}
		var buf sfnt.Buffer
		for _, r := range letters {
			if i, err := f.GlyphIndex(&buf, r); err != nil || i == 0 {
				t.Errorf("%s has no glyph for %q", res.Name(), r)
			}
		}
	}
	_ = assets.Icon
}
