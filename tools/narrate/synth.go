package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"budapest1956/internal/cues"
	"budapest1956/internal/voices"
)

const (
	sampleRate = cues.SampleRate
	// Fixed gaps, in samples, so cue times are exact.
	leadIn      = 6615  // 0.30 s of silence before the first sentence
	sentenceGap = 9923  // 0.45 s after a line that ends a sentence (. ! ? …)
	clauseGap   = 5513  // 0.25 s after a line that continues the sentence (ends in , ; or a word)
	peakTarget  = 29204 // -1 dBFS: every narration is peak-normalised to the same level
	oggQuality  = "1"
	// Silence trimming threshold. -45 dB (shared/research/audio.md) also cut the soft onsets
	// and releases of words (80 ms of the "h" of "Help", up to 0.2 s of word endings) and
	// raised the recognizer's word error rate over all English narrations from 13.5% to 15.5%;
	// -70 dB removes only the synthesizers' silence. See docs/broadcasts.md.
	trimThreshold = "-70d"
)

// voice is one synthesizer setting.
type voice struct {
	engine string // "flite" or "espeak-ng"
	name   string // flite -voice / espeak-ng -v
}

func (v voice) String() string { return v.engine + " " + v.name }

// voiceTable maps language and voice (male/female) to the synthesizer. The male voices are
// internal/voices' (audio mode speaks with them too): for English, flite rms measured best on
// the exhibit's own texts (940 words, bench/intelligibility.sh: word error rate rms 13.8%,
// awb 19.8%, slt 20.2%, kal16 22.0%); the 61-word comparison in shared/research/audio.md had
// favoured kal16 within its noise. Hungarian exists only in espeak-ng.
var voiceTable = map[string]map[string]voice{
	"en": {"male": {"flite", voices.FliteEN}, "female": {"flite", "slt"}},
	"hu": {"male": {"espeak-ng", voices.EspeakHU}, "female": {"espeak-ng", voices.EspeakHU + "+f3"}},
}

// voiceOverride gives a single broadcast another voice of the same sex where the measured
// intelligibility (bench/intelligibility.sh) needs it: "id.lang" -> voice.
var voiceOverride = map[string]voice{
	// The telex's short fragments: awb 18.2%, rms 21.2%, kal16 26.3% WER; rms says "tanks"
	// so that it is heard as "champs".
	"telex-1956-11-04.en": {"flite", "awb"},
}

func voiceFor(b *Broadcast, lang string) voice {
	if v, ok := voiceOverride[b.ID+"."+lang]; ok {
		return v
	}
	return voiceTable[lang][b.Voice]
}

// result describes one generated narration.
type result struct {
	id, lang string
	voice    voice
	samples  int
	oggBytes int
	words    int
	cues     []cues.Cue
	lines    []string
}

// narrate synthesizes broadcast b in lang into outDir/ID.LANG.ogg and ID.LANG.cues.json.
func narrate(b *Broadcast, lang, outDir, work string) (*result, error) {
	v := voiceFor(b, lang)
	res := &result{id: b.ID, lang: lang, voice: v}
	pcm := make([]int16, leadIn)
	for i, s := range b.Sentences {
		text := say(s, lang)
		clip, err := synthesize(v, text, filepath.Join(work, fmt.Sprintf("%s.%s.%02d", b.ID, lang, i)))
		if err != nil {
			return nil, fmt.Errorf("%s.%s sentence %d: %v", b.ID, lang, i+1, err)
		}
		if i > 0 {
			gap := sentenceGap
			if !endsSentence(b.Sentences[i-1].Text[lang]) {
				gap = clauseGap
			}
			pcm = append(pcm, make([]int16, gap)...)
		}
		start := len(pcm)
		pcm = append(pcm, clip...)
		res.cues = append(res.cues, cues.Cue{Start: int64(start), End: int64(len(pcm))})
		res.words += len(strings.Fields(text))
		res.lines = append(res.lines, text)
	}
	normalise(pcm)
	res.samples = len(pcm)

	wav := filepath.Join(work, b.ID+"."+lang+".wav")
	if err := os.WriteFile(wav, wavBytes(pcm), 0o644); err != nil {
		return nil, err
	}
	name := b.ID + "." + lang
	ogg := filepath.Join(outDir, name+".ogg")
	tmpOgg := filepath.Join(work, name+".ogg")
	speaker := b.Speaker[lang]
	cmd := exec.Command("oggenc", "-Q", "-q", oggQuality, "--serial", strconv.FormatUint(uint64(serial(name)), 10),
		"-c", "TITLE="+b.ID+" ("+lang+")",
		"-c", "ARTIST="+speaker,
		"-c", "DATE="+b.Date,
		"-c", "LANGUAGE="+lang,
		"-c", "COMMENT=Synthetic re-narration ("+v.String()+"), not the original recording. Budapest 1956 exhibit.",
		"-o", tmpOgg, wav)
	if out, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("oggenc: %v: %s", err, out)
	}
	data, err := os.ReadFile(tmpOgg)
	if err != nil {
		return nil, err
	}
	res.oggBytes = len(data)
	if err := writeIfChanged(ogg, data); err != nil {
		return nil, err
	}
	cf := cues.File{SampleRate: sampleRate, Samples: int64(len(pcm)), Cues: res.cues}
	if err := cf.Check(); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	if err := writeIfChanged(filepath.Join(outDir, name+".cues.json"), cf.Marshal()); err != nil {
		return nil, err
	}
	return res, nil
}

