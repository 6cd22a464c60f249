#!/usr/bin/env bash
# Throughput of the VCF import with remote partitions (issue 16, docs/scale-out.md): the sequencing runs of a
# study bundle imported in-process (partition=local, workers=1) and by 1 and 2 `thyrobank worker` processes
# (partition=remote, workers=1 and 2), each into a fresh database on the MariaDB at $DB_HOST:$DB_PORT after its
# clinical/ folder was imported; prints the seconds of the import command and the variant rows per second.
# Needs: a JDK 17, the mariadb client, RabbitMQ at 127.0.0.1:5672 (guest/guest), the project compiled.
# Usage: bench/scale-out.sh STUDY_DIR   (default: the example study's copies under src/test/resources)
# Variables: SHARES (partitions-per-vcf: each VCF split by contig into that many partitions; default 1, whole files).
set -euo pipefail
cd "$(dirname "$0")/.."
DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-3306}
AMQP=${AMQP:-amqp://guest:guest@127.0.0.1:5672}
WORK=$(mktemp -d)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
  for db in local remote1 remote2; do
    mariadb -h "$DB_HOST" -P "$DB_PORT" -u root -e "DROP DATABASE IF EXISTS scaleout_${db}_$$"
  done
}
trap cleanup EXIT
STUDY=${1:-}
if [[ -z "$STUDY" ]]; then
  STUDY=$WORK/study
  mkdir -p "$STUDY"
  cp -r src/test/resources/org/thyrobank/clinical/study-example/clinical "$STUDY/"
  cp -r src/test/resources/org/thyrobank/genomics/vcf/examples "$STUDY/sequencing"
fi
[[ -s target/cp.txt ]] || ./mvnw -o -q -B dependency:build-classpath -Dmdep.outputFile=target/cp.txt >/dev/null
CP="target/classes:$(cat target/cp.txt)"
thyrobank() { java -Xmx512m -cp "$CP" org.thyrobank.cli.ThyrobankCli "$@"; }
mkdir -p "$WORK/clinical-only" && cp -r "$STUDY/clinical" "$WORK/clinical-only/"

run() { # name partition workers
  local db="scaleout_${1}_$$" url settings=$WORK/settings-$1
  url="jdbc:mariadb://$DB_HOST:$DB_PORT/$db"
  mkdir -p "$settings"
  printf 'workers=%s\namqp-queue=scaleout-%s-%s\npartitions-per-vcf=%s\n' "$3" "$1" "$$" "${SHARES:-1}" \
    > "$settings/vcf-import.properties"
  thyrobank import "$WORK/clinical-only" --db-url "$url" >/dev/null
  if [[ $2 == remote ]]; then
    for ((w = 1; w <= $3; w++)); do
      # java itself in the background (not the function), so that $! is the worker's process
      java -Xmx512m -cp "$CP" org.thyrobank.cli.ThyrobankCli worker --db-url "$url" --amqp-url "$AMQP" \
        --job-settings "$settings" > "$WORK/$1-worker$w.out" 2>&1 &
      PIDS+=($!)
    done
    for ((w = 1; w <= $3; w++)); do
      until grep -q "waiting for VCF partitions" "$WORK/$1-worker$w.out"; do sleep 1; done
    done
  fi
  local start end rows
  start=$(date +%s.%N)
  thyrobank import "$STUDY" --partition "$2" --amqp-url "$AMQP" --job-settings "$settings" --db-url "$url" \
    > "$WORK/$1.out" || { cat "$WORK/$1.out"; exit 1; }
  end=$(date +%s.%N)
  rows=$(mariadb -h "$DB_HOST" -P "$DB_PORT" -u root -N -B "$db" -e "SELECT COUNT(*) FROM variant")
  awk -v n="$1" -v s="$start" -v e="$end" -v r="$rows" \
    'BEGIN { printf "%-8s %8.1f s  %9d variant rows  %8.0f rows/s\n", n, e - s, r, r / (e - s) }'
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  PIDS=()
}
echo "$(date -u +%FT%TZ) $(nproc) cores, partitions-per-vcf=${SHARES:-1}, load average $(cut -d' ' -f1-3 /proc/loadavg)"
run local local 1
run remote1 remote 1
run remote2 remote 2
echo "load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
