package stats

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
)

// maxLine is the longest line Read accepts; real events are under 400
// bytes. Longer ones (say, a run of zero bytes left by a crash) are
// skipped without being held in memory.
const maxLine = 64 << 10

// Read reads the given log files in any order and returns their events
// sorted by time. It is tolerant: a torn or garbled line is skipped and
// reported as "FILE:LINE: skipped unreadable line", a file that cannot be
// read is reported and skipped, and an event seen twice (the same file
// given twice, or an old copy of it) is counted once.
func Read(paths ...string) (events []Event, problems []string) {
	for _, p := range paths {
		evs, probs, err := readFile(p)
		problems = append(problems, probs...)
		if err != nil {
			problems = append(problems, err.Error())
		}
		events = append(events, evs...)
	}
	events, dups := dedupe(events)
	if dups > 0 {
		problems = append(problems, fmt.Sprintf("ignored %d duplicate events (was a log given twice?)", dups))
	}
	sortEvents(events)
	return events, problems
}

// readFile reads one log. err is set only if the file cannot be read at
// all (or reading stops half way); bad lines are problems.
func readFile(path string) (events []Event, problems []string, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.IsDir() {
		return nil, nil, fmt.Errorf("%s: is a folder, not a log file", path)
	}
	r := bufio.NewReaderSize(f, 16<<10)
	for n := 1; ; n++ {
		line, tooLong, rerr := readLine(r)
		if rerr != nil && rerr != io.EOF {
			return events, problems, fmt.Errorf("%s:%d: %w", path, n, rerr)
		}
		line = bytes.TrimRight(line, "\r")
		switch {
		case tooLong:
			problems = append(problems, fmt.Sprintf("%s:%d: skipped unreadable line", path, n))
		case len(bytes.TrimSpace(line)) == 0:
			// An empty line (written after a torn one) is not a problem.
		default:
			var e Event
			if err := e.UnmarshalJSON(line); err != nil {
				if errors.Is(err, ErrUnknownKind) {
					problems = append(problems, fmt.Sprintf("%s:%d: skipped line of unknown kind %q (from a newer version?)", path, n, kindOf(line)))
				} else {
					problems = append(problems, fmt.Sprintf("%s:%d: skipped unreadable line", path, n))
				}
				break
			}
			events = append(events, e)
		}
		if rerr == io.EOF {
			return events, problems, nil
		}
	}
}

// kindOf digs the kind out of a line for a message.
func kindOf(line []byte) string {
	var w struct {
		Kind string `json:"kind"`
	}
	_ = json.Unmarshal(line, &w)
	return w.Kind
}

// readLine returns the next line without its newline. A line longer than
// maxLine is read to its end and dropped (tooLong). At the end of the file
// err is io.EOF, with the last line (torn or not) in line.
func readLine(r *bufio.Reader) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := r.ReadSlice('\n')
		if !tooLong {
			if len(line)+len(chunk) > maxLine+1 {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		switch err {
		case bufio.ErrBufferFull:
			continue
		case nil:
			return bytes.TrimSuffix(line, []byte("\n")), tooLong, nil
		default:
			return line, tooLong, err
		}
	}
}

func sortEvents(events []Event) {
	sort.SliceStable(events, func(i, j int) bool { return events[i].Time.Before(events[j].Time) })
}

func dedupe(events []Event) ([]Event, int) {
	seen := make(map[Event]bool, len(events))
	out := events[:0]
	for _, e := range events {
		if seen[e] {
			continue
		}
		seen[e] = true
		out = append(out, e)
	}
	return out, len(events) - len(out)
}
