package screens

import (
	"testing"

	"budapest1956/internal/ui"

	"budapest1956/internal/content"
)

// BenchmarkVisualBlocks turns to each view of every page with a chart, a timeline or a
// document at 1920×1080 and lays it out, without painting (BenchmarkPageRender
// adds the software painter's cost): the page build + layout the new blocks
// add to a page turn. Goal: p99 ≤ 16 ms.
func BenchmarkVisualBlocks(b *testing.B) {
	// As in the app, pictures (a map's base) are decoded and scaled off the
	// UI goroutine; the tests' synchronous decoding would time the decoder.
	ui.SyncPictures = false
	defer func() { ui.SyncPictures = true }()
	a, _ := newBenchApp(b, 1920, 1080)
	type view struct {
		section string
		view    int
	}
	var views []view
	for _, s := range a.ex.Sections {
		a.ShowSection(s.ID, 0)
		for vi, v := range a.story().views {
			for _, bl := range s.Pages[v.page].Blocks {
				switch bl.(type) {
				case content.ChartBlock, content.DocumentBlock, content.MapBlock, content.TimelineBlock:
					views = append(views, view{s.ID, vi})
				}
			}
		}
	}
	if len(views) == 0 {
		b.Fatal("no page with a chart or a document")
	}
	timed(b, func(i int) {
		v := views[i%len(views)]
		if id, _ := a.Where(); id != v.section {
			a.ShowSection(v.section, 0)
		}
		// Step off the view, so each timed show is a real turn.
		other := 0
		if v.view == 0 {
			other = len(a.story().views) - 1
		}
		a.showView(other)
	}, func(i int) {
		a.showView(views[i%len(views)].view)
	}).report(b)
}
