#!/usr/bin/env bash
# Memory kept per comfort toggle (contrast, text size, reach) in the real app.
#
# Every comfort toggle applies a new Fyne theme; Fyne then parses its fonts
# again, and v2.8.1 keeps every parsed font for good (its text shaper's
# harfbuzz buffer caches shaping plans per font face). This starts the app
# as a kiosk, leaves the attract loop, presses KEY (default c: contrast)
# TOGGLES times, SPACING seconds apart, and samples RSS and the heartbeat's
# Go heap every STEP toggles, then again after REST seconds without input.
#
#   bench/theme_leak.sh                  # 40 contrast toggles
#   KEY=r TOGGLES=20 bench/theme_leak.sh # reach mode
#
# Output: build/bench/theme_leak-KEY.csv and .txt.
source "$(dirname "$0")/lib.sh"

KEY=${KEY:-c}
TOGGLES=${TOGGLES:-40}
STEP=${STEP:-10}
SPACING=${SPACING:-1.5}
REST=${REST:-150}
need_binary
build_tools
start_xvfb

csv=$OUT/theme_leak-$KEY.csv
summary=$OUT/theme_leak-$KEY.txt
launch_kiosk theme
pid=$LAUNCH_PID

sample() { # TOGGLES NOTE
	local seq0 i heap
	seq0=$(hbfield seq)
	for i in $(seq 150); do
		[ -n "$(hbfield seq)" ] && [ "$(hbfield seq)" != "$seq0" ] && break
		sleep 0.1
	done
	heap=$(hbfield heap_alloc_bytes)
	echo "$1,$(awk '/^VmRSS/ { print $2 }' "/proc/$pid/status"),$((${heap:-0} / 1048576)),$2" >>"$csv"
	log "$1 toggles $2: RSS $(($(awk '/^VmRSS/ { print $2 }' "/proc/$pid/status") / 1024)) MB, Go heap $((${heap:-0} / 1048576)) MB"
}

echo "toggles,rss_kb,heap_mb,note" >"$csv"
xtap() { "$TOOLS/xtap" "$@" >/dev/null; }
xtap key Right # leave the attract loop: the home screen
sleep 3
sample 0 ""
for i in $(seq "$TOGGLES"); do
	xtap key "$KEY"
	sleep "$SPACING"
	((i % STEP == 0)) && sample "$i" ""
done
sleep "$REST"
sample "$TOGGLES" "after ${REST}s rest"

{
	echo "theme_leak.sh KEY=$KEY — $(date -u +%Y-%m-%dT%H:%MZ) — $(machine)"
	echo "$(bininfo)"
	awk -F, 'NR == 2 { r0 = $2; h0 = $3 } NR > 2 && $4 == "" { r = $2; h = $3; n = $1 } NR > 2 && $4 != "" { rr = $2; rh = $3 }
		END {
			printf "%d toggles: RSS %d -> %d MB (%.1f MB per toggle), Go heap %d -> %d MB (%.1f MB per toggle)\n", n, r0 / 1024, r / 1024, (r - r0) / 1024 / n, h0, h, (h - h0) / n
			printf "after the rest: RSS %d MB, Go heap %d MB\n", rr / 1024, rh
		}' "$csv"
} | tee "$summary"
