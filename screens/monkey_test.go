package screens

// TestMonkey drives the exhibit with random visitor actions — taps on
// whatever can be tapped, taps at random points, swipes, the mouse wheel,
// keys, language and comfort switches, overlays, the radio player on a fake
// clock, window resizes and, in kiosk mode, idle time, the staff gesture and
// PIN pad — and checks after every action that nothing panicked, the window
// shows something, and no visible text is garbled ("%!", a `{placeholder}`)
// or a blank title. At the end the goroutine count must be back where it
// started. Half the actions go to a laptop window, half to a kiosk.
//
//	go test -tags migrated_fynedo -run Monkey ./screens/      # 2,000 actions, < 60 s
//	MONKEY_N=100000 MONKEY_SEED=7 FYNE_CACHE=5s \
//	    go test -tags migrated_fynedo -run Monkey -v -timeout 3h ./screens/
//
// A failure prints the seed and the last actions: run again with the same
// MONKEY_SEED and MONKEY_N to reproduce it.
//
// Two things keep the run's time and memory bounded; both are logged:
//
//   - The test driver has no frame loop, so nothing runs Fyne's cache clean
//     task; a Capture every 10 s runs it as the desktop driver's paint does.
//     Renderers expire after FYNE_CACHE (Fyne's default 1 min; bench/run.sh
//     sets 5s for the long run).
//   - The pictures are shrunk to 120×80 (same aspect ratio): each new screen
//     decodes its pictures again. BenchmarkPageRender measures the real ones;
//     MONKEY_FULL_IMAGES=1 uses them here too.

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"io/fs"
	"math/rand"
	"os"
	"regexp"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"golang.org/x/image/draw"

	contentfiles "budapest1956/content"
	"budapest1956/internal/audio"
	"budapest1956/internal/content"
	"budapest1956/internal/display"
	"budapest1956/internal/ui"
)

const (
	monkeyDefaultN    = 2000
	monkeyDefaultSeed = 1956
	monkeyPIN         = "4827"
	monkeyCleanEvery  = 10500 * time.Millisecond // Fyne cleans at most every 10 s
)

// monkeyClock is the fake time of both the player and the kiosk rules.
type monkeyClock struct{ t time.Time }

func (c *monkeyClock) Now() time.Time { return c.t }

func envInt(t *testing.T, name string, def int64) int64 {
	s := os.Getenv(name)
	if s == "" {
		return def
	}
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		t.Fatalf("%s=%q: %v", name, s, err)
	}
	return v
}

// monkeyRun is what the phases of one run share.
type monkeyRun struct {
	total, done int // actions in the whole run, and in finished phases
	lastClean   time.Time
	paintPanics int // panics in Fyne's software painter (see paint)
	grown       int // actions after which the content needed a bigger window
	grownFirst  string
}

// monkey is one exhibit window being driven at random.
type monkey struct {
	t      *testing.T
	run    *monkeyRun
	rng    *rand.Rand
	a      *App
	win    fyne.Window
	p      *audio.Player
	clock  *monkeyClock
	kiosk  bool
	exits  int
	last   []string // the most recent actions, for the failure report
	counts map[string]int
	spent  map[string]time.Duration // time taken by each kind of action
	slow   map[string]time.Duration // the slowest of each kind
	step   int
	seed   int64
	asked  fyne.Size // the window size the monkey set
}

var placeholder = regexp.MustCompile(`\{[a-z_]+\}`)

