"""Build data/agreements.csv, data/representations.csv and data/build/sources/agreements.csv.

Run from the repository root:  python data/build/agreements/build.py
The records are hand-curated in data_agr.py, data_rep.py and data_sources.py (one tuple per record,
each citing the source pages that document it); this script checks codes, enums and sources and writes
the CSV files.
"""
import csv, re, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from data_sources import SOURCES
from data_agr import AGR
from data_rep import REP
ROOT = str(HERE.parents[1])
regions = {r['region_code'] for r in csv.DictReader(open(f'{ROOT}/regions.csv'))}
countries = {r['iso3'] for r in csv.DictReader(open(f'{ROOT}/countries.csv'))}
papers = {r['source_id'] for r in csv.DictReader(open(f'{ROOT}/build/sources/papers.csv'))}
src_ids = [s[0] for s in SOURCES]
assert len(src_ids) == len(set(src_ids)), [x for x in src_ids if src_ids.count(x) > 1]
known = set(src_ids) | papers
used = set()
def chk_sources(s, ctx):
    for x in s.split(';'):
        assert re.fullmatch(r'[a-z0-9_]+', x), (ctx, x)
        assert x in known, (ctx, 'unknown source', x)
        used.add(x)
AF = ['agreement_id','region_code','partner_iso3','partner_level','partner_name_en','partner_name_ru','title','year_signed','date_signed','domain','status','sources']
rows = []
seen = set()
for i, a in enumerate(AGR, 1):
    reg, iso, lvl, en, ru, title, year, date, dom, st, src = a
    ctx = (reg, en)
    assert reg in regions, ctx
    assert iso in countries, ctx
    assert lvl in ('state','region','city','organisation'), ctx
    assert dom in ('', 'trade_economy','science_education','culture_humanitarian','comprehensive'), ctx
    assert st in ('in_force','suspended','terminated','unknown'), ctx
    if date:
        assert re.fullmatch(r'\d{4}-\d{2}-\d{2}', date), ctx
        if not year: year = int(date[:4])
        assert int(date[:4]) == int(year), ctx
    if year: assert 1985 <= int(year) <= 2026, ctx
    key = (reg, en, title, year)
    assert key not in seen, ('dup', key)
    seen.add(key)
    chk_sources(src, ctx)
    rows.append(dict(zip(AF, [f'agr_{i:04d}', reg, iso, lvl, en, ru, title, year or '', date, dom, st, src])))
with open(f'{ROOT}/agreements.csv', 'w', newline='', encoding='utf-8') as f:
    w = csv.DictWriter(f, AF, lineterminator='\n'); w.writeheader(); w.writerows(rows)
RF = ['representation_id','region_code','country_iso3','city_en','title','year_opened','status','sources']
rrows = []
for i, r in enumerate(REP, 1):
    reg, iso, city, title, year, st, src = r
    ctx = (reg, iso, city)
    assert reg in regions and iso in countries, ctx
    assert st in ('active','closed','unknown'), ctx
    if year: assert 1985 <= int(year) <= 2026, ctx
    chk_sources(src, ctx)
    rrows.append(dict(zip(RF, [f'rep_{i:04d}', reg, iso, city, title, year or '', st, src])))
with open(f'{ROOT}/representations.csv', 'w', newline='', encoding='utf-8') as f:
    w = csv.DictWriter(f, RF, lineterminator='\n'); w.writeheader(); w.writerows(rrows)
SF = ['source_id','kind','citation','url','doi','accessed']
unused = [s[0] for s in SOURCES if s[0] not in used]
assert not unused, ('unused sources', unused)
with open(f'{ROOT}/build/sources/agreements.csv', 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\n'); w.writerow(SF)
    for sid, kind, cit, url in SOURCES:
        assert kind in ('paper','book','official','compilation','news','reference','dataset')
        assert url
        w.writerow([sid, kind, cit, url, '', '2026-11-25'])
print('agreements', len(rows), 'regions', len({r['region_code'] for r in rows}), 'representations', len(rrows), 'sources', len(SOURCES))
from collections import Counter
print(Counter(r['region_code'] for r in rows).most_common())
