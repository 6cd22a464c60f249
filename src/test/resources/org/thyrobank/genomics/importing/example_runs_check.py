"""An independent reading of the example sequencing runs (../vcf/examples/R01, R02), written apart from the Java
code, for the figures SequencingImportTests and SequencingCommandLineTests assert. Run: python3 example_runs_check.py
It reads reference/hotspots.tsv and reference/hotspot-thresholds.properties and calls each hotspot of each VCF by
the README's rule (MUTANT, LOW_COVERAGE, BELOW_THRESHOLD, FILTERED, WILD_TYPE, NO_EVIDENCE: the first that
applies) for what the example holds: single-sample VCFs of SNVs and reference-only ('.') records, PASS only.
Prints, per VCF: variant rows (one per alternate allele, '.' none), mutant hotspots; then T-MI-001's calls.
"""
import csv, glob, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, *(['..'] * 7)))
EXAMPLES = os.path.join(HERE, '..', 'vcf', 'examples')
COMP = {'A': 'T', 'C': 'G', 'G': 'C', 'T': 'A'}
CODE = {a + b + c: aa for (a, b, c), aa in zip(
    [(x, y, z) for x in 'TCAG' for y in 'TCAG' for z in 'TCAG'],
    'FFLLSSSSYY**CC*WLLLLPPPPHHQQRRRRIIIMTTTTNNKKSSRRVVVVAAAADDEEGGGG')}

props = dict(l.strip().split('=') for l in open(os.path.join(ROOT, 'reference', 'hotspot-thresholds.properties'))
             if '=' in l and not l.startswith('#'))
MIN_DEPTH, MIN_ALT, MIN_VAF = int(props['min-depth']), int(props['min-alt-reads']), float(props['min-vaf'])
rows = [l.rstrip('\n').split('\t') for l in open(os.path.join(ROOT, 'reference', 'hotspots.tsv'))
        if not l.startswith('#') and l.strip()]
HOTSPOTS = [dict(zip(rows[0], r)) for r in rows[1:]]


def bed(path):
    if not os.path.exists(path):
        return []
    return [(c[0], int(c[1]) + 1, int(c[2])) for c in (l.split('\t') for l in open(path) if l.strip())]


def records(path):
    out = []
    for line in open(path):
        if line.startswith('#') or not line.strip():
            continue
        c = line.rstrip('\n').split('\t')
        f = dict(zip(c[8].split(':'), c[9].split(':')))
        ad = [int(x) for x in f['AD'].split(',')]
        out.append(dict(chrom=c[0], pos=int(c[1]), ref=c[3], alts=c[4].split(','), passed=c[6] in ('PASS', '.'),
                        depth=int(f['DP']), ad=ad))
    return out


def mutant_allele(h, rec, alt):
    start, ref_plus = int(h['grch38_start']), h['ref_plus']
    if len(rec['ref']) != 1 or len(alt) != 1 or alt == '.':
        return False
    offset = rec['pos'] - start
    if not 0 <= offset < len(ref_plus):
        return False
    if h['alt_plus']:
        return alt == h['alt_plus']
    codon = ref_plus[:offset] + alt + ref_plus[offset + 1:]
    if h['strand'] == '-':
        codon = ''.join(COMP[b] for b in reversed(codon))
    return CODE[codon] == h['alt_amino_acid']


def call(h, recs, regions):
    chrom, start = 'chr' + h['grch38_chrom'], int(h['grch38_start'])
    end = start + len(h['ref_plus']) - 1
    here = [r for r in recs if r['chrom'] == chrom and r['pos'] <= end and r['pos'] + len(r['ref']) - 1 >= start]
    depth = max((r['depth'] for r in here), default=None)
    hits = [(r, r['ad'][i + 1]) for r in here for i, a in enumerate(r['alts']) if mutant_allele(h, r, a)]
    good = [(r, n) for r, n in hits if r['passed'] and n >= MIN_ALT and n / r['depth'] >= MIN_VAF
            and r['depth'] >= MIN_DEPTH]
    if good:
        r, n = max(good, key=lambda x: x[1])
        return 'MUTANT', r['depth'], n
    if depth is not None and depth < MIN_DEPTH:
        return 'NO_CALL LOW_COVERAGE', depth, None
    if [1 for r, n in hits if r['passed']]:
        return 'NO_CALL BELOW_THRESHOLD', depth, None
    if hits:
        return 'NO_CALL FILTERED', depth, None
    if depth is not None or any(c == chrom and s <= start and end <= e for c, s, e in regions):
        return 'WILD_TYPE', depth, None
    return 'NO_CALL NO_EVIDENCE', None, None


total = 0
for run in sorted(glob.glob(os.path.join(EXAMPLES, 'R*'))):
    manifest = list(csv.DictReader(open(os.path.join(run, 'manifest.csv'))))
    for entry in manifest:
        path = os.path.join(run, entry['vcf'])
        regions = bed(os.path.join(run, entry.get('covered_regions') or '-'))
        recs = records(path)
        variants = sum(1 for r in recs for a in r['alts'] if a not in ('.', '*', '<NON_REF>'))
        total += variants
        calls = [(h['id'],) + call(h, recs, regions) for h in HOTSPOTS]
        print(os.path.basename(run), entry['vcf'], variants, 'variants', sum(c[1] == 'MUTANT' for c in calls), 'mutant')
        if entry['specimen_id'] == 'T-MI-001':
            t_mi_001 = calls
print('total variant rows', total)
for c in t_mi_001:
    print('T-MI-001', *c)
