package content

import "sort"

// Every item on screen carries its source. A block kind says where what it
// shows comes from by implementing Sourced next to its type; PageSources
// gathers a page's sources from its blocks, so the app's Sources overlay and
// the web edition's sources list name every block's sources, and a new kind
// gets its sources listed by implementing the method.

// Sourced is a block that names its sources.
type Sourced interface {
	Block
	// Cites are the block's sources in the order it shows them: keys of
	// sources.yaml, and credits for what sources.yaml does not list (a
	// picture's maker, the page a place's coordinate was read from). ex
	// resolves what a block names by id (a broadcast).
	Cites(ex *Exhibit) []Cite
}

// Cite is one source of a block: a key of sources.yaml, or a credit.
type Cite struct {
	Key     string // a key of sources.yaml; "" for a credit
	What    Text   // a credit: what it credits (a picture's alt text, a place's name)
	Credit  Text   // a credit: its maker, or what was read where
	Licence string // a credit: the licence, if any
	URL     string // a credit: where it was read
}

// id tells one source from another: a key, or the credit's words.
func (c Cite) id() string {
	if c.Key != "" {
		return "key\x00" + c.Key
	}
	id := "credit\x00" + c.URL + "\x00" + c.Licence
	for _, t := range []Text{c.What, c.Credit} {
		langs := make([]string, 0, len(t))
		for l := range t {
			langs = append(langs, l)
		}
		sort.Strings(langs)
		for _, l := range langs {
			id += "\x00" + l + "=" + t[l]
		}
	}
	return id
}

// KindSources are the sources a page owes to the blocks of one kind.
type KindSources struct {
	Kind  string
	Cites []Cite
}

// PageSources are the sources of everything page p shows, grouped by block
// kind in the order the kinds first appear on the page, each source once:
// under the first block, in reading order, that names it.
func PageSources(ex *Exhibit, p *Page) []KindSources {
	var out []KindSources
	at := map[string]int{}
	seen := map[string]bool{}
	for _, b := range p.Blocks {
		s, ok := b.(Sourced)
		if !ok {
			continue
		}
		for _, c := range s.Cites(ex) {
			if c.Key == "" && len(c.Credit) == 0 && c.Licence == "" && c.URL == "" {
				continue // no credit given: nothing to name
			}
			if seen[c.id()] {
				continue
			}
			seen[c.id()] = true
			i, ok := at[b.Kind()]
			if !ok {
				i = len(out)
				at[b.Kind()] = i
				out = append(out, KindSources{Kind: b.Kind()})
			}
			out[i].Cites = append(out[i].Cites, c)
		}
	}
	return out
}

// PageSourceKeys are the keys of sources.yaml page p names, in the order of
// PageSources.
func PageSourceKeys(ex *Exhibit, p *Page) []string {
	var keys []string
	for _, g := range PageSources(ex, p) {
		for _, c := range g.Cites {
			if c.Key != "" {
				keys = append(keys, c.Key)
			}
		}
	}
	return keys
}

// keyCites are cites of sources.yaml keys, empty keys left out.
func keyCites(keys ...string) []Cite {
	var out []Cite
	for _, k := range keys {
		if k != "" {
			out = append(out, Cite{Key: k})
		}
	}
	return out
}

// The sources of each kind. A kind's file may hold its own (timeline.go).

// Cites of the text are the page's sources: list.
func (b TextBlock) Cites(*Exhibit) []Cite { return keyCites(b.Sources...) }

// Cites of a quotation: its source and, if a source translated it, the
// translation's.
func (b QuoteBlock) Cites(*Exhibit) []Cite {
	if b.Quote == nil {
		return nil
	}
	keys := []string{b.Quote.Source}
	if t := b.Quote.TranslatedBy; t != "" && t != "exhibit" {
		keys = append(keys, t)
	}
	return keyCites(keys...)
}

// Cites of a picture: its credit and licence.
func (b PictureBlock) Cites(*Exhibit) []Cite {
	if b.Image == nil {
		return nil
	}
	return []Cite{{What: b.Image.Alt, Credit: b.Image.Credit, Licence: b.Image.Licence}}
}

// Cites of the broadcast to listen to: the source of its text and of its
// translation.
func (b ListenBlock) Cites(ex *Exhibit) []Cite {
	bc := ex.Broadcast(b.Broadcast)
	if bc == nil {
		return nil
	}
	keys := []string{bc.Source}
	if t := bc.TranslatedBy; t != "" && t != "exhibit" {
		keys = append(keys, t)
	}
	return keyCites(keys...)
}

// Cites of a chart: its sources.
func (b ChartBlock) Cites(*Exhibit) []Cite {
	if b.Chart == nil {
		return nil
	}
	return keyCites(b.Chart.Sources...)
}

// Cites of a document: the source of the quotation it sets.
func (b DocumentBlock) Cites(*Exhibit) []Cite {
	if b.Doc == nil {
		return nil
	}
	return keyCites(b.Doc.Source)
}

// MapDataSource is the key of sources.yaml for the data of a base map whose
// projection file names none (tools/mapgen draws from Natural Earth).
const MapDataSource = "natural-earth"

// Cites of a map: the base map's data, then each place's coordinate as its
// source gives it and the page it was read from.
func (b MapBlock) Cites(ex *Exhibit) []Cite {
	if b.Map == nil {
		return nil
	}
	var out []Cite
	if b.Map.Base != nil {
		out = keyCites(b.Map.Base.Sources...)
	}
	for _, p := range b.Map.Places {
		// The coordinate as the source prints it, and the publication's name.
		read := Text{}
		for _, l := range ex.Languages {
			read[l.Code] = p.Given + ", " + ex.PlaceSite(p, l.Code)
		}
		out = append(out, Cite{What: p.Name, Credit: read, URL: p.Source})
	}
	return out
}

// Cites of a time axis: the sources of the events it shows.
func (b TimelineBlock) Cites(*Exhibit) []Cite {
	if b.Timeline == nil {
		return nil
	}
	return keyCites(b.Sources()...)
}
