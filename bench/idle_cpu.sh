#!/usr/bin/env bash
# CPU use of the exhibit while nobody touches it.
#
# Starts the app on a fresh 1920×1080 Xvfb, waits until its first screen is
# painted and SETTLE seconds more, then measures user + system CPU time of
# the app's process (all threads; from /proc/PID/stat utime + stime) over
# DURATION seconds (default 30), as a percentage of one core. Cases:
#   home     budapest1956 --size 1920x1080                       (home screen)
#   attract  budapest1956 --size 1920x1080 --kiosk --insecure_pin ... (attract loop:
#            a new highlight every 9 s)
#   page     budapest1956 --size 1920x1080 --start operation-whirlwind (a story page with a picture)
#   player   budapest1956 --size 1920x1080 --start nagy-1956-11-04 (the radio player, paused)
# The X server's CPU over the same window is reported too (it composites
# what the app draws with Mesa's software GL).
#
#   bench/idle_cpu.sh
#   DURATION=60 CASES="home attract" bench/idle_cpu.sh
#
# Output: build/bench/idle_cpu.csv and idle_cpu.txt.
source "$(dirname "$0")/lib.sh"

DURATION=${DURATION:-30}
SETTLE=${SETTLE:-5}
CASES=${CASES:-home attract page player}
need_binary
build_tools
start_xvfb

csv=$OUT/idle_cpu.csv
summary=$OUT/idle_cpu.txt
echo "case,seconds,app_cpu_percent,xvfb_cpu_percent,app_rss_kb" >"$csv"

for c in $CASES; do
	home=$BENCH_TMP/home-$c
	mkdir -p "$home/.cache"
	args=(--size 1920x1080)
	case $c in
	home) ;;
	attract) args+=(--kiosk --insecure_pin --heartbeat "$home/heartbeat.json" --stats_log "$home/visits.jsonl") ;;
	page) args+=(--start "${IDLE_PAGE:-operation-whirlwind}") ;;
	player) args+=(--start "${IDLE_BROADCAST:-nagy-1956-11-04}") ;;
	*) echo "unknown case $c" >&2; exit 2 ;;
	esac
	if ! launch "$BENCH_TMP/$c" env HOME="$home" "$BIN" "${args[@]}"; then
		echo "$c,$DURATION,NA,NA,NA" >>"$csv"
		continue
	fi
	pid=$LAUNCH_PID
	sleep "$SETTLE"
	a0=$(pid_ticks "$pid") x0=$(pid_ticks "$XVFB_PID") t0=$(date +%s%N)
	sleep "$DURATION"
	a1=$(pid_ticks "$pid") x1=$(pid_ticks "$XVFB_PID") t1=$(date +%s%N)
	rss=$(awk '/^VmRSS/ { print $2 }' "/proc/$pid/status")
	secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')
	app=$(awk -v d=$((a1 - a0)) -v s="$secs" -v hz="$CLK_TCK" 'BEGIN { printf "%.2f", 100 * d / hz / s }')
	xv=$(awk -v d=$((x1 - x0)) -v s="$secs" -v hz="$CLK_TCK" 'BEGIN { printf "%.2f", 100 * d / hz / s }')
	echo "$c,$secs,$app,$xv,$rss" >>"$csv"
	log "$c: app ${app}% of a core over ${secs} s ($((a1 - a0)) ticks at $CLK_TCK/s), Xvfb ${xv}%"
	stop_session "$pid"
	sleep 1
done

{
	echo "idle_cpu.sh — $(date -u +%Y-%m-%dT%H:%MZ) — $(machine)"
	echo "CPU of one core, /proc/PID/stat utime+stime over ${DURATION} s after ${SETTLE} s of settling (resolution 1/$CLK_TCK s = $(awk -v hz="$CLK_TCK" -v d="$DURATION" 'BEGIN { printf "%.3f", 100 / hz / d }')%)"
	column -s, -t "$csv"
} | tee "$summary"