// synthesize speaks text with v and returns 16-bit mono samples at 22,050 Hz with leading and
// trailing silence trimmed. base is a path prefix for the temporary files.
func synthesize(v voice, text, base string) ([]int16, error) {
	txt, raw, trimmed := base+".txt", base+".synth.wav", base+".raw"
	var cmd *exec.Cmd
	switch v.engine {
	case "flite":
		if err := os.WriteFile(txt, []byte(voices.FlitePunct.Replace(text)+"\n"), 0o644); err != nil {
			return nil, err
		}
		cmd = exec.Command("flite", "-voice", v.name, "-f", txt, "-o", raw)
	case "espeak-ng":
		if err := os.WriteFile(txt, []byte(voices.EspeakText(text)+"\n"), 0o644); err != nil {
			return nil, err
		}
		cmd = exec.Command("espeak-ng", "-v", v.name, "-s", voices.EspeakSpeed, "-f", txt, "-w", raw)
	default:
		return nil, fmt.Errorf("unknown engine %q", v.engine)
	}
	if out, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("%s: %v: %s", v.engine, err, out)
	}
	// -R: fixed random seed; -D: no dither. Both keep the output byte-identical on re-runs.
	cmd = exec.Command("sox", "-R", "-D", raw,
		"-t", "raw", "-e", "signed-integer", "-b", "16", "-L", "-c", "1", "-r", strconv.Itoa(sampleRate), trimmed,
		"channels", "1", "rate", "-h", strconv.Itoa(sampleRate),
		"silence", "1", "0.02", trimThreshold, "reverse", "silence", "1", "0.02", trimThreshold, "reverse")
	if out, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("sox: %v: %s", err, out)
	}
	data, err := os.ReadFile(trimmed)
	if err != nil {
		return nil, err
	}
	if len(data) < 2*sampleRate/10 {
		return nil, fmt.Errorf("%s produced almost no sound for %q", v, text)
	}
	pcm := make([]int16, len(data)/2)
	if err := binary.Read(bytes.NewReader(data), binary.LittleEndian, pcm); err != nil {
		return nil, err
	}
	return pcm, nil
}

// endsSentence reports whether a caption line ends a sentence (so a full pause follows).
func endsSentence(line string) bool {
	line = strings.TrimRight(strings.TrimSpace(line), "\"'”’»)")
	for _, end := range []string{".", "!", "?", "…"} {
		if strings.HasSuffix(line, end) {
			return true
		}
	}
	return false
}

// normalise scales pcm so its peak is peakTarget, in integer arithmetic (identical on every
// platform).
func normalise(pcm []int16) {
	peak := int64(1)
	for _, s := range pcm {
		a := int64(s)
		if a < 0 {
			a = -a
		}
		if a > peak {
			peak = a
		}
	}
	for i, s := range pcm {
		x := int64(s) * peakTarget
		if x >= 0 {
			x = (x + peak/2) / peak
		} else {
			x = (x - peak/2) / peak
		}
		pcm[i] = int16(x)
	}
}

// wavBytes is a canonical 16-bit mono PCM WAV file.
func wavBytes(pcm []int16) []byte {
	var b bytes.Buffer
	n := uint32(len(pcm) * 2)
	b.WriteString("RIFF")
	binary.Write(&b, binary.LittleEndian, 36+n)
	b.WriteString("WAVEfmt ")
	binary.Write(&b, binary.LittleEndian, []uint32{16})
	binary.Write(&b, binary.LittleEndian, []uint16{1, 1})
	binary.Write(&b, binary.LittleEndian, []uint32{sampleRate, sampleRate * 2})
	binary.Write(&b, binary.LittleEndian, []uint16{2, 16})
	b.WriteString("data")
	binary.Write(&b, binary.LittleEndian, n)
	binary.Write(&b, binary.LittleEndian, pcm)
	return b.Bytes()
}

// serial is the Ogg stream serial number of a file: fixed per file name, so re-runs are
// byte-identical (oggenc picks a random one otherwise).
func serial(name string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(name))
	return h.Sum32() & 0x7fffffff
}

func writeIfChanged(path string, data []byte) error {
	if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, data) {
		return nil
	}
	return os.WriteFile(path, data, 0o644)
}
