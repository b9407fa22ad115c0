package speech

import (
	"encoding/binary"
	"io"
	"math"
	"sync"
	"time"

	"budapest1956/internal/audio"
	"budapest1956/internal/health"
)

// PlayerOptions configure a Player. The zero value is fine. Every callback
// runs on a goroutine of the Player (a Fyne UI wraps its work in fyne.Do) and
// must not call the Player back synchronously.
type PlayerOptions struct {
	// OnDuck is called with true when speech starts and false when it has
	// ended with nothing following (an interrupting Say keeps it true): the
	// app lowers the broadcast's volume meanwhile.
	OnDuck func(speaking bool)
	// OnPart is called when part i of u starts to be played (for captions);
	// up to Poll late, and before the sound card's own buffer.
	OnPart func(u *Utterance, i int)
	// OnEnd is called once u is over (u.Err says how: nil when played to the end).
	OnEnd func(u *Utterance)
	// Poll is how often the Player checks for the end of the sound; 0: 10 ms.
	Poll time.Duration
}

// stallTimeout: a voice that takes no samples for this long while some are
// waiting has stalled (a hung sound system); the rest of the utterance is
// timed by the clock so it still ends.
const stallTimeout = time.Second

// Player plays utterances through an audio.Device, beside the broadcasts'
// audio.Player on the same device (one oto context, two voices). With no
// device (nil) it times utterances by the clock, so captions and Done still
// work. It does not close the Speaker or the Device: they belong to the app.
type Player struct {
	s    *Speaker
	opts PlayerOptions

	mu     sync.Mutex
	dev    audio.Device
	volume float64
	cur    *playback
	closed bool
	wg     sync.WaitGroup

	duckMu sync.Mutex // delivers OnDuck in order
	ducked bool
}

type playback struct {
	u     *Utterance
	src   *stream
	voice audio.Voice // nil: no device, or it failed; guarded by Player.mu
}

// NewPlayer makes a Player that speaks with s on dev (nil: no sound).
func NewPlayer(s *Speaker, dev audio.Device, opts PlayerOptions) *Player {
	if opts.Poll <= 0 {
		opts.Poll = 10 * time.Millisecond
	}
	return &Player{s: s, opts: opts, dev: dev, volume: 1}
}

// Say interrupts whatever is being spoken and speaks text in lang. The first
// part plays as soon as it is synthesised; the rest follows as it is made.
// The error is the Speaker's (ErrUnavailable, ErrNothingToSay, ErrClosed);
// synthesis errors later arrive in u.Err when u is Done.
func (p *Player) Say(lang, text string) (*Utterance, error) {
	p.mu.Lock()
	closed := p.closed
	p.mu.Unlock()
	if closed {
		return nil, ErrClosed
	}
	u, err := p.s.speak(nil, lang, text, true) // interrupts the current one
	if err != nil {
		return nil, err
	}
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		u.cancel(ErrClosed)
		return nil, ErrClosed
	}
	old := p.cur
	pb := &playback{u: u}
	p.cur = pb
	channels := 1
	if p.dev != nil {
		channels = p.dev.Channels()
	}
	pb.src = &stream{u: u, channels: channels}
	if p.dev != nil {
		if v, err := p.dev.NewVoice(pb.src); err == nil {
			v.SetVolume(p.volume)
			v.Play()
			pb.voice = v
		}
	}
	p.wg.Add(1)
	p.mu.Unlock()
	if old != nil {
		old.u.Cancel() // a Say racing with this one
	}
	p.setDuck()
	go p.watch(pb)
	return u, nil
}

// Stop interrupts the utterance being played.
func (p *Player) Stop() {
	p.mu.Lock()
	pb := p.cur
	p.mu.Unlock()
	if pb != nil {
		pb.u.Cancel()
	}
}

// Speaking reports whether an utterance is being played.
func (p *Player) Speaking() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.cur != nil
}

// SetVolume sets the speech volume, clamped to 0..1, at once.
func (p *Player) SetVolume(v float64) {
	v = max(0, min(1, v))
	p.mu.Lock()
	p.volume = v
	if p.cur != nil && p.cur.voice != nil {
		p.cur.voice.SetVolume(v)
	}
	p.mu.Unlock()
}

// Volume is the speech volume.
func (p *Player) Volume() float64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.volume
}

// SetDevice changes the sound device (nil: none) from the next Say.
func (p *Player) SetDevice(dev audio.Device) {
	p.mu.Lock()
	p.dev = dev
	p.mu.Unlock()
}

// Close interrupts the utterance being played and returns when the Player's
// goroutines have ended. Say then returns ErrClosed.
func (p *Player) Close() error {
	p.mu.Lock()
	p.closed = true
	p.mu.Unlock()
	p.Stop()
	p.wg.Wait()
	return nil
}

