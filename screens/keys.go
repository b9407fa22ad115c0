package screens

import (
	"fmt"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
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

// DefaultKeys are the bindings without a config: arrows or Tab to move
// (Tab itself is Fyne's focus key and reaches the audio mode as focus),
// Enter or Space to activate, Escape or Backspace back, Home, F1 or ? for
// help, + and − for volume, F2 for audio mode.
var DefaultKeys = map[string][]string{
	"next":        {"Down"},
	"previous":    {"Up"},
	"activate":    {"Return", "KP_Enter", "Space"},
	"back":        {"Escape", "BackSpace"},
	"home":        {"Home"},
	"help":        {"F1", "?"},
	"volume_up":   {"+"},
	"volume_down": {"-"},
	"audio_mode":  {"F2"},
}

// keyMap finds the action of a key or a typed character.
type keyMap struct {
	keys  map[fyne.KeyName]keyAction
	runes map[rune]keyAction
}

// ParseKeys makes the bindings from DefaultKeys with the given overrides
// (an action's list replaces its default). A key name is a Fyne key name
// (Up, Down, Return, KP_Enter, F1…, A–Z, 0–9) or one character (+, ?).
func ParseKeys(over map[string][]string) (keyMap, error) {
	m := keyMap{keys: map[fyne.KeyName]keyAction{}, runes: map[rune]keyAction{}}
	names := make([]string, 0, len(KeyActions))
	for n := range KeyActions {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		list, ok := over[name]
		if !ok {
			list = DefaultKeys[name]
		}
		for _, k := range list {
			if err := m.bind(k, KeyActions[name]); err != nil {
				return keyMap{}, fmt.Errorf("audio_keys_%s: %w", name, err)
			}
		}
	}
	for name := range over {
		if _, ok := KeyActions[name]; !ok {
			return keyMap{}, fmt.Errorf("audio_keys_%s: no such action (known: %s)", name, strings.Join(names, ", "))
		}
	}
	return m, nil
}

func (m keyMap) bind(k string, act keyAction) error {
	if r := []rune(k); len(r) == 1 && !isKeyName(k) {
		m.runes[r[0]] = act
		return nil
	}
	if !isKeyName(k) {
		return fmt.Errorf("%q is not a key name", k)
	}
	m.keys[fyne.KeyName(k)] = act
	return nil
}

// isKeyName: the Fyne key names a keypad can send.
func isKeyName(k string) bool {
	switch fyne.KeyName(k) {
	case fyne.KeyUp, fyne.KeyDown, fyne.KeyLeft, fyne.KeyRight, fyne.KeyReturn, fyne.KeyEnter,
		fyne.KeySpace, fyne.KeyEscape, fyne.KeyBackspace, fyne.KeyHome, fyne.KeyEnd, fyne.KeyPageUp,
		fyne.KeyPageDown, fyne.KeyTab, fyne.KeyInsert, fyne.KeyDelete,
		fyne.KeyF1, fyne.KeyF2, fyne.KeyF3, fyne.KeyF4, fyne.KeyF5, fyne.KeyF6, fyne.KeyF7, fyne.KeyF8,
		fyne.KeyF9, fyne.KeyF10, fyne.KeyF11, fyne.KeyF12:
		return true
	}
	if len(k) == 1 && (k[0] >= 'A' && k[0] <= 'Z' || k[0] >= '0' && k[0] <= '9') {
		return true
	}
	return false
}

// keyAction of a key event, or of a typed character.
func (m keyMap) ofKey(k fyne.KeyName) keyAction { return m.keys[k] }
func (m keyMap) ofRune(r rune) keyAction        { return m.runes[r] }

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
