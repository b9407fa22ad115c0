package speech

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"
)

const page = "On the evening of 23 October, while one crowd waited at Parliament, another gathered at the Stalin Monument. Its removal had been one of the students’ sixteen demands. All that was left was a pair of boots."

// Speak makes every part in order, trimmed, at SampleRate, joined by the
// pauses; Done closes with no error.
func TestSpeak_PartsInOrderTrimmedAndJoined(t *testing.T) {
	f := newFake()
	f.rate = 16000
	s := New(f, Options{})
	defer s.Close()
	u, err := s.Speak(context.Background(), "en", page)
	if err != nil {
		t.Fatal(err)
	}
	waitClosed(t, u.Done(), "Done")
	if err := u.Err(); err != nil {
		t.Fatal(err)
	}
	want := []string{
		"On the evening of 23 October,",
		"while one crowd waited at Parliament, another gathered at the Stalin Monument.",
		"Its removal had been one of the students' sixteen demands.",
		"All that was left was a pair of boots.",
	}
	if got := f.callList(); !reflect.DeepEqual(got, want) {
		t.Fatalf("engine calls\n got %q\nwant %q", got, want)
	}
	if !reflect.DeepEqual(u.Parts(), want) {
		t.Errorf("Parts %q", u.Parts())
	}
	// Each part: its tone resampled from 16 kHz (the 50 ms pads trimmed to
	// 5 ms each: 79 samples at 16 kHz), then a clause pause after the first clause, sentence pauses
	// after the sentences, none at the end.
	total := 0
	for i, p := range want {
		start, ok := u.PartStart(i)
		if !ok || start != total {
			t.Errorf("part %d starts at %d (%v), want %d", i, start, ok, total)
		}
		n := len([]rune(p))*100 + 2*(trimMargin*16000/SampleRate)
		total += n * SampleRate / 16000
		switch {
		case i == 0:
			total += clauseGap
		case i < len(want)-1:
			total += sentenceGap
		}
	}
	if got := len(u.Samples()); got != total {
		t.Errorf("%d samples, want %d", got, total)
	}
	var peak float32
	for _, v := range u.Samples() {
		peak = max(peak, v, -v)
	}
	if peak < peakLevel-0.01 || peak > peakLevel+0.001 {
		t.Errorf("peak %.3f, want %.3f", peak, peakLevel)
	}
}

// A new Speak interrupts the previous utterance at once: its running
// synthesis is cancelled and it reports ErrInterrupted.
func TestSpeak_NewSpeakInterruptsPrevious(t *testing.T) {
	f := newFake()
	f.block = make(chan struct{})
	s := New(f, Options{})
	defer s.Close()
	first, err := s.Speak(context.Background(), "en", "The first label, which is slow.")
	if err != nil {
		t.Fatal(err)
	}
	for f.running.Load() == 0 {
		time.Sleep(time.Millisecond)
	}
	start := time.Now()
	second, err := s.Speak(context.Background(), "hu", "A második.")
	if err != nil {
		t.Fatal(err)
	}
	waitClosed(t, first.Done(), "interrupted utterance's Done")
	if el := time.Since(start); el > 250*time.Millisecond {
		t.Errorf("interrupting took %v", el)
	}
	if !errors.Is(first.Err(), ErrInterrupted) {
		t.Errorf("first.Err() = %v, want ErrInterrupted", first.Err())
	}
	deadline := time.Now().Add(time.Second)
	for f.cancels() == 0 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	if f.cancels() != 1 {
		t.Errorf("%d syntheses cancelled, want the first's", f.cancels())
	}
	close(f.block)
	waitClosed(t, second.Done(), "second Done")
	if second.Err() != nil || len(second.Samples()) == 0 {
		t.Errorf("second: err %v, %d samples", second.Err(), len(second.Samples()))
	}
	// A Speak that cannot speak (nothing to say, no voice) still interrupts.
	f.setBlock(make(chan struct{}))
	for _, c := range []struct{ lang, text string }{{"en", " „” "}, {"de", "Hallo."}} {
		u, _ := s.Speak(context.Background(), "en", "Something new to say.")
		if _, err := s.Speak(context.Background(), c.lang, c.text); err == nil {
			t.Fatalf("Speak(%s, %q) did not fail", c.lang, c.text)
		}
		waitClosed(t, u.Done(), "interrupted by a failing Speak")
		if !errors.Is(u.Err(), ErrInterrupted) {
			t.Errorf("after a failing Speak(%s, %q): Err %v", c.lang, c.text, u.Err())
		}
	}
	// Stop interrupts too.
	third, _ := s.Speak(context.Background(), "en", "A third text that is new.")
	s.Stop()
	waitClosed(t, third.Done(), "stopped Done")
	if err := third.Err(); err != nil && !errors.Is(err, ErrInterrupted) {
		t.Errorf("stopped: %v", err)
	}
}

