#!/usr/bin/env bash
# A/B start-up of two or more builds of the app, with bare Fyne, in turn.
#
#   bench/startup_ab.sh BIN_A BIN_B [BIN…]      # RUNS (6) rounds
#
# Each round launches every binary (--size 1920x1080, fresh HOME) and then
# bench/barefyne, one after the other under xpoll, as startup.sh does (no
# Chromium, so a round takes ~30 s). On a machine that others load, the
# wall clock of one launch varies by 2× or more; what this compares is the
# same round's launches: each binary's complete_ms over bare Fyne's and
# over BIN_A's, medians over the rounds. PSS is taken SETTLE_S (4) s after
# the finished frame.
#
# Output: build/bench/startup_ab.csv (one line per launch), startup_ab.txt.
source "$(dirname "$0")/lib.sh"

RUNS=${RUNS:-6}
SETTLE_S=${SETTLE_S:-4}
[ $# -ge 2 ] || { echo "usage: bench/startup_ab.sh BIN_A BIN_B [BIN…]" >&2; exit 2; }
for b in "$@"; do [ -x "$b" ] || { echo "$b: not an executable" >&2; exit 2; }; done
build_tools
(cd "$ROOT" && go build -tags migrated_fynedo -o "$TOOLS/barefyne" ./bench/barefyne)
start_xvfb

csv=$OUT/startup_ab.csv
summary=$OUT/startup_ab.txt
echo "round,which,first_ms,complete_ms,pss_kb" >"$csv"
for round in $(seq "$RUNS"); do
	i=0
	for b in "$@" "$TOOLS/barefyne"; do
		i=$((i + 1))
		name=bin$i
		args=(--size 1920x1080)
		if [ "$b" = "$TOOLS/barefyne" ]; then name=fyne args=(); fi
		home=$BENCH_TMP/home-$round-$name
		mkdir -p "$home/.cache"
		if launch "$BENCH_TMP/$name-$round" env HOME="$home" "$b" "${args[@]}"; then
			sleep "$SETTLE_S"
			read -r pss _ < <(pss_kb "$LAUNCH_PID")
			echo "$round,$name,$LAUNCH_FIRST_MS,$LAUNCH_COMPLETE_MS,$pss" >>"$csv"
			log "round $round $name ($b): complete $LAUNCH_COMPLETE_MS ms, PSS $((pss / 1024)) MB"
			stop_session "$LAUNCH_PID"
		else
			echo "$round,$name,NA,NA,NA" >>"$csv"
			[ -n "${LAUNCH_PID:-}" ] && stop_session "$LAUNCH_PID"
		fi
		sleep 1
	done
done

# per-round ratios of column C: WHICH over OVER
ratios() {
	awk -F, -v c="$1" -v w="$2" -v o="$3" 'NR > 1 && $c != "NA" { v[$1 "," $2] = $c; r[$1] = 1 }
		END { for (k in r) if ((k "," w) in v && (k "," o) in v && v[k "," o] > 0) print v[k "," w] / v[k "," o] }' "$csv"
}
col() { awk -F, -v w="$1" -v c="$2" 'NR > 1 && $2 == w && $c != "NA" { print $c }' "$csv"; }
{
	echo "startup_ab.sh — $(date -u +%Y-%m-%dT%H:%MZ) — $(machine)"
	echo "rounds: $RUNS; medians over the rounds"
	i=0
	for b in "$@"; do
		i=$((i + 1))
		echo "bin$i $b: complete $(col "bin$i" 4 | median) ms, PSS $(($(col "bin$i" 5 | median | cut -d. -f1) / 1024)) MB;" \
			"÷ bare Fyne: complete $(ratios 4 "bin$i" fyne | median), PSS $(ratios 5 "bin$i" fyne | median);" \
			"÷ bin1: complete $(ratios 4 "bin$i" bin1 | median)"
	done
	echo "bare Fyne: complete $(col fyne 4 | median) ms, PSS $(($(col fyne 5 | median | cut -d. -f1) / 1024)) MB"
} | tee "$summary"
