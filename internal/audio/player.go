package audio

import (
	"budapest1956/internal/health"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// State is where a Player is in its life cycle.
type State int

const (
	StateEmpty   State = iota // nothing loaded
	StateStopped              // loaded, not started (or stopped: position 0)
	StatePlaying
	StatePaused
	StateEnded // reached the end; Play starts again from the beginning
)

func (s State) String() string {
	switch s {
	case StateEmpty:
		return "empty"
	case StateStopped:
		return "stopped"
	case StatePlaying:
		return "playing"
	case StatePaused:
		return "paused"
	case StateEnded:
		return "ended"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

// Event is a snapshot sent to OnChange: on every state change, seek, cue
// change and, while playing, every tick (for a progress bar).
type Event struct {
	// Seq increases with every event. Events are sent from whichever
	// goroutine caused them, so two can overtake each other on the way to
	// the UI: drop an event whose Seq is lower than the last one shown.
	Seq      uint64
	Name     string
	State    State
	Position time.Duration
	Sample   int64 // position in samples
	Duration time.Duration
	Cue      int  // CurrentCue: -1 before the first cue
	Sound    bool // audio goes to a device; false = captions only, timed by the clock
	// Err is set on the one event that reports sound being lost (device
	// failed while playing); playback continues captions-only.
	Err error
}

// Options configure a Player. The zero value is fine.
type Options struct {
	Clock Clock // nil: SystemClock. Times playback when there is no device.
	// TickInterval is how often a playing Player re-reads its position and
	// sends an Event. 0: 50 ms. Negative: no ticker goroutine; call Update.
	TickInterval time.Duration
	OnChange     func(Event)
	Seed         uint64 // radio noise seed; 0: fixed default
}

// ErrClosed is returned by Load after Close.
var ErrClosed = errors.New("audio: player closed")

// Player plays one broadcast at a time. All methods are safe for concurrent
// use and never call OnChange with a lock held, so OnChange may call back.
type Player struct {
	clock Clock
	tick  time.Duration
	seed  uint64
	radio atomic.Bool

	mu       sync.Mutex
	dev      Device
	onChange func(Event)
	closed   bool
	loads    uint64 // bumped by every Load: a slow decode must not win over a newer Load

	name  string
	pcm   []float32
	rate  int
	cues  []Cue
	state State

	volume float64
	ducked bool      // speech over the sound (SetDucked)
	base   int64     // position when not playing; segment start in clock mode
	since  time.Time // when the current playing segment (from base) started
	voice  Voice     // nil: clock mode (no device, or it failed)
	src    *stream
	last   int64 // device mode: last position, kept monotonic within a segment

	sound   bool  // last reported Sound
	lostErr error // pending Err for the next event
	lastCue int
	lastPos int64
	seq     uint64

	tickStop chan struct{}
	tickDone chan struct{}
}

// NewPlayer makes a Player on dev. dev may be nil (no sound card, or opening
// it failed): the Player then works the same, timed by opts.Clock, so
// captions still advance for a silent kiosk or a deaf visitor.
func NewPlayer(dev Device, opts Options) *Player {
	p := &Player{clock: opts.Clock, tick: opts.TickInterval, seed: opts.Seed,
		dev: dev, onChange: opts.OnChange, volume: 1, lastCue: -1}
	if p.clock == nil {
		p.clock = SystemClock()
	}
	if p.tick == 0 {
		p.tick = 50 * time.Millisecond
	}
	return p
}

// SetOnChange replaces the callback. It is called on arbitrary goroutines;
// a Fyne UI wraps its work in fyne.Do.
func (p *Player) SetOnChange(fn func(Event)) {
	p.mu.Lock()
	p.onChange = fn
	p.mu.Unlock()
}

// SetDevice switches output device (nil: captions only). It takes effect at
// the next Play, Seek or Load, so an app may open the device in the
// background and hand it over when it arrives.
//
// When that changes whether there is sound, an Event says so (Sound), so a
// screen that said "captions only" can take it back.
func (p *Player) SetDevice(dev Device) {
	p.mu.Lock()
	p.dev = dev
	p.finish(nil, p.soundLocked() != p.sound)
}

// Load decodes an Ogg Vorbis broadcast and makes it current, stopped at 0.
// Whatever was playing stops first, even if the new file turns out bad.
// Decoding takes ~2-3 ms per second of audio: call it off the UI goroutine.
func (p *Player) Load(name string, ogg []byte, cues []Cue) error {
	gen, err := p.unload()
	if err != nil {
		return err
	}
	pcm, rate, err := decodeOgg(ogg)
	if err != nil {
		return fmt.Errorf("audio: %s: %w", name, err)
	}
	return p.install(gen, name, pcm, rate, cues)
}

// LoadPCM is Load for already decoded mono samples at SampleRate.
func (p *Player) LoadPCM(name string, pcm []float32, cues []Cue) error {
	gen, err := p.unload()
	if err != nil {
		return err
	}
	if len(pcm) == 0 {
		return fmt.Errorf("audio: %s: no audio samples", name)
	}
	return p.install(gen, name, pcm, SampleRate, cues)
}

func (p *Player) unload() (uint64, error) {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return 0, ErrClosed
	}
	p.loads++
	gen := p.loads
	wait := p.haltLocked()
	p.name, p.pcm, p.cues, p.rate = "", nil, nil, 0
	p.state, p.base = StateEmpty, 0
	return gen, p.finish(wait, true)
}

func (p *Player) install(gen uint64, name string, pcm []float32, rate int, cues []Cue) error {
	if err := checkCues(cues, int64(len(pcm))); err != nil {
		return fmt.Errorf("audio: %s: %w", name, err)
	}
	p.mu.Lock()
	switch {
	case p.closed:
		p.mu.Unlock()
		return ErrClosed
	case p.loads != gen: // a newer Load started meanwhile: it wins
		p.mu.Unlock()
		return fmt.Errorf("audio: %s: superseded by a newer Load", name)
	case p.dev != nil && rate != p.dev.SampleRate():
		p.mu.Unlock()
		return fmt.Errorf("audio: %s: sample rate %d Hz, the device runs at %d Hz", name, rate, p.dev.SampleRate())
	}
	p.name, p.pcm, p.rate = name, pcm, rate
	p.cues = append([]Cue(nil), cues...)
	p.state, p.base = StateStopped, 0
	return p.finish(nil, true)
}

// Play starts (from the current position), resumes a pause, or starts again
// after the end.
func (p *Player) Play() {
	p.mu.Lock()
	var wait chan struct{}
	changed := true
	switch p.state {
	case StateStopped:
		p.startLocked()
	case StatePaused:
		p.resumeLocked()
	case StateEnded:
		wait = p.haltLocked()
		p.base = 0
		p.startLocked()
	default:
		changed = false
	}
	p.finish(wait, changed)
}

// StartDelay is how long after Play (or a seek) the sound device first took
// samples of the current playback: the app's share of Play-to-sound, before
// the device's own buffer. False until the device has read, or with no device.
func (p *Player) StartDelay() (time.Duration, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.src == nil {
		return 0, false
	}
	return p.src.startDelay()
}

// Resume continues after Pause (same as Play).
func (p *Player) Resume() { p.Play() }

// Pause freezes playback and the position.
func (p *Player) Pause() {
	p.mu.Lock()
	if p.state != StatePlaying {
		p.mu.Unlock()
		return
	}
	if p.voice != nil {
		p.voice.Pause() // first, so nothing plays after the position is read
	}
	p.base = p.posLocked()
	p.state = StatePaused
	p.finish(p.stopTickerLocked(), true)
}

// Stop stops playback and rewinds to 0; the broadcast stays loaded.
func (p *Player) Stop() {
	p.mu.Lock()
	if p.state == StateEmpty {
		p.mu.Unlock()
		return
	}
	wait := p.haltLocked()
	p.state, p.base = StateStopped, 0
	p.finish(wait, true)
}

// Restart plays from the beginning.
func (p *Player) Restart() {
	p.SeekSample(0)
	p.Play()
}

// Seek moves to d from the start (clamped). A playing Player keeps playing,
// a paused one stays paused; after the end it becomes paused at d.
func (p *Player) Seek(d time.Duration) {
	p.mu.Lock()
	rate := p.rate
	p.mu.Unlock()
	p.SeekSample(int64(d) * int64(rate) / int64(time.Second))
}

// SeekSample is Seek in samples from the start of the file.
func (p *Player) SeekSample(n int64) {
	p.mu.Lock()
	if p.state == StateEmpty {
		p.mu.Unlock()
		return
	}
	n = max(0, min(n, int64(len(p.pcm))))
	var wait chan struct{}
	switch p.state {
	case StatePlaying:
		p.closeVoiceLocked()
		p.base = n
		p.startLocked()
	case StateEnded:
		wait = p.haltLocked()
		p.state, p.base = StatePaused, n
	default: // stopped or paused: the voice (if any) restarts at Play
		p.closeVoiceLocked()
		p.base = n
	}
	p.finish(wait, true)
}

// SeekToCue moves to the start of cue i.
func (p *Player) SeekToCue(i int) error {
	p.mu.Lock()
	if i < 0 || i >= len(p.cues) {
		n := len(p.cues)
		p.mu.Unlock()
		return fmt.Errorf("audio: cue %d out of range (%d cues)", i, n)
	}
	start := p.cues[i].Start
	p.mu.Unlock()
	p.SeekSample(start)
	return nil
}

// SetVolume sets the volume, clamped to 0..1.
func (p *Player) SetVolume(v float64) {
	v = max(0, min(1, v))
	p.mu.Lock()
	p.volume = v
	if p.voice != nil {
		p.voice.SetVolume(p.outVolume())
	}
	p.mu.Unlock()
}

// DuckLevel is the share of its volume a broadcast keeps while the audio
// mode speaks over it.
const DuckLevel = 0.3

// SetDucked lowers the sound to DuckLevel of its volume (speech is being
// spoken over it) or restores it; Volume is unchanged.
func (p *Player) SetDucked(on bool) {
	p.mu.Lock()
	p.ducked = on
	if p.voice != nil {
		p.voice.SetVolume(p.outVolume())
	}
	p.mu.Unlock()
}

// outVolume is what the voice plays at; p.mu is held.
func (p *Player) outVolume() float64 {
	if p.ducked {
		return p.volume * DuckLevel
	}
	return p.volume
}

// Volume is the current volume.
func (p *Player) Volume() float64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.volume
}

// SetRadio switches the period-radio effect on or off ("clear voice"). It
// applies live, cross-faded over ~30 ms, behind the device's ~0.1 s buffer.
func (p *Player) SetRadio(on bool) { p.radio.Store(on) }

// Radio reports whether the period-radio effect is on.
func (p *Player) Radio() bool { return p.radio.Load() }

// Position is the playback position from the start of the file.
func (p *Player) Position() time.Duration {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.durLocked(p.posLocked())
}

// PositionSamples is Position in samples.
func (p *Player) PositionSamples() int64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.posLocked()
}

