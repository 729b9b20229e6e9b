#!/usr/bin/env python
"""Write the documentation of every field into data/datapackage.json from two hand-curated tables:

    data/build/field_docs.csv       resource, field, title, title_ru, description, description_ru
    data/build/category_labels.csv  resource, field, value, label_en, label_ru   (every coded value)

A field gets `title`, `description` (and `title_ru`, `description_ru`); a coded field gets
`categories` (Table Schema: value + label, with `label_ru`), which the app uses to show every coded
value in the reader's language. Fails, naming the field, when a field has no documentation or a
coded value has no label.

    .venv/bin/python data/build/build_descriptor.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd

DATA = Path(__file__).resolve().parents[1]


def main() -> int:
    path = DATA / "datapackage.json"
    d = json.loads(path.read_text(encoding="utf-8"))
    docs = pd.read_csv(DATA / "build" / "field_docs.csv", dtype=str, keep_default_na=False)
    cats = pd.read_csv(DATA / "build" / "category_labels.csv", dtype=str, keep_default_na=False)
    docs = {(r.resource, r.field): r for r in docs.itertuples()}
    missing = []
    for res in d["resources"]:
        for f in res["schema"]["fields"]:
            doc = docs.get((res["name"], f["name"]))
            if doc is None:
                missing.append(f"{res['name']}.{f['name']}: no row in field_docs.csv")
                continue
            f.update(title=doc.title, title_ru=doc.title_ru, description=doc.description,
                     description_ru=doc.description_ru)
            enum = f.get("constraints", {}).get("enum")
            if enum:
                c = cats[(cats.resource == res["name"]) & (cats.field == f["name"])].set_index("value")
                absent = [v for v in enum if v not in c.index]
                if absent:
                    missing.append(f"{res['name']}.{f['name']}: no label for {absent}")
                    continue
                f["categories"] = [{"value": v, "label": c.at[v, "label_en"], "label_ru": c.at[v, "label_ru"]}
                                   for v in enum]
    if missing:
        print("\n".join(missing), file=sys.stderr)
        return 1
    path.write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    n = sum(len(r["schema"]["fields"]) for r in d["resources"])
    print(f"{path.relative_to(DATA.parent)}: {n} fields documented")
    return 0


if __name__ == "__main__":
    sys.exit(main())
