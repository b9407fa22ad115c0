package ui

import (
	"budapest1956/internal/health"
	"bytes"
	"container/list"
	"fmt"
	"image"
	_ "image/jpeg" // curators may add photographs as JPEG
	_ "image/png"
	"log"
	"runtime"
	"sync"
	"time"

	"golang.org/x/image/draw"

	"fyne.io/fyne/v2"
)

// Pictures are decoded and scaled once per size they are shown at, off the
// UI goroutine, and kept in a small cache. Left to Fyne, every new screen
// decodes its pictures again (a 1200×800 PNG: ~16 ms and 3.8 MB that stays
// until Fyne's caches expire) and scales them smoothly on every new texture
// (~30 ms); the home screen alone would pay that four times before its
// first frame.

// SyncPictures makes a picture ready before Layout returns, for tests and
// proof sheets that paint at once. The app leaves it off: a screen shows at
// once and its pictures join it a moment later.
var SyncPictures bool

// pictureBudget bounds the scaled pictures kept (bytes of pixels): every
// picture of the exhibit at one window size, with room to spare.
const pictureBudget = 48 << 20

type picKey struct {
	name string
	size int // bytes of the resource: two exhibits may reuse a file name
	w, h int
}

type picJob struct {
	done chan struct{}
	img  *image.RGBA
	err  error
}

type pictureCache struct {
	mu     sync.Mutex
	byKey  map[picKey]*list.Element // → *picEntry; the list is most recent first
	order  *list.List
	bytes  int
	budget int
	jobs   map[picKey]*picJob
	slots  chan struct{} // one decode per core
	// decoded are pictures decoded ahead (PrefetchPictures), by name and size in
	// bytes, until the first job that scales them takes them.
	decoded map[picKey]*decodeJob
}

type decodeJob struct {
	done chan struct{}
	img  image.Image
	err  error
}

type picEntry struct {
	key picKey
	img *image.RGBA
}

var pictures = newPictureCache(pictureBudget)

func newPictureCache(budget int) *pictureCache {
	return &pictureCache{
		byKey: map[picKey]*list.Element{}, order: list.New(), budget: budget,
		jobs: map[picKey]*picJob{}, slots: make(chan struct{}, runtime.NumCPU()),
		decoded: map[picKey]*decodeJob{},
	}
}

// cached returns the picture if it is ready.
func (c *pictureCache) cached(k picKey) *image.RGBA {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.byKey[k]; ok {
		c.order.MoveToFront(e)
		return e.Value.(*picEntry).img
	}
	return nil
}

// get returns the picture, making it (or waiting for the job making it).
func (c *pictureCache) get(res fyne.Resource, k picKey) (*image.RGBA, error) {
	if img := c.cached(k); img != nil {
		return img, nil
	}
	j := c.job(res, k)
	<-j.done
	return j.img, j.err
}

// start makes the picture in the background and calls done with it (from
// the job's goroutine).
func (c *pictureCache) start(res fyne.Resource, k picKey, done func(*image.RGBA, error)) {
	j := c.job(res, k)
	go func() {
		defer health.Recover("picture " + res.Name())
		<-j.done
		done(j.img, j.err)
	}()
}

// job returns the job making k, starting it if there is none.
func (c *pictureCache) job(res fyne.Resource, k picKey) *picJob {
	c.mu.Lock()
	defer c.mu.Unlock()
	if j, ok := c.jobs[k]; ok {
		return j
	}
	j := &picJob{done: make(chan struct{})}
	if e, ok := c.byKey[k]; ok { // finished since the caller looked
		j.img = e.Value.(*picEntry).img
		close(j.done)
		return j
	}
	c.jobs[k] = j
	ahead := c.decoded[srcKey(res)]
	delete(c.decoded, srcKey(res))
	go func() {
		defer health.Recover("picture decoder")
		var src image.Image
		var img *image.RGBA
		var err error
		if ahead != nil { // waited for before taking a slot: the decoder needs one
			<-ahead.done
			src, err = ahead.img, ahead.err
		}
		if err == nil {
			c.slots <- struct{}{}
			img, err = scaleSafely(res, src, k)
			<-c.slots
		}
		c.mu.Lock()
		delete(c.jobs, k)
		if err == nil {
			c.add(k, img)
		}
		c.mu.Unlock()
		j.img, j.err = img, err
		close(j.done)
	}()
	return j
}

