package content

import (
	"fmt"
	"sort"
	"strings"
)

// Problem is one thing wrong with the content, located for a curator.
type Problem struct {
	File    string // path as the curator knows it, e.g. content/crushing/02-embassy.yaml
	Line    int    // 1-based; 0 when the problem is about the whole file
	Field   string // dotted path, e.g. quote.translations.en
	Message string
	// Narration marks a problem with a broadcast's generated audio or cue
	// file, which tools/narrate (re)writes rather than reports.
	Narration bool
}

func (p Problem) String() string {
	field := p.Field
	if field == "" {
		field = "-"
	}
	return fmt.Sprintf("%s:%d: %s: %s", p.File, p.Line, field, p.Message)
}

// Problems is a list of problems in the order they were found.
type Problems []Problem

func (ps Problems) String() string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(p.String())
		b.WriteByte('\n')
	}
	return b.String()
}

// Sorted returns the problems ordered by file and line, for stable output.
func (ps Problems) Sorted() Problems {
	out := append(Problems(nil), ps...)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].File != out[j].File {
			return out[i].File < out[j].File
		}
		return out[i].Line < out[j].Line
	})
	return out
}
