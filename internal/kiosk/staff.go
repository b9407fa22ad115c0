package kiosk

import (
	"crypto/subtle"
	"time"
)

// Gesture recognises the hidden staff gesture: Taps taps within Window.
// Visitors rarely tap one empty corner five times in three seconds.
type Gesture struct {
	Taps   int
	Window time.Duration
	times  []time.Time
}

// NewGesture is five taps within three seconds.
func NewGesture() *Gesture { return &Gesture{Taps: 5, Window: 3 * time.Second} }

// Tap records a tap in the corner and reports whether the gesture is complete.
func (g *Gesture) Tap(now time.Time) bool {
	g.times = append(g.times, now)
	for len(g.times) > 0 && now.Sub(g.times[0]) > g.Window {
		g.times = g.times[1:]
	}
	if len(g.times) >= g.Taps {
		g.times = nil
		return true
	}
	return false
}

// DefaultPIN is what a fresh install has; kiosk mode refuses to start with
// it unless told the installation is not public.
const DefaultPIN = "1956"

// PINGate checks staff PINs and slows down guessing: after Free wrong tries
// each further wrong try locks the keypad for twice as long as the last,
// starting at Lockout. A right PIN resets it.
type PINGate struct {
	PIN     string
	Free    int
	Lockout time.Duration

	wrong int
	until time.Time
	next  time.Duration
}

// NewPINGate allows three free tries, then locks for 30 s, 60 s, 120 s…
func NewPINGate(pin string) *PINGate {
	return &PINGate{PIN: pin, Free: 3, Lockout: 30 * time.Second}
}

// LockedFor says how long the keypad stays locked.
func (g *PINGate) LockedFor(now time.Time) time.Duration {
	if now.Before(g.until) {
		return g.until.Sub(now)
	}
	return 0
}

// Try checks a PIN. While locked every try fails without counting.
func (g *PINGate) Try(now time.Time, pin string) bool {
	if g.LockedFor(now) > 0 {
		return false
	}
	if subtle.ConstantTimeCompare([]byte(pin), []byte(g.PIN)) == 1 {
		g.wrong, g.next = 0, 0
		return true
	}
	g.wrong++
	if g.wrong >= g.Free {
		if g.next == 0 {
			g.next = g.Lockout
		} else {
			g.next *= 2
		}
		if g.next > time.Hour {
			g.next = time.Hour
		}
		g.until = now.Add(g.next)
	}
	return false
}

// ValidPIN reports whether pin is 4 to 8 digits.
func ValidPIN(pin string) bool {
	if len(pin) < 4 || len(pin) > 8 {
		return false
	}
	for _, r := range pin {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
