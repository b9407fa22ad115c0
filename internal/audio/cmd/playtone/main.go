// Command playtone plays a sine through the real sound Device and Player:
// the end-to-end check for the ALSA capture set-up in docs/audio.md.
//
//	HOME=/tmp/cap playtone -seconds 1 -hz 440
//
// Exit status 3 means there is no sound device (the app would run
// captions-only).
package main

import (
	"flag"
	"fmt"
	"math"
	"os"
	"time"

	"budapest1956/internal/audio"
)

func main() {
	seconds := flag.Float64("seconds", 1, "tone length")
	hz := flag.Float64("hz", 440, "tone frequency")
	amp := flag.Float64("amp", 0.5, "amplitude, 0..1")
	radio := flag.Bool("radio", false, "play through the period-radio effect")
	settle := flag.Duration("settle", 300*time.Millisecond, "wait after opening the device (lets a capture pacer shrink its pipe)")
	flag.Parse()

	start := time.Now()
	dev, err := audio.OpenOto(audio.DefaultOpenTimeout)
	if err != nil {
		fmt.Fprintln(os.Stderr, "playtone:", err)
		os.Exit(3)
	}
	fmt.Printf("device open after %v\n", time.Since(start).Round(time.Millisecond))
	time.Sleep(*settle)

	pcm := make([]float32, int(*seconds*audio.SampleRate))
	for i := range pcm {
		pcm[i] = float32(*amp * math.Sin(2*math.Pi**hz*float64(i)/audio.SampleRate))
	}
	ended := make(chan struct{})
	p := audio.NewPlayer(dev, audio.Options{OnChange: func(e audio.Event) {
		if e.Err != nil {
			fmt.Fprintln(os.Stderr, "playtone:", e.Err)
		}
		if e.State == audio.StateEnded {
			select {
			case <-ended:
			default:
				close(ended)
			}
		}
	}})
	if err := p.LoadPCM("tone", pcm, nil); err != nil {
		fmt.Fprintln(os.Stderr, "playtone:", err)
		os.Exit(1)
	}
	p.SetRadio(*radio)
	played := time.Now()
	p.Play()
	select {
	case <-ended:
	case <-time.After(time.Duration(*seconds*float64(time.Second)) + 10*time.Second):
		fmt.Fprintln(os.Stderr, "playtone: never reached the end")
		os.Exit(1)
	}
	fmt.Printf("played %v in %v of wall time (sound: %v)\n", p.Duration(), time.Since(played).Round(time.Millisecond), p.HasSound())
	p.Close()
	// oto keeps writing silence: that pushes the tail of the tone out of
	// ALSA's buffers before the process (and the capture pipe) ends.
	time.Sleep(300 * time.Millisecond)
}
