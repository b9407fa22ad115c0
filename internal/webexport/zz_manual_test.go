package webexport

import (
	"os"
	"testing"

	contentfiles "budapest1956/content"
)

func TestZZManual(t *testing.T) {
	out := os.Getenv("ZZ_OUT")
	if out == "" {
		t.Skip()
	}
	t.Log(RunCommand([]string{out}, contentfiles.Files, os.Stdout, os.Stderr))
}
