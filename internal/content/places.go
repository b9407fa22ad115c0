package content

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"net/url"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// The gazetteer, places.yaml: every place the story's maps mark, with its
// name in each language and the coordinate as its source gives it.
//
//	parliament:
//	  name: {en: Parliament, hu: Országház}
//	  lat: 47.50694                 # decimal degrees, north
//	  lon: 19.04556                 # decimal degrees, east
//	  given: "47°30′25″N 19°02′44″E" # the coordinate as the source prints it
//	  source: https://en.wikipedia.org/wiki/Hungarian_Parliament_Building
//	  note: "the building; Kossuth tér is its east side"   # optional: what the point stands for
//	  site: Wikipedia               # optional: the publication, when the address is a copy of it
//	  bank: pest                    # optional, Budapest: the side of the Danube (Banks)
//
// tools/mapgen reads the same file (one source of truth) and prints the
// coordinate table of docs/maps.md from it.

// PlacesFile is the gazetteer's file in the content folder.
const PlacesFile = "places.yaml"

// Place is one entry of the gazetteer.
type Place struct {
	ID       string
	Name     Text
	Lat, Lon float64
	Given    string // the coordinate as the source gives it
	Source   string // URL of the page the coordinate was read from
	Note     string // what the point stands for; may be empty
	Site     string // the publication as a map's source line names it; may be empty
	Bank     string // the side of the Danube in Budapest, one of Banks; may be empty
}

// Banks are the sides of the Danube a place in and around Budapest can be
// on: Pest (the left, eastern bank), Buda (the right, western bank) or
// Csepel Island (between the Danube and its Ráckeve branch). tools/mapgen
// checks that its maps draw each such place on its bank.
var Banks = []string{"pest", "buda", "csepel-island"}

// SourceHost is the publication a place's coordinate comes from, as a
// map's source line names it: the entry's site (e.g. "Wikipedia" for a
// stored copy of an article), Wikipedia for its own addresses, else the
// address's host.
func (p *Place) SourceHost() string {
	if p.Site != "" {
		return p.Site
	}
	u, err := url.Parse(p.Source)
	if err != nil || u.Host == "" {
		return p.Source
	}
	if u.Host == "wikipedia.org" || strings.HasSuffix(u.Host, ".wikipedia.org") {
		return "Wikipedia"
	}
	return strings.TrimPrefix(u.Host, "www.")
}

// PlaceSite is the publication a place's coordinate was read from, as a
// visitor reading lang names it: Wikipedia by its name in lang (label
// site_wikipedia: "Wikipédia" in Hungarian), anything else as SourceHost
// gives it.
func (e *Exhibit) PlaceSite(p *Place, lang string) string {
	site := p.SourceHost()
	if site == "Wikipedia" {
		if t, ok := e.UI["site_wikipedia"]; ok {
			if s := t.In(lang, e.DefaultLanguage); s != "" {
				return s
			}
		}
	}
	return site
}

// places reads places.yaml, if the folder has one.
func (l *loader) places(ex *Exhibit) {
	ex.Places = map[string]*Place{}
	if _, err := fs.Stat(l.fsys, PlacesFile); errors.Is(err, fs.ErrNotExist) {
		return
	}
	doc := l.parse(PlacesFile)
	if doc == nil {
		return
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		l.add(PlacesFile, root.Line, "", "expected a mapping of place ids to entries")
		return
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if _, dup := ex.Places[k.Value]; dup {
			l.add(PlacesFile, k.Line, k.Value, "place id defined twice")
			continue
		}
		if !pageIDRE.MatchString(k.Value) {
			l.add(PlacesFile, k.Line, k.Value, fmt.Sprintf("%q: a place id is lowercase letters, digits and hyphens", k.Value))
			continue
		}
		before := len(l.probs)
		o := l.object(PlacesFile, k.Value, v)
		p := &Place{
			ID:     k.Value,
			Name:   o.text("name", true),
			Lat:    o.degrees("lat", 90),
			Lon:    o.degrees("lon", 180),
			Given:  o.str("given", true),
			Source: o.str("source", true),
			Note:   o.str("note", false),
			Site:   o.str("site", false),
			Bank:   o.str("bank", false),
		}
		if p.Bank != "" && !slices.Contains(Banks, p.Bank) {
			o.problem("bank", fmt.Sprintf("%q: want one of %s (the side of the Danube)", p.Bank, strings.Join(Banks, ", ")))
		}
		if p.Source != "" {
			if u, err := url.Parse(p.Source); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
				o.problem("source", fmt.Sprintf("%q: give the address (https://…) of the page the coordinate was read from", p.Source))
			}
		}
		o.done()
		if o.absent || len(l.probs) > before {
			continue
		}
		ex.Places[p.ID] = p
		ex.PlaceOrder = append(ex.PlaceOrder, p.ID)
	}
}