// smallPictureExhibit is the built-in exhibit with every PNG scaled down by
// ten in each direction.
func smallPictureExhibit(t *testing.T) *content.Exhibit {
	t.Helper()
	files := fstest.MapFS{}
	err := fs.WalkDir(contentfiles.Files, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(contentfiles.Files, path)
		if err != nil {
			return err
		}
		if strings.HasSuffix(path, ".png") {
			img, err := png.Decode(bytes.NewReader(data))
			if err != nil {
				return fmt.Errorf("%s: %w", path, err)
			}
			b := img.Bounds()
			small := image.NewNRGBA(image.Rect(0, 0, max(1, b.Dx()/10), max(1, b.Dy()/10)))
			draw.ApproxBiLinear.Scale(small, small.Bounds(), img, b, draw.Src, nil)
			var buf bytes.Buffer
			if err := png.Encode(&buf, small); err != nil {
				return err
			}
			data = buf.Bytes()
		}
		files[path] = &fstest.MapFile{Data: data}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	ex, probs := content.Load(files, "content")
	if ex == nil || len(probs) > 0 {
		t.Fatalf("the exhibit with small pictures does not load cleanly:\n%s", probs)
	}
	return ex
}

func newMonkey(t *testing.T, run *monkeyRun, ex *content.Exhibit, rng *rand.Rand, seed int64, kiosk bool) *monkey {
	ui.Apply(false, 1)
	win := test.NewWindow(nil)
	win.SetPadded(false)
	win.Resize(fyne.NewSize(1920, 1080))
	clock := &monkeyClock{t: time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)}
	p := audio.NewPlayer(nil, audio.Options{Clock: clock, TickInterval: -1, Seed: uint64(seed)})
	m := &monkey{t: t, run: run, rng: rng, win: win, p: p, clock: clock, kiosk: kiosk, seed: seed, asked: win.Canvas().Size(),
		counts: map[string]int{}, spent: map[string]time.Duration{}, slow: map[string]time.Duration{}}
	m.a = New(win, ex, Options{Player: p, Background: now, Do: direct, Speech: &fakeSpeech{}})
	if kiosk {
		m.a.EnableKiosk(KioskOptions{
			Idle: 90 * time.Second, Warning: 30 * time.Second, PIN: monkeyPIN,
			Now: clock.Now, Exit: func() { m.exits++ },
		}, false)
	}
	return m
}

func (m *monkey) close() {
	if m.kiosk {
		m.a.StopKiosk()
	}
	m.a.stopAudio()
	m.p.Close()
	m.win.Close()
}

func (m *monkey) pick(n int) int { return m.rng.Intn(n) }

func (m *monkey) note(format string, args ...any) {
	s := fmt.Sprintf("%d: ", m.step) + fmt.Sprintf(format, args...)
	m.last = append(m.last, s)
	if len(m.last) > 40 {
		m.last = m.last[len(m.last)-40:]
	}
}

func (m *monkey) fail(format string, args ...any) {
	m.t.Helper()
	where, page := m.a.Where()
	m.t.Fatalf("monkey (MONKEY_SEED=%d MONKEY_N=%d, kiosk %v) failed at action %d of this phase on %q page %d: %s\nlast actions:\n  %s",
		m.seed, m.run.total, m.kiosk, m.step, where, page, fmt.Sprintf(format, args...), strings.Join(m.last, "\n  "))
}

// languageButton tells the language toggle: a tap paginates again (tens of
// ms), and every bar has one per language.
func (m *monkey) languageButton(o any) bool {
	b, ok := o.(*ui.Button)
	if !ok {
		return false
	}
	for _, l := range m.a.ex.Languages {
		if b.Text == l.Name || b.Text == strings.ToUpper(l.Code) {
			return true
		}
	}
	return false
}

// tappables lists what a finger can tap on the window now.
func (m *monkey) tappables() []fyne.Tappable {
	var out []fyne.Tappable
	walk(m.win, func(o fyne.CanvasObject) {
		if t, ok := o.(fyne.Tappable); ok {
			out = append(out, t)
		}
	})
	return out
}

// tappableAt is the object a tap at pos would reach (the last one drawn).
func (m *monkey) tappableAt(pos fyne.Position) fyne.CanvasObject {
	var hit fyne.CanvasObject
	d := fyne.CurrentApp().Driver()
	walk(m.win, func(o fyne.CanvasObject) {
		if _, ok := o.(fyne.Tappable); !ok {
			return
		}
		p, s := d.AbsolutePositionForObject(o), o.Size()
		if pos.X >= p.X && pos.Y >= p.Y && pos.X < p.X+s.Width && pos.Y < p.Y+s.Height {
			hit = o
		}
	})
	return hit
}

func describe(o any) string {
	switch v := o.(type) {
	case *ui.Button:
		if v.Text == "" && v.Icon != nil {
			return fmt.Sprintf("button [%s]", v.Icon.Name())
		}
		return fmt.Sprintf("button %q", v.Text)
	case *ui.TapText:
		return fmt.Sprintf("tap text %q", display.Shorten(v.Label.Text, 30))
	case *ui.Tile:
		return "tile"
	case nil:
		return "nothing"
	}
	return fmt.Sprintf("%T", o)
}

