package main

import (
	"fmt"
	"strconv"

	"gopkg.in/yaml.v3"

	"budapest1956/content"
)

// Every coordinate the maps use comes from the exhibit's gazetteer,
// content/places.yaml (one source of truth: the app's map blocks read the
// same file), each with the page it was read from and the coordinate as that
// page gives it. `mapgen -table` prints them for docs/maps.md. The file is
// read from the embedded content, so the tool sees what the app ships.

// placesFile is the gazetteer in the content folder.
const placesFile = "places.yaml"

// Place is a point the maps use.
type Place struct {
	ID     string
	At     LL
	EN, HU string // name, in the map's label languages
	Source string // URL of the page the coordinate was taken from
	Given  string // the coordinate as the source gives it
	Note   string // what the point stands for
	Bank   string // in and around Budapest: pest, buda or csepel-island (content.Banks); may be empty
}

type placeEntry struct {
	Name   map[string]string `yaml:"name"`
	Lat    string            `yaml:"lat"`
	Lon    string            `yaml:"lon"`
	Given  string            `yaml:"given"`
	Source string            `yaml:"source"`
	Note   string            `yaml:"note"`
	Bank   string            `yaml:"bank"`
}

// parsePlaces reads a gazetteer in the format of content/places.yaml, in
// file order.
func parsePlaces(data []byte) ([]Place, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%s: %v", placesFile, err)
	}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%s: expected a mapping of place ids to entries", placesFile)
	}
	root := doc.Content[0]
	var out []Place
	for i := 0; i+1 < len(root.Content); i += 2 {
		id := root.Content[i].Value
		var e placeEntry
		if err := root.Content[i+1].Decode(&e); err != nil {
			return nil, fmt.Errorf("%s:%d: %s: %v", placesFile, root.Content[i].Line, id, err)
		}
		lat, err1 := strconv.ParseFloat(e.Lat, 64)
		lon, err2 := strconv.ParseFloat(e.Lon, 64)
		if err1 != nil || err2 != nil || e.Source == "" || e.Given == "" {
			return nil, fmt.Errorf("%s:%d: %s: needs lat and lon in decimal degrees, given and source", placesFile, root.Content[i].Line, id)
		}
		out = append(out, Place{ID: id, At: LL{lon, lat}, EN: e.Name["en"], HU: e.Name["hu"], Source: e.Source, Given: e.Given, Note: e.Note, Bank: e.Bank})
	}
	return out, nil
}

// The gazetteer, read before the package's place variables below (Go
// initialises a variable after those its initialiser refers to).
var gazetteer, gazetteerErr = loadGazetteer()

func loadGazetteer() ([]Place, error) {
	data, err := content.Files.ReadFile(placesFile)
	if err != nil {
		return nil, err
	}
	return parsePlaces(data)
}

// place is the gazetteer's entry id; a missing one is recorded in
// gazetteerErr (main stops on it; TestGazetteer fails on it).
func place(id string) Place {
	for _, p := range gazetteer {
		if p.ID == id {
			return p
		}
	}
	if gazetteerErr == nil {
		gazetteerErr = fmt.Errorf("%s has no place %q, which tools/mapgen draws", placesFile, id)
	}
	return Place{ID: id}
}

var (
	// Towns and cities (maps of Hungary and of the refugee routes).
	budapest = place("budapest")
	szolnok  = place("szolnok")
	vienna   = place("vienna")
	andau    = place("andau")

	// Corvin köz, where the Nagykörút crosses Üllői út (a point of the roads).
	corvinKoz = place("corvin-koz")

	// Points the Danube through Budapest is drawn through, north to south.
	// Bridges give the middle of the river; one point is the midpoint of two
	// squares facing each other across it.
	danubeBudapest = []Place{
		place("arpad-hid"), place("margit-hid"), place("batthyany-parliament"), place("lanchid"),
		place("szabadsag-hid"), place("petofi-hid"), place("rakoczi-hid"),
	}
)

// Road is one of Pest's main roads of 1956, drawn as a polyline through
// gazetteer points that lie on it (squares and junctions), in order: the
// roads are essentially straight between them. A stretch whose end has no
// cited point is left out (docs/maps.md, "Roads").
type Road struct {
	Name   string
	Points []Place
}

// roadsBudapest are the main roads the Budapest maps draw.
var roadsBudapest = []Road{
	// The Grand Boulevard, from Margaret Bridge to Üllői út (Corvin köz);
	// Ferenc körút on to Boráros tér and Petőfi Bridge has no cited point.
	{"Nagykörút", []Place{place("jaszai-mari-ter"), place("nyugati-ter"), place("oktogon"), place("blaha-lujza-ter"), corvinKoz}},
	// The Small Boulevard, from Deák Ferenc tér to Kálvin tér; Vámház
	// körút on to Fővám tér and Liberty Bridge has no cited point.
	{"Kiskörút", []Place{place("deak-ferenc-ter"), place("astoria"), place("kalvin-ter")}},
	{"Andrássy út", []Place{place("andrassy-ut"), place("oktogon"), place("heroes-square")}},
	{"Rákóczi út", []Place{place("astoria"), place("blaha-lujza-ter"), place("baross-ter")}},
}

// bridges1956 are the Budapest road bridges of danubeBudapest that stood in
// November 1956 (Elisabeth Bridge lay in ruins from 1945 to 1964; Rákóczi
// Bridge was built in 1995): drawn as thin lines across the river.
var bridges1956 = []string{"arpad-hid", "margit-hid", "lanchid", "szabadsag-hid", "petofi-hid"}

// allPlaces lists every coordinate of the gazetteer, for the documentation table.
func allPlaces() []Place { return gazetteer }
