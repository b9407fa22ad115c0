package content

// A story page is a sequence of blocks. Each kind of block is one type here,
// one file in screens/ that measures, splits and draws it (block_*.go), and
// one template in the web edition (internal/webexport/blocks/*.tmpl).
// docs/architecture.md tells how to add a kind.

// Block is one part of a story page.
type Block interface {
	// Kind names the block kind: "text", "picture", "quote", "listen"…
	// It picks the app's drawer and the web edition's template.
	Kind() string
}

// TextBlock is the page's text: a short plain-language layer and the full
// body. Body paragraphs are separated by blank lines.
type TextBlock struct {
	Short   Text // may be empty: then Body is shown from the start
	Body    Text
	Sources []string // the page's sources: list, keys of sources.yaml
}

// PictureBlock is a picture with its alt text and credit.
type PictureBlock struct{ Image *Image }

// QuoteBlock is a verbatim quotation with its source and certainty.
type QuoteBlock struct{ Quote *Quote }

// ListenBlock offers the broadcast the page is about.
type ListenBlock struct{ Broadcast string }

func (TextBlock) Kind() string    { return "text" }
func (PictureBlock) Kind() string { return "picture" }
func (QuoteBlock) Kind() string   { return "quote" }
func (ListenBlock) Kind() string  { return "listen" }

// blocks builds a page's blocks from its fields, in reading order: text,
// quote, picture, then the broadcast to listen to, then the page's visuals.
func (p *Page) blocks() []Block {
	bs := []Block{TextBlock{Short: p.Short, Body: p.Body, Sources: p.Sources}}
	if p.Quote != nil {
		bs = append(bs, QuoteBlock{p.Quote})
	}
	if p.Image != nil {
		bs = append(bs, PictureBlock{p.Image})
	}
	if p.Broadcast != "" {
		bs = append(bs, ListenBlock{p.Broadcast})
	}
	// Then the visuals the page file lists (blocks_load.go), in its order.
	return append(bs, p.Visuals...)
}
