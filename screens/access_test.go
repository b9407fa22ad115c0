package screens

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"budapest1956/internal/ui"
)

// screenKinds opens each kind of screen in turn.
func screenKinds(a *App) map[string]func() {
	return map[string]func(){
		"home":    a.ShowHome,
		"page":    func() { a.ShowSection("crushing", 1) },
		"library": a.ShowLibrary,
	}
}

func TestAccess_ReachModeMovesControlsDown(t *testing.T) {
	a, win := newApp(t, 1080, 1920)
	for name, show := range screenKinds(a) {
		a.SetAccess(Access{TextScale: 1})
		show()
		before := lowestTop(win, "Magyar")
		test.Tap(buttonWithIcon(t, win, theme.MoveDownIcon()))
		show()
		after := lowestTop(win, "Magyar")
		if !a.Access().Reach {
			t.Fatalf("%s: the reach toggle did not switch reach mode on", name)
		}
		// Every control must now sit in the lower part of the screen.
		walk(win, func(o fyne.CanvasObject) {
			if _, ok := o.(fyne.Tappable); !ok {
				return
			}
			if _, full := o.(*ui.TouchArea); full {
				return
			}
			if y := absY(o); y < 1920*0.5 {
				t.Errorf("%s: in reach mode %T %q sits at y=%.0f", name, o, textOf(o), y)
			}
		})
		if name != "home" && after <= before {
			t.Errorf("%s: the language toggle did not move down (%.0f → %.0f)", name, before, after)
		}
	}
}

func absY(o fyne.CanvasObject) float32 {
	return fyne.CurrentApp().Driver().AbsolutePositionForObject(o).Y
}

func textOf(o fyne.CanvasObject) string {
	if b, ok := o.(*ui.Button); ok {
		return b.Text
	}
	return ""
}

func lowestTop(win fyne.Window, text string) float32 {
	var y float32
	walk(win, func(o fyne.CanvasObject) {
		if b, ok := o.(*ui.Button); ok && (b.Text == text || b.Text == "HU") {
			y = absY(b)
		}
	})
	return y
}

func TestAccess_TextSizeAndContrastChangeTheTheme(t *testing.T) {
	a, win := newApp(t, 1920, 1080)
	for name, show := range screenKinds(a) {
		a.SetAccess(Access{TextScale: 1})
		show()
		test.Tap(buttonWithText(t, win, "A"))
		show()
		if got := fyne.CurrentApp().Settings().Theme().Size(ui.SizeBody); got != 45 {
			t.Errorf("%s: A+ gives body text %v px, want 45", name, got)
		}
		test.Tap(buttonWithText(t, win, "A+"))
		show()
		if got := fyne.CurrentApp().Settings().Theme().Size(ui.SizeBody); got != 60 {
			t.Errorf("%s: A++ gives body text %v px, want 60", name, got)
		}
		test.Tap(buttonWithIcon(t, win, theme.VisibilityIcon()))
		show()
		if bg := fyne.CurrentApp().Settings().Theme().Color(theme.ColorNameBackground, theme.VariantDark); bg != ui.HighContrast.Background {
			t.Errorf("%s: contrast toggle gave background %v", name, bg)
		}
		test.Tap(buttonWithText(t, win, "A++"))
		show()
		if a.Access().TextScale != 1 {
			t.Errorf("%s: A++ should cycle back to A", name)
		}
	}
	a.SetAccess(Access{TextScale: 1})
}

// TestAccess_LargeTextFitsWithoutClipping pages through everything at 2×
// text, on the kiosk and on a small laptop window, in both languages, with
// every tappable still at least MinTouch.
func TestAccess_LargeTextFitsWithoutClipping(t *testing.T) {
	sweep(t)
	for _, size := range []fyne.Size{{Width: 1920, Height: 1080}, {Width: 1024, Height: 640}} {
		a, win := newApp(t, size.Width, size.Height)
		for _, reach := range []bool{false, true} {
			a.SetAccess(Access{TextScale: 2, Reach: reach})
			for _, lang := range []string{"en", "hu"} {
				a.SetLanguage(lang)
				for _, s := range a.ex.Sections {
					a.ShowSection(s.ID, 0)
					for {
						col := textColumn(find[*ui.Swipe](win)[0])
						if need, have := col.MinSize().Height, col.Size().Height; need > have+1 {
							_, p := a.Where()
							t.Errorf("%v reach=%v %s %s page %d: text needs %.0f px, has %.0f", size, reach, lang, s.ID, p, need, have)
						}
						if i, n := a.View(); i+1 >= n {
							break
						}
						a.Next()
					}
				}
			}
		}
		a.SetAccess(Access{TextScale: 1})
	}
}

