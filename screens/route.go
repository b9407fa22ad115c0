package screens

import (
	"fmt"
	"log"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"

	"budapest1956/internal/ui"
)

// Where the visitor is, as a value. Every move goes through navigate, and
// everything that depends on the place — the screen drawn, the statistics,
// the heartbeat, Where — derives from the route in one place (show).

// RouteKind is a kind of screen.
type RouteKind int

const (
	RouteHome      RouteKind = iota
	RouteStory               // a section's story, at Page
	RouteLibrary             // sources & corrections
	RouteRadio               // the radio set, tuned to Broadcast (Back: the chapter it was opened from)
	RouteBroadcast           // one broadcast in the player
	RouteAttract             // kiosk: the attract loop
	RouteRadioList           // the plain list of broadcasts
)

// Route is a screen and what it shows.
type Route struct {
	Kind      RouteKind
	Section   string // RouteStory: section id
	Page      int    // RouteStory: index of the content page in the section
	Broadcast string // RouteBroadcast, RouteRadio: broadcast id
	Back      *Route // RouteBroadcast: where Back goes (nil: the radio); RouteRadio: where the visitor came from
}

// Routes a screen links to.
func homeRoute() Route { return Route{Kind: RouteHome} }
func storyRoute(section string, page int) Route {
	return Route{Kind: RouteStory, Section: section, Page: page}
}
func broadcastRoute(id string, back *Route) Route {
	return Route{Kind: RouteBroadcast, Broadcast: id, Back: back}
}

// screen is one kind of screen: one type per kind, each in its own file.
// screenFor makes the one a route asks for.
type screen interface {
	// build draws the screen for the current visit.
	build() fyne.CanvasObject
	// state names what is on screen for the heartbeat and statistics:
	// "home", "page:crushing/whirlwind", "radio:nagy-1956-11-04"…
	state() string
}

// pagedScreen is a screen that turns screenfuls (the story, the library,
// the radio list). next reports false past the last screenful.
type pagedScreen interface {
	screen
	next() bool
	previous() bool
	at() (view, views int)
}

// reroutable screens take a new route of their own kind without being
// made anew (turning to another page of the same section keeps its cut).
type reroutable interface {
	reroute(r Route) bool
}

// screenFor makes the screen for a route: a new kind of screen is one file
// and one case here.
func (a *App) screenFor(r Route) (screen, error) {
	switch r.Kind {
	case RouteHome:
		return &homeScreen{a: a}, nil
	case RouteStory:
		return newStoryScreen(a, r)
	case RouteLibrary:
		return newLibraryScreen(a), nil
	case RouteRadio:
		return newRadioSetScreen(a, r), nil
	case RouteRadioList:
		return newRadioListScreen(a), nil
	case RouteBroadcast:
		return newPlayerScreen(a, r)
	case RouteAttract:
		return &attractScreen{a: a}, nil
	}
	return nil, fmt.Errorf("no screen for route kind %d", r.Kind)
}

// navigate goes to r: it leaves the screen on show (audio stops when the
// player is left), makes or reuses the screen for r and draws it.
func (a *App) navigate(r Route) {
	if s := a.ex.Section(r.Section); r.Kind == RouteStory && s != nil {
		r.Page = clamp(r.Page, 0, len(s.Pages)-1)
	}
	if r.Kind != RouteAttract {
		a.touched()
	}
	if re, ok := a.cur.(reroutable); ok && a.visit.Route.Kind == r.Kind && re.reroute(r) {
		a.visit.Route = r
		a.closeOverlays()
		a.show()
		return
	}
	s, err := a.screenFor(r)
	if err != nil {
		log.Printf("screens: %v", err)
		return
	}
	if _, playing := a.cur.(*playerScreen); playing {
		a.stopAudio()
	}
	if l, ok := a.cur.(interface{ leave() }); ok {
		l.leave()
	}
	a.cur, a.visit.Route = s, r
	if e, ok := s.(interface{ enter() }); ok {
		e.enter()
	}
	a.closeOverlays()
	a.show()
}

