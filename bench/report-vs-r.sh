#!/usr/bin/env bash
# The report on a large synthetic cohort against R (issue 16: `report` on 10,000 patients computes all statistics no
# slower than R running the same tests on the same data). Builds the cohort once with `demo --patients PATIENTS
# --no-serve` (embedded MariaDB), exports the report's input as the CSVs src/test/r/report-golden.R reads (the script
# the R golden tests are made with: it recomputes the populations, dosimetry, every test and table from those CSVs),
# then runs, alternately RUNS times (default 3) so that both see the same load:
#   thyrobank  `java -jar target/thyrobank.jar report --format tsv --null-rate 0.2 --include-preliminary`
#              (JVM, MariaDB and Spring start, reading the database, the RECIST and dosimetry derivations, every
#              statistic, the TSV written);
#   R          `Rscript src/test/r/report-golden.R FIXTURE 0.2` (R start, reading the CSVs, the derivations R does
#              itself, every statistic, the figures printed).
# It prints the wall clock and CPU seconds (user + system, the embedded server's included) of each, the best and the
# median, their ratio, the statistics alone in a running JVM (the report built from the input already read, first
# build and best of 5) and R's bare start (`Rscript` loading survival), and checks every figure R printed agrees
# with the report (the golden tests' tolerances); it fails when one does not.
# Needs: a JDK 17, Rscript with the survival package (r-base-core, r-cran-survival), /usr/bin/time; the project
# packaged (./mvnw -o -q -B -DskipTests package) and its test classes compiled (./mvnw -o -q -B test-compile).
# Usage: bench/report-vs-r.sh   Variables: PATIENTS (default 10000), RUNS, WORK (a folder keeping the data directory
# and fixture between runs; default a temporary one, removed at the end).
set -euo pipefail
cd "$(dirname "$0")/.."

PATIENTS=${PATIENTS:-10000}
RUNS=${RUNS:-3}
NULL_RATE=0.2
if [[ -z "${WORK:-}" ]]; then
  WORK=$(mktemp -d)
  trap 'rm -rf "$WORK"' EXIT
fi
mkdir -p "$WORK"
DATA="$WORK/data"
FIXTURE="$WORK/fixture"

for tool in java Rscript /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is not installed" >&2; exit 1; }
done
Rscript -e 'suppressMessages(library(survival))' 2>/dev/null \
  || { echo "bench: R's survival package is not installed (r-cran-survival)" >&2; exit 1; }
[[ -f target/thyrobank.jar ]] || ./mvnw -o -q -B -DskipTests package
[[ -f target/test-classes/org/thyrobank/analysis/ReportVersusR.class ]] || ./mvnw -o -q -B test-compile
if [[ ! -s target/bench-classpath.txt ]]; then
  ./mvnw -o -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
fi
TEST_CLASSPATH="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

if [[ ! -d "$DATA/db" ]]; then
  echo "building the $PATIENTS-patient cohort in $DATA (load avg $(cut -d' ' -f1 /proc/loadavg))"
  /usr/bin/time -f '%e' -o "$WORK/demo-time.txt" java -jar target/thyrobank.jar demo --patients "$PATIENTS" \
      --no-serve --data-dir "$DATA" --study-dir "$WORK/study" > "$WORK/demo.out" 2> "$WORK/demo.err" \
    || { echo "bench: demo failed; see $WORK/demo.err" >&2; exit 1; }
  echo "  demo --patients $PATIENTS --no-serve: $(cat "$WORK/demo-time.txt") s"
fi
java -cp "$TEST_CLASSPATH" org.thyrobank.analysis.ReportVersusR export "$DATA" "$FIXTURE" "$NULL_RATE" \
    > "$WORK/in-jvm.tsv" 2> "$WORK/export.err" \
  || { echo "bench: exporting the report's input failed; see $WORK/export.err" >&2; exit 1; }

timed() {   # "wall-clock-seconds cpu-seconds" of one command; its standard output goes to the file $1
  local out=$1
  shift
  /usr/bin/time -f '%e %U %S' -o "$WORK/time.txt" "$@" > "$out" 2> "$WORK/command.err" \
    || { echo "bench: $* failed:" >&2; cat "$WORK/command.err" >&2; exit 1; }
  awk '{ printf "%.2f %.2f", $1, $2 + $3 }' "$WORK/time.txt"
}

echo "$(awk -F'\t' '$1 == "patients" { print $2 }' "$WORK/in-jvm.tsv") patients; $RUNS runs of each, alternately"
: > "$WORK/java-times.txt"
: > "$WORK/r-times.txt"
for run in $(seq 1 "$RUNS"); do
  java_time=$(timed "$WORK/report.tsv" java -jar target/thyrobank.jar report --format tsv --null-rate "$NULL_RATE" \
      --include-preliminary --data-dir "$DATA")
  r_time=$(timed "$WORK/r.tsv" Rscript src/test/r/report-golden.R "$FIXTURE" "$NULL_RATE")
  echo "$java_time" >> "$WORK/java-times.txt"
  echo "$r_time" >> "$WORK/r-times.txt"
  echo "  run $run: thyrobank ${java_time% *} s (CPU ${java_time#* } s), R ${r_time% *} s (CPU ${r_time#* } s)" \
       "(load avg $(cut -d' ' -f1 /proc/loadavg))"
done
r_start=$(timed /dev/null Rscript -e 'suppressMessages(library(survival))')

for measure in 1 2; do
  paste <(cut -d' ' -f"$measure" "$WORK/java-times.txt" | sort -n) <(cut -d' ' -f"$measure" "$WORK/r-times.txt" | sort -n) |
    awk -v n="$RUNS" -v what="$([[ $measure == 1 ]] && echo 'wall clock' || echo 'CPU')" '
      { j[NR] = $1; r[NR] = $2 }
      END { m = int((n + 1) / 2)
            printf "%s: thyrobank best %.2f s, R best %.2f s (thyrobank/R %.2fx); medians %.2f s, %.2f s (%.2fx; target <= 1.00x)\n",
                   what, j[1], r[1], j[1] / r[1], j[m], r[m], j[m] / r[m] }'
done
awk -F'\t' '$1 != "patients" { printf "in a running JVM, %s: %s s\n", $1, $2 }' "$WORK/in-jvm.tsv"
echo "R's bare start (Rscript loading survival): ${r_start% *} s"
java -cp "$TEST_CLASSPATH" org.thyrobank.analysis.ReportVersusR compare "$WORK/report.tsv" "$WORK/r.tsv" \
  | tail -n 20
