package kiosk

import (
	"testing"
	"time"
)

var t0 = time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)

func at(s float64) time.Time { return t0.Add(time.Duration(s * float64(time.Second))) }

func TestIdle_AttractActiveWarningReset(t *testing.T) {
	m := NewIdle(90*time.Second, 30*time.Second)
	if m.State() != Attract || m.Tick(at(1000)) != None {
		t.Fatal("attract loop should stay put with nobody there")
	}
	m.Touch(at(0))
	if m.State() != Active {
		t.Fatal("a touch should start a visit")
	}
	if e := m.Tick(at(89)); e != None {
		t.Fatalf("at 89 s: %v", e)
	}
	if e := m.Tick(at(90)); e != Warn || m.State() != Warning {
		t.Fatalf("at 90 s: event %v state %v, want a warning", e, m.State())
	}
	if r := m.Remaining(at(100)); r != 20*time.Second {
		t.Fatalf("remaining at 100 s: %v", r)
	}
	if e := m.Tick(at(119)); e != None {
		t.Fatalf("at 119 s: %v", e)
	}
	if e := m.Tick(at(120)); e != Reset || m.State() != Attract {
		t.Fatalf("at 120 s: event %v state %v, want reset to attract", e, m.State())
	}
}

func TestIdle_ContinueExtends(t *testing.T) {
	m := NewIdle(90*time.Second, 30*time.Second)
	m.Touch(at(0))
	m.Tick(at(90))
	m.Touch(at(100)) // Continue
	if m.State() != Active {
		t.Fatal("Continue should end the warning")
	}
	if e := m.Tick(at(189)); e != None {
		t.Fatalf("a full idle period should follow Continue, got %v at 189 s", e)
	}
	if e := m.Tick(at(190)); e != Warn {
		t.Fatalf("at 190 s: %v", e)
	}
}

func TestIdle_PausedWhileAudioPlays(t *testing.T) {
	m := NewIdle(90*time.Second, 30*time.Second)
	m.Touch(at(0))
	m.Playing(at(10), true)
	if e := m.Tick(at(500)); e != None {
		t.Fatalf("warned during a broadcast: %v", e)
	}
	m.Playing(at(600), false)
	if e := m.Tick(at(689)); e != None {
		t.Fatalf("warned %v before a full period after the broadcast ended", e)
	}
	if e := m.Tick(at(690)); e != Warn {
		t.Fatalf("at 690 s: %v", e)
	}
}

func TestGesture_FiveTapsWithinThreeSeconds(t *testing.T) {
	g := NewGesture()
	for i, s := range []float64{0, 0.5, 1, 1.5} {
		if g.Tap(at(s)) {
			t.Fatalf("gesture complete after %d taps", i+1)
		}
	}
	if !g.Tap(at(2)) {
		t.Fatal("five taps in 2 s should open the PIN pad")
	}
	slow := NewGesture()
	for _, s := range []float64{0, 1, 2, 3, 4, 5} {
		if slow.Tap(at(s)) {
			t.Fatalf("taps one second apart completed the gesture at %v s", s)
		}
	}
}

func TestPINGate_RateLimitsWrongTries(t *testing.T) {
	g := NewPINGate("4827")
	for i := 0; i < 2; i++ {
		if g.Try(at(float64(i)), "0000") || g.LockedFor(at(float64(i))) != 0 {
			t.Fatalf("try %d: locked too early", i+1)
		}
	}
	g.Try(at(2), "0000") // third wrong try locks for 30 s
	if d := g.LockedFor(at(2)); d != 30*time.Second {
		t.Fatalf("locked for %v after three wrong tries, want 30s", d)
	}
	if g.Try(at(10), "4827") {
		t.Fatal("the right PIN must not work while locked")
	}
	g.Try(at(33), "1111") // wrong again: 60 s
	if d := g.LockedFor(at(33)); d != 60*time.Second {
		t.Fatalf("second lockout %v, want 60s", d)
	}
	if !g.Try(at(100), "4827") {
		t.Fatal("right PIN after the lockout should work")
	}
	if g.Try(at(101), "0") || g.LockedFor(at(101)) != 0 {
		t.Fatal("a right PIN should reset the count")
	}
}

func TestValidPIN(t *testing.T) {
	for pin, ok := range map[string]bool{"1956": true, "12345678": true, "123": false, "123456789": false, "12a4": false, "": false} {
		if ValidPIN(pin) != ok {
			t.Errorf("ValidPIN(%q) = %v", pin, !ok)
		}
	}
}
