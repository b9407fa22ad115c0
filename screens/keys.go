package screens

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"fyne.io/fyne/v2"

	"budapest1956/internal/config"
)

// Keys: what a keyboard or an accessibility keypad (Storm EZ-Key / AudioNav
// type: a USB keypad that types ordinary keys) does. The bindings of the
// actions that matter most to a blind visitor can be changed in the config
// file (audio_keys_*), since each keypad model sends its own keys.

type keyAction int

const (
	actNone keyAction = iota
	actNext
	actPrevious
	actActivate
	actBack
	actHome
	actHelp
	actVolumeUp
	actVolumeDown
	actToggleAudio
)

// KeyActions are the configurable actions, by the name the config uses.
var KeyActions = map[string]keyAction{
	"next":        actNext,
	"previous":    actPrevious,
	"activate":    actActivate,
	"back":        actBack,
	"home":        actHome,
	"help":        actHelp,
	"volume_up":   actVolumeUp,
	"volume_down": actVolumeDown,
	"audio_mode":  actToggleAudio,
}

// DefaultKeys are the bindings without a config (config.AudioKeyActions):
// arrows to move (Tab, Fyne's focus key, reaches the audio mode as focus),
// Enter or Space to activate, Escape or Backspace back, Home, F1 or ? for
// help, + and − for volume, F2 for audio mode.
func DefaultKeys() map[string][]string {
	out := map[string][]string{}
	for _, act := range config.AudioKeyActions {
		out[act.Name] = strings.Fields(act.Default)
	}
	return out
}

// KeyMap finds the action of a key or a typed character (ParseKeys).
type KeyMap struct {
	keys  map[fyne.KeyName]keyAction
	runes map[rune]keyAction
}

// ParseKeys makes the bindings from DefaultKeys with the given overrides
// (an action's list replaces its default). A key name is a Fyne key name
// (Up, Down, Return, KP_Enter, F1…, A–Z, 0–9) or one character (+, ?). A
// bad binding is reported, naming its setting, and the action keeps its
// default keys: the keypad still works.
func ParseKeys(over map[string][]string) (KeyMap, error) {
	m := KeyMap{keys: map[fyne.KeyName]keyAction{}, runes: map[rune]keyAction{}}
	var errs []error
	for name := range over {
		if _, ok := KeyActions[name]; !ok {
			errs = append(errs, fmt.Errorf("audio_keys_%s: no such action", name))
		}
	}
	defaults := DefaultKeys()
	for _, act := range config.AudioKeyActions {
		list, ok := over[act.Name]
		if !ok {
			list = defaults[act.Name]
		}
		for _, k := range list {
			if !isKeyName(k) && len([]rune(k)) != 1 {
				errs = append(errs, fmt.Errorf("audio_keys_%s: %q is not a key name; keeping %s", act.Name, k, strings.Join(defaults[act.Name], " ")))
				list = defaults[act.Name]
				break
			}
		}
		for _, k := range list {
			m.bind(k, KeyActions[act.Name])
		}
	}
	sort.Slice(errs, func(i, j int) bool { return errs[i].Error() < errs[j].Error() })
	return m, errors.Join(errs...)
}

func (m KeyMap) bind(k string, act keyAction) {
	if r := []rune(k); len(r) == 1 && !isKeyName(k) {
		m.runes[r[0]] = act
		return
	}
	m.keys[fyne.KeyName(k)] = act
}

// isKeyName: the Fyne key names a keypad can send (config.KeyNames).
func isKeyName(k string) bool { return config.KeyNames[k] }

// keyAction of a key event, or of a typed character.
func (m KeyMap) ofKey(k fyne.KeyName) keyAction { return m.keys[k] }
func (m KeyMap) ofRune(r rune) keyAction        { return m.runes[r] }

// runAction does an action that is the same with and without audio mode.
func (a *App) runAction(act keyAction) bool {
	switch act {
	case actBack:
		a.back()
	case actHome:
		if len(a.win.Canvas().Overlays().List()) > 0 {
			a.closeOverlays()
			a.announceAgain()
			return true
		}
		a.ShowHome()
	case actToggleAudio:
		if !a.CanSpeak() {
			return false
		}
		if a.visit.AudioMode {
			a.say(a.label("audio_off"))
			a.SetAudioMode(false)
		} else {
			a.SetAudioMode(true)
		}
	default:
		return false
	}
	return true
}

// back closes an overlay, else goes where the visitor came from: the
// player to its story page or the radio, the radio to its chapter, any
// other screen home.
func (a *App) back() {
	if len(a.win.Canvas().Overlays().List()) > 0 {
		a.closeOverlays()
		a.announceAgain()
		return
	}
	r := a.visit.Route
	switch r.Kind {
	case RouteBroadcast:
		if p, ok := a.cur.(*playerScreen); ok {
			p.goBack()
			return
		}
	case RouteRadio, RouteRadioList:
		if r.Back != nil {
			a.navigate(*r.Back)
			return
		}
	}
	a.ShowHome()
}
