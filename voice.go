package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"os"
	"sync"
	"time"

	"budapest1956/internal/audio"
	"budapest1956/internal/content"
	"budapest1956/internal/speech"
)

// voice is the audio mode's Speech (screens.Speech): live offline speech
// (flite for English, espeak-ng for Hungarian, internal/speech) played on
// the broadcasts' sound device, lowering a broadcast while it speaks.
type voice struct {
	s *speech.Speaker
	p *speech.Player

	// record, if set (BUDAPEST1956_SPEECH_LOG=FILE), gets one JSON line per
	// utterance: what a visitor heard, for a technician checking a keypad
	// setup and for the end-to-end tests.
	record *json.Encoder
	mu     sync.Mutex
}

// spokenLine is one line of the speech log.
type spokenLine struct {
	At   int64  `json:"at_ms"` // Unix time in milliseconds
	Lang string `json:"lang"`
	Text string `json:"text"`
}

// newVoice returns the voice, or an error naming what is missing; without
// a voice for every exhibit language the audio mode is not offered.
func newVoice(ex *content.Exhibit, broadcasts *audio.Player) (*voice, error) {
	s := speech.New(speech.System(), speech.Options{})
	var errs []error
	for _, l := range ex.Languages {
		if err := s.Available(l.Code); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", l.Code, err))
		}
	}
	if len(errs) > 0 {
		s.Close()
		return nil, errors.Join(errs...)
	}
	p := speech.NewPlayer(s, nil, speech.PlayerOptions{OnDuck: broadcasts.SetDucked})
	v := &voice{s: s, p: p}
	if path := os.Getenv("BUDAPEST1956_SPEECH_LOG"); path != "" {
		f, err := os.OpenFile(path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
		if err != nil {
			log.Printf("audio mode: speech log: %v", err)
		} else {
			v.record = json.NewEncoder(f)
		}
	}
	return v, nil
}

func (v *voice) Say(lang, text string) {
	if v.record != nil {
		v.mu.Lock()
		v.record.Encode(spokenLine{At: time.Now().UnixMilli(), Lang: lang, Text: text})
		v.mu.Unlock()
	}
	if _, err := v.p.Say(lang, text); err != nil && !errors.Is(err, speech.ErrNothingToSay) {
		log.Printf("audio mode: %v", err)
	}
}

func (v *voice) Stop() { v.p.Stop() }

// Prewarm makes the speech of texts ahead (the controls of a new screen).
func (v *voice) Prewarm(lang string, texts ...string) { v.s.Prewarm(lang, texts...) }

func (v *voice) setDevice(dev audio.Device) { v.p.SetDevice(dev) }
func (v *voice) SetVolume(x float64)        { v.p.SetVolume(x) }

func (v *voice) Close() {
	v.p.Close()
	v.s.Close()
}
