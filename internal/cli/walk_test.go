package cli

import (
	"io/fs"

	contentfiles "budapest1956/content"
)

func fsWalk(fn func(name string, data []byte) error) error {
	return fs.WalkDir(contentfiles.Files, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(contentfiles.Files, p)
		if err != nil {
			return err
		}
		return fn(p, data)
	})
}
