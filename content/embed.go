// Package content holds the default exhibit. The folder is data: the YAML and
// image files beside this file are embedded in the binary, and a curator can
// replace all of them at run time with `budapest1956 --content DIR`.
// docs/content-format.md describes the files.
package content

import "embed"

// Files is the embedded default exhibit.
//
//go:embed *.yaml */*.yaml images audio
var Files embed.FS
