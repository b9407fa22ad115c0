// Command imagegen draws the exhibit's illustrations and the app icon.
//
//	go run ./tools/imagegen -out content/images -icon assets/icon.png
//
// Every image is an original vector drawing made here in code: no
// photographs, no fonts, no external files. The output is deterministic;
// running the command twice yields byte-identical PNG files.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// job describes one output image.
type job struct {
	name string
	w, h int
	draw func(c *Canvas)
}

// Exhibit image size (3:2).
const W, H = 1200, 800

func jobs() []job {
	return []job{
		{"before-1956.png", W, H, drawBefore1956},
		{"twelve-days.png", W, H, drawTwelveDays},
		{"crushing.png", W, H, drawCrushing},
		{"aftermath.png", W, H, drawAftermath},
		{"holed-flag.png", W, H, drawHoledFlag},
		{"stalin-boots.png", W, H, drawStalinBoots},
		{"radio-building.png", W, H, drawRadioBuilding},
		{"parliament.png", W, H, drawParliament},
		{"radio-set.png", W, H, drawRadioSet},
		{"memorial-2006.png", W, H, drawMemorial2006},
		{"plot-301.png", W, H, drawPlot301},
		{"andau-bridge.png", W, H, drawAndauBridge},
		{"corvin-kilian.png", W, H, drawCorvinKilian},
		{"stalin-monument.png", W, H, drawStalinMonument},
		{"samizdat.png", W, H, drawSamizdat},
		{"radio-bus.png", W, H, drawRadioBus},
		{"womens-march.png", W, H, drawWomensMarch},
		{"strike.png", W, H, drawStrike},
		{"show-trial.png", W, H, drawShowTrial},
		{"debate.png", W, H, drawDebate},
		{"security-council.png", W, H, drawSecurityCouncil},
	}
}

var iconJob = job{"icon.png", 512, 512, drawIcon}

// render draws one job and encodes it as PNG bytes.
func render(j job) ([]byte, error) {
	c := NewCanvas(j.w, j.h)
	j.draw(c)
	return encodePNG(c.Img)
}

// generate writes all exhibit images into outDir and, if iconPath is not
// empty, the icon to iconPath. only, if not empty, limits the run to the
// named files.
func generate(outDir, iconPath string, only map[string]bool, verbose bool) error {
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return err
	}
	type target struct {
		j    job
		path string
	}
	var ts []target
	for _, j := range jobs() {
		if len(only) == 0 || only[j.name] {
			ts = append(ts, target{j, filepath.Join(outDir, j.name)})
		}
	}
	if iconPath != "" && (len(only) == 0 || only[iconJob.name]) {
		if err := os.MkdirAll(filepath.Dir(iconPath), 0o755); err != nil {
			return err
		}
		ts = append(ts, target{iconJob, iconPath})
	}
	// Two workers: the images are independent, and the output does not
	// depend on the order in which they are drawn.
	errs := make([]error, len(ts))
	next := make(chan int)
	done := make(chan bool)
	for w := 0; w < 2; w++ {
		go func() {
			for i := range next {
				t := ts[i]
				start := time.Now()
				b, err := render(t.j)
				if err == nil {
					err = os.WriteFile(t.path, b, 0o644)
				}
				if err != nil {
					errs[i] = fmt.Errorf("%s: %w", t.j.name, err)
				} else if verbose {
					fmt.Printf("%-22s %7d bytes  %v\n", t.path, len(b), time.Since(start).Round(time.Millisecond))
				}
			}
			done <- true
		}()
	}
	for i := range ts {
		next <- i
	}
	close(next)
	<-done
	<-done
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

func main() {
	out := flag.String("out", "content/images", "directory for the exhibit images")
	icon := flag.String("icon", "assets/icon.png", "path of the app icon (empty: skip)")
	quiet := flag.Bool("q", false, "do not list the files written")
	flag.Parse()
	only := map[string]bool{}
	for _, a := range flag.Args() {
		only[a] = true
	}
	if err := generate(*out, *icon, only, !*quiet); err != nil {
		fmt.Fprintln(os.Stderr, "imagegen:", err)
		os.Exit(1)
	}
}