// monkeyKeys: page turns more often than the rest, as visitors do.
var monkeyKeys = []fyne.KeyName{
	fyne.KeyRight, fyne.KeyLeft, fyne.KeyPageDown, fyne.KeyPageUp, fyne.KeyEscape, fyne.KeyHome,
	fyne.KeyRight, fyne.KeyLeft, fyne.KeyRight, fyne.KeyLeft, fyne.KeySpace, fyne.KeyV, fyne.KeySpace,
	fyne.KeyReturn, fyne.KeyX, fyne.KeyL, fyne.KeyR, fyne.KeyC,
}

var monkeySizes = []fyne.Size{{Width: 1920, Height: 1080}, {Width: 1080, Height: 1920}, {Width: 1280, Height: 800}, {Width: 1024, Height: 640}}

// advance moves the fake clock: the player's position and the kiosk's idle
// rules follow it as the app's tickers would make them.
func (m *monkey) advance(d time.Duration) {
	const step = 250 * time.Millisecond
	var sinceTick time.Duration
	for ; d > 0; d -= step {
		m.clock.t = m.clock.t.Add(step)
		m.p.Update()
		if sinceTick += step; m.kiosk && sinceTick >= time.Second {
			sinceTick = 0
			m.a.kioskTick()
		}
	}
}

type monkeyAction struct {
	name   string
	weight int
	do     func()
}

