// Package kiosk holds the rules of unattended operation, free of Fyne so
// they can be tested with a fake clock: when a visitor counts as gone, the
// staff gesture, and the PIN's rate limit.
package kiosk

import "time"

// State is where the idle machine is.
type State int

const (
	Attract State = iota // nobody there: the attract loop runs
	Active               // a visitor is using the exhibit
	Warning              // "Are you still there?" with a countdown
)

func (s State) String() string {
	return [...]string{"attract", "active", "warning"}[s]
}

// Idle decides when a visitor has walked away. After Timeout without a
// touch it warns, and after Countdown more it resets (WCAG 2.2.1: the
// visitor is warned and can ask for more time with one tap). While audio
// plays the visitor is listening, not gone, so the timer is paused.
type Idle struct {
	Timeout   time.Duration
	Countdown time.Duration

	state     State
	lastTouch time.Time
	warnedAt  time.Time
	playing   bool
}

// NewIdle starts in the attract loop.
func NewIdle(timeout, countdown time.Duration) *Idle {
	return &Idle{Timeout: timeout, Countdown: countdown}
}

// State returns the current state.
func (m *Idle) State() State { return m.state }

// LastTouch is when the visitor last touched the screen.
func (m *Idle) LastTouch() time.Time { return m.lastTouch }

// Touch records any touch, key or click. It starts a visit from the attract
// loop and dismisses a warning (as Continue does).
func (m *Idle) Touch(now time.Time) {
	m.lastTouch = now
	m.state = Active
}

// Playing tells the machine whether audio is playing. When it stops, the
// visitor gets a full idle period from then.
func (m *Idle) Playing(now time.Time, playing bool) {
	if m.playing && !playing {
		m.lastTouch = now
	}
	m.playing = playing
}

// Remaining is how long the warning has left to run.
func (m *Idle) Remaining(now time.Time) time.Duration {
	if m.state != Warning {
		return 0
	}
	if r := m.Countdown - now.Sub(m.warnedAt); r > 0 {
		return r
	}
	return 0
}

// Event is what Tick decided.
type Event int

const (
	None  Event = iota
	Warn        // show "Are you still there?"
	Reset       // the visitor is gone: stop audio, default language, attract loop
)

// Tick advances the machine to now and reports what changed.
func (m *Idle) Tick(now time.Time) Event {
	switch m.state {
	case Active:
		if m.playing {
			return None
		}
		if now.Sub(m.lastTouch) >= m.Timeout {
			m.state, m.warnedAt = Warning, now
			return Warn
		}
	case Warning:
		if m.playing {
			// Audio started during the warning (e.g. by keyboard): keep the visit.
			m.state, m.lastTouch = Active, now
			return None
		}
		if now.Sub(m.warnedAt) >= m.Countdown {
			m.state = Attract
			return Reset
		}
	}
	return None
}
