package screens

import (
	"fmt"
	"log"
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

// playerScreen plays one broadcast with synchronised captions. The audio
// engine (internal/audio) runs without Fyne; the narration is read and
// decoded on a background goroutine (the screen says it is loading), and
// the player's events reach the screen through the App's do (fyne.Do).
type playerScreen struct {
	a          *App
	b          *content.Broadcast
	back       *Route // where Back goes; nil: the radio list
	transcript bool   // the whole text instead of three caption lines
	original   bool   // the original wording beside each caption
	loading    bool   // the narration is being read and decoded
	sound      bool   // sound goes to a device (else: captions only, said on screen)
	errText    string
	gen        int // which load is current

	// live state from the player's events
	seq      uint64
	cue      int
	playing  audio.State
	pos, dur time.Duration

	progress *ui.Progress
	clock    *widget.Label
	play     *ui.Button
	notice   *widget.Label // "Loading the broadcast…" or the error
	captions *fyne.Container
}

func newPlayerScreen(a *App, r Route) (*playerScreen, error) {
	b := a.ex.Broadcast(r.Broadcast)
	if b == nil {
		return nil, fmt.Errorf("no broadcast %q", r.Broadcast)
	}
	return &playerScreen{a: a, b: b, back: r.Back, cue: -1}, nil
}

// enter starts loading the narration once the screen is the current one.
func (r *playerScreen) enter() { r.load(0, false) }

func (r *playerScreen) state() string { return "radio:" + r.b.ID }

// place: the broadcast's title; its station, date and context are read
// from the screen before it plays.
func (r *playerScreen) place() string {
	return r.a.label("radio") + ". " + display.BroadcastTitle(r.a.ex, r.b, r.a.visit.Lang)
}

// goBack leaves the player for the story page it was opened from, or the list.
func (r *playerScreen) goBack() {
	if r.back != nil {
		r.a.navigate(*r.back)
		return
	}
	r.a.navigate(Route{Kind: RouteRadio, Broadcast: r.b.ID})
}

// storyPage is the first story page whose broadcast this is.
func (a *App) storyPage(id string) (section string, page int, ok bool) {
	for _, s := range a.ex.Sections {
		for i, p := range s.Pages {
			if p.Broadcast == id {
				return s.ID, i, true
			}
		}
	}
	return "", 0, false
}

// load reads and decodes the narration in the visitor's language off the
// UI goroutine, then seeks to a cue; play starts it. A newer load, or
// leaving the screen, makes an older one's result be ignored.
func (r *playerScreen) load(cue int, play bool) {
	a, b, lang := r.a, r.b, r.a.visit.Lang
	r.gen++
	gen := r.gen
	r.loading, r.errText = true, ""
	if !b.Narrated(lang) {
		// No reading in this language (a back-translation must not sound
		// like the broadcast): the captions and the reason only.
		a.player.Stop()
		r.loading = false
		return
	}
	a.bg("broadcast "+b.ID, func() {
		err := loadNarration(a, b, lang)
		a.do(func() {
			if a.cur != screen(r) || r.gen != gen {
				return
			}
			// A visitor on Play, the position or the loading notice hears
			// what they are on now; anyone else hears nothing more.
			var next func() fyne.CanvasObject // on the screen drawn anew
			if f := a.audio.focus; f != nil && f == r.progress {
				next = func() fyne.CanvasObject { return r.progress }
			} else if f != nil && (f == r.play || f == r.notice) {
				next = func() fyne.CanvasObject { return r.play }
			}
			r.loading = false
			if err != nil {
				log.Printf("radio: %v", err)
				r.errText = a.labelf("audio_error", err.Error())
			} else {
				r.dur = a.player.Duration()
				if cue > 0 {
					a.player.SeekToCue(cue)
				}
				if play {
					a.player.Play()
				}
			}
			a.show()
			if err != nil {
				next = func() fyne.CanvasObject { return r.notice } // said even if not focused: Play will not come
			}
			if next != nil && a.visit.AudioMode {
				a.refocus(next())
			}
		})
	})
}

// loadNarration reads a broadcast's narration and captions in lang into
// the player. It runs off the UI goroutine.
func loadNarration(a *App, b *content.Broadcast, lang string) error {
	ogg, err := a.ex.ReadFile(b.AudioFile(lang))
	if err != nil {
		return err
	}
	cuesData, err := a.ex.ReadFile(b.CuesFile(lang))
	if err != nil {
		return err
	}
	cf, err := audio.ParseCues(cuesData)
	if err != nil {
		return err
	}
	return a.player.Load(b.AudioFile(lang), ogg, cf.Cues)
}

// relang loads the same broadcast, at the same sentence, in the new
// language's narration.
func (r *playerScreen) relang() {
	playing := r.a.player.State() == audio.StatePlaying
	r.load(max(r.cue, 0), playing)
}

// event applies an event from the player on the UI goroutine.
func (r *playerScreen) event(e audio.Event) {
	a := r.a
	if e.Seq < r.seq || !r.b.Narrated(a.visit.Lang) {
		return // an older event, or nothing of this broadcast is playing
	}
	r.seq = e.Seq
	if e.Sound != r.sound {
		// A sound card arrived (or went): the captions-only notice changes.
		r.sound = e.Sound
		a.show()
		return
	}
	stateChanged := e.State != r.playing
	r.playing, r.pos, r.dur = e.State, e.Position, e.Duration
	a.SetPlaying(e.State == audio.StatePlaying)
	if r.progress != nil && r.dur > 0 {
		r.progress.SetValue(float64(r.pos) / float64(r.dur))
		r.clock.SetText(r.clockText())
		r.progress.Spoken.Spoken = r.position()
	}
	if e.Cue != r.cue {
		r.cue = e.Cue
		r.fillCaptions()
	}
	if stateChanged && r.play != nil {
		r.setPlayButton()
	}
}

func (r *playerScreen) togglePlay() {
	a := r.a
	a.touched()
	if r.loading || r.errText != "" || !r.b.Narrated(a.visit.Lang) {
		return
	}
	a.playPause()
}

// playPause pauses what plays, or plays: from the start again after the end.
func (a *App) playPause() {
	switch a.player.State() {
	case audio.StatePlaying:
		a.player.Pause()
	case audio.StateEnded:
		a.player.Restart()
		a.player.Play()
	default:
		a.player.Play()
	}
}

func (r *playerScreen) setPlayButton() { r.a.showPlaying(r.play, r.playing == audio.StatePlaying) }

// showPlaying makes a play button say Pause while playing, Play otherwise.
func (a *App) showPlaying(b *ui.Button, playing bool) {
	if playing {
		b.SetText(a.label("pause"))
		b.SetIcon(theme.MediaPauseIcon())
		b.Spoken.Spoken = a.label("pause")
	} else {
		b.SetText(a.label("play"))
		b.SetIcon(theme.MediaPlayIcon())
		b.Spoken.Spoken = a.label("play")
	}
}

// build: what is playing and where it comes from (left), captions
// (right), and the controls at the bottom.
func (r *playerScreen) build() fyne.CanvasObject {
	a, b := r.a, r.b
	station := a.label("radio") + "  ·  " + a.text(b.Station)
	top := a.topBar(station+"  ·  "+display.When(a.ex, b, a.visit.Lang), station, a.label("radio"))

	// Left: the radio set, who speaks, the honest label, context and notes.
	var left []fyne.CanvasObject
	left = append(left, ui.NewParagraph(display.BroadcastTitle(a.ex, b, a.visit.Lang), ui.SizeHeading, fyne.TextStyle{Bold: true, Italic: true}))
	read := b.Narrated(a.visit.Lang)
	if read {
		label := display.Renarration(a.ex, b, a.visit.Lang)
		left = append(left, ui.NewParagraph(label, ui.SizeSmall, fyne.TextStyle{Italic: true}))
	} else {
		// No reading in this language: why, in place of the honest label.
		n := ui.NewParagraph(a.text(b.NoNarration[a.visit.Lang]), ui.SizeSmall, fyne.TextStyle{Bold: true})
		n.Importance = widget.WarningImportance
		left = append(left, n)
	}
	context := ui.NewParagraph(a.text(b.Context), ui.SizeSmall, fyne.TextStyle{})
	left = append(left, context)
	var note fyne.CanvasObject
	if n := a.text(b.Note); n != "" {
		l := ui.NewParagraph(n, ui.SizeSmall, fyne.TextStyle{})
		l.Importance = widget.WarningImportance
		note = l
		left = append(left, note)
	}
	r.sound = a.player.HasSound()
	if !r.sound && read {
		n := ui.NewParagraph(a.label("captions_only"), ui.SizeSmall, fyne.TextStyle{Bold: true})
		n.Importance = widget.WarningImportance
		left = append(left, n)
	}
	r.notice = nil
	if r.loading {
		r.notice = ui.NewParagraph(a.label("audio_loading"), ui.SizeSmall, fyne.TextStyle{Bold: true})
		left = append(left, r.notice)
	}
	if r.errText != "" {
		r.notice = ui.NewParagraph(r.errText, ui.SizeSmall, fyne.TextStyle{Bold: true})
		r.notice.Importance = widget.DangerImportance
		left = append(left, r.notice)
	}
	// Links: the story page about this broadcast, and the radio set tuned
	// to it (marking the chapter the visitor came from).
	links := container.NewHBox()
	if sec, page, ok := a.storyPage(b.ID); ok {
		links.Add(ui.NewButton(a.label("story_link"), theme.NavigateBackIcon(), func() {
			a.navigate(storyRoute(sec, page))
		}))
	}
	links.Add(ui.NewButton(a.label("radio_tune"), theme.MediaPlayIcon(), func() {
		a.navigate(Route{Kind: RouteRadio, Broadcast: b.ID, Back: r.back})
	}))
	left = append(left, links)
	info := container.NewVBox(left...)
	// On a small screen or with large text, the context gives way first
	// (the story page tells it too), then the picture.
	cs := a.win.Canvas().Size()
	leftW, leftH := cs.Width*0.36, cs.Height-2*top.MinSize().Height-3*ui.Touch()
	if cs.Width < cs.Height {
		leftW, leftH = cs.Width, cs.Height*0.45-2*top.MinSize().Height
	}
	showPicture := !a.compact()
	aboveCaptions := container.NewVBox()
	if ui.Measure(info, leftW) > leftH-160 {
		showPicture = false
		if ui.Measure(info, leftW) > leftH {
			info.Remove(context)
		}
		if note != nil && ui.Measure(info, leftW) > leftH {
			// Still too tall: the note on the wording goes above the
			// captions, where it keeps its place beside the text it is about.
			info.Remove(note)
			aboveCaptions.Add(note)
		}
	}

	// Right: captions, kept in view (the whole text when there is no
	// reading to follow).
	if !read {
		r.transcript = true
	}
	r.captions = container.NewVBox()
	r.fillCaptions()

	// Bottom: progress and controls.
	r.progress = ui.NewProgress(func(f float64) {
		a.touched()
		a.player.Seek(time.Duration(f * float64(a.player.Duration())))
	})
	r.clock = ui.NewText(r.clockText(), ui.SizeSmall, fyne.TextStyle{Bold: true})
	r.clock.Truncation = fyne.TextTruncateOff
	r.progress.Spoken.Spoken = r.position()
	if r.dur > 0 {
		r.progress.Value = float64(r.pos) / float64(r.dur)
	}
	r.play = ui.NewButton("", nil, r.togglePlay)
	r.play.Importance = widget.HighImportance
	if r.loading || r.errText != "" || !b.Narrated(a.visit.Lang) {
		r.play.Disable()
	}
	r.setPlayButton()
	compact := a.compact()
	lbl := func(key string) string {
		if compact {
			return ""
		}
		return a.label(key)
	}
	back := ui.NewButton(a.label("back"), theme.NavigateBackIcon(), r.goBack)
	restart := ui.NewButton(lbl("restart_audio"), theme.MediaSkipPreviousIcon(), func() {
		a.touched()
		a.player.Restart()
		a.player.Play()
	})
	softer := ui.NewButton(lbl("volume_down"), theme.VolumeDownIcon(), func() { a.changeVolume(-0.1) })
	louder := ui.NewButton(lbl("volume_up"), theme.VolumeUpIcon(), func() { a.changeVolume(0.1) })
	restart.Spoken.Spoken, softer.Spoken.Spoken, louder.Spoken.Spoken = a.label("restart_audio"), a.label("volume_down"), a.label("volume_up")
	clear := ui.NewButton(a.label("clear_voice"), theme.ConfirmIcon(), func() {
		a.touched()
		a.setClearVoice(!a.visit.ClearVoice)
		a.show()
	})
	if !a.visit.ClearVoice {
		clear.SetIcon(nil)
	} else {
		clear.Importance = widget.HighImportance
	}
	toggles := container.NewHBox(clear)
	if !read {
		toggles.Remove(clear) // no sound to clear
	}
	if b.OriginalLang != a.visit.Lang {
		orig := ui.NewButton(a.label("show_original"), nil, func() {
			a.touched()
			r.original = !r.original
			a.show()
		})
		if r.original {
			orig.Importance = widget.HighImportance
		}
		toggles.Add(orig)
	}
	full := ui.NewButton(a.label("transcript"), theme.DocumentIcon(), func() {
		a.touched()
		r.transcript = !r.transcript
		a.show()
	})
	if r.transcript {
		full.Importance = widget.HighImportance
	}
	toggles.Add(full)
	bar := container.NewBorder(nil, nil, container.NewHBox(back, restart, r.play), container.NewHBox(softer, louder), container.NewBorder(nil, nil, nil, r.clock, r.progress))
	if !read {
		bar = container.NewBorder(nil, nil, back, nil) // nothing to play or seek
	}
	bottom := container.NewVBox(container.NewBorder(nil, nil, nil, toggles), bar)

	picture := ui.NewPicture(a.radioImage(), fyne.NewSize(200, 140))
	leftCol := container.NewBorder(nil, nil, nil, nil, info)
	if a.radioImage() != nil && showPicture {
		leftCol = container.NewBorder(picture, nil, nil, nil, info)
	}
	body := container.New(&playerLayout{}, leftCol, container.NewBorder(aboveCaptions, nil, nil, nil, r.captions))
	l := &barsLayout{reach: a.visit.Access.Reach}
	return container.NewPadded(container.New(l, top, body, bottom))
}

// clockText is "1:20 / 3:05"; empty while the length is not known (the
// narration loading, or failed): "0:00 / 0:00" would tell nothing, on
// screen or read aloud.
func (r *playerScreen) clockText() string {
	if r.dur <= 0 {
		return ""
	}
	return display.Clock(r.pos) + " / " + display.Clock(r.dur)
}

// position is the progress bar's spoken name: "Position 1:20 of 3:05",
// or that the broadcast is loading.
func (r *playerScreen) position() string {
	if r.loading {
		return r.a.label("audio_loading")
	}
	return r.a.labelf("audio_position", display.Clock(r.pos), display.Clock(r.dur))
}

// barsLayout is layoutBars as a fyne.Layout.
type barsLayout struct{ reach bool }

func (l *barsLayout) Layout(objs []fyne.CanvasObject, s fyne.Size) { layoutBars(objs, s, l.reach) }
func (l *barsLayout) MinSize(objs []fyne.CanvasObject) fyne.Size   { return fyne.NewSize(600, 400) }

// playerLayout gives the broadcast's details a third of a wide screen and
// the captions the rest; on a tall screen the captions go below.
type playerLayout struct{}

func (playerLayout) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	info, caps := objs[0], objs[1]
	if s.Width >= s.Height {
		w := s.Width * 0.36
		info.Move(fyne.NewPos(0, 0))
		info.Resize(fyne.NewSize(w, s.Height))
		caps.Move(fyne.NewPos(w+pageGap(), 0))
		caps.Resize(fyne.NewSize(s.Width-w-pageGap(), s.Height))
		return
	}
	h := s.Height * 0.45
	info.Move(fyne.NewPos(0, 0))
	info.Resize(fyne.NewSize(s.Width, h))
	caps.Move(fyne.NewPos(0, h+pageGap()))
	caps.Resize(fyne.NewSize(s.Width, s.Height-h-pageGap()))
}

