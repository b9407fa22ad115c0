package screens

import (
	"encoding/binary"
	"io"
	"math"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"budapest1956/internal/audio"
	"budapest1956/internal/speech"
)

// heardDevice is an audio.Device that reads its voices as oto does (small
// chunks, continuously) and notes when the first non-silent sample arrives.
type heardDevice struct {
	mu    sync.Mutex
	heard chan time.Time
}

func (d *heardDevice) SampleRate() int { return audio.SampleRate }
func (d *heardDevice) Channels() int   { return 1 }
func (d *heardDevice) Close() error    { return nil }
func (d *heardDevice) NewVoice(r io.Reader) (audio.Voice, error) {
	return &heardVoice{d: d, r: r, stop: make(chan struct{})}, nil
}

type heardVoice struct {
	d    *heardDevice
	r    io.Reader
	once sync.Once
	stop chan struct{}
}

func (v *heardVoice) Play() {
	v.once.Do(func() {
		go func() {
			buf := make([]byte, 4*64) // ~3 ms at 22,050 Hz
			for {
				select {
				case <-v.stop:
					return
				default:
				}
				n, err := v.r.Read(buf)
				for i := 0; i+4 <= n; i += 4 {
					if math.Float32frombits(binary.LittleEndian.Uint32(buf[i:])) != 0 {
						select {
						case v.d.heard <- time.Now():
						default:
						}
						break
					}
				}
				if err != nil {
					return
				}
				if n == 0 {
					time.Sleep(time.Millisecond)
				}
			}
		}()
	})
}
func (v *heardVoice) Pause()            {}
func (v *heardVoice) SetVolume(float64) {}
func (v *heardVoice) Buffered() int     { return 0 }
func (v *heardVoice) Err() error        { return nil }
func (v *heardVoice) Close() error {
	select {
	case <-v.stop:
	default:
		close(v.stop)
	}
	return nil
}

// liveSpeech is the app's voice (main's voice type) over a device.
type liveSpeech struct {
	s *speech.Speaker
	p *speech.Player
}

func (l liveSpeech) Say(lang, text string)                { l.p.Say(lang, text) }
func (l liveSpeech) Stop()                                { l.p.Stop() }
func (l liveSpeech) Prewarm(lang string, texts ...string) { l.s.Prewarm(lang, texts...) }

// BenchmarkAudioMode_KeyToFirstSample: a key press in audio mode (↓ on the
// home screen and on a story page) until the first sample of the focused
// control's name reaches the sound device, with the real voices (flite,
// espeak-ng) — the controls' names made ahead as the app does when a
// screen is announced, keys pressed at a visitor's pace (0.4 s apart).
func BenchmarkAudioMode_KeyToFirstSample(b *testing.B) {
	for _, lang := range []string{"en", "hu"} {
		b.Run(lang, func(b *testing.B) {
			sp := speech.New(speech.System(), speech.Options{})
			defer sp.Close()
			if err := sp.Available(lang); err != nil {
				b.Skip(err)
			}
			dev := &heardDevice{heard: make(chan time.Time, 1)}
			pl := speech.NewPlayer(sp, dev, speech.PlayerOptions{})
			defer pl.Close()
			a, win := newBenchApp(b, 1920, 1080)
			a.audio.speech = liveSpeech{sp, pl}
			a.SetLanguage(lang)
			a.ShowSection("twelve-days", 3)
			a.SetAudioMode(true)
			time.Sleep(3 * time.Second) // the page is being read; its controls' names are made meanwhile
			ts := timed(b, func(int) {
				time.Sleep(400 * time.Millisecond) // a visitor's pace: listening to the start of a name
				for len(dev.heard) > 0 {
					<-dev.heard
				}
			}, func(int) {
				start := time.Now()
				press(win, fyne.KeyDown)
				select {
				case at := <-dev.heard:
					_ = at.Sub(start)
				case <-time.After(5 * time.Second):
					b.Fatal("nothing reached the device within 5 s")
				}
			})
			ts.report(b)
		})
	}
}
