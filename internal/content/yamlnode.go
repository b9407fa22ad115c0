package content

import (
	"fmt"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// object wraps a YAML mapping node so fields can be read with their line
// numbers, and so unknown keys are reported instead of silently dropped.
type object struct {
	l      *loader
	file   string
	prefix string // field path of this mapping, "" at top level
	line   int
	keys   map[string]*yaml.Node
	keyAt  map[string]int
	used   map[string]bool
	absent bool // the mapping itself was missing or not a mapping
}

func (l *loader) object(file, prefix string, n *yaml.Node) *object {
	o := &object{l: l, file: file, prefix: prefix, keys: map[string]*yaml.Node{}, keyAt: map[string]int{}, used: map[string]bool{}}
	if n == nil {
		o.absent = true
		return o
	}
	o.line = n.Line
	if n.Kind == yaml.DocumentNode && len(n.Content) == 1 {
		n = n.Content[0]
	}
	if n.Kind != yaml.MappingNode {
		l.add(file, n.Line, prefix, fmt.Sprintf("expected a mapping of keys to values, found %s", kindName(n)))
		o.absent = true
		return o
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if _, dup := o.keys[k.Value]; dup {
			l.add(file, k.Line, o.path(k.Value), "key appears twice")
			continue
		}
		o.keys[k.Value] = v
		o.keyAt[k.Value] = k.Line
	}
	return o
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "nothing"
		}
		return fmt.Sprintf("the value %q", n.Value)
	case yaml.SequenceNode:
		return "a list"
	case yaml.MappingNode:
		return "a mapping"
	case yaml.AliasNode:
		return "an alias"
	}
	return "an empty document"
}

func (o *object) path(key string) string {
	if o.prefix == "" {
		return key
	}
	return o.prefix + "." + key
}

// node returns the value of key and marks the key as known.
func (o *object) node(key string) *yaml.Node {
	o.used[key] = true
	return o.keys[key]
}

func (o *object) has(key string) bool { return o.keys[key] != nil }

// lineOf returns the best line for a problem about key.
func (o *object) lineOf(key string) int {
	if l, ok := o.keyAt[key]; ok {
		return l
	}
	return o.line
}

func (o *object) problem(key, msg string) {
	o.l.add(o.file, o.lineOf(key), o.path(key), msg)
}

// str reads a scalar string. Missing required fields are reported.
func (o *object) str(key string, required bool) string {
	n := o.node(key)
	if n == nil || (n.Kind == yaml.ScalarNode && n.Tag == "!!null") {
		if required && !o.absent {
			o.problem(key, "missing")
		}
		return ""
	}
	if n.Kind != yaml.ScalarNode {
		o.problem(key, fmt.Sprintf("expected text, found %s", kindName(n)))
		return ""
	}
	s := strings.TrimSpace(n.Value)
	if s == "" && required {
		o.problem(key, "empty")
	}
	return s
}

// strList reads a list of strings (a single string is accepted as a list of one).
func (o *object) strList(key string) []string {
	n := o.node(key)
	if n == nil {
		return nil
	}
	if n.Kind == yaml.ScalarNode {
		if s := strings.TrimSpace(n.Value); s != "" && n.Tag != "!!null" {
			return []string{s}
		}
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		o.problem(key, fmt.Sprintf("expected a list, found %s", kindName(n)))
		return nil
	}
	var out []string
	for i, it := range n.Content {
		if it.Kind != yaml.ScalarNode || strings.TrimSpace(it.Value) == "" {
			o.l.add(o.file, it.Line, fmt.Sprintf("%s[%d]", o.path(key), i), "expected a non-empty text item")
			continue
		}
		out = append(out, strings.TrimSpace(it.Value))
	}
	return out
}

// text reads a localised field and reports every missing language.
func (o *object) text(key string, required bool) Text {
	n := o.node(key)
	if n == nil || (n.Kind == yaml.ScalarNode && n.Tag == "!!null") {
		if required && !o.absent {
			o.problem(key, "missing (needs a text for each language: "+strings.Join(o.l.langs, ", ")+")")
		}
		return nil
	}
	if n.Kind != yaml.MappingNode {
		o.problem(key, fmt.Sprintf("expected one text per language (%s), found %s", strings.Join(o.l.langs, ", "), kindName(n)))
		return nil
	}
	sub := o.l.object(o.file, o.path(key), n)
	t := Text{}
	for _, lang := range o.l.langs {
		s := sub.str(lang, false)
		if s == "" {
			if sub.has(lang) {
				sub.problem(lang, "empty translation")
			} else {
				sub.problem(lang, "missing translation")
			}
			continue
		}
		t[lang] = s
	}
	// Texts in languages the exhibit does not list are kept (a translator may
	// be part-way through adding one) but reported, as they are never shown.
	for _, k := range sub.unknown() {
		sub.problem(k, "language not listed in exhibit.yaml")
	}
	return t
}

// unknown returns the keys present but never read, in file order.
func (o *object) unknown() []string {
	var out []string
	for k := range o.keys {
		if !o.used[k] {
			out = append(out, k)
		}
	}
	sort.Slice(out, func(i, j int) bool { return o.keyAt[out[i]] < o.keyAt[out[j]] })
	return out
}

// done reports keys that were never read: typos or fields the engine does not know.
func (o *object) done() {
	for _, k := range o.unknown() {
		o.problem(k, "unknown field")
	}
}

// fraction reads a number from 0 to 1 (a position on an image).
func (o *object) fraction(key string) float64 {
	s := o.str(key, true)
	if s == "" {
		return 0
	}
	var f float64
	if _, err := fmt.Sscanf(s, "%g", &f); err != nil || f < 0 || f > 1 {
		o.problem(key, fmt.Sprintf("%q: want a number from 0 to 1 (a share of the image's size)", s))
		return 0
	}
	return f
}
