package voices

import "testing"

func TestEspeakText_EllipsesBecomeStopsAndNoWordChanges(t *testing.T) {
	for in, want := range map[string]string{
		"…elemi erővel bontakozott ki": "elemi erővel bontakozott ki",
		"GYORSAN. GYORSAN…":            "GYORSAN. GYORSAN.",
		"ezzel...":                     "ezzel.",
	} {
		if got := EspeakText(in); got != want {
			t.Errorf("EspeakText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFlitePunct_TypographyBecomesASCII(t *testing.T) {
	in := "„Help” – ‘now’… it’s\u00a0over — “yes”"
	want := "\"Help\" , 'now'... it's over , \"yes\""
	if got := FlitePunct.Replace(in); got != want {
		t.Errorf("FlitePunct(%q) = %q, want %q", in, got, want)
	}
}
