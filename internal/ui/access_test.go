package ui

import "testing"

// TestSentences: the parts of what is spoken become sentences: empty parts
// dropped, each part trimmed and ended with a full stop unless it ends as a
// sentence or a quotation already (an ellipsis and curly quotes are one
// character of several bytes).
func TestSentences(t *testing.T) {
	for _, c := range []struct {
		parts []string
		want  string
	}{
		{nil, ""},
		{[]string{"", "  "}, ""},
		{[]string{" Radio ", "", "Imre Nagy speaks"}, "Radio. Imre Nagy speaks."},
		{[]string{"Done.", "Why?", "Now!", "Sources:", "x"}, "Done. Why? Now! Sources: x."},
		{[]string{"Loading the broadcast…", "He said “Stop”", `“Go"`}, "Loading the broadcast… He said “Stop” “Go\""},
	} {
		if got := Sentences(c.parts...); got != c.want {
			t.Errorf("Sentences(%q) = %q, want %q", c.parts, got, c.want)
		}
	}
}
