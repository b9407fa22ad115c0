package screens

import (
	"fmt"
	"log"
	"regexp"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"budapest1956/internal/audio"
	"budapest1956/internal/content"
	"budapest1956/internal/ui"
)

// Radio 1956: the list of broadcasts in date order, and the player with
// synchronised captions. The audio engine (internal/audio) runs without
// Fyne; its events reach the screen through fyne.Do.

type radioState struct {
	list    bool // the list of broadcasts is showing
	listing paged

	b          *content.Broadcast // the broadcast in the player, nil for none
	back       func()             // where Back goes: the list or a story page
	transcript bool               // the whole text instead of three caption lines
	original   bool               // the original wording beside each caption
	errText    string

	// live state from the player's events
	seq      uint64
	cue      int
	state    audio.State
	pos, dur time.Duration

	progress *ui.Progress
	clock    *widget.Label
	play     *ui.Button
	captions *fyne.Container
	captionW float32
}

// ShowRadio opens the list of broadcasts.
func (a *App) ShowRadio() {
	a.touched()
	a.stopAudio()
	a.leaveScreens()
	a.radio = &radioState{list: true}
	a.render()
}

// ShowBroadcast opens the player for a broadcast; back returns to where the
// visitor came from.
func (a *App) ShowBroadcast(id string, back func()) {
	b := a.ex.Broadcast(id)
	if b == nil {
		log.Printf("screens: no broadcast %q", id)
		return
	}
	a.touched()
	a.stopAudio()
	a.leaveScreens()
	a.radio = &radioState{b: b, back: back, cue: -1}
	a.loadBroadcast(0, false)
	a.render()
}

// leaveScreens forgets every screen's state before another one opens.
func (a *App) leaveScreens() {
	a.section, a.views, a.view, a.library = nil, nil, 0, false
	if a.kiosk != nil {
		a.kiosk.attract = false
	}
	a.closeOverlays()
}

// stopAudio stops any broadcast: leaving the player, a new broadcast and the
// idle reset all do.
func (a *App) stopAudio() {
	if a.player != nil {
		if v := a.visits(); v != nil && a.radio != nil && a.radio.b != nil && a.player.Position() > 0 {
			v.Broadcast(a.radio.b.ID, a.lang, a.player.Position(), a.player.Duration())
		}
		a.player.Stop()
	}
	a.radio = nil
	a.SetPlaying(false)
}

// loadBroadcast loads the narration in the visitor's language and seeks to
// a cue; play starts it.
func (a *App) loadBroadcast(cue int, play bool) {
	r := a.radio
	r.errText = ""
	ogg, err1 := a.ex.ReadFile(r.b.AudioFile(a.lang))
	cuesData, err2 := a.ex.ReadFile(r.b.CuesFile(a.lang))
	var cf audio.CueFile
	err := err1
	if err == nil {
		err = err2
	}
	if err == nil {
		cf, err = audio.ParseCues(cuesData)
	}
	if err == nil {
		err = a.player.Load(r.b.AudioFile(a.lang), ogg, cf.Cues)
	}
	if err != nil {
		log.Printf("radio: %v", err)
		r.errText = a.labelf("audio_error", err.Error())
		return
	}
	r.dur = a.player.Duration()
	if cue > 0 {
		a.player.SeekToCue(cue)
	}
	if play {
		a.player.Play()
	}
}

// playerEvent applies an event from the player on the UI goroutine.
func (a *App) playerEvent(e audio.Event) {
	r := a.radio
	if r == nil || r.b == nil || e.Seq < r.seq {
		return
	}
	r.seq = e.Seq
	stateChanged := e.State != r.state
	r.state, r.pos, r.dur = e.State, e.Position, e.Duration
	a.SetPlaying(e.State == audio.StatePlaying)
	if r.progress != nil && r.dur > 0 {
		r.progress.SetValue(float64(r.pos) / float64(r.dur))
		r.clock.SetText(clockText(r.pos) + " / " + clockText(r.dur))
	}
	if e.Cue != r.cue {
		r.cue = e.Cue
		a.fillCaptions()
	}
	if stateChanged && r.play != nil {
		a.setPlayButton()
	}
}