func TestAccess_MoreShowsTheFullText(t *testing.T) {
	a, win := newApp(t, 1920, 1080)
	// pageText is everything the page's screenfuls show, in one line.
	pageText := func(page int) string {
		var all []string
		st := a.story()
		for vi, v := range st.views {
			if v.page == page {
				a.showView(vi)
				all = append(all, texts(win)...)
			}
		}
		a.showView(st.firstView(page))
		return strings.Join(strings.Fields(strings.Join(all, " ")), " ")
	}
	checked := 0
	for _, s := range a.ex.Sections {
		for i, p := range s.Pages {
			if len(p.Short) == 0 || checked == 3 {
				continue
			}
			a.ShowSection(s.ID, i)
			paras := p.Paragraphs(a.Language(), a.ex.DefaultLanguage)
			short := pageText(i)
			if !strings.Contains(short, strings.Join(strings.Fields(a.text(p.Short)), " ")) {
				t.Errorf("%s: the short text is not shown before More", p.ID)
			}
			test.Tap(buttonWithText(t, win, a.label("more")))
			if id, page := a.Where(); id != s.ID || page != i {
				t.Fatalf("More moved the visitor to %s page %d", id, page)
			}
			full := pageText(i)
			for _, para := range paras {
				if !strings.Contains(full, para) {
					t.Errorf("%s: after More the paragraph %q is not shown in full", p.ID, para)
				}
			}
			test.Tap(buttonWithText(t, win, a.label("less")))
			checked++
		}
	}
	if checked == 0 {
		t.Skip("no page has a short layer yet")
	}
}

// TestKeyboard_WholeVisit drives a visit with key events only: Tab to a
// chapter, Enter, arrows through pages, L for language, + for text size,
// Escape home.
func TestKeyboard_WholeVisit(t *testing.T) {
	a, win := newApp(t, 1280, 800)
	c := win.Canvas()
	key := func(k fyne.KeyName) {
		if f := c.Focused(); f != nil {
			f.TypedKey(&fyne.KeyEvent{Name: k})
			return
		}
		c.OnTypedKey()(&fyne.KeyEvent{Name: k})
	}
	c.FocusNext() // Tab
	tile, ok := c.Focused().(*ui.Tile)
	if !ok {
		t.Fatalf("Tab focused %T, want the first chapter tile", c.Focused())
	}
	_ = tile
	key(fyne.KeyReturn)
	if id, p := a.Where(); id != "before-1956" || p != 0 {
		t.Fatalf("Enter on the first tile opened %q page %d", id, p)
	}
	key(fyne.KeyRight)
	key(fyne.KeyRight)
	if i, _ := a.View(); i != 2 {
		t.Fatalf("two Right arrows: view %d", i)
	}
	key(fyne.KeyLeft)
	if i, _ := a.View(); i != 1 {
		t.Fatalf("Left arrow: view %d", i)
	}
	key(fyne.KeyL)
	if a.Language() != "hu" {
		t.Fatal("L did not switch to Hungarian")
	}
	c.OnTypedRune()('+')
	if a.Access().TextScale != 1.5 {
		t.Fatal("+ did not enlarge the text")
	}
	c.FocusNext()
	if _, ok := c.Focused().(*ui.Button); !ok {
		t.Fatalf("Tab on a page focused %T, want a button", c.Focused())
	}
	key(fyne.KeyRight) // arrows still turn pages while a button has focus
	if i, _ := a.View(); i < 1 {
		t.Fatalf("Right arrow with a focused button: view %d", i)
	}
	key(fyne.KeyEscape)
	if id, _ := a.Where(); id != "" {
		t.Fatalf("Escape: still in %q", id)
	}
	a.SetAccess(Access{TextScale: 1})
}

func TestWheel_OnePagePerNotch(t *testing.T) {
	a, win := newApp(t, 1920, 1080)
	a.ShowSection("before-1956", 0)
	sw := find[*ui.Swipe](win)[0]
	sw.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, -30)})
	if i, _ := a.View(); i != 1 {
		t.Fatalf("wheel down: view %d, want 1", i)
	}
	sw = find[*ui.Swipe](win)[0]
	sw.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, -30)}) // too soon after: ignored
	if i, _ := a.View(); i != 1 {
		t.Fatalf("a burst of wheel events turned %d pages", i)
	}
}