// Duration is the length of the loaded broadcast.
func (p *Player) Duration() time.Duration {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.durLocked(int64(len(p.pcm)))
}

// CurrentCue is the index of the last cue that has started (captions stay up
// through the pause after a sentence), or -1 before the first cue.
func (p *Player) CurrentCue() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return cueAt(p.cues, p.posLocked())
}

// Cues returns the loaded cues.
func (p *Player) Cues() []Cue {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]Cue(nil), p.cues...)
}

// State is the current state.
func (p *Player) State() State {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.state
}

// Name is the name given to Load.
func (p *Player) Name() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.name
}

// HasSound reports whether sound goes to a device right now (false: captions
// only, timed by the clock).
func (p *Player) HasSound() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.soundLocked()
}

// Update re-reads the position, detects the end and sends an Event if
// anything moved. The ticker calls it while playing; with a negative
// TickInterval (tests, or a UI with its own animation loop) call it yourself.
func (p *Player) Update() { p.update(nil) }

// Close stops playback, ends the ticker and unloads. The Device is not
// closed: it belongs to the app.
func (p *Player) Close() error {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return nil
	}
	wait := p.haltLocked()
	p.closed = true
	p.name, p.pcm, p.cues, p.rate = "", nil, nil, 0
	p.state, p.base = StateEmpty, 0
	p.finish(wait, true)
	return nil
}

