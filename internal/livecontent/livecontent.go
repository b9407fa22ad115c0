// Package livecontent lets a running exhibit take new content without a
// restart. It watches the curator's folder (fsnotify); once the writes have
// settled it copies the folder to a private snapshot, checks the whole
// snapshot with the content loader in the background, and hands a valid
// exhibit to the app. The app shows only snapshots, so a folder being
// copied over again (Syncthing, rsync, a USB stick) never changes what is
// on screen; a broken or half-copied folder is reported (log, Status) and
// the last good content stays.
//
// It has no Fyne import: the app's Apply function moves the exhibit to the
// UI thread itself.
package livecontent

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"image"
	_ "image/jpeg" // content pictures
	_ "image/png"
	"io"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"

	"budapest1956/internal/content"
	"budapest1956/internal/health"
)

// DefaultSettle is how long a folder must stay unchanged before it is checked.
const DefaultSettle = time.Second

// keepSnapshots is how many snapshots stay on disk: the one on screen, and
// the ones before it, which a kiosk may still show until its attract loop.
const keepSnapshots = 3

// hidden names are not content: the temporary files of Syncthing
// (.syncthing.*.tmp), rsync (.NAME.XXXXXX), editors, and Syncthing's
// .stfolder marker. They are neither copied nor waited for.
func hidden(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasPrefix(name, "~syncthing~")
}

// Snapshot copies the content in dir (without hidden files) to a new
// folder under root and returns that folder and a hash of what it holds.
// The copy is checked against the folder afterwards: if anything changed
// while it was copied, the snapshot is removed and ErrChanging returned.
func Snapshot(dir, root string) (snap, sum string, err error) {
	snap, files, err := snapshot(dir, root)
	if err != nil {
		return "", "", err
	}
	return snap, sumOf(files), nil
}

// manifest maps each file of a snapshot to the SHA-256 of its bytes.
type manifest map[string]string

func snapshot(dir, root string) (snap string, files manifest, err error) {
	before, err := fingerprint(dir)
	if err != nil {
		return "", nil, err
	}
	if err := os.MkdirAll(root, 0o755); err != nil {
		return "", nil, fmt.Errorf("snapshot folder: %w", err)
	}
	snap, err = os.MkdirTemp(root, time.Now().UTC().Format("20060102T150405")+"-")
	if err != nil {
		return "", nil, fmt.Errorf("snapshot folder: %w", err)
	}
	files, err = copyTree(dir, snap)
	if err != nil {
		os.RemoveAll(snap)
		return "", nil, err
	}
	after, err := fingerprint(dir)
	if err != nil || after != before {
		os.RemoveAll(snap)
		if err != nil {
			return "", nil, err
		}
		return "", nil, ErrChanging
	}
	return snap, files, nil
}

// sumOf is one hash of a whole snapshot: its files' names and hashes.
func sumOf(files manifest) string {
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	h := sha256.New()
	for _, n := range names {
		fmt.Fprintf(h, "%s\x00%s\n", n, files[n])
	}
	return hex.EncodeToString(h.Sum(nil))
}

// manifestOf hashes the files of an existing snapshot.
func manifestOf(snap string) manifest {
	files := manifest{}
	walk(snap, func(rel string, d fs.DirEntry) error {
		if d.IsDir() {
			return nil
		}
		f, err := os.Open(filepath.Join(snap, filepath.FromSlash(rel)))
		if err != nil {
			return nil
		}
		defer f.Close()
		h := sha256.New()
		if _, err := io.Copy(h, f); err == nil {
			files[rel] = hex.EncodeToString(h.Sum(nil))
		}
		return nil
	})
	return files
}

// ErrChanging means the folder changed while it was being copied.
var ErrChanging = errors.New("the folder changed while it was copied")

// fingerprint lists every content file's path, size and modification time:
// it changes whenever a file is written, added, removed or renamed.
func fingerprint(dir string) (string, error) {
	var b strings.Builder
	err := walk(dir, func(rel string, d fs.DirEntry) error {
		info, err := d.Info()
		if err != nil {
			return err
		}
		fmt.Fprintf(&b, "%s\x00%d\x00%d\x00%v\n", rel, info.Size(), info.ModTime().UnixNano(), info.IsDir())
		return nil
	})
	return b.String(), err
}

