// Command narrate generates the re-narrated period broadcasts of the exhibit: for every
// content/broadcasts/ID.yaml and each language it synthesizes the text sentence by sentence
// (English: flite; Hungarian: espeak-ng), trims and joins the sentences with fixed pauses,
// encodes content/audio/ID.LANG.ogg (Ogg Vorbis, mono, 22,050 Hz) and writes
// content/audio/ID.LANG.cues.json with one cue per sentence. Output is byte-identical on
// re-runs with the same tool versions. See docs/broadcasts.md.
//
//	go run ./tools/narrate            regenerate content/audio
//	go run ./tools/narrate -check     regenerate into a temporary folder; exit 1 if anything differs
//	go run ./tools/narrate -tools     report the external programs and their versions
//	go run ./tools/narrate -ref en    print the text each English narration speaks (for bench/;
//	                                  add -caption for the caption text)
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
)

// tools are the external programs and the Debian packages that provide them.
var tools = []struct{ bin, pkg, versionFlag string }{
	{"flite", "flite", "--version"},
	{"espeak-ng", "espeak-ng", "--version"},
	{"sox", "sox", "--version"},
	{"oggenc", "vorbis-tools", "--version"},
}

const installHint = "install them with: sudo apt-get install flite espeak-ng sox vorbis-tools"

func main() {
	content := flag.String("content", "content", "content folder (loaded with internal/content; audio/ is written)")
	check := flag.Bool("check", false, "regenerate into a temporary folder and exit 1 if any committed file differs")
	toolsOnly := flag.Bool("tools", false, "report whether the external programs are installed, and their versions")
	ref := flag.String("ref", "", "print `LANG` reference text per broadcast (id<TAB>spoken text) and exit")
	caption := flag.Bool("caption", false, "with -ref: print the caption text instead of the spoken text")
	only := flag.String("only", "", "regenerate only this broadcast `ID`")
	jobs := flag.Int("j", runtime.NumCPU(), "parallel jobs")
	flag.Parse()
	os.Exit(run(*content, *check, *toolsOnly, *ref, *caption, *only, *jobs))
}

func run(content string, check, toolsOnly bool, ref string, caption bool, only string, jobs int) int {
	if toolsOnly {
		return reportTools(os.Stdout)
	}
	bs, err := loadBroadcasts(content)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	if ref != "" {
		for _, b := range bs {
			var lines []string
			for _, s := range b.Sentences {
				if caption {
					lines = append(lines, strings.TrimSpace(s.Text[ref]))
				} else {
					lines = append(lines, say(s, ref))
				}
			}
			fmt.Printf("%s\t%s\n", b.ID, strings.Join(lines, " "))
		}
		return 0
	}
	if missing := missingTools(); len(missing) > 0 {
		fmt.Fprintf(os.Stderr, "narrate: missing %s; %s\n", strings.Join(missing, ", "), installHint)
		return 2
	}
	if only != "" {
		var sel []*Broadcast
		for _, b := range bs {
			if b.ID == only {
				sel = append(sel, b)
			}
		}
		if len(sel) == 0 {
			fmt.Fprintf(os.Stderr, "narrate: no broadcast %q\n", only)
			return 1
		}
		bs = sel
	}

	audioDir := filepath.Join(content, "audio")
	work, err := os.MkdirTemp("", "narrate-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(work)
	outDir := audioDir
	if check {
		outDir = filepath.Join(work, "audio")
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}

	results, errs := generate(bs, outDir, work, jobs)
	if len(errs) > 0 {
		for _, e := range errs {
			fmt.Fprintln(os.Stderr, "narrate:", e)
		}
		return 1
	}

	want := map[string]bool{}
	for _, r := range results {
		want[r.id+"."+r.lang+".ogg"] = true
		want[r.id+"."+r.lang+".cues.json"] = true
	}
	committed, _ := filepath.Glob(filepath.Join(audioDir, "*"))
	var stale []string
	if only == "" {
		for _, f := range committed {
			base := filepath.Base(f)
			if (strings.HasSuffix(base, ".ogg") || strings.HasSuffix(base, ".cues.json")) && !want[base] {
				stale = append(stale, f)
			}
		}
	}

	if check {
		var differ []string
		names := make([]string, 0, len(want))
		for n := range want {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			got, _ := os.ReadFile(filepath.Join(outDir, n))
			old, err := os.ReadFile(filepath.Join(audioDir, n))
			switch {
			case err != nil:
				differ = append(differ, filepath.Join(audioDir, n)+" (missing)")
			case !bytes.Equal(got, old):
				differ = append(differ, filepath.Join(audioDir, n)+" (differs)")
			}
		}
		for _, f := range stale {
			differ = append(differ, f+" (no broadcast produces it)")
		}
		if len(differ) > 0 {
			fmt.Fprintf(os.Stderr, "narrate -check: %d file(s) are not what the generator makes:\n  %s\n", len(differ), strings.Join(differ, "\n  "))
			fmt.Fprintln(os.Stderr, "Run `go run ./tools/narrate` and commit content/audio. If only the audio differs, the")
			fmt.Fprintln(os.Stderr, "synthesizer or encoder versions may differ from those in docs/broadcasts.md:")
			reportTools(os.Stderr)
			return 1
		}
		fmt.Printf("narrate -check: all %d files in %s match\n", len(names), audioDir)
		return 0
	}
	for _, f := range stale {
		if err := os.Remove(f); err == nil {
			fmt.Println("removed stale", f)
		}
	}
	summary(results)
	return 0
}

// generate runs the narrations in parallel; results come back in broadcast, language order.
func generate(bs []*Broadcast, outDir, work string, jobs int) ([]*result, []error) {
	type job struct {
		i    int
		b    *Broadcast
		lang string
	}
	var list []job
	for _, b := range bs {
		for _, l := range languages {
			if !b.Narrated(l) {
				continue
			}
			list = append(list, job{len(list), b, l})
		}
	}
	results := make([]*result, len(list))
	errs := make([]error, len(list))
	ch := make(chan job)
	var wg sync.WaitGroup
	if jobs < 1 {
		jobs = 1
	}
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range ch {
				results[j.i], errs[j.i] = narrate(j.b, j.lang, outDir, work)
			}
		}()
	}
	for _, j := range list {
		ch <- j
	}
	close(ch)
	wg.Wait()
	var bad []error
	for _, e := range errs {
		if e != nil {
			bad = append(bad, e)
		}
	}
	return results, bad
}

