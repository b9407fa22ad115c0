#!/usr/bin/env bash
# Runs every performance measurement of docs/performance.md, one after the
# other (quiet measurements first, the long soak last), writing raw results
# to build/bench/ and a summary to build/bench/summary.txt. `make bench`
# builds the app and runs this. See bench/README.md.
#
#   bash bench/run.sh            # everything: about 1 h 45 min on 2 cores
#   QUICK=1 bash bench/run.sh    # a short pass (about 15 minutes): fewer runs and actions
#   ONLY="startup idle" bash bench/run.sh
#
# Steps (ONLY picks some): startup idle latency turn gobench theme monkey soak
set -uo pipefail
cd "$(dirname "$0")/.."
OUT=${BENCH_OUT:-build/bench}
mkdir -p "$OUT"
export BENCH_OUT=$OUT
TAGS=${TAGS:-migrated_fynedo,no_emoji}
ONLY=${ONLY:-startup idle latency turn gobench theme monkey soak}

if [ "${QUICK:-}" = 1 ]; then
	RUNS=${RUNS:-3} TRIALS=${TRIALS:-3} BENCHTIME=${BENCHTIME:-5x} MONKEY_N=${MONKEY_N:-10000}
	SOAK_ACTIONS=${SOAK_ACTIONS:-1000} TOGGLES=${TOGGLES:-10} DURATION=${DURATION:-15} ROUNDS=${ROUNDS:-1}
else
	RUNS=${RUNS:-5} TRIALS=${TRIALS:-7} BENCHTIME=${BENCHTIME:-20x} MONKEY_N=${MONKEY_N:-100000}
	SOAK_ACTIONS=${SOAK_ACTIONS:-10000} TOGGLES=${TOGGLES:-40} DURATION=${DURATION:-30} ROUNDS=${ROUNDS:-2}
fi
export RUNS TRIALS DURATION TOGGLES ROUNDS

[ -x build/budapest1956 ] || { echo "build/budapest1956 missing: make build" >&2; exit 2; }
status=0
step() { # NAME COMMAND...
	local name=$1
	shift
	case " $ONLY " in *" $name "*) ;; *) return 0 ;; esac
	echo "=== $name: $* ($(date +%H:%M:%S))"
	"$@" || { echo "=== $name failed ($?)"; status=1; }
}

gobench() {
	go test -tags "$TAGS" -run XXX -bench . -benchtime "$BENCHTIME" -count 1 -timeout 2h \
		./screens/ ./internal/audio/ ./internal/ui/ 2>&1 | tee "$OUT/go-bench.txt"
	# where the page render time goes
	go test -tags "$TAGS" -run XXX -bench 'PageRender/(all|home)$' -benchtime "$BENCHTIME" -count 1 \
		-cpuprofile "$OUT/page-render.cpu.pprof" -o "$OUT/screens.test" ./screens/ >/dev/null &&
		go tool pprof -top -cum "$OUT/screens.test" "$OUT/page-render.cpu.pprof" 2>/dev/null | head -60 >"$OUT/page-render.pprof.txt"
}

monkey() {
	(cd screens && MONKEY_N=$MONKEY_N MONKEY_SEED=${MONKEY_SEED:-20261123} FYNE_CACHE=5s \
		go test -tags "$TAGS" -count 1 -run 'Monkey$' -v -timeout 3h .) 2>&1 | tee "$OUT/monkey-$MONKEY_N.txt" | grep -v '^    monkey_test.go:[0-9]*:   '
}

step startup bash bench/startup.sh
step idle bash bench/idle_cpu.sh
step latency bash bench/play_latency.sh
step latency env MODE=tap bash bench/play_latency.sh
step latency env MODE=direct bash bench/play_latency.sh
step turn bash bench/page_turn.sh
step gobench gobench
step theme bash bench/theme_leak.sh
step monkey monkey
step soak env ACTIONS="$SOAK_ACTIONS" MODE=all MAX_MINUTES=${MAX_MINUTES:-90} bash bench/soak.sh

{
	echo "bench/run.sh — $(date -u +%Y-%m-%dT%H:%MZ)"
	for f in startup idle_cpu play_latency-key play_latency-tap play_latency-direct page_turn theme_leak-c soak-all; do
		[ -f "$OUT/$f.txt" ] && { echo; cat "$OUT/$f.txt"; }
	done
	echo
	grep -E '^Benchmark(PageRender/(all|build|paint|home|floor)|LanguageSwitch|Paginate|AccessToggle|ScalePicture|Play_FirstSamples|Radio)' "$OUT/go-bench.txt" 2>/dev/null
	echo
	grep -E 'actions in|goroutines .* before|--- (PASS|FAIL)' "$OUT/monkey-$MONKEY_N.txt" 2>/dev/null
} >"$OUT/summary.txt"
echo "summary: $OUT/summary.txt"
exit $status
