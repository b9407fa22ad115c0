// Package stats records anonymous visit statistics for an unattended
// exhibit and summarises them. It uses the standard library only and does
// not import Fyne.
//
// The app appends one JSON line per Event to a Log (visits.jsonl, rotated
// at a size cap). Nothing about a person is recorded: no IP address, no
// name, no device id, no free text; a visit is tied together only by a
// random session id that is made fresh for every visit. Every text field
// must be a short token (an id, a language code, a version) and Record
// refuses anything else, so free text cannot slip in. Nothing leaves the
// machine.
//
// Read reads logs back tolerantly, Summarize turns events into a Summary
// (text report or CSV), Today gives the staff panel's one line, and
// RunCommand is the body of `budapest1956 stats`. See docs/statistics.md.
package stats

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// TimeFormat is RFC 3339 in UTC with milliseconds, the format of every
// time in the log.
const TimeFormat = "2006-01-02T15:04:05.000Z07:00"

// Kind is what an Event records.
type Kind string

// The event kinds. The fields each kind carries are listed with it; any
// other field must be empty.
const (
	// AppStart: the app started. Version, ContentVersion.
	AppStart Kind = "app_start"
	// SessionStart: a visitor's first touch after the attract loop. Session, Lang.
	SessionStart Kind = "session_start"
	// SessionEnd: the visit is over. Session, Reason, LastTouch.
	SessionEnd Kind = "session_end"
	// PageView: the visitor left a story page. Session, Section, Page, Lang, Dwell.
	PageView Kind = "page_view"
	// Language: the visitor switched language. Session, From, To.
	Language Kind = "language"
	// Broadcast: a broadcast stopped playing (ended, stopped or cut off).
	// Session, Broadcast, Lang, Heard, Total.
	Broadcast Kind = "broadcast"
	// IdleReset: the kiosk reset after "Are you still there?" ran out. Session (optional).
	IdleReset Kind = "idle_reset"
)

// The reasons a session ends.
const (
	ReasonIdle     = "idle"     // the idle reset: the visitor walked away
	ReasonStaff    = "staff"    // staff opened the staff panel
	ReasonShutdown = "shutdown" // the app is closing
)

// Event is one line of the log. Times are stored in UTC with millisecond
// precision, durations in whole milliseconds.
type Event struct {
	Time    time.Time // when it happened; Record fills in now if zero
	Kind    Kind
	Session string // NewSessionID(): 16 hex digits, fresh for every visit

	Lang      string        // session_start, page_view, broadcast: language code, e.g. "hu"
	Reason    string        // session_end: ReasonIdle, ReasonStaff or ReasonShutdown
	LastTouch time.Time     // session_end: the visitor's last touch (or end of audio)
	Section   string        // page_view: section id
	Page      string        // page_view: page id
	Dwell     time.Duration // page_view: how long the page was shown
	From, To  string        // language: language codes
	Broadcast string        // broadcast: broadcast id
	Heard     time.Duration // broadcast: how much was played
	Total     time.Duration // broadcast: its whole length
	Version   string        // app_start: app version
	// ContentVersion is app_start's exhibit content version.
	ContentVersion string
}

// NewSessionID returns a random 64-bit id as 16 hex digits. It is made
// from nothing but randomness, so it links to nothing about a person.
func NewSessionID() string {
	var b [8]byte
	rand.Read(b[:]) // never fails (crypto/rand panics rather than return an error)
	return hex.EncodeToString(b[:])
}

// wire is an Event as it is stored. Numbers are pointers so that a field
// of the kind is written even when zero and a missing one is noticed.
type wire struct {
	Time           string `json:"time"`
	Kind           Kind   `json:"kind"`
	Session        string `json:"session,omitempty"`
	Version        string `json:"version,omitempty"`
	ContentVersion string `json:"content_version,omitempty"`
	Reason         string `json:"reason,omitempty"`
	LastTouch      string `json:"last_touch,omitempty"`
	Section        string `json:"section,omitempty"`
	Page           string `json:"page,omitempty"`
	Broadcast      string `json:"broadcast,omitempty"`
	Lang           string `json:"lang,omitempty"`
	From           string `json:"from,omitempty"`
	To             string `json:"to,omitempty"`
	DwellMS        *int64 `json:"dwell_ms,omitempty"`
	HeardMS        *int64 `json:"heard_ms,omitempty"`
	TotalMS        *int64 `json:"total_ms,omitempty"`
}

func ms(d time.Duration) *int64 { v := d.Milliseconds(); return &v }

func formatTime(t time.Time) string { return t.UTC().Format(TimeFormat) }

