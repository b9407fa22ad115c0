package webexport

import (
	"html"
	"strings"
	"testing"

	"budapest1956/internal/content"
	"budapest1956/internal/display"
)

// TestExport_TimelinesShowTheirAxisEventsAndSources: every timeline of the
// built-in exhibit is on its page in every language with its alt text, its
// heading, each event it labels with its time or year, and its sources on
// the page; on a day axis every day is a link but the page's own day,
// which is marked, and the SVG has a tick per event of the axis.
func TestExport_TimelinesShowTheirAxisEventsAndSources(t *testing.T) {
	ex, dir := builtinSite(t)
	n := 0
	for _, s := range ex.Sections {
		for _, p := range s.Pages {
			for _, b := range p.Blocks {
				tb, ok := b.(content.TimelineBlock)
				if !ok {
					continue
				}
				n++
				tl := tb.Timeline
				for _, l := range ex.Languages {
					lang := l.Code
					page := html.UnescapeString(readSite(t, dir, pagePath(lang, s.ID, p.ID)))
					at := strings.Index(page, `<figure class="timeline"`)
					if at < 0 {
						t.Errorf("%s (%s): no timeline", p.File, lang)
						continue
					}
					fig := page[at:]
					fig = fig[:strings.Index(fig, "</figure>")]
					want := []string{`aria-label="` + tl.Alt[lang]}
					events := tl.Events
					if tl.Unit == "day" {
						want = append(want, display.DayHeading(ex, p.Date, lang))
						events = tl.On(p.Date)
						if got := strings.Count(fig, "<a href="); got != len(tl.Days()) {
							t.Errorf("%s (%s): %d days link to their page, want %d", p.File, lang, got, len(tl.Days()))
						}
						if !strings.Contains(fig, `class="current" aria-current="page">`+display.DayOfMonth(p.Date)+"<") {
							t.Errorf("%s (%s): the page's day is not marked", p.File, lang)
						}
						if got := strings.Count(fig, `class="tick`) + strings.Count(fig, `class="untimed`); got != len(tl.Events) {
							t.Errorf("%s (%s): %d events on the axis, want %d", p.File, lang, got, len(tl.Events))
						}
					} else {
						want = append(want, tl.Title[lang])
					}
					for _, e := range events {
						want = append(want, e.Text[lang])
						if w := display.EventWhen(ex, tl, e, lang); w != "" {
							want = append(want, `<span class="when">`+w+`</span>`)
						}
					}
					for _, k := range tb.Sources() {
						want = append(want, ex.Sources[k].ShortIn(lang, ex.DefaultLanguage))
					}
					for _, w := range want {
						if !strings.Contains(fig, w) && !strings.Contains(page, w) {
							t.Errorf("%s (%s): timeline lacks %q", p.File, lang, w)
						}
					}
				}
			}
		}
	}
	if n < 19 {
		t.Errorf("%d timelines exported, want the Twelve Days' and an overview", n)
	}
}
