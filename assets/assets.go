// Package assets holds files the app itself needs, independent of the
// exhibit: fonts (SIL Open Font License, see fonts/OFL.txt) and the icon.
package assets

import (
	_ "embed"

	"fyne.io/fyne/v2"
)

var (
	//go:embed fonts/NotoSans-Regular.ttf
	notoSansRegular []byte
	//go:embed fonts/NotoSans-Bold.ttf
	notoSansBold []byte
	//go:embed fonts/NotoSerif-Italic.ttf
	notoSerifItalic []byte
	//go:embed fonts/NotoSerif-Bold.ttf
	notoSerifBold []byte
	//go:embed icon.png
	icon []byte
)

// Fonts used by the exhibit theme. All cover Latin Extended-A (ő, ű…).
var (
	SansRegular = fyne.NewStaticResource("NotoSans-Regular.ttf", notoSansRegular)
	SansBold    = fyne.NewStaticResource("NotoSans-Bold.ttf", notoSansBold)
	SerifItalic = fyne.NewStaticResource("NotoSerif-Italic.ttf", notoSerifItalic)
	SerifBold   = fyne.NewStaticResource("NotoSerif-Bold.ttf", notoSerifBold)
	Icon        = fyne.NewStaticResource("icon.png", icon)
)
