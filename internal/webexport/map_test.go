package webexport

import (
	"html"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"budapest1956/internal/content"
)

// TestExport_MapsShowTheirPlaces: every map is on its page in every
// language: the base map's picture (copied into the site) with its alt text
// saying where, each place's name at the point the base map's projection
// gives its coordinate, and the caption with the map data's credit and a
// link to each position's source.
func TestExport_MapsShowTheirPlaces(t *testing.T) {
	ex, dir := builtinSite(t)
	labelRE := regexp.MustCompile(`<span class="maplabel[^"]*" style="left:([0-9.]+)%;top:([0-9.]+)%" aria-hidden="true"><span>([^<]*)</span></span>`)
	maps := 0
	for _, s := range ex.Sections {
		for _, p := range s.Pages {
			for _, b := range p.Blocks {
				mb, ok := b.(content.MapBlock)
				if !ok {
					continue
				}
				maps++
				m := mb.Map
				for _, l := range ex.Languages {
					page := readSite(t, dir, pagePath(l.Code, s.ID, p.ID))
					at := strings.Index(page, `<figure class="picture map locator">`)
					if at < 0 {
						t.Errorf("%s (%s): no map", p.File, l.Code)
						continue
					}
					fig := page[at:]
					fig = fig[:strings.Index(fig, "</figure>")]
					src := regexp.MustCompile(`<img src="([^"]+)"`).FindStringSubmatch(fig)
					if src == nil {
						t.Errorf("%s (%s): no picture", p.File, l.Code)
						continue
					}
					if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(path.Join(path.Dir(pagePath(l.Code, s.ID, p.ID)), src[1])))); err != nil {
						t.Errorf("%s (%s): the picture %s is not in the site: %v", p.File, l.Code, src[1], err)
					}
					text := html.UnescapeString(fig)
					for _, w := range []string{`alt="` + m.Alt[l.Code] + `"`, ex.Label("map_credit", l.Code), m.Caption[l.Code]} {
						if !strings.Contains(text, w) {
							t.Errorf("%s (%s): map lacks %q", p.File, l.Code, w)
						}
					}
					labels := labelRE.FindAllStringSubmatch(fig, -1)
					links := map[string]string{} // name → source address
					for _, a := range regexp.MustCompile(`<a href="([^"]+)">([^<]+)</a>`).FindAllStringSubmatch(fig, -1) {
						u, err := url.PathUnescape(html.UnescapeString(a[1]))
						if err == nil {
							links[html.UnescapeString(a[2])] = u
						}
					}
					for _, pl := range m.Places {
						name := pl.Name[l.Code]
						// The link is compared unescaped, like the page's (an address may carry
						// escapes of its own, such as a proxy's %3A%2F%2F).
						want, err := url.PathUnescape(pl.Source)
						if err != nil {
							want = pl.Source
						}
						if links[name] != want {
							t.Errorf("%s (%s): no link to the source of %s", p.File, l.Code, pl.ID)
						}
						fx, fy := m.Base.Frac(pl.Lat, pl.Lon)
						found := false
						for _, lb := range labels {
							x, _ := strconv.ParseFloat(lb[1], 64)
							y, _ := strconv.ParseFloat(lb[2], 64)
							if strings.Contains(html.UnescapeString(lb[3]), name) && (x-fx*100)*(x-fx*100)+(y-fy*100)*(y-fy*100) < 3.5*3.5*4 {
								found = true
							}
						}
						if !found {
							t.Errorf("%s (%s): %q is not labelled at %.1f%%, %.1f%%: %q", p.File, l.Code, name, fx*100, fy*100, labels)
						}
					}
				}
			}
		}
	}
	if maps == 0 {
		t.Error("no map in the built-in exhibit")
	}
}
