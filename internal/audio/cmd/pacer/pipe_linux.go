package main

import (
	"fmt"
	"io"
	"os"
	"syscall"
	"time"
	"unsafe"
)

// catchUp shrinks stdin's pipe to one page (F_SETPIPE_SZ) so the player runs
// at most ~50 ms ahead of the capture instead of a default 64 kB pipe's
// worth (0.74 s of mono float at 22,050 Hz). ALSA has usually filled the pipe
// with start-up silence before pacer runs, and the kernel will not shrink a
// fuller pipe, so that first pipeful or two is copied through unpaced. Audio
// that arrives in this short window would come out with gaps: play nothing in
// the first ~0.2 s after opening the device. Returns the bytes copied.
func catchUp(in *os.File, w io.Writer) (int64, error) {
	const fSetPipeSz, page = 1031, 4096
	buf := make([]byte, 1<<17)
	var copied int64
	deadline := time.Now().Add(150 * time.Millisecond)
	for time.Now().Before(deadline) {
		_, _, errno := syscall.Syscall(syscall.SYS_FCNTL, in.Fd(), fSetPipeSz, page)
		if errno != syscall.EBUSY {
			return copied, nil // shrunk, or not a pipe: nothing to do
		}
		var avail int32
		syscall.Syscall(syscall.SYS_IOCTL, in.Fd(), syscall.TIOCINQ, uintptr(unsafe.Pointer(&avail)))
		if avail <= 0 {
			time.Sleep(time.Millisecond)
			continue
		}
		n, err := in.Read(buf[:min(int(avail), len(buf))])
		if _, werr := w.Write(buf[:n]); werr != nil {
			return copied, werr
		}
		copied += int64(n)
		if err != nil {
			return copied, nil // EOF: pace() sees it too
		}
	}
	fmt.Fprintln(os.Stderr, "pacer: could not shrink the pipe; the player may run up to 64 kB ahead of the capture")
	return copied, nil
}
