//go:build !linux

package main

import (
	"io"
	"os"
)

func catchUp(*os.File, io.Writer) (int64, error) { return 0, nil }
