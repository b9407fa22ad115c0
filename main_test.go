package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// internal/fynecache must set FYNE_CACHE before Fyne's cache package reads
// it in its init: run this test binary again with Go's init trace and
// compare the order.
func TestFyneCache_InitsBeforeFyne(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	trace := string(out)
	ours := strings.Index(trace, "init budapest1956/internal/fynecache ")
	fyne := strings.Index(trace, "init fyne.io/fyne/v2/internal/cache ")
	if ours < 0 || fyne < 0 {
		t.Fatalf("init trace lacks one of the packages (ours at %d, Fyne's at %d)", ours, fyne)
	}
	if ours > fyne {
		t.Error("Fyne's cache package initializes before internal/fynecache: FYNE_CACHE is set too late")
	}
}
