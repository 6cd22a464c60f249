#!/usr/bin/env bash
# Whole-exome-sized sequencing run imported end to end (issue 16, scale): SAMPLES (default 48) distinct Mutect2-style
# single-sample GRCh38 VCFs of RECORDS records each (default 60,000; sample i's records shifted by i bases, so every
# file's records differ) in one run folder with its manifest, a fresh database with the SAMPLES patients and their
# tumour specimens, then the real `import` command once, in one JVM with a fixed heap (-Xmx$HEAP, default 512m) and
# GC logging. Reports the wall time of the command (JVM and Spring start included), the variant rows stored (counted
# in the database, which must equal SAMPLES x records: the script fails otherwise), rows/s, the storeVariants
# rows/s of the files (min/median/max, from BATCH_STEP_EXECUTION), the largest heap occupancy before a GC and after
# one (the live set, from the GC log) and the peak RSS (/usr/bin/time -v). The same run is imported for every size
# in SIZES (default RECORDS/4, RECORDS/2 and RECORDS records per VCF, each on a fresh database), so that the peak
# heap of each size is printed side by side: an import that streams its files keeps a live set flat in file size.
# Ends with the results as a Markdown table.
# Needs: a JDK 17, the mariadb client, GNU time at /usr/bin/time, a MariaDB at $DB_HOST:$DB_PORT (root, empty
# password; default 127.0.0.1:3306), the project compiled (./mvnw -o -q compile); about 4 MB of disk per 60,000
# records and VCF.
# Usage: bench/whole-exome.sh [work-dir]   (default: a fresh temporary directory, removed at the end; a given one
# keeps each size's GC log, /usr/bin/time output, import output and storeVariants rows/s per file)
# Variables: RECORDS, SIZES, SAMPLES, HEAP as above; DB_HOST, DB_PORT.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/vcf-bench.sh

RECORDS=${RECORDS:-60000}
SIZES=${SIZES:-"$((RECORDS / 4)) $((RECORDS / 2)) $RECORDS"}
SAMPLES=${SAMPLES:-48}
HEAP=${HEAP:-512m}
DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-3306}
DB=thyrobank_exome_$$
WORK=${1:-}
if [[ -z "$WORK" ]]; then
  WORK=$(mktemp -d)
  trap 'rm -rf "$WORK"; mariadb -h "$DB_HOST" -P "$DB_PORT" -u root -e "DROP DATABASE IF EXISTS $DB"' EXIT
else
  mkdir -p "$WORK"
  trap 'mariadb -h "$DB_HOST" -P "$DB_PORT" -u root -e "DROP DATABASE IF EXISTS $DB"' EXIT
fi

for tool in java mariadb /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is not on the PATH" >&2; exit 1; }
done
bench_classpath
URL="jdbc:mariadb://$DB_HOST:$DB_PORT/$DB"
sql_server() { mariadb -h "$DB_HOST" -P "$DB_PORT" -u root -N -B -e "$1"; }
sql() { mariadb -h "$DB_HOST" -P "$DB_PORT" -u root -N -B "$DB" -e "$1"; }
MAIN=org.thyrobank.cli.ThyrobankCli
loadavg() { cut -d' ' -f1 /proc/loadavg; }

