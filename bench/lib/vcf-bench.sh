# Shell functions shared by bench/vcf-import.sh and bench/whole-exome.sh; sourced from the project's root.

# Sets CLASSPATH to the compiled project and its libraries (target/classes, or BENCH_CLASSES when set), compiling
# first when needed; offline without the dependency plugin's own dependencies, the libraries the packaged jar carries.
bench_classpath() {
  [[ -f target/classes/batch-jobs/vcf-import.properties ]] || ./mvnw -o -q -B compile
  if [[ ! -s target/bench-classpath.txt ]]; then
    if ! ./mvnw -o -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null 2>&1; then
      [[ -f target/thyrobank.jar ]] || ./mvnw -o -q -B package -DskipTests
      rm -rf target/bench-lib && mkdir -p target/bench-lib
      (cd target/bench-lib && unzip -q ../thyrobank.jar 'BOOT-INF/lib/*')
      ls "$PWD"/target/bench-lib/BOOT-INF/lib/*.jar | paste -sd: > target/bench-classpath.txt
    fi
  fi
  CLASSPATH="${BENCH_CLASSES:-target/classes}:$(cat target/bench-classpath.txt)"
}

# bench_vcf RECORDS SAMPLE [SHIFT]: prints a Mutect2-style single-sample GRCh38 VCF of RECORDS records of sample
# SAMPLE spread over the chromosomes (contig lengths from reference/genome-builds.tsv), one in seven records
# weak_evidence. SHIFT (default 0) moves every position by that many bases, which changes the alleles, filters and
# depths too (they are derived from the position): another SHIFT, other records.
bench_vcf() {
  awk -v N="$1" -v SAMPLE="$2" -v SHIFT="${3:-0}" -F'\t' '
    BEGIN { OFS = "\t" }
    $0 !~ /^#/ && $1 != "contig" && $1 != "MT" { n++; name[n] = "chr" $1; len[n] = $3; total += $3 }
    END {
      print "##fileformat=VCFv4.2"
      print "##source=Mutect2"
      print "##FILTER=<ID=PASS,Description=\"All filters passed\">"
      print "##FILTER=<ID=weak_evidence,Description=\"Mutation does not meet likelihood threshold\">"
      print "##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Approximate read depth\">"
      print "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">"
      print "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths for the ref and alt alleles\">"
      print "##FORMAT=<ID=AF,Number=A,Type=Float,Description=\"Allele fractions of alternate alleles\">"
      print "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Approximate read depth\">"
      for (i = 1; i <= n; i++) print "##contig=<ID=" name[i] ",length=" len[i] ",assembly=GRCh38>"
      print "##tumor_sample=" SAMPLE
      print "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\t" SAMPLE
      split("A C G T", base, " ")
      written = 0
      for (i = 1; i <= n; i++) {
        count = (i == n) ? N - written : int(N * len[i] / total)
        step = int((len[i] - 20000) / (count + 1))
        pos = 10000 + SHIFT
        for (j = 0; j < count; j++) {
          pos += step
          alt = (pos % 4) + 1; ref = (alt % 4) + 1
          filter = (pos % 7 == 0) ? "weak_evidence" : "PASS"
          dp = 40 + pos % 200; altreads = 3 + pos % 37
          printf "%s\t%d\t.\t%s\t%s\t.\t%s\tDP=%d\tGT:AD:AF:DP\t0/1:%d,%d:%.3f:%d\n", name[i], pos, base[ref], base[alt],
                 filter, dp, dp - altreads, altreads, altreads / dp, dp
        }
        written += count
      }
    }' reference/genome-builds.tsv
}