// Speak's own context ends the utterance too, with its cause.
func TestSpeak_ContextCancels(t *testing.T) {
	f := newFake()
	f.block = make(chan struct{})
	defer close(f.block)
	s := New(f, Options{})
	defer s.Close()
	ctx, cancel := context.WithCancel(context.Background())
	u, _ := s.Speak(ctx, "en", "Waiting.")
	cancel()
	waitClosed(t, u.Done(), "Done")
	if !errors.Is(u.Err(), context.Canceled) {
		t.Errorf("Err %v", u.Err())
	}
}

// A part spoken once comes from the cache: no engine call, Ready at once.
func TestSpeak_CachedPartsNeedNoEngine(t *testing.T) {
	f := newFake()
	f.delay = 200 * time.Millisecond // a cold synthesis
	s := New(f, Options{})
	defer s.Close()
	u, _ := s.Speak(context.Background(), "en", "Play, button")
	waitClosed(t, u.Done(), "Done")
	if !s.Cached("en", "Play, button") || s.Cached("hu", "Play, button") {
		t.Errorf("Cached en %v, hu %v", s.Cached("en", "Play, button"), s.Cached("hu", "Play, button"))
	}
	start := time.Now()
	u2, _ := s.Speak(context.Background(), "en", "Play, button")
	waitClosed(t, u2.Ready(), "Ready")
	if el := time.Since(start); el > 100*time.Millisecond {
		t.Errorf("cached Ready after %v", el)
	}
	if n := len(f.callList()); n != 1 {
		t.Errorf("%d engine calls, want 1", n)
	}
	waitClosed(t, u2.Done(), "Done")
	if !reflect.DeepEqual(u.Samples(), u2.Samples()) {
		t.Error("cached samples differ")
	}
}

// The cache holds at most CacheBytes and drops the least recently used part.
func TestSpeak_CacheBounded(t *testing.T) {
	f := newFake()
	f.samplesPerRune = 1000
	// "Aaaa." is 5 runes: 5,000 samples + 2×110 margin = 5,220 samples = 20,880 bytes.
	s := New(f, Options{CacheBytes: 50_000})
	defer s.Close()
	say := func(text string) {
		u, err := s.Speak(context.Background(), "en", text)
		if err != nil {
			t.Fatal(err)
		}
		waitClosed(t, u.Done(), text)
	}
	say("Aaaa.")
	say("Bbbb.")
	say("Aaaa.") // A is now the most recent
	say("Cccc.") // evicts B
	if s.CacheSize() > 50_000 {
		t.Errorf("cache holds %d bytes, limit 50,000", s.CacheSize())
	}
	if !s.Cached("en", "Aaaa.") || s.Cached("en", "Bbbb.") || !s.Cached("en", "Cccc.") {
		t.Errorf("cached A %v B %v C %v, want A and C", s.Cached("en", "Aaaa."), s.Cached("en", "Bbbb."), s.Cached("en", "Cccc."))
	}
}

// Prewarm fills the cache in the background, so speaking the text later
// calls no engine; it waits while an utterance is being synthesised.
func TestPrewarm_FillsCacheAfterForeground(t *testing.T) {
	f := newFake()
	f.block = make(chan struct{})
	s := New(f, Options{})
	defer s.Close()
	fg, _ := s.Speak(context.Background(), "en", "Now.")
	for f.running.Load() == 0 {
		time.Sleep(time.Millisecond)
	}
	s.Prewarm("hu", "Lejátszás, gomb", "Következő oldal, gomb")
	time.Sleep(50 * time.Millisecond)
	if calls := f.callList(); len(calls) != 1 {
		t.Fatalf("prewarm ran while the foreground synthesised: %q", calls)
	}
	close(f.block)
	waitClosed(t, fg.Done(), "foreground")
	deadline := time.Now().Add(3 * time.Second)
	for !(s.Cached("hu", "Lejátszás, gomb") && s.Cached("hu", "Következő oldal, gomb")) {
		if time.Now().After(deadline) {
			t.Fatalf("not prewarmed; calls %q", f.callList())
		}
		time.Sleep(2 * time.Millisecond)
	}
	n := len(f.callList())
	u, _ := s.Speak(context.Background(), "hu", "Következő oldal, gomb")
	waitClosed(t, u.Done(), "Done")
	if len(f.callList()) != n {
		t.Errorf("a prewarmed text called the engine again: %q", f.callList())
	}
}