// degrees reads a signed decimal number of degrees within ±limit.
func (o *object) degrees(key string, limit float64) float64 {
	s := o.str(key, true)
	if s == "" {
		return 0
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.Abs(f) > limit {
		o.problem(key, fmt.Sprintf("%q: want decimal degrees from -%g to %g (convert the source's degrees, minutes and seconds; keep them in given)", s, limit, limit))
		return 0
	}
	return f
}

// MapBase is a base map the app draws places on: a picture made by
// tools/mapgen without any text (images/map-base-NAME.png) and the
// projection it was drawn with (images/map-base-NAME.json), so a place's
// position on it follows from its coordinate.
type MapBase struct {
	Name       string
	Image      string  // the picture's file in the content folder
	W, H       float64 // the picture's size in pixels
	Lon0, Lat0 float64 // the picture's centre
	K          float64 // pixels per degree of latitude
	Cos        float64 // cos(Lat0): longitudes are scaled by it
	// Sources are the keys of sources.yaml for the data the picture is
	// drawn from (tools/mapgen writes them): the map's credit line names
	// them, the page's sources list them.
	Sources []string
}

// MapProjection is the JSON tools/mapgen writes next to a base map.
type MapProjection struct {
	Image  string  `json:"image"`
	Width  int     `json:"width"`
	Height int     `json:"height"`
	Lon0   float64 `json:"lon0"`
	Lat0   float64 `json:"lat0"`
	K      float64 `json:"k"`
	Cos    float64 `json:"cos"`
	// Sources: the keys of sources.yaml for the picture's data. A base map
	// drawn before tools/mapgen wrote them is Natural Earth's (MapDataSource).
	Sources []string `json:"sources,omitempty"`
}

// Frac is where (lat, lon) lies on the picture, as fractions of its width
// and height from its top left corner: the projection tools/mapgen drew it
// with (equirectangular, longitudes scaled by the cosine of the centre's
// latitude, north up).
func (m *MapBase) Frac(lat, lon float64) (fx, fy float64) {
	x := m.W/2 + (lon-m.Lon0)*m.Cos*m.K
	y := m.H/2 - (lat-m.Lat0)*m.K
	return x / m.W, y / m.H
}

// Contains reports whether (lat, lon) lies on the picture, margin (a
// fraction of its size) inside its edges.
func (m *MapBase) Contains(lat, lon, margin float64) bool {
	fx, fy := m.Frac(lat, lon)
	return fx >= margin && fx <= 1-margin && fy >= margin && fy <= 1-margin
}

// mapBasePrefix names the base maps: images/map-base-NAME.png and .json.
const mapBasePrefix = "images/map-base-"

// mapBase reads the base map called name; an error says what is wrong.
func (l *loader) mapBase(name string) (*MapBase, error) {
	if l.bases == nil {
		l.bases = map[string]*MapBase{}
	}
	if b, ok := l.bases[name]; ok && b != nil {
		return b, nil
	}
	if !pageIDRE.MatchString(name) {
		return nil, fmt.Errorf("%q: %s", name, l.baseNames())
	}
	file := mapBasePrefix + name + ".json"
	data, err := fs.ReadFile(l.fsys, file)
	if err != nil {
		return nil, fmt.Errorf("%q: no %s (%s)", name, file, l.baseNames())
	}
	var p MapProjection
	if err := json.Unmarshal(data, &p); err != nil {
		return nil, fmt.Errorf("%s: %v", file, err)
	}
	if p.Width <= 0 || p.Height <= 0 || p.K <= 0 || p.Cos <= 0 || p.Cos > 1 {
		return nil, fmt.Errorf("%s: width, height, k and cos must be positive (run tools/mapgen)", file)
	}
	img := path.Join(path.Dir(file), p.Image)
	if err := l.checkImage(img); err != nil {
		return nil, err
	}
	b := &MapBase{Name: name, Image: img, W: float64(p.Width), H: float64(p.Height), Lon0: p.Lon0, Lat0: p.Lat0, K: p.K, Cos: p.Cos, Sources: p.Sources}
	if len(b.Sources) == 0 {
		b.Sources = []string{MapDataSource}
	}
	l.bases[name] = b
	return b, nil
}

// baseNames lists the base maps the folder has.
func (l *loader) baseNames() string {
	files, _ := fs.Glob(l.fsys, mapBasePrefix+"*.json")
	var names []string
	for _, f := range files {
		names = append(names, strings.TrimSuffix(strings.TrimPrefix(f, mapBasePrefix), ".json"))
	}
	sort.Strings(names)
	if len(names) == 0 {
		return "the folder has no base maps (images/map-base-NAME.json, made by tools/mapgen)"
	}
	return "use one of " + strings.Join(names, ", ")
}

// MapBlock is a locator map: a base map with the page's places marked and
// named in the visitor's language.
type MapBlock struct{ Map *Map }

func (MapBlock) Kind() string { return "map" }

// Map is a base map and the places it marks.
type Map struct {
	Base    *MapBase
	Places  []*Place
	Alt     Text // where the places are, for the web and the audio mode
	Caption Text // what the map shows
}

// mapBlock reads a map block:
//
//   - kind: map
//     base: budapest                # images/map-base-budapest.png and .json
//     places: [radio, kossuth-ter]  # ids of places.yaml
//     alt: {en: …, hu: …}           # where the places are, in words
//     caption: {en: …, hu: …}       # what the map shows
func (l *loader) mapBlock(o *object, _ *Page) Block {
	before := len(l.probs)
	m := &Map{
		Alt:     o.text("alt", true),
		Caption: o.text("caption", true),
	}
	if name := o.str("base", true); name != "" {
		b, err := l.mapBase(name)
		if err != nil {
			o.problem("base", err.Error())
		}
		m.Base = b
	}
	// The map cites the data its base map is drawn from.
	if m.Base != nil {
		for _, key := range m.Base.Sources {
			l.refs = append(l.refs, sourceRef{file: o.file, field: o.path("base"), key: key, line: o.lineOf("base")})
		}
	}
	ids := o.strList("places")
	if len(ids) == 0 {
		o.problem("places", "a map with no place: list at least one id of places.yaml")
	}
	seen := map[string]bool{}
	for i, id := range ids {
		field := fmt.Sprintf("places[%d]", i)
		p := l.ex.Places[id]
		switch {
		case seen[id]:
			o.l.add(o.file, o.lineOf("places"), o.path(field), fmt.Sprintf("%q listed twice", id))
		case p == nil:
			o.l.add(o.file, o.lineOf("places"), o.path(field), fmt.Sprintf("%q is not a place of %s", id, PlacesFile))
		case m.Base != nil && !m.Base.Contains(p.Lat, p.Lon, 0.02):
			o.l.add(o.file, o.lineOf("places"), o.path(field), fmt.Sprintf("%q (%g, %g) is not on the %s map", id, p.Lat, p.Lon, m.Base.Name))
		default:
			m.Places = append(m.Places, p)
		}
		seen[id] = true
	}
	o.done()
	if len(l.probs) > before || m.Base == nil {
		return nil
	}
	return MapBlock{m}
}

// MapDataCredit names the data a map's picture is drawn from in lang, e.g.
// "Map data: Natural Earth (public domain)": the label map_credit and the
// credit of each of the base map's sources.
func (e *Exhibit) MapDataCredit(m *Map, lang string) string {
	var names []string
	if m.Base != nil {
		for _, k := range m.Base.Sources {
			if s := e.Sources[k]; s != nil {
				names = append(names, s.CreditIn(lang, e.DefaultLanguage))
			}
		}
	}
	if len(names) == 0 {
		return e.Label("map_credit", lang)
	}
	return e.Label("map_credit", lang) + ": " + strings.Join(names, "; ")
}

// MapCredit is the line under a map in lang: the map data's credit and
// where the positions come from, e.g. "Map data: Natural Earth (public
// domain). Positions: en.wikipedia.org, hu.wikipedia.org."
func (e *Exhibit) MapCredit(m *Map, lang string) string {
	var hosts []string
	seen := map[string]bool{}
	for _, p := range m.Places {
		if h := e.PlaceSite(p, lang); !seen[h] {
			seen[h] = true
			hosts = append(hosts, h)
		}
	}
	return e.MapDataCredit(m, lang) + ". " + e.Label("map_positions", lang) + ": " + strings.Join(hosts, ", ") + "."
}
