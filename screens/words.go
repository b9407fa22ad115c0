package screens

// now runs work at once, on the caller's goroutine: for proof sheets and
// tests, where nothing may happen later.
func now(_ string, fn func()) { fn() }

// direct runs fn at once: the Do of proof sheets and tests.
func direct(fn func()) { fn() }
