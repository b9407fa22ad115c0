package speech

import (
	"encoding/binary"
	"math"
	"reflect"
	"strings"
	"testing"
)

func TestNormalise(t *testing.T) {
	for _, c := range []struct{ lang, in, want string }{
		{"en", "“Russians go home!” they shouted.", "Russians go home! they shouted."},
		{"en", "Stalin’s statue, 23–24 October 1956", "Stalin's statue, 23 to 24 October 1956"},
		{"en", "1945 – 1956", "1945 to 1956"},
		{"en", "the crowd – students and workers – marched", "the crowd, students and workers, marched"},
		{"hu", "„Ruszkik haza!” – kiabálták.", "Ruszkik haza!, kiabálták."},
		{"hu", "1956. október 23–24. között", "1956. október 23-a–24-e. között"},
		{"hu", "október 23–24-én", "október 23–24-én"}, // a suffix written out: left to espeak-ng
		// A day that ends a sentence gets its ending; inside one, espeak-ng reads the ordinal itself.
		{"hu", "Budapest, 1956. október 23.", "Budapest, 1956. október 23-a."},
		{"hu", "Október 23. A tömeg vonult. November 4. hajnalán, október 23., este", "Október 23-a. A tömeg vonult. November 4. hajnalán, október 23., este"},
		{"hu", "október 1. / október 2. november 12. december 20. június 31.", "október 1. / október 2. november 12. december 20. június 31-e."},
		{"hu", "október 23–24.", "október 23-a–24-e."},
		{"hu", "október 1. Május 2. Június 10. Július 11. Augusztus 12. Szeptember 30.",
			"október elseje. Május 2-a. Június 10-e. Július 11-e. Augusztus 12-e. Szeptember 30-a."},
		{"hu", "Március 3. Április 4. Május 5. Június 6. Július 7. Augusztus 8. Szeptember 9.",
			"Március 3-a. Április 4-e. Május 5-e. Június 6-a. Július 7-e. Augusztus 8-a. Szeptember 9-e."},
		{"en", "23 October.", "23 October."},
		{"hu", "»idézet« a\u00a0szövegben", "idézet a szövegben"},
	} {
		if got := normalise(c.lang, c.in); got != c.want {
			t.Errorf("normalise(%s, %q) = %q, want %q", c.lang, c.in, got, c.want)
		}
	}
}

func TestSplitSentences(t *testing.T) {
	for _, c := range []struct {
		lang, in string
		want     []string
	}{
		{"hu", "1956. október 23-án tüntetés volt. A tömeg a Parlamenthez vonult.",
			[]string{"1956. október 23-án tüntetés volt.", "A tömeg a Parlamenthez vonult."}},
		{"hu", "A II. világháború után dr. Nagy Imre lett a miniszterelnök. Ez 1953. 07. 04-én történt.",
			[]string{"A II. világháború után dr. Nagy Imre lett a miniszterelnök.", "Ez 1953. 07. 04-én történt."}},
		{"en", "At about 9:30 p.m. workers cut the legs. Mr. Gerő spoke! Did it help? No… 1956 ended.",
			[]string{"At about 9:30 p.m. workers cut the legs.", "Mr. Gerő spoke!", "Did it help?", "No…", "1956 ended."}},
		{"en", "First paragraph\nwraps here.\n\nSecond paragraph (a title)", []string{"First paragraph wraps here.", "Second paragraph (a title)"}},
		{"en", "He said: 'Go.' Then left.", []string{"He said: 'Go.'", "Then left."}},
		{"en", "  ", nil},
	} {
		if got := splitSentences(c.lang, c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("splitSentences(%s, %q)\n got %q\nwant %q", c.lang, c.in, got, c.want)
		}
	}
}