// ---- internals; "Locked" functions run with p.mu held ----

// finish unlocks, waits for a stopped ticker (never with the lock held: the
// ticker may be waiting for it) and sends an event if asked.
func (p *Player) finish(wait chan struct{}, changed bool) error {
	var ev Event
	var fn func(Event)
	if changed {
		ev, fn = p.eventLocked(), p.onChange
	}
	p.mu.Unlock()
	if wait != nil {
		<-wait
	}
	if fn != nil {
		fn(ev)
	}
	return nil
}

func (p *Player) eventLocked() Event {
	pos := p.posLocked()
	p.seq++
	p.lastCue = cueAt(p.cues, pos)
	p.lastPos = pos
	p.sound = p.soundLocked()
	ev := Event{Seq: p.seq, Name: p.name, State: p.state, Sample: pos,
		Position: p.durLocked(pos), Duration: p.durLocked(int64(len(p.pcm))),
		Cue: p.lastCue, Sound: p.sound, Err: p.lostErr}
	p.lostErr = nil
	return ev
}

func (p *Player) soundLocked() bool {
	if p.state == StatePlaying || p.voice != nil {
		return p.voice != nil
	}
	return p.dev != nil
}

func (p *Player) durLocked(samples int64) time.Duration {
	if p.rate == 0 {
		return 0
	}
	return time.Duration(samples * int64(time.Second) / int64(p.rate))
}