func buttonWithIcon(t *testing.T, win fyne.Window, icon fyne.Resource) *ui.Button {
	t.Helper()
	for _, b := range find[*ui.Button](win) {
		// ui.Icon names an icon after its palette too ("calm/…", "hc/…").
		if b.Icon != nil && (b.Icon.Name() == icon.Name() || strings.HasSuffix(b.Icon.Name(), "/"+icon.Name())) {
			return b
		}
	}
	t.Fatalf("no button with icon %s on screen", icon.Name())
	return nil
}

// Comfort changes must not make Fyne parse its fonts again: its text shaper
// keeps every parsed font (10–25 MB each time), so a kiosk whose visitors
// toggle contrast would run out of memory over weeks. Twenty toggles with a
// paint each must leave the heap where one toggle left it, give or take the
// pictures and caches of a screen.
func TestSetAccess_DoesNotGrowHeap(t *testing.T) {
	sweep(t)
	a, win := newApp(t, 1920, 1080)
	a.ShowSection("crushing", 1)
	toggle := func(i int) {
		a.SetAccess(Access{TextScale: textScales[i%3], HighContrast: i%2 == 0, Reach: i%4 == 0})
		win.Canvas().Capture()
	}
	for i := range 4 { // warm up: every palette, size and font once
		toggle(i)
	}
	before := heapBytes()
	for i := range 20 {
		toggle(i)
	}
	grown := float64(heapBytes()-before) / (1 << 20)
	t.Logf("heap grew %.1f MB over 20 comfort changes", grown)
	if grown > 30 {
		t.Errorf("heap grew %.0f MB over 20 comfort changes: something keeps every theme's fonts", grown)
	}
}

// The icons of a high-contrast screen are drawn in its colours: Fyne caches
// drawn icons by name, so they must have names of their own.
func TestSetAccess_IconsFollowPalette(t *testing.T) {
	a, _ := newApp(t, 1920, 1080)
	a.ShowHome()
	calm := ui.Icon(theme.HomeIcon())
	calmSVG := string(calm.Content()) // drawn in the colours of the moment
	a.SetAccess(Access{TextScale: 1, HighContrast: true})
	hc := ui.Icon(theme.HomeIcon())
	if calm.Name() == hc.Name() {
		t.Fatalf("calm and high-contrast icons share the name %q", hc.Name())
	}
	if calmSVG == string(hc.Content()) {
		t.Error("the high-contrast icon has the calm palette's colours")
	}
	a.SetAccess(Access{TextScale: 1})
	if got := ui.Icon(theme.HomeIcon()).Name(); got != calm.Name() {
		t.Errorf("back in the calm palette the icon is %q, want %q", got, calm.Name())
	}
}

// Every screen fits its window with every comfort setting: on a kiosk panel
// what does not fit is cut off, out of a visitor's reach.
func TestScreens_FitTheirWindow(t *testing.T) {
	for _, size := range []fyne.Size{{Width: 1920, Height: 1080}, {Width: 1080, Height: 1920}, {Width: 1280, Height: 800}} {
		a, win := newApp(t, size.Width, size.Height)
		for _, acc := range []Access{{TextScale: 1}, {Reach: true, TextScale: 1.5, HighContrast: true}, {Reach: true, TextScale: 2}} {
			a.SetAccess(acc)
			for name, show := range screenKinds(a) {
				show()
				if m := win.Content().MinSize(); m.Width > size.Width+1 || m.Height > size.Height+1 {
					t.Errorf("%v window, %s, %+v: the screen needs %v", size, name, acc, m)
				}
			}
		}
		a.SetAccess(Access{TextScale: 1})
	}
}

// A tile's title, period and summary never overlap, whatever the window and
// text size: a wrapped title is taller than one line.
func TestHome_TileTextsDoNotOverlap(t *testing.T) {
	for _, c := range []struct {
		size fyne.Size
		acc  Access
	}{
		{fyne.NewSize(1920, 1080), Access{TextScale: 1}},
		{fyne.NewSize(1080, 1920), Access{TextScale: 1.5, Reach: true}},
		{fyne.NewSize(1080, 1920), Access{TextScale: 2}},
		{fyne.NewSize(1024, 640), Access{TextScale: 2}},
	} {
		a, win := newApp(t, c.size.Width, c.size.Height)
		a.SetAccess(c.acc)
		d := fyne.CurrentApp().Driver()
		for _, tile := range find[*ui.Tile](win) {
			var bottom float32
			var prev string
			walkObj(tile, func(o fyne.CanvasObject) {
				l, ok := o.(*widget.Label)
				if !ok {
					return
				}
				// The text, not the label's padding around it (the tile lets
				// its labels' paddings overlap).
				in := theme.InnerPadding()
				top := d.AbsolutePositionForObject(l).Y + in
				if top+1 < bottom {
					t.Errorf("%v %+v: %q starts at %.0f, inside %q above it (ends %.0f)", c.size, c.acc, l.Text, top, prev, bottom)
				}
				bottom, prev = top-in+l.MinSize().Height-in, l.Text
			})
		}
	}
}

