package screens

import (
	"bytes"
	"image"
	"image/jpeg"
	"io/fs"
	"log"
	"os"
	"testing/fstest"

	"strings"
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	contentfiles "budapest1956/content"
	"budapest1956/internal/content"
	"budapest1956/internal/ui"
)

// The test driver paints at once: pictures must be ready when laid out.
func init() { ui.SyncPictures = true }

func loadExhibit(t testing.TB) *content.Exhibit {
	t.Helper()
	ex, probs := content.Load(contentfiles.Files, "content")
	if ex == nil || len(probs) > 0 {
		t.Fatalf("built-in exhibit does not load cleanly:\n%s", probs)
	}
	return ex
}

func newApp(t *testing.T, w, h float32) (*App, fyne.Window) {
	t.Helper()
	return newAppWith(t, w, h, Options{Speech: &fakeSpeech{}})
}

// newAppWith is newApp with options (work runs at once, on the test's
// goroutine).
func newAppWith(t *testing.T, w, h float32, opts Options) (*App, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	ui.Apply(false, 1)
	win := test.NewTempWindow(t, nil)
	win.SetPadded(false)
	win.Resize(fyne.NewSize(w, h))
	opts.Background, opts.Do = now, direct
	return New(win, loadExhibit(t), opts), win
}

// walk visits every visible object on the window, overlays included.
func walk(win fyne.Window, fn func(o fyne.CanvasObject)) {
	walkObj(win.Content(), fn)
	for _, o := range win.Canvas().Overlays().List() {
		walkObj(o, fn)
	}
}

func find[T fyne.CanvasObject](win fyne.Window) []T {
	var out []T
	walk(win, func(o fyne.CanvasObject) {
		if v, ok := o.(T); ok {
			out = append(out, v)
		}
	})
	return out
}

func buttonWithText(t *testing.T, win fyne.Window, text string) *ui.Button {
	t.Helper()
	for _, b := range find[*ui.Button](win) {
		if b.Text == text {
			return b
		}
	}
	t.Fatalf("no button %q on screen", text)
	return nil
}

// texts returns every string a visitor can read on the window.
func texts(win fyne.Window) []string {
	var out []string
	walk(win, func(o fyne.CanvasObject) {
		switch v := o.(type) {
		case *widget.Label:
			out = append(out, v.Text)
		case *ui.Button:
			out = append(out, v.Text)
		}
	})
	return out
}

func TestHome_ShowsOneTilePerSection(t *testing.T) {
	a, win := newApp(t, 1920, 1080)
	tiles := find[*ui.Tile](win)
	if len(tiles) != len(a.ex.Sections) || len(tiles) != 4 {
		t.Fatalf("home shows %d tiles, want 4", len(tiles))
	}
}

func TestTile_TapOpensItsSection(t *testing.T) {
	for i, s := range loadExhibit(t).Sections {
		id := s.ID
		a, win := newApp(t, 1920, 1080)
		test.Tap(find[*ui.Tile](win)[i])
		if got, page := a.Where(); got != id || page != 0 {
			t.Errorf("tile %d opened %q page %d, want %q page 0", i, got, page, id)
		}
	}
}

func TestSection_NextAndPreviousTurnPages(t *testing.T) {
	a, win := newApp(t, 1920, 1080)
	a.ShowSection("before-1956", 0)
	test.Tap(buttonWithText(t, win, a.label("next")))
	if _, p := a.Where(); p != 1 {
		t.Fatalf("after Next: page %d, want 1", p)
	}
	test.Tap(buttonWithText(t, win, a.label("previous")))
	if _, p := a.Where(); p != 0 {
		t.Fatalf("after Previous: page %d, want 0", p)
	}
	if !buttonWithText(t, win, a.label("previous")).Disabled() {
		t.Error("Previous is enabled on the first page")
	}
}

