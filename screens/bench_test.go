package screens

// Benchmarks of what a visitor waits for, with Fyne's software painter (no
// display): a page turn (build + layout + paint), a language switch, and
// opening a section (pagination). Run them with
//
//	go test -tags migrated_fynedo -run XXX -bench . -benchtime 20x ./screens/
//
// Every benchmark times each iteration itself and reports the median and the
// 99th percentile in milliseconds (p50-ms, p99-ms): the goal is a page ready
// within one 60 Hz frame (p99 ≤ 16 ms). bench/run.sh runs them and
// docs/performance.md has the figures.

import (
	"math"
	"runtime"
	"sort"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	contentfiles "budapest1956/content"
	"budapest1956/internal/content"
	"budapest1956/internal/ui"
)

// newBenchApp is newApp for benchmarks (newApp takes a *testing.T).
func newBenchApp(tb testing.TB, w, h float32) (*App, fyne.Window) {
	tb.Helper()
	test.NewTempApp(tb)
	ui.Apply(false, 1)
	win := test.NewTempWindow(tb, nil)
	win.SetPadded(false)
	win.Resize(fyne.NewSize(w, h))
	a := New(win, loadExhibit(tb), Options{Background: now, Do: direct, Speech: &fakeSpeech{}})
	return a, win
}

// timings collects per-iteration durations and reports their percentiles.
type timings []time.Duration

