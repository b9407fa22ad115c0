// Package speech speaks the exhibit's texts live, offline, for audio mode
// (docs/audio-mode.md): flite for English and espeak-ng for Hungarian, the
// voices of tools/narrate, run as subprocesses one sentence at a time and
// turned into mono float32 samples at audio.SampleRate, so they play through
// the same sound device as the broadcasts (Player).
//
// A Speaker has at most one current utterance: Speak interrupts the one before
// at once (a new focus interrupts speech). Long texts are split into sentences
// (and a long first sentence at its first clause), synthesised in order; the
// first part can play while the rest is made. Finished parts go into an LRU
// cache bounded in bytes, which Prewarm fills in the background with what the
// visitor is likely to hear next.
//
// The package does not import Fyne: callbacks arrive on arbitrary goroutines.
package speech

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"budapest1956/internal/audio"
	"budapest1956/internal/health"
)

// SampleRate is the rate of every utterance's samples: the broadcasts' rate,
// which the one oto context runs at.
const SampleRate = audio.SampleRate

const (
	// DefaultCacheBytes bounds the cache: 16 MiB is about 3 minutes of speech.
	DefaultCacheBytes = 16 << 20
	// DefaultTimeout bounds one part's synthesis (flite needs about 0.2 s for
	// a 25-word sentence).
	DefaultTimeout = 10 * time.Second
	// Pauses between parts: after a sentence, and after a clause.
	sentenceGap = SampleRate * 3 / 10 // 0.30 s
	clauseGap   = SampleRate * 3 / 20 // 0.15 s
	// prewarmQueue bounds the texts waiting to be prewarmed; the oldest go.
	prewarmQueue = 256
)

var (
	// ErrInterrupted is an utterance's Err when a newer Speak (or Stop)
	// interrupted it.
	ErrInterrupted = errors.New("speech: interrupted")
	// ErrNothingToSay: the text has nothing to speak (empty or only spaces).
	ErrNothingToSay = errors.New("speech: nothing to say")
	// ErrClosed: the Speaker was closed.
	ErrClosed = errors.New("speech: closed")
)

// Options configure a Speaker. The zero value is fine.
type Options struct {
	CacheBytes int64         // 0: DefaultCacheBytes
	Timeout    time.Duration // per part; 0: DefaultTimeout
}

// Speaker turns text into utterances. All methods are safe for concurrent use.
type Speaker struct {
	engine  Engine
	timeout time.Duration

	ctx    context.Context // cancelled by Close
	cancel context.CancelFunc
	wg     sync.WaitGroup // every goroutine the Speaker started

	mu      sync.Mutex
	cache   *cache
	flights map[string]*flight
	cur     *Utterance
	closed  bool
	fg      int        // utterances synthesising: prewarm waits for 0
	idle    *sync.Cond // signalled when fg drops to 0, the queue grows, or Close
	queue   []prewarmItem
}

type prewarmItem struct{ lang, text string }

// flight is one part being synthesised; every waiter for the same part shares
// it, and it is cancelled only when all of them have gone.
type flight struct {
	done    chan struct{}
	pcm     []float32
	err     error
	cancel  context.CancelFunc
	waiters int
}

// New makes a Speaker on e. Close it to stop its background work.
func New(e Engine, opts Options) *Speaker {
	if opts.CacheBytes <= 0 {
		opts.CacheBytes = DefaultCacheBytes
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	ctx, cancel := context.WithCancel(context.Background())
	s := &Speaker{engine: e, timeout: opts.Timeout, ctx: ctx, cancel: cancel,
		cache: newCache(opts.CacheBytes), flights: map[string]*flight{}}
	s.idle = sync.NewCond(&s.mu)
	s.wg.Add(1)
	go s.prewarmLoop()
	return s
}

// Available returns nil if lang can be spoken, else an error wrapping
// ErrUnavailable that names the program and Debian package to install.
func (s *Speaker) Available(lang string) error { return s.engine.Check(lang) }

// Speak interrupts the current utterance (its Err becomes ErrInterrupted) and
// starts synthesising text in lang. It returns at once; Ready is closed when the
// first part's samples are available. ctx (nil: none) cancels this utterance
// too. The utterance is not played: Player.Say plays one.
func (s *Speaker) Speak(ctx context.Context, lang, text string) (*Utterance, error) {
	return s.speak(ctx, lang, text, false)
}

func (s *Speaker) speak(ctx context.Context, lang, text string, played bool) (*Utterance, error) {
	if ctx == nil {
		ctx = context.Background()
	}
	s.Stop()
	if err := s.engine.Check(lang); err != nil {
		return nil, err
	}
	parts := splitParts(lang, text)
	if len(parts) == 0 {
		return nil, fmt.Errorf("%w (%s): %q", ErrNothingToSay, lang, text)
	}
	u := newUtterance(ctx, lang, text, parts, played)
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		u.cancel(ErrClosed)
		return nil, ErrClosed
	}
	if s.cur != nil { // a Speak that raced with this one
		s.cur.cancel(ErrInterrupted)
	}
	s.cur = u
	s.fg++
	s.wg.Add(1)
	s.mu.Unlock()
	go s.produce(u)
	return u, nil
}

// Stop interrupts the current utterance, if any.
func (s *Speaker) Stop() {
	s.mu.Lock()
	u := s.cur
	s.cur = nil
	s.mu.Unlock()
	if u != nil {
		u.cancel(ErrInterrupted)
	}
}

