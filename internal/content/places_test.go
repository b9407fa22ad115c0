package content

import (
	"math"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	contentfiles "budapest1956/content"
)

const placesYAML = `radio:
  name: {en: Radio, hu: Rádió}
  lat: 47.49
  lon: 19.06
  given: "47°29′24″N 19°03′36″E"
  source: https://example.org/radio
square:
  name: {en: Square, hu: Tér}
  lat: 47.50
  lon: 19.04
  given: "47°30′N 19°02′24″E"
  source: https://example.org/square
  note: the square
`

// A base map 1200×800 centred on 47.5°N 19.05°E, 0.1° of longitude wide.
const baseJSON = `{"image": "map-base-town.png", "width": 1200, "height": 800, "lon0": 19.05, "lat0": 47.5, "k": 17761.5, "cos": 0.67559}`

const mapYAML = `blocks:
  - kind: map
    base: town
    places: [radio, square]
    alt: {en: Two dots in town, hu: Két pont a városban}
    caption: {en: Where it happened, hu: Ahol történt}
`

func mapFS(t testing.TB, edit func(string) string) fstest.MapFS {
	fs := validFS(t)
	fs["places.yaml"] = &fstest.MapFile{Data: []byte(placesYAML)}
	// A map cites its base map's data (MapDataSource).
	fs["sources.yaml"].Data = []byte(validSources + MapDataSource + ":\n  title: Natural Earth\n  url: https://www.naturalearthdata.com/\n")
	fs["images/map-base-town.json"] = &fstest.MapFile{Data: []byte(baseJSON)}
	fs["images/map-base-town.png"] = &fstest.MapFile{Data: pngBytes(t)}
	fs["before-1956/01-a.yaml"] = &fstest.MapFile{Data: []byte(strings.Replace(validPage, "%ID%", "page-a", 1) + edit(mapYAML))}
	return fs
}

// TestLoad_MapBlock: a page's map is read with its base map, its places
// from the gazetteer and its texts, and a place lands where the base map's
// projection puts it.
func TestLoad_MapBlock(t *testing.T) {
	ex, probs := Load(mapFS(t, func(s string) string { return s }), "content")
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	p := ex.Sections[0].Pages[0]
	mb, ok := p.Blocks[len(p.Blocks)-1].(MapBlock)
	if !ok {
		t.Fatalf("last block is %q, want the map", p.Blocks[len(p.Blocks)-1].Kind())
	}
	m := mb.Map
	if m.Base.Name != "town" || m.Base.Image != "images/map-base-town.png" || len(m.Places) != 2 || m.Places[0].ID != "radio" {
		t.Fatalf("map read wrong: %+v", m)
	}
	if fx, fy := m.Base.Frac(47.5, 19.05); math.Abs(fx-0.5) > 1e-9 || math.Abs(fy-0.5) > 1e-9 {
		t.Errorf("the centre lands at %v, %v", fx, fy)
	}
	// 0.01° north is 177.6 px up; 0.01° east is 120 px right.
	if fx, fy := m.Base.Frac(47.51, 19.06); math.Abs(fx*1200-720) > 0.5 || math.Abs(fy*800-(400-177.6)) > 0.5 {
		t.Errorf("0.01° north-east lands at %.1f, %.1f px", fx*1200, fy*800)
	}
	// A projection file naming no sources is Natural Earth's (MapDataSource).
	if got := ex.MapCredit(m, "en"); got != "E: Natural Earth. E: example.org." {
		t.Errorf("credit line %q", got)
	}
}

// TestLoad_MapBaseSources: the sources a base map's projection file names
// are credited under the map (each by its credit, else its short form) and
// listed with the page's sources; an unknown key is reported with the file.
func TestLoad_MapBaseSources(t *testing.T) {
	fs := mapFS(t, func(s string) string { return s })
	fs["images/map-base-town.json"].Data = []byte(strings.Replace(baseJSON, `}`, `, "sources": ["natural-earth", "borders"]}`, 1))
	fs["sources.yaml"].Data = append(fs["sources.yaml"].Data, []byte("borders:\n  title: Border data\n  url: https://example.org/borders\n  credit: {en: the borders by Example, hu: \"a határok: Example\"}\n")...)
	ex, probs := Load(fs, "content")
	if len(probs) > 0 {
		t.Fatalf("problems: %v", probs)
	}
	m := ex.Sections[0].Pages[0].Blocks[len(ex.Sections[0].Pages[0].Blocks)-1].(MapBlock)
	if got, want := ex.MapCredit(m.Map, "hu"), "H: Natural Earth; a határok: Example. H: example.org."; got != want {
		t.Errorf("credit line %q, want %q", got, want)
	}
	var keys []string
	for _, c := range m.Cites(ex) {
		if c.Key != "" {
			keys = append(keys, c.Key)
		}
	}
	if strings.Join(keys, ",") != "natural-earth,borders" {
		t.Errorf("the map cites %v, want its base map's natural-earth and borders", keys)
	}

	fs["images/map-base-town.json"].Data = []byte(strings.Replace(baseJSON, `}`, `, "sources": ["nope"]}`, 1))
	_, probs = Load(fs, "content")
	// Reported where a page uses the base map.
	want := `blocks[0].base: unknown source "nope" (not in sources.yaml)`
	found := false
	var lines []string
	for _, p := range probs {
		lines = append(lines, p.String())
		found = found || strings.HasPrefix(p.String(), "content/before-1956/01-a.yaml:") && strings.HasSuffix(p.String(), want)
	}
	if !found {
		t.Errorf("want problem\n  %s\ngot\n  %s", want, strings.Join(lines, "\n  "))
	}
}

