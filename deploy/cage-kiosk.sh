#!/bin/sh
# cage-kiosk.sh [--cage | --x11] [APP ARGUMENTS...]
#
# Starts the Budapest 1956 exhibit full screen with nothing else on screen,
# on the current VT, as the current user. budapest1956.service runs it as
# the kiosk user on tty1; installed as /usr/local/lib/budapest1956/cage-kiosk.sh.
#
#   --cage  (default) inside cage, a Wayland kiosk compositor: one
#           full-screen app, no window switching, no VT switching (no -s),
#           no screen blanking; the app runs under cage's Xwayland.
#   --x11   inside a bare X server started with xinit: no window manager,
#           no pointer (-nocursor), no screen saver or DPMS (-s 0 -dpms,
#           and xset s off -dpms s noblank once it runs).
#
# Settings come from the environment (budapest1956.service sets them):
#   BUDAPEST1956_BIN        the app             (/usr/local/bin/budapest1956)
#   BUDAPEST1956_CONFIG     passed as --config  (/etc/budapest1956/config.yaml);
#                           empty: the app's own default path
#   BUDAPEST1956_HEARTBEAT  passed as --heartbeat; empty: the config's
#   BUDAPEST1956_SESSION    cage or x11         (cage)
#   BUDAPEST1956_ROTATE     0, 90, 180, 270: degrees clockwise (0)
#   BUDAPEST1956_TOUCH      x11 only: touch screen name (xinput list) to map
#   BUDAPEST1956_OUTPUT     x11 only: output (xrandr) to map it onto
# Extra arguments are passed to the app (flags win over the config file).
set -eu

APP=${BUDAPEST1956_BIN:-/usr/local/bin/budapest1956}
CONFIG=${BUDAPEST1956_CONFIG-/etc/budapest1956/config.yaml}
HEARTBEAT=${BUDAPEST1956_HEARTBEAT:-}
SESSION=${BUDAPEST1956_SESSION:-cage}
ROTATE=${BUDAPEST1956_ROTATE:-0}

case "${1:-}" in
--cage) SESSION=cage; shift ;;
--x11) SESSION=x11; shift ;;
--x11-session) SESSION=x11-session; shift ;; # internal: inside xinit
esac

fail() {
	echo "cage-kiosk.sh: $*" >&2
	exit 1
}

[ -x "$APP" ] || fail "no app at $APP (BUDAPEST1956_BIN)"
[ -z "$CONFIG" ] || [ -r "$CONFIG" ] || fail "cannot read $CONFIG (BUDAPEST1956_CONFIG): see docs/kiosk.md"
# The app's own flags go in front of the extra arguments (once: the X
# session is this script again, with them already there).
if [ "$SESSION" != x11-session ]; then
	set -- --kiosk "$@"
	if [ -n "$CONFIG" ]; then set -- --config "$CONFIG" "$@"; fi
	if [ -n "$HEARTBEAT" ]; then set -- --heartbeat "$HEARTBEAT" "$@"; fi
fi
# Fyne has to use X11 (Xwayland under cage): GLFW's Wayland backend has no
# touch support, while X turns touches into pointer clicks.
export FYNE_PLATFORM="${FYNE_PLATFORM:-x11}"

case "$SESSION" in
cage)
	command -v cage >/dev/null || fail "cage is not installed: sudo apt-get install cage xwayland"
	command -v Xwayland >/dev/null || fail "Xwayland is not installed: sudo apt-get install xwayland"
	rot=""
	case "$ROTATE" in
	0) ;;
	90) rot="-r" ;;
	180) rot="-r -r" ;;
	270) rot="-r -r -r" ;;
	*) fail "BUDAPEST1956_ROTATE=$ROTATE: want 0, 90, 180 or 270" ;;
	esac
	# shellcheck disable=SC2086 # $rot is zero to three -r on purpose
	exec cage -d $rot -- "$APP" "$@"
	;;
x11)
	command -v xinit >/dev/null || fail "xinit is not installed: sudo apt-get install xserver-xorg-core xserver-xorg-input-libinput xinit x11-xserver-utils xinput"
	self=$(readlink -f "$0")
	# vt1 and -keeptty: Xorg stays on the kiosk's own VT and logind session
	# (rootless Xorg). -nolisten tcp: no network clients. -nocursor: no
	# pointer at all. -s 0 -dpms: never blank. -novtswitch: do not switch
	# VTs when the server exits.
	exec xinit "$self" --x11-session "$@" -- /usr/bin/Xorg :0 vt1 -keeptty -nolisten tcp -nocursor -s 0 -dpms -novtswitch
	;;
x11-session)
	# Inside the X server. No window manager: nothing to Alt+Tab to,
	# nothing that closes windows on Alt+F4.
	xset s off -dpms s noblank || true
	case "$ROTATE" in
	0) ;;
	90) xrandr -o right || true ;;
	180) xrandr -o inverted || true ;;
	270) xrandr -o left || true ;;
	*) fail "BUDAPEST1956_ROTATE=$ROTATE: want 0, 90, 180 or 270" ;;
	esac
	if [ -n "${BUDAPEST1956_TOUCH:-}" ] && [ -n "${BUDAPEST1956_OUTPUT:-}" ]; then
		xinput map-to-output "$BUDAPEST1956_TOUCH" "$BUDAPEST1956_OUTPUT" ||
			echo "cage-kiosk.sh: could not map '$BUDAPEST1956_TOUCH' to '$BUDAPEST1956_OUTPUT' (xinput list; xrandr)" >&2
	fi
	exec "$APP" "$@"
	;;
*)
	fail "BUDAPEST1956_SESSION=$SESSION: want cage or x11"
	;;
esac
