# Shared helpers of the bench/ scripts (sourced, not run).
#
# Every script starts its own Xvfb on the first free display from
# BENCH_DISPLAY_FIRST to BENCH_DISPLAY_LAST (default :150 to :199), runs the
# programs it measures in sessions of their own (setsid), and on exit stops
# exactly the processes it started, by pid.

set -euo pipefail
export LC_ALL=C

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=${BENCH_OUT:-$ROOT/build/bench}
BIN=${BIN:-$ROOT/build/budapest1956}
TOOLS=$OUT/tools
BENCH_DISPLAY_FIRST=${BENCH_DISPLAY_FIRST:-150}
BENCH_DISPLAY_LAST=${BENCH_DISPLAY_LAST:-199}
CLK_TCK=$(getconf CLK_TCK)

mkdir -p "$OUT"
BENCH_TMP=$(mktemp -d /tmp/bench1956.XXXXXX)
SESSIONS=()   # session ids (= leader pids) of programs we started
XVFB_PID=""

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

need() {
	local t
	for t in "$@"; do
		command -v "$t" >/dev/null || { echo "missing $t: run 'make test-deps' (or apt-get install it)" >&2; exit 2; }
	done
}

# build_tools compiles the helpers into $TOOLS: xpoll and xtap (C, Xlib),
# benchtool and the ALSA pacer (Go).
build_tools() {
	need gcc go
	mkdir -p "$TOOLS"
	if [ ! -x "$TOOLS/xpoll" ] || [ "$ROOT/bench/xpoll.c" -nt "$TOOLS/xpoll" ] || [ "$ROOT/bench/imagehash.h" -nt "$TOOLS/xpoll" ]; then
		gcc -O2 -Wall -o "$TOOLS/xpoll" "$ROOT/bench/xpoll.c" -lX11 -lXext
	fi
	if [ ! -x "$TOOLS/xtap" ] || [ "$ROOT/bench/xtap.c" -nt "$TOOLS/xtap" ] || [ "$ROOT/bench/imagehash.h" -nt "$TOOLS/xtap" ]; then
		gcc -O2 -Wall -o "$TOOLS/xtap" "$ROOT/bench/xtap.c" -lX11 -lXext -l:libXtst.so.6
	fi
	(cd "$ROOT" && go build -o "$TOOLS/benchtool" ./bench/benchtool && go build -o "$TOOLS/pacer" ./internal/audio/cmd/pacer)
}

need_binary() {
	[ -x "$BIN" ] || { echo "$BIN missing: run 'make build' first" >&2; exit 2; }
}

# start_xvfb starts a 1920×1080 Xvfb with a black root on a free display and
# exports DISPLAY.
start_xvfb() {
	need Xvfb xdotool
	local d
	for d in $(seq "$BENCH_DISPLAY_FIRST" "$BENCH_DISPLAY_LAST"); do
		[ -e "/tmp/.X$d-lock" ] || [ -e "/tmp/.X11-unix/X$d" ] && continue
		Xvfb ":$d" -screen 0 1920x1080x24 -nolisten tcp -br -noreset >"$BENCH_TMP/xvfb-$d.log" 2>&1 &
		XVFB_PID=$!
		export DISPLAY=":$d"
		local i
		for i in $(seq 100); do
			if xdotool getdisplaygeometry >/dev/null 2>&1; then
				log "Xvfb on $DISPLAY (pid $XVFB_PID)"
				return 0
			fi
			kill -0 "$XVFB_PID" 2>/dev/null || break
			sleep 0.1
		done
		kill "$XVFB_PID" 2>/dev/null || true
		wait "$XVFB_PID" 2>/dev/null || true
		XVFB_PID=""
	done
	echo "no free X display between :$BENCH_DISPLAY_FIRST and :$BENCH_DISPLAY_LAST" >&2
	exit 1
}

# session_pids SID: the processes of a session.
session_pids() {
	ps -e -o pid=,sid= | awk -v s="$1" '$2 == s { print $1 }'
}

# pss_kb SID: PSS of every process of the session, summed (kB), and how many
# processes there are: "KB N".
pss_kb() {
	local total=0 n=0 p v
	for p in $(session_pids "$1"); do
		v=$(awk '/^Pss:/ { print $2 }' "/proc/$p/smaps_rollup" 2>/dev/null || true)
		[ -n "$v" ] || continue
		total=$((total + v))
		n=$((n + 1))
	done
	echo "$total $n"
}