// TestLoad_BrokenMaps: validate names the file, line and field of a bad
// map or gazetteer entry, and a broken map is left out.
func TestLoad_BrokenMaps(t *testing.T) {
	base := strings.Count(strings.Replace(validPage, "%ID%", "page-a", 1), "\n")
	at := func(n int) string { return "content/before-1956/01-a.yaml:" + itoa(base+n) + ": " }
	tests := []struct {
		name   string
		edit   func(string) string
		places string
		want   string
	}{
		{"bad place id", func(s string) string { return strings.Replace(s, "[radio, square]", "[radio, sqare]", 1) }, placesYAML,
			at(4) + `blocks[0].places[1]: "sqare" is not a place of places.yaml`},
		{"map with no place", func(s string) string { return strings.Replace(s, "    places: [radio, square]\n", "", 1) }, placesYAML,
			at(2) + "blocks[0].places: a map with no place: list at least one id of places.yaml"},
		{"empty place list", func(s string) string { return strings.Replace(s, "[radio, square]", "[]", 1) }, placesYAML,
			at(4) + "blocks[0].places: a map with no place: list at least one id of places.yaml"},
		{"missing translation of the caption", func(s string) string {
			return strings.Replace(s, "{en: Where it happened, hu: Ahol történt}", "{en: Where it happened}", 1)
		}, placesYAML, at(6) + "blocks[0].caption.hu: missing translation"},
		{"missing translation of the alt text", func(s string) string {
			return strings.Replace(s, "{en: Two dots in town, hu: Két pont a városban}", "{en: Two dots in town}", 1)
		}, placesYAML, at(5) + "blocks[0].alt.hu: missing translation"},
		{"unknown base map", func(s string) string { return strings.Replace(s, "base: town", "base: city", 1) }, placesYAML,
			at(3) + `blocks[0].base: "city": no images/map-base-city.json (use one of town)`},
		{"place off the map", func(s string) string { return s }, strings.Replace(placesYAML, "lon: 19.06", "lon: 19.26", 1),
			at(4) + `blocks[0].places[0]: "radio" (47.49, 19.26) is not on the town map`},
		{"place name without a translation", func(s string) string { return s }, strings.Replace(placesYAML, "{en: Radio, hu: Rádió}", "{en: Radio}", 1),
			"content/places.yaml:2: radio.name.hu: missing translation"},
		{"place without a source", func(s string) string { return s }, strings.Replace(placesYAML, "  source: https://example.org/radio\n", "", 1),
			"content/places.yaml:2: radio.source: missing"},
		{"source not an address", func(s string) string { return s }, strings.Replace(placesYAML, "https://example.org/radio", "Wikipedia", 1),
			`content/places.yaml:6: radio.source: "Wikipedia": give the address (https://…) of the page the coordinate was read from`},
		{"latitude out of range", func(s string) string { return s }, strings.Replace(placesYAML, "lat: 47.49", "lat: 147.49", 1),
			`content/places.yaml:3: radio.lat: "147.49": want decimal degrees from -90 to 90 (convert the source's degrees, minutes and seconds; keep them in given)`},
		{"unknown bank", func(s string) string { return s }, strings.Replace(placesYAML, "  note: the square\n", "  note: the square\n  bank: west\n", 1),
			`content/places.yaml:14: square.bank: "west": want one of pest, buda, csepel-island (the side of the Danube)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := mapFS(t, tt.edit)
			fs["places.yaml"] = &fstest.MapFile{Data: []byte(tt.places)}
			ex, probs := Load(fs, "content")
			var lines []string
			found := false
			for _, p := range probs {
				lines = append(lines, p.String())
				found = found || p.String() == tt.want
			}
			if !found {
				t.Errorf("want problem\n  %s\ngot\n  %s", tt.want, strings.Join(lines, "\n  "))
			}
			if ex != nil {
				for _, p := range ex.Sections[0].Pages {
					for _, b := range p.Blocks {
						if b.Kind() == "map" {
							t.Errorf("a broken map is still shown")
						}
					}
				}
			}
		})
	}
}

// TestPlaces_BuiltInGazetteer: the built-in gazetteer loads, every entry
// has its coordinate as the source gives it and the page it comes from,
// and every place a page's map names is in it and on its base map.
func TestPlaces_BuiltInGazetteer(t *testing.T) {
	ex, probs := Load(contentfiles.Files, "content")
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	if len(ex.Places) < 20 {
		t.Fatalf("%d places in the gazetteer", len(ex.Places))
	}
	for _, id := range ex.PlaceOrder {
		p := ex.Places[id]
		if p.Given == "" || !strings.HasPrefix(p.Source, "http") || p.Name["en"] == "" || p.Name["hu"] == "" {
			t.Errorf("%s: incomplete entry %+v", id, p)
		}
	}
	maps := 0
	for _, s := range ex.Sections {
		for _, pg := range s.Pages {
			for _, b := range pg.Blocks {
				mb, ok := b.(MapBlock)
				if !ok {
					continue
				}
				maps++
				if len(mb.Map.Places) == 0 {
					t.Errorf("%s: a map with no place", pg.File)
				}
				for _, p := range mb.Map.Places {
					if ex.Places[p.ID] != p {
						t.Errorf("%s: %s is not the gazetteer's", pg.File, p.ID)
					}
					if !mb.Map.Base.Contains(p.Lat, p.Lon, 0.02) {
						t.Errorf("%s: %s is off the %s map", pg.File, p.ID, mb.Map.Base.Name)
					}
				}
			}
		}
	}
	if maps < 30 {
		t.Errorf("%d pages have a map", maps)
	}
}

// TestPlaces_EveryNamedPlaceIsOnThePagesMap: a page whose text names a
// place of the gazetteer shows it on its map (issue 14's goal), except
// where the page's map is drawn at another scale, listed here with why.
func TestPlaces_EveryNamedPlaceIsOnThePagesMap(t *testing.T) {
	ex, probs := Load(contentfiles.Files, "content")
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	notDrawn := map[string]bool{
		"budapest":  true, // the city a page is about, not a place in it
		"arpad-hid": true, "margit-hid": true, "batthyany-parliament": true, "lanchid": true,
		"szabadsag-hid": true, "petofi-hid": true, "rakoczi-hid": true, // the Danube's drawing points
	}
	// The words a page uses for a place, where they are not its name.
	said := map[string][]string{
		"corvin-koz":      {"Corvin köz", "Kilián"},
		"plot-301":        {"Plot 301"},
		"stalin-monument": {"Stalin Monument"},
		"mecsek":          {"Mecsek"},
	}
	exempt := map[string]string{
		"crushing/05-last-appeals.yaml vienna": "the monitoring post in Vienna: the page's map is of Budapest, where the Parliament's studio fell silent",
	}
	pactRE := regexp.MustCompile(`Warsaw Pact`)
	for _, s := range ex.Sections {
		for _, pg := range s.Pages {
			text := pactRE.ReplaceAllString(pg.Title["en"]+" "+pg.Short["en"]+" "+pg.Body["en"], "")
			onMap := map[string]bool{}
			for _, b := range pg.Blocks {
				if mb, ok := b.(MapBlock); ok {
					for _, p := range mb.Map.Places {
						onMap[p.ID] = true
					}
				}
			}
			for _, id := range ex.PlaceOrder {
				words := said[id]
				if words == nil {
					words = []string{ex.Places[id].Name["en"]}
				}
				named := false
				for _, w := range words {
					named = named || strings.Contains(text, w)
				}
				if named && !notDrawn[id] && !onMap[id] && exempt[pg.File+" "+id] == "" {
					t.Errorf("%s names %s, which is not on its map", pg.File, id)
				}
			}
		}
	}
}

// TestPlaceSite_WikipediaByItsNameInTheVisitorsLanguage: a coordinate read
// from Wikipedia (its address, or site: Wikipedia for a stored copy) is
// credited by Wikipedia's name in the visitor's language; another site by
// its address.
func TestPlaceSite_WikipediaByItsNameInTheVisitorsLanguage(t *testing.T) {
	fs := mapFS(t, func(s string) string { return s })
	fs["places.yaml"].Data = []byte(strings.Replace(placesYAML, "https://example.org/radio", "https://hu.wikipedia.org/wiki/R%C3%A1di%C3%B3", 1) +
		"copy:\n  name: {en: Copy, hu: Másolat}\n  lat: 47.5\n  lon: 19.05\n  given: \"47.5, 19.05\"\n  source: https://mirror.example/radio\n  site: Wikipedia\n")
	ex, probs := Load(fs, "content")
	if len(probs) > 0 {
		t.Fatalf("problems: %v", probs)
	}
	for _, lang := range []string{"en", "hu"} {
		want := ex.Label("site_wikipedia", lang)
		for _, id := range []string{"radio", "copy"} {
			if got := ex.PlaceSite(ex.Places[id], lang); got != want {
				t.Errorf("%s, %s: site %q, want %q", id, lang, got, want)
			}
		}
		if got := ex.PlaceSite(ex.Places["square"], lang); got != "example.org" {
			t.Errorf("square, %s: site %q, want its address's host", lang, got)
		}
	}
}