func TestSection_LastPageNextGoesHome(t *testing.T) {
	a, win := newApp(t, 1920, 1080)
	s := a.ex.Section("aftermath")
	a.ShowSection(s.ID, len(s.Pages)-1)
	for v, n := a.View(); v+1 < n; v, n = a.View() { // the page's last screenful
		a.Next()
	}
	buttons := find[*ui.Button](win)
	test.Tap(buttons[len(buttons)-1]) // the rightmost bottom button
	if id, _ := a.Where(); id != "" {
		t.Fatalf("after the last page: in %q, want home", id)
	}
}

func TestSwipe_DragTurnsPages(t *testing.T) {
	a, win := newApp(t, 1920, 1080)
	a.ShowSection("crushing", 0)
	sw := find[*ui.Swipe](win)[0]
	mid := fyne.CurrentApp().Driver().AbsolutePositionForObject(sw).Add(fyne.NewPos(sw.Size().Width/2, sw.Size().Height/2))
	test.Drag(win.Canvas(), mid, -300, 10) // finger right to left
	if v, _ := a.View(); v != 1 {
		t.Fatalf("after a left swipe: screenful %d, want 1", v)
	}
	test.Drag(win.Canvas(), mid, 300, -10)
	if v, _ := a.View(); v != 0 {
		t.Fatalf("after a right swipe: screenful %d, want 0", v)
	}
	test.Drag(win.Canvas(), mid, -40, 0)    // a wobble is not a swipe
	test.Drag(win.Canvas(), mid, -150, 400) // nor is a vertical drag
	if v, _ := a.View(); v != 0 {
		t.Fatalf("short or vertical drags turned to screenful %d", v)
	}
}

func TestLanguageToggle_ChangesEveryString(t *testing.T) {
	a, win := newApp(t, 1920, 1080)
	same := map[string]bool{a.ex.Title["en"]: a.ex.Title["en"] == a.ex.Title["hu"]}
	for _, l := range a.ex.Languages {
		same[l.Name] = true // the toggle names each language in itself
	}
	for _, sym := range []string{"A", "A+", "A++"} {
		same[sym] = true // text size symbols
	}
	check := func(where string, show func()) {
		a.SetLanguage("en")
		show()
		en := texts(win)
		test.Tap(buttonWithText(t, win, "Magyar"))
		if a.Language() != "hu" {
			t.Fatalf("%s: language is %q after tapping Magyar", where, a.Language())
		}
		hu := map[string]bool{}
		for _, s := range texts(win) {
			hu[s] = true
		}
		for _, s := range en {
			if hu[s] && !same[s] && hasLetters(s) {
				t.Errorf("%s: %q did not change language", where, s)
			}
		}
	}
	check("home", a.ShowHome)
	for _, s := range a.ex.Sections {
		for i := range s.Pages {
			check(s.ID+" page "+s.Pages[i].ID, func() { a.ShowSection(s.ID, i) })
		}
	}
}

func TestLanguageSwitch_StaysOnTheSamePage(t *testing.T) {
	a, _ := newApp(t, 1920, 1080)
	a.ShowSection("twelve-days", 1)
	a.SetLanguage("hu")
	if id, p := a.Where(); id != "twelve-days" || p != 1 {
		t.Fatalf("after switching language: %s page %d", id, p)
	}
}

