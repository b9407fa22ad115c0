package webexport

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	contentfiles "budapest1956/content"
)

func runCommand(args ...string) (code int, stdout, stderr string) {
	var o, e bytes.Buffer
	code = RunCommand(args, contentfiles.Files, &o, &e)
	return code, o.String(), e.String()
}

// copyContent writes the built-in exhibit into a folder a test may change.
func copyContent(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	err := fs.WalkDir(contentfiles.Files, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(contentfiles.Files, p)
		if err != nil {
			return err
		}
		to := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
			return err
		}
		return os.WriteFile(to, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestRunCommand_Usage(t *testing.T) {
	tmp := t.TempDir()
	file := filepath.Join(tmp, "file")
	os.WriteFile(file, []byte("x"), 0o644)
	for _, args := range [][]string{
		{},
		{"a", "b"},
		{"--bogus", filepath.Join(tmp, "out")},
		{filepath.Join(tmp, "out"), "--content"},
		{filepath.Join(tmp, "out"), "--content="},
		{filepath.Join(tmp, "out"), "--content", filepath.Join(tmp, "missing")},
		{file},
	} {
		code, _, stderr := runCommand(args...)
		if code != 2 || !strings.Contains(stderr, "budapest1956 export-web") {
			t.Errorf("%q: exit %d, stderr %q; want 2 and a message", args, code, stderr)
		}
	}
	if code, stdout, _ := runCommand("--help"); code != 0 || !strings.Contains(stdout, "Usage: budapest1956 export-web DIR") {
		t.Errorf("--help: exit %d, %q", code, stdout)
	}
}

func TestRunCommand_Builtin(t *testing.T) {
	out := filepath.Join(t.TempDir(), "site")
	code, stdout, stderr := runCommand(out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, " pages, ") || !strings.Contains(stdout, " files, ") || !strings.Contains(stdout, " MB") {
		t.Errorf("the summary does not give pages, files and size: %q", stdout)
	}
	if !exists(out, "index.html") || !exists(out, "en/index.html") {
		t.Error("no index.html written")
	}
	// Exporting again into the same folder works (files are overwritten).
	if code, _, stderr := runCommand(out); code != 0 {
		t.Errorf("second export: exit %d: %s", code, stderr)
	}
}

func TestRunCommand_ContentFolder(t *testing.T) {
	dir := copyContent(t)
	// A curator's change shows up in the site.
	page := filepath.Join(dir, "crushing", "01-whirlwind.yaml")
	data, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(page, bytes.Replace(data, []byte("en: Operation Whirlwind"), []byte("en: Operation Whirlwind (curated)"), 1), 0o644)
	out := filepath.Join(t.TempDir(), "site")
	code, _, stderr := runCommand("--content", dir, out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(readSite(t, out, "en/crushing/operation-whirlwind.html"), "Operation Whirlwind (curated)") {
		t.Error("the exported page does not show the content folder's text")
	}
}

func TestRunCommand_RefusesInvalidContent(t *testing.T) {
	dir := copyContent(t)
	page := filepath.Join(dir, "crushing", "01-whirlwind.yaml")
	data, _ := os.ReadFile(page)
	// Drop the Hungarian title: a missing translation.
	os.WriteFile(page, bytes.Replace(data, []byte("  hu: A Forgószél-hadművelet\n"), nil, 1), 0o644)
	out := filepath.Join(t.TempDir(), "site")
	code, stdout, stderr := runCommand(out, "--content="+dir)
	if code != 1 {
		t.Fatalf("exit %d, want 1; stderr %s", code, stderr)
	}
	if !strings.Contains(stdout, "01-whirlwind.yaml") || !strings.Contains(stdout, "title.hu") {
		t.Errorf("the problem is not printed: %q", stdout)
	}
	if !strings.Contains(stderr, "1 problems; fix them first") {
		t.Errorf("stderr: %q", stderr)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a site was written for invalid content")
	}
}
