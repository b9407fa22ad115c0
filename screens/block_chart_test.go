package screens

import (
	"fmt"
	"strings"

	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"budapest1956/internal/content"
	"budapest1956/internal/ui"
)

// chartPages are the built-in pages with a chart: section id, page index.
func chartPages(ex *content.Exhibit) (out [][2]any) {
	for _, s := range ex.Sections {
		for i, p := range s.Pages {
			for _, b := range p.Blocks {
				if b.Kind() == "chart" {
					out = append(out, [2]any{s.ID, i})
				}
			}
		}
	}
	return out
}

// shownChart pages through the page on show and returns the containers of
// the chart's rows (one, or two when the chart is split over screenfuls),
// each with the problems of how it lies on the window.
func shownChart(a *App, win fyne.Window) (rows []*fyne.Container, probs []string) {
	_, page := a.Where()
	for {
		walk(win, func(o fyne.CanvasObject) {
			if c, ok := o.(*fyne.Container); ok {
				if _, ok := c.Layout.(*chartLayout); ok {
					rows = append(rows, c)
					probs = append(probs, placement(win, c)...)
				}
			}
		})
		if rows != nil && chartInAside(a, page) {
			return // an aside is on every screenful of its page: once is all of it
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

// chartInAside: the page's chart is drawn beside the column.
func chartInAside(a *App, page int) bool {
	st := a.story()
	for _, b := range st.section.Pages[page].Blocks {
		if cb, ok := b.(content.ChartBlock); ok {
			return chartBlock{cb}.inAside(st.ctx(page))
		}
	}
	return false
}

// placement: the rows lie inside the chart, the chart inside the window.
func placement(win fyne.Window, rows *fyne.Container) (out []string) {
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(rows)
	if bottom := pos.Y + rows.Size().Height; bottom > win.Canvas().Size().Height+1 || pos.Y < 0 {
		out = append(out, fmt.Sprintf("chart spans %.0f–%.0f px, outside the window", pos.Y, bottom))
	}
	for _, o := range rows.Objects {
		if !o.Visible() {
			continue
		}
		if o.Position().Y+o.Size().Height > rows.Size().Height+1 {
			out = append(out, fmt.Sprintf("a row ends at %.0f px, below the chart's %.0f", o.Position().Y+o.Size().Height, rows.Size().Height))
		}
		if l, ok := o.(*widget.Label); ok && l.Size().Height+1 < l.MinSize().Height {
			out = append(out, fmt.Sprintf("%q gets %.0f px of the %.0f its lines need", l.Text, l.Size().Height, l.MinSize().Height))
		}
	}
	return out
}

// chartProblems says what is wrong with a drawn chart: a row outside the
// chart, a chart outside the window, a wording or a bar missing.
func chartProblems(a *App, cards []*fyne.Container, ch *content.Chart, roomy bool) []string {
	var out []string
	shown := map[string]bool{}
	bars := 0
	for _, rows := range cards {
		for _, o := range rows.Objects {
			if !o.Visible() {
				continue
			}
			switch v := o.(type) {
			case *widget.Label:
				shown[v.Text] = true
			case *ui.RangeBar:
				bars++
			}
		}
	}
	want := []string{a.text(ch.Title)}
	if roomy {
		want = append(want, a.text(ch.Note))
	}
	for _, b := range ch.Bars {
		want = append(want, a.text(b.Label)+": "+a.text(b.Value))
	}
	for _, w := range want {
		if w != "" && !shown[w] {
			out = append(out, fmt.Sprintf("%q not shown", w))
		}
	}
	var all []string
	for _, rows := range cards {
		for _, o := range rows.Objects {
			if l, ok := o.(*widget.Label); ok && o.Visible() {
				all = append(all, l.Text)
			}
		}
	}
	joined := strings.Join(all, " ") // a source line may be cut over cards
	for _, k := range ch.Sources {
		if named := contains(joined, a.ex.Sources[k].ShortIn(a.visit.Lang, a.ex.DefaultLanguage)); !named {
			out = append(out, fmt.Sprintf("the source %s is not named", k))
		}
	}
	if bars != len(ch.Bars) {
		out = append(out, fmt.Sprintf("%d bars drawn, want %d", bars, len(ch.Bars)))
	}
	return out
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}

// TestChart_ShowsOnItsPageAndFits: every chart shows on its page at the
// kiosk, portrait and laptop sizes, in both languages and in large-text
// mode, with its title, every figure and its source as text inside the
// chart and on the screen; at the kiosk's size with normal text, its note
// on where the sources disagree too (elsewhere it may give way).
func TestChart_ShowsOnItsPageAndFits(t *testing.T) {
	sweep(t)
	for _, size := range []fyne.Size{{Width: 1920, Height: 1080}, {Width: 1080, Height: 1920}, {Width: 1280, Height: 800}} {
		a, win := newApp(t, size.Width, size.Height)
		pages := chartPages(a.ex)
		if len(pages) == 0 {
			t.Fatal("no page has a chart")
		}
		for _, lang := range a.ex.Languages {
			a.SetLanguage(lang.Code)
			for _, acc := range []Access{{TextScale: 1}, {TextScale: 2}} {
				a.SetAccess(acc)
				for _, sp := range pages {
					sec, i := sp[0].(string), sp[1].(int)
					a.ShowSection(sec, i)
					p := a.story().section.Pages[i]
					var ch *content.Chart
					for _, b := range p.Blocks {
						if cb, ok := b.(content.ChartBlock); ok {
							ch = cb.Chart
						}
					}
					rows, probs := shownChart(a, win)
					if rows == nil {
						t.Errorf("%v %s %+v %s: the chart is not shown", size, lang.Code, acc, p.File)
						continue
					}
					for _, pr := range append(probs, chartProblems(a, rows, ch, size.Width == 1920 && acc.TextScale == 1)...) {
						t.Errorf("%v %s %+v %s: %s", size, lang.Code, acc, p.File, pr)
					}
				}
			}
		}
		a.SetAccess(Access{TextScale: 1})
	}
}

// TestChart_MinSizeIsWhatLayoutUses: a chart card in the column asks for
// exactly the height its layout fills — every row shown, the last one
// ending where the card's rows end but for its gap — and asking for its
// minimum moves and resizes nothing (it once re-measured every row, which
// stretched the bars past the card's right edge and made the column keep a
// margin under each card).
func TestChart_MinSizeIsWhatLayoutUses(t *testing.T) {
	sweep(t)
	for _, c := range []struct {
		size  fyne.Size
		scale float32
	}{{fyne.NewSize(1920, 1080), 2}, {fyne.NewSize(1280, 800), 1}, {fyne.NewSize(1280, 800), 2}, {fyne.NewSize(1080, 1920), 2}} {
		a, win := newApp(t, c.size.Width, c.size.Height)
		a.SetAccess(Access{TextScale: c.scale})
		checked := 0
		for _, lang := range []string{"en", "hu"} {
			a.SetLanguage(lang)
			for _, cp := range chartPages(a.ex) {
				a.ShowSection(cp[0].(string), cp[1].(int))
				rows, _ := shownChart(a, win)
				for _, r := range rows {
					l := r.Layout.(*chartLayout)
					if l.width <= 0 {
						continue // an aside: the page gives it its room
					}
					checked++
					where := fmt.Sprintf("%v ×%v %s %v", c.size, c.scale, lang, cp)
					type place struct {
						p fyne.Position
						s fyne.Size
					}
					var before []place
					for _, o := range r.Objects {
						before = append(before, place{o.Position(), o.Size()})
					}
					m := r.MinSize()
					for i, o := range r.Objects {
						if (place{o.Position(), o.Size()}) != before[i] {
							t.Errorf("%s: asking for the minimum moved row %d (%T) from %v to %v", where, i, o, before[i], place{o.Position(), o.Size()})
						}
					}
					if r.Size().Width != l.width {
						t.Errorf("%s: the rows are %.1f px wide, measured at %.1f", where, r.Size().Width, l.width)
					}
					if r.Size().Height+0.5 < m.Height {
						t.Errorf("%s: the card gives its rows %.1f px of the %.1f they ask", where, r.Size().Height, m.Height)
					}
					end, pad := float32(0), theme.Padding()
					for i, o := range r.Objects {
						if !o.Visible() {
							t.Errorf("%s: row %d hidden in a column card", where, i)
							continue
						}
						end = o.Position().Y + o.Size().Height + l.gap(r.Objects, i, pad)
					}
					if d := m.Height - end; d < -0.5 || d > 0.5 {
						t.Errorf("%s: MinSize %.1f, the layout fills %.1f", where, m.Height, end)
					}
				}
			}
		}
		if checked == 0 {
			t.Errorf("%v ×%v: no chart in a column", c.size, c.scale)
		}
	}
}
