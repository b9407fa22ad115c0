package screens

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"budapest1956/internal/content"
	"budapest1956/internal/display"
	"budapest1956/internal/ui"
)

// timelinePages are the built-in pages with a timeline block.
func timelinePages(ex *content.Exhibit) (out []struct {
	sec  string
	page int
	tb   content.TimelineBlock
}) {
	for _, s := range ex.Sections {
		for i, p := range s.Pages {
			for _, b := range p.Blocks {
				if tb, ok := b.(content.TimelineBlock); ok {
					out = append(out, struct {
						sec  string
						page int
						tb   content.TimelineBlock
					}{s.ID, i, tb})
				}
			}
		}
	}
	return out
}

// shownTimeline pages through the page on show and returns the cards of
// its timeline (one, or more when it is split over screenfuls), the texts
// on them, and the problems of how each lies on the window.
func shownTimeline(a *App, win fyne.Window) (cards int, shown []string, probs []string) {
	_, page := a.Where()
	for {
		walk(win, func(o fyne.CanvasObject) {
			c, ok := o.(*fyne.Container)
			if !ok {
				return
			}
			if _, ok := c.Layout.(*timelineLayout); !ok {
				return
			}
			cards++
			probs = append(probs, placement(win, c)...)
			walkObj(c, func(o fyne.CanvasObject) {
				if l, ok := o.(*widget.Label); ok && l.Visible() && l.Text != "" {
					shown = append(shown, l.Text)
					// A label inside an event row is inside its row.
					if abs := fyne.CurrentApp().Driver().AbsolutePositionForObject(l); abs.Y+l.Size().Height > fyne.CurrentApp().Driver().AbsolutePositionForObject(c).Y+c.Size().Height+1 {
						probs = append(probs, fmt.Sprintf("%q ends below its card", l.Text))
					}
					if l.Wrapping != fyne.TextWrapOff && l.Size().Height+1 < l.MinSize().Height {
						probs = append(probs, fmt.Sprintf("%q gets %.0f px of the %.0f its lines need", l.Text, l.Size().Height, l.MinSize().Height))
					}
				}
			})
		})
		for _, cut := range cutShort(win) {
			probs = append(probs, cut)
		}
		if i, n := a.View(); i+1 >= n {
			return
		}
		a.Next()
		if _, p := a.Where(); p != page {
			return
		}
	}
}

// TestTimeline_ShowsOnItsPagesAndFits: every timeline shows on its page at
// the kiosk, portrait and laptop sizes, in both languages and with large
// text: its heading, each of its events with its time or year and its
// words in the visitor's language, and its sources, nothing cut short,
// every row inside its card and every card inside the window.
func TestTimeline_ShowsOnItsPagesAndFits(t *testing.T) {
	sweep(t)
	for _, size := range []fyne.Size{{Width: 1920, Height: 1080}, {Width: 1080, Height: 1920}, {Width: 1280, Height: 800}} {
		a, win := newApp(t, size.Width, size.Height)
		pages := timelinePages(a.ex)
		if len(pages) < 19 {
			t.Fatalf("%d pages have a timeline, want the Twelve Days' and an overview", len(pages))
		}
		for _, lang := range a.ex.Languages {
			a.SetLanguage(lang.Code)
			for _, acc := range []Access{{TextScale: 1}, {TextScale: 2}} {
				a.SetAccess(acc)
				for _, tp := range pages {
					a.ShowSection(tp.sec, tp.page)
					where := fmt.Sprintf("%v %s %+v %s", size, lang.Code, acc, a.story().section.Pages[tp.page].File)
					cards, shown, probs := shownTimeline(a, win)
					if cards == 0 {
						t.Errorf("%s: the timeline is not shown", where)
						continue
					}
					for _, p := range probs {
						t.Errorf("%s: %s", where, p)
					}
					tb := timelineBlock{tp.tb}
					want := []string{tb.heading(a)}
					for _, e := range tb.events() {
						want = append(want, a.text(e.Text))
						if w := display.EventWhen(a.ex, tp.tb.Timeline, e, lang.Code); w != "" {
							want = append(want, w)
						}
					}
					all := strings.Join(shown, "\n")
					for _, w := range want {
						if !strings.Contains(all, w) {
							t.Errorf("%s: %q not shown", where, w)
						}
					}
					for _, k := range tp.tb.Sources() {
						s := a.ex.Sources[k]
						if !strings.Contains(strings.Join(strings.Fields(all), " "), s.PublisherIn(lang.Code, a.ex.DefaultLanguage)) && !strings.Contains(all, s.TitleIn(lang.Code, a.ex.DefaultLanguage)) {
							t.Errorf("%s: the source %s is not named", where, k)
						}
					}
				}
			}
		}
		a.SetAccess(Access{TextScale: 1})
	}
}