// actions are what the monkey can do, with how often it does each.
func (m *monkey) actions() []monkeyAction {
	a, c := m.a, m.win.Canvas()
	size := c.Size()
	acts := []monkeyAction{
		{"tap", 30, func() {
			ts := m.tappables()
			if len(ts) == 0 {
				m.note("tap: nothing tappable")
				return
			}
			o := ts[m.pick(len(ts))]
			if m.languageButton(o) && m.pick(3) > 0 {
				o = ts[m.pick(len(ts))] // see languageButton
			}
			m.note("tap %s", describe(o))
			test.Tap(o)
		}},
		{"tap-at", 10, func() {
			pos := fyne.NewPos(float32(m.rng.Float64())*size.Width, float32(m.rng.Float64())*size.Height)
			m.note("tap at %.0f,%.0f: %s", pos.X, pos.Y, describe(m.tappableAt(pos)))
			test.TapCanvas(c, pos)
		}},
		{"swipe", 12, func() {
			sw := find[*ui.Swipe](m.win)
			pos := fyne.NewPos(size.Width/2, size.Height/2)
			if len(sw) > 0 {
				s := sw[0]
				pos = fyne.CurrentApp().Driver().AbsolutePositionForObject(s).Add(
					fyne.NewPos(float32(m.rng.Float64())*s.Size().Width, float32(m.rng.Float64())*s.Size().Height))
			}
			dx, dy := float32(m.rng.NormFloat64()*250), float32(m.rng.NormFloat64()*120)
			m.note("drag at %.0f,%.0f by %.0f,%.0f", pos.X, pos.Y, dx, dy)
			test.Drag(c, pos, dx, dy)
		}},
		{"scroll", 3, func() {
			dy := float32(m.rng.NormFloat64() * 40)
			m.note("scroll %.0f", dy)
			test.Scroll(c, fyne.NewPos(size.Width/2, size.Height/2), 0, dy)
		}},
		{"key", 15, func() {
			k := monkeyKeys[m.pick(len(monkeyKeys))]
			m.note("key %s", k)
			c.OnTypedKey()(&fyne.KeyEvent{Name: k})
		}},
		{"rune", 1, func() {
			r := []rune{'+', '-', '=', '−', 'x'}[m.pick(5)]
			m.note("rune %q", r)
			c.OnTypedRune()(r)
		}},
		{"focus", 3, func() {
			c.FocusNext()
			f := c.Focused()
			m.note("tab, enter on %s", describe(f))
			if f != nil {
				f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
			}
		}},
		{"language", 5, func() {
			l := a.ex.Languages[m.pick(len(a.ex.Languages))].Code
			if m.pick(10) == 0 {
				l = "xx" // not an exhibit language: ignored
			}
			m.note("language %s", l)
			a.SetLanguage(l)
		}},
		{"access", 2, func() {
			switch m.pick(4) {
			case 0:
				m.note("toggle reach")
				a.toggleReach()
			case 1:
				m.note("toggle contrast")
				a.toggleContrast()
			case 2:
				m.note("step text")
				a.stepText(1 - 2*m.pick(2))
			default:
				acc := Access{Reach: m.pick(2) == 0, TextScale: []float32{1, 1.5, 2, 3}[m.pick(4)],
					HighContrast: m.pick(2) == 0, ReducedMotion: m.pick(2) == 0}
				m.note("access %+v", acc)
				a.SetAccess(acc)
			}
		}},
		{"navigate", 8, func() {
			s := a.ex.Sections[m.pick(len(a.ex.Sections))]
			switch m.pick(8) {
			case 0:
				m.note("home")
				a.ShowHome()
			case 1, 2:
				page := m.pick(len(s.Pages)+2) - 1 // out of range too: clamped
				m.note("section %s page %d", s.ID, page)
				a.ShowSection(s.ID, page)
			case 3:
				m.note("next")
				a.Next()
			case 4:
				m.note("previous")
				a.Previous()
			case 5:
				m.note("library")
				a.ShowLibrary()
			case 6:
				m.note("radio")
				a.ShowRadio()
			default:
				where := []string{"home", "radio", "no-such-screen", s.Pages[m.pick(len(s.Pages))].ID,
					a.ex.Broadcasts[m.pick(len(a.ex.Broadcasts))].ID}[m.pick(5)]
				m.note("open %s", where)
				_ = a.Open(where)
			}
		}},
		{"overlay", 4, func() {
			switch {
			case m.pick(3) == 0:
				m.note("close overlays")
				a.closeOverlays()
			case a.story() != nil && a.story().views != nil && a.story().view < len(a.story().views):
				p := a.story().section.Pages[a.story().views[a.story().view].page]
				m.note("sources of %s", p.ID)
				a.showSources(p)
			default:
				m.note("escape")
				c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
			}
		}},
		{"radio", 6, func() {
			switch m.pick(6) {
			case 0:
				b := a.ex.Broadcasts[m.pick(len(a.ex.Broadcasts))]
				m.note("broadcast %s", b.ID)
				var back *Route
				if m.pick(2) == 0 {
					back = &Route{Kind: RouteRadio}
				}
				a.ShowBroadcast(b.ID, back)
			case 1, 2:
				if ps, ok := a.cur.(*playerScreen); ok {
					m.note("play/pause")
					ps.togglePlay()
				} else {
					m.note("space")
					c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeySpace})
				}
			case 3:
				m.note("stop")
				m.p.Stop()
			case 4:
				cue := m.pick(40) - 2
				m.note("seek to cue %d", cue)
				_ = m.p.SeekToCue(cue)
			default:
				d := 0.2 - 0.4*m.rng.Float64()
				m.note("volume %+.1f", d)
				a.changeVolume(d)
			}
		}},
		{"time", 6, func() {
			d := time.Duration(m.rng.Int63n(int64(30 * time.Second)))
			m.note("wait %v", d.Round(time.Millisecond))
			m.advance(d)
		}},
		{"resize", 1, func() {
			s := monkeySizes[m.pick(len(monkeySizes))]
			m.note("resize %v", s)
			m.asked = s
			m.win.Resize(s)
		}},
	}
	if m.kiosk {
		acts = append(acts,
			monkeyAction{"idle", 2, func() {
				d := 60*time.Second + time.Duration(m.rng.Int63n(int64(90*time.Second)))
				m.note("idle %v", d.Round(time.Second))
				m.advance(d)
			}},
			monkeyAction{"staff", 2, func() {
				m.note("staff corner ×5")
				for i := 0; i < 5; i++ {
					a.cornerTap()
				}
				pin := monkeyPIN
				if m.pick(3) == 0 {
					pin = fmt.Sprintf("%04d", m.pick(10000))
				}
				m.note("PIN %s", pin)
				for _, d := range pin + "K" {
					for _, b := range find[*ui.Button](m.win) {
						if b.Text == string(d) || (d == 'K' && b.Text == a.label("ok")) {
							test.Tap(b)
							break
						}
					}
				}
			}},
		)
	}
	return acts
}

