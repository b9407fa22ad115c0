package screens

import (
	"log"

	"fyne.io/fyne/v2"

	"budapest1956/internal/content"
)

// New content while the exhibit runs (a curator's folder changed): it is
// switched in at a calm moment — in kiosk mode when the attract loop next
// starts, so no visitor's page changes under their finger; on a laptop at
// once, keeping the visitor's place where it still exists.

type pendingExhibit struct {
	ex     *content.Exhibit
	notice string
}

// SetExhibit shows ex from the next calm moment on, with notice (may be "")
// shown discreetly on the home screen. Call it on the UI goroutine.
func (a *App) SetExhibit(ex *content.Exhibit, notice string) {
	if ex == nil {
		return
	}
	a.pending = &pendingExhibit{ex: ex, notice: notice}
	if a.kiosk != nil {
		if a.visit.Route.Kind == RouteAttract {
			a.applyPending()
			a.navigate(Route{Kind: RouteAttract})
		}
		return
	}
	a.applyPending()
	r := a.visit.Route
	if !a.routeExists(r) {
		r = homeRoute()
	}
	a.cur = nil // screens hold the old exhibit's sections: build anew
	a.navigate(r)
}

// applyPending switches to content waiting for a calm moment, if any.
func (a *App) applyPending() {
	p := a.pending
	if p == nil {
		return
	}
	a.pending = nil
	a.ex, a.notice = p.ex, p.notice
	a.images = map[string]fyne.Resource{}
	if !a.ex.HasLanguage(a.defaults.Lang) {
		a.defaults.Lang = a.ex.DefaultLanguage
	}
	if !a.ex.HasLanguage(a.visit.Lang) {
		a.visit.Lang = a.defaults.Lang
	}
	log.Printf("screens: now showing content %s (version %s)", p.ex.Dir, p.ex.Version)
}

// routeExists says whether r still leads somewhere in the current exhibit.
func (a *App) routeExists(r Route) bool {
	switch r.Kind {
	case RouteStory:
		s := a.ex.Section(r.Section)
		return s != nil && r.Page < len(s.Pages)
	case RouteBroadcast:
		return a.ex.Broadcast(r.Broadcast) != nil
	}
	return true
}
