package stats

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

const commandUsage = `Usage: budapest1956 stats LOG... [--csv] [--pages FILE]

Reads visit statistics logs (e.g. ~/.cache/budapest1956/visits*.jsonl, in any
order) and prints a report: visits per day, median visit length, page views,
broadcasts, languages, idle resets. Days are calendar days in this computer's
time zone. Unreadable lines are reported on standard error and skipped.

Flags:
  --csv         print one CSV table (group,key,metric,value) instead of the report
  --pages FILE  page ids of the exhibit, one a line (# starts a comment), so
                pages nobody viewed are listed too
`

// RunCommand is the body of `budapest1956 stats LOG… [--csv] [--pages FILE]`:
// args are what follows "stats". It returns the exit code: 0 done (lines
// skipped or not), 2 bad flags or no log files, 1 a file could not be read
// at all (the report of the other files is still printed).
func RunCommand(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("budapest1956 stats", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	asCSV := fs.Bool("csv", false, "")
	pagesFile := fs.String("pages", "", "")
	// Flags may come before, between or after the files.
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fmt.Fprint(stdout, commandUsage)
				return 0
			}
			fmt.Fprintf(stderr, "budapest1956 stats: %v\n\n%s", err, commandUsage)
			return 2
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if len(rest) < len(args) && args[len(args)-len(rest)-1] == "--" {
			files = append(files, rest...) // everything after -- is a file
			break
		}
		files, args = append(files, rest[0]), rest[1:]
	}
	if len(files) == 0 {
		fmt.Fprintf(stderr, "budapest1956 stats: no log files given, e.g. budapest1956 stats ~/.cache/budapest1956/visits*.jsonl\n\n%s", commandUsage)
		return 2
	}

	code := 0
	var pageIDs []string
	if *pagesFile != "" {
		ids, err := readPageIDs(*pagesFile)
		if err != nil {
			fmt.Fprintf(stderr, "budapest1956 stats: --pages: %v\n", err)
			return 1
		}
		pageIDs = ids
	}
	var events []Event
	read := 0
	for _, path := range files {
		evs, problems, err := readFile(path)
		for _, p := range problems {
			fmt.Fprintln(stderr, p)
		}
		if err != nil {
			msg := err.Error()
			if strings.ContainsAny(path, "*?[") && errors.Is(err, os.ErrNotExist) {
				msg += " (no file matches the pattern)"
			}
			fmt.Fprintf(stderr, "budapest1956 stats: cannot read %s\n", strings.TrimPrefix(msg, "open "))
			code = 1
			continue
		}
		read++
		events = append(events, evs...)
	}
	if read == 0 {
		return code
	}
	events, dups := dedupe(events)
	if dups > 0 {
		fmt.Fprintf(stderr, "budapest1956 stats: ignored %d duplicate events (was a log given twice?)\n", dups)
	}
	sum := SummarizeWith(events, pageIDs)
	var err error
	if *asCSV {
		err = sum.WriteCSV(stdout)
	} else {
		err = sum.WriteText(stdout)
	}
	if err != nil {
		fmt.Fprintf(stderr, "budapest1956 stats: %v\n", err)
		return 1
	}
	return code
}

// readPageIDs reads one page id a line; blank lines and # comments are
// skipped.
func readPageIDs(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var ids []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		if line = strings.TrimSpace(line); line != "" {
			ids = append(ids, line)
		}
	}
	return ids, sc.Err()
}