// TestTappables_AreAtLeastMinTouch walks every screen and overlay, in both
// orientations of the kiosk, and measures everything a finger can tap.
func TestTappables_AreAtLeastMinTouch(t *testing.T) {
	sweep(t)
	for _, size := range []fyne.Size{{Width: 1920, Height: 1080}, {Width: 1080, Height: 1920}} {
		a, win := newApp(t, size.Width, size.Height)
		check := func(where string) {
			walk(win, func(o fyne.CanvasObject) {
				if _, ok := o.(fyne.Tappable); !ok {
					return
				}
				if s := o.Size(); s.Width < ui.MinTouch || s.Height < ui.MinTouch {
					t.Errorf("%v %s: %T is %.0f×%.0f, want ≥ %.0f", size, where, o, s.Width, s.Height, ui.MinTouch)
				}
			})
		}
		for _, lang := range []string{"en", "hu"} {
			a.SetLanguage(lang)
			a.ShowHome()
			check(lang + " home")
			for _, s := range a.ex.Sections {
				for i, p := range s.Pages {
					a.ShowSection(s.ID, i)
					check(lang + " " + p.ID)
					a.showSources(p)
					check(lang + " sources of " + p.ID)
					o := win.Canvas().Overlays().Top().(*fyne.Container)
					panel := o.Objects[1]
					if panel.MinSize().Height > size.Height {
						t.Errorf("%v %s: sources of %s need %.0f px, screen has %.0f", size, lang, p.ID, panel.MinSize().Height, size.Height)
					}
					a.closeOverlays()
				}
			}
		}
	}
}

func TestHome_TilesRearrangeForPortrait(t *testing.T) {
	_, win := newApp(t, 1080, 1920)
	tiles := find[*ui.Tile](win)
	if tiles[0].Position().Y != tiles[1].Position().Y || tiles[2].Position().Y <= tiles[0].Position().Y {
		t.Fatalf("portrait home should show 2×2 tiles, got positions %v %v %v", tiles[0].Position(), tiles[1].Position(), tiles[2].Position())
	}
	_, win = newApp(t, 1920, 1080)
	tiles = find[*ui.Tile](win)
	if tiles[3].Position().Y != tiles[0].Position().Y {
		t.Fatalf("landscape home should show one row of tiles")
	}
}

func TestSources_OverlayListsThePageSourcesAndCloses(t *testing.T) {
	a, win := newApp(t, 1920, 1080)
	s := a.ex.Sections[0]
	a.ShowSection(s.ID, 0)
	test.Tap(buttonWithText(t, win, a.label("sources")))
	if len(win.Canvas().Overlays().List()) != 1 {
		t.Fatal("Sources did not open an overlay")
	}
	all := strings.Join(texts(win), "\n")
	for _, key := range s.Pages[0].Sources {
		if title := a.ex.Sources[key].TitleIn(a.visit.Lang, a.ex.DefaultLanguage); !strings.Contains(all, title) {
			t.Errorf("sources overlay lacks %q", title)
		}
	}
	test.Tap(buttonWithText(t, win, a.label("close")))
	if len(win.Canvas().Overlays().List()) != 0 {
		t.Fatal("Close did not close the overlay")
	}
}

func TestKeys_ArrowsPageAndEscapeGoesHome(t *testing.T) {
	a, win := newApp(t, 1920, 1080)
	a.ShowSection("aftermath", 0)
	v0, _ := a.View()
	win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyRight})
	if v, _ := a.View(); v != v0+1 { // the next screenful (a page with a map may have two)
		t.Fatalf("Right arrow: screenful %d, want %d", v, v0+1)
	}
	win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if id, _ := a.Where(); id != "" {
		t.Fatalf("Escape: still in %q", id)
	}
}

