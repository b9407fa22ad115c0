package screens

import (
	"log"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"budapest1956/internal/audio"
	"budapest1956/internal/content"
	"budapest1956/internal/display"
	"budapest1956/internal/ui"
)

// Radio 1956 as a radio: a 1950s valve set (internal/ui.Dial) whose glass
// carries every broadcast in time order. Turning the dial hisses between
// stations (the radio filter's own noise) and tunes to a broadcast when let
// go; a tap on a day tunes to that day's first broadcast. The magic eye
// follows the sound, the captions run under the dial, and the plain list
// (radio.go) is one tap away.

// radioSetScreen is the set, tuned to one broadcast.
type radioSetScreen struct {
	a       *App
	route   Route
	lang    string // the language of the narration loaded
	chapter string // the section the visitor came from: its broadcasts are marked
	cur     int    // index into a.ex.Broadcasts

	loading bool
	errText string
	gen     int          // which load is current
	current atomic.Int64 // gen, for the loading goroutines
	loadMu  sync.Mutex   // one load at a time; a stale one is skipped
	hissing bool         // the tuning noise, not a broadcast, is loaded

	seq     uint64
	cue     int
	playing audio.State

	// decoded narrations of the broadcasts beside the one tuned (the next
	// drag most likely lands there), by audio file: they play at once.
	// Read and written on the UI goroutine only.
	cache map[string]decodedNarration

	dial     *ui.Dial
	captions *fyne.Container
	title    *widget.Label
	where    *widget.Label
	notice   *widget.Label
	play     *ui.Button
	anim     *fyne.Animation
}

func newRadioSetScreen(a *App, r Route) *radioSetScreen {
	s := &radioSetScreen{a: a, route: r, cue: -1}
	if r.Back != nil && r.Back.Kind == RouteStory {
		s.chapter = r.Back.Section
	}
	first := -1
	for i, b := range a.ex.Broadcasts {
		if b.ID == r.Broadcast {
			s.cur = i
			return s
		}
		if first < 0 && s.marked(b) {
			first = i
		}
	}
	s.cur = max(first, 0)
	return s
}

// marked reports whether a page of the chapter the visitor came from links b.
func (r *radioSetScreen) marked(b *content.Broadcast) bool {
	sec := r.a.ex.Section(r.chapter)
	if sec == nil {
		return false
	}
	for _, p := range sec.Pages {
		if p.Broadcast == b.ID {
			return true
		}
	}
	return false
}

func (r *radioSetScreen) place() string { return r.a.label("radio") }

// dialSpoken names the dial by what it is tuned to.
func (r *radioSetScreen) dialSpoken() string {
	a := r.a
	if r.dial == nil || r.dial.Tuned < 0 {
		return a.label("audio_dial_between")
	}
	b := r.broadcast()
	if b == nil {
		return a.label("audio_dial_between")
	}
	return a.labelf("audio_dial", a.text(b.Station)+", "+display.When(a.ex, b, a.visit.Lang)+": "+display.BroadcastTitle(a.ex, b, a.visit.Lang))
}

func (r *radioSetScreen) state() string {
	if len(r.a.ex.Broadcasts) == 0 {
		return "radio"
	}
	return "radio:set:" + r.a.ex.Broadcasts[r.cur].ID
}

// enter takes the player's events and loads the broadcast tuned to.
func (r *radioSetScreen) enter() {
	a := r.a
	a.player.SetOnChange(func(e audio.Event) { a.do(func() { r.event(e) }) })
	r.load(false)
}

// leave gives the player's events back to the app, stops the sound and
// any needle still moving.
func (r *radioSetScreen) leave() {
	a := r.a
	r.gen++
	r.current.Store(int64(r.gen))
	if r.anim != nil {
		r.anim.Stop()
	}
	a.player.SetOnChange(func(e audio.Event) { a.do(func() { a.playerEvent(e) }) })
	r.heard()
	a.player.Stop()
	a.SetPlaying(false)
	r.cache = nil
}