// MarshalJSON writes the event as stored in the log, one line without
// the newline. It does not validate; Record does.
func (e Event) MarshalJSON() ([]byte, error) {
	w := wire{
		Time: formatTime(e.Time), Kind: e.Kind, Session: e.Session,
		Version: e.Version, ContentVersion: e.ContentVersion, Reason: e.Reason,
		Section: e.Section, Page: e.Page, Broadcast: e.Broadcast,
		Lang: e.Lang, From: e.From, To: e.To,
	}
	if !e.LastTouch.IsZero() {
		w.LastTouch = formatTime(e.LastTouch)
	}
	switch e.Kind {
	case PageView:
		w.DwellMS = ms(e.Dwell)
	case Broadcast:
		w.HeardMS, w.TotalMS = ms(e.Heard), ms(e.Total)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(w); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

// UnmarshalJSON reads one stored event and checks it as Record would.
func (e *Event) UnmarshalJSON(data []byte) error {
	var w wire
	if err := json.Unmarshal(data, &w); err != nil {
		return err
	}
	t, err := time.Parse(time.RFC3339Nano, w.Time)
	if err != nil {
		return fmt.Errorf("time: %w", err)
	}
	ev := Event{
		Time: t.UTC(), Kind: w.Kind, Session: w.Session,
		Version: w.Version, ContentVersion: w.ContentVersion, Reason: w.Reason,
		Section: w.Section, Page: w.Page, Broadcast: w.Broadcast,
		Lang: w.Lang, From: w.From, To: w.To,
	}
	if w.LastTouch != "" {
		lt, err := time.Parse(time.RFC3339Nano, w.LastTouch)
		if err != nil {
			return fmt.Errorf("last_touch: %w", err)
		}
		ev.LastTouch = lt.UTC()
	}
	num := func(name string, p *int64, want bool, d *time.Duration) error {
		switch {
		case p == nil && want:
			return fmt.Errorf("%s: %s missing", w.Kind, name)
		case p != nil && !want:
			return fmt.Errorf("%s: %s does not belong to it", w.Kind, name)
		case p != nil:
			*d = time.Duration(*p) * time.Millisecond
		}
		return nil
	}
	if err := errors.Join(
		num("dwell_ms", w.DwellMS, w.Kind == PageView, &ev.Dwell),
		num("heard_ms", w.HeardMS, w.Kind == Broadcast, &ev.Heard),
		num("total_ms", w.TotalMS, w.Kind == Broadcast, &ev.Total),
	); err != nil {
		return err
	}
	if err := ev.Validate(); err != nil {
		return err
	}
	*e = ev
	return nil
}

// ErrUnknownKind is wrapped by Validate for a kind this version does not
// know (perhaps written by a newer version of the app).
var ErrUnknownKind = errors.New("unknown event kind")

// Validate checks that the event has exactly the fields of its kind and
// that every text is a short token: an id, a language code or a version.
// This is what keeps free text, and so personal data, out of the log.
func (e Event) Validate() error {
	if e.Time.IsZero() {
		return errors.New("no time")
	}
	type field struct {
		name, value string
		want        bool
	}
	var (
		session  = e.Kind != AppStart
		needSess = session && e.Kind != IdleReset
		lang     = e.Kind == SessionStart || e.Kind == PageView || e.Kind == Broadcast
	)
	switch e.Kind {
	case AppStart, SessionStart, SessionEnd, PageView, Language, Broadcast, IdleReset:
	default:
		return fmt.Errorf("%w %q", ErrUnknownKind, e.Kind)
	}
	fields := []field{
		{"session", e.Session, session},
		{"lang", e.Lang, lang},
		{"reason", e.Reason, e.Kind == SessionEnd},
		{"section", e.Section, e.Kind == PageView},
		{"page", e.Page, e.Kind == PageView},
		{"from", e.From, e.Kind == Language},
		{"to", e.To, e.Kind == Language},
		{"broadcast", e.Broadcast, e.Kind == Broadcast},
		{"version", e.Version, e.Kind == AppStart},
		{"content_version", e.ContentVersion, e.Kind == AppStart},
	}
	for _, f := range fields {
		switch {
		case f.value != "" && !f.want:
			return fmt.Errorf("%s: field %s does not belong to it", e.Kind, f.name)
		case f.value != "" && !isToken(f.value):
			return fmt.Errorf("%s: %s %q is not an id (letters, digits, . _ + - only, at most %d)", e.Kind, f.name, f.value, maxToken)
		case f.value == "" && f.want && f.name != "session" && f.name != "version" && f.name != "content_version":
			return fmt.Errorf("%s: %s missing", e.Kind, f.name)
		}
	}
	if needSess && e.Session == "" {
		return fmt.Errorf("%s: session missing", e.Kind)
	}
	if e.Session != "" && !isSessionID(e.Session) {
		return fmt.Errorf("%s: session %q is not 16 hex digits", e.Kind, e.Session)
	}
	if e.Kind == SessionEnd && e.Reason != ReasonIdle && e.Reason != ReasonStaff && e.Reason != ReasonShutdown {
		return fmt.Errorf("session_end: reason %q is not idle, staff or shutdown", e.Reason)
	}
	if !e.LastTouch.IsZero() && e.Kind != SessionEnd {
		return fmt.Errorf("%s: field last_touch does not belong to it", e.Kind)
	}
	durs := []struct {
		name string
		d    time.Duration
		want bool
	}{{"dwell_ms", e.Dwell, e.Kind == PageView}, {"heard_ms", e.Heard, e.Kind == Broadcast}, {"total_ms", e.Total, e.Kind == Broadcast}}
	for _, d := range durs {
		if d.d < 0 {
			return fmt.Errorf("%s: %s is negative", e.Kind, d.name)
		}
		if d.d != 0 && !d.want {
			return fmt.Errorf("%s: field %s does not belong to it", e.Kind, d.name)
		}
	}
	return nil
}

const maxToken = 64

func isToken(s string) bool {
	if len(s) == 0 || len(s) > maxToken {
		return false
	}
	for _, r := range s {
		ok := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' ||
			r == '.' || r == '_' || r == '-' || r == '+'
		if !ok {
			return false
		}
	}
	return true
}

func isSessionID(s string) bool {
	if len(s) != 16 {
		return false
	}
	for _, r := range s {
		if !(r >= '0' && r <= '9' || r >= 'a' && r <= 'f') {
			return false
		}
	}
	return true
}
