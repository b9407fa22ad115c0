#!/usr/bin/env bash
# How long the real app takes to show a new screen (GL painter, Mesa's
# software GL under Xvfb): the on-screen counterpart of BenchmarkPageRender,
# which uses Fyne's software painter without a display.
#
# Starts budapest1956 --size 1920x1080 on the home screen and, ROUNDS times
# (default 2), for each of the four chapters: taps its tile ("open"), turns
# TURNS pages with the Right arrow ("next"), switches language there and
# back with L ("language"), and goes home with Escape ("home"). Each event is
# sent with bench/xtap, which then grabs the screen every 5 ms: "first" is
# the event → the first changed frame, "complete" → the frame that then stays
# unchanged for 300 ms (first seen). Grabbing 1920×1080 every 5 ms costs CPU
# too: the figures are upper bounds on this 2-core machine.
#
#   bench/page_turn.sh
#   ROUNDS=1 TURNS=4 bench/page_turn.sh
#
# Output: build/bench/page_turn.csv and page_turn.txt.
source "$(dirname "$0")/lib.sh"

ROUNDS=${ROUNDS:-2}
TURNS=${TURNS:-8}
need_binary
build_tools
start_xvfb

csv=$OUT/page_turn.csv
summary=$OUT/page_turn.txt
home=$BENCH_TMP/turn
mkdir -p "$home/.cache"
launch "$BENCH_TMP/turn" env HOME="$home" "$BIN" --size 1920x1080
pid=$LAUNCH_PID
echo "kind,first_ms,complete_ms" >"$csv"

# ev KIND XTAP-ARGS...: one event, one CSV line.
ev() {
	local kind=$1 out first complete
	shift
	out=$("$TOOLS/xtap" -w 300 -t 5000 "$@")
	first=$(echo "$out" | awk '/^changed_ms/ { print $2 }')
	complete=$(echo "$out" | awk '/^complete_ms/ { print $2 }')
	echo "$kind,$first,$complete" >>"$csv"
}

for round in $(seq "$ROUNDS"); do
	for tile in 0 1 2 3; do
		ev open click $((240 + tile * 480)) 500
		for i in $(seq "$TURNS"); do ev next key Right; done
		ev language key l
		ev language key l
		ev home key Escape
	done
	log "round $round done"
done

pct() { # KIND COLUMN Q
	awk -F, -v k="$1" -v c="$2" 'NR > 1 && $1 == k && $c >= 0 { print $c }' "$csv" | sort -g |
		awk -v q="$3" '{ v[NR] = $1 } END { if (!NR) { print "NA"; exit } i = int(q * NR + 0.999999); if (i < 1) i = 1; print v[i] }'
}
{
	echo "page_turn.sh — $(date -u +%Y-%m-%dT%H:%MZ) — $(machine)"
	echo "$(bininfo)"
	printf "%-9s %5s %9s %9s %9s %12s %12s\n" kind n first-p50 first-p99 first-max complete-p50 complete-p99
	for k in open next language home; do
		printf "%-9s %5s %9s %9s %9s %12s %12s\n" "$k" "$(awk -F, -v k="$k" 'NR > 1 && $1 == k' "$csv" | wc -l)" \
			"$(pct "$k" 2 0.5)" "$(pct "$k" 2 0.99)" "$(pct "$k" 2 1)" "$(pct "$k" 3 0.5)" "$(pct "$k" 3 0.99)"
	done
	echo "(ms after the event; a p99 of fewer than 100 samples is the maximum or close to it)"
} | tee "$summary"
