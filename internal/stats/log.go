package stats

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// DefaultMaxBytes and DefaultKeep cap the log at about 80 MB: 8 MB in
// visits.jsonl and in each of 9 older files. A busy day is a few hundred
// kilobytes, so that is most of a year.
const (
	DefaultMaxBytes = 8 << 20
	DefaultKeep     = 9
)

// ErrClosed is returned by Record after Close.
var ErrClosed = errors.New("stats: log is closed")

// Log appends events to a JSON Lines file, one whole line per write,
// flushed to disk at once, and rotates the file at a size cap. It is safe
// for concurrent use. Errors are returned, never panicked: a full disk
// costs events, not the exhibit.
type Log struct {
	mu       sync.Mutex
	path     string
	maxBytes int64
	keep     int
	f        *os.File
	size     int64
	// newline: the file may end in a partial line (a power cut, a failed
	// write), so the next write starts with a newline to keep its own line
	// whole.
	newline bool
	closed  bool
	now     func() time.Time
}

// Open opens (creating it and its folder if needed) the log at path for
// appending. When a line would make the file bigger than maxBytes it is
// renamed to NAME.1.EXT (NAME.1 to NAME.2 and so on), keeping keep older
// files and deleting the oldest, so the log never takes much more than
// maxBytes×(keep+1) of disk.
func Open(path string, maxBytes int64, keep int) (*Log, error) {
	if maxBytes <= 0 {
		return nil, fmt.Errorf("stats: maxBytes must be positive, got %d", maxBytes)
	}
	if keep < 0 {
		return nil, fmt.Errorf("stats: keep must not be negative, got %d", keep)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("stats: %w", err)
	}
	l := &Log{path: path, maxBytes: maxBytes, keep: keep, now: time.Now}
	if err := l.open(); err != nil {
		return nil, err
	}
	return l, nil
}

// open opens the current file for appending and notes its size and
// whether it ends with a whole line.
func (l *Log) open() error {
	f, err := os.OpenFile(l.path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return fmt.Errorf("stats: %w", err)
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return fmt.Errorf("stats: %w", err)
	}
	l.f, l.size, l.newline = f, info.Size(), false
	if l.size > 0 {
		l.newline = !endsWithNewline(l.path, l.size)
	}
	return nil
}

// endsWithNewline reports whether the file's last byte is '\n'. If it
// cannot tell, it says no: an extra empty line costs nothing.
func endsWithNewline(path string, size int64) bool {
	r, err := os.Open(path)
	if err != nil {
		return false
	}
	defer r.Close()
	var b [1]byte
	if _, err := r.ReadAt(b[:], size-1); err != nil && err != io.EOF {
		return false
	}
	return b[0] == '\n'
}

// Path is the current log file.
func (l *Log) Path() string { return l.path }

// Record appends the event as one line: a single write to the file opened
// for appending, then fsync. A zero Time is set to now. An event that
// fails Validate is refused. If the disk is full the error is returned
// and the event lost; the caller logs it and carries on.
func (l *Log) Record(e Event) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		return ErrClosed
	}
	if e.Time.IsZero() {
		e.Time = l.now()
	}
	if err := e.Validate(); err != nil {
		return fmt.Errorf("stats: refusing event: %w", err)
	}
	data, err := e.MarshalJSON()
	if err != nil {
		return fmt.Errorf("stats: %w", err)
	}
	line := append(data, '\n')
	if l.f == nil { // a reopen after rotation failed: try again
		if err := l.open(); err != nil {
			return err
		}
	}
	extra := int64(0)
	if l.newline {
		extra = 1
	}
	if l.size > 0 && l.size+extra+int64(len(line)) > l.maxBytes {
		if err := l.rotate(); err != nil {
			return err
		}
	}
	if l.newline {
		line = append([]byte{'\n'}, line...)
	}
	n, err := l.f.Write(line)
	l.size += int64(n)
	if err != nil {
		l.newline = true
		return fmt.Errorf("stats: %w", err)
	}
	l.newline = false
	if err := l.f.Sync(); err != nil {
		return fmt.Errorf("stats: %w", err)
	}
	return nil
}

