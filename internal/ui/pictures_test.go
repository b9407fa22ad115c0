package ui

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"os"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

func pngResource(t testing.TB, name string, w, h int) fyne.Resource {
	t.Helper()
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			img.Set(x, y, color.NRGBA{uint8(x), uint8(y), 0x80, 0xff})
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return fyne.NewStaticResource(name, b.Bytes())
}

func TestPictureCache_KeepsWithinBudget(t *testing.T) {
	res := pngResource(t, "a.png", 300, 200)
	c := newPictureCache(3 * 100 * 66 * 4) // three 100×66 pictures
	for _, w := range []int{100, 101, 102, 103} {
		k, _ := pictureKey(res, float32(w), 66, 300, 200)
		img, err := c.get(res, k)
		if err != nil || img.Bounds().Dx() != w {
			t.Fatalf("get %d wide: %v, %v", w, img.Bounds(), err)
		}
	}
	if c.bytes > c.budget {
		t.Errorf("cache holds %d bytes, budget %d", c.bytes, c.budget)
	}
	if k, _ := pictureKey(res, 100, 66, 300, 200); c.cached(k) != nil {
		t.Error("the least recently used picture was kept")
	}
	if k, _ := pictureKey(res, 103, 66, 300, 200); c.cached(k) == nil {
		t.Error("the newest picture was dropped")
	}
}

func TestPictureKey_NeverEnlarges(t *testing.T) {
	res := pngResource(t, "b.png", 30, 20)
	k, ok := pictureKey(res, 3000, 2000, 30, 20)
	if !ok || k.w != 30 || k.h != 20 {
		t.Errorf("key for an enlarged picture = %+v, want the picture's own 30×20", k)
	}
	if _, ok := pictureKey(res, 0.2, 10, 30, 20); ok {
		t.Error("a picture less than a pixel wide got a key")
	}
}

// In the app a picture is made in the background and shows when ready;
// the screen does not wait for it.
func TestLabeledImage_ShowsPictureWhenReady(t *testing.T) {
	test.NewTempApp(t)
	SyncPictures = false
	defer func() { SyncPictures = false }()
	queue := make(chan func(), 8) // the UI goroutine's work, run by the test as the app would
	uiDo = func(f func()) { queue <- f }
	defer func() { uiDo = fyne.Do }()
	res := pngResource(t, "async.png", 600, 400)
	p := NewPicture(res, fyne.NewSize(10, 10))
	w := test.NewTempWindow(t, p)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(300, 300)) // the picture: 300×200 in the middle
	deadline := time.After(5 * time.Second)
	for p.img.Image == nil {
		select {
		case f := <-queue:
			f()
		case <-deadline:
			t.Fatal("the picture never arrived")
		}
	}
	if p.img.Image == nil {
		t.Fatal("the picture never arrived")
	}
	if got := p.img.Image.Bounds().Size(); got != image.Pt(300, 200) {
		t.Errorf("pixels made at %v, want 300×200 (the drawn size)", got)
	}
	if pos, size := p.img.Position(), p.img.Size(); pos.Y != 50 || size.Width != 300 || size.Height != 200 {
		t.Errorf("picture at %v size %v, want centred 300×200", pos, size)
	}
}

func TestLabeledImage_BrokenPictureShowsNothing(t *testing.T) {
	test.NewTempApp(t)
	SyncPictures = true
	defer func() { SyncPictures = false }()
	p := NewPicture(fyne.NewStaticResource("broken.png", []byte("not a png")), fyne.NewSize(10, 10))
	w := test.NewTempWindow(t, p)
	w.Resize(fyne.NewSize(200, 200))
	w.Canvas().Capture() // must not panic
	if p.img.Image != nil {
		t.Error("a broken picture got pixels")
	}
}

// BenchmarkScalePicture is what a picture costs the first time it is shown
// at a size: decode the PNG and scale it smoothly (home-screen tile size at
// 1920×1080). Later screens take it from the cache.
func BenchmarkScalePicture(b *testing.B) {
	data, err := os.ReadFile("../../content/images/crushing.png")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := scalePicture(data, 440, 293); err != nil {
			b.Fatal(err)
		}
	}
}