// heard records, for the visit statistics, how much of the broadcast on
// the set was heard, before the set tunes away from it or is left.
func (r *radioSetScreen) heard() {
	a, b := r.a, r.broadcast()
	v := a.visits()
	if v == nil || b == nil || a.player.Name() != b.AudioFile(r.lang) || a.player.Position() == 0 {
		return
	}
	v.Broadcast(b.ID, r.lang, a.player.Position(), a.player.Duration())
}

func (r *radioSetScreen) broadcast() *content.Broadcast {
	if len(r.a.ex.Broadcasts) == 0 {
		return nil
	}
	return r.a.ex.Broadcasts[r.cur]
}

// load reads and decodes the tuned broadcast off the UI goroutine (as the
// player does); play starts it as soon as it is ready.
func (r *radioSetScreen) load(play bool) {
	a, b, lang := r.a, r.broadcast(), r.a.visit.Lang
	r.gen++
	gen := r.gen
	r.current.Store(int64(gen))
	r.lang = lang
	r.hissing, r.cue, r.errText = false, -1, ""
	if b == nil {
		return
	}
	if !b.Narrated(lang) {
		a.player.Stop()
		r.loading = false
		return
	}
	r.loading = true
	d, ready := r.cache[b.AudioFile(lang)]
	a.bg("radio set "+b.ID, func() {
		r.loadMu.Lock()
		defer r.loadMu.Unlock()
		if r.current.Load() != int64(gen) {
			return // tuned on meanwhile
		}
		var err error
		if ready {
			err = a.player.LoadPCM(b.AudioFile(lang), d.pcm, d.cues)
		} else {
			err = loadNarration(a, b, lang)
		}
		if err == nil && play && r.current.Load() == int64(gen) {
			// At once, from here: the UI goroutine may be busy drawing
			// the needle, and a tap must sound within 100 ms.
			a.player.Play()
		}
		a.do(func() {
			if a.cur != screen(r) || r.gen != gen {
				return
			}
			r.loading = false
			if err != nil {
				log.Printf("radio: %v", err)
				r.errText = a.labelf("audio_error", err.Error())
			}
			r.refresh()
			r.prefetch()
		})
	})
}

type decodedNarration struct {
	pcm  []float32
	cues []audio.Cue
}

// prefetch decodes the broadcasts on either side of the tuned one in the
// background, and forgets the others.
func (r *radioSetScreen) prefetch() {
	a, lang := r.a, r.a.visit.Lang
	keep := map[string]bool{}
	for _, i := range []int{r.cur - 1, r.cur + 1} {
		if i < 0 || i >= len(a.ex.Broadcasts) || !a.ex.Broadcasts[i].Narrated(lang) {
			continue
		}
		b := a.ex.Broadcasts[i]
		name := b.AudioFile(lang)
		keep[name] = true
		if _, ok := r.cache[name]; ok {
			continue
		}
		a.bg("radio set prefetch "+b.ID, func() {
			d, err := decodeNarration(a, b, lang)
			if err != nil {
				return // tuning there loads it again and says what is wrong
			}
			a.do(func() {
				if a.cur != screen(r) {
					return
				}
				if r.cache == nil {
					r.cache = map[string]decodedNarration{}
				}
				r.cache[name] = d
			})
		})
	}
	for name := range r.cache {
		if !keep[name] {
			delete(r.cache, name)
		}
	}
}

// decodeNarration reads and decodes a narration and its cues; off the UI
// goroutine.
func decodeNarration(a *App, b *content.Broadcast, lang string) (decodedNarration, error) {
	ogg, err := a.ex.ReadFile(b.AudioFile(lang))
	if err != nil {
		return decodedNarration{}, err
	}
	data, err := a.ex.ReadFile(b.CuesFile(lang))
	if err != nil {
		return decodedNarration{}, err
	}
	cf, err := audio.ParseCues(data)
	if err != nil {
		return decodedNarration{}, err
	}
	pcm, err := audio.Decode(ogg)
	return decodedNarration{pcm, cf.Cues}, err
}