// No one-line text on any screen is cut short with "…" where the window
// has room for it, in any language, window or comfort mode: a visitor
// cannot read what was cut (the Hungarian home prompt once read "Érint…").
func TestScreens_NoTextCutShort(t *testing.T) {
	sweep(t)
	for _, size := range []fyne.Size{{Width: 1920, Height: 1080}, {Width: 1080, Height: 1920}, {Width: 1280, Height: 800}} {
		a, win := newApp(t, size.Width, size.Height)
		for _, lang := range a.ex.Languages {
			a.SetLanguage(lang.Code)
			for _, acc := range []Access{{TextScale: 1}, {Reach: true, TextScale: 1.5}, {TextScale: 2}} {
				a.SetAccess(acc)
				kinds := screenKinds(a)
				kinds["radio"] = a.ShowRadio
				kinds["radio-list"] = func() { a.navigate(Route{Kind: RouteRadioList}) }
				for _, b := range a.ex.Broadcasts {
					kinds["player "+b.ID] = func() { a.ShowBroadcast(b.ID, nil) }
				}
				for name, show := range kinds {
					show()
					for _, cut := range cutShort(win) {
						t.Errorf("%v %s %s %+v: %s", size, lang.Code, name, acc, cut)
					}
				}
			}
		}
		a.SetAccess(Access{TextScale: 1})
	}
}

// The kiosk's own screens cut nothing short either: the attract loop in
// every language at once, the idle warning, the PIN pad, the staff panel.
func TestKiosk_NoTextCutShort(t *testing.T) {
	sweep(t)
	for _, size := range []fyne.Size{{Width: 1920, Height: 1080}, {Width: 1080, Height: 1920}, {Width: 1280, Height: 800}} {
		for _, lang := range []string{"en", "hu"} {
			a, win, _, _ := newKiosk(t)
			win.Resize(size)
			a.defaults.Lang = lang
			for _, acc := range []Access{{TextScale: 1}, {TextScale: 2}} {
				a.applyAccess(acc)
				for _, s := range []struct {
					name string
					show func()
				}{
					{"attract", a.showAttract},
					{"warning", func() { a.attractTapped(fyne.NewPos(900, 900)); a.showWarning() }},
					{"pin", func() { a.closeOverlays(); a.showPINPad() }},
					{"staff", func() { a.closeOverlays(); a.showStaffPanel() }},
				} {
					s.show()
					for _, cut := range cutShort(win) {
						t.Errorf("%v %s %s %+v: %s", size, lang, s.name, acc, cut)
					}
				}
				a.closeOverlays()
			}
		}
	}
}

// cutShort lists the one-line texts on win that end in "…" for want of
// room.
func cutShort(win fyne.Window) []string {
	var out []string
	walk(win, func(o fyne.CanvasObject) {
		l, ok := o.(*widget.Label)
		if f, fit := o.(*ui.FitText); fit {
			l, ok = &f.Label, true // its size is the FitText's
		}
		if !ok || l.Truncation == fyne.TextTruncateOff || l.Text == "" {
			return
		}
		if need := ui.FullWidth(l.Text, l.SizeName, l.TextStyle); need > l.Size().Width+1 {
			out = append(out, fmt.Sprintf("%q gets %.0f px of the %.0f it needs", l.Text, l.Size().Width, need))
		}
	})
	return out
}

