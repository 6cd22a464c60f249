#!/usr/bin/env bash
# Benchmark of the sequencing-run import (issue 4, "Speed and memory"): the import must store at least 50,000
# variant rows per second into MariaDB, measured on a generated whole-exome-sized VCF.
# Generates a Mutect2-style single-sample GRCh38 VCF of RECORDS records (default 150,000), FILES copies of it
# (default 3: the first file imported runs on a cold JVM, the later ones as in a run of many VCFs) in one run,
# creates a fresh database, inserts the specimen the manifest names, runs the real `import` command (vcfImport
# job: chunked storeVariants step, then storeCalls) and reports the rows stored per second of the
# storeVariants step (from BATCH_STEP_EXECUTION) and of the whole command (JVM and Spring start included),
# RUNS times (default 3), each on a fresh database. Side by side, in the same run, it times MariaDB's own bulk path on
# the same rows: the first VCF's stored rows, written out as tab-separated text, emptied from table variant and
# loaded back into it with the mariadb client's LOAD DATA LOCAL INFILE (server-side time, one statement), and prints
# the ratio of the import's storeVariants rows/s to it (issue 16: >= 0.5x, first file of a cold JVM included).
# Needs: a JDK 17, the mariadb client, a MariaDB at $DB_HOST:$DB_PORT (root, empty password; default
# 127.0.0.1:3306), and the project compiled (./mvnw -o -q compile).
# Usage: bench/vcf-import.sh [work-dir]   (default: a fresh temporary directory, removed at the end)
# Variables: RECORDS, FILES, RUNS, DB_HOST, DB_PORT as above; DB_OPTIONS (JDBC URL options), JOB_SETTINGS (a folder
# for import --job-settings), BENCH_JAVA_OPTS, BENCH_WRAP (a command put before java), BENCH_CLASSES (another
# compiled tree instead of target/classes, to compare two builds in one session).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/vcf-bench.sh

RECORDS=${RECORDS:-150000}
RUNS=${RUNS:-3}
FILES=${FILES:-3}
DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-3306}
DB=thyrobank_bench_$$
WORK=${1:-}
if [[ -z "$WORK" ]]; then
  WORK=$(mktemp -d)
  trap 'rm -rf "$WORK"; mariadb -h "$DB_HOST" -P "$DB_PORT" -u root -e "DROP DATABASE IF EXISTS $DB"' EXIT
else
  trap 'mariadb -h "$DB_HOST" -P "$DB_PORT" -u root -e "DROP DATABASE IF EXISTS $DB"' EXIT
fi
mkdir -p "$WORK/study/sequencing/BENCH"

for tool in java mariadb; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is not on the PATH" >&2; exit 1; }
done
bench_classpath
URL="jdbc:mariadb://$DB_HOST:$DB_PORT/$DB${DB_OPTIONS:+?$DB_OPTIONS}"
sql_server() { mariadb -h "$DB_HOST" -P "$DB_PORT" -u root -N -B -e "$1"; }
sql() { mariadb -h "$DB_HOST" -P "$DB_PORT" -u root -N -B "$DB" -e "$1"; }
COLUMNS="source_file, run_id, specimen_id, sample, chrom, pos, ref, alt, filter, depth, alt_reads, vaf, caller, job_execution_id"
thyrobank() { ${BENCH_WRAP:-} java -Xmx512m ${BENCH_JAVA_OPTS:-} -cp "$CLASSPATH" org.thyrobank.cli.ThyrobankCli "$@"; }

bench_vcf "$RECORDS" T-BENCH-001 > "$WORK/study/sequencing/BENCH/T-BENCH-001.vcf"
echo "vcf,vcf_sample,specimen_id" > "$WORK/study/sequencing/BENCH/manifest.csv"
for copy in $(seq 2 "$FILES"); do   # the same records as further VCFs of the run, read by the same (warm) JVM
  cp "$WORK/study/sequencing/BENCH/T-BENCH-001.vcf" "$WORK/study/sequencing/BENCH/T-BENCH-001-$copy.vcf"
  echo "T-BENCH-001-$copy.vcf,T-BENCH-001,T-BENCH-001" >> "$WORK/study/sequencing/BENCH/manifest.csv"