// TestTimeline_HighlightedDayFollowsThePage: on every page of the Twelve
// Days the axis marks the page's day, and only it, and the block labels
// that day's events: its heading names the day.
func TestTimeline_HighlightedDayFollowsThePage(t *testing.T) {
	a, win := newApp(t, 1920, 1080)
	s := a.ex.Section("twelve-days")
	for i, p := range s.Pages {
		a.ShowSection(s.ID, i)
		var marked []string
		for _, b := range find[*ui.Button](win) {
			if b.Importance == widget.HighImportance && b.Text != "" && b.Text[0] >= '0' && b.Text[0] <= '9' {
				marked = append(marked, b.Text)
			}
		}
		if len(marked) != 1 || marked[0] != display.DayOfMonth(p.Date) {
			t.Errorf("%s (%s): days marked %v, want only %s", p.ID, p.Date, marked, display.DayOfMonth(p.Date))
		}
		day := a.story().views[a.story().view].page
		_, shown, _ := shownTimeline(a, win)
		a.ShowSection(s.ID, day)
		if !contains(strings.Join(shown, "\n"), display.DayHeading(a.ex, p.Date, a.visit.Lang)) {
			t.Errorf("%s: the block does not show the events of %s", p.ID, p.Date)
		}
		for _, tick := range find[*dayTicks](win) {
			for _, tk := range tick.ticks {
				lo, hi := a.ex.Timelines["twelve-days"].Span(p.Date)
				in := tk.pos >= lo && tk.pos < hi
				if tk.to > tk.from {
					in = tk.from >= lo && tk.to <= hi
				}
				if tk.hot != in {
					t.Errorf("%s: an event tick at %.3f is marked %v, want %v", p.ID, tk.pos, tk.hot, in)
				}
			}
		}
	}
}

// TestTimeline_TappingADayOnTheAxisOpensIt: every day of the axis is a
// button at least a touch target square (ui.Touch) that opens that day's first page, in the
// Twelve Days or, for 4 November, in The Crushing.
func TestTimeline_TappingADayOnTheAxisOpensIt(t *testing.T) {
	for _, size := range []fyne.Size{{Width: 1920, Height: 1080}, {Width: 1080, Height: 1920}, {Width: 1280, Height: 800}} {
		a, win := newApp(t, size.Width, size.Height)
		tl := a.ex.Timelines["twelve-days"]
		for _, d := range tl.Days() {
			a.ShowSection("twelve-days", 0)
			b := buttonWithText(t, win, display.DayOfMonth(d))
			// The target at the window's density: 72 px on a kiosk panel, at
			// least 44 px in a laptop window (layouts_test.go).
			if s := b.Size(); s.Width < ui.Touch()-0.5 || s.Height < ui.Touch()-0.5 || s.Height < ui.MinTouchWindow {
				t.Errorf("%v: day %s is %.0f×%.0f, want ≥ %.0f", size, d, s.Width, s.Height, ui.Touch())
			}
			test.Tap(b)
			sec, p := a.Where()
			page := a.ex.Section(sec).Pages[p]
			if page.Date != d {
				t.Errorf("%v: tapping %s opened %s/%s dated %s", size, d, sec, page.ID, page.Date)
				continue
			}
			if p > 0 && a.ex.Section(sec).Pages[p-1].Date == d {
				t.Errorf("%v: tapping %s opened %s, not the day's first page", size, d, page.ID)
			}
		}
	}
}

// TestTimeline_LabelsFollowTheLanguage: the heading, the events and the
// months under the axis are in the visitor's language, and switch with it.
func TestTimeline_LabelsFollowTheLanguage(t *testing.T) {
	a, win := newApp(t, 1920, 1080)
	s := a.ex.Section("twelve-days")
	tl := a.ex.Timelines["twelve-days"]
	for _, lang := range []string{"en", "hu", "en"} {
		a.SetLanguage(lang)
		a.ShowSection(s.ID, 0)
		day := s.Pages[0].Date
		other := "hu"
		if lang == "hu" {
			other = "en"
		}
		_, shown, _ := shownTimeline(a, win)
		a.ShowSection(s.ID, 0)
		has := func(s string) bool {
			for _, x := range shown {
				if x == s {
					return true
				}
			}
			return false
		}
		for _, e := range tl.On(day) {
			if !has(e.Text[lang]) {
				t.Errorf("%s: %q not shown", lang, e.Text[lang])
			}
			if has(e.Text[other]) {
				t.Errorf("%s: %q still shown", lang, e.Text[other])
			}
		}
		if !has(display.DayHeading(a.ex, day, lang)) {
			t.Errorf("%s: heading %q not shown", lang, display.DayHeading(a.ex, day, lang))
		}
		months := strings.Fields(a.ex.Label("months", lang))
		var names []string
		for _, d := range find[*dayTicks](win) {
			for _, m := range d.months {
				names = append(names, m.label)
			}
		}
		if strings.Join(names, " ") != months[9]+" "+months[10] {
			t.Errorf("%s: months under the axis %v, want %s %s", lang, names, months[9], months[10])
		}
	}
}

// TestTimeline_BesideTheTextOnTheKiosk: at the kiosk's size with normal
// text, a timeline that is its page's first visual stands beside the
// text on the page's first screenful, in both languages: a visitor sees
// when before reading.
func TestTimeline_BesideTheTextOnTheKiosk(t *testing.T) {
	a, win := newApp(t, 1920, 1080)
	for _, lang := range []string{"en", "hu"} {
		a.SetLanguage(lang)
		for _, tp := range timelinePages(a.ex) {
			a.ShowSection(tp.sec, tp.page)
			st := a.story()
			if !isAside(st.ctx(tp.page), tp.tb) {
				continue
			}
			found := false
			walk(win, func(o fyne.CanvasObject) {
				if c, ok := o.(*fyne.Container); ok {
					if _, ok := c.Layout.(topLayout); ok {
						found = true
					}
				}
			})
			if !found {
				t.Errorf("%s %s: the timeline is not beside the text", lang, st.section.Pages[tp.page].File)
			}
		}
	}
}