// setDuck reports the ducking state if it changed. The state is read and
// delivered under duckMu, so the last call delivered is the current state.
func (p *Player) setDuck() {
	p.duckMu.Lock()
	defer p.duckMu.Unlock()
	p.mu.Lock()
	want := p.cur != nil
	changed := want != p.ducked
	p.ducked = want
	p.mu.Unlock()
	if changed && p.opts.OnDuck != nil {
		p.opts.OnDuck(want)
	}
}

// watch follows one playback to its end: the sound played out, or the
// utterance interrupted.
func (p *Player) watch(pb *playback) {
	defer p.wg.Done()
	defer health.Recover("speech player")
	t := time.NewTicker(p.opts.Poll)
	defer t.Stop()
	last := time.Now()
	lastHanded, lastMove := int64(0), last
	fired := 0
	var err error
	fire := func() {
		for n := pb.src.started(); fired < n; fired++ {
			if p.opts.OnPart != nil {
				p.opts.OnPart(pb.u, fired)
			}
		}
	}
loop:
	for {
		select {
		case <-pb.u.ctx.Done():
			err = pb.u.interrupted()
			break loop
		case now := <-t.C:
			p.mu.Lock()
			v := pb.voice
			if v != nil {
				h, waiting := pb.src.progress()
				if h != lastHanded || !waiting {
					lastHanded, lastMove = h, now
				}
				// The device failed or stalled: go on by the clock.
				if v.Err() != nil || now.Sub(lastMove) > stallTimeout {
					v.Close()
					pb.voice, v = nil, nil
				}
			}
			p.mu.Unlock()
			if v == nil {
				pb.src.skip(int(int64(now.Sub(last)) * SampleRate / int64(time.Second)))
			}
			last = now
			fire()
			if pb.src.over() && (v == nil || v.Buffered() == 0) {
				err = pb.u.Err()
				break loop
			}
		}
	}
	p.mu.Lock()
	if pb.voice != nil {
		pb.voice.Close()
		pb.voice = nil
	}
	if p.cur == pb {
		p.cur = nil
	}
	p.mu.Unlock()
	pb.src.close()
	pb.u.finish(err)
	p.setDuck()
	if p.opts.OnEnd != nil {
		p.opts.OnEnd(pb.u)
	}
}

// stream is the io.Reader a voice pulls an utterance from: the parts and the
// pauses between them as float32 LE frames. It never blocks (oto reads every
// voice from one goroutine): a part not made yet reads as nothing (0, nil),
// which oto hears as silence and asks again a millisecond later.
type stream struct {
	u        *Utterance
	channels int

	mu      sync.Mutex
	part    int   // current part
	off     int   // samples of it (with its pause) handed out
	handed  int64 // samples handed out in all
	begun   int   // parts whose first sample was handed out
	eof     bool
	stopped bool
}

func (s *stream) started() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.begun
}

// progress is how many samples were handed out, and whether more are
// ready to be.
func (s *stream) progress() (handed int64, waiting bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, _, ok, _ := s.u.partAt(s.part)
	return s.handed, ok && !s.eof
}

func (s *stream) over() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.eof
}

func (s *stream) close() {
	s.mu.Lock()
	s.stopped = true
	s.mu.Unlock()
}

// next hands out up to n samples, calling emit for each run of samples (nil
// pcm: silence). It returns how many it handed out.
func (s *stream) next(n int, emit func(pcm []float32, silence int)) int {
	done := 0
	for done < n && !s.eof {
		pcm, gap, ok, over := s.u.partAt(s.part)
		if !ok {
			if over {
				s.eof = true
			}
			break
		}
		if s.off == 0 {
			s.begun = s.part + 1
		}
		if s.off < len(pcm) {
			k := min(n-done, len(pcm)-s.off)
			emit(pcm[s.off:s.off+k], 0)
			s.off += k
			done += k
		}
		if done < n && s.off >= len(pcm) && s.off < len(pcm)+gap {
			k := min(n-done, len(pcm)+gap-s.off)
			emit(nil, k)
			s.off += k
			done += k
		}
		if s.off >= len(pcm)+gap {
			s.part++
			s.off = 0
		}
	}
	s.handed += int64(done)
	return done
}

// skip is a Read with no device: n samples pass by the clock.
func (s *stream) skip(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.next(n, func([]float32, int) {})
}

func (s *stream) Read(b []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stopped || s.u.ctx.Err() != nil {
		return 0, io.EOF
	}
	frameBytes := 4 * s.channels
	out := b
	n := s.next(len(b)/frameBytes, func(pcm []float32, silence int) {
		for _, v := range pcm {
			bits := math.Float32bits(v)
			for range s.channels {
				binary.LittleEndian.PutUint32(out, bits)
				out = out[4:]
			}
		}
		clear(out[:silence*frameBytes])
		out = out[silence*frameBytes:]
	})
	if s.eof && n == 0 {
		return 0, io.EOF
	}
	return n * frameBytes, nil
}