// show draws the current screen and records where the visitor is.
func (a *App) show() {
	if a.cur == nil {
		return
	}
	if ui.SetDensity(a.density()) {
		a.recut() // text and gaps changed size
	}
	content := a.wrapAudio(a.cur.build())
	bg := canvas.NewRectangle(ui.Colors().Background)
	// The root (pointer, resizes) lies under the screen, not around it:
	// screen readers' Fyne bridge walks containers only.
	root := ui.NewRoot(bg, a.kiosk != nil)
	built := a.win.Canvas().Size()
	root.OnResize = func(fyne.Size) {
		// A laptop window resized, or a kiosk's full screen turning out
		// another shape than configured: build the screen again for the
		// canvas it now has (after this layout pass; a minimised window is
		// left alone).
		s := a.win.Canvas().Size()
		if s == built || s.Width < 100 || s.Height < 100 {
			return
		}
		built = s
		a.do(a.show)
	}
	a.win.SetContent(container.NewStack(root, content))
	a.noteState()
	a.announce()
}

// noteState records where the visitor is: for statistics and the heartbeat.
func (a *App) noteState() {
	state := a.cur.state()
	if st, ok := a.cur.(*storyScreen); ok {
		a.trackPage(st.section.ID, st.section.Pages[a.visit.Route.Page].ID)
	} else {
		a.leavePage()
	}
	a.state.Store(state)
}

// State says where the visitor is ("attract", "home", "page:crushing/whirlwind"…).
// It is safe to call from any goroutine (the heartbeat does).
func (a *App) State() string {
	s, _ := a.state.Load().(string)
	return s
}

// Route returns where the visitor is.
func (a *App) Route() Route { return a.visit.Route }

// Where returns the current section id ("" on home, "library" on the
// sources & corrections screen, "radio" on Radio 1956) and the content page
// index (the library's screenful).
func (a *App) Where() (section string, page int) {
	r := a.visit.Route
	switch r.Kind {
	case RouteStory:
		return r.Section, r.Page
	case RouteLibrary:
		v, _ := a.cur.(pagedScreen).at()
		return "library", v
	case RouteRadio, RouteBroadcast:
		return "radio", 0
	}
	return "", 0
}

// View returns the current screenful and how many the screen has.
func (a *App) View() (i, n int) {
	if p, ok := a.cur.(pagedScreen); ok {
		return p.at()
	}
	return 0, 0
}

// ShowHome shows the home screen.
func (a *App) ShowHome() { a.navigate(homeRoute()) }

// ShowSection opens a section at a page (clamped to the section's pages).
func (a *App) ShowSection(id string, page int) {
	if a.ex.Section(id) == nil {
		log.Printf("screens: no section %q", id)
		return
	}
	a.navigate(storyRoute(id, page))
}

// ShowLibrary opens the sources & corrections screen.
func (a *App) ShowLibrary() { a.navigate(Route{Kind: RouteLibrary}) }

// ShowRadio opens the list of broadcasts.
func (a *App) ShowRadio() { a.navigate(Route{Kind: RouteRadio}) }

// ShowBroadcast opens the player for a broadcast; Back returns to back, or
// to the radio list when back is nil.
func (a *App) ShowBroadcast(id string, back *Route) {
	if a.ex.Broadcast(id) == nil {
		log.Printf("screens: no broadcast %q", id)
		return
	}
	a.navigate(broadcastRoute(id, back))
}

// Open shows a screen by name: "home", "radio", a broadcast id or a page id.
func (a *App) Open(where string) error {
	switch {
	case where == "" || where == "home":
		a.ShowHome()
	case where == "radio":
		a.ShowRadio()
	case a.ex.Broadcast(where) != nil:
		a.ShowBroadcast(where, nil)
	default:
		s, p := a.ex.Page(where)
		if p == nil {
			return fmt.Errorf("no screen, page or broadcast %q", where)
		}
		for i := range s.Pages {
			if s.Pages[i] == p {
				a.ShowSection(s.ID, i)
			}
		}
	}
	return nil
}

// Next and Previous turn the screenful; past the last one the visitor
// returns home.
func (a *App) Next() {
	p, ok := a.cur.(pagedScreen)
	if !ok {
		return
	}
	a.touched()
	if !p.next() {
		a.ShowHome()
		return
	}
	a.closeOverlays()
	a.show()
}

func (a *App) Previous() {
	p, ok := a.cur.(pagedScreen)
	if !ok {
		return
	}
	a.touched()
	if p.previous() {
		a.closeOverlays()
		a.show()
	}
}