// TestLabeledImage_LabelsNeverCoverEachOther: on a small picture, a label
// that would be drawn over another is left out; places keep theirs first.
func TestLabeledImage_LabelsNeverCoverEachOther(t *testing.T) {
	test.NewTempApp(t)
	SyncPictures = true
	defer func() { SyncPictures = false }()
	labels := []MapLabel{
		{X: 0.1, Y: 0.4, Text: "Austria"},
		{X: 0.2, Y: 0.42, Text: "c. 180,000 to Austria"},
		{X: 0.15, Y: 0.4, Text: "Andau", Point: true},
		{X: 0.8, Y: 0.8, Text: "Yugoslavia"},
	}
	p := NewLabeledImage(pngResource(t, "map.png", 600, 400), labels)
	w := test.NewTempWindow(t, p)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(300, 200))
	r := test.WidgetRenderer(p).(*labeledRenderer)
	var shown []rectangle
	for i, o := range r.labels {
		if o.text.Hidden {
			continue
		}
		box := rectangle{o.bg.Position(), o.bg.Size()}
		for _, s := range shown {
			if s.overlaps(box) {
				t.Errorf("label %q is drawn over another", labels[i].Text)
			}
		}
		shown = append(shown, box)
	}
	if r.labels[2].text.Hidden {
		t.Error("the place (with a dot) lost its label to an area's")
	}
	if r.labels[3].text.Hidden {
		t.Error("a label with room of its own was left out")
	}
}

// TestLabeledImage_NearbyPlacesBothNamed: two places whose labels would
// cover each other (a map's neighbouring sites) are both named, the second
// moved to the other side of its dot or a line up or down, never over the
// first.
func TestLabeledImage_NearbyPlacesBothNamed(t *testing.T) {
	test.NewTempApp(t)
	SyncPictures = true
	defer func() { SyncPictures = false }()
	labels := []MapLabel{
		{X: 0.45, Y: 0.40, Text: "Heroes' Square", Point: true},
		{X: 0.46, Y: 0.41, Text: "Stalin Monument site", Point: true},
	}
	p := NewLabeledImage(pngResource(t, "map.png", 600, 400), labels)
	w := test.NewTempWindow(t, p)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(600, 400))
	r := test.WidgetRenderer(p).(*labeledRenderer)
	a, b := r.labels[0], r.labels[1]
	if a.text.Hidden || b.text.Hidden {
		t.Fatalf("a place lost its name: hidden %v, %v", a.text.Hidden, b.text.Hidden)
	}
	if (rectangle{a.bg.Position(), a.bg.Size()}).overlaps(rectangle{b.bg.Position(), b.bg.Size()}) {
		t.Errorf("the names cover each other: %v %v and %v %v", a.bg.Position(), a.bg.Size(), b.bg.Position(), b.bg.Size())
	}
}

// TestLabeledImage_LongNameNeverCoversItsDot: a place whose name is too long
// for either side of its dot (several places sharing one, such as "Budapest ·
// Yugoslav Embassy · Mátyásföld" on a map of Central Europe) is named a line
// above or below it, on the picture, not over the dot.
func TestLabeledImage_LongNameNeverCoversItsDot(t *testing.T) {
	test.NewTempApp(t)
	Apply(false, 1) // the exhibit's text sizes: a label has a width
	SyncPictures = true
	defer func() { SyncPictures = false }()
	labels := []MapLabel{{X: 0.5, Y: 0.5, Text: "Budapest · Mátyásföld", Point: true}}
	p := NewLabeledImage(pngResource(t, "map.png", 600, 400), labels)
	w := test.NewTempWindow(t, p)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(300, 200))
	r := test.WidgetRenderer(p).(*labeledRenderer)
	o := r.labels[0]
	if o.text.Hidden {
		t.Fatal("the place lost its name")
	}
	box := rectangle{o.bg.Position(), o.bg.Size()}
	if box.size.Width <= 150 || box.size.Width > 300 {
		t.Fatalf("the name is %.0f px wide: to test a name that fits on neither side of the dot but on the picture, it must be 150–300 px", box.size.Width)
	}
	if dot := (rectangle{o.dot.Position(), o.dot.Size()}); box.overlaps(dot) {
		t.Errorf("the name %v %v is drawn over its dot %v %v", box.pos, box.size, dot.pos, dot.size)
	}
	if box.pos.X < 0 || box.pos.X+box.size.Width > 300 || box.pos.Y < 0 || box.pos.Y+box.size.Height > 200 {
		t.Errorf("the name %v %v is not on the 300×200 picture", box.pos, box.size)
	}
}

