package livecontent

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"budapest1956/internal/content"
)

// copyContent copies the built-in exhibit to a new folder, as a curator's
// folder to change.
func copyContent(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "content")
	if _, err := copyTree("../../content", dir); err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(dir, "embed.go"))
	return dir
}

func setVersion(t *testing.T, dir, version string) {
	t.Helper()
	p := filepath.Join(dir, "exhibit.yaml")
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "version:") {
			lines[i] = "version: \"" + version + "\""
		}
	}
	if err := os.WriteFile(p, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
}

// recorder collects what the watcher hands to the app.
type recorder struct {
	mu       sync.Mutex
	applied  []*content.Exhibit
	statuses []Status
}

func (r *recorder) apply(ex *content.Exhibit) {
	r.mu.Lock()
	r.applied = append(r.applied, ex)
	r.mu.Unlock()
}
func (r *recorder) changed(s Status) { r.mu.Lock(); r.statuses = append(r.statuses, s); r.mu.Unlock() }
func (r *recorder) counts() (int, int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.applied), len(r.statuses)
}
func (r *recorder) last() (*content.Exhibit, Status) {
	r.mu.Lock()
	defer r.mu.Unlock()
	var ex *content.Exhibit
	if len(r.applied) > 0 {
		ex = r.applied[len(r.applied)-1]
	}
	var s Status
	if len(r.statuses) > 0 {
		s = r.statuses[len(r.statuses)-1]
	}
	return ex, s
}

func waitFor(t *testing.T, what string, within time.Duration, ok func() bool) time.Time {
	t.Helper()
	within *= slow
	for deadline := time.Now().Add(within); !ok(); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", within, what)
		}
	}
	return time.Now()
}

// start loads dir as the app does at start and watches it.
func start(t *testing.T, dir string, settle time.Duration) (*Watcher, *recorder, string) {
	t.Helper()
	root := filepath.Join(t.TempDir(), "snapshots")
	ex, problems, snap, sum, err := Load(dir, root)
	if err != nil || len(problems) > 0 {
		t.Fatalf("initial load: %v %v", err, problems)
	}
	rec := &recorder{}
	w, stop, err := Start(context.Background(), Options{
		Dir: dir, Snapshots: root, Settle: settle, Current: snap, Sum: sum,
		Status: Status{Version: ex.Version, Valid: true, LastSwitch: time.Now()},
		Apply:  rec.apply, Changed: rec.changed,
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(stop)
	return w, rec, root
}

func TestWatcher_SwitchesToAValidChangeOnceTheWritesSettle(t *testing.T) {
	dir := copyContent(t)
	_, rec, root := start(t, dir, 300*time.Millisecond)

	// A copy in progress: a write every 100 ms for a second. Nothing may
	// be checked until it stops.
	var lastWrite time.Time
	for i := 0; i < 10; i++ {
		setVersion(t, dir, "2026.12-"+string(rune('a'+i)))
		lastWrite = time.Now()
		time.Sleep(100 * time.Millisecond)
		if _, n := rec.counts(); n > 0 {
			t.Fatalf("checked while writes were still coming (write %d)", i)
		}
	}
	at := waitFor(t, "the switch", 5*time.Second, func() bool { n, _ := rec.counts(); return n == 1 })
	ex, st := rec.last()
	if ex.Version != "2026.12-j" || !st.Valid || st.Version != "2026.12-j" || st.Problems != 0 || st.LastSwitch.Before(lastWrite) {
		t.Errorf("switched to %q, status %+v", ex.Version, st)
	}
	if d := at.Sub(lastWrite); d < 300*time.Millisecond || d > slow*4*time.Second {
		t.Errorf("switched %v after the last write (settle 300ms)", d)
	}
	if !strings.Contains(ex.Dir, dir) {
		t.Errorf("problems would name %q, not the curator's folder", ex.Dir)
	}
	// The exhibit reads from its snapshot: changing the folder again does
	// not change what it shows.
	before, err := ex.ReadFile("exhibit.yaml")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "exhibit.yaml"), []byte("half a fi"), 0o644)
	after, _ := ex.ReadFile("exhibit.yaml")
	if string(before) != string(after) {
		t.Error("the exhibit on screen reads the live folder, not its snapshot")
	}
	if entries, _ := os.ReadDir(root); len(entries) != 2 {
		t.Errorf("%d snapshots, want the first and the new one", len(entries))
	}
}

