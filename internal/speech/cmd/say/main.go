// Command say speaks a text through the real sound device with the exhibit's
// voices: a technician's check that audio mode can speak on this machine, and
// the end-to-end test's player (internal/speech/capture_test.go).
//
//	say -lang hu 'Lejátszás, gomb'
//	say -tone 2 'Play, button'      # over a 440 Hz "broadcast", ducked while speaking
//
// Exit status 3: no sound device; 4: the voice is not installed.
package main

import (
	"flag"
	"fmt"
	"math"
	"os"
	"strings"
	"time"

	"budapest1956/internal/audio"
	"budapest1956/internal/speech"
)

func main() {
	lang := flag.String("lang", "en", "language: en or hu")
	tone := flag.Float64("tone", 0, "also play a 440 Hz tone of this many `seconds` at 0.3 through an audio.Player (a broadcast), ducked to 0.1 while speaking")
	settle := flag.Duration("settle", 300*time.Millisecond, "wait after opening the device (lets a capture pacer shrink its pipe)")
	flag.Parse()
	text := strings.Join(flag.Args(), " ")
	if text == "" {
		fmt.Fprintln(os.Stderr, "usage: say [-lang en|hu] [-tone seconds] text")
		os.Exit(2)
	}
	s := speech.New(speech.System(), speech.Options{})
	defer s.Close()
	if err := s.Available(*lang); err != nil {
		fmt.Fprintln(os.Stderr, "say:", err)
		os.Exit(4)
	}
	dev, err := audio.OpenOto(audio.DefaultOpenTimeout)
	if err != nil {
		fmt.Fprintln(os.Stderr, "say:", err)
		os.Exit(3)
	}
	time.Sleep(*settle)

	var broadcast *audio.Player
	if *tone > 0 {
		pcm := make([]float32, int(*tone*audio.SampleRate))
		for i := range pcm {
			pcm[i] = float32(0.3 * math.Sin(2*math.Pi*440*float64(i)/audio.SampleRate))
		}
		broadcast = audio.NewPlayer(dev, audio.Options{})
		defer broadcast.Close()
		if err := broadcast.LoadPCM("tone", pcm, nil); err != nil {
			fmt.Fprintln(os.Stderr, "say:", err)
			os.Exit(1)
		}
		broadcast.Play()
		time.Sleep(200 * time.Millisecond) // speech starts over the broadcast
	}
	p := speech.NewPlayer(s, dev, speech.PlayerOptions{
		OnDuck: func(on bool) {
			fmt.Println("duck", on)
			if broadcast != nil {
				broadcast.SetVolume(map[bool]float64{true: 1.0 / 3, false: 1}[on])
			}
		},
		OnPart: func(u *speech.Utterance, i int) { fmt.Printf("part %d: %s\n", i, u.Parts()[i]) },
	})
	defer p.Close()
	start := time.Now()
	u, err := p.Say(*lang, text)
	if err != nil {
		fmt.Fprintln(os.Stderr, "say:", err)
		os.Exit(1)
	}
	<-u.Ready()
	ready := time.Since(start)
	<-u.Done()
	if err := u.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "say:", err)
		os.Exit(1)
	}
	fmt.Printf("first part ready after %v; spoke %d samples (%.2f s) in %v\n", ready.Round(time.Millisecond),
		len(u.Samples()), float64(len(u.Samples()))/speech.SampleRate, time.Since(start).Round(time.Millisecond))
	if broadcast != nil {
		for broadcast.State() == audio.StatePlaying {
			time.Sleep(10 * time.Millisecond)
		}
	}
	// oto keeps writing silence: that pushes the tail out of ALSA's buffers
	// before the process (and the capture pipe) ends.
	time.Sleep(300 * time.Millisecond)
}
