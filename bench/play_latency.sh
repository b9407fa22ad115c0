#!/usr/bin/env bash
# Play-to-first-sample latency of the radio player, measured from outside.
#
# Each trial starts the app on the player of a broadcast (--start ID) with
# ALSA's default device replaced by the `file` plugin on `null`, piped
# through internal/audio/cmd/pacer into a capture file in real time (see
# docs/audio.md, "Capturing what the app plays"). Once the sound device is
# open (the capture file grows with oto's silence), it presses Space (or, with
# MODE=tap, clicks the Play button at PLAY_X,PLAY_Y) and `benchtool firstsound`
# notes when the first sample above -60 dBFS (the broadcast's hiss or voice)
# is written to the capture file. The key press (or the release of a click:
# a tap acts on release) is sent with bench/xtap, which prints when the X
# server had it: xdotool itself takes 100+ ms to start on this machine, which
# would swamp the figure. Latency = first sample written - event sent. It
# includes X event delivery, the app, oto's mixer and the pipe to the pacer
# (at most 4 kB ≈ 46 ms, plus the pacer's 10 ms chunks) — so it is an upper
# bound of "tap to first sample handed to the device". The device's own
# buffer comes on top on real hardware; the summary lists oto's buffer sizes.
#
#   bench/play_latency.sh             # TRIALS=7, MODE=key
#   MODE=tap TRIALS=5 bench/play_latency.sh
#   MODE=direct bench/play_latency.sh  # no app, no X: Player.Play → first sample,
#                                      # the audio path's share of the figure
#
# Output: build/bench/play_latency-MODE.csv and play_latency-MODE.txt.
source "$(dirname "$0")/lib.sh"

TRIALS=${TRIALS:-7}
MODE=${MODE:-key}
BROADCAST=${BROADCAST:-nagy-1956-11-04}
PLAY_X=${PLAY_X:-593} PLAY_Y=${PLAY_Y:-1035} # the Play button at 1920×1080
need_binary
build_tools
start_xvfb

csv=$OUT/play_latency-$MODE.csv
summary=$OUT/play_latency-$MODE.txt
echo "trial,mode,from_start_ms,latency_ms,xtap_ms,offset_bytes" >"$csv"

for trial in $(seq "$TRIALS"); do
	home=$BENCH_TMP/play-$trial
	mkdir -p "$home/.cache"
	raw=$home/capture.raw
	cat >"$home/.asoundrc" <<EOF