func TestWatcher_RejectsABrokenChangeAndKeepsTheLastGood(t *testing.T) {
	dir := copyContent(t)
	first, _ := content.Load(os.DirFS(dir), dir)
	w, rec, _ := start(t, dir, 200*time.Millisecond)
	page := filepath.Join(dir, "crushing", "01-whirlwind.yaml")
	good, _ := os.ReadFile(page)
	os.WriteFile(page, []byte("title: {en: [unclosed\n"), 0o644)
	waitFor(t, "the rejection", 5*time.Second, func() bool { _, n := rec.counts(); return n >= 1 })
	_, st := rec.last()
	if n, _ := rec.counts(); n != 0 {
		t.Fatal("a broken folder was handed to the app")
	}
	if st.Valid || st.Problems < 1 || !strings.Contains(st.First, "01-whirlwind.yaml") || st.Version != first.Version || st.LastCheck.IsZero() {
		t.Errorf("status %+v", st)
	}
	if w.Status().Valid {
		t.Error("Status() says valid")
	}
	// The curator fixes it: the fixed folder is shown.
	os.WriteFile(page, good, 0o644)
	setVersion(t, dir, "2026.12-fixed")
	waitFor(t, "the fixed content", 5*time.Second, func() bool { n, _ := rec.counts(); return n == 1 })
	if ex, st := rec.last(); ex.Version != "2026.12-fixed" || !st.Valid || st.Problems != 0 {
		t.Errorf("after the fix: %q %+v", ex.Version, st)
	}
}

func TestWatcher_HalfCopiedFolderIsNeverShown(t *testing.T) {
	dir := copyContent(t)
	_, rec, _ := start(t, dir, 200*time.Millisecond)
	// A USB copy cut short: a picture half written, a section's pages gone.
	img := filepath.Join(dir, "images")
	entries, _ := os.ReadDir(img)
	data, _ := os.ReadFile(filepath.Join(img, entries[0].Name()))
	os.WriteFile(filepath.Join(img, entries[0].Name()), data[:len(data)/3], 0o644)
	os.RemoveAll(filepath.Join(dir, "aftermath"))
	waitFor(t, "the check", 5*time.Second, func() bool { _, n := rec.counts(); return n >= 1 })
	if n, _ := rec.counts(); n != 0 {
		t.Fatal("a half-copied folder was handed to the app")
	}
	if _, st := rec.last(); st.Valid || st.Problems < 2 {
		t.Errorf("status %+v", st)
	}
}

func TestWatcher_PictureCutShortIsRejected(t *testing.T) {
	dir := copyContent(t)
	_, rec, _ := start(t, dir, 200*time.Millisecond)
	img := filepath.Join(dir, "images")
	entries, _ := os.ReadDir(img)
	name := entries[0].Name()
	data, _ := os.ReadFile(filepath.Join(img, name))
	os.WriteFile(filepath.Join(img, name), data[:len(data)/3], 0o644)
	waitFor(t, "the check", 5*time.Second, func() bool { _, n := rec.counts(); return n >= 1 })
	if n, _ := rec.counts(); n != 0 {
		t.Fatal("a folder with a picture cut short was handed to the app")
	}
	if _, st := rec.last(); st.Valid || !strings.Contains(st.First, name) {
		t.Errorf("status %+v", st)
	}
}