// tuningNoise is the hiss between stations, made once.
var tuningNoise = sync.OnceValue(func() []float32 { return audio.TuningNoise(20*time.Second, 1956) })

// hiss plays the set's noise while the needle is between stations.
func (r *radioSetScreen) hiss() {
	if r.hissing {
		return
	}
	a := r.a
	r.heard()
	r.gen++
	gen := r.gen
	r.current.Store(int64(gen))
	r.hissing, r.loading, r.cue = true, false, -1
	r.fillCaptions()
	r.setPlayButton()
	a.bg("radio set noise", func() {
		r.loadMu.Lock()
		defer r.loadMu.Unlock()
		if r.current.Load() != int64(gen) {
			return
		}
		if err := a.player.LoadPCM("tuning", tuningNoise(), nil); err != nil {
			log.Printf("radio: %v", err)
			return
		}
		if r.current.Load() == int64(gen) {
			a.player.Play()
		}
	})
}

// tune settles the needle on broadcast i and plays it.
func (r *radioSetScreen) tune(i int) {
	a := r.a
	a.touched()
	i = clamp(i, 0, len(a.ex.Broadcasts)-1)
	r.heard()
	from := r.dial.Pos
	r.cur = i
	r.moveNeedle(from, float32(i))
	r.load(true)
	r.refresh()
	a.noteState()
}

// moveNeedle glides the needle to its station; with reduced motion it is
// there at once.
func (r *radioSetScreen) moveNeedle(from, to float32) {
	if r.anim != nil {
		r.anim.Stop()
		r.anim = nil
	}
	tuned := int(to)
	if ui.ReducedMotion || from == to || r.dial.Dragging() {
		r.dial.SetPos(to, tuned)
		return
	}
	r.dial.SetPos(from, tuned)
	r.anim = fyne.NewAnimation(250*time.Millisecond, func(f float32) {
		r.dial.SetPos(from+(to-from)*f, tuned)
	})
	r.anim.Curve = fyne.AnimationEaseOut
	r.anim.Start()
}

// event applies a player event on the UI goroutine: the magic eye, the
// captions and the play button follow the sound.
func (r *radioSetScreen) event(e audio.Event) {
	a := r.a
	if e.Seq < r.seq || a.cur != screen(r) {
		return
	}
	r.seq = e.Seq
	changed := e.State != r.playing
	r.playing = e.State
	a.SetPlaying(e.State == audio.StatePlaying && !r.hissing)
	if r.dial != nil {
		r.dial.SetLevel(r.level())
	}
	if !r.hissing && e.Cue != r.cue {
		r.cue = e.Cue
		r.fillCaptions()
	}
	if changed && r.play != nil {
		r.setPlayButton()
	}
}

// level is the magic eye's opening: the sound's loudness; with reduced
// motion a steady eye, open while a broadcast plays.
func (r *radioSetScreen) level() float32 {
	if r.playing != audio.StatePlaying {
		return 0
	}
	if r.hissing {
		if ui.ReducedMotion {
			return 0.15
		}
		return float32(r.a.player.Level()) * 0.3
	}
	if ui.ReducedMotion {
		return 0.9
	}
	return 0.35 + 0.65*float32(r.a.player.Level())
}

func (r *radioSetScreen) togglePlay() {
	a, b := r.a, r.broadcast()
	a.touched()
	if b == nil || r.loading || r.errText != "" || !b.Narrated(a.visit.Lang) {
		return
	}
	if r.hissing {
		r.tune(r.cur)
		return
	}
	a.playPause()
}

func (r *radioSetScreen) setPlayButton() {
	a := r.a
	a.showPlaying(r.play, r.playing == audio.StatePlaying && !r.hissing)
	if r.loading || r.errText != "" || !r.broadcast().Narrated(a.visit.Lang) {
		r.play.Disable()
	} else {
		r.play.Enable()
	}
}

