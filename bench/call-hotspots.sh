#!/usr/bin/env bash
# Benchmark of call-hotspots, JVM start included:
#  1. on a tabix-indexed 1,000,000-record .vcf.gz it must take within 1.2x of the time on a 1,000-record one
#     (issues 4 and 16);
#  2. on the unindexed 1,000,000-record .vcf it must stream at no less than 0.8x the speed of `bcftools view -H`
#     on the same file (issue 16; issue 4 asked 0.5x, with -Xmx256m).
# Two forms of the command are timed side by side, alternately with bcftools in every round, so that all see the
# same load: the classpath form (`java -Xmx256m -XX:+UseSerialGC -cp target/classes:<libraries>`, the command's
# own main) and what a user runs, the packaged jar through bin/thyrobank (extracted jar, the call-hotspots AppCDS
# archive and JVM options). The launcher's cache is kept in the work dir; its archive is trained by an untimed run
# before the timed ones.
# Needs: a JDK 17, bgzip, tabix and bcftools on the PATH, and the project packaged (./mvnw -o -q -DskipTests package).
# Usage: bench/call-hotspots.sh [work-dir]   (default: a fresh temporary directory, removed at the end)
# Variables: RUNS (rounds, default 5).
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
WORK=${1:-}
if [[ -z "$WORK" ]]; then
  WORK=$(mktemp -d)
  trap 'rm -rf "$WORK"' EXIT
fi
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)

for tool in java bgzip tabix bcftools; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is not on the PATH" >&2; exit 1; }
done
[[ -f target/thyrobank.jar && -d target/classes/org/thyrobank/genomics/vcf ]] || ./mvnw -o -q -B -DskipTests package
export THYROBANK_JAR=$PWD/target/thyrobank.jar THYROBANK_CACHE=$WORK/launcher-cache

# A Mutect2-style single-sample VCF of N records over the GRCh38 chromosomes (contig lengths from
# reference/genome-builds.tsv), sorted, with every catalogue hotspot position among them.
generate() {
  local records=$1 out=$2
  awk -v N="$records" -F'\t' '
    BEGIN { OFS = "\t" }
    $0 !~ /^#/ && $1 != "contig" && $1 != "MT" { n++; name[n] = "chr" $1; len[n] = $3; total += $3 }
    END {
      print "##fileformat=VCFv4.2"
      print "##source=Mutect2"
      print "##FILTER=<ID=PASS,Description=\"All filters passed\">"
      print "##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Approximate read depth\">"
      print "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">"
      print "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths for the ref and alt alleles\">"
      print "##FORMAT=<ID=AF,Number=A,Type=Float,Description=\"Allele fractions of alternate alleles\">"
      print "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Approximate read depth\">"
      for (i = 1; i <= n; i++) print "##contig=<ID=" name[i] ",length=" len[i] ",assembly=GRCh38>"
      print "##tumor_sample=TUMOR"
      print "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR"
      split("A C G T", base, " ")
      written = 0
      for (i = 1; i <= n; i++) {
        count = (i == n) ? N - written : int(N * len[i] / total)
        step = int((len[i] - 20000) / (count + 1))
        pos = 10000
        for (j = 0; j < count; j++) {
          pos += step
          alt = (pos % 4) + 1; ref = (alt % 4) + 1
          printf "%s\t%d\t.\t%s\t%s\t.\tPASS\tDP=180\tGT:AD:AF:DP\t0/1:120,60:0.333:180\n", name[i], pos, base[ref], base[alt]
        }
        written += count
      }
    }' reference/genome-builds.tsv > "$out.body"
  # put a record at every hotspot codon's first base, then sort as tabix needs
  awk -F'\t' '$0 !~ /^#/ && $1 != "id" { printf "chr%s\t%d\t.\tG\tA\t.\tPASS\tDP=200\tGT:AD:AF:DP\t0/1:150,50:0.25:200\n", $8, $9 }' \
    reference/hotspots.tsv > "$out.hot"
  { grep '^#' "$out.body"; { grep -v '^#' "$out.body"; sort -u "$out.hot"; } | sort -k1,1V -k2,2n; } > "$out"
  rm -f "$out.body" "$out.hot"
}

elapsed() { # wall-clock seconds of one run of a command, output discarded
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", e - s }'
}