// walk calls fn for every entry under dir but hidden ones, in lexical order.
func walk(dir string, fn func(rel string, d fs.DirEntry) error) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p == dir {
			if !d.IsDir() {
				return fmt.Errorf("%s is not a folder", dir)
			}
			return nil
		}
		if hidden(d.Name()) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			// Follow a link to a file (curators link shared pictures); a
			// link to a folder is left out rather than followed in a loop.
			info, err := os.Stat(p)
			if err != nil || info.IsDir() {
				return nil
			}
		}
		rel, _ := filepath.Rel(dir, p)
		return fn(filepath.ToSlash(rel), d)
	})
}

func copyTree(dir, dst string) (manifest, error) {
	files := manifest{}
	err := walk(dir, func(rel string, d fs.DirEntry) error {
		to := filepath.Join(dst, filepath.FromSlash(rel))
		if d.IsDir() {
			return os.MkdirAll(to, 0o755)
		}
		sum, err := copyFile(filepath.Join(dir, filepath.FromSlash(rel)), to)
		files[rel] = sum
		return err
	})
	return files, err
}

func copyFile(from, to string) (sum string, err error) {
	in, err := os.Open(from)
	if err != nil {
		return "", err
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	if err != nil {
		return "", err
	}
	h := sha256.New()
	if _, err := io.Copy(io.MultiWriter(out, h), in); err != nil {
		out.Close()
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), out.Close()
}

// SnapshotRoot is the folder for the snapshots of dir under cache: one
// per content folder, so two exhibits on one account keep theirs apart.
func SnapshotRoot(cache, dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		abs = dir
	}
	sum := sha256.Sum256([]byte(abs))
	return filepath.Join(cache, "content-snapshots", hex.EncodeToString(sum[:6]))
}

// Load takes a snapshot of dir under root and loads the exhibit from it,
// with problems named by dir. It is what the app does at start, so that
// the first content is a snapshot too.
func Load(dir, root string) (ex *content.Exhibit, problems content.Problems, snap, sum string, err error) {
	snap, sum, err = Snapshot(dir, root)
	if err != nil {
		return nil, nil, "", "", err
	}
	ex, problems = loadSnapshot(snap, dir, nil, nil)
	return ex, problems, snap, sum, nil
}

// loadSnapshot loads and checks a snapshot, naming problems by dir. Beyond
// the loader's checks it decodes every picture in full: the loader reads
// only a picture's header, and a picture cut short by an interrupted copy
// has a good header. Pictures whose bytes are those of the snapshot on
// screen (shown, with the same hash, in files) were decoded before and are
// skipped.
func loadSnapshot(snap, dir string, shown, files manifest) (*content.Exhibit, content.Problems) {
	// The pictures are decoded on a second goroutine while the loader reads
	// the rest: a kiosk has at least two cores.
	var pictures content.Problems
	var wg sync.WaitGroup
	wg.Add(1)
	health.Go("live content pictures", func() {
		defer wg.Done()
		pictures = decodePictures(snap, dir, func(rel string) bool { return shown[rel] != "" && shown[rel] == files[rel] })
	})
	ex, problems := content.Load(os.DirFS(snap), dir)
	if ex != nil && len(ex.Sections) == 0 && len(problems) == 0 {
		problems = content.Problems{{File: dir, Message: "no sections"}}
	}
	wg.Wait()
	return ex, append(problems, pictures...)
}

// decodePictures decodes every PNG and JPEG under snap to its end, but
// those known reports as checked already.
func decodePictures(snap, dir string, known func(rel string) bool) (problems content.Problems) {
	walk(snap, func(rel string, d fs.DirEntry) error {
		switch strings.ToLower(filepath.Ext(rel)) {
		case ".png", ".jpg", ".jpeg":
		default:
			return nil
		}
		if known(rel) {
			return nil
		}
		f, err := os.Open(filepath.Join(snap, filepath.FromSlash(rel)))
		if err != nil {
			return nil
		}
		defer f.Close()
		if _, _, err := image.Decode(f); err != nil {
			problems = append(problems, content.Problem{File: filepath.Join(dir, filepath.FromSlash(rel)), Message: "picture cannot be decoded (cut short?): " + err.Error()})
		}
		return nil
	})
	return problems
}