// add keeps img, dropping the least recently used beyond the budget. Called
// with c.mu held.
func (c *pictureCache) add(k picKey, img *image.RGBA) {
	c.byKey[k] = c.order.PushFront(&picEntry{key: k, img: img})
	c.bytes += len(img.Pix)
	for c.bytes > c.budget && c.order.Len() > 1 {
		e := c.order.Back()
		old := e.Value.(*picEntry)
		c.order.Remove(e)
		delete(c.byKey, old.key)
		c.bytes -= len(old.img.Pix)
	}
}

// scalePicture decodes data and scales it smoothly to w×h.
func scalePicture(data []byte, w, h int) (*image.RGBA, error) {
	src, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	return scaleImage(src, w, h), nil
}

// scaleImage scales src smoothly to w×h. The pixels are premultiplied RGBA:
// Fyne's GL painter uploads those as they are (any other kind it converts
// on the UI goroutine for every new texture), and RGBA to RGBA is the
// scaler's fast path.
func scaleImage(src image.Image, w, h int) *image.RGBA {
	// Halving by 2×2 averages first is as smooth and several times cheaper
	// than a Catmull-Rom kernel over the whole picture.
	for src.Bounds().Dx() >= 2*w && src.Bounds().Dy() >= 2*h {
		src = halve(src)
	}
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	if src.Bounds().Size() == dst.Bounds().Size() {
		draw.Draw(dst, dst.Bounds(), src, src.Bounds().Min, draw.Src)
	} else {
		draw.CatmullRom.Scale(dst, dst.Bounds(), src, src.Bounds(), draw.Src, nil)
	}
	return dst
}

// halve averages each 2×2 block of src into one pixel (premultiplied, so
// transparent edges stay clean).
func halve(src image.Image) *image.RGBA {
	b := src.Bounds()
	in, ok := src.(*image.RGBA)
	if !ok || b.Min != (image.Point{}) {
		in = image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
		draw.Draw(in, in.Bounds(), src, b.Min, draw.Src)
	}
	w, h := b.Dx()/2, b.Dy()/2
	out := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		r0 := in.Pix[2*y*in.Stride:]
		r1 := in.Pix[(2*y+1)*in.Stride:]
		o := out.Pix[y*out.Stride:]
		for x := range w {
			i, j := 8*x, 4*x
			for c := range 4 {
				o[j+c] = uint8((uint(r0[i+c]) + uint(r0[i+4+c]) + uint(r1[i+c]) + uint(r1[i+4+c]) + 2) / 4)
			}
		}
	}
	return out
}

// pictureKey is the cache key of res drawn in a d-sized area (device
// pixels), never larger than the picture itself: the GPU enlarges.
func pictureKey(res fyne.Resource, pw, ph float32, srcW, srcH int) (picKey, bool) {
	w, h := int(pw+0.5), int(ph+0.5)
	if w > srcW || h > srcH {
		w, h = srcW, srcH
	}
	if w < 1 || h < 1 {
		return picKey{}, false
	}
	return picKey{name: res.Name(), size: len(res.Content()), w: w, h: h}, true
}

var logged sync.Map // picture names whose errors were logged

func logPictureError(name string, err error) {
	if _, dup := logged.LoadOrStore(name, true); !dup {
		log.Print(fmt.Errorf("picture %s: %w", name, err))
	}
}

