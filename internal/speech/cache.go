package speech

import "container/list"

// cache is a least-recently-used map from a part's key to its finished
// samples, bounded by the bytes of those samples (4 per sample). It is not
// safe for concurrent use: the Speaker guards it with its mutex.
type cache struct {
	limit, size int64
	order       *list.List // front: most recently used; values *cacheEntry
	items       map[string]*list.Element
}

type cacheEntry struct {
	key string
	pcm []float32
}

func newCache(limit int64) *cache {
	return &cache{limit: limit, order: list.New(), items: map[string]*list.Element{}}
}

func entryBytes(pcm []float32) int64 { return int64(len(pcm)) * 4 }

func (c *cache) get(key string) ([]float32, bool) {
	e, ok := c.items[key]
	if !ok {
		return nil, false
	}
	c.order.MoveToFront(e)
	return e.Value.(*cacheEntry).pcm, true
}

// has reports whether key is cached without making it recently used.
func (c *cache) has(key string) bool {
	_, ok := c.items[key]
	return ok
}

// put stores pcm under key and evicts the least recently used entries until
// the cache fits its limit. A part larger than the whole limit is not kept.
func (c *cache) put(key string, pcm []float32) {
	if entryBytes(pcm) > c.limit {
		return
	}
	if e, ok := c.items[key]; ok {
		c.size -= entryBytes(e.Value.(*cacheEntry).pcm)
		e.Value.(*cacheEntry).pcm = pcm
		c.size += entryBytes(pcm)
		c.order.MoveToFront(e)
	} else {
		c.items[key] = c.order.PushFront(&cacheEntry{key, pcm})
		c.size += entryBytes(pcm)
	}
	for c.size > c.limit {
		e := c.order.Back()
		ce := e.Value.(*cacheEntry)
		c.order.Remove(e)
		delete(c.items, ce.key)
		c.size -= entryBytes(ce.pcm)
	}
}
