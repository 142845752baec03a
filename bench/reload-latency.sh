#!/usr/bin/env bash
# Measures the time from saving a rule-set file to the new behaviour being served.
# Starts the packaged service on a copy of rules/, then edits (a) the English message catalog and
# (b) a DRL file, N times each. After each save it polls GET /ready (cheap) every 20 ms, from one
# process (bench/poll.py), until the serving rule-set version changes, then sends POST /api/v1/diagnose and stops the clock when that
# answer, from the new rule set, has arrived: the time from saving to the new behaviour being served,
# first (slowest) diagnosis on the new rules included. Prints one line per edit and the medians.
# Usage: bench/reload-latency.sh [edits per kind, default 10]   (needs target/writeback-doctor.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-10}"
PORT="${PORT:-18777}"
WORK="$(mktemp -d)"
cp -r rules "$WORK/rules"
# The README's JVM options, as bench/run.sh uses them.
JVM_OPTS="${JVM_OPTS:-$(sed -n 's/^JVM_OPTS=//p' bench/jvm-options)}"
# shellcheck disable=SC2086
java $JVM_OPTS -jar target/writeback-doctor.jar serve --port "$PORT" --rules "$WORK/rules" >"$WORK/serve.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$WORK"' EXIT
python3 bench/poll.py ready "$PORT" >/dev/null

answered_version() {
  curl -s -H 'Content-Type: application/json' --data-binary @facts-samples/idle-timeout-150-seconds.json \
    "http://127.0.0.1:$PORT/api/v1/diagnose" | sed -n 's/.*"ruleSet":{"version":"\([0-9a-f]*\)".*/\1/p'
}

measure() { # $1 = kind, $2 = file, $3 = sed expression producing a new content
  local before start end
  before="$(python3 bench/poll.py ready "$PORT")"
  start=$(date +%s%N)
  sed -i "$3" "$2"
  # Poll /ready, not the diagnosis: a loop of diagnoses would compete with the compile for the cores.
  python3 bench/poll.py changed "$PORT" "$before" >/dev/null
  [ "$(answered_version)" != "$before" ] || { echo "$1: the diagnosis still came from the old rules" >&2; exit 1; }
  end=$(date +%s%N)
  echo "$1 $(( (end - start) / 1000000 ))"
}

results="$WORK/results"
for i in $(seq 1 "$N"); do
  measure catalog "$WORK/rules/messages/en.properties" \
    "s/^IDLE_CONNECTION_TIMEOUT.title=.*/IDLE_CONNECTION_TIMEOUT.title=Idle connections stay open long enough (edit $i)/" | tee -a "$results"
  measure drl "$WORK/rules/network.drl" \
    "s/idleTimeoutSeconds >= 120, idleTimeoutSeconds < [0-9]*/idleTimeoutSeconds >= 120, idleTimeoutSeconds < $((360 + i))/" | tee -a "$results"
  sleep 0.3
done
for kind in catalog drl; do
  grep "^$kind " "$results" | awk '{print $2}' | sort -n | awk -v k="$kind" '{a[NR]=$1} END {printf "%s edit: median %d ms, min %d ms, max %d ms over %d edits\n", k, a[int((NR+1)/2)], a[1], a[NR], NR}'
done
