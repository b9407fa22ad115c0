// Command pacer copies stdin to a file at a fixed byte rate.
//
// ALSA's "null" PCM is not real time: it swallows audio as fast as the
// program writes it. Used as `file "|pacer ..."` in an .asoundrc, pacer
// reads the ALSA file plugin's pipe only as fast as a sound card would play,
// so the pipe fills, the plugin's writes block and the app plays in real time
// while everything it plays lands in the capture file (see docs/audio.md).
//
//	pacer -rate 22050 -channels 1 -sample-bytes 4 -o /tmp/capture.raw
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"
)

func main() {
	rate := flag.Int("rate", 22050, "sample rate, frames per second")
	channels := flag.Int("channels", 1, "channels per frame")
	sampleBytes := flag.Int("sample-bytes", 4, "bytes per sample (4: FLOAT_LE, as oto/v2 opens ALSA)")
	out := flag.String("o", "", "capture file (required)")
	flag.Parse()
	if *out == "" || *rate <= 0 || *channels <= 0 || *sampleBytes <= 0 {
		fmt.Fprintln(os.Stderr, "usage: pacer -rate HZ -channels N -sample-bytes B -o FILE < stream")
		os.Exit(2)
	}
	f, err := os.Create(*out)
	if err != nil {
		fmt.Fprintln(os.Stderr, "pacer:", err)
		os.Exit(1)
	}
	if _, err := catchUp(os.Stdin, f); err != nil {
		fmt.Fprintln(os.Stderr, "pacer:", err)
		os.Exit(1)
	}
	frame := *channels * *sampleBytes
	if err := pace(f, os.Stdin, *rate*frame, frame); err != nil {
		fmt.Fprintln(os.Stderr, "pacer:", err)
		os.Exit(1)
	}
	if err := f.Close(); err != nil {
		fmt.Fprintln(os.Stderr, "pacer:", err)
		os.Exit(1)
	}
}

// pace copies r to w, never faster than byteRate: after n bytes it sleeps
// until n/byteRate seconds have passed since the first byte arrived.
func pace(w io.Writer, r io.Reader, byteRate, frame int) error {
	chunk := max(frame, byteRate/100/frame*frame) // 10 ms
	buf := make([]byte, chunk)
	var start time.Time
	var total int64
	for {
		n, err := io.ReadFull(r, buf)
		if n > 0 {
			if start.IsZero() {
				start = time.Now()
			}
			if _, werr := w.Write(buf[:n]); werr != nil {
				return werr
			}
			total += int64(n)
			due := start.Add(time.Duration(total * int64(time.Second) / int64(byteRate)))
			time.Sleep(time.Until(due))
		}
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			return nil
		}
		if err != nil {
			return err
		}
	}
}