pcm.!default {
    type file
    slave.pcm "null"
    file "|$TOOLS/pacer -rate 22050 -channels 1 -sample-bytes 4 -o $raw"
    format "raw"
}
EOF
	if [ "$MODE" = direct ]; then
		# The audio path alone: benchtool playnow calls Player.Play itself.
		"$TOOLS/benchtool" firstsound -file "$raw" -timeout 15s >"$home/first" 2>"$home/first.err" &
		watcher=$!
		env HOME="$home" "$TOOLS/benchtool" playnow -broadcast "$BROADCAST" >"$home/play" 2>"$home/play.err" || true
		status=0
		wait "$watcher" || status=$?
		t0=$(awk '/^play_unix_ns/ { print $2 }' "$home/play")
		t1=$(awk '/^first_sound_unix_ns/ { print $2 }' "$home/first")
		if [ "$status" = 0 ] && [ -n "$t0" ] && [ -n "$t1" ]; then
			lat=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", (b - a) / 1e6 }')
			echo "$trial,$MODE,$lat,$lat,0,$(awk '/^offset_bytes/ { print $2 }' "$home/first")" >>"$csv"
			awk '/^handed_ms/ { print $2 }' "$home/play" >>"$BENCH_TMP/handed"
			log "trial $trial (direct): first sample in the capture $lat ms after Player.Play"
		else
			log "trial $trial (direct): failed: $(cat "$home/play.err" "$home/first.err")"
			echo "$trial,$MODE,NA,NA,NA,NA" >>"$csv"
		fi
		sleep 1 # the pacer drains
		continue
	fi
	if ! launch "$BENCH_TMP/play-$trial" env HOME="$home" "$BIN" --size 1920x1080 --start "$BROADCAST"; then
		echo "$trial,$MODE,NA,NA,NA,NA" >>"$csv"
		continue
	fi
	pid=$LAUNCH_PID
	# The device opens off the UI thread; wait for oto's silence to flow.
	for i in $(seq 100); do
		[ -s "$raw" ] && break
		sleep 0.1
	done
	if [ ! -s "$raw" ]; then
		log "trial $trial: the sound device did not open (no capture); see $BENCH_TMP/play-$trial.log"
		echo "$trial,$MODE,NA,NA,NA,NA" >>"$csv"
		stop_session "$pid"
		continue
	fi
	sleep "${SETTLE:-1.5}"
	"$TOOLS/benchtool" firstsound -file "$raw" -timeout 10s >"$home/first" 2>"$home/first.err" &
	watcher=$!
	sleep 0.3 # let it read past the silence already captured
	t0=$(date +%s%N)
	if [ "$MODE" = tap ]; then
		sent=$("$TOOLS/xtap" click "$PLAY_X" "$PLAY_Y")
	else
		sent=$("$TOOLS/xtap" key space)
	fi
	t0b=${sent#sent_unix_ns }
	status=0
	wait "$watcher" || status=$?
	if [ "$status" = 0 ]; then
		t1=$(awk '/^first_sound_unix_ns/ { print $2 }' "$home/first")
		off=$(awk '/^offset_bytes/ { print $2 }' "$home/first")
		lat=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", (b - a) / 1e6 }')
		after=$(awk -v a="$t0b" -v b="$t1" 'BEGIN { printf "%.1f", (b - a) / 1e6 }')
		xd=$(awk -v a="$t0" -v b="$t0b" 'BEGIN { printf "%.1f", (b - a) / 1e6 }')
		echo "$trial,$MODE,$lat,$after,$xd,$off" >>"$csv"
		log "trial $trial ($MODE): first sample in the capture $after ms after the event reached the X server ($lat ms after xtap started)"
	else
		log "trial $trial: no sound within 10 s: $(cat "$home/first.err")"
		echo "$trial,$MODE,NA,NA,NA,NA" >>"$csv"
	fi
	stop_session "$pid"
	sleep 0.5
done

# oto's buffers, from the source (internal/audio/oto.go and oto v2's driver_unix.go)
voice=$(grep -o 'otoVoiceBuffer = SampleRate \* otoChannels \* 4 / [0-9]*' "$ROOT/internal/audio/oto.go" | awk '{ print 1000 / $NF }')
{
	echo "play_latency.sh — $(date -u +%Y-%m-%dT%H:%MZ) — $(machine)"
	echo "$(bininfo)"
	echo "broadcast $BROADCAST, $TRIALS trials, mode $MODE (key: Space; tap: click on Play at $PLAY_X,$PLAY_Y), sent with bench/xtap (XTest)"
	stats() { # column → "median M, min A, max B"
		local v
		v=$(awk -F, -v c="$1" 'NR > 1 && $c != "NA" { print $c }' "$csv")
		echo "median $(echo "$v" | median), min $(echo "$v" | sort -g | head -1), max $(echo "$v" | sort -g | tail -1)"
	}
	echo "latency_ms (press, or release of a click, received by the X server -> first sample above -60 dBFS written by the pacer): $(stats 4); failed $(awk -F, 'NR > 1 && $4 == "NA"' "$csv" | wc -l)"
	echo "from_start_ms (the same from the start of the xtap process, as a script timing xdotool would see it): $(stats 3)"
	echo "xtap_ms (xtap start to the event; a click moves the pointer 50 ms and holds the button 20 ms first): $(stats 5)"
	if [ -s "$BENCH_TMP/handed" ]; then
		echo "handed_ms (Player.Play -> the device's first read of the broadcast stream, Player.StartDelay): median $(median <"$BENCH_TMP/handed"), min $(sort -g "$BENCH_TMP/handed" | head -1), max $(sort -g "$BENCH_TMP/handed" | tail -1)"
	fi
	echo "device side, not in the figure above (on real hardware it adds up to the ALSA buffer):"
	echo "  sound card buffer, kept full by oto (otoDeviceBuffer in internal/audio/oto.go; 2 periods) = $(grep -o 'otoDeviceBuffer = [0-9]* \* time.Millisecond' "$ROOT/internal/audio/oto.go" | awk '{ print $3 }') ms"
	echo "  oto per-voice read-ahead otoVoiceBuffer = ${voice:-?} ms (filled at Play; does not delay the first sample)"
	echo "  pacer pipe (capture chain only, inside the figure): 4096 B / 88200 B/s = $(awk 'BEGIN { printf "%.1f", 4096 / 88200 * 1000 }') ms"
} | tee "$summary"
