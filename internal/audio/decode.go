package audio

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/jfreymuth/oggvorbis"
)

// decodeOgg decodes a whole Ogg Vorbis file to mono float32 samples.
// Narration files are small (~200 kB a minute) and decode 300-500x real time,
// so decoding everything up front keeps seeking and the position clock exact.
func decodeOgg(data []byte) (pcm []float32, rate int, err error) {
	// The decoder is pure Go, but corrupt input must never take the app down.
	defer func() {
		if r := recover(); r != nil {
			pcm, rate, err = nil, 0, fmt.Errorf("corrupt Ogg Vorbis data (decoder panic: %v)", r)
		}
	}()
	if err := checkOggEnd(data); err != nil {
		return nil, 0, err
	}
	samples, format, err := oggvorbis.ReadAll(bytes.NewReader(data))
	if err != nil {
		return nil, 0, fmt.Errorf("corrupt Ogg Vorbis data: %w", err)
	}
	switch format.Channels {
	case 1:
		pcm = samples
	case 2: // the content is mono; tolerate stereo by down-mixing
		pcm = make([]float32, len(samples)/2)
		for i := range pcm {
			pcm[i] = (samples[2*i] + samples[2*i+1]) / 2
		}
	default:
		return nil, 0, fmt.Errorf("%d channels, want mono", format.Channels)
	}
	if len(pcm) == 0 {
		return nil, 0, errors.New("no audio samples")
	}
	return pcm, format.SampleRate, nil
}

// checkOggEnd rejects a truncated file: the decoder silently stops at the last
// whole page, so we check that the data ends with a complete page flagged
// end-of-stream. Walking back over "OggS" matches skips ones inside packet data.
func checkOggEnd(data []byte) error {
	if len(data) < 27 || !bytes.HasPrefix(data, []byte("OggS")) {
		return errors.New("not an Ogg file")
	}
	for i := bytes.LastIndex(data, []byte("OggS")); i >= 0; i = bytes.LastIndex(data[:i], []byte("OggS")) {
		h := data[i:]
		if len(h) < 27 || h[4] != 0 || len(h) < 27+int(h[26]) {
			continue
		}
		size := 27 + int(h[26])
		for _, s := range h[27:size] {
			size += int(s)
		}
		if size != len(h) {
			continue
		}
		if h[5]&0x04 == 0 { // header_type_flag: end of stream
			return errors.New("truncated Ogg file: the last page is not the end of the stream")
		}
		return nil
	}
	return errors.New("truncated Ogg file: the data does not end with a complete page")
}