// dialStation is the short name of a broadcast's station printed on the
// glass: its station up to the first comma, bracket or colon.
func dialStation(s string) string {
	if i := strings.IndexAny(s, ",(:"); i > 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}

// dialMarks are the broadcasts and their days for the glass and the scale.
func (r *radioSetScreen) dialMarks() ([]ui.DialMark, []ui.DialDay) {
	a := r.a
	months := strings.Fields(a.label("months"))
	var marks []ui.DialMark
	var days []ui.DialDay
	last := ""
	for _, b := range a.ex.Broadcasts {
		if b.Date != last {
			last = b.Date
			bottom := ""
			if parts := strings.Split(b.Date, "-"); len(parts) == 3 {
				if m := atoi(parts[1]); m >= 1 && m <= len(months) {
					bottom = string([]rune(months[m-1])[:3])
				}
				if parts[0] != "1956" {
					bottom += " " + parts[0]
				}
			}
			days = append(days, ui.DialDay{Top: display.DayOfMonth(b.Date), Bottom: bottom})
		}
		marks = append(marks, ui.DialMark{Station: dialStation(a.text(b.Station)), Day: len(days) - 1, Marked: r.marked(b)})
	}
	return marks, days
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return -1
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// build: the top bar, the set, what is tuned and its captions, and the
// controls (play, the list, the player with the whole text).
func (r *radioSetScreen) build() fyne.CanvasObject {
	a := r.a
	if r.lang != "" && r.lang != a.visit.Lang {
		// The language changed: the same broadcast in the new narration.
		r.load(a.player.State() == audio.StatePlaying)
	}
	top := a.topBar(a.label("radio"))
	marks, days := r.dialMarks()
	r.dial = ui.NewDial(marks, days, r.cur)
	r.dial.FocusOnShow = true
	r.dial.OnTune = r.tune
	r.dial.OnMove = func(float32) { r.hiss() }
	r.dial.OnPress = r.togglePlay
	r.dial.Level = r.level()
	r.dial.Spoken.Spoken = r.dialSpoken()

	r.title = ui.NewParagraph("", ui.SizeHeading, fyne.TextStyle{Bold: true, Italic: true})
	r.where = ui.NewParagraph("", ui.SizeBody, fyne.TextStyle{})
	r.notice = ui.NewParagraph("", ui.SizeSmall, fyne.TextStyle{Bold: true})
	r.notice.Importance = widget.WarningImportance
	r.captions = container.NewVBox()

	r.play = ui.NewButton("", nil, r.togglePlay)
	r.play.Importance = widget.HighImportance
	list := ui.NewButton(a.label("radio_list"), theme.ListIcon(), func() {
		a.navigate(Route{Kind: RouteRadioList})
	})
	details := ui.NewButton(a.label("radio_details"), theme.DocumentIcon(), func() {
		back := r.route
		back.Broadcast = r.broadcast().ID
		a.ShowBroadcast(r.broadcast().ID, &back)
	})
	bottom := container.NewBorder(nil, nil, r.play, container.NewHBox(details, list))
	r.refresh()

	info := container.New(&fitStack{}, r.title, r.where, r.notice, r.captions)
	body := container.New(&radioSetLayout{}, r.dial, info)
	l := &barsLayout{reach: a.visit.Access.Reach}
	return container.NewPadded(container.New(l, top, body, bottom))
}

// refresh shows what the set is tuned to without building the screen
// again (the dial keeps its focus and its needle).
func (r *radioSetScreen) refresh() {
	a, b := r.a, r.broadcast()
	if r.dial == nil || b == nil {
		return
	}
	r.title.SetText(display.BroadcastTitle(a.ex, b, a.visit.Lang))
	r.dial.Spoken.Spoken = r.dialSpoken()
	r.where.SetText(a.text(b.Station) + "  ·  " + display.When(a.ex, b, a.visit.Lang))
	var notes []string
	if !a.player.HasSound() {
		notes = append(notes, a.label("captions_only"))
	}
	if r.loading {
		notes = append(notes, a.label("audio_loading"))
	}
	if !b.Narrated(a.visit.Lang) {
		notes = append(notes, a.text(b.NoNarration[a.visit.Lang]))
	}
	if r.errText != "" {
		notes = append(notes, r.errText)
	}
	r.notice.SetText(strings.Join(notes, "\n"))
	r.notice.Hidden = len(notes) == 0
	r.fillCaptions()
	r.setPlayButton()
}

// fillCaptions: the sentence on air between the one before and the one
// after, as in the player (captionRows); none while the set hisses.
func (r *radioSetScreen) fillCaptions() {
	if r.captions == nil {
		return
	}
	if r.hissing {
		r.captions.Objects = nil
	} else {
		// A short window (a laptop) has room under the dial for the
		// sentence on air only in smaller type.
		size := ui.SizeBody
		if r.a.win.Canvas().Size().Height < 900 {
			size = ui.SizeSmall
		}
		r.captions.Objects = captionRows(r.a, r.broadcast(), r.cue, false, false, size)
	}
	r.captions.Refresh()
}

// radioSetLayout: the set above, what is tuned and its captions under the
// dial.
type radioSetLayout struct{}

func (radioSetLayout) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	set, info := objs[0], objs[1]
	h := fyne.Min(s.Height*0.5, s.Width*0.4)
	if s.Height > s.Width {
		h = fyne.Min(s.Height*0.45, s.Width*0.8)
	}
	h = fyne.Max(h, set.MinSize().Height)
	set.Move(fyne.NewPos(0, 0))
	set.Resize(fyne.NewSize(s.Width, h))
	info.Move(fyne.NewPos(0, h+pageGap()))
	info.Resize(fyne.NewSize(s.Width, s.Height-h-pageGap()))
}

