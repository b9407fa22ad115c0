package speech

import (
	"context"
	"errors"
	"sync"
)

// errFinished is the context cause of an utterance that ended normally.
var errFinished = errors.New("speech: finished")

// Utterance is one text being spoken: its parts' samples as they are made,
// and its end.
type Utterance struct {
	lang, text string
	parts      []part
	played     bool // Player.Say: Done waits for the sound to end

	ctx    context.Context
	cancel context.CancelCauseFunc

	mu          sync.Mutex
	pcm         [][]float32 // finished parts, in order
	gaps        []int       // silence after each finished part, in samples
	err         error
	ready       chan struct{} // closed when part 0 is made, or synthesis ends
	synthesized chan struct{} // closed when every part is made, or synthesis ends
	done        chan struct{} // see Done
	readyOnce   sync.Once
	synthOnce   sync.Once
	doneOnce    sync.Once
}

func newUtterance(ctx context.Context, lang, text string, parts []part, played bool) *Utterance {
	u := &Utterance{lang: lang, text: text, parts: parts, played: played,
		ready: make(chan struct{}), synthesized: make(chan struct{}), done: make(chan struct{})}
	u.ctx, u.cancel = context.WithCancelCause(ctx)
	return u
}

// Lang and Text are what Speak was given.
func (u *Utterance) Lang() string { return u.lang }
func (u *Utterance) Text() string { return u.text }

// Parts are the pieces spoken one after the other (normalised text: captions
// should show the original). Part i's sound starts at PartStart(i).
func (u *Utterance) Parts() []string {
	out := make([]string, len(u.parts))
	for i, p := range u.parts {
		out[i] = p.text
	}
	return out
}

// Ready is closed when the first part's samples are available (or synthesis
// failed or was interrupted: see Err).
func (u *Utterance) Ready() <-chan struct{} { return u.ready }

// Synthesized is closed when every part's samples are available (or
// synthesis failed or was interrupted).
func (u *Utterance) Synthesized() <-chan struct{} { return u.synthesized }

// Done is closed when the utterance is over: for one played by Player.Say,
// when its last sample has been played or it was interrupted or failed; for
// one from Speaker.Speak, when Synthesized is.
func (u *Utterance) Done() <-chan struct{} { return u.done }

// Err is nil while speaking and after a complete utterance; ErrInterrupted
// after a newer Speak or Stop; the context's cause if Speak's ctx ended; or the
// synthesis error (with the engine's message).
func (u *Utterance) Err() error {
	u.mu.Lock()
	defer u.mu.Unlock()
	return u.err
}

// Cancel interrupts the utterance (Err: ErrInterrupted).
func (u *Utterance) Cancel() { u.cancel(ErrInterrupted) }

// Samples returns the samples made so far, parts joined by their pauses.
func (u *Utterance) Samples() []float32 {
	u.mu.Lock()
	defer u.mu.Unlock()
	var out []float32
	for i, p := range u.pcm {
		out = append(out, p...)
		out = append(out, make([]float32, u.gaps[i])...)
	}
	return out
}

// PartStart is the sample at which part i starts in Samples, if made.
func (u *Utterance) PartStart(i int) (int, bool) {
	u.mu.Lock()
	defer u.mu.Unlock()
	if i < 0 || i >= len(u.pcm) {
		return 0, false
	}
	n := 0
	for j := range i {
		n += len(u.pcm[j]) + u.gaps[j]
	}
	return n, true
}

// partAt returns part i's samples and the pause after it; ok is false if it is
// not made yet, and over is true once no more parts will come.
func (u *Utterance) partAt(i int) (pcm []float32, gap int, ok, over bool) {
	u.mu.Lock()
	defer u.mu.Unlock()
	if i < len(u.pcm) {
		return u.pcm[i], u.gaps[i], true, false
	}
	select {
	case <-u.synthesized:
		return nil, 0, false, true
	default:
		return nil, 0, false, false
	}
}

func (u *Utterance) add(pcm []float32, gap int) {
	u.mu.Lock()
	u.pcm = append(u.pcm, pcm)
	u.gaps = append(u.gaps, gap)
	u.mu.Unlock()
	u.readyOnce.Do(func() { close(u.ready) })
}

// complete: every part made.
func (u *Utterance) complete() {
	u.readyOnce.Do(func() { close(u.ready) })
	u.synthOnce.Do(func() { close(u.synthesized) })
	if !u.played {
		u.finish(nil)
	}
}

// fail: synthesis stopped with err.
func (u *Utterance) fail(err error) {
	u.mu.Lock()
	if u.err == nil {
		u.err = err
	}
	u.mu.Unlock()
	u.readyOnce.Do(func() { close(u.ready) })
	u.synthOnce.Do(func() { close(u.synthesized) })
	if !u.played {
		u.finish(err)
	}
}

// finish ends the utterance with err (nil: complete), once.
func (u *Utterance) finish(err error) {
	u.mu.Lock()
	if u.err == nil {
		u.err = err
	}
	u.mu.Unlock()
	u.doneOnce.Do(func() { close(u.done) })
	u.cancel(errFinished) // release the context; a no-op if already cancelled
}

// interrupted reports the cause if the utterance was cancelled.
func (u *Utterance) interrupted() error {
	if u.ctx.Err() == nil {
		return nil
	}
	return context.Cause(u.ctx)
}