// scaleSafely is scalePicture that turns a decoder's panic on a corrupt
// file into an error naming the file: the job still finishes, nobody
// waiting for it hangs, and the kiosk carries on without the picture. src,
// if not nil, is the picture decoded ahead.
func scaleSafely(res fyne.Resource, src image.Image, k picKey) (img *image.RGBA, err error) {
	defer func() {
		if r := recover(); r != nil {
			img, err = nil, fmt.Errorf("decoding failed: %v", r)
		}
	}()
	if src != nil {
		return scaleImage(src, k.w, k.h), nil
	}
	return scalePicture(res.Content(), k.w, k.h)
}

// decodeSafely decodes data, a decoder's panic turned into an error.
func decodeSafely(data []byte) (img image.Image, err error) {
	defer func() {
		if r := recover(); r != nil {
			img, err = nil, fmt.Errorf("decoding failed: %v", r)
		}
	}()
	img, _, err = image.Decode(bytes.NewReader(data))
	return img, err
}

// srcKey names a resource's picture whatever the size it is shown at.
func srcKey(res fyne.Resource) picKey {
	return picKey{name: res.Name(), size: len(res.Content())}
}

// Start-up. The home screen's pictures are decoded while the rest of the
// app starts (PrefetchPictures, before the screens are built), and the
// window's first frame waits a moment for them (WaitPictures) rather than
// being painted without them and at once again with them: on the software
// GL of a kiosk without a GPU each paint of a full screen costs 60–150 ms.

// PrefetchPictures starts decoding pictures that a screen about to be built
// will show. The first picture job that needs one takes it; what no job has
// taken when WaitPictures returns is dropped.
func PrefetchPictures(res ...fyne.Resource) { pictures.prefetch(res...) }

func (c *pictureCache) prefetch(res ...fyne.Resource) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, r := range res {
		if r == nil {
			continue
		}
		k := srcKey(r)
		if _, ok := c.decoded[k]; ok {
			continue
		}
		d := &decodeJob{done: make(chan struct{})}
		c.decoded[k] = d
		go func() {
			defer health.Recover("picture prefetch")
			defer close(d.done)
			c.slots <- struct{}{}
			defer func() { <-c.slots }()
			d.img, d.err = decodeSafely(r.Content())
		}()
	}
}

// forgetPrefetched drops the pictures decoded ahead that no job has taken.
func (c *pictureCache) forgetPrefetched() {
	c.mu.Lock()
	clear(c.decoded)
	c.mu.Unlock()
}

// inFlight returns the job making k, or a finished one if k is cached; nil
// if neither (never started, or it failed).
func (c *pictureCache) inFlight(k picKey) *picJob {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.byKey[k]; ok {
		j := &picJob{done: make(chan struct{}), img: e.Value.(*picEntry).img}
		close(j.done)
		return j
	}
	return c.jobs[k]
}

// waiting are the pictures on their way to a LabeledImage (show), for
// WaitPictures.
var waiting = struct {
	sync.Mutex
	m map[*LabeledImage]bool
}{m: map[*LabeledImage]bool{}}

// WaitPictures waits up to timeout for the pictures on their way to the
// pictures laid out so far and shows them at once. It runs on the UI
// goroutine: in main, after the first screen is built and before the window
// is shown. Pictures not ready by then join the screen when they are, as
// always.
func WaitPictures(timeout time.Duration) {
	defer pictures.forgetPrefetched()
	waiting.Lock()
	ls := make([]*LabeledImage, 0, len(waiting.m))
	for l := range waiting.m {
		ls = append(ls, l)
	}
	waiting.Unlock()
	t := time.NewTimer(timeout)
	defer t.Stop()
	for _, l := range ls {
		k := l.key
		j := pictures.inFlight(k)
		if j == nil {
			continue
		}
		select {
		case <-j.done:
			l.done(k, j.img, j.err)
		case <-t.C:
			return
		}
	}
}
