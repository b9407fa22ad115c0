//go:build !linux || !cgo

package health

// trimCHeap: other C libraries return freed memory by themselves (or have
// no call for it).
func trimCHeap() {}
