package health

import (
	"runtime"
	"strings"
	"testing"
)

func TestGo_RecoversAndLogsPanic(t *testing.T) {
	logs := captureLog(t)
	before, n := runtime.NumGoroutine(), Panics()
	ran := make(chan struct{})
	Go("content loader", func() {
		close(ran)
		var m map[string]int
		m["boom"]++ // a nil map write: a runtime error, not just panic("...")
	})
	<-ran
	waitFor(t, "the panic to be counted", func() bool { return Panics() == n+1 })
	out := logs.String()
	for _, want := range []string{`"content loader"`, "assignment to entry in nil map", "recover_test.go"} {
		if !strings.Contains(out, want) {
			t.Errorf("log lacks %q:\n%s", want, out)
		}
	}
	settle(t, before)
}

func TestGo_RunsWithoutPanic(t *testing.T) {
	logs := captureLog(t)
	n := Panics()
	done := make(chan int)
	Go("worker", func() { done <- 42 })
	if v := <-done; v != 42 {
		t.Fatal(v)
	}
	if Panics() != n || logs.String() != "" {
		t.Errorf("a goroutine that did not panic was reported: %q", logs)
	}
}

func TestRecover_InExistingGoroutine(t *testing.T) {
	logs := captureLog(t)
	n := Panics()
	go func() {
		defer Recover("audio decoder")
		panic("bad frame")
	}()
	waitFor(t, "the panic to be counted", func() bool { return Panics() == n+1 })
	if out := logs.String(); !strings.Contains(out, `"audio decoder"`) || !strings.Contains(out, "bad frame") {
		t.Errorf("log:\n%s", out)
	}
}