// Status is what became of the folder's changes, for the staff panel and
// the metrics.
type Status struct {
	Version    string    // version of the content handed to the app
	Valid      bool      // the folder passed its last check
	Problems   int       // problems found by the last check
	First      string    // the first of them, sorted, for a one-line report
	LastSwitch time.Time // when content was last handed to the app (or first shown)
	LastCheck  time.Time // when the folder was last checked; zero if never
}

// Options configure a Watcher.
type Options struct {
	Dir       string        // the curator's folder
	Snapshots string        // where the private copies go
	Settle    time.Duration // quiet time before a check (DefaultSettle if 0)
	// Current is the snapshot on screen now ("" if the content was not
	// loaded from a snapshot) and Sum its hash: an unchanged folder is not
	// switched again.
	Current, Sum string
	Status       Status
	// Apply receives a valid new exhibit, on the watcher's goroutine.
	Apply func(ex *content.Exhibit)
	// Changed is called after every check, with the new status.
	Changed func(Status)
}

// Watcher watches one content folder.
type Watcher struct {
	opts   Options
	fsw    *fsnotify.Watcher
	mu     sync.Mutex
	status Status
	snaps  []string // snapshots in use, oldest first, the current one last
	sum    string
	shown  manifest // the files of the snapshot on screen, by hash
	kick   chan struct{}
}

// Start watches opts.Dir until stop is called or ctx is done. The error
// names the folder when it cannot be watched.
func Start(ctx context.Context, opts Options) (w *Watcher, stop func(), err error) {
	if opts.Settle <= 0 {
		opts.Settle = DefaultSettle
	}
	fsw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, nil, fmt.Errorf("content %s: cannot watch: %w", opts.Dir, err)
	}
	w = &Watcher{opts: opts, fsw: fsw, status: opts.Status, sum: opts.Sum, kick: make(chan struct{}, 1)}
	if opts.Current != "" {
		w.snaps = []string{opts.Current}
		if opts.Sum != "" { // on screen: a change that keeps a picture need not decode it again
			w.shown = manifestOf(opts.Current)
		}
	}
	w.removeOldSnapshots()
	rootGone := false
	if err := w.watchTree(opts.Dir); errors.Is(err, fs.ErrNotExist) {
		// Not there yet (Syncthing has not made it): watch for it to appear.
		log.Printf("content %s: the folder does not exist yet; waiting for it", opts.Dir)
		rootGone = true
	} else if err != nil {
		fsw.Close()
		return nil, nil, fmt.Errorf("content %s: cannot watch: %w", opts.Dir, err)
	}
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer fsw.Close()
		w.run(ctx, rootGone)
	}()
	var once sync.Once
	return w, func() {
		once.Do(cancel)
		<-done
	}, nil
}

// Status is the current status; safe from any goroutine.
func (w *Watcher) Status() Status {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.status
}

// Check asks for the folder to be checked after the settle time, as if it
// had changed (tests, and a staff "check now").
func (w *Watcher) Check() {
	select {
	case w.kick <- struct{}{}:
	default:
	}
}

// watchTree adds dir and every folder below it; fsnotify is not recursive.
func (w *Watcher) watchTree(dir string) error {
	if err := w.fsw.Add(dir); err != nil {
		return err
	}
	return walk(dir, func(rel string, d fs.DirEntry) error {
		if d.IsDir() {
			if err := w.fsw.Add(filepath.Join(dir, filepath.FromSlash(rel))); err != nil {
				return err
			}
		}
		return nil
	})
}

// run handles the watcher's events. rootGone: the folder itself is missing,
// removed or renamed (a USB copy that deletes it first, rsync
// --delete-after of a parent): look for it again every settle period until
// it is back.
func (w *Watcher) run(ctx context.Context, rootGone bool) {
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	retry := time.NewTicker(w.opts.Settle)
	defer retry.Stop()
	for {
		select {
		case <-ctx.Done():
			timer.Stop()
			return
		case ev, ok := <-w.fsw.Events:
			if !ok {
				return
			}
			if ev.Op&fsnotify.Create != 0 {
				if info, err := os.Stat(ev.Name); err == nil && info.IsDir() && !hidden(filepath.Base(ev.Name)) {
					w.watchTree(ev.Name) // a new folder: watch it and what is already in it
				}
			}
			if filepath.Clean(ev.Name) == filepath.Clean(w.opts.Dir) && ev.Op&(fsnotify.Remove|fsnotify.Rename) != 0 {
				rootGone = true
			}
			if hidden(filepath.Base(ev.Name)) && ev.Op&fsnotify.Rename == 0 {
				continue // a temporary file being written; its rename is the change
			}
			timer.Reset(w.opts.Settle)
		case err, ok := <-w.fsw.Errors:
			if !ok {
				return
			}
			log.Printf("content %s: watching: %v; checking the folder", w.opts.Dir, err)
			timer.Reset(w.opts.Settle) // events may have been lost
		case <-w.kick:
			timer.Reset(w.opts.Settle)
		case <-retry.C:
			if rootGone {
				if err := w.watchTree(w.opts.Dir); err == nil {
					rootGone = false
					timer.Reset(w.opts.Settle)
				}
			}
		case <-timer.C:
			if rootGone {
				continue
			}
			if again := w.checkSafely(); again {
				timer.Reset(w.opts.Settle)
			}
		}
	}
}

