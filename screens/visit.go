package screens

import (
	"maps"

	"budapest1956/internal/ui"
)

// Visit is everything one visitor has chosen, as one value with one owner
// (the App): a kiosk's idle reset restores the installation's defaults of
// all of it in one step, so the next visitor never meets the last one's
// muted sound, large text or open texts.
type Visit struct {
	Lang       string          // the language everything is shown and spoken in
	Access     Access          // comfort settings
	Volume     float64         // sound volume, 0–1
	ClearVoice bool            // broadcasts without the period-radio sound
	AudioMode  bool            // everything spoken (audiomode.go)
	Open       map[string]bool // page ids whose full text ("More") is open
	Route      Route           // where the visitor is
}

// clone copies v, its map included.
func (v Visit) clone() Visit {
	v.Open = maps.Clone(v.Open)
	if v.Open == nil {
		v.Open = map[string]bool{}
	}
	return v
}

// Visit returns a copy of the visit in progress.
func (a *App) Visit() Visit { return a.visit.clone() }

// Defaults returns what a new visitor starts with.
func (a *App) Defaults() Visit { return a.defaults.clone() }

// setVisit makes v the visit: the theme, the player's volume and sound
// follow it; the screen is drawn by the caller (navigate).
func (a *App) setVisit(v Visit) {
	if a.visit.AudioMode && !v.AudioMode {
		a.silence()
	}
	a.visit = v.clone()
	a.audio.said, a.audio.focus, a.audio.hinted = "", nil, false
	a.applyAccess(v.Access)
	a.player.SetVolume(v.Volume)
	a.speechVolume(v.Volume)
	a.player.SetRadio(!v.ClearVoice)
}

// setVolume changes the volume of the visit (and of the player).
func (a *App) setVolume(v float64) {
	v = min(max(v, 0), 1)
	a.visit.Volume = v
	a.player.SetVolume(v)
	a.speechVolume(v)
}

// speechVolume: the audio mode speaks as loud as the broadcasts play.
func (a *App) speechVolume(v float64) {
	if s, ok := a.audio.speech.(interface{ SetVolume(float64) }); ok {
		s.SetVolume(v)
	}
}

// setClearVoice turns the period-radio sound off (true) or on.
func (a *App) setClearVoice(on bool) {
	a.visit.ClearVoice = on
	a.player.SetRadio(!on)
}

// applyAccess sets the theme and rules of acc without drawing anything;
// screens cut for the old text size are cut again when next drawn.
func (a *App) applyAccess(acc Access) {
	if acc.TextScale != 1.5 && acc.TextScale != 2 {
		acc.TextScale = 1
	}
	a.visit.Access = acc
	ui.ReducedMotion = acc.ReducedMotion
	ui.Apply(acc.HighContrast, acc.TextScale)
}
