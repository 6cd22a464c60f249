"""An independent reading of the example bundle's clinical files, written from docs/analyses.md ("Analysis
populations", "Dosimetry and lesion classes", "Response (RECIST 1.1)", "Survival", "Safety and deviations"),
apart from the Java code; ExampleBundleTests asserts its printed figures. Standard library only.
Run: python3 independent_check.py
Prints (this copy of the example):
  populations enrolled 60 dosimetry 59 exited 7 treated 51 evaluable 45
  left_out enrolled NO_DOSIMETRY ['MI-012']
  left_out dosimetry EXIT_TO_STANDARD_CARE ['MI-019', 'MI-029', 'VR-002', 'VR-004', 'VR-005', 'VR-011', 'VR-012']
  left_out dosimetry NO_THERAPY ['VR-003']
  left_out treated NO_VISIT_AT_6_MONTHS ['MI-007', 'MI-011', 'MI-013', 'MI-034', 'VR-014', 'VR-017']
  SOFT_TISSUE_CR evaluable 45 responders 15
  sensitivity (therapy and a 6-month visit) 53 responders 15
  best response (evaluable) {'CR': 6, 'PR': 17, 'SD': 18, 'PD': 4, 'NE': 0}
  IODINE_REFRACTORY 7 of 59 RADIORESISTANT 30 of 45
  lesion classes {'LOW_UPTAKE': 7, 'UNDERDOSED': 1, 'RESPONSIVE': 34, 'RADIORESISTANT': 35, 'NOT_EVALUABLE': 22}
  FDG_POSITIVE 36 of 60 FDG_POSITIVE_POST 16 of 40
  PFS events 46 OS events 31 over 51 treated
  lesion dose rows 139
  MI-032 visits ['2021-02-17 baseline', '2021-05-30 SD', '2021-08-29 SD', '2022-03-04 NE'] best SD
  MI-005 visits ['2022-06-09 baseline', '2022-09-25 PD', '2023-01-01 SD', '2023-06-29 PR'] best PD SOFT_TISSUE_CR True
  deviations [('MI-002', 'ABOVE_MTA', '12.9', '12.658227848101'), ('VR-001', 'BELOW_RECOMMENDED', '2.35', '2.615233736515')]
  adverse events [('Dry mouth', 19, 19, 2), ('Fatigue', 14, 14, 3), ('Nausea', 22, 22, 2), ('Salivary duct inflammation', 17, 17, 3)]
"""
import collections
import csv
import datetime as dt
import os
from decimal import Decimal as Dec, getcontext

getcontext().prec = 50
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'clinical')


def rows(f):
    with open(os.path.join(D, f), newline='', encoding='utf-8') as fh:
        return [x for x in csv.DictReader(fh) if any((v or '').strip() for v in x.values())]


day = dt.date.fromisoformat
pts = [p['patient_id'] for p in rows('patients.csv')]
lesions = collections.defaultdict(list)
lesion = {}
for l in rows('lesions.csv'):
    lesions[l['patient_id']].append(l)
    lesion[(l['patient_id'], l['lesion_id'])] = l
blood = {b['patient_id']: Dec(b['blood_gy_per_gbq']) for b in rows('blood_dosimetry.csv')}
ldos = collections.defaultdict(list)  # only lesions known in lesions.csv
for x in rows('lesion_dosimetry.csv'):
    if (x['patient_id'], x['lesion_id']) in lesion:
        ldos[x['patient_id']].append((lesion[(x['patient_id'], x['lesion_id'])], Dec(x['lesion_gy_per_gbq'])))
therapies = collections.defaultdict(list)
for t in rows('therapies.csv'):
    therapies[t['patient_id']].append((day(t['treated_on']), Dec(t['administered_gbq'])))
first = {p: min(ts) for p, ts in therapies.items()}  # (date, GBq) of the earliest treated_on
fu = {x['patient_id']: x for x in rows('follow_up.csv')}

# visits: per patient, date -> {lesion_id: row}, and the dates with a new lesion
visits = collections.defaultdict(lambda: collections.defaultdict(dict))
new_at = collections.defaultdict(set)
for a in rows('assessments.csv'):
    v = day(a['assessed_on'])
    visits[a['patient_id']][v]  # a visit even when its only row is a new lesion
    if a['new_lesion'] == 'true':
        new_at[a['patient_id']].add(v)
    else:
        visits[a['patient_id']][v][a['lesion_id']] = a

T_SOFT, T_BONE = Dec(80), Dec(650)
threshold = lambda l: T_SOFT if l['site'] == 'SOFT_TISSUE' else T_BONE
node = lambda l: l['organ'] == 'LYMPH_NODE'


def six_month_visits(p):
    return [v for v in sorted(visits[p]) if p in first and (v - first[p][0]).days >= 182]