// TestWaitPictures_FirstFrameHasThePicture: at start-up the app builds its
// first screen, then calls WaitPictures before the window is shown; the
// pictures must be on the screen when it returns, set on the calling (UI)
// goroutine, not queued for a later frame.
func TestWaitPictures_FirstFrameHasThePicture(t *testing.T) {
	test.NewTempApp(t)
	SyncPictures = false
	// Never run: the app's loop has not started. Picture jobs call it from
	// their own goroutines, so it touches nothing shared.
	uiDo = func(func()) {}
	defer func() { uiDo = fyne.Do }()
	res := pngResource(t, "first.png", 600, 400)
	PrefetchPictures(res)
	p := NewPicture(res, fyne.NewSize(10, 10))
	w := test.NewTempWindow(t, p)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(300, 300))
	WaitPictures(5 * time.Second)
	if p.img.Image == nil {
		t.Fatal("WaitPictures returned without the picture on the screen")
	}
	if got := p.img.Image.Bounds().Size(); got != image.Pt(300, 200) {
		t.Errorf("pixels made at %v, want 300×200", got)
	}
	pictures.mu.Lock()
	left := len(pictures.decoded)
	pictures.mu.Unlock()
	if left != 0 {
		t.Errorf("%d pictures decoded ahead are still kept after WaitPictures", left)
	}
}

// TestPrefetchPictures_TheJobUsesThem: a picture decoded ahead is what the
// job scales (it is taken, not decoded a second time), and a broken one
// ends in an error naming no panic, with nobody left waiting.
func TestPrefetchPictures_TheJobUsesThem(t *testing.T) {
	c := newPictureCache(pictureBudget)
	good := pngResource(t, "ahead.png", 300, 200)
	broken := fyne.NewStaticResource("ahead-broken.png", []byte("not a png"))
	c.prefetch(good, broken, nil)
	c.mu.Lock()
	d := c.decoded[srcKey(good)]
	c.mu.Unlock()
	if d == nil {
		t.Fatal("nothing decoded ahead")
	}
	<-d.done
	k, _ := pictureKey(good, 150, 100, 300, 200)
	img, err := c.get(good, k)
	if err != nil || img.Bounds().Dx() != 150 {
		t.Fatalf("scaled from the prefetched picture: %v, %v", img, err)
	}
	c.mu.Lock()
	_, still := c.decoded[srcKey(good)]
	c.mu.Unlock()
	if still {
		t.Error("the job left the picture decoded ahead in the cache: it decoded its own")
	}
	kb, _ := pictureKey(broken, 150, 100, 300, 200)
	done := make(chan error, 1)
	go func() { _, err := c.get(broken, kb); done <- err }()
	select {
	case err := <-done:
		if err == nil {
			t.Error("a broken picture decoded ahead gave no error")
		}
	case <-time.After(5 * time.Second):
		t.Fatal("waiting for a broken picture decoded ahead hung")
	}
}

// TestScalePicture_PremultipliedForTheGLPainter: the pixels are
// premultiplied RGBA (what Fyne's GL painter uploads without converting
// them on the UI goroutine), and a translucent picture keeps its colour.
func TestScalePicture_PremultipliedForTheGLPainter(t *testing.T) {
	src := image.NewNRGBA(image.Rect(0, 0, 40, 40))
	for i := 0; i < len(src.Pix); i += 4 {
		copy(src.Pix[i:], []byte{200, 100, 50, 128})
	}
	var b bytes.Buffer
	if err := png.Encode(&b, src); err != nil {
		t.Fatal(err)
	}
	img, err := scalePicture(b.Bytes(), 15, 15)
	if err != nil {
		t.Fatal(err)
	}
	got := img.RGBAAt(7, 7)
	want := color.RGBAModel.Convert(color.NRGBA{200, 100, 50, 128}).(color.RGBA)
	near := func(a, b uint8) bool { return a+2 >= b && b+2 >= a }
	if !near(got.R, want.R) || !near(got.G, want.G) || !near(got.B, want.B) || !near(got.A, want.A) {
		t.Errorf("pixel %v, want %v (premultiplied)", got, want)
	}
}
