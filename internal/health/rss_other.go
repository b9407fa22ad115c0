//go:build !linux

package health

// processRSS is not measured outside Linux; the field is left out.
func processRSS() (uint64, bool) { return 0, false }
