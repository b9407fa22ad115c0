//go:build !cgo && !windows && !darwin

package audio

import (
	"fmt"
	"time"
)

// OpenOto: oto/v2 needs cgo (ALSA) on Linux. Without cgo (e.g. UI tests run
// with CGO_ENABLED=0) the package still builds and the app runs captions-only.
func OpenOto(timeout time.Duration) (Device, error) {
	return nil, fmt.Errorf("%w: built without cgo, which oto/v2 needs here", ErrNoDevice)
}