# The largest heap occupancy before a GC and after one, in MiB, and the number of GCs, from a -Xlog:gc file
# (lines like "GC(7) Pause Young (Normal) (G1 Evacuation Pause) 301M->52M(512M) 12.3ms"). Only the pauses that
# collect count: G1's Remark and Cleanup pauses log the occupancy of the moment, new objects included, twice.
gc_peaks() {
  awk '
    function mib(size) { return substr(size, 1, length(size) - 1) * (size ~ /K$/ ? 1 / 1024 : size ~ /G$/ ? 1024 : 1) }
    /Pause (Young|Full)/ && match($0, /[0-9]+[KMG]->[0-9]+[KMG]\(/) {
      split(substr($0, RSTART, RLENGTH - 1), sizes, "->")
      if (mib(sizes[1]) > before) before = mib(sizes[1])
      if (mib(sizes[2]) > after) after = mib(sizes[2])
      gcs++
    }
    END { printf "%.0f %.0f %d\n", before, after, gcs }' "$1"
}

# import_run RECORDS: the whole run with RECORDS records per VCF on a fresh database; appends its table row.
import_run() {
  local records=$1 dir=$WORK/$1 run=$WORK/$1/study/sequencing/EXOME
  mkdir -p "$run"
  echo "vcf,vcf_sample,specimen_id" > "$run/manifest.csv"
  local values=() i sample
  for i in $(seq 1 "$SAMPLES"); do
    printf -v sample 'T-EXOME-%03d' "$i"
    bench_vcf "$records" "$sample" "$i" > "$run/$sample.vcf"
    echo "$sample.vcf,$sample,$sample" >> "$run/manifest.csv"
    values+=("('${sample#T-}', '$sample')")
  done
  local size
  size=$(du -h "$run/T-EXOME-001.vcf" | cut -f1)

  sql_server "DROP DATABASE IF EXISTS $DB"
  java -Xmx"$HEAP" -cp "$CLASSPATH" "$MAIN" status --db-url "$URL" >/dev/null   # creates the database and its schema
  local joined
  joined=$(IFS=,; echo "${values[*]}")
  sql "CREATE TEMPORARY TABLE bench_specimen (patient_id VARCHAR(64), specimen_id VARCHAR(64));
       INSERT INTO bench_specimen VALUES $joined;
       INSERT INTO patient (patient_id, centre) SELECT patient_id, 'MILAN' FROM bench_specimen;
       INSERT INTO specimen (specimen_id, patient_id, kind) SELECT specimen_id, patient_id, 'TUMOUR_TISSUE' FROM bench_specimen"

  echo "$SAMPLES VCFs of $records records ($size each): importing (load average $(loadavg))" >&2
  local load_start start end
  load_start=$(loadavg)
  start=$(date +%s.%N)
  /usr/bin/time -v -o "$dir/time.txt" java -Xmx"$HEAP" -Xlog:gc:file="$dir/gc.log" -cp "$CLASSPATH" "$MAIN" \
    import "$WORK/$records/study" --db-url "$URL" > "$dir/import.out"
  end=$(date +%s.%N)

  local rows expected=$((SAMPLES * records))
  rows=$(sql "SELECT COUNT(*) FROM variant")
  if [[ "$rows" -ne "$expected" ]]; then
    echo "bench: $rows variant rows stored for $records records per VCF, expected $expected" >&2
    exit 1
  fi
  # each file's storeVariants rows/s, in the order imported (kept in the work directory), then min / median / max
  sql "SELECT p.PARAMETER_VALUE, ROUND(s.WRITE_COUNT / (TIMESTAMPDIFF(MICROSECOND, s.START_TIME, s.END_TIME) / 1e6))
         FROM BATCH_STEP_EXECUTION s
         JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'file'
        WHERE s.STEP_NAME = 'storeVariants' ORDER BY s.STEP_EXECUTION_ID" > "$dir/steps.tsv"
  local steps
  steps=$(cut -f2 "$dir/steps.tsv" | sort -n | awk '
    { rate[NR] = $1 }
    END { printf "%d / %d / %d", rate[1], NR % 2 ? rate[(NR + 1) / 2] : (rate[NR / 2] + rate[NR / 2 + 1]) / 2, rate[NR] }')
  local before after gcs rss
  read -r before after gcs < <(gc_peaks "$dir/gc.log")
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$dir/time.txt")
  rm -rf "$WORK/$records/study"

  awk -v records="$records" -v size="$size" -v rows="$rows" -v s="$start" -v e="$end" -v steps="$steps" \
      -v before="$before" -v after="$after" -v gcs="$gcs" -v rss="$rss" -v loads="$load_start → $(loadavg)" 'BEGIN {
    printf "| %d | %s | %d | %.1f s | %.0f | %s | %d MiB | %d MiB | %d | %d MiB | %s |\n",
           records, size, rows, e - s, rows / (e - s), steps, before, after, gcs, rss, loads }' >> "$WORK/table.md"
  echo "$records $after" >> "$WORK/live-sets.txt"
}

: > "$WORK/table.md"
: > "$WORK/live-sets.txt"
for records in $SIZES; do
  import_run "$records"
done

echo
echo "$SAMPLES VCFs per run, one \`import\` each (java -Xmx$HEAP, $(grep -m1 -o 'Using [A-Za-z0-9 ]*' "$WORK/$records/gc.log"))," \
     "on a fresh database; $(nproc) cores"
echo
echo "| records per VCF | VCF size | variant rows stored | wall time | rows/s | storeVariants rows/s per file (min / median / max) | heap before GC, max | heap after GC, max (bounds the live set) | GCs | peak RSS | load avg start → end |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
cat "$WORK/table.md"
echo
sort -n "$WORK/live-sets.txt" | awk '
  NR == 1 { records = $1; live = $2 }
  END { printf "Heap after GC, max, at %d records per VCF / at %d: %.2fx (file size %.1fx)\n", $1, records, $2 / live, $1 / records }'