func (playerLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(400, 300) }

// fillCaptions shows the current sentence highlighted between the one
// before and the one after (or, as a transcript, every sentence); each
// line seeks there when tapped.
func (r *playerScreen) fillCaptions() {
	a := r.a
	if r.captions == nil {
		return
	}
	size := ui.SizeBody
	if r.transcript {
		size = ui.SizeSmall
	}
	r.captions.Objects = captionRows(a, r.b, r.cue, r.transcript, r.original, size)
	r.captions.Refresh()
}

// captionRows are a broadcast's captions at cue: the sentence on air,
// highlighted, between the one before and the one after (or, as a
// transcript, every sentence), with the original wording under each if
// asked, in text of size; a tap on a line plays from there. The player and the radio set
// show them.
func captionRows(a *App, b *content.Broadcast, cue int, transcript, original bool, size fyne.ThemeSizeName) []fyne.CanvasObject {
	from, to := cue-1, cue+2
	if cue < 0 {
		from, to = 0, 2
	}
	if transcript {
		from, to = 0, len(b.Sentences)
	}
	from = clamp(from, 0, len(b.Sentences))
	to = clamp(to, 0, len(b.Sentences))
	var rows []fyne.CanvasObject
	for i := from; i < to; i++ {
		i := i
		s := b.Sentences[i]
		text := s.Text.In(a.visit.Lang, a.ex.DefaultLanguage)
		if original && b.OriginalLang != a.visit.Lang {
			text += "\n" + s.Text[b.OriginalLang]
		}
		rows = append(rows, ui.NewTapText(text, size, fyne.TextStyle{Bold: i == cue}, i == cue, func() {
			a.touched()
			a.player.SeekToCue(i)
			if a.player.State() != audio.StatePlaying {
				a.player.Play()
			}
		}))
	}
	return rows
}

// changeVolume steps the visit's volume.
func (a *App) changeVolume(d float64) {
	a.touched()
	a.setVolume(a.visit.Volume + d)
}

// stopAudio stops any broadcast (leaving the player, a new broadcast and
// the idle reset all do) and records what was heard.
func (a *App) stopAudio() {
	if r, ok := a.cur.(*playerScreen); ok {
		if v := a.visits(); v != nil && a.player.Position() > 0 {
			v.Broadcast(r.b.ID, a.visit.Lang, a.player.Position(), a.player.Duration())
		}
	}
	a.player.Stop()
	a.SetPlaying(false)
}

// playerOn is the player screen on show, nil on any other.
func (a *App) playerOn() *playerScreen {
	ps, _ := a.cur.(*playerScreen)
	return ps
}