func clockText(d time.Duration) string {
	s := int(d.Round(time.Second) / time.Second)
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

func (a *App) togglePlay() {
	a.touched()
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

func (a *App) setPlayButton() {
	r := a.radio
	if r.state == audio.StatePlaying {
		r.play.SetText(a.label("pause"))
		r.play.SetIcon(theme.MediaPauseIcon())
	} else {
		r.play.SetText(a.label("play"))
		r.play.SetIcon(theme.MediaPlayIcon())
	}
}

// playerScreen: what is playing and where it comes from (left), captions
// (right), and the controls at the bottom.
func (a *App) playerScreen() fyne.CanvasObject {
	r := a.radio
	b := r.b
	station := a.label("radio") + "  ·  " + a.text(b.Station)
	top := a.topBar(station+"  ·  "+a.when(b), station, a.label("radio"))

	// Left: the radio set, who speaks, the honest label, context and notes.
	var left []fyne.CanvasObject
	left = append(left, ui.NewParagraph(a.broadcastTitle(b), ui.SizeHeading, fyne.TextStyle{Bold: true, Italic: true}))
	label := strings.NewReplacer("{when}", a.when(b), "{station}", a.text(b.Station), "{recording}", a.text(b.Recording)).Replace(a.label("renarration"))
	label = doubleStop.ReplaceAllString(label, "$1.$2") // "1956. november 4.." after a Hungarian date
	left = append(left, ui.NewParagraph(label, ui.SizeSmall, fyne.TextStyle{Italic: true}))
	context := ui.NewParagraph(a.text(b.Context), ui.SizeSmall, fyne.TextStyle{})
	left = append(left, context)
	if n := a.text(b.Note); n != "" {
		note := ui.NewParagraph(n, ui.SizeSmall, fyne.TextStyle{})
		note.Importance = widget.WarningImportance
		left = append(left, note)
	}
	if !a.player.HasSound() {
		n := ui.NewParagraph(a.label("captions_only"), ui.SizeSmall, fyne.TextStyle{Bold: true})
		n.Importance = widget.WarningImportance
		left = append(left, n)
	}
	if r.errText != "" {
		n := ui.NewParagraph(r.errText, ui.SizeSmall, fyne.TextStyle{Bold: true})
		n.Importance = widget.DangerImportance
		left = append(left, n)
	}
	info := container.NewVBox(left...)
	// On a small screen or with large text, the context gives way first
	// (the story page tells it too), then the picture.
	cs := a.win.Canvas().Size()
	leftW, leftH := cs.Width*0.36, cs.Height-2*top.MinSize().Height-3*ui.MinTouch
	if cs.Width < cs.Height {
		leftW, leftH = cs.Width, cs.Height*0.45-2*top.MinSize().Height
	}
	showPicture := !a.compact()
	if ui.Measure(info, leftW) > leftH-160 {
		showPicture = false
		if ui.Measure(info, leftW) > leftH {
			info.Remove(context)
		}
	}

	// Right: captions, kept in view.
	r.captions = container.NewVBox()
	a.fillCaptions()

	// Bottom: progress and controls.
	r.progress = ui.NewProgress(func(f float64) {
		a.touched()
		a.player.Seek(time.Duration(f * float64(a.player.Duration())))
	})
	r.clock = ui.NewText(clockText(r.pos)+" / "+clockText(r.dur), ui.SizeSmall, fyne.TextStyle{Bold: true})
	r.clock.Truncation = fyne.TextTruncateOff
	if r.dur > 0 {
		r.progress.Value = float64(r.pos) / float64(r.dur)
	}
	r.play = ui.NewButton("", nil, a.togglePlay)
	r.play.Importance = widget.HighImportance
	a.setPlayButton()
	compact := a.compact()
	lbl := func(key string) string {
		if compact {
			return ""
		}
		return a.label(key)
	}
	back := ui.NewButton(a.label("back"), theme.NavigateBackIcon(), func() {
		a.touched()
		back := r.back
		a.stopAudio()
		if back != nil {
			back()
		} else {
			a.ShowRadio()
		}
	})
	restart := ui.NewButton(lbl("restart_audio"), theme.MediaSkipPreviousIcon(), func() {
		a.touched()
		a.player.Restart()
		a.player.Play()
	})
	softer := ui.NewButton(lbl("volume_down"), theme.VolumeDownIcon(), func() { a.changeVolume(-0.1) })
	louder := ui.NewButton(lbl("volume_up"), theme.VolumeUpIcon(), func() { a.changeVolume(0.1) })
	clear := ui.NewButton(a.label("clear_voice"), theme.ConfirmIcon(), func() {
		a.touched()
		a.player.SetRadio(!a.player.Radio())
		a.render()
	})
	if a.player.Radio() {
		clear.SetIcon(nil)
	} else {
		clear.Importance = widget.HighImportance
	}
	toggles := container.NewHBox(clear)
	if b.OriginalLang != a.lang {
		orig := ui.NewButton(a.label("show_original"), nil, func() {
			a.touched()
			r.original = !r.original
			a.render()
		})
		if r.original {
			orig.Importance = widget.HighImportance
		}
		toggles.Add(orig)
	}
	full := ui.NewButton(a.label("transcript"), theme.DocumentIcon(), func() {
		a.touched()
		r.transcript = !r.transcript
		a.render()
	})
	if r.transcript {
		full.Importance = widget.HighImportance
	}
	toggles.Add(full)
	bar := container.NewBorder(nil, nil, container.NewHBox(back, restart, r.play), container.NewHBox(softer, louder), container.NewBorder(nil, nil, nil, r.clock, r.progress))
	bottom := container.NewVBox(container.NewBorder(nil, nil, nil, toggles), bar)

	picture := ui.NewPicture(a.radioImage(), fyne.NewSize(200, 140))
	leftCol := container.NewBorder(nil, nil, nil, nil, info)
	if a.radioImage() != nil && showPicture {
		leftCol = container.NewBorder(picture, nil, nil, nil, info)
	}
	body := container.New(&playerLayout{}, leftCol, r.captions)
	l := &barsLayout{reach: a.access.Reach}
	return container.NewPadded(container.New(l, top, body, bottom))
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
		caps.Move(fyne.NewPos(w+pageGap, 0))
		caps.Resize(fyne.NewSize(s.Width-w-pageGap, s.Height))
		return
	}
	h := s.Height * 0.45
	info.Move(fyne.NewPos(0, 0))
	info.Resize(fyne.NewSize(s.Width, h))
	caps.Move(fyne.NewPos(0, h+pageGap))
	caps.Resize(fyne.NewSize(s.Width, s.Height-h-pageGap))
}

func (playerLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(400, 300) }

// fillCaptions shows the current sentence highlighted between the one
// before and the one after (or, as a transcript, every sentence); each
// line seeks there when tapped.
func (a *App) fillCaptions() {
	r := a.radio
	if r == nil || r.captions == nil {
		return
	}
	from, to := r.cue-1, r.cue+2
	if r.cue < 0 {
		from, to = 0, 2
	}
	if r.transcript {
		from, to = 0, len(r.b.Sentences)
	}
	from = clamp(from, 0, len(r.b.Sentences))
	to = clamp(to, 0, len(r.b.Sentences))
	var rows []fyne.CanvasObject
	for i := from; i < to; i++ {
		i := i
		s := r.b.Sentences[i]
		text := s.Text.In(a.lang, a.ex.DefaultLanguage)
		if r.original && r.b.OriginalLang != a.lang {
			text += "\n" + s.Text[r.b.OriginalLang]
		}
		size := ui.SizeBody
		if r.transcript {
			size = ui.SizeSmall
		}
		rows = append(rows, ui.NewTapText(text, size, fyne.TextStyle{Bold: i == r.cue}, i == r.cue, func() {
			a.touched()
			a.player.SeekToCue(i)
			if a.player.State() != audio.StatePlaying {
				a.player.Play()
			}
		}))
	}
	r.captions.Objects = rows
	r.captions.Refresh()
}

func (a *App) changeVolume(d float64) {
	a.touched()
	v := a.player.Volume() + d
	if v < 0 {
		v = 0
	}
	if v > 1 {
		v = 1
	}
	a.player.SetVolume(v)
}

// radioImage is the illustration of a period radio set, if the exhibit has one.
func (a *App) radioImage() fyne.Resource {
	return a.image(&content.Image{File: "images/radio-set.png"})
}

var doubleStop = regexp.MustCompile(`([^.])\.\.([^.]|$)`)

// when formats a broadcast's date (and time) the way the language writes dates.
func (a *App) when(b *content.Broadcast) string {
	s := a.formatDate(b.Date)
	if b.Time != "" {
		s += ", " + b.Time
	}
	return s
}

// formatDate turns 1956-11-04 into "4 November 1956" or "1956. november 4."
// using the month names and order of ui.yaml, so a new language needs no code.
func (a *App) formatDate(iso string) string {
	parts := strings.Split(iso, "-")
	if len(parts) != 3 {
		return iso
	}
	m, err := strconv.Atoi(parts[1])
	months := strings.Fields(a.label("months"))
	if err != nil || m < 1 || m > len(months) {
		return iso
	}
	day := strings.TrimPrefix(parts[2], "0")
	return strings.NewReplacer("{day}", day, "{month}", months[m-1], "{year}", parts[0]).Replace(a.label("date_format"))
}

func (a *App) broadcastTitle(b *content.Broadcast) string {
	if t := a.text(b.Title); t != "" {
		return t
	}
	return a.text(b.Speaker)
}

// radioListScreen lists the broadcasts in date order as big rows.
func (a *App) radioListScreen() fyne.CanvasObject {
	return a.pagedScreen(&a.radio.listing, a.radioBlocks, a.radioBars)
}

func (a *App) radioBars(view, n int) (top, bottom fyne.CanvasObject) {
	return a.topBar(a.label("radio")), a.pagerBar(view, n, nil)
}

func (a *App) radioBlocks() []fyne.CanvasObject {
	var blocks []fyne.CanvasObject
	for _, b := range a.ex.Broadcasts {
		id := b.ID
		line := a.when(b) + "  ·  " + a.text(b.Station)
		text := a.broadcastTitle(b) + "\n" + line
		blocks = append(blocks, ui.NewTapText(text, ui.SizeBody, fyne.TextStyle{}, true, func() {
			a.ShowBroadcast(id, a.ShowRadio)
		}))
	}
	return blocks
}