# ---- populations ----
def mta(p):
    return Dec(2) / blood[p]


def soft_dos(p):
    return [(l, g) for l, g in ldos[p] if l['site'] == 'SOFT_TISSUE']


def exit_flag(p):  # some soft-tissue lesion with dosimetry below 80 Gy at the unrounded MTA: g x 2 < 80 x blood
    return any(g * 2 < T_SOFT * blood[p] for l, g in soft_dos(p))


enrolled = list(pts)
dosimetry = [p for p in enrolled if p in blood and soft_dos(p)]
exited = [p for p in dosimetry if exit_flag(p)]
treated = [p for p in dosimetry if p not in exited and p in first]
evaluable = [p for p in treated if six_month_visits(p)]
left = collections.OrderedDict()
left[('enrolled', 'NO_DOSIMETRY')] = [p for p in enrolled if p not in dosimetry]
left[('dosimetry', 'EXIT_TO_STANDARD_CARE')] = exited
left[('dosimetry', 'NO_THERAPY')] = [p for p in dosimetry if p not in exited and p not in first]
left[('treated', 'NO_VISIT_AT_6_MONTHS')] = [p for p in treated if p not in evaluable]
print('populations enrolled', len(enrolled), 'dosimetry', len(dosimetry), 'exited', len(exited), 'treated',
      len(treated), 'evaluable', len(evaluable))
for (step, reason), who in left.items():
    print('left_out', step, reason, sorted(who))


# ---- RECIST 1.1 ----
def gone(l, row):
    """disappeared at a visit: non-nodal 0 mm, node < 10 mm, or (no measurement) ABSENT; no row: not gone"""
    if row is None:
        return False
    if row['diameter_mm'] == '':
        return row['non_target_status'] == 'ABSENT'
    mm = Dec(row['diameter_mm'])
    return mm < 10 if node(l) else mm == 0


def target_sum(p, v, which):
    s = Dec(0)
    for l in which:
        row = visits[p][v].get(l['lesion_id'])
        if row is None or row['diameter_mm'] == '':
            return None
        s += Dec(row['diameter_mm'])
    return s


def recist(p):
    """[(visit, response or 'baseline')], best overall response, SOFT_TISSUE_CR (None without therapy or a 6-month
    visit)"""
    if p not in first:
        return [], None, None
    f = first[p][0]
    dates = sorted(visits[p])
    before = [v for v in dates if v <= f]
    tg = [l for l in lesions[p] if l['recist_role'] == 'TARGET']
    nt = [l for l in lesions[p] if l['recist_role'] == 'NON_TARGET']
    soft = [l for l in lesions[p] if l['site'] == 'SOFT_TISSUE']
    soft_tg = [l for l in tg if l['site'] == 'SOFT_TISSUE']
    if not before:  # no baseline: every later visit NE
        out = [(v, 'NE') for v in dates]
        base_sum = soft_nadir = None
        base = None
    else:
        base = before[-1]
        out = [(base, 'baseline')]
        base_sum = target_sum(p, base, tg)
        soft_nadir = target_sum(p, base, soft_tg)
    nadir = base_sum
    order = ['CR', 'PR', 'SD', 'PD', 'NE']
    best, pd_seen, soft_progressed, stcr = None, False, False, False
    for v in [v for v in dates if base is not None and v > base]:
        rs = visits[p][v]
        s = target_sum(p, v, tg)
        new = v in new_at[p]
        unequivocal = any(rs.get(l['lesion_id'], {}).get('non_target_status') == 'UNEQUIVOCAL_PROGRESSION'
                          for l in nt)
        if new or unequivocal:
            resp = 'PD'
        elif s is None or base_sum is None:
            resp = 'NE'
        elif s >= nadir * Dec('1.2') and s - nadir >= 5:
            resp = 'PD'
        elif all(gone(l, rs.get(l['lesion_id'])) for l in tg) and all(
                rs.get(l['lesion_id'], {}).get('non_target_status') == 'ABSENT' for l in nt):
            resp = 'CR'
        elif all(gone(l, rs.get(l['lesion_id'])) for l in tg) or (s <= base_sum * Dec('0.7')):
            resp = 'PR'
        else:
            resp = 'SD'
        out.append((v, resp))
        if not pd_seen and (best is None or order.index(resp) < order.index(best)):
            best = resp
        if resp == 'PD':
            pd_seen = True
        if s is not None and resp != 'NE' and (nadir is None or s < nadir):
            nadir = s
        # SOFT_TISSUE_CR: a 6-month visit with every soft-tissue lesion gone, no new lesion there, and no earlier
        # visit progressed on soft tissue (a new lesion, or the soft-tissue target sum 20 % and 5 mm above its nadir)
        if (v - f).days >= 182 and not soft_progressed and not new and soft and all(
                gone(l, rs.get(l['lesion_id'])) for l in soft):
            stcr = True
        ss = target_sum(p, v, soft_tg)
        if new or (ss is not None and soft_nadir is not None and ss >= soft_nadir * Dec('1.2')
                   and ss - soft_nadir >= 5):
            soft_progressed = True
        if ss is not None and (soft_nadir is None or ss < soft_nadir):
            soft_nadir = ss
    if best is None:
        best = 'NE'
    return out, best, (stcr if six_month_visits(p) else None)


