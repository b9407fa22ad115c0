package stats

import (
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

func TestRecorder_WritesAVisitInOrder(t *testing.T) {
	before := runtime.NumGoroutine()
	path := filepath.Join(t.TempDir(), "visits.jsonl")
	l, err := Open(path, DefaultMaxBytes, DefaultKeep)
	if err != nil {
		t.Fatal(err)
	}
	r := NewRecorder(l)
	t0 := time.Now()
	r.PageView("crushing", "whirlwind", "en", time.Second) // no visit yet: ignored
	r.SessionStart("en")
	r.PageView("crushing", "whirlwind", "en", 12*time.Second)
	r.Language("en", "hu")
	r.Broadcast("nagy-1956-11-04", "hu", 10*time.Second, 24*time.Second)
	r.IdleReset()
	r.SessionEnd(ReasonIdle, t0.Add(30*time.Second))
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	events, problems := Read(path)
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	var kinds []Kind
	for _, e := range events {
		kinds = append(kinds, e.Kind)
	}
	want := []Kind{SessionStart, PageView, Language, Broadcast, IdleReset, SessionEnd}
	if len(kinds) != len(want) {
		t.Fatalf("events %v, want %v", kinds, want)
	}
	for i := range want {
		if kinds[i] != want[i] {
			t.Fatalf("events %v, want %v", kinds, want)
		}
	}
	if events[1].Session == "" || events[1].Session != events[5].Session {
		t.Error("events of one visit do not share a session id")
	}
	// The writer's goroutine ends after Close: give it time on a loaded machine.
	for deadline := time.Now().Add(3 * time.Second); runtime.NumGoroutine() > before && time.Now().Before(deadline); {
		time.Sleep(5 * time.Millisecond)
	}
	if after := runtime.NumGoroutine(); after > before {
		t.Errorf("goroutines: %d before, %d after Close", before, after)
	}
}