// act does one random action.
func (m *monkey) act() {
	acts := m.actions()
	total := 0
	for _, ac := range acts {
		total += ac.weight
	}
	r := m.pick(total)
	for _, ac := range acts {
		if r < ac.weight {
			m.counts[ac.name]++
			start := time.Now()
			ac.do()
			d := time.Since(start)
			m.spent[ac.name] += d
			m.slow[ac.name] = max(m.slow[ac.name], d)
			return
		}
		r -= ac.weight
	}
}

// check looks at what is on the window after an action and returns what
// is wrong with it.
func (m *monkey) check() []string {
	if m.win.Content() == nil {
		return []string{"the window has no content"}
	}
	titles := 0
	var problems []string
	var visit func(o fyne.CanvasObject, main bool)
	visit = func(o fyne.CanvasObject, main bool) {
		if o == nil || !o.Visible() {
			return
		}
		var text string
		switch v := o.(type) {
		case *widget.Label:
			text = v.Text
			switch v.SizeName {
			case ui.SizeTitle, ui.SizeHeading, ui.SizeBar:
				if strings.TrimSpace(v.Text) == "" {
					problems = append(problems, fmt.Sprintf("an empty %s label", v.SizeName))
				} else if main {
					titles++
				}
			}
		case *ui.Button:
			text = v.Text
		case *canvas.Text:
			text = v.Text
		}
		if strings.Contains(text, "%!") {
			problems = append(problems, fmt.Sprintf("garbled text %q", text))
		}
		if ph := placeholder.FindString(text); ph != "" {
			problems = append(problems, fmt.Sprintf("unfilled %s in %q", ph, text))
		}
		switch v := o.(type) {
		case *fyne.Container:
			for _, c := range v.Objects {
				visit(c, main)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(v).Objects() {
				visit(c, main)
			}
		}
	}
	visit(m.win.Content(), true)
	for _, o := range m.win.Canvas().Overlays().List() {
		visit(o, false)
	}
	if titles == 0 {
		problems = append(problems, "no title on the screen")
	}
	if id, _ := m.a.Where(); id != "" && id != "library" && id != "radio" {
		if i, n := m.a.View(); n > 0 && (i < 0 || i >= n) {
			problems = append(problems, fmt.Sprintf("view %d of %d", i, n))
		}
	}
	if m.a.State() == "" {
		problems = append(problems, "no state for the heartbeat")
	}
	return problems
}

func heapMB() int64 { return heapBytes() >> 20 }

// paint draws the window with Fyne's software painter (as `budapest1956
// render` does); a panic there fails the run with where it happened (proof
// sheets are drawn by the same painter).
func (m *monkey) paint() {
	defer func() {
		if r := recover(); r != nil {
			where, page := m.a.Where()
			msg := fmt.Sprintf("panic while painting the %v window on %q page %d (access %+v): %v", m.win.Canvas().Size(), where, page, m.a.visit.Access, r)
			m.run.paintPanics++
			m.fail("%s\n%s", msg, debug.Stack())
		}
	}()
	m.win.Canvas().Capture()
}

// drive does n actions, checking after each; a panic fails with the seed.
func (m *monkey) drive(n int) {
	for m.step = 0; m.step < n; m.step++ {
		if time.Since(m.run.lastClean) > monkeyCleanEvery {
			m.paint() // runs Fyne's cache clean task, as a frame would
			m.run.lastClean = time.Now()
		}
		if done := m.run.done + m.step; done > 0 && done%10000 == 0 {
			m.t.Logf("%d actions: heap %d MB, %d goroutines", done, heapMB(), runtime.NumGoroutine())
		}
		func() {
			defer func() {
				if r := recover(); r != nil {
					m.fail("panic: %v\n%s", r, debug.Stack())
				}
			}()
			m.act()
			if got := m.win.Canvas().Size(); got.Width > m.asked.Width+1 || got.Height > m.asked.Height+1 {
				// The content's minimum size is bigger than the window: on a
				// real screen something is cut off.
				where, page := m.a.Where()
				m.run.grown++
				m.fail("content cut off: %q page %d at %+v needs %v in a %v window", where, page, m.a.visit.Access, got, m.asked)
			}
			start := time.Now()
			problems := m.check()
			m.spent["(check)"] += time.Since(start)
			if len(problems) > 0 {
				m.fail("%s", strings.Join(problems, "; "))
			}
		}()
	}
}

func (m *monkey) report(elapsed time.Duration) {
	where, _ := m.a.Where()
	m.t.Logf("kiosk=%v: %d actions in %v (%.0f/s), ended on %q; staff exits %d; checks took %v",
		m.kiosk, m.step, elapsed.Round(time.Millisecond), float64(m.step)/elapsed.Seconds(), where, m.exits,
		m.spent["(check)"].Round(time.Millisecond))
	m.t.Logf("  %-9s %7s %9s %9s", "action", "count", "mean ms", "max ms")
	var names []string
	for k := range m.counts {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, name := range names {
		m.t.Logf("  %-9s %7d %9.1f %9.1f", name, m.counts[name],
			ms(m.spent[name])/float64(m.counts[name]), ms(m.slow[name]))
	}
}

func TestMonkey(t *testing.T) {
	n := int(envInt(t, "MONKEY_N", monkeyDefaultN))
	if testing.Short() && os.Getenv("MONKEY_N") == "" {
		n = monkeyDefaultN / 8 // the -race run: fewer actions, every kind of them
	}
	seed := envInt(t, "MONKEY_SEED", monkeyDefaultSeed)
	run := &monkeyRun{total: max(n, 1), lastClean: time.Now()}
	t.Logf("MONKEY_SEED=%d MONKEY_N=%d FYNE_CACHE=%q", seed, n, os.Getenv("FYNE_CACHE"))
	before := runtime.NumGoroutine()
	heapBefore := heapMB()
	test.NewTempApp(t)
	defer func() { ui.ReducedMotion = false }()
	start := time.Now()
	rng := rand.New(rand.NewSource(seed))
	var ex *content.Exhibit
	if os.Getenv("MONKEY_FULL_IMAGES") == "1" {
		ex = loadExhibit(t)
	} else {
		ex = smallPictureExhibit(t)
	}
	for _, kiosk := range []bool{false, true} {
		count := n / 2
		if kiosk {
			count = n - n/2
		}
		m := newMonkey(t, run, ex, rng, seed, kiosk)
		phase := time.Now()
		m.drive(count)
		m.report(time.Since(phase))
		run.done += count
		m.close()
	}
	elapsed := time.Since(start)
	// Goroutines: back to the start (a little slack for the runtime).
	var after int
	for deadline := time.Now().Add(3 * time.Second); ; {
		runtime.GC()
		after = runtime.NumGoroutine()
		if after <= before+2 || time.Now().After(deadline) {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Logf("%d actions in %v (%.0f/s); goroutines %d before, %d after; heap %d MB before, %d MB after; software painter panics %d",
		n, elapsed.Round(time.Millisecond), float64(n)/elapsed.Seconds(), before, after, heapBefore, heapMB(), run.paintPanics)
	if run.grown > 0 {
		t.Logf("after %d actions the screen needed a bigger window than it had; the first: %s", run.grown, run.grownFirst)
	}
	if after > before+2 {
		var b strings.Builder
		pprof.Lookup("goroutine").WriteTo(&b, 1)
		t.Fatalf("goroutine leak: %d before, %d after (MONKEY_SEED=%d)\n%s", before, after, seed, b.String())
	}
}

// TestMonkey_CheckCatchesGarbledAndEmptyTexts makes sure the monkey's
// check would see what it looks for.
func TestMonkey_CheckCatchesGarbledAndEmptyTexts(t *testing.T) {
	test.NewTempApp(t)
	m := newMonkey(t, &monkeyRun{total: 1}, smallPictureExhibit(t), rand.New(rand.NewSource(1)), 1, false)
	defer m.close()
	m.a.ShowSection("crushing", 1)
	if p := m.check(); len(p) > 0 {
		t.Fatalf("a good page fails the check: %q", p)
	}
	plant := func(size fyne.ThemeSizeName, text string) {
		for _, l := range find[*widget.Label](m.win) {
			if l.SizeName == size {
				l.SetText(text)
				return
			}
		}
		t.Fatalf("no %s label on the page", size)
	}
	plant(ui.SizeBody, "%!d(string=x)")
	if p := m.check(); len(p) == 0 {
		t.Error("a garbled label passed the check")
	}
	m.a.ShowSection("crushing", 1)
	plant(ui.SizeBar, " ")
	if p := m.check(); len(p) == 0 {
		t.Error("an empty title passed the check")
	}
}