# cpu_ticks SID: user + system CPU time of the session's processes (clock ticks).
cpu_ticks() {
	local total=0 p
	for p in $(session_pids "$1"); do
		total=$((total + $(pid_ticks "$p")))
	done
	echo "$total"
}

# pid_ticks PID: user + system CPU time of one process and its threads.
pid_ticks() {
	# the command name (field 2) may contain spaces: count from the last ')'
	local s
	s=$(cat "/proc/$1/stat" 2>/dev/null) || { echo 0; return; }
	s=${s##*) }
	set -- $s
	echo $(( ${12} + ${13} ))
}

# stop_session SID: SIGTERM to each process of the session, by pid; SIGKILL
# to what is left after 5 s.
stop_session() {
	local sid=$1 p i
	for p in $(session_pids "$sid"); do kill "$p" 2>/dev/null || true; done
	for i in $(seq 50); do
		[ -z "$(session_pids "$sid")" ] && return 0
		sleep 0.1
	done
	for p in $(session_pids "$sid"); do kill -9 "$p" 2>/dev/null || true; done
	sleep 0.2
}

# launch LOGPREFIX CMD...: starts CMD under xpoll (its own session), waits
# for its first frames and sets LAUNCH_PID, LAUNCH_FIRST_MS (first change of
# the screen) and LAUNCH_COMPLETE_MS (the screen that then stayed unchanged
# for XPOLL_STABLE_MS, first seen), both in ms after the fork.
launch() {
	local prefix=$1
	shift
	local out=$prefix.xpoll status=0
	"$TOOLS/xpoll" -i "${XPOLL_INTERVAL_MS:-10}" -s "${XPOLL_STABLE_MS:-1000}" -t "${XPOLL_TIMEOUT_MS:-30000}" \
		-o "$prefix.frames" -- "$@" >"$out" 2>"$prefix.log" || status=$?
	LAUNCH_PID=$(awk '/^pid/ { print $2 }' "$out")
	LAUNCH_FIRST_MS=$(awk '/^first_nonblank_ms/ { print $2 }' "$out")
	LAUNCH_COMPLETE_MS=$(awk '/^complete_ms/ { print $2 }' "$out")
	[ -n "$LAUNCH_PID" ] && SESSIONS+=("$LAUNCH_PID")
	if [ "$status" != 0 ]; then
		log "launch $*: xpoll status $status (see $out)"
		return 1
	fi
}

# launch_kiosk NAME: starts the app as a kiosk (no idle reset for an hour)
# with a fresh HOME, a heartbeat and a statistics log, under xpoll; sets
# home and hb (the heartbeat file) besides what launch sets.
launch_kiosk() {
	home=$BENCH_TMP/$1
	hb=$home/heartbeat.json
	mkdir -p "$home/.cache"
	launch "$BENCH_TMP/$1" env HOME="$home" "$BIN" --size 1920x1080 --kiosk --insecure_pin --idle 3600s \
		--heartbeat "$hb" --stats_log "$home/visits.jsonl"
}

# hbfield NAME: a number from the heartbeat file (empty if not there yet).
hbfield() { { grep -o "\"$1\": *[0-9]*" "$hb" 2>/dev/null || true; } | head -1 | cut -d: -f2 | tr -d ' '; }

cleanup() {
	local s
	for s in "${SESSIONS[@]:-}"; do
		[ -n "$s" ] && stop_session "$s"
	done
	if [ -n "$XVFB_PID" ]; then
		kill "$XVFB_PID" 2>/dev/null || true
		wait "$XVFB_PID" 2>/dev/null || true
	fi
	rm -rf "$BENCH_TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# median: the median of the numbers on stdin (mean of the middle two).
median() {
	sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print "NA"; exit } if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# bininfo: which build of the app was measured.
bininfo() {
	echo "$BIN built $(date -u -r "$BIN" +%Y-%m-%dT%H:%MZ), sha256 $(sha256sum "$BIN" | cut -c1-12)"
}

# machine: a one-line description of this machine and its load.
machine() {
	echo "$(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo), $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
}