// produce synthesises u's parts in order.
func (s *Speaker) produce(u *Utterance) {
	defer s.wg.Done()
	defer health.Recover("speech synthesis")
	defer func() {
		s.mu.Lock()
		s.fg--
		if s.cur == u {
			s.cur = nil
		}
		s.idle.Broadcast()
		s.mu.Unlock()
	}()
	for i, p := range u.parts {
		pcm, err := s.part(u.ctx, u.lang, p.text)
		if err != nil {
			if c := context.Cause(u.ctx); c != nil {
				err = c
			}
			u.fail(err)
			return
		}
		gap := 0
		if i < len(u.parts)-1 {
			gap = clauseGap
			if p.endsSentence {
				gap = sentenceGap
			}
		}
		u.add(pcm, gap)
	}
	u.complete()
}

func cacheKey(lang, text string) string { return lang + "\x00" + text }

// part returns one part's finished samples: from the cache, from a synthesis
// already running for it, or from a new one.
func (s *Speaker) part(ctx context.Context, lang, text string) ([]float32, error) {
	key := cacheKey(lang, text)
	s.mu.Lock()
	if pcm, ok := s.cache.get(key); ok {
		s.mu.Unlock()
		return pcm, nil
	}
	if s.closed {
		s.mu.Unlock()
		return nil, ErrClosed
	}
	f := s.flights[key]
	if f == nil {
		fctx, cancel := context.WithTimeout(s.ctx, s.timeout)
		f = &flight{done: make(chan struct{}), cancel: cancel}
		s.flights[key] = f
		s.wg.Add(1)
		go s.fly(fctx, f, key, lang, text)
	}
	f.waiters++
	s.mu.Unlock()
	select {
	case <-f.done:
		return f.pcm, f.err
	case <-ctx.Done():
		s.mu.Lock()
		f.waiters--
		if f.waiters == 0 {
			if s.flights[key] == f {
				delete(s.flights, key) // a later waiter starts afresh
			}
			f.cancel()
		}
		s.mu.Unlock()
		return nil, ctx.Err()
	}
}

func (s *Speaker) fly(ctx context.Context, f *flight, key, lang, text string) {
	defer s.wg.Done()
	defer health.Recover("speech synthesis")
	pcm, err := s.synthesize(ctx, lang, text)
	s.mu.Lock()
	if s.flights[key] == f {
		delete(s.flights, key)
	}
	if err == nil {
		s.cache.put(key, pcm)
	}
	f.pcm, f.err = pcm, err
	close(f.done)
	s.mu.Unlock()
	f.cancel()
}

// synthesize runs the engine and makes its output ready to play: silence
// trimmed, resampled to SampleRate, peak-normalised.
func (s *Speaker) synthesize(ctx context.Context, lang, text string) ([]float32, error) {
	pcm, rate, err := s.engine.Synthesize(ctx, lang, text)
	if err != nil {
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, fmt.Errorf("speech: %s: synthesis took longer than %v for %q", lang, s.timeout, text)
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, fmt.Errorf("speech: %s: %w", lang, err)
	}
	if rate <= 0 {
		return nil, fmt.Errorf("speech: %s: engine gave sample rate %d for %q", lang, rate, text)
	}
	pcm = trim(pcm, trimMargin*rate/SampleRate)
	if len(pcm) == 0 {
		return nil, fmt.Errorf("speech: %s: the engine produced no sound for %q", lang, text)
	}
	pcm = resample(pcm, rate, SampleRate)
	if rate == SampleRate {
		pcm = append([]float32(nil), pcm...) // never scale the engine's buffer
	}
	normalisePeak(pcm)
	return pcm, nil
}

// Prewarm synthesises texts in lang in the background into the cache, so
// that speaking them later starts at once. The newest request goes first; the
// queue keeps the newest 256 texts. Prewarming waits while an utterance is
// being synthesised, so it never delays what the visitor hears now.
func (s *Speaker) Prewarm(lang string, texts ...string) {
	if s.engine.Check(lang) != nil {
		return
	}
	var items []prewarmItem
	for _, t := range texts {
		for _, p := range splitParts(lang, t) {
			items = append(items, prewarmItem{lang, p.text})
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return
	}
	s.queue = append(items, s.queue...)
	if len(s.queue) > prewarmQueue {
		s.queue = s.queue[:prewarmQueue]
	}
	s.idle.Broadcast()
}

// Cached reports whether every part of text in lang is in the cache.
func (s *Speaker) Cached(lang, text string) bool {
	parts := splitParts(lang, text)
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, p := range parts {
		if !s.cache.has(cacheKey(lang, p.text)) {
			return false
		}
	}
	return len(parts) > 0
}

// CacheSize is the bytes of samples in the cache.
func (s *Speaker) CacheSize() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.cache.size
}

func (s *Speaker) prewarmLoop() {
	defer s.wg.Done()
	defer health.Recover("speech prewarm")
	for {
		s.mu.Lock()
		for !s.closed && (len(s.queue) == 0 || s.fg > 0) {
			s.idle.Wait()
		}
		if s.closed {
			s.mu.Unlock()
			return
		}
		it := s.queue[0]
		s.queue = s.queue[1:]
		cached := s.cache.has(cacheKey(it.lang, it.text))
		s.mu.Unlock()
		if !cached {
			s.part(s.ctx, it.lang, it.text) // errors show when the text is spoken
		}
	}
}

// Close interrupts the current utterance, stops prewarming and kills running
// syntheses, and returns once every goroutine of the Speaker has ended.
func (s *Speaker) Close() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	u := s.cur
	s.cur = nil
	s.queue = nil
	s.idle.Broadcast()
	s.mu.Unlock()
	if u != nil {
		u.cancel(ErrClosed)
	}
	s.cancel()
	s.wg.Wait()
	return nil
}
