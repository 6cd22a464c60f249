#!/usr/bin/env bash
# Time to first answer (issue 16): `status` and `report` on an existing embedded data directory, two builds side by
# side in one run. Makes the data directory once with BEFORE_JAR's `demo --no-serve` (the 60-patient synthetic
# study), then runs each command RUNS times (default 5) with each jar in turn, alternately, so that both see the same
# load, and prints every time and the best and median of each: wall clock (JVM, MariaDB start, Spring context,
# Flyway check, the answer, the server's shutdown) and CPU seconds (user + system, the embedded server's included),
# which a shared, overloaded machine distorts less than the wall clock.
# Usage: bench/startup.sh BEFORE_JAR [AFTER]   (AFTER: a jar, or a launcher such as bin/thyrobank, run as it is;
# default target/thyrobank.jar). A launcher's first runs (its training runs) are done before the timed runs.
# Variables: RUNS, WORK (a folder to keep the data directory in; default a temporary one, removed at the end),
# BENCH_JAVA_OPTS (options for both jars' JVM).
set -euo pipefail
cd "$(dirname "$0")/.."

BEFORE=${1:?usage: bench/startup.sh BEFORE_JAR [AFTER_JAR]}
AFTER=${2:-target/thyrobank.jar}
RUNS=${RUNS:-5}
if [[ -z "${WORK:-}" ]]; then
  WORK=$(mktemp -d)
  trap 'rm -rf "$WORK"' EXIT
fi
DATA="$WORK/data"

if [[ ! -d "$DATA/db" ]]; then
  java -jar "$BEFORE" demo --no-serve --data-dir "$DATA" --study-dir "$WORK/study" >/dev/null 2>&1 \
    || { echo "bench: demo failed" >&2; exit 1; }
fi

seconds() {   # "wall-clock-seconds cpu-seconds" of one command, its output dropped
  local runner=(java ${BENCH_JAVA_OPTS:-} -jar)
  [[ $1 == *.jar ]] || runner=()
  /usr/bin/time -f '%e %U %S' -o "$WORK/time.txt" "${runner[@]}" "$@" >/dev/null 2>&1 \
    || { echo "bench: $* failed" >&2; exit 1; }
  awk '{ printf "%.2f %.2f", $1, $2 + $3 }' "$WORK/time.txt"
}

if [[ $AFTER != *.jar ]]; then   # a launcher's training runs (bin/thyrobank: one archive for each of the two)
  "$AFTER" status --data-dir "$DATA" >/dev/null 2>&1
  "$AFTER" report --data-dir "$DATA" --format json >/dev/null 2>&1
fi
echo "data directory: $DATA; $RUNS runs of each command with each jar, alternately; load avg $(cut -d' ' -f1 /proc/loadavg)"
for command in status report; do
  args=("$command" --data-dir "$DATA")
  [[ $command == report ]] && args+=(--format json)
  : > "$WORK/before.txt"
  : > "$WORK/after.txt"
  for run in $(seq 1 "$RUNS"); do
    before=$(seconds "$BEFORE" "${args[@]}")
    after=$(seconds "$AFTER" "${args[@]}")
    echo "$before" >> "$WORK/before.txt"
    echo "$after" >> "$WORK/after.txt"
    echo "  $command run $run: before ${before% *} s (CPU ${before#* } s), after ${after% *} s (CPU ${after#* } s)" \
         "(load avg $(cut -d' ' -f1 /proc/loadavg))"
  done
  for measure in 1 2; do
    paste <(cut -d' ' -f"$measure" "$WORK/before.txt" | sort -n) <(cut -d' ' -f"$measure" "$WORK/after.txt" | sort -n) |
      awk -v c="$command" -v n="$RUNS" -v what="$([[ $measure == 1 ]] && echo 'wall clock' || echo 'CPU')" '
        { b[NR] = $1; a[NR] = $2 }
        END { m = int((n + 1) / 2)
              printf "%s, %s: best %.2f s -> %.2f s (%.2fx), median %.2f s -> %.2f s (%.2fx; target <= 0.33x)\n",
                     c, what, b[1], a[1], a[1] / b[1], b[m], a[m], a[m] / b[m] }'
  done
done
