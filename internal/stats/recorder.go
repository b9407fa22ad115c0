package stats

import (
	"budapest1956/internal/health"
	"log"
	"sync"
	"time"
)

// Recorder is what the app's screens talk to: one method per thing that
// happens in a visit. It keeps the session id, stamps each event with the
// time it happened, and hands it to a single writer goroutine, because
// Record syncs to disk and the screens must never wait for that. When the
// queue is full an event is dropped (and logged) rather than blocking.
type Recorder struct {
	log     *Log
	ch      chan Event
	done    chan struct{}
	mu      sync.Mutex
	session string
	once    sync.Once
}

// NewRecorder starts the writer goroutine; Close stops it.
func NewRecorder(l *Log) *Recorder {
	r := &Recorder{log: l, ch: make(chan Event, 256), done: make(chan struct{})}
	go func() {
		defer health.Recover("visit statistics writer")
		defer close(r.done)
		for e := range r.ch {
			if err := r.log.Record(e); err != nil {
				log.Printf("stats: %v", err)
			}
		}
	}()
	return r
}

func (r *Recorder) send(e Event) {
	if e.Time.IsZero() {
		e.Time = time.Now()
	}
	select {
	case r.ch <- e:
	default:
		log.Printf("stats: queue full, %s event dropped", e.Kind)
	}
}

func (r *Recorder) current() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.session
}

// AppStart records the start of the app.
func (r *Recorder) AppStart(version, contentVersion string) {
	r.send(Event{Kind: AppStart, Version: version, ContentVersion: contentVersion})
}

// SessionStart begins a visit with a fresh random id.
func (r *Recorder) SessionStart(lang string) {
	r.mu.Lock()
	r.session = NewSessionID()
	s := r.session
	r.mu.Unlock()
	r.send(Event{Kind: SessionStart, Session: s, Lang: lang})
}

// SessionEnd ends the visit; lastTouch lets reports drop the walk-away tail.
func (r *Recorder) SessionEnd(reason string, lastTouch time.Time) {
	s := r.current()
	if s == "" {
		return
	}
	r.send(Event{Kind: SessionEnd, Session: s, Reason: reason, LastTouch: lastTouch})
	r.mu.Lock()
	r.session = ""
	r.mu.Unlock()
}

// PageView records a story page the visitor left, and how long they stayed.
func (r *Recorder) PageView(section, page, lang string, dwell time.Duration) {
	if s := r.current(); s != "" {
		r.send(Event{Kind: PageView, Session: s, Section: section, Page: page, Lang: lang, Dwell: dwell})
	}
}

// Language records a visitor's language switch.
func (r *Recorder) Language(from, to string) {
	if s := r.current(); s != "" {
		r.send(Event{Kind: Language, Session: s, From: from, To: to})
	}
}

// Broadcast records how much of a broadcast was heard.
func (r *Recorder) Broadcast(id, lang string, heard, total time.Duration) {
	if s := r.current(); s != "" {
		r.send(Event{Kind: Broadcast, Session: s, Broadcast: id, Lang: lang, Heard: heard, Total: total})
	}
}

// IdleReset records that the kiosk reset after its warning.
func (r *Recorder) IdleReset() { r.send(Event{Kind: IdleReset, Session: r.current()}) }

// Today is the staff panel's line about today's visits.
func (r *Recorder) Today(now time.Time) TodayStats { return r.log.Today(now) }

// Close writes what is queued and closes the log.
func (r *Recorder) Close() error {
	var err error
	r.once.Do(func() {
		close(r.ch)
		<-r.done
		err = r.log.Close()
	})
	return err
}
