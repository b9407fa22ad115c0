package webexport

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"budapest1956/internal/content"
)

const commandUsage = `Usage: budapest1956 export-web DIR [--content DIR]

Writes the exhibit as a static web site into DIR (created if needed): HTML
pages in every language, a style sheet, the pictures, the narrations and
their WebVTT captions. Open DIR/index.html in a browser or copy DIR to any
path of a web server; no JavaScript or server code is needed. Content with
validation problems is refused (see budapest1956 validate).

Flags:
  --content DIR  export this content folder instead of the built-in exhibit
`

// RunCommand is the body of `budapest1956 export-web DIR [--content DIR]`:
// args are what follows "export-web". It returns the exit code: 0 written,
// 1 the content has problems or the site could not be written, 2 bad usage.
func RunCommand(args []string, builtin fs.FS, stdout, stderr io.Writer) int {
	var out, contentDir string
	contentSet := false
	bad := func(msg string) int {
		fmt.Fprintf(stderr, "budapest1956 export-web: %s\n\n%s", msg, commandUsage)
		return 2
	}
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "-h" || a == "-help" || a == "--help":
			fmt.Fprint(stdout, commandUsage)
			return 0
		case a == "--content" || a == "-content":
			if i+1 >= len(args) {
				return bad("--content needs a folder")
			}
			i++
			contentDir, contentSet = args[i], true
		case strings.HasPrefix(a, "--content=") || strings.HasPrefix(a, "-content="):
			contentDir, contentSet = a[strings.Index(a, "=")+1:], true
		case a == "--":
			for _, rest := range args[i+1:] {
				if out != "" {
					return bad(fmt.Sprintf("unexpected argument %q: give one output folder", rest))
				}
				out = rest
			}
			i = len(args)
		case strings.HasPrefix(a, "-") && a != "-":
			return bad(fmt.Sprintf("unknown flag %s", a))
		default:
			if out != "" {
				return bad(fmt.Sprintf("unexpected argument %q: give one output folder", a))
			}
			out = a
		}
	}
	if out == "" {
		return bad("give the output folder")
	}
	if contentSet && contentDir == "" {
		return bad("--content needs a folder")
	}
	fsys, label := builtin, "content"
	if contentSet {
		if info, err := os.Stat(contentDir); err != nil || !info.IsDir() {
			fmt.Fprintf(stderr, "budapest1956 export-web: --content %s: not a readable folder\n", contentDir)
			return 2
		}
		fsys, label = os.DirFS(contentDir), contentDir
	}
	if info, err := os.Stat(out); err == nil && !info.IsDir() {
		fmt.Fprintf(stderr, "budapest1956 export-web: %s exists and is not a folder\n", out)
		return 2
	}
	ex, problems := content.Load(fsys, label)
	if ex == nil || len(problems) > 0 {
		fmt.Fprint(stdout, problems.Sorted().String())
		fmt.Fprintf(stderr, "budapest1956 export-web: %s has %d problems; fix them first (budapest1956 validate %s)\n", label, len(problems), label)
		return 1
	}
	if len(ex.Sections) == 0 {
		fmt.Fprintf(stderr, "budapest1956 export-web: %s has no sections\n", label)
		return 1
	}
	sum, err := ExportSummary(ex, out)
	if err != nil {
		fmt.Fprintf(stderr, "budapest1956 export-web: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "%s: %d pages, %d files, %s (open %s)\n", out, sum.Pages, sum.Files, humanSize(sum.Bytes), pathJoin(out, "index.html"))
	return 0
}

func pathJoin(dir, name string) string {
	if strings.HasSuffix(dir, "/") || strings.HasSuffix(dir, string(os.PathSeparator)) {
		return dir + name
	}
	return dir + string(os.PathSeparator) + name
}

// humanSize prints a byte count as KB or MB (powers of 1000, one decimal).
func humanSize(n int64) string {
	switch {
	case n >= 1_000_000:
		return fmt.Sprintf("%.1f MB", float64(n)/1e6)
	case n >= 1_000:
		return fmt.Sprintf("%.1f kB", float64(n)/1e3)
	}
	return fmt.Sprintf("%d bytes", n)
}
