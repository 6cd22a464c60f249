"""Row, file and warning counts of the example's clinical files, read apart from the Java code (csv module only),
which ExampleBundleTests, ClinicalImportTests and ClinicalImportCommandTests assert. Run: python3 count_check.py
Prints (this copy of the example): files 12; rows adverse_events 72, assessments 513, blood_dosimetry 59, fdg 228,
follow_up 60, iodine_pet 86, labs 237, lesion_dosimetry 142, lesions 142, patients 60, specimens 163, therapies 60;
warnings: 38 patients with visits after progressed_on, 1 (MI-007) with a lab value after died_on, none other;
no iodine_pet.csv row of an unknown lesion, before the first therapy or repeating a key; no FDG key repeated.
"""
import csv, collections, datetime as dt, sys, os
D = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'clinical')
r = lambda f: list(csv.DictReader(open(os.path.join(D, f), newline='', encoding='utf-8')))
d = lambda s: dt.date.fromisoformat(s) if s else None
files = sorted(f for f in os.listdir(D) if f.endswith('.csv'))
print('files', len(files))
for f in files:
    rows = [x for x in r(f) if any(v.strip() for v in x.values())]
    print(f, len(rows))
pts = r('patients.csv'); th = r('therapies.csv'); fu = {x['patient_id']: x for x in r('follow_up.csv')}
first = {}
for t in th:
    p = t['patient_id']; first[p] = min(first.get(p, d(t['treated_on'])), d(t['treated_on']))
cycles = collections.Counter(t['patient_id'] for t in th)
print('treated patients', len(first), 'never treated', [p['patient_id'] for p in pts if p['patient_id'] not in first])
print('patients with >1 therapy row', {p: n for p, n in cycles.items() if n > 1})
blood = {x['patient_id'] for x in r('blood_dosimetry.csv')}
print('without blood dosimetry', [p['patient_id'] for p in pts if p['patient_id'] not in blood])
visits = collections.defaultdict(set)
for a in r('assessments.csv'):
    visits[a['patient_id']].add(d(a['assessed_on']))
w = collections.Counter(); first_warning = None
# assessments warnings, patients in assessments.csv order of first mention
order = []
for a in r('assessments.csv'):
    if a['patient_id'] not in order: order.append(a['patient_id'])
for p in order:
    f = fu.get(p)
    if not f: continue
    for col in ('progressed_on', 'died_on', 'last_contact_on'):
        lim = d(f[col])
        late = sorted(v for v in visits[p] if lim and v > lim)
        if late:
            w['assessments after ' + col] += 1
            if first_warning is None: first_warning = (p, col, late, lim)
for f, col in (('labs.csv', 'drawn_on'), ('adverse_events.csv', 'onset_on')):
    pats = set()
    for x in r(f):
        died = d(fu.get(x['patient_id'], {}).get('died_on', ''))
        if died and x[col] and d(x[col]) > died: pats.add(x['patient_id'])
    w[f + ' after died_on'] += len(pats)
    if pats: print(f, 'after death:', sorted(pats))
for p, f in fu.items():
    lc, pr, di = d(f['last_contact_on']), d(f['progressed_on']), d(f['died_on'])
    if pr and pr > lc: w['progressed after last contact'] += 1
    if di and di > lc: w['died after last contact'] += 1
    if pr and di and pr > di: w['progressed after died'] += 1
for p, t0 in first.items():
    if visits[p] and min(visits[p]) > t0: w['no baseline'] += 1
pre = set(); post = set()
for s in r('specimens.csv'):
    if s['kind'] in ('PLASMA', 'SERUM') and s['collected_on'] and s['patient_id'] in first:
        c = d(s['collected_on']); t0 = first[s['patient_id']]
        if s['timepoint'] == 'PRE' and c > t0: pre.add(s['patient_id'])
        if s['timepoint'] == 'POST' and c <= t0: post.add(s['patient_id'])
w['specimen PRE after therapy'] = len(pre); w['specimen POST before therapy'] = len(post)
print('warnings', dict(w), 'total', sum(w.values()))
print('first assessments warning', first_warning)
# new items
ae = r('adverse_events.csv')
print('attribution', collections.Counter(x['attribution'] or '(blank)' for x in ae))
print('AE terms', sorted({x['term'] for x in ae}))
fdg = r('fdg.csv')
print('fdg timepoints', collections.Counter(x['timepoint'] or '(blank)' for x in fdg))
keys = collections.Counter((x['patient_id'], x['lesion_id'], x['timepoint'] or 'PRE') for x in fdg)
print('fdg duplicate keys', [k for k, n in keys.items() if n > 1])
les = {(x['patient_id'], x['lesion_id']) for x in r('lesions.csv')}
pet = r('iodine_pet.csv')
print('iodine_pet patients', len({x['patient_id'] for x in pet}), 'lesions', len({(x['patient_id'], x['lesion_id']) for x in pet}))
print('iodine_pet unknown lesion', [x for x in pet if (x['patient_id'], x['lesion_id']) not in les])
print('iodine_pet before first therapy', [x for x in pet if x['patient_id'] in first and d(x['scanned_on']) < first[x['patient_id']]])
print('iodine_pet of untreated patients', [x for x in pet if x['patient_id'] not in first])
pk = collections.Counter((x['patient_id'], x['lesion_id'], x['scanned_on']) for x in pet)
print('iodine_pet duplicate keys', [k for k, n in pk.items() if n > 1])
print('iodine_pet negative uptake', [x for x in pet if float(x['uptake_pct']) < 0])
