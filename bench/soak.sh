#!/usr/bin/env bash
# Soak test: thousands of random visitor actions against the real binary.
#
# Starts the app as a kiosk on a fresh 1920×1080 Xvfb
#   budapest1956 --size 1920x1080 --kiosk --insecure_pin --idle 3600s --heartbeat FILE --stats_log FILE
# and drives it with xdotool (one xdotool process per SAMPLE actions, reading
# a generated script; GAP seconds between actions):
#   45 %  a tap at a random point (never the staff corner; MODE=nobars: only
#         between the top and bottom bars, so never a comfort toggle)
#   15 %  a horizontal swipe
#   30 %  a key: arrows, Page Up/Down, Escape, Home, L (language), Space
#    5 %  the radio: Escape, "Radio 1956" on the home screen, a broadcast, Space
#    5 %  Space (play/pause on the player)
# Every SAMPLE actions (default 500) it waits for the app to go idle and for
# a fresh heartbeat (rewritten every 10 s), then records RSS, PSS and threads
# (/proc/PID/status, smaps_rollup), and the heartbeat's goroutines and heap.
# After the last action it leaves the app alone for REST seconds (default
# 150: Fyne frees unused renderers and textures after 1 min) and samples
# again, so memory held for a while can be told from memory that leaked.
#
#   bench/soak.sh                          # ACTIONS=10000, MODE=all
#   ACTIONS=2000 MODE=nobars bench/soak.sh
#   MAX_MINUTES=40 bench/soak.sh           # stop early, report the count reached
#   MAX_RSS_MB=6000 (default) stops early too if the app's RSS passes it
#
# Output: build/bench/soak-MODE.csv and soak-MODE.txt.
source "$(dirname "$0")/lib.sh"

ACTIONS=${ACTIONS:-10000}
SAMPLE=${SAMPLE:-500}
MODE=${MODE:-all}
GAP=${GAP:-0.08}
SEED=${SEED:-1956}
MAX_MINUTES=${MAX_MINUTES:-0} # 0: no limit
REST=${REST:-150}              # seconds without input before the last sample
MAX_RSS_MB=${MAX_RSS_MB:-6000} # stop early if the app grows past this (a shared machine)
case $MODE in all | nobars) ;; *) echo "MODE is all or nobars" >&2; exit 2 ;; esac
need_binary
build_tools
start_xvfb

csv=$OUT/soak-$MODE.csv
summary=$OUT/soak-$MODE.txt

if ! launch_kiosk soak; then
	echo "the app did not start" >&2
	exit 1
fi
pid=$LAUNCH_PID
RANDOM=$SEED

