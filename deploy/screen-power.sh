#!/bin/sh
# Closing time and opening time for a Budapest 1956 kiosk, run as root by
# budapest1956-screen-off.service and budapest1956-wake.service (timers of
# the same names set the hours; see docs/fleet.md §5).
#
#   screen-power.sh off              stop the exhibit and switch the screen off
#   screen-power.sh on               switch the screen on and start the exhibit
#   screen-power.sh poweroff-until HH:MM
#                                    stop the exhibit and power the machine off;
#                                    the real-time clock switches it on at HH:MM
#                                    (rtcwake; only where the firmware allows
#                                    waking from "off" - try it once by hand)
#
# "off" blanks the text console on tty1 with DPMS power-down, which the
# kernel's DRM drivers pass on to the monitor (most monitors then sleep).
# A metrics file tells Prometheus that the kiosk is closed on purpose, so
# the alert rules in deploy/prometheus stay quiet.
set -eu

UNIT=budapest1956.service
TEXTFILE_DIR=${BUDAPEST1956_TEXTFILE_DIR:-/var/lib/prometheus/node-exporter}

closed() { # 1 while closed on purpose, 0 while open
	[ -d "$TEXTFILE_DIR" ] || return 0
	tmp=$(mktemp "$TEXTFILE_DIR/.budapest1956-schedule.XXXXXX")
	printf '# HELP budapest1956_scheduled_off 1 while the kiosk is closed on purpose (screen-power.sh).\n# TYPE budapest1956_scheduled_off gauge\nbudapest1956_scheduled_off %s\n' "$1" >"$tmp"
	chmod 0644 "$tmp"
	mv -f "$tmp" "$TEXTFILE_DIR/budapest1956-schedule.prom"
}

stop_exhibit() {
	closed 1
	systemctl stop "$UNIT"
	chvt 1 2>/dev/null || true
}

case "${1:-}" in
off)
	stop_exhibit
	TERM=linux setterm --term linux --blank force --powersave powerdown </dev/tty1 >/dev/tty1
	echo "closed: $UNIT stopped, screen blanked"
	;;
on)
	TERM=linux setterm --term linux --blank poke --powersave off </dev/tty1 >/dev/tty1 || true
	closed 0
	systemctl start "$UNIT"
	echo "opened: $UNIT started"
	;;
poweroff-until)
	at=${2:?usage: screen-power.sh poweroff-until HH:MM}
	wake=$(date -d "tomorrow $at" +%s) || { echo "bad time: $at" >&2; exit 2; }
	# Today, if that time is still ahead (a test run in the small hours).
	today=$(date -d "today $at" +%s)
	[ "$today" -gt "$(date +%s)" ] && wake=$today
	stop_exhibit
	echo "powering off; the RTC wakes the machine at $(date -d "@$wake")"
	rtcwake -m off -t "$wake"
	;;
*)
	echo "usage: screen-power.sh off | on | poweroff-until HH:MM" >&2
	exit 2
	;;
esac