// Only a long first sentence is split, at its first clause mark that leaves
// three words on each side.
func TestSplitParts_FirstClause(t *testing.T) {
	got := splitParts("hu", "Október 23-án este, miközben az egyik tömeg a Parlament előtt várakozott, egy másik a Sztálin-szobornál gyűlt össze. Eltávolítása, mint tudjuk, az egyetemisták tizenhat pontjának egyike volt.")
	want := []part{
		{"Október 23-án este,", false},
		{"miközben az egyik tömeg a Parlament előtt várakozott, egy másik a Sztálin-szobornál gyűlt össze.", true},
		{"Eltávolítása, mint tudjuk, az egyetemisták tizenhat pontjának egyike volt.", true},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	// Short, or no clause mark far enough from either end: one part.
	for _, s := range []string{"Play, button", "Yes, the crowd pulled the eight-metre figure down with long steel cables"} {
		if got := splitParts("en", s); len(got) != 1 {
			t.Errorf("%q split into %+v", s, got)
		}
	}
}

func TestTrimAndNormalisePeak(t *testing.T) {
	pcm := make([]float32, 1000)
	for i := 400; i < 600; i++ {
		pcm[i] = 0.25
	}
	pcm[10] = silenceLevel / 2 // below the threshold: still silence
	got := trim(pcm, 5)
	if len(got) != 210 || got[5] != 0.25 || got[4] != 0 {
		t.Errorf("trim: %d samples, [4]=%v [5]=%v; want 210, 0, 0.25", len(got), got[4], got[5])
	}
	if trim(make([]float32, 100), 5) != nil {
		t.Error("trim of silence is not nil")
	}
	normalisePeak(got)
	if math.Abs(float64(got[5])-peakLevel) > 1e-6 {
		t.Errorf("peak %v, want %v", got[5], peakLevel)
	}
}

// Resampling flite's 16 kHz to 22,050 Hz keeps a tone's frequency and level
// and lets no image of it through.
func TestResample(t *testing.T) {
	const from, n = 16000, 16000
	in := make([]float32, n)
	for i := range in {
		in[i] = float32(0.5 * math.Sin(2*math.Pi*1000*float64(i)/from))
	}
	out := resample(in, from, SampleRate)
	if len(out) != n*SampleRate/from {
		t.Fatalf("%d samples, want %d", len(out), n*SampleRate/from)
	}
	mid := out[SampleRate/4 : 3*SampleRate/4] // away from the edges
	// Level: a 0.5 sine has RMS 0.354.
	var sum float64
	for _, v := range mid {
		sum += float64(v) * float64(v)
	}
	if r := math.Sqrt(sum / float64(len(mid))); math.Abs(r-0.3536) > 0.005 {
		t.Errorf("RMS %.4f, want 0.3536", r)
	}
	// The tone at 1 kHz: correlate with 1 kHz and with its image at 15 kHz
	// (16 kHz − 1 kHz), which a filterless upsampler leaves in.
	at := func(hz float64) float64 {
		var re, im float64
		for i, v := range mid {
			ph := 2 * math.Pi * hz * float64(i) / SampleRate
			re += float64(v) * math.Cos(ph)
			im += float64(v) * math.Sin(ph)
		}
		return 2 * math.Hypot(re, im) / float64(len(mid))
	}
	if a := at(1000); math.Abs(a-0.5) > 0.01 {
		t.Errorf("1 kHz amplitude %.3f, want 0.5", a)
	}
	if a := at(15000); a > 0.001 {
		t.Errorf("15 kHz image amplitude %.4f (%.0f dB), want below -54 dB", a, 20*math.Log10(a/0.5))
	}
	if got := resample(in, SampleRate, SampleRate); &got[0] != &in[0] {
		t.Error("same-rate resample copied")
	}
}

func wavHeader(rate, channels, bits int, dataSize uint32) []byte {
	b := []byte("RIFF\x00\x00\x00\x00WAVEfmt ")
	b = binary.LittleEndian.AppendUint32(b, 16)
	b = binary.LittleEndian.AppendUint16(b, 1)
	b = binary.LittleEndian.AppendUint16(b, uint16(channels))
	b = binary.LittleEndian.AppendUint32(b, uint32(rate))
	b = binary.LittleEndian.AppendUint32(b, uint32(rate*channels*bits/8))
	b = binary.LittleEndian.AppendUint16(b, uint16(channels*bits/8))
	b = binary.LittleEndian.AppendUint16(b, uint16(bits))
	b = append(b, "data"...)
	return binary.LittleEndian.AppendUint32(b, dataSize)
}

func TestParseWAV(t *testing.T) {
	samples := []int16{0, 16384, -32768, 100}
	var data []byte
	for _, s := range samples {
		data = binary.LittleEndian.AppendUint16(data, uint16(s))
	}
	for name, size := range map[string]uint32{"exact": 8, "espeak-ng streaming size": 0x7ffff000} {
		pcm, rate, err := parseWAV(append(wavHeader(22050, 1, 16, size), data...))
		if err != nil || rate != 22050 || !reflect.DeepEqual(pcm, []float32{0, 0.5, -1, 100.0 / 32768}) {
			t.Errorf("%s: %v %d %v", name, pcm, rate, err)
		}
	}
	for _, c := range []struct {
		b    []byte
		want string
	}{
		{[]byte("flite: voice not found"), "not a WAV"},
		{append(wavHeader(16000, 2, 16, 8), data...), "2 channels"},
		{wavHeader(16000, 1, 16, 0)[:30], "fmt chunk too short"},
		{wavHeader(16000, 1, 16, 0)[:36], "without a data chunk"},
	} {
		if _, _, err := parseWAV(c.b); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("error %v, want %q", err, c.want)
		}
	}
}