# gen N FILE: an xdotool script of N random actions.
gen() {
	local n=$1 f=$2 i r x y d k
	local keys=(Right Left Right Left Next Prior Escape Home l space)
	: >"$f"
	for ((i = 0; i < n; i++)); do
		r=$((RANDOM % 100))
		if ((r < 45)); then
			x=$((RANDOM % 1920))
			if [ "$MODE" = nobars ]; then y=$((170 + RANDOM % 780)); else y=$((RANDOM % 1080)); fi
			((x < 160 && y < 160)) && x=$((x + 160)) # the staff corner
			echo "mousemove $x $y click 1" >>"$f"
		elif ((r < 60)); then
			x=$((400 + RANDOM % 1120)) y=$((200 + RANDOM % 700)) d=$((300 + RANDOM % 400))
			((RANDOM % 2)) && d=$((-d))
			((x + d < 0)) && d=$((-x))
			((x + d > 1919)) && d=$((1919 - x))
			echo "mousemove $x $y mousedown 1 mousemove $((x + d / 3)) $y sleep 0.015 mousemove $((x + 2 * d / 3)) $y sleep 0.015 mousemove $((x + d)) $y mouseup 1" >>"$f"
		elif ((r < 90)); then
			k=${keys[RANDOM % ${#keys[@]}]}
			echo "key $k" >>"$f"
		elif ((r < 95)); then
			echo "key Escape sleep 0.4 mousemove 376 1031 click 1 sleep 0.6 mousemove 960 $((150 + RANDOM % 700)) click 1 sleep 0.6 key space" >>"$f"
		else
			echo "key space" >>"$f"
		fi
		echo "sleep $GAP" >>"$f"
	done
}

# idle: wait until the app has used < 3 ticks of CPU in 0.5 s (at most 20 s).
idle() {
	local a b i
	for i in $(seq 40); do
		a=$(pid_ticks "$pid")
		sleep 0.5
		b=$(pid_ticks "$pid")
		((b - a < 3)) && return 0
	done
	log "the app was still busy after 20 s"
}


# sample ACTIONS [NOTE]: one CSV line, after a fresh heartbeat.
start_ns=$(date +%s%N)
sample() {
	local seq0 i rss threads pss n secs cpu
	idle
	seq0=$(hbfield seq)
	for i in $(seq 150); do
		[ "$(hbfield seq)" != "$seq0" ] && break
		sleep 0.1
	done
	rss=$(awk '/^VmRSS/ { print $2 }' "/proc/$pid/status")
	threads=$(awk '/^Threads/ { print $2 }' "/proc/$pid/status")
	read -r pss n < <(pss_kb "$pid")
	secs=$(awk -v a="$start_ns" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
	cpu=$(awk -v t="$(pid_ticks "$pid")" -v hz="$CLK_TCK" 'BEGIN { printf "%.1f", t / hz }')
	local state
	state=$({ grep -o '"state": *"[^"]*"' "$hb" 2>/dev/null || true; } | cut -d'"' -f4)${2:+ $2}
	local heap
	heap=$(hbfield heap_alloc_bytes)
	heap=$((${heap:-0} / 1048576))
	echo "$1,$secs,$rss,$pss,$threads,$(hbfield goroutines),$heap,$(hbfield panics),$state,$cpu" >>"$csv"
	log "$1 actions, ${secs} s: RSS $((rss / 1024)) MB, PSS $((pss / 1024)) MB, $threads threads, $(hbfield goroutines) goroutines, heap $heap MB, on $state"
}

echo "actions,elapsed_s,rss_kb,pss_kb,threads,goroutines,heap_mb,panics,state,cpu_s" >"$csv"
sleep 5
sample 0
done_actions=0
stopped=""
while ((done_actions < ACTIONS)); do
	n=$((ACTIONS - done_actions < SAMPLE ? ACTIONS - done_actions : SAMPLE))
	gen "$n" "$BENCH_TMP/chunk.xdo"
	xdotool "$BENCH_TMP/chunk.xdo" || log "xdotool exited with $?"
	done_actions=$((done_actions + n))
	if ! kill -0 "$pid" 2>/dev/null; then
		stopped="the app exited after $done_actions actions (see $BENCH_TMP/soak.log)"
		cp "$BENCH_TMP/soak.log" "$OUT/soak-$MODE.app.log" 2>/dev/null || true
		break
	fi
	sample "$done_actions"
	if ((MAX_MINUTES > 0)) && (($(date +%s%N) - start_ns > MAX_MINUTES * 60 * 1000000000)); then
		stopped="stopped at the time limit ($MAX_MINUTES min)"
		break
	fi
	if (($(awk '/^VmRSS/ { print $2 }' "/proc/$pid/status") > MAX_RSS_MB * 1024)); then
		stopped="stopped: RSS passed MAX_RSS_MB=$MAX_RSS_MB"
		break
	fi
done
if kill -0 "$pid" 2>/dev/null && ((REST > 0)); then
	log "resting ${REST} s"
	sleep "$REST"
	sample "$done_actions" "(after ${REST} s rest)"
fi
cp "$BENCH_TMP/soak.log" "$OUT/soak-$MODE.app.log" 2>/dev/null || true

{
	echo "soak.sh MODE=$MODE — $(date -u +%Y-%m-%dT%H:%MZ) — $(machine)"
	echo "$(bininfo)"
	echo "actions: $done_actions of $ACTIONS${stopped:+ ($stopped)}; seed $SEED; gap ${GAP}s"
	awk -F, 'NR == 2 { a0 = $1; t0 = $2; r0 = $3; p0 = $4; th0 = $5; g0 = $6; h0 = $7 }
		NR == 3 { r1 = $3; a1 = $1 }
		NR > 1 && $9 ~ /rest\)$/ { rested = 1; rr = $3; rp = $4; rg = $6; rh = $7; next }
		NR > 1 { a = $1; t = $2; r = $3; p = $4; th = $5; g = $6; h = $7; pn = $8; if ($3 > rmax) rmax = $3 }
		END {
			printf "rate: %.1f actions/s over %.0f s (sampling included)\n", (a - a0) / (t - t0), t - t0
			printf "RSS: %d MB at start, %d MB after %d actions, %d MB after the last action, max %d MB\n", r0 / 1024, r1 / 1024, a1, r / 1024, rmax / 1024
			printf "RSS growth after the last action: %+.1f%% from the start, %+.1f%% from %d actions\n", 100 * (r - r0) / r0, 100 * (r - r1) / r1, a1
			if (rested) printf "after the rest: RSS %d MB (%+.1f%% from the start), PSS %d MB, Go heap %d MB, goroutines %d\n", rr / 1024, 100 * (rr - r0) / r0, rp / 1024, rh, rg
			printf "PSS: %d MB at start, %d MB after the last action\n", p0 / 1024, p / 1024
			printf "threads %d -> %d, goroutines %d -> %d, Go heap %d MB -> %d MB, recovered panics %d\n", th0, th, g0, g, h0, h, pn
		}' "$csv"
	# Growth or plateau? A least-squares line through the samples from 500
	# actions on (the first 500 fill Fyne's caches from a fresh start).
	awk -F, 'NR > 2 && $9 !~ /rest\)$/ { n++; x = $1; y = $3 / 1024; sx += x; sy += y; sxx += x * x; sxy += x * y
			if (x <= a_half) { s1 += y; n1++; if (y > m1) m1 = y } else { s2 += y; n2++; if (y > m2) m2 = y } }
		END { if (n < 3) exit
			b = (n * sxy - sx * sy) / (n * sxx - sx * sx); a = (sy - b * sx) / n
			printf "RSS trend from 500 actions on (least squares): %+.1f MB per 1000 actions (%+.1f%% over the run)\n", 1000 * b, 100 * b * (x - 500) / (a + 500 * b)
			if (n1 && n2) printf "RSS first half: mean %.0f MB, max %.0f MB; second half: mean %.0f MB, max %.0f MB\n", s1 / n1, m1, s2 / n2, m2 }' a_half=$((done_actions / 2)) "$csv"
	echo "alive at the end: $(kill -0 "$pid" 2>/dev/null && echo yes || echo no)"
} | tee "$summary"