func (radioSetLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return objs[0].MinSize()
}

// fitStack stacks its objects top to bottom at their height for the width;
// the captions last, each sentence shown only if it fits whole (the one
// after the sentence on air gives way first, then the one before).
type fitStack struct{}

// optionalLine is the line above the captions that gives way first when
// the sentence on air has no room (the station and date, under the title).
const optionalLine = 1

func (fitStack) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	gap := theme.Padding()
	caps := objs[len(objs)-1].(*fyne.Container)
	rows := caps.Objects
	heights := make([]float32, len(rows))
	need := float32(0) // the sentence on air
	for i, row := range rows {
		heights[i] = ui.Measure(row, s.Width)
		row.Show()
		if t, ok := row.(*ui.TapText); ok && t.Label.TextStyle.Bold {
			need = heights[i] + gap
		}
	}
	head := objs[:len(objs)-1]
	head[optionalLine].Show()
	headH := float32(0)
	for _, o := range head {
		if o.Visible() {
			headH += ui.Measure(o, s.Width) + gap
		}
	}
	if headH+need > s.Height {
		// Short of room (a laptop): the station and date go; the dial
		// shows them too.
		head[optionalLine].Hide()
	}
	y := float32(0)
	for _, o := range head {
		if !o.Visible() {
			continue
		}
		h := ui.Measure(o, s.Width)
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(s.Width, h))
		y += h + gap
	}
	total := float32(0)
	for _, h := range heights {
		total += h + gap
	}
	room := s.Height - y
	bold := func(o fyne.CanvasObject) bool {
		t, ok := o.(*ui.TapText)
		return ok && t.Label.TextStyle.Bold
	}
	for lo, hi := 0, len(rows)-1; total > room && lo < hi; {
		// The sentence on air stays.
		i := hi
		if bold(rows[hi]) {
			i = lo
			lo++
		} else {
			hi--
		}
		rows[i].Hide()
		total -= heights[i] + gap
	}
	caps.Move(fyne.NewPos(0, y))
	caps.Resize(fyne.NewSize(s.Width, fyne.Max(room, 0)))
}

func (fitStack) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(200, 100) }