// Close closes the file. Record returns ErrClosed afterwards.
func (l *Log) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		return nil
	}
	l.closed = true
	if l.f == nil {
		return nil
	}
	err := l.f.Close()
	l.f = nil
	if err != nil {
		return fmt.Errorf("stats: %w", err)
	}
	return nil
}

// RotatedPath is the name of the n-th older file of the log at path:
// visits.jsonl → visits.1.jsonl.
func RotatedPath(path string, n int) string {
	ext := filepath.Ext(path)
	return strings.TrimSuffix(path, ext) + "." + strconv.Itoa(n) + ext
}

// rotate renames the current file to .1 (shifting the older ones) and
// opens a new one. The file is closed first, as Windows cannot rename an
// open file. If a rename fails the current file is reopened, the error
// returned and the event dropped, so the size cap still holds.
func (l *Log) rotate() error {
	if l.f != nil {
		l.f.Close()
		l.f = nil
	}
	err := l.shift()
	if oerr := l.open(); err == nil {
		err = oerr
	}
	if err != nil {
		return fmt.Errorf("stats: rotate %s: %w", l.path, err)
	}
	return nil
}

func (l *Log) shift() error {
	// Files left over from a larger keep.
	for i := l.keep + 1; exists(RotatedPath(l.path, i)); i++ {
		removeIfExists(RotatedPath(l.path, i))
	}
	if l.keep == 0 {
		return removeIfExists(l.path)
	}
	// Shift only up to the first gap: if an earlier rotation failed half
	// way, a retry must not delete one more old file each time.
	gap := 1
	for gap <= l.keep && exists(RotatedPath(l.path, gap)) {
		gap++
	}
	if gap > l.keep {
		gap = l.keep
		if err := removeIfExists(RotatedPath(l.path, gap)); err != nil {
			return err
		}
	}
	for i := gap - 1; i >= 1; i-- {
		if err := renameRetry(RotatedPath(l.path, i), RotatedPath(l.path, i+1)); err != nil {
			return err
		}
	}
	if err := renameRetry(l.path, RotatedPath(l.path, 1)); err != nil {
		return err
	}
	syncDir(filepath.Dir(l.path))
	return nil
}

// Files lists the log's files that exist, oldest first: visits.N.jsonl …
// visits.1.jsonl, visits.jsonl.
func (l *Log) Files() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.files()
}

func (l *Log) files() []string {
	var out []string
	for i := l.keep; i >= 1; i-- {
		if p := RotatedPath(l.path, i); exists(p) {
			out = append(out, p)
		}
	}
	if exists(l.path) {
		out = append(out, l.path)
	}
	return out
}

// Since reads the events at or after t from the log's files, newest file
// first, stopping at the first file that starts before t: today's events
// cost reading one file, not the whole history.
func (l *Log) Since(t time.Time) (events []Event, problems []string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	files := l.files()
	for i := len(files) - 1; i >= 0; i-- {
		evs, probs, err := readFile(files[i])
		problems = append(problems, probs...)
		if err != nil {
			problems = append(problems, err.Error())
			continue
		}
		older := false
		for _, e := range evs {
			if e.Time.Before(t) {
				older = true
				continue
			}
			events = append(events, e)
		}
		if older {
			break
		}
	}
	sortEvents(events)
	return events, problems
}

// Today is Today(events since midnight, now) for the staff panel; midnight
// is in now's location.
func (l *Log) Today(now time.Time) TodayStats {
	events, _ := l.Since(startOfDay(now))
	return Today(events, now)
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

func removeIfExists(path string) error {
	if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	return nil
}

// renameRetry retries a failed rename briefly: on Windows a reader that
// has the file open (someone copying the logs) makes it fail for a moment.
func renameRetry(from, to string) error {
	var err error
	for i := 0; i < 5; i++ {
		if err = os.Rename(from, to); err == nil {
			return nil
		}
		time.Sleep(20 * time.Millisecond)
	}
	return err
}

// syncDir makes renames in dir durable where the system allows it
// (Linux, macOS); elsewhere it does nothing.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