// percentile is the nearest-rank q-quantile (q in (0, 1]).
func (ts timings) percentile(q float64) time.Duration {
	if len(ts) == 0 {
		return 0
	}
	s := append(timings(nil), ts...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	i := int(math.Ceil(q*float64(len(s)))) - 1
	return s[max(0, min(i, len(s)-1))]
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func (ts timings) report(b *testing.B) {
	b.ReportMetric(ms(ts.percentile(0.50)), "p50-ms")
	b.ReportMetric(ms(ts.percentile(0.99)), "p99-ms")
	b.ReportMetric(ms(ts.percentile(1)), "max-ms")
}

// timed runs fn b.N times, timing each run; prepare runs untimed before each.
// Besides the wall-clock times it reports the CPU time of each run on its
// thread (p50-cpu-ms, p99-cpu-ms, Linux): on a machine other work loads,
// the wall clock's tail is mostly waiting for a core.
func timed(b *testing.B, prepare, fn func(i int)) timings {
	b.Helper()
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	ts := make(timings, 0, b.N)
	cpu := make(timings, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if prepare != nil {
			b.StopTimer()
			prepare(i)
			b.StartTimer()
		}
		c0, start := threadCPU(), time.Now()
		fn(i)
		ts = append(ts, time.Since(start))
		cpu = append(cpu, threadCPU()-c0)
	}
	b.StopTimer()
	if cpu.percentile(1) > 0 {
		b.ReportMetric(ms(cpu.percentile(0.50)), "p50-cpu-ms")
		b.ReportMetric(ms(cpu.percentile(0.99)), "p99-cpu-ms")
	}
	return ts
}

// BenchmarkPageRender shows each view of every page at 1920×1080 — the page
// turn a visitor makes — and paints it with the software painter:
// build + layout (showView → render → SetContent) and paint (Capture). The
// section is paginated beforehand (BenchmarkPaginate measures that). One
// sub-benchmark per page; the "all" sub-benchmark cycles through every view
// of every page, and "build" / "paint" split that cost in two; "home" shows
// the home screen (four pictures); "floor" paints a window with nothing in
// it: the software painter's own cost at 1920×1080.
func BenchmarkPageRender(b *testing.B) {
	a, win := newBenchApp(b, 1920, 1080)
	type target struct{ section, page string }
	var all []target
	for _, s := range a.ex.Sections {
		for _, p := range s.Pages {
			all = append(all, target{s.ID, p.ID})
		}
	}
	// viewsOf opens the section (paginated once) and lists the views of a page.
	viewsOf := func(t target) []int {
		s := a.ex.Section(t.section)
		if id, _ := a.Where(); id != s.ID || a.story().views == nil {
			a.ShowSection(s.ID, 0)
		}
		var vs []int
		for vi, v := range a.story().views {
			if s.Pages[v.page].ID == t.page {
				vs = append(vs, vi)
			}
		}
		return vs
	}
	show := func(vi int) {
		a.showView(vi)
		win.Canvas().Capture()
	}
	for _, t := range all {
		b.Run(t.section+"/"+t.page, func(b *testing.B) {
			vs := viewsOf(t)
			other := 0
			if vs[0] == 0 && len(a.story().views) > 1 {
				other = len(a.story().views) - 1
			}
			// Untimed: step off the page, so each timed show is a real turn.
			timed(b, func(int) { a.showView(other) }, func(i int) { show(vs[i%len(vs)]) }).report(b)
		})
	}
	// Every view of every section in turn, as a visitor reading the exhibit.
	type step struct {
		section string
		view    int
	}
	var steps []step
	for _, s := range a.ex.Sections {
		a.ShowSection(s.ID, 0)
		for vi := range a.story().views {
			steps = append(steps, step{s.ID, vi})
		}
	}
	open := func(st step) {
		if id, _ := a.Where(); id != st.section || a.story().views == nil {
			a.ShowSection(st.section, 0)
		}
	}
	b.Run("all", func(b *testing.B) {
		timed(b, func(i int) { open(steps[i%len(steps)]) }, func(i int) { show(steps[i%len(steps)].view) }).report(b)
	})
	b.Run("build", func(b *testing.B) {
		timed(b, func(i int) { open(steps[i%len(steps)]) }, func(i int) { a.showView(steps[i%len(steps)].view) }).report(b)
	})
	b.Run("paint", func(b *testing.B) {
		timed(b, func(i int) {
			open(steps[i%len(steps)])
			a.showView(steps[i%len(steps)].view)
		}, func(int) { win.Canvas().Capture() }).report(b)
	})
	b.Run("home", func(b *testing.B) {
		timed(b, nil, func(int) {
			a.ShowHome()
			win.Canvas().Capture()
		}).report(b)
	})
	// The software painter's floor: a 1920×1080 window showing one rectangle.
	b.Run("floor", func(b *testing.B) {
		empty := test.NewTempWindow(b, canvas.NewRectangle(ui.Colors().Background))
		empty.SetPadded(false)
		empty.Resize(fyne.NewSize(1920, 1080))
		timed(b, nil, func(int) { empty.Canvas().Capture() }).report(b)
	})
}

// BenchmarkLanguageSwitch switches between English and Hungarian — every
// string re-rendered in place, the section paginated again for the new text
// lengths — and paints the result; the "/build" variants leave out the paint.
func BenchmarkLanguageSwitch(b *testing.B) {
	a, win := newBenchApp(b, 1920, 1080)
	langs := []string{"hu", "en"}
	for _, c := range []struct {
		name string
		show func()
	}{
		{"home", a.ShowHome},
		{"page", func() { a.ShowSection("twelve-days", 3) }},
		{"library", a.ShowLibrary},
		{"radio-list", a.ShowRadio},
	} {
		b.Run(c.name, func(b *testing.B) {
			a.SetLanguage("en")
			c.show()
			timed(b, nil, func(i int) {
				a.SetLanguage(langs[i%2])
				win.Canvas().Capture()
			}).report(b)
		})
		b.Run(c.name+"/build", func(b *testing.B) { // without the paint
			a.SetLanguage("en")
			c.show()
			timed(b, nil, func(i int) { a.SetLanguage(langs[i%2]) }).report(b)
		})
	}
}

// BenchmarkPaginate opens each section from the home screen: measuring every
// page's text and cutting the section into views that fit the screen, then
// laying out the first view (no paint).
func BenchmarkPaginate(b *testing.B) {
	a, _ := newBenchApp(b, 1920, 1080)
	for _, scale := range []float32{1, 2} {
		for _, s := range a.ex.Sections {
			name := s.ID
			if scale != 1 {
				name += "/A++"
			}
			b.Run(name, func(b *testing.B) {
				a.SetAccess(Access{TextScale: scale})
				timed(b, func(int) { a.ShowHome() }, func(int) { a.ShowSection(s.ID, 0) }).report(b)
				b.ReportMetric(float64(len(a.story().views)), "views")
			})
		}
	}
	a.SetAccess(Access{TextScale: 1})
}

// BenchmarkAccessToggle switches high contrast on and off on a story page:
// SetAccess applies a new theme (Fyne clears its font cache and parses the
// fonts again), paginates the section again and renders. It reports the
// Go heap retained per toggle after a GC (heap-MB/op): Fyne v2.8.1's
// shaper keeps every parsed font (see docs/performance.md).
func BenchmarkAccessToggle(b *testing.B) {
	for _, c := range []struct {
		name string
		acc  func(i int) Access
	}{
		{"contrast", func(i int) Access { return Access{TextScale: 1, HighContrast: i%2 == 0} }},
		{"text-size", func(i int) Access { return Access{TextScale: []float32{1.5, 2, 1}[i%3]} }},
		{"reach", func(i int) Access { return Access{TextScale: 1, Reach: i%2 == 0} }},
	} {
		b.Run(c.name, func(b *testing.B) {
			a, win := newBenchApp(b, 1920, 1080)
			a.ShowSection("crushing", 1)
			before := heapBytes()
			ts := timed(b, nil, func(i int) {
				a.SetAccess(c.acc(i))
				win.Canvas().Capture()
			})
			ts.report(b)
			b.ReportMetric(float64(heapBytes()-before)/float64(b.N)/(1<<20), "heap-MB/op")
		})
	}
}

func heapBytes() int64 {
	var m runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m)
	return int64(m.HeapAlloc)
}

// BenchmarkStart is the Go part of the app's start-up before its window is
// shown (main.start): "load" loads the built-in content; "home" loads it,
// decodes the home screen's pictures in the background (PrefetchHome),
// builds and lays out the home screen at 1920×1080 and waits until its
// pictures are on it (ui.WaitPictures), as the first frame does. Each
// iteration's window is a pixel narrower, so the pictures are scaled anew
// rather than taken from the cache. What follows in the real app (the GL
// context and the first paint, on the software GL of a kiosk without GPU)
// is measured by bench/startup.sh.
func BenchmarkStart(b *testing.B) {
	b.Run("load", func(b *testing.B) {
		timed(b, nil, func(int) {
			if ex, probs := content.Load(contentfiles.Files, "content"); ex == nil || len(probs) > 0 {
				b.Fatal(probs)
			}
		}).report(b)
	})
	b.Run("home", func(b *testing.B) {
		test.NewTempApp(b)
		ui.Apply(false, 1)
		ui.SyncPictures = false
		defer func() { ui.SyncPictures = true }()
		timed(b, nil, func(i int) {
			ex, probs := content.Load(contentfiles.Files, "content")
			if ex == nil || len(probs) > 0 {
				b.Fatal(probs)
			}
			PrefetchHome(ex)
			win := test.NewTempWindow(b, nil)
			win.SetPadded(false)
			win.Resize(fyne.NewSize(float32(1920-i%200), 1080))
			New(win, ex, Options{Speech: &fakeSpeech{}})
			ui.WaitPictures(5 * time.Second)
		}).report(b)
	})
}
