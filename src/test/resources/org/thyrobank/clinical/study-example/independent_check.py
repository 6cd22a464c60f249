"""An independent reading of the example bundle's clinical files (RECIST 1.1, dosimetry, follow-up), written
apart from the Java code, whose printed figures ClinicalDerivationsTests asserts. Run: python3 independent_check.py
Prints: evaluable 55 softTissueCr 15 best Counter({'SD': 32, 'PR': 17, 'CR': 9, 'PD': 2})
        refractory 17 radioresistant 33 exit 17 capped 25 fdg+ 36 Counter({'RADIORESISTANT': 47, 'RESPONSIVE': 39, 'LOW_UPTAKE': 19})
        pfs events 55 os events 33
"""
import csv, datetime as dt, collections, os
D=os.path.join(os.path.dirname(os.path.abspath(__file__)), 'clinical') + os.sep
r=lambda f: list(csv.DictReader(open(D+f)))
d=lambda s: dt.date.fromisoformat(s)
pts=r('patients.csv'); les=r('lesions.csv'); ass=r('assessments.csv'); th=r('therapies.csv'); fu=r('follow_up.csv')
first={}
for t in th:
    if t['patient_id'] not in first or d(t['treated_on'])<first[t['patient_id']]: first[t['patient_id']]=d(t['treated_on'])
L=collections.defaultdict(list)
for l in les: L[l['patient_id']].append(l)
A=collections.defaultdict(lambda: collections.defaultdict(dict)); NEW=collections.defaultdict(set)
for a in ass:
    if a['new_lesion']=='true': NEW[a['patient_id']].add(d(a['assessed_on'])); A[a['patient_id']][d(a['assessed_on'])]
    else: A[a['patient_id']][d(a['assessed_on'])][a['lesion_id']]=a
def gone(l,row):
    if row is None: return False
    if row['diameter_mm']=='': return row['non_target_status']=='ABSENT'
    v=float(row['diameter_mm'])
    return v<10 if l['organ']=='LYMPH_NODE' else v==0
ev=0; cr=0; best=collections.Counter()
for p in pts:
    pid=p['patient_id']; f=first[pid]; visits=sorted(A[pid])
    base=max(v for v in visits if v<=f)
    tg=[l for l in L[pid] if l['recist_role']=='TARGET']; nt=[l for l in L[pid] if l['recist_role']!='TARGET']; st=[l for l in L[pid] if l['site']=='SOFT_TISSUE']
    def tsum(v):
        s=0
        for l in tg:
            row=A[pid][v].get(l['lesion_id'])
            if row is None or row['diameter_mm']=='': return None
            s+=float(row['diameter_mm'])
        return s
    bs=tsum(base); nadir=bs; pd=False; b=None; evaluable=any((v-f).days>=182 for v in visits); stcr=False
    order=['CR','PR','SD','PD','NE']
    for v in [v for v in visits if v>base]:
        s=tsum(v); new=v in NEW[pid]
        unq=any(A[pid][v].get(l['lesion_id'],{}).get('non_target_status')=='UNEQUIVOCAL_PROGRESSION' for l in nt)
        if new or unq: resp='PD'
        elif s is None: resp='NE'
        elif nadir is not None and s-nadir>=5-1e-9 and s>=nadir*1.2-1e-9: resp='PD'
        elif all(gone(l,A[pid][v].get(l['lesion_id'])) for l in tg) and all(gone(l,A[pid][v].get(l['lesion_id'])) for l in nt): resp='CR'
        elif all(gone(l,A[pid][v].get(l['lesion_id'])) for l in tg) or (bs>0 and s<=bs*0.7+1e-9): resp='PR'
        else: resp='SD'
        if (v-f).days>=182 and not pd and not new and st and all(gone(l,A[pid][v].get(l['lesion_id'])) for l in st): stcr=True
        if not pd and (b is None or order.index(resp)<order.index(b)): b=resp
        if resp=='PD': pd=True
        if s is not None and (nadir is None or s<nadir): nadir=s
    ev+=evaluable; cr+=evaluable and stcr; best[b]+=1
print('evaluable',ev,'softTissueCr',cr,'best',best)
from decimal import Decimal as Dec
bl={b['patient_id']:Dec(b['blood_gy_per_gbq']) for b in r('blood_dosimetry.csv')}
gbq={}
for t in sorted(th,key=lambda t:t['treated_on']):
    gbq.setdefault(t['patient_id'],Dec(t['administered_gbq']))
LD=collections.defaultdict(list)
for x in r('lesion_dosimetry.csv'): LD[x['patient_id']].append(x)
lid={(l['patient_id'],l['lesion_id']):l for l in les}
refr=rr=ex=0; fdgp=0; classes=collections.Counter(); capped=0
for p in pts:
    pid=p['patient_id']; f=first[pid]; visits=sorted(A[pid])
    evaluable=any((v-f).days>=182 for v in visits)
    lr=False; rad=False; e=False; need=Dec(0)
    for x in LD[pid]:
        l=lid[(pid,x['lesion_id'])]; g=Dec(x['lesion_gy_per_gbq']); Dg=g*gbq[pid]
        T=Dec(80) if l['site']=='SOFT_TISSUE' else Dec(650)
        need=max(need,T/g)
        if l['site']!='SOFT_TISSUE': continue
        if g*2 < 80*bl[pid]: e=True
        if Dg<T: lr=True; classes['LOW_UPTAKE']+=1
        elif evaluable:
            dis=any((v-f).days>=182 and gone(l,A[pid][v].get(l['lesion_id'])) for v in visits)
            classes['RESPONSIVE' if dis else 'RADIORESISTANT']+=1
            if not dis: rad=True
    refr+=lr; rr+=(evaluable and rad); ex+=e; capped+= need> 2/bl[pid]
fp=collections.defaultdict(bool)
for x in r('fdg.csv'): fp[x['patient_id']]|= x['fdg_positive']=='true'
print('refractory',refr,'radioresistant',rr,'exit',ex,'capped',capped,'fdg+',sum(fp.values()),classes)
pfs_ev=sum(1 for x in fu if x['progressed_on'] or x['died_on']); os_ev=sum(1 for x in fu if x['died_on'])
print('pfs events',pfs_ev,'os events',os_ev)
