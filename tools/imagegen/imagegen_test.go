package main

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

// runA and runB hold two independent runs of the generator, made once in
// TestMain and shared by the tests.
var runA, runB string

func TestMain(m *testing.M) {
	code, err := func() (int, error) {
		tmp, err := os.MkdirTemp("", "imagegen-test-")
		if err != nil {
			return 0, err
		}
		defer os.RemoveAll(tmp)
		runA, runB = filepath.Join(tmp, "a"), filepath.Join(tmp, "b")
		for _, d := range []string{runA, runB} {
			if err := generate(d, filepath.Join(d, "icon.png"), nil, false); err != nil {
				return 0, err
			}
		}
		return m.Run(), nil
	}()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Exit(code)
}

func allJobs() []job { return append(jobs(), iconJob) }

// TestGenerateDeterministic checks that two runs wrote byte-identical
// files with the expected size that actually show a picture.
func TestGenerateDeterministic(t *testing.T) {
	for _, j := range allJobs() {
		t.Run(j.name, func(t *testing.T) {
			da, err := os.ReadFile(filepath.Join(runA, j.name))
			if err != nil {
				t.Fatal(err)
			}
			db, err := os.ReadFile(filepath.Join(runB, j.name))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(da, db) {
				t.Fatalf("two runs differ (%d vs %d bytes)", len(da), len(db))
			}
			if len(da) > 250*1024 {
				t.Errorf("file is %d bytes, want at most 250 KiB", len(da))
			}
			img, err := png.Decode(bytes.NewReader(da))
			if err != nil {
				t.Fatal(err)
			}
			if got := img.Bounds(); got != image.Rect(0, 0, j.w, j.h) {
				t.Fatalf("bounds %v, want %dx%d", got, j.w, j.h)
			}
			colours, variance := stats(img)
			if colours < 500 {
				t.Errorf("only %d distinct colours: image looks blank", colours)
			}
			if variance < 150 {
				t.Errorf("luminance variance %.1f: image looks flat", variance)
			}
		})
	}
}

// stats counts distinct colours (RGB) and the variance of luminance
// (0..255) over the non-transparent pixels.
func stats(img image.Image) (int, float64) {
	seen := make([]uint64, 1<<24/64)
	colours := 0
	var sum, sum2, n float64
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			c := color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA)
			if c.A == 0 {
				continue
			}
			k := uint32(c.R)<<16 | uint32(c.G)<<8 | uint32(c.B)
			if seen[k/64]&(1<<(k%64)) == 0 {
				seen[k/64] |= 1 << (k % 64)
				colours++
			}
			l := 0.2126*float64(c.R) + 0.7152*float64(c.G) + 0.0722*float64(c.B)
			sum += l
			sum2 += l * l
			n++
		}
	}
	m := sum / n
	return colours, sum2/n - m*m
}

// TestCommittedImagesUpToDate compares the checked-in images with a fresh
// run, so a change to the drawing code without regenerating is caught.
func TestCommittedImagesUpToDate(t *testing.T) {
	root := filepath.Join("..", "..")
	for _, j := range allJobs() {
		want := filepath.Join(root, "content", "images", j.name)
		if j.name == iconJob.name {
			want = filepath.Join(root, "assets", "icon.png")
		}
		have, err := os.ReadFile(want)
		if err != nil {
			t.Errorf("%s: %v", want, err)
			continue
		}
		got, err := os.ReadFile(filepath.Join(runA, j.name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, have) {
			t.Errorf("%s is out of date: run go run ./tools/imagegen -out content/images -icon assets/icon.png", want)
		}
	}
}

// TestEveryImageShown checks that each exhibit image the generator draws
// is shown somewhere: a page's or a section's image field in content/
// names it. An illustration drawn but never placed is dead weight in the
// build and a sign that a page lost its picture.
func TestEveryImageShown(t *testing.T) {
	root := filepath.Join("..", "..", "content")
	used := map[string]bool{}
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".yaml" {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range imageRef.FindAllSubmatch(b, -1) {
			used[string(m[1])] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, j := range jobs() {
		if !used[j.name] {
			t.Errorf("%s is drawn but no content YAML shows it (file: images/%s)", j.name, j.name)
		}
	}
}

var imageRef = regexp.MustCompile(`(?m)^\s*file:\s*"?images/([^"\s]+)"?\s*$`)
