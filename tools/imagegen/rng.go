package main

// RNG is a tiny SplitMix64 generator. It is spelled out here so that the
// images never depend on the standard library's choice of algorithm.
type RNG struct{ s uint64 }

func NewRNG(seed uint64) *RNG { return &RNG{s: seed} }

func (r *RNG) next() uint64 {
	r.s += 0x9e3779b97f4a7c15
	z := r.s
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// Float returns a number in [0,1).
func (r *RNG) Float() float64 { return float64(r.next()>>11) / (1 << 53) }

// Range returns a number in [a,b).
func (r *RNG) Range(a, b float64) float64 { return a + (b-a)*r.Float() }

// Intn returns an integer in [0,n).
func (r *RNG) Intn(n int) int { return int(r.next() % uint64(n)) }