for n in 1000 1000000; do
  if [[ ! -s "$WORK/bench-$n.vcf.gz.tbi" ]]; then
    echo "generating $n records ..." >&2
    generate "$n" "$WORK/bench-$n.vcf"
    bgzip -c "$WORK/bench-$n.vcf" > "$WORK/bench-$n.vcf.gz"
    tabix -f -p vcf "$WORK/bench-$n.vcf.gz"
  fi
done

# The launcher's first call-hotspots run extracts the jar and trains the call-hotspots archive: done here, untimed.
# The classpath form takes its libraries from that extraction (the jar's own, as the launcher runs them).
bin/thyrobank call-hotspots "$WORK/bench-1000.vcf.gz" >/dev/null
LIBRARIES="$THYROBANK_CACHE/$(stat -c '%s-%Y' "$THYROBANK_JAR")/lib"

classpath_form() {
  java -Xmx256m -XX:+UseSerialGC -cp "target/classes:$LIBRARIES/*" org.thyrobank.cli.CallHotspotsCommand "$@"
}
launcher_form() { bin/thyrobank call-hotspots "$@"; }

classpath_1k() { classpath_form "$WORK/bench-1000.vcf.gz"; }
classpath_1m() { classpath_form "$WORK/bench-1000000.vcf.gz"; }
classpath_stream() { classpath_form "$WORK/bench-1000000.vcf"; }
launcher_1k() { launcher_form "$WORK/bench-1000.vcf.gz"; }
launcher_1m() { launcher_form "$WORK/bench-1000000.vcf.gz"; }
launcher_stream() { launcher_form "$WORK/bench-1000000.vcf"; }
bcftools_stream() { bcftools view -H "$WORK/bench-1000000.vcf"; }
CASES=(classpath_1k classpath_1m classpath_stream launcher_1k launcher_1m launcher_stream bcftools_stream)

TIMES="$WORK/times.txt"   # one line per timed run: name seconds
: > "$TIMES"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((round = 1; round <= RUNS; round++)); do
  for name in "${CASES[@]}"; do   # each once per round, in turn: all see the same load
    echo "$name $(elapsed "$name")" >> "$TIMES"
  done
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"

records_1m=$(grep -vc '^#' "$WORK/bench-1000000.vcf")
sort -k1,1 -k2,2n "$TIMES" | awk -v n="$records_1m" -v runs="$RUNS" '
  { t[$1, ++count[$1]] = $2 }
  function best(name) { return t[name, 1] }
  function median(name, k) {
    k = count[name]
    return k % 2 ? t[name, (k + 1) / 2] : (t[name, k / 2] + t[name, k / 2 + 1]) / 2
  }
  function verdict(ok) { return ok ? "PASS" : "FAIL" }
  END {
    printf "records in the large file: %d; %d rounds; wall-clock seconds, JVM start included\n", n, runs
    # speed vs bcftools: bcftools view -H on the unindexed 1M .vcf over the time of this row (best over best)
    printf "%-10s %-22s %7s %7s %18s\n", "form", "file", "best", "median", "speed vs bcftools"
    split("classpath launcher", form, " ")
    split("1k 1m stream", file, " ")
    label["1k"] = "indexed 1k .vcf.gz"; label["1m"] = "indexed 1M .vcf.gz"; label["stream"] = "unindexed 1M .vcf"
    for (f = 1; f <= 2; f++) for (i = 1; i <= 3; i++) {
      name = form[f] "_" file[i]
      printf "%-10s %-22s %7.3f %7.3f %8.2f (median %.2f)\n", form[f], label[file[i]], best(name), median(name),
             best("bcftools_stream") / best(name), median("bcftools_stream") / median(name)
    }
    printf "%-10s %-22s %7.3f %7.3f\n", "bcftools", "unindexed 1M .vcf", best("bcftools_stream"), median("bcftools_stream")
    for (f = 1; f <= 2; f++) {
      ratio = best(form[f] "_1m") / best(form[f] "_1k")
      speed = best("bcftools_stream") / best(form[f] "_stream")
      printf "%s: indexed 1M/1k %.2f (target <= 1.20) %s; unindexed 1M at %.2fx bcftools (target >= 0.80) %s\n",
             form[f], ratio, verdict(ratio <= 1.2), speed, verdict(speed >= 0.8)
    }
  }'