R = {p: recist(p) for p in pts}
print('SOFT_TISSUE_CR evaluable', len(evaluable), 'responders', sum(R[p][2] for p in evaluable))
sens = [p for p in pts if p in first and six_month_visits(p)]
print('sensitivity (therapy and a 6-month visit)', len(sens), 'responders', sum(R[p][2] for p in sens))
best = collections.Counter(R[p][1] for p in evaluable)
print('best response (evaluable)', {k: best[k] for k in ['CR', 'PR', 'SD', 'PD', 'NE']})


# ---- dosimetry and lesion classes ----
def disappeared(p, l):
    return any(gone(l, visits[p][v].get(l['lesion_id'])) for v in six_month_visits(p))


classes = collections.Counter()
lesion_class = {}
dose_rows = 0
radioresistant = {}
for p in pts:
    if p not in first:
        continue
    gbq = first[p][1]
    for l, g in ldos[p]:
        dose_rows += 1
        if l['site'] != 'SOFT_TISSUE':
            continue
        dose = g * gbq
        if p not in blood:
            c = 'NOT_EVALUABLE'
        elif g * 2 < T_SOFT * blood[p]:
            c = 'LOW_UPTAKE'
        elif dose < T_SOFT:
            c = 'UNDERDOSED'
        elif p in evaluable:
            c = 'RESPONSIVE' if disappeared(p, l) else 'RADIORESISTANT'
        else:
            c = 'NOT_EVALUABLE'
        classes[c] += 1
        lesion_class[l['lesion_id']] = c
    if p in evaluable:
        radioresistant[p] = any(lesion_class.get(l['lesion_id']) == 'RADIORESISTANT' for l, g in soft_dos(p))
print('IODINE_REFRACTORY', sum(exit_flag(p) for p in dosimetry), 'of', len(dosimetry),
      'RADIORESISTANT', sum(radioresistant.values()), 'of', len(radioresistant))
print('lesion classes', {k: classes[k] for k in ['LOW_UPTAKE', 'UNDERDOSED', 'RESPONSIVE', 'RADIORESISTANT',
                                                 'NOT_EVALUABLE']})
fdg_pre, fdg_post = {}, {}
for x in rows('fdg.csv'):
    target = fdg_post if x['timepoint'] == 'POST' else fdg_pre
    target[x['patient_id']] = target.get(x['patient_id'], False) or x['fdg_positive'] == 'true'
print('FDG_POSITIVE', sum(fdg_pre.values()), 'of', len(fdg_pre), 'FDG_POSITIVE_POST', sum(fdg_post.values()), 'of',
      len(fdg_post))
pfs = sum(1 for p in treated if fu[p]['progressed_on'] or fu[p]['died_on'])
os_ = sum(1 for p in treated if fu[p]['died_on'])
print('PFS events', pfs, 'OS events', os_, 'over', len(treated), 'treated')
print('lesion dose rows', dose_rows)

# ---- the edge cases, and the deviations of the first therapy (treated) ----
for p in ['MI-032', 'MI-005']:
    print(p, 'visits', [f'{v} {r}' for v, r in R[p][0]], 'best', R[p][1],
          *(['SOFT_TISSUE_CR', R[p][2]] if p == 'MI-005' else []))
dev = []
for p in treated:
    m = mta(p)
    rec = min(max(threshold(l) / g for l, g in ldos[p]), m)
    gbq = first[p][1]
    if gbq > m + Dec('0.005'):
        dev.append((p, 'ABOVE_MTA', str(gbq), str(round(m, 12))))
    if gbq < Dec('0.95') * rec:
        dev.append((p, 'BELOW_RECOMMENDED', str(gbq), str(round(rec, 12))))
print('deviations', dev)
# adverse events per CTCAE term, every row of adverse_events.csv (the cohort summary, not the report's safety block)
ae = collections.defaultdict(list)
for x in rows('adverse_events.csv'):
    ae[x['term']].append(x)
print('adverse events', [(t, len(xs), len({x['patient_id'] for x in xs}), max(int(x['grade']) for x in xs))
                         for t, xs in sorted(ae.items())])