// A Speak of a part that prewarm is synthesising joins that synthesis rather
// than starting a second.
func TestPrewarm_SpeakJoinsRunningSynthesis(t *testing.T) {
	f := newFake()
	f.block = make(chan struct{})
	s := New(f, Options{})
	defer s.Close()
	s.Prewarm("en", "Home, button")
	for f.running.Load() == 0 {
		time.Sleep(time.Millisecond)
	}
	u, _ := s.Speak(context.Background(), "en", "Home, button")
	time.Sleep(20 * time.Millisecond)
	close(f.block)
	waitClosed(t, u.Done(), "Done")
	if u.Err() != nil {
		t.Fatal(u.Err())
	}
	if calls := f.callList(); len(calls) != 1 {
		t.Errorf("engine calls %q, want one", calls)
	}
}

// A synthesis that hangs is killed after the timeout, with an error saying so.
func TestSpeak_Timeout(t *testing.T) {
	f := newFake()
	f.block = make(chan struct{})
	defer close(f.block)
	s := New(f, Options{Timeout: 50 * time.Millisecond})
	defer s.Close()
	u, _ := s.Speak(context.Background(), "en", "Never ends.")
	waitClosed(t, u.Done(), "Done")
	if err := u.Err(); err == nil || !strings.Contains(err.Error(), "took longer than 50ms") || !strings.Contains(err.Error(), "Never ends.") {
		t.Errorf("Err %v", err)
	}
}

// An engine error ends the utterance with the engine's message; the parts
// made before it stay.
func TestSpeak_EngineErrorReported(t *testing.T) {
	f := newFake()
	f.failOn = "Second one."
	s := New(f, Options{})
	defer s.Close()
	u, _ := s.Speak(context.Background(), "en", "First one. Second one. Third one.")
	waitClosed(t, u.Done(), "Done")
	if err := u.Err(); err == nil || !strings.Contains(err.Error(), `fake engine broke on "Second one."`) {
		t.Errorf("Err %v", err)
	}
	if _, ok := u.PartStart(0); !ok {
		t.Error("the first part is lost")
	}
	if _, ok := u.PartStart(1); ok {
		t.Error("a failed part has samples")
	}
}

func TestSpeak_UnavailableAndEmpty(t *testing.T) {
	f := newFake()
	f.missing = map[string]bool{"hu": true}
	s := New(f, Options{})
	defer s.Close()
	if err := s.Available("hu"); !errors.Is(err, ErrUnavailable) {
		t.Errorf("Available(hu) = %v", err)
	}
	if err := s.Available("en"); err != nil {
		t.Errorf("Available(en) = %v", err)
	}
	if _, err := s.Speak(context.Background(), "hu", "Szia."); !errors.Is(err, ErrUnavailable) {
		t.Errorf("Speak hu: %v", err)
	}
	if _, err := s.Speak(context.Background(), "en", " „” \n "); !errors.Is(err, ErrNothingToSay) {
		t.Errorf("Speak of quotes only: %v", err)
	}
	s.Close()
	if _, err := s.Speak(context.Background(), "en", "After."); !errors.Is(err, ErrClosed) {
		t.Errorf("Speak after Close: %v", err)
	}
}

// Interrupting, prewarming and closing leave no goroutine behind, and Close
// cancels the syntheses still running.
func TestSpeaker_NoGoroutineLeak(t *testing.T) {
	before := runtime.NumGoroutine()
	f := newFake()
	f.delay = 5 * time.Millisecond
	s := New(f, Options{})
	var us []*Utterance
	for i := range 20 {
		u, err := s.Speak(context.Background(), "en", strings.Repeat("Word ", i+1)+"end. And more.")
		if err != nil {
			t.Fatal(err)
		}
		us = append(us, u)
		if i%3 == 0 {
			s.Prewarm("hu", "Egy.", "Kettő.", "Három, négy.")
		}
		time.Sleep(time.Duration(i%4) * time.Millisecond)
	}
	s.Stop()
	for i, u := range us {
		waitClosed(t, u.Done(), fmt.Sprint("utterance ", i))
	}
	// The syntheses from now on hang until cancelled: one prewarming, one
	// speaking. Close must kill both.
	f.setBlock(make(chan struct{}))
	s.Prewarm("en", "Hangs too.")
	f.waitRunning(t, "Hangs too.")
	u, _ := s.Speak(context.Background(), "en", "Hangs.")
	us = append(us, u)
	f.waitRunning(t, "Hangs.")
	start := time.Now()
	s.Close()
	if el := time.Since(start); el > time.Second {
		t.Errorf("Close took %v", el)
	}
	if n := f.running.Load(); n != 0 {
		t.Errorf("%d syntheses still running after Close", n)
	}
	for i, u := range us {
		select {
		case <-u.Done():
		default:
			t.Errorf("utterance %d not done after Close", i)
		}
	}
	settle(t, before)
}
