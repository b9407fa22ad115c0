package speech

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"
)

// benchTexts: a short label and a page's first sentence (content/twelve-days/
// 03-stalin-statue.yaml), in each language.
var benchTexts = []struct{ name, lang, text string }{
	{"en/label", "en", "Play, button"},
	{"hu/label", "hu", "Lejátszás, gomb"},
	{"en/page", "en", "On the evening of 23 October, while one crowd waited at Parliament, another gathered at the Stalin Monument at the edge of City Park."},
	{"hu/page", "hu", "Október 23-án este, miközben az egyik tömeg a Parlament előtt várakozott, egy másik a Városliget szélén álló Sztálin-szobornál gyűlt össze."},
}

// BenchmarkFirstSample measures Speak() to the first part's samples being
// ready to play (Utterance.Ready), with the real voices: cold (nothing cached:
// the synthesiser runs) and cached (spoken or prewarmed before). It reports
// the median and the 95th percentile besides the mean (ns/op).
//
//	go test -run '^$' -bench FirstSample -benchtime 40x ./internal/speech/
func BenchmarkFirstSample(b *testing.B) {
	needs(b, "flite", "espeak-ng")
	for _, c := range benchTexts {
		for _, cached := range []bool{false, true} {
			name := c.name + "/cold"
			if cached {
				name = c.name + "/cached"
			}
			b.Run(name, func(b *testing.B) {
				s := New(System(), Options{})
				defer func() { s.Close() }()
				warm := func() {
					u, err := s.Speak(context.Background(), c.lang, c.text)
					if err != nil {
						b.Fatal(err)
					}
					<-u.Done()
					if u.Err() != nil {
						b.Fatal(u.Err())
					}
				}
				warm() // the first run also builds the resampling table once per process
				var ds []time.Duration
				b.ResetTimer()
				for range b.N {
					if !cached {
						b.StopTimer()
						s.Close()
						s = New(System(), Options{})
						b.StartTimer()
					}
					start := time.Now()
					u, err := s.Speak(context.Background(), c.lang, c.text)
					if err != nil {
						b.Fatal(err)
					}
					<-u.Ready()
					ds = append(ds, time.Since(start))
					b.StopTimer()
					if u.Err() != nil {
						b.Fatal(u.Err())
					}
					<-u.Done()
					b.StartTimer()
				}
				b.StopTimer()
				slices.Sort(ds)
				b.ReportMetric(float64(ds[len(ds)/2])/1e6, "p50-ms")
				b.ReportMetric(float64(ds[len(ds)*95/100])/1e6, "p95-ms")
			})
		}
	}
}

// BenchmarkWholeSentence is the engine alone on the page's whole first
// sentence, unsplit: what the first sample would cost without the split at
// the first clause.
func BenchmarkWholeSentence(b *testing.B) {
	needs(b, "flite", "espeak-ng")
	for _, c := range benchTexts[2:] {
		b.Run(c.name, func(b *testing.B) {
			text := normalise(c.lang, c.text)
			for range b.N {
				if _, _, err := System().Synthesize(context.Background(), c.lang, text); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// Keeps the benchmark's texts honest: the page sentences are split at their
// first clause, the labels are not.
func TestBenchTexts_FirstPart(t *testing.T) {
	for _, c := range benchTexts {
		parts := splitParts(c.lang, c.text)
		got := fmt.Sprint(len(parts))
		want := map[bool]string{true: "2", false: "1"}[c.name[3:] == "page"]
		if got != want {
			t.Errorf("%s: %s parts, want %s", c.name, got, want)
		}
	}
}

// BenchmarkSayToDevice measures Player.Say to the first samples taken by a
// device that, like oto's mixer, asks each voice for samples every
// millisecond: the app's share of key press → sound (the sound card's own
// buffer, otoDeviceBuffer = 60 ms, comes on top).
func BenchmarkSayToDevice(b *testing.B) {
	needs(b, "flite", "espeak-ng")
	for _, c := range benchTexts[:2] {
		for _, cached := range []bool{false, true} {
			name := c.name + map[bool]string{false: "/cold", true: "/cached"}[cached]
			b.Run(name, func(b *testing.B) {
				dev := newFakeDevice(1)
				defer dev.Close()
				s := New(System(), Options{})
				defer func() { s.Close() }()
				p := NewPlayer(s, dev, PlayerOptions{})
				defer func() { p.Close() }()
				if u, err := p.Say(c.lang, c.text); err == nil {
					<-u.Done()
				}
				var ds []time.Duration
				b.ResetTimer()
				for range b.N {
					b.StopTimer()
					if !cached {
						p.Close()
						s.Close()
						s = New(System(), Options{})
						p = NewPlayer(s, dev, PlayerOptions{})
					}
					n := len(dev.all())
					b.StartTimer()
					start := time.Now()
					u, err := p.Say(c.lang, c.text)
					if err != nil {
						b.Fatal(err)
					}
					v := dev.all()[n]
					for {
						v.mu.Lock()
						t := v.firstRead
						v.mu.Unlock()
						if !t.IsZero() {
							ds = append(ds, t.Sub(start))
							break
						}
						time.Sleep(100 * time.Microsecond)
					}
					b.StopTimer()
					<-u.Done()
					b.StartTimer()
				}
				b.StopTimer()
				slices.Sort(ds)
				b.ReportMetric(float64(ds[len(ds)/2])/1e6, "p50-ms")
				b.ReportMetric(float64(ds[len(ds)*95/100])/1e6, "p95-ms")
			})
		}
	}
}
