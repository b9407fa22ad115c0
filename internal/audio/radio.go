package audio

import "math"

// RadioOptions tunes the "period radio" effect. The zero value is the
// exhibit's mild setting (speech must stay intelligible: see
// shared/research/audio.md, heavier noise hurt recognition badly).
type RadioOptions struct {
	SampleRate int    // 0: SampleRate
	Seed       uint64 // 0: 1956. Same seed + same input = same output.
	NoNoise    bool   // no hiss and no crackle (tests measure the filter alone)
}

// Radio is a streaming 1950s-AM-broadcast effect: band-pass 300-3400 Hz,
// gentle compression, slow fading, faint hiss and rare crackle. All state
// lives in the struct, so processing block by block gives the same output
// whatever the block sizes. Not safe for concurrent use.
type Radio struct {
	opts RadioOptions
	fs   float64

	band  [4]biquad // HP 300 x2, LP 3400 x2: ~24 dB/octave skirts
	noise [3]biquad // shapes hiss and clicks into the same band

	// compressor: peak envelope follower, above-threshold ratio, make-up gain
	env, attack, release float64

	// fading: two slow sine LFOs (phasors rotated each sample)
	lfo [2]phasor
	n   uint64 // samples processed: renormalisation schedule

	rng        uint64
	clickLevel float64 // current click amplitude, decays fast
	clickDecay float64
	clicks     int // how many clicks so far (tests)
}

const (
	bandLow     = 300.0
	bandHigh    = 3400.0
	compThresh  = 0.25 // -12 dBFS peak: only loud syllables are squeezed
	compExp     = 1.0/2.0 - 1
	makeupGain  = 1.2589           // +2 dB
	fadeDepth   = 0.15             // total depth of the two LFOs
	hissRMS     = 0.01             // -40 dBFS after band-limiting
	hissScale   = hissRMS / 0.2992 // measured rms of band-limited uniform noise (TestRadioHissAndCrackle checks -40 dBFS)
	clicksPerS  = 0.6
	clickPeak   = 0.15
	clickDecayS = 0.0015
)

type phasor struct{ re, im, cr, ci float64 }

func newPhasor(fs, hz, phase float64) phasor {
	w := 2 * math.Pi * hz / fs
	return phasor{re: math.Cos(phase), im: math.Sin(phase), cr: math.Cos(w), ci: math.Sin(w)}
}

func (p *phasor) next() float64 {
	p.re, p.im = p.re*p.cr-p.im*p.ci, p.re*p.ci+p.im*p.cr
	return p.im
}

func (p *phasor) renorm() {
	m := math.Hypot(p.re, p.im)
	p.re /= m
	p.im /= m
}

// NewRadio makes a Radio in its initial state.
func NewRadio(opts RadioOptions) *Radio {
	if opts.SampleRate <= 0 {
		opts.SampleRate = SampleRate
	}
	if opts.Seed == 0 {
		opts.Seed = 1956
	}
	r := &Radio{opts: opts, fs: float64(opts.SampleRate)}
	r.Reset()
	return r
}

// Reset returns the Radio to its initial state (same seed).
func (r *Radio) Reset() {
	fs := r.fs
	const q = math.Sqrt2 / 2 // Butterworth sections
	r.band = [4]biquad{highPass(fs, bandLow, q), highPass(fs, bandLow, q), lowPass(fs, bandHigh, q), lowPass(fs, bandHigh, q)}
	r.noise = [3]biquad{highPass(fs, bandLow, q), lowPass(fs, bandHigh, q), lowPass(fs, bandHigh, q)}
	r.env = 0
	r.attack = 1 - math.Exp(-1/(0.005*fs))
	r.release = 1 - math.Exp(-1/(0.200*fs))
	r.rng = splitmix(r.opts.Seed)
	// The LFO phases come from the seed too: fading differs per seed.
	p0 := float64(r.rand()>>11) / (1 << 53) * 2 * math.Pi
	p1 := float64(r.rand()>>11) / (1 << 53) * 2 * math.Pi
	r.lfo = [2]phasor{newPhasor(fs, 0.23, p0), newPhasor(fs, 0.37, p1)}
	r.n = 0
	r.clickLevel, r.clicks = 0, 0
	r.clickDecay = math.Exp(-1 / (clickDecayS * fs))
}

func splitmix(x uint64) uint64 {
	x += 0x9E3779B97F4A7C15
	x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9
	x = (x ^ (x >> 27)) * 0x94D049BB133111EB
	return x ^ (x >> 31)
}

// rand is xorshift64*: tiny, fast and the same on every platform.
func (r *Radio) rand() uint64 {
	r.rng ^= r.rng >> 12
	r.rng ^= r.rng << 25
	r.rng ^= r.rng >> 27
	return r.rng * 2685821657736338717
}

// Process writes the effect of src into dst (len(dst) >= len(src); dst may
// be src). Output is clipped softly to [-1, 1].
func (r *Radio) Process(dst, src []float32) {
	clickP := uint64(clicksPerS / r.fs * (1 << 63) * 2) // probability per sample as a uint64 threshold
	for i, in := range src {
		x := float64(in)
		for k := range r.band {
			x = r.band[k].step(x)
		}

		// Gentle compression: peak envelope, 2:1 above -12 dBFS.
		a := math.Abs(x)
		if a > r.env {
			r.env += r.attack * (a - r.env)
		} else {
			r.env += r.release * (a - r.env)
		}
		g := makeupGain
		if r.env > compThresh {
			g *= math.Pow(r.env/compThresh, compExp)
		}

		// Slow fading, 0.23 and 0.37 Hz: gain between 1-fadeDepth and 1.
		r.n++
		if r.n%4096 == 0 { // keep the phasors on the unit circle despite rounding
			r.lfo[0].renorm()
			r.lfo[1].renorm()
		}
		fade := 1 - fadeDepth*(0.5+0.25*(r.lfo[0].next()+r.lfo[1].next()))
		y := x * g * fade

		if !r.opts.NoNoise {
			u := r.rand()
			n := (float64(u>>11)/(1<<52) - 1) * hissScale // uniform in [-1,1) * scale
			if r.rand() < clickP {
				r.clicks++
				r.clickLevel = clickPeak * (0.4 + 0.6*float64(u>>40)/(1<<24))
				if u&1 == 0 {
					r.clickLevel = -r.clickLevel
				}
			}
			n += r.clickLevel
			r.clickLevel *= r.clickDecay
			for k := range r.noise {
				n = r.noise[k].step(n)
			}
			y += n
		}
		dst[i] = float32(softClip(y))
	}
}

// softClip is linear up to 0.9 and bends smoothly to 1: a safety limiter.
func softClip(x float64) float64 {
	const knee = 0.9
	switch {
	case x > knee:
		return knee + (1-knee)*math.Tanh((x-knee)/(1-knee))
	case x < -knee:
		return -knee - (1-knee)*math.Tanh((-x-knee)/(1-knee))
	}
	return x
}