done
echo "T-BENCH-001.vcf,T-BENCH-001,T-BENCH-001" >> "$WORK/study/sequencing/BENCH/manifest.csv"

size=$(du -h "$WORK/study/sequencing/BENCH/T-BENCH-001.vcf" | cut -f1)
echo "VCF: $RECORDS records ($size), $FILES copies of it in one run; $RUNS runs, each on a fresh database"
for run in $(seq 1 "$RUNS"); do
  sql_server "DROP DATABASE IF EXISTS $DB"
  thyrobank status --db-url "$URL" >/dev/null   # creates the database and its schema
  sql "INSERT INTO patient (patient_id, centre) VALUES ('BENCH-001', 'MILAN');
       INSERT INTO specimen (specimen_id, patient_id, kind) VALUES ('T-BENCH-001', 'BENCH-001', 'TUMOUR_TISSUE')"
  start=$(date +%s.%N)
  thyrobank import "$WORK/study" --db-url "$URL" ${JOB_SETTINGS:+--job-settings "$JOB_SETTINGS"} >/dev/null
  end=$(date +%s.%N)
  rows=$(sql "SELECT COUNT(*) FROM variant")
  awk -v run="$run" -v rows="$rows" -v s="$start" -v e="$end" -v loadavg="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN {
    printf "run %d: %d variant rows; whole command (JVM and Spring start included) %.3f s = %.0f rows/s; load avg %s\n",
           run, rows, e - s, rows / (e - s), loadavg }'
  sql "SELECT p.PARAMETER_VALUE, s.WRITE_COUNT, TIMESTAMPDIFF(MICROSECOND, s.START_TIME, s.END_TIME) / 1000
         FROM BATCH_STEP_EXECUTION s
         JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'file'
        WHERE s.STEP_NAME = 'storeVariants' ORDER BY s.STEP_EXECUTION_ID" > "$WORK/steps.tsv"

  # The reference: the first VCF's rows as they were stored, loaded back into the emptied table by the server's
  # bulk path. NULLs as \N (the bench VCF has none, but the format is LOAD DATA's own).
  first=$(head -1 "$WORK/steps.tsv" | cut -f1)
  mariadb -h "$DB_HOST" -P "$DB_PORT" -u root -N -B --raw "$DB" -e "
    SELECT source_file, run_id, IFNULL(specimen_id, '\\\\N'), sample, chrom, pos, ref, alt, IFNULL(filter, '\\\\N'),
           IFNULL(depth, '\\\\N'), IFNULL(alt_reads, '\\\\N'), IFNULL(vaf, '\\\\N'), IFNULL(caller, '\\\\N'),
           job_execution_id
      FROM variant WHERE source_file = '$first' ORDER BY id" > "$WORK/reference.tsv"
  sql "TRUNCATE TABLE variant"
  reference=$(mariadb -h "$DB_HOST" -P "$DB_PORT" -u root -N -B --local-infile=1 "$DB" <<SQL
SET @start = NOW(6);
LOAD DATA LOCAL INFILE '$WORK/reference.tsv' INTO TABLE variant CHARACTER SET utf8mb4
  FIELDS TERMINATED BY '\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\n' ($COLUMNS);
SELECT ROW_COUNT(), TIMESTAMPDIFF(MICROSECOND, @start, NOW(6)) / 1000;
SQL
)
  read -r reference_rows reference_ms <<< "$reference"
  awk -F'\t' -v rrows="$reference_rows" -v rms="$reference_ms" '
    BEGIN { ref = rrows / (rms / 1000) }
    { rate = $2 / ($3 / 1000)
      printf "  %s: storeVariants %d rows in %.3f s = %.0f rows/s = %.2fx LOAD DATA (target >= 0.50x)\n", $1, $2, $3 / 1000, rate, rate / ref }
    END { printf "  LOAD DATA LOCAL INFILE of the first VCF'"'"'s %d rows into the emptied table: %.3f s = %.0f rows/s\n", rrows, rms / 1000, ref }' "$WORK/steps.tsv"
done
