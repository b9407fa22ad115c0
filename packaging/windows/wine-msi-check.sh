#!/usr/bin/env bash
# Installs the .msi under Debian's Wine in a throwaway prefix, starts the
# installed program and takes a screenshot, upgrades it to a rebuilt
# higher version and uninstalls it: a check of the installer without a
# Windows machine (Wine is not Windows: it puts the Start menu shortcut in
# the user's menu even for a per-machine install).
#
#   apt-get install -y wine wine64 gcc-mingw-w64-x86-64 xvfb xdotool imagemagick wixl
#   make package-msi && bash packaging/windows/wine-msi-check.sh
#
# Go 1.22+ programs need bcryptprimitives.dll, which Debian 12's Wine 8.0
# lacks: the stand-in of bench/wine/ goes into the throwaway prefix only.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
VERSION=$(sed -n 's/^Version = "\(.*\)"/\1/p' "$ROOT/FyneApp.toml")
MSI=$ROOT/build/budapest1956-$VERSION-x64.msi
[ -f "$MSI" ] || { echo "$MSI missing: make package-msi" >&2; exit 2; }
for tool in wine Xvfb xdotool import wixl x86_64-w64-mingw32-gcc; do
	command -v "$tool" >/dev/null || { echo "$tool missing (see the top of $0)" >&2; exit 2; }
done
TMP=$(mktemp -d)
export WINEPREFIX=$TMP/prefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
exec 3<> <(:)
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -noreset >/dev/null 2>&1 &
XVFB=$!
read -r -t 30 num <&3
export DISPLAY=:$num
GUI=""
cleanup() { [ -n "$GUI" ] && kill "$GUI" 2>/dev/null; wineserver -k 2>/dev/null || true; kill "$XVFB"; rm -rf "$TMP"; }
trap cleanup EXIT

wineboot -i >/dev/null 2>&1 || true
x86_64-w64-mingw32-gcc -shared -O2 -s -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
	"$ROOT/bench/wine/bcryptprimitives.c" "$ROOT/bench/wine/bcryptprimitives.def" -lbcrypt
uninstall_entries() { wine reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall' /s 2>/dev/null | tr -d '\r' | grep -E 'DisplayName +REG_SZ +Budapest 1956$' | wc -l; }

wine msiexec /i "$MSI" /qn
dir="$WINEPREFIX/drive_c/Program Files/Budapest 1956"
[ -f "$dir/budapest1956.exe" ] || { echo "FAIL: not installed into Program Files" >&2; exit 1; }
find "$WINEPREFIX/drive_c" -name 'Budapest 1956.lnk' | grep -q . || { echo "FAIL: no Start menu shortcut" >&2; exit 1; }
[ "$(uninstall_entries)" = 1 ] || { echo "FAIL: no uninstall entry" >&2; exit 1; }
wine "$dir/budapest1956.exe" validate || { echo "FAIL: the installed program's validate" >&2; exit 1; }
echo "installed: files, shortcut, uninstall entry; validate passes"

wine "$dir/budapest1956.exe" >/dev/null 2>&1 &
GUI=$!
shot=$ROOT/build/msi/wine-home.png
colours=0
for _ in $(seq 120); do
	import -window root "$shot" 2>/dev/null && colours=$(convert "$shot" -format '%k' info:)
	[ "$colours" -gt 1000 ] && break
	sleep 0.5
done
[ "$colours" -gt 1000 ] || { echo "FAIL: no home screen within 60 s" >&2; exit 1; }
echo "started: home screen drawn ($colours colours): $shot"
kill "$GUI"; GUI=""; wineserver -w 2>/dev/null || true

# Windows Installer compares only the first three fields of a version.
NEXT=$(echo "$VERSION" | awk -F. '{ printf "%d.%d.%d", $1, $2, $3 + 1 }')
next=$TMP/upgrade.msi
(cd "$ROOT" && wixl -a x64 -D Version="$NEXT" -D Exe=build/msi/budapest1956.exe -D Icon=build/msi/budapest1956.ico \
	-o "$next" packaging/windows/budapest1956.wxs)
wine msiexec /i "$next" /qn
[ "$(uninstall_entries)" = 1 ] || { echo "FAIL: the upgrade left two entries" >&2; exit 1; }
wine reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall' /s 2>/dev/null | grep -q "DisplayVersion.*$NEXT" ||
	{ echo "FAIL: the upgrade did not replace the installed version" >&2; exit 1; }
echo "upgraded: $VERSION replaced by $NEXT (one uninstall entry)"

wine msiexec /x "$next" /qn
[ ! -e "$dir/budapest1956.exe" ] && [ "$(uninstall_entries)" = 0 ] || { echo "FAIL: uninstall left files or its entry" >&2; exit 1; }
echo "uninstalled: files and entry gone"