func TestWatcher_FolderReplacedWholesaleAndUnchangedCopies(t *testing.T) {
	dir := copyContent(t)
	_, rec, root := start(t, dir, 200*time.Millisecond)
	// rsync or a file manager touching files without changing them: checked, not switched.
	now := time.Now()
	os.Chtimes(filepath.Join(dir, "exhibit.yaml"), now, now)
	waitFor(t, "the check of an unchanged folder", 5*time.Second, func() bool { _, n := rec.counts(); return n >= 1 })
	if n, _ := rec.counts(); n != 0 {
		t.Error("identical content switched again")
	}
	// The folder deleted and copied back with a new version (rm -r; cp -r).
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	time.Sleep(300 * time.Millisecond)
	if _, err := copyTree("../../content", dir); err != nil {
		t.Fatal(err)
	}
	setVersion(t, dir, "2026.12-new")
	waitFor(t, "the new folder", 8*time.Second, func() bool {
		ex, _ := rec.last()
		return ex != nil && ex.Version == "2026.12-new"
	})
	// Syncthing's temporary files are not content and are not copied.
	os.WriteFile(filepath.Join(dir, ".syncthing.exhibit.yaml.tmp"), []byte("partial"), 0o644)
	snap, _, err := Snapshot(dir, root)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(snap, ".syncthing.exhibit.yaml.tmp")); err == nil {
		t.Error("a temporary file was copied into the snapshot")
	}
}

func TestWatcher_KeepsOnlyTheLastSnapshots(t *testing.T) {
	dir := copyContent(t)
	root := filepath.Join(t.TempDir(), "snapshots")
	os.MkdirAll(filepath.Join(root, "20200101T000000-left-over"), 0o755)
	_, _, snap, sum, err := Load(dir, root)
	if err != nil {
		t.Fatal(err)
	}
	rec := &recorder{}
	_, stop, err := Start(context.Background(), Options{Dir: dir, Snapshots: root, Settle: 100 * time.Millisecond, Current: snap, Sum: sum, Apply: rec.apply, Changed: rec.changed})
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	if _, err := os.Stat(filepath.Join(root, "20200101T000000-left-over")); err == nil {
		t.Error("a snapshot of an earlier run was kept")
	}
	for i := 1; i <= 5; i++ {
		setVersion(t, dir, "v"+string(rune('0'+i)))
		waitFor(t, "switch", 5*time.Second, func() bool { n, _ := rec.counts(); return n == i })
	}
	entries, _ := os.ReadDir(root)
	if len(entries) != keepSnapshots {
		t.Errorf("%d snapshots kept, want %d", len(entries), keepSnapshots)
	}
}

func TestStart_FolderThatAppearsLaterIsWatched(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "not-synced-yet")
	if _, _, _, _, err := Load(missing, t.TempDir()); err == nil {
		t.Error("Load of a missing folder")
	}
	rec := &recorder{}
	_, stop, err := Start(context.Background(), Options{Dir: missing, Snapshots: t.TempDir(), Settle: 200 * time.Millisecond, Apply: rec.apply, Changed: rec.changed})
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	if _, err := copyTree("../../content", missing); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the folder's content", 8*time.Second, func() bool { n, _ := rec.counts(); return n == 1 })

	// A file where the folder should be cannot be watched: the error names it.
	file := filepath.Join(t.TempDir(), "file")
	os.WriteFile(file, nil, 0o644)
	if _, _, err := Start(context.Background(), Options{Dir: file, Snapshots: t.TempDir()}); err == nil || !strings.Contains(err.Error(), "content "+file) {
		t.Errorf("%v", err)
	}
}

func TestSnapshotRoot_OnePerFolder(t *testing.T) {
	a, b := SnapshotRoot("/cache", "/srv/a"), SnapshotRoot("/cache", "/srv/b")
	if a == b || !strings.HasPrefix(a, "/cache/content-snapshots/") || a != SnapshotRoot("/cache", "/srv/a") {
		t.Errorf("%s %s", a, b)
	}
}
