#!/usr/bin/env bash
# Load benchmark (issue 14, "Under load"): USERS concurrent researchers (default 50) ask the report, association,
# survival and cohort endpoints of a served demo study for SECONDS (default 60) while a sequencing run imports
# into the same database. Passes when no answer is an error and the import under load ends as it does alone:
# the same outcome lines and the same `status` counts and `report --format json` as a reference database that
# imported the same study with nothing else running. Loopback only; bounded in time.
# Needs: a JDK 17, the mariadb client, jq, MariaDB at $DB_HOST:$DB_PORT (root, empty password), the jar
# (./mvnw -q -B package -DskipTests; built here if absent).
# Usage: bench/load.sh [work-dir]   Variables: USERS, SECONDS_UNDER_LOAD, PORT, DB_HOST, DB_PORT, IMPORT_AFTER
# (seconds into the load when the run import starts, default 10), SERVE_OPTS (JVM options of the server).
set -euo pipefail
cd "$(dirname "$0")/.."

USERS=${USERS:-50}
SECONDS_UNDER_LOAD=${SECONDS_UNDER_LOAD:-60}
IMPORT_AFTER=${IMPORT_AFTER:-10}
PORT=${PORT:-18080}
DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-3306}
DB=thyrobank_load_$$
REF=thyrobank_loadref_$$
WORK=${1:-$(mktemp -d)}
mkdir -p "$WORK"
sql_server() { mariadb -h "$DB_HOST" -P "$DB_PORT" -u root -N -B -e "$1"; }
SERVER_PID=
cleanup() {
  local status=$?
  if [[ -n "$SERVER_PID" ]]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  sql_server "DROP DATABASE IF EXISTS $DB; DROP DATABASE IF EXISTS $REF" || true
  exit "$status"
}
trap cleanup EXIT
for tool in java mariadb jq curl; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is not on the PATH" >&2; exit 1; }
done
[[ -f target/thyrobank.jar ]] || ./mvnw -q -B package -DskipTests
sql_server "CREATE DATABASE $DB; CREATE DATABASE $REF"
url() { echo "jdbc:mariadb://$DB_HOST:$DB_PORT/$1"; }
thyrobank() { java -Xmx1g -jar target/thyrobank.jar "$@"; }

echo "== the demo study, imported alone into the reference database"
rm -rf "$WORK/study" "$WORK/partial"
thyrobank demo --no-serve --db-url "$(url $REF)" --study-dir "$WORK/study" > "$WORK/ref-demo.out" 2> "$WORK/ref-demo.err"
# The served database starts without the last sequencing run; that run is what imports under load.
cp -r "$WORK/study" "$WORK/partial"
LAST_RUN=$(ls "$WORK/partial/sequencing" | sort | tail -1)
rm -rf "$WORK/partial/sequencing/$LAST_RUN"
thyrobank import "$WORK/partial" --db-url "$(url $DB)" > "$WORK/partial-import.out" 2>&1
printf 'load-bench-password-%s' $$ | thyrobank user add loadbench --role RESEARCHER --password-stdin --db-url "$(url $DB)" > /dev/null

echo "== serving on 127.0.0.1:$PORT; $USERS researchers for $SECONDS_UNDER_LOAD s; run $LAST_RUN imports after $IMPORT_AFTER s"
java -Xmx2g ${SERVE_OPTS:-} -jar target/thyrobank.jar serve --port "$PORT" --db-url "$(url $DB)" > "$WORK/serve.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 120); do
  curl -fsS "http://127.0.0.1:$PORT/actuator/health" > /dev/null 2>&1 && break
  sleep 1
done
curl -fsS "http://127.0.0.1:$PORT/actuator/health" > /dev/null || { echo "bench: the server did not start (see $WORK/serve.log)" >&2; exit 1; }

java bench/LoadClient.java "http://127.0.0.1:$PORT" loadbench "load-bench-password-$$" "$USERS" "$SECONDS_UNDER_LOAD" > "$WORK/load.out" &
LOAD_PID=$!
sleep "$IMPORT_AFTER"
IMPORT_START=$(date +%s.%N)
thyrobank import "$WORK/study" --db-url "$(url $DB)" > "$WORK/import-under-load.out" 2>&1 || true
IMPORT_END=$(date +%s.%N)
LOAD_EXIT=0
wait "$LOAD_PID" || LOAD_EXIT=$?
cat "$WORK/load.out"
echo "import under load: $(echo "$IMPORT_END - $IMPORT_START" | bc) s (JVM start included):"
for outcome in imported unchanged skipped; do
  echo "  $outcome: $(grep -c ": $outcome: " "$WORK/import-under-load.out" || true) files"
done

echo "== the import's result against the reference"
FAILED=0
if grep -Ev ': (imported|unchanged|skipped): ' "$WORK/import-under-load.out"; then
  echo "FAIL: the import under load printed other lines (above)"; FAILED=1
fi
thyrobank status --format json --db-url "$(url $DB)" | jq .counts > "$WORK/status-load.json"
thyrobank status --format json --db-url "$(url $REF)" | jq .counts > "$WORK/status-ref.json"
diff "$WORK/status-ref.json" "$WORK/status-load.json" && echo "status counts: equal" || { echo "FAIL: status counts differ"; FAILED=1; }
thyrobank report --format json --db-url "$(url $DB)" > "$WORK/report-load.json"
thyrobank report --format json --db-url "$(url $REF)" > "$WORK/report-ref.json"
# generated_at/generated_by, when the report carries them, are the only fields allowed to differ
strip() { jq 'del(.. | .generated_at?, .generated_by?)' "$1"; }
diff <(strip "$WORK/report-ref.json") <(strip "$WORK/report-load.json") > /dev/null && echo "report: equal" || { echo "FAIL: reports differ"; FAILED=1; }
[[ $LOAD_EXIT -eq 0 ]] || { echo "FAIL: some answers under load were errors"; FAILED=1; }
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1), $(date -u +%F)"
exit $FAILED
