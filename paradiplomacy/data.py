"""Load the curated data package once, validate it, and return typed DataFrames.

Validation has two layers, both run on every load:
1. Frictionless validates `datapackage.json` against the CSV files: field types, constraints
   and enums, primary keys and foreign keys between tables.
2. Checks that a Table Schema cannot express: every `sources` id exists in sources.csv,
   multi-valued code columns, year order, and place coordinates.
The first problem found stops loading with a :class:`DataError` that names the file, the line
(1 is the header, so the first record is line 2) and the column.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def table_names(descriptor: dict) -> tuple[str, ...]:
    """The tables of a package, in the order its descriptor lists them."""
    return tuple(r["name"] for r in descriptor.get("resources", []))


# The table registry: the resources of the project's datapackage.json. A new table is its CSV, its
# resource in the descriptor and its build step; nothing else lists the tables.
TABLES = table_names(json.loads((DATA_DIR / "datapackage.json").read_text(encoding="utf-8")))
ANNEXED_STATUSES = ("annexed_2014_recognised_as_ukraine", "annexed_2022_recognised_as_ukraine")


class DataError(ValueError):
    """A data file is malformed or inconsistent. The message names file, line and column."""

    def __init__(self, file: str, line: int | None, column: str | None, message: str):
        self.file, self.line, self.column = file, line, column
        where = file
        if line is not None:
            where += f", line {line}"
        if column:
            where += f", column '{column}'"
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class Package:
    """The loaded tables (`pkg.regions`, `pkg.table("regions")`) and the descriptor they came with."""

    tables: dict[str, pd.DataFrame]
    descriptor: dict

    def table(self, name: str) -> pd.DataFrame:
        return self.tables[name]

    def __getattr__(self, name: str) -> pd.DataFrame:
        tables = self.__dict__.get("tables", {})
        if name in tables:
            return tables[name]
        raise AttributeError(name)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self.tables)

    def indexed(self, name: str, key: str) -> pd.DataFrame:
        """Table `name` indexed by its column `key`, built once per package (read-only: the pages
        look sources up by id on every new view, and a set_index of 2,000 rows each time adds up)."""
        cache = self.__dict__.setdefault("_indexed", {})
        if (name, key) not in cache:
            cache[name, key] = self.tables[name].set_index(key)
        return cache[name, key]

    def resource(self, name: str) -> dict:
        return next(r for r in self.descriptor["resources"] if r["name"] == name)

    def field(self, table: str, column: str) -> dict:
        """The descriptor's field `column` of `table` ({} when the column is not described)."""
        return next((f for f in self.resource(table)["schema"]["fields"] if f["name"] == column), {})


def _rel(path: Path) -> str:
    try:
        return str(path.relative_to(DATA_DIR.parent))
    except ValueError:
        return str(path)


def _frictionless_check(descriptor_path: Path) -> None:
    from frictionless import Package as FPackage

    report = FPackage(str(descriptor_path)).validate()
    if report.valid:
        return
    for task in report.tasks:
        for err in task.errors:
            line = getattr(err, "row_number", None)
            if line is None and ("label" in err.type or "header" in err.type):
                line = 1  # the header row
            column = getattr(err, "field_name", None)
            raise DataError(_rel(descriptor_path.parent / task.place), line, column, err.message)
    raise DataError(_rel(descriptor_path), None, None, "the package is not valid")


def _read_table(root: Path, resource: dict) -> pd.DataFrame:
    path = root / resource["path"]
    if not path.exists():
        raise DataError(_rel(path), None, None, "file is missing")
    df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    for field in resource["schema"]["fields"]:
        name, ftype = field["name"], field["type"]
        if name not in df.columns:
            raise DataError(_rel(path), 1, name, "column is missing from the header")
        col = df[name]
        if ftype == "integer":
            df[name] = pd.to_numeric(col.replace("", None)).astype("Int64")
        elif ftype == "number":
            df[name] = pd.to_numeric(col.replace("", None)).astype("float64")
        elif ftype == "boolean":
            df[name] = col.map({"true": True, "false": False}).astype("boolean")
        elif ftype == "date":
            df[name] = pd.to_datetime(col.replace("", None), format="%Y-%m-%d")
    return df


def _split(value: str) -> list[str]:
    return [v for v in value.split(";") if v] if value else []


def _semantic_checks(root: Path, t: dict[str, pd.DataFrame]) -> None:
    """Checks that Table Schema cannot express; raise DataError on the first problem."""
    source_ids = set(t["sources"]["source_id"])
    for name, df in t.items():
        if "sources" not in df.columns:
            continue
        for i, value in enumerate(df["sources"]):
            for sid in _split(value):
                if sid not in source_ids:
                    raise DataError(
                        f"data/{name}.csv", i + 2, "sources", f"source id '{sid}' is not in data/sources.csv"
                    )
    iso3 = set(t["countries"]["iso3"])
    for i, value in enumerate(t["regions"]["border_countries"]):
        for code in _split(value):
            if code not in iso3:
                raise DataError(
                    "data/regions.csv", i + 2, "border_countries", f"'{code}' is not an iso3 code in data/countries.csv"
                )
    pairs = [("twinning", "year_start", "year_end"), ("memberships", "year_from", "year_to")]
    for name, a, b in pairs:
        df = t[name]
        bad = df[df[a].notna() & df[b].notna() & (df[b] < df[a])]
        if len(bad):
            i = bad.index[0]
            raise DataError(f"data/{name}.csv", int(i) + 2, b, f"{b} {df.at[i, b]} is before {a} {df.at[i, a]}")
    places = t["places"]
    ru = places["country_iso3"] == "RUS"
    missing = places[ru & (places["region_code"] == "")]
    if len(missing):
        i = missing.index[0]
        raise DataError("data/places.csv", int(i) + 2, "region_code", "a Russian place has no region_code")
    tw = t["twinning"]
    dup = tw[tw.duplicated(["ru_place_id", "foreign_place_id"], keep="first")]
    if len(dup):
        i = dup.index[0]
        raise DataError(
            "data/twinning.csv", int(i) + 2, "foreign_place_id", "duplicate link: this pair of places is already listed"
        )


def load_package(root: Path | str = DATA_DIR) -> Package:
    """Validate and load the data package at `root`; raise DataError on the first problem."""
    root = Path(root)
    descriptor_path = root / "datapackage.json"
    if not descriptor_path.exists():
        raise DataError(_rel(descriptor_path), None, None, "file is missing")
    try:
        descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise DataError(_rel(descriptor_path), e.lineno, None, f"invalid JSON: {e.msg}") from None
    resources = {r["name"]: r for r in descriptor.get("resources", [])}
    for name in TABLES:  # the project's tables must all be there; a package may describe more
        if name not in resources:
            raise DataError(_rel(descriptor_path), None, None, f"resource '{name}' is not described")
    # Frictionless first: it reports types, enums, keys with exact line and column.
    _frictionless_check(descriptor_path)
    tables = {name: _read_table(root, resources[name]) for name in table_names(descriptor)}
    _semantic_checks(root, tables)
    return Package(tables=tables, descriptor=descriptor)


@lru_cache(maxsize=4)
def cached_package(root: str = str(DATA_DIR)) -> Package:
    """The package loaded once per process (the app wraps this in st.cache_resource)."""
    return load_package(Path(root))