// startLocked begins playing from p.base: on a new voice if there is a
// device, else on the clock.
func (p *Player) startLocked() {
	p.state = StatePlaying
	p.since = p.clock.Now()
	p.last = p.base
	if p.dev != nil {
		src := newStream(p.pcm, p.base, p.dev.Channels(), p.rate, &p.radio, p.seed)
		v, err := p.dev.NewVoice(src)
		if err != nil {
			p.lostErr = fmt.Errorf("%w: %v", ErrNoDevice, err)
		} else {
			p.src, p.voice = src, v
			v.SetVolume(p.outVolume())
			v.Play()
		}
	}
	p.startTickerLocked()
}

// resumeLocked continues a pause on the same voice when there is one, so the
// audio already buffered is not lost.
func (p *Player) resumeLocked() {
	if p.voice == nil {
		p.startLocked()
		return
	}
	p.state = StatePlaying
	p.last = p.base
	p.since = p.clock.Now()
	p.voice.Play()
	p.startTickerLocked()
}

// haltLocked stops sound and ticker; the caller sets the new state. It
// returns the ticker's done channel to wait on after unlocking.
func (p *Player) haltLocked() chan struct{} {
	if p.state == StatePlaying {
		p.base = p.posLocked()
	}
	p.closeVoiceLocked()
	return p.stopTickerLocked()
}

func (p *Player) closeVoiceLocked() {
	if p.voice != nil {
		p.voice.Close()
		p.src.close()
		p.voice, p.src = nil, nil
	}
}

// posLocked computes the position. With a voice: samples handed to the
// device minus what it still buffers, but never ahead of the clock since the
// segment started (ALSA's "null" device swallows audio far faster than real
// time; captions must not race). Without a voice: the clock. A failed voice
// falls back to the clock from where it was.
func (p *Player) posLocked() int64 {
	if p.state != StatePlaying {
		return p.base
	}
	total := int64(len(p.pcm))
	byClock := min(total, p.base+int64(p.clock.Now().Sub(p.since))*int64(p.rate)/int64(time.Second))
	if p.voice == nil {
		return byClock
	}
	frameBytes := int64(4 * p.src.channels) // the voice's own device: SetDevice may have changed p.dev
	pos := p.src.handed() - int64(p.voice.Buffered())/frameBytes
	// oto updates "handed" and "buffered" under different locks: never let
	// that race move the position backwards.
	p.last = max(p.last, min(pos, byClock))
	if err := p.voice.Err(); err != nil {
		p.lostErr = fmt.Errorf("%w: %v", ErrNoDevice, err)
		p.closeVoiceLocked()
		p.base, p.since = p.last, p.clock.Now()
	}
	return p.last
}

// endedLocked: every sample played, by the clock and (with a voice) by the
// device, which has taken everything and emptied its buffer.
func (p *Player) endedLocked(pos int64) bool {
	if pos < int64(len(p.pcm)) {
		return false
	}
	return p.voice == nil || (p.src.handed() >= int64(len(p.pcm)) && p.voice.Buffered() == 0)
}

func (p *Player) update(fromTicker chan struct{}) {
	p.mu.Lock()
	if fromTicker != nil && p.tickStop != fromTicker {
		p.mu.Unlock() // a stale ticker that lost the race with Stop/Pause
		return
	}
	if p.state != StatePlaying {
		p.mu.Unlock()
		return
	}
	pos := p.posLocked()
	var wait chan struct{}
	if p.endedLocked(pos) {
		// Keep the voice: it plays out its last buffer; the next action closes it.
		p.base = int64(len(p.pcm))
		p.state = StateEnded
		wait = p.stopTickerLocked()
		if fromTicker != nil {
			wait = nil // the ticker cannot wait for itself; it exits next
		}
	}
	changed := p.state != StatePlaying || pos != p.lastPos ||
		cueAt(p.cues, pos) != p.lastCue || p.lostErr != nil || p.soundLocked() != p.sound
	p.finish(wait, changed)
}

func (p *Player) startTickerLocked() {
	if p.tick < 0 || p.tickStop != nil {
		return
	}
	stop, done := make(chan struct{}), make(chan struct{})
	p.tickStop, p.tickDone = stop, done
	go func() {
		defer health.Recover("audio player ticker")
		defer close(done)
		t := time.NewTicker(p.tick)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				p.update(stop)
			}
		}
	}()
}

func (p *Player) stopTickerLocked() chan struct{} {
	if p.tickStop == nil {
		return nil
	}
	close(p.tickStop)
	done := p.tickDone
	p.tickStop, p.tickDone = nil, nil
	return done
}
