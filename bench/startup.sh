#!/usr/bin/env bash
# Start-up time and memory of the exhibit vs Chromium in kiosk mode.
#
# For each of RUNS (default 5) rounds, in alternating order, starts
#   - the app:      budapest1956 --size 1920x1080   (home screen, fresh HOME)
#   - Chromium:     chromium --kiosk ... (fresh --user-data-dir) on a
#                   comparable static home page: the web edition's home page if
#                   `budapest1956 export-web DIR` exists (en/index.html), else
#                   (or with PAGE=static) the page written by
#                   `benchtool homepage` (same texts, pictures, fonts, layout)
#   - bare Fyne:    bench/barefyne, one window with one label: the floor of
#                   any Fyne app here (built with the app's build tags)
# on a fresh 1920×1080 Xvfb screen, and records (bench/xpoll, which grabs the
# root window every 10 ms):
#   first_ms     launch → the screen first changes
#   complete_ms  launch → the screen that then stays unchanged for 1 s first
#                appears: the first painted frame of the finished home screen
#   pss_kb       PSS summed over every process of the program's session
#                (/proc/PID/smaps_rollup), 1 + SETTLE_S (4) s after complete_ms
# and the medians and ratios (app / Chromium, app / bare Fyne) of this run.
#
#   bench/startup.sh            # RUNS=5
#   RUNS=9 bench/startup.sh
#
# Output: build/bench/startup.csv (one line per launch), startup.txt (summary).
source "$(dirname "$0")/lib.sh"

RUNS=${RUNS:-5}
SETTLE_S=${SETTLE_S:-4}
need_binary
need chromium
build_tools
(cd "$ROOT" && go build -tags migrated_fynedo -o "$TOOLS/barefyne" ./bench/barefyne)
start_xvfb

csv=$OUT/startup.csv
summary=$OUT/startup.txt

# The page Chromium shows.
web=$BENCH_TMP/web
# (help read whole first: with pipefail, grep -q leaving early made the
# pipe fail now and then, and Chromium got the static page in some runs)
help_text=$("$BIN" help 2>&1 || true)
if [ "${PAGE:-}" != static ] && grep -q 'export-web' <<<"$help_text"; then
	"$BIN" export-web "$web" >/dev/null
	page_kind="the web edition's English home page (budapest1956 export-web; en/index.html)"
	url="file://$web/en/index.html"
	[ -f "$web/en/index.html" ] || { url="file://$web/index.html"; page_kind="the web edition (budapest1956 export-web; index.html)"; }
else
	(cd "$ROOT" && "$TOOLS/benchtool" homepage "$web")
	page_kind="a static copy of the home screen (bench/benchtool homepage: same texts, 4 PNGs, fonts, colours)"
	url="file://$web/index.html"
fi
log "Chromium page: $page_kind"

run_app() { # ROUND TAG
	local home=$BENCH_TMP/home-$1-$2
	mkdir -p "$home/.cache"
	launch "$BENCH_TMP/app-$1-$2" env HOME="$home" "$BIN" --size 1920x1080
}

run_fyne() { # ROUND TAG
	local home=$BENCH_TMP/home-fyne-$1-$2
	mkdir -p "$home/.cache"
	launch "$BENCH_TMP/fyne-$1-$2" env HOME="$home" "$TOOLS/barefyne"
}

run_chromium() { # ROUND TAG
	local profile=$BENCH_TMP/chromium-$1-$2
	mkdir -p "$profile"
	launch "$BENCH_TMP/chromium-$1-$2" chromium --kiosk --no-sandbox --disable-gpu --no-first-run \
		--disable-background-networking --disable-component-update --user-data-dir="$profile" \
		--window-position=0,0 --window-size=1920,1080 "$url"
}

# measure WHICH ROUND: one launch, one CSV line.
measure() {
	local which=$1 round=$2 pss n
	if ! "run_$which" "$round" m; then
		echo "$round,$which,NA,NA,NA,NA" >>"$csv"
		[ -n "${LAUNCH_PID:-}" ] && stop_session "$LAUNCH_PID"
		return
	fi
	sleep "$SETTLE_S" # memory of the home screen at rest, not mid-start
	read -r pss n < <(pss_kb "$LAUNCH_PID")
	echo "$round,$which,$LAUNCH_FIRST_MS,$LAUNCH_COMPLETE_MS,$pss,$n" >>"$csv"
	log "round $round $which: first ${LAUNCH_FIRST_MS} ms, complete ${LAUNCH_COMPLETE_MS} ms, PSS $((pss / 1024)) MB in $n processes"
	stop_session "$LAUNCH_PID"
	sleep 1
}

log "warm-up (not counted): one launch of each"
for which in app chromium fyne; do
	if "run_$which" 0 warm; then stop_session "$LAUNCH_PID"; fi
	sleep 1
done

echo "round,which,first_ms,complete_ms,pss_kb,processes" >"$csv"
for round in $(seq "$RUNS"); do
	if [ $((round % 2)) = 1 ]; then order="app chromium fyne"; else order="fyne chromium app"; fi
	for which in $order; do measure "$which" "$round"; done
done

col() { # WHICH COLUMN → values
	awk -F, -v w="$1" -v c="$2" 'NR > 1 && $2 == w && $c != "NA" { print $c }' "$csv"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "NA" }'; }
# per-round ratios of one column: the app over Chromium (or over $2: fyne)
round_ratios() {
	awk -F, -v c="$1" -v d="${2:-chromium}" 'NR > 1 && $c != "NA" { v[$1 "," $2] = $c; r[$1] = 1 }
		END { for (k in r) if ((k ",app") in v && (k "," d) in v && v[k "," d] > 0) print v[k ",app"] / v[k "," d] }' "$csv"
}
{
	echo "startup.sh — $(date -u +%Y-%m-%dT%H:%MZ) — $(machine)"
	echo "runs: $RUNS per program, interleaved; Chromium page: $page_kind"
	for c in 3:first_ms 4:complete_ms 5:pss_kb; do
		i=${c%%:*} name=${c#*:}
		a=$(col app "$i" | median) b=$(col chromium "$i" | median)
		f=$(col fyne "$i" | median)
		echo "$name: app median $a, chromium median $b, ratio of medians $(ratio "$a" "$b"), median of per-round ratios $(round_ratios "$i" | median); bare Fyne median $f, ratio to chromium $(ratio "$f" "$b")"
		echo "  $name, app ÷ bare Fyne: ratio of medians $(ratio "$a" "$f"), median of per-round ratios $(round_ratios "$i" fyne | median)"
	done
	echo "processes (median): app $(col app 6 | median), chromium $(col chromium 6 | median), bare Fyne $(col fyne 6 | median)"
} | tee "$summary"