func summary(results []*result) {
	fmt.Printf("%-28s %-4s %-17s %5s %9s %9s %7s %7s\n", "broadcast", "lang", "voice", "lines", "duration", "size", "words/s", "syll/s")
	var samples, size int
	for _, r := range results {
		d := float64(r.samples) / sampleRate
		var speech int64
		for _, c := range r.cues {
			speech += c.End - c.Start
		}
		syl := 0
		for _, l := range r.lines {
			syl += syllables(l, r.lang)
		}
		secs := float64(speech) / sampleRate
		fmt.Printf("%-28s %-4s %-17s %5d %8.1fs %8.1fk %7.2f %7.2f\n", r.id, r.lang, r.voice, len(r.cues), d,
			float64(r.oggBytes)/1000, float64(r.words)/secs, float64(syl)/secs)
		for i, c := range r.cues {
			n := syllables(r.lines[i], r.lang)
			if rate := float64(n) / (float64(c.End-c.Start) / sampleRate); n >= 6 && (rate < minSyllableRate || rate > maxSyllableRate) {
				fmt.Printf("    line %d: %.1f syllables/s is unusual, check it: %q\n", i+1, rate, r.lines[i])
			}
		}
		samples += r.samples
		size += r.oggBytes
	}
	total := float64(samples) / sampleRate
	fmt.Printf("total: %d narrations, %d min %04.1f s, %.1f kB (%.0f kB per minute)\n",
		len(results), int(total)/60, total-float64(int(total)/60*60), float64(size)/1000, float64(size)/1000/(total/60))
}

func missingTools() []string {
	var missing []string
	for _, t := range tools {
		if _, err := exec.LookPath(t.bin); err != nil {
			missing = append(missing, t.bin+" (Debian package "+t.pkg+")")
		}
	}
	return missing
}

func reportTools(w io.Writer) int {
	status := 0
	for _, t := range tools {
		path, err := exec.LookPath(t.bin)
		if err != nil {
			fmt.Fprintf(w, "%-10s MISSING (Debian package %s)\n", t.bin, t.pkg)
			status = 1
			continue
		}
		out, _ := exec.Command(path, t.versionFlag).CombinedOutput()
		line := ""
		for _, l := range strings.Split(string(out), "\n") {
			if l = strings.TrimSpace(l); l != "" && (line == "" || strings.Contains(strings.ToLower(l), "version")) {
				line = l
			}
		}
		fmt.Fprintf(w, "%-10s %s\n", t.bin, line)
	}
	if status != 0 {
		fmt.Fprintln(w, installHint)
	}
	return status
}

// Plausible speaking rates in syllables per second; a line outside them points to a
// synthesis fault (a dropped word, a long spelled-out abbreviation, a hang).
const minSyllableRate, maxSyllableRate = 2.0, 7.5

// syllables estimates the syllables of a line: in Hungarian every vowel letter is one; in
// English, groups of vowel letters (a rough count, good enough to spot a fault).
func syllables(line, lang string) int {
	n, prev := 0, false
	for _, r := range strings.ToLower(line) {
		v := strings.ContainsRune("aeiouyáéíóöőúüű", r)
		if lang == "hu" {
			if v && r != 'y' {
				n++
			}
			continue
		}
		if v && !prev {
			n++
		}
		prev = v
	}
	return n
}
