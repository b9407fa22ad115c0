#!/usr/bin/env bash
# Smoke check of the Windows build under Debian's Wine: does the .exe that
# `make package-windows` writes start, answer `help`, check content and show
# its home screen? Not a Windows test (Wine is not Windows), but it catches a
# broken cross-compile without a Windows machine.
#
#   apt-get install -y wine wine64 gcc-mingw-w64-x86-64   # ~900 MB, once
#   make package-windows && bash bench/wine_smoke.sh
#
# Debian 12's Wine 8.0 lacks bcryptprimitives.dll, which Go 1.22+ programs
# load at start-up ("fatal error: bcryptprimitives.dll not found"); real
# Windows 10/11 has it. The script builds a 12 kB stand-in exporting
# ProcessPrng (bench/wine/bcryptprimitives.c, on top of BCryptGenRandom)
# into its own throwaway prefix only.
#
# Output: build/bench/wine.txt and build/bench/wine-home.png.
source "$(dirname "$0")/lib.sh"

EXE=${EXE:-$ROOT/build/Budapest 1956.exe}
[ -f "$EXE" ] || { echo "$EXE missing: make package-windows" >&2; exit 2; }
need wine x86_64-w64-mingw32-gcc import
start_xvfb
export WINEPREFIX=$BENCH_TMP/wineprefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
summary=$OUT/wine.txt

log "wineboot (a fresh prefix)"
wineboot -i >/dev/null 2>&1 || true
x86_64-w64-mingw32-gcc -shared -O2 -s -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
	"$ROOT/bench/wine/bcryptprimitives.c" "$ROOT/bench/wine/bcryptprimitives.def" -lbcrypt

help_out=$(timeout 60 wine "$EXE" help 2>/dev/null | head -1) || true
bad_out=$(timeout 60 wine "$EXE" validate 'Z:\no\such\dir' 2>&1 >/dev/null | grep -v wine32 | head -1) || true

log "starting the GUI"
setsid wine "$EXE" >"$BENCH_TMP/wine-gui.log" 2>&1 &
SESSIONS+=("$!")
t0=$(date +%s%N)
win=""
for i in $(seq 600); do
	win=$(xdotool search --name '^Budapest 1956$' 2>/dev/null | head -1) && [ -n "$win" ] && break
	sleep 0.1
done
t_win=$(awk -v a="$t0" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
shot=$OUT/wine-home.png
colours=0
if [ -n "$win" ]; then
	# wait until the window shows more than its background
	for i in $(seq 60); do
		import -window "$win" "$shot" 2>/dev/null || true
		colours=$(convert "$shot" -format '%k' info: 2>/dev/null || echo 0)
		((colours > 1000)) && break
		sleep 0.5
	done
fi
t_drawn=$(awk -v a="$t0" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
{
	echo "wine_smoke.sh — $(date -u +%Y-%m-%dT%H:%MZ) — $(machine)"
	echo "$(wine --version 2>/dev/null) running $(basename "$EXE") ($(stat -c %s "$EXE") bytes)"
	echo "help: ${help_out:-(nothing)}"
	echo "validate on a missing folder: ${bad_out:-(nothing)}"
	if [ -n "$win" ] && ((colours > 1000)); then
		echo "GUI: window after ${t_win} s, home screen drawn (${colours} colours) after ${t_drawn} s: $shot"
	elif [ -n "$win" ]; then
		echo "GUI: window after ${t_win} s but nothing drawn in it after ${t_drawn} s (see $BENCH_TMP/wine-gui.log)"
	else
		echo "GUI: no window within 60 s"
	fi
} | tee "$summary"
wineserver -k 2>/dev/null || true