// hasLetters tells words from numbers: "1945 – 1948" reads the same in every language.
func hasLetters(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// TestPagination_TextFitsEveryView pages through every section at the kiosk
// sizes and a laptop window, in both languages, and checks that each view's
// text column needs no more height than it has.
func TestPagination_TextFitsEveryView(t *testing.T) {
	sweep(t)
	for _, size := range []fyne.Size{{Width: 1920, Height: 1080}, {Width: 1080, Height: 1920}, {Width: 1280, Height: 800}} {
		a, win := newApp(t, size.Width, size.Height)
		for _, lang := range []string{"en", "hu"} {
			a.SetLanguage(lang)
			for _, s := range a.ex.Sections {
				a.ShowSection(s.ID, 0)
				seen := map[int]bool{}
				for {
					_, page := a.Where()
					seen[page] = true
					sw := find[*ui.Swipe](win)[0]
					col := textColumn(sw)
					if need, have := col.MinSize().Height, col.Size().Height; need > have+1 {
						t.Errorf("%v %s %s page %d: text needs %.0f px, has %.0f", size, lang, s.ID, page, need, have)
					}
					if i, n := a.View(); i+1 >= n {
						break
					}
					a.Next()
				}
				if len(seen) != len(s.Pages) {
					t.Errorf("%v %s %s: paging visited %d of %d pages", size, lang, s.ID, len(seen), len(s.Pages))
				}
			}
		}
	}
}

// textColumn is the last object of the page layout: the column of text.
func textColumn(sw *ui.Swipe) fyne.CanvasObject {
	page := sw.Content.(*fyne.Container)
	return page.Objects[len(page.Objects)-1]
}

func TestTimeline_DayStripJumpsToThatDay(t *testing.T) {
	a, win := newApp(t, 1920, 1080)
	a.ShowSection("twelve-days", 0)
	s := a.ex.Section("twelve-days")
	days, first := s.Days()
	if len(days) != 12 {
		t.Fatalf("the twelve days have %d dates", len(days))
	}
	test.Tap(buttonWithText(t, win, "1")) // 1 November
	if _, p := a.Where(); s.Pages[p].Date != "1956-11-01" {
		t.Fatalf("tapping 1 opened page %d dated %s", p, s.Pages[p].Date)
	}
	if b := buttonWithText(t, win, "1"); b.Importance != widget.HighImportance {
		t.Error("the current day is not marked")
	}
	test.Tap(buttonWithText(t, win, "23"))
	if _, p := a.Where(); p != first[0] {
		t.Fatalf("tapping 23 opened page %d", p)
	}
}

// TestHome_TilesNeverSpill: on a small window or with large text a tile
// drops its summary rather than drawing over its neighbours.
func TestHome_TilesNeverSpill(t *testing.T) {
	for _, scale := range []float32{1, 2} {
		a, win := newApp(t, 1024, 640)
		a.SetAccess(Access{TextScale: scale})
		for _, tile := range find[*ui.Tile](win) {
			r := test.WidgetRenderer(tile)
			for _, o := range r.Objects() {
				walkObj(o, func(o fyne.CanvasObject) {
					if l, ok := o.(*widget.Label); ok && l.Visible() {
						bottom := fyne.CurrentApp().Driver().AbsolutePositionForObject(l).Y + l.MinSize().Height
						tileBottom := fyne.CurrentApp().Driver().AbsolutePositionForObject(tile).Y + tile.Size().Height
						if bottom > tileBottom+1 {
							t.Errorf("scale %v: %q ends at %.0f, below its tile (%.0f)", scale, l.Text, bottom, tileBottom)
						}
					}
				})
			}
		}
		a.SetAccess(Access{TextScale: 1})
	}
}

// walkObj visits o and every visible object inside it.
func walkObj(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	if o == nil || !o.Visible() {
		return
	}
	fn(o)
	switch v := o.(type) {
	case *fyne.Container:
		for _, c := range v.Objects {
			walkObj(c, fn)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(v).Objects() {
			walkObj(c, fn)
		}
	}
}

// TestHome_AFifthChapterShowsAndOpens: a chapter a curator adds (a folder
// and a line in exhibit.yaml) gets a tile that opens it, with no code change.
func TestHome_AFifthChapterShowsAndOpens(t *testing.T) {
	fsys := builtinCopy(t)
	exhibit := string(fsys["exhibit.yaml"].Data)
	fsys["exhibit.yaml"].Data = []byte(strings.Replace(exhibit, "aftermath]", "aftermath, epilogue]", 1))
	fsys["epilogue/section.yaml"] = &fstest.MapFile{Data: fsys["aftermath/section.yaml"].Data}
	page := string(fsys["aftermath/14-remembrance.yaml"].Data)
	fsys["epilogue/01-epilogue.yaml"] = &fstest.MapFile{Data: []byte(strings.Replace(page, "id: remembrance", "id: epilogue-remembrance", 1))}
	ex, probs := content.Load(fsys, "content")
	if len(probs) > 0 || ex.Section("epilogue") == nil {
		t.Fatalf("the exhibit with a fifth chapter does not load: %v\n%s", ex.Section("epilogue"), probs)
	}
	test.NewTempApp(t)
	ui.Apply(false, 1)
	win := test.NewTempWindow(t, nil)
	win.Resize(fyne.NewSize(1920, 1080))
	a := New(win, ex, Options{Background: now, Do: direct, Speech: &fakeSpeech{}})
	tiles := find[*ui.Tile](win)
	if len(tiles) != 5 {
		t.Fatalf("home shows %d tiles, want 5", len(tiles))
	}
	test.Tap(tiles[4])
	if got, _ := a.Where(); got != "epilogue" {
		t.Errorf("the fifth tile opened %q", got)
	}
}

// sweep marks a test that walks every screen at every size, language and
// comfort setting on one goroutine. make test runs it without -race (the
// detector adds nothing to a one-goroutine layout sweep and makes it ten
// times slower) and skips it in the -race run, which passes -short.
func sweep(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("layout sweep: run without -short (make test does, without -race)")
	}
}

// TestPictures_CorruptFilesDoNotStopTheExhibit: a curator's PNG and JPEG
// whose headers are fine but whose data is cut off (they pass validation,
// which reads only the header) fail to decode when shown: the exhibit goes
// on without them and the log names each file.
func TestPictures_CorruptFilesDoNotStopTheExhibit(t *testing.T) {
	fsys := builtinCopy(t)
	var jpg bytes.Buffer
	if err := jpeg.Encode(&jpg, image.NewRGBA(image.Rect(0, 0, 640, 480)), nil); err != nil {
		t.Fatal(err)
	}
	png := fsys["images/radio-set.png"].Data
	fsys["images/cut.png"] = &fstest.MapFile{Data: png[:len(png)/3]}
	fsys["images/cut.jpg"] = &fstest.MapFile{Data: jpg.Bytes()[:jpg.Len()/3]}
	ex, probs := content.Load(fsys, "curator")
	if len(probs) > 0 {
		t.Fatalf("the cut files should pass validation (header only): %s", probs)
	}
	s := ex.Section("twelve-days")
	s.Pages[0].Image.File = "images/cut.png"
	s.Pages[1].Image.File = "images/cut.jpg"
	s.Pages[0].Blocks, s.Pages[1].Blocks = nil, nil
	for _, p := range s.Pages[:2] {
		p.Blocks = []content.Block{content.TextBlock{Short: p.Short, Body: p.Body}, content.PictureBlock{Image: p.Image}}
	}

	var logged bytes.Buffer
	log.SetOutput(&logged)
	defer log.SetOutput(os.Stderr)
	test.NewTempApp(t)
	ui.Apply(false, 1)
	win := test.NewTempWindow(t, nil)
	win.Resize(fyne.NewSize(1920, 1080))
	a := New(win, ex, Options{Background: now, Do: direct, Speech: &fakeSpeech{}})
	a.ShowSection("twelve-days", 0)
	win.Canvas().Capture()
	a.ShowSection("twelve-days", 1)
	win.Canvas().Capture()
	a.Next()
	if got, _ := a.Where(); got != "twelve-days" {
		t.Fatalf("the exhibit stopped working after the corrupt pictures: on %q", got)
	}
	for _, name := range []string{"images/cut.png", "images/cut.jpg"} {
		if !strings.Contains(logged.String(), name) {
			t.Errorf("the log does not name %s:\n%s", name, logged.String())
		}
	}
}

// builtinCopy is the built-in exhibit as an in-memory folder to change.
func builtinCopy(t *testing.T) fstest.MapFS {
	t.Helper()
	fsys := fstest.MapFS{}
	err := fs.WalkDir(contentfiles.Files, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(contentfiles.Files, p)
		fsys[p] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return fsys
}
