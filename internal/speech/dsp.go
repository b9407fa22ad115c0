package speech

import (
	"math"
	"sync"
)

const (
	// silenceLevel: samples quieter than -70 dBFS at either end are the
	// synthesiser's silence, as in tools/narrate (trimThreshold): -45 dB also cut
	// soft onsets and word endings.
	silenceLevel = 0.000316
	// trimMargin keeps this much before the first and after the last sound, so
	// a soft onset is never clipped.
	trimMargin = SampleRate / 200 // 5 ms
	// peakLevel: every part is peak-normalised to -1 dBFS, the level of the
	// broadcast narrations (tools/narrate peakTarget).
	peakLevel = 0.891
)

// trim removes leading and trailing silence (keeping margin samples). It
// returns nil when nothing is louder than silenceLevel.
func trim(pcm []float32, margin int) []float32 {
	first, last := -1, -1
	for i, v := range pcm {
		if v > silenceLevel || v < -silenceLevel {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return nil
	}
	return pcm[max(0, first-margin):min(len(pcm), last+1+margin)]
}

// normalisePeak scales pcm in place so its peak is peakLevel.
func normalisePeak(pcm []float32) {
	var peak float32
	for _, v := range pcm {
		peak = max(peak, v, -v)
	}
	if peak == 0 {
		return
	}
	g := peakLevel / peak
	for i := range pcm {
		pcm[i] *= g
	}
}

// resampleHalf is the number of input samples each side of an output sample
// that the windowed-sinc interpolator weighs.
const resampleHalf = 16

type ratio struct{ from, to int }

// kernels caches the polyphase tables per rate pair (flite 16,000 → 22,050 Hz
// uses one, made once: 441 phases × 32 taps).
var kernels sync.Map // ratio -> [][]float32

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// kernel returns the table for from → to: phases[p][j] weighs input sample
// c-resampleHalf+1+j for the output at input position c + p/L.
func kernel(from, to int) [][]float32 {
	if k, ok := kernels.Load(ratio{from, to}); ok {
		return k.([][]float32)
	}
	l := to / gcd(from, to)
	// Cut off below the lower Nyquist frequency: for upsampling the input's,
	// for downsampling the output's (no aliasing either way).
	cut := 0.95 * min(1, float64(to)/float64(from))
	phases := make([][]float32, l)
	for p := range phases {
		taps := make([]float32, 2*resampleHalf)
		var sum float64
		w := make([]float64, len(taps))
		for j := range taps {
			d := float64(p)/float64(l) + float64(resampleHalf-1-j)
			w[j] = cut * sinc(cut*d) * blackman(d/resampleHalf)
			sum += w[j]
		}
		for j := range taps {
			taps[j] = float32(w[j] / sum) // unity gain at DC in every phase
		}
		phases[p] = taps
	}
	kernels.Store(ratio{from, to}, phases)
	return phases
}

func sinc(x float64) float64 {
	if x == 0 {
		return 1
	}
	return math.Sin(math.Pi*x) / (math.Pi * x)
}

// blackman is the Blackman window on -1..1.
func blackman(t float64) float64 {
	if t <= -1 || t >= 1 {
		return 0
	}
	return 0.42 + 0.5*math.Cos(math.Pi*t) + 0.08*math.Cos(2*math.Pi*t)
}

// resample converts mono pcm from one rate to another with a windowed-sinc
// polyphase filter (32 taps, Blackman window, cut-off at 95% of the lower
// Nyquist frequency). The same rate returns pcm itself.
func resample(pcm []float32, from, to int) []float32 {
	if from == to || len(pcm) == 0 {
		return pcm
	}
	g := gcd(from, to)
	l, m := to/g, from/g
	k := kernel(from, to)
	n := int(int64(len(pcm)) * int64(to) / int64(from))
	out := make([]float32, n)
	for i := range out {
		num := int64(i) * int64(m)
		c := int(num / int64(l))
		taps := k[num%int64(l)]
		k0 := c - resampleHalf + 1
		var sum float32
		if k0 >= 0 && k0+len(taps) <= len(pcm) {
			for j, w := range taps {
				sum += pcm[k0+j] * w
			}
		} else {
			for j, w := range taps {
				if x := k0 + j; x >= 0 && x < len(pcm) {
					sum += pcm[x] * w
				}
			}
		}
		out[i] = sum
	}
	return out
}
