#!/usr/bin/env bash
# Benchmark of call-hotspots (issue 4, "Speed and memory"):
#  1. on a tabix-indexed 1,000,000-record .vcf.gz it must take within 1.2x of the time on a 1,000-record one;
#  2. on the unindexed 1,000,000-record .vcf, with -Xmx256m, it must stream at no less than half the speed of
#     `bcftools view -H` on the same file.
# Needs: a JDK 17, bgzip, tabix and bcftools on the PATH, and the project compiled (./mvnw -o -q compile).
# Usage: bench/call-hotspots.sh [work-dir]   (default: a fresh temporary directory, removed at the end)
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
WORK=${1:-}
if [[ -z "$WORK" ]]; then
  WORK=$(mktemp -d)
  trap 'rm -rf "$WORK"' EXIT
fi
mkdir -p "$WORK"

for tool in java bgzip tabix bcftools; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is not on the PATH" >&2; exit 1; }
done
[[ -d target/classes/org/thyrobank/genomics/vcf ]] || ./mvnw -o -q -B compile
if [[ ! -s target/bench-classpath.txt ]]; then
  ./mvnw -o -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
fi
CLASSPATH_JAR="target/classes:$(cat target/bench-classpath.txt)"

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

best_of_pair() { # best time of each of two commands (function names), run alternately so both see the same load
  local a="" b="" t
  for ((r = 0; r < RUNS; r++)); do
    t=$(elapsed "$1"); a=$(awk -v t="$t" -v b="$a" 'BEGIN { print (b == "" || t < b) ? t : b }')
    t=$(elapsed "$2"); b=$(awk -v t="$t" -v b="$b" 'BEGIN { print (b == "" || t < b) ? t : b }')
  done
  echo "$a $b"
}

call_hotspots() {
  java -Xmx256m -XX:+UseSerialGC -cp "$CLASSPATH_JAR" org.thyrobank.cli.CallHotspotsCommand "$@"
}

for n in 1000 1000000; do
  if [[ ! -s "$WORK/bench-$n.vcf.gz.tbi" ]]; then
    echo "generating $n records ..." >&2
    generate "$n" "$WORK/bench-$n.vcf"
    bgzip -c "$WORK/bench-$n.vcf" > "$WORK/bench-$n.vcf.gz"
    tabix -f -p vcf "$WORK/bench-$n.vcf.gz"
  fi
done

indexed_1k() { call_hotspots "$WORK/bench-1000.vcf.gz"; }
indexed_1m() { call_hotspots "$WORK/bench-1000000.vcf.gz"; }
stream_1m() { call_hotspots "$WORK/bench-1000000.vcf"; }
bcftools_1m() { bcftools view -H "$WORK/bench-1000000.vcf"; }

records_1m=$(grep -vc '^#' "$WORK/bench-1000000.vcf")
read -r indexed_1k indexed_1m < <(best_of_pair indexed_1k indexed_1m)
read -r stream_1m bcftools_1m < <(best_of_pair stream_1m bcftools_1m)

awk -v a="$indexed_1k" -v b="$indexed_1m" -v c="$stream_1m" -v d="$bcftools_1m" -v n="$records_1m" -v runs="$RUNS" 'BEGIN {
  printf "records in the large file:                    %d\n", n
  printf "best of %d runs, wall-clock seconds (JVM start included)\n", runs
  printf "call-hotspots, indexed .vcf.gz, 1k records:   %s\n", a
  printf "call-hotspots, indexed .vcf.gz, 1M records:   %s\n", b
  printf "  ratio 1M/1k: %.2f (target <= 1.20) %s\n", b / a, (b / a <= 1.2 ? "PASS" : "FAIL")
  printf "call-hotspots, unindexed .vcf, 1M, -Xmx256m:  %s\n", c
  printf "bcftools view -H, same .vcf:                  %s\n", d
  printf "  speed relative to bcftools: %.2f (target >= 0.50) %s\n", d / c, (d / c >= 0.5 ? "PASS" : "FAIL")
}'
