#!/bin/sh
# heartbeat-watchdog.sh UNIT HEARTBEAT [MAX_AGE_S [GRACE_S]]
#
# Restarts the systemd UNIT when the app's HEARTBEAT file is older than
# MAX_AGE_S seconds (default 60) or missing, once the unit's main process
# has run for GRACE_S seconds (default 90). Does nothing while the unit is
# stopped, starting or waiting to restart: only a running app that stopped
# beating is restarted. Run by budapest1956-watchdog.service as root;
# installed as /usr/local/lib/budapest1956/heartbeat-watchdog.sh.
#
# Exit status: 0 nothing to do or restarted; 2 usage.
set -u

unit=${1:-}
hb=${2:-}
max_age=${3:-60}
grace=${4:-90}
if [ -z "$unit" ] || [ -z "$hb" ]; then
	echo "usage: $0 UNIT HEARTBEAT [MAX_AGE_S [GRACE_S]]" >&2
	exit 2
fi

# Stopped on purpose, starting, or already restarting: not our business.
[ "$(systemctl is-active "$unit" 2>/dev/null)" = active ] || exit 0

# How long the main process (cage or xinit) has run: the app needs time to
# write its first beat after a (re)start.
pid=$(systemctl show -P MainPID "$unit" 2>/dev/null)
[ -n "$pid" ] && [ "$pid" -gt 0 ] 2>/dev/null || exit 0
running=$(ps -o etimes= -p "$pid" 2>/dev/null | tr -d ' ')
[ -n "$running" ] || exit 0
[ "$running" -ge "$grace" ] || exit 0

if [ -e "$hb" ]; then
	age=$(( $(date +%s) - $(stat -c %Y "$hb") ))
	[ "$age" -le "$max_age" ] && exit 0
	echo "heartbeat $hb is ${age}s old (limit ${max_age}s), app running ${running}s"
	echo "last beat: $(head -c 1000 "$hb" | tr -d '\n' | tr -s ' ')"
else
	echo "heartbeat $hb is missing, app running ${running}s"
fi
echo "restarting $unit"
# --no-block: queue the restart and return, so this oneshot job never waits
# on the unit it restarts.
systemctl restart --no-block "$unit"