// The page dots never run under the pager's buttons: with too little room
// between them they hide, and the page counter says where the visitor is.
func TestPager_DotsStayBetweenTheButtons(t *testing.T) {
	d := fyne.CurrentApp
	rect := func(o fyne.CanvasObject) (fyne.Position, fyne.Position) {
		p := d().Driver().AbsolutePositionForObject(o)
		return p, p.Add(o.Size())
	}
	for _, size := range []fyne.Size{{Width: 1920, Height: 1080}, {Width: 1080, Height: 1920}, {Width: 1280, Height: 800}} {
		a, win := newApp(t, size.Width, size.Height)
		for _, acc := range []Access{{TextScale: 1}, {TextScale: 2}} {
			a.SetAccess(acc)
			for _, show := range []func(){func() { a.ShowSection("crushing", 0) }, a.ShowLibrary} {
				show()
				buttons := find[*ui.Button](win)
				shown := 0
				for _, dots := range find[*ui.Dots](win) {
					for _, o := range test.WidgetRenderer(dots).Objects() {
						if !o.Visible() {
							continue
						}
						shown++
						p0, p1 := rect(o)
						for _, b := range buttons {
							b0, b1 := rect(b)
							if p0.X < b1.X && b0.X < p1.X && p0.Y < b1.Y && b0.Y < p1.Y {
								t.Errorf("%v %+v: a page dot at %v lies under the %q button", size, acc, p0, textOf(b))
							}
						}
					}
				}
				if _, n := a.View(); size.Width == 1920 && acc.TextScale == 1 && shown == 0 && n <= ui.DotsFit {
					t.Errorf("%v %+v: no page dots on a wide screen", size, acc)
				}
			}
		}
		a.SetAccess(Access{TextScale: 1})
	}
}

// A window made narrower gets its screen built again for the new width:
// shorter wordings, the prompt moved up, nothing cut short.
func TestScreens_RebuiltWhenTheWindowResizes(t *testing.T) {
	a, win := newApp(t, 1920, 1080)
	for name, show := range screenKinds(a) {
		show()
		win.Resize(fyne.NewSize(1000, 800))
		for _, cut := range cutShort(win) {
			t.Errorf("%s after narrowing: %s", name, cut)
		}
		buttonWithText(t, win, "EN") // the short language names
		win.Resize(fyne.NewSize(1920, 1080))
		buttonWithText(t, win, "English")
	}
}

// The tiles' titles line up (one picture height for the row), and every
// tile keeps its dates when the summary has to go.
func TestHome_TilesLineUpAndKeepTheirDates(t *testing.T) {
	for _, c := range []struct {
		size fyne.Size
		acc  Access
	}{
		{fyne.NewSize(1920, 1080), Access{TextScale: 1}},
		{fyne.NewSize(1280, 800), Access{TextScale: 1}},
		{fyne.NewSize(1920, 1080), Access{TextScale: 2}},
		{fyne.NewSize(1080, 1920), Access{TextScale: 1.5, Reach: true}},
	} {
		a, win := newApp(t, c.size.Width, c.size.Height)
		a.SetAccess(c.acc)
		tops := map[float32]bool{}
		for i, tile := range find[*ui.Tile](win) {
			s := a.ex.Sections[i]
			var title, period *widget.Label
			walkObj(tile, func(o fyne.CanvasObject) {
				if l, ok := o.(*widget.Label); ok {
					switch l.Text {
					case a.text(s.Title):
						title = l
					case a.text(s.Period):
						period = l
					}
				}
			})
			if period == nil {
				t.Errorf("%v %+v: tile %q lost its dates", c.size, c.acc, s.ID)
			}
			if title != nil && i < 2 { // the first row
				tops[absY(title)] = true
			}
		}
		if len(tops) != 1 {
			t.Errorf("%v %+v: the first row's titles start at %v", c.size, c.acc, tops)
		}
	}
}

// TestPager_CounterKeepsItsRoom: "Page 9 of 18" is never squeezed between
// the page's buttons (a portrait panel with Listen, More and Sources left it
// "e 9 o"); the buttons give up their words first.
func TestPager_CounterKeepsItsRoom(t *testing.T) {
	sweep(t)
	for _, size := range []fyne.Size{{Width: 1080, Height: 1920}, {Width: 1280, Height: 800}, {Width: 1920, Height: 1080}} {
		a, win := newApp(t, size.Width, size.Height)
		for _, lang := range []string{"en", "hu"} {
			a.SetLanguage(lang)
			for _, s := range a.ex.Sections {
				for i := range s.Pages {
					a.ShowSection(s.ID, i)
					n := 0
					for _, l := range find[*widget.Label](win) {
						if strings.Contains(l.Text, fmt.Sprint(a.story().view+1)) && strings.Contains(l.Text, fmt.Sprint(len(a.story().views))) && l.Truncation == fyne.TextTruncateOff && l.Alignment == fyne.TextAlignCenter {
							n++
							if l.Size().Width+1 < l.MinSize().Width {
								t.Errorf("%v %s %s page %d: the counter %q has %.0f px of the %.0f it needs", size, lang, s.ID, i, l.Text, l.Size().Width, l.MinSize().Width)
							}
						}
					}
					if n == 0 {
						t.Fatalf("%v %s %s page %d: no page counter found", size, lang, s.ID, i)
					}
				}
			}
		}
	}
}