// checkSafely runs one check; a panic in it is logged and counted, and the
// watcher goes on with the last good content.
func (w *Watcher) checkSafely() (again bool) {
	defer health.Recover("live content check")
	return w.check()
}

// check snapshots and validates the folder; again is true when the folder
// was still changing and must be looked at once more.
func (w *Watcher) check() (again bool) {
	dir := w.opts.Dir
	began := time.Now()
	snap, files, err := snapshot(dir, w.opts.Snapshots)
	copied := time.Since(began)
	if errors.Is(err, ErrChanging) {
		log.Printf("content %s: still changing; checking again in %v", dir, w.opts.Settle)
		return true
	}
	now := time.Now()
	if err != nil {
		log.Printf("content %s: cannot check the change: %v; the last good content stays on screen", dir, err)
		w.reject(now, 1, err.Error())
		return false
	}
	sum := sumOf(files)
	if sum == w.sum {
		os.RemoveAll(snap)
		w.update(func(s *Status) { s.Valid, s.Problems, s.First, s.LastCheck = true, 0, "", now })
		return false
	}
	start := time.Now()
	ex, problems := loadSnapshot(snap, dir, w.shown, files)
	if ex == nil || len(problems) > 0 {
		os.RemoveAll(snap)
		sorted := problems.Sorted()
		log.Printf("content %s: the change was rejected, the last good content stays on screen:\n%s", dir, strings.TrimRight(sorted.String(), "\n"))
		first := "exhibit.yaml unusable"
		if len(sorted) > 0 {
			first = strings.TrimSpace(sorted[0].String())
		}
		w.reject(now, max(len(problems), 1), first)
		return false
	}
	log.Printf("content %s: version %q is valid (copied in %v, checked in %v); switching to it", dir, ex.Version, copied.Round(time.Millisecond), time.Since(start).Round(time.Millisecond))
	w.mu.Lock()
	w.sum, w.shown = sum, files
	w.snaps = append(w.snaps, snap)
	w.mu.Unlock()
	w.update(func(s *Status) {
		s.Version, s.Valid, s.Problems, s.First, s.LastCheck, s.LastSwitch = ex.Version, true, 0, "", now, time.Now()
	})
	w.removeOldSnapshots()
	if w.opts.Apply != nil {
		w.opts.Apply(ex)
	}
	return false
}

func (w *Watcher) reject(now time.Time, n int, first string) {
	w.update(func(s *Status) { s.Valid, s.Problems, s.First, s.LastCheck = false, n, first, now })
}

func (w *Watcher) update(fn func(*Status)) {
	w.mu.Lock()
	fn(&w.status)
	s := w.status
	w.mu.Unlock()
	if w.opts.Changed != nil {
		w.opts.Changed(s)
	}
}

// removeOldSnapshots deletes every snapshot folder under the root but the
// last keepSnapshots in use (older ones are left over from earlier runs or
// from content shown long ago).
func (w *Watcher) removeOldSnapshots() {
	w.mu.Lock()
	if len(w.snaps) > keepSnapshots {
		w.snaps = w.snaps[len(w.snaps)-keepSnapshots:]
	}
	keep := map[string]bool{}
	for _, s := range w.snaps {
		keep[filepath.Clean(s)] = true
	}
	w.mu.Unlock()
	entries, err := os.ReadDir(w.opts.Snapshots)
	if err != nil {
		return
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	for _, n := range names {
		p := filepath.Join(w.opts.Snapshots, n)
		if !keep[filepath.Clean(p)] {
			os.RemoveAll(p)
		}
	}
}
