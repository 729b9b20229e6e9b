"""Counts and summaries over the filtered ties table. Pure functions: DataFrames in, DataFrames out."""

from __future__ import annotations

from collections import Counter, defaultdict

import numpy as np
import pandas as pd

from .ties import KINDS

MEASURES = ("ties", "twinning", "partners", "agreement", "membership", "representation")


def _records(ties: pd.DataFrame) -> pd.DataFrame:
    """One row per record: an agreement with partners in several states has one row per partner
    in the ties table (see ties._one_row_per_partner) but is one agreement."""
    return ties.drop_duplicates("tie_id") if ties.tie_id.duplicated().any() else ties


def region_summary(ties: pd.DataFrame, regions: pd.DataFrame) -> pd.DataFrame:
    """One row per region in `regions`: ties by kind, all ties, distinct partner countries."""
    # plain counts over the columns' values: a pandas groupby on Arrow strings costs ~8 ms a view
    records = _records(ties)
    counts = Counter(zip(records.region_code.tolist(), records.kind.tolist()))
    partners: dict[str, set] = defaultdict(set)
    for region, iso3 in zip(ties.region_code.tolist(), ties.partner_iso3.tolist()):
        if isinstance(iso3, str) and iso3:
            partners[region].add(iso3)
    out = regions[["region_code", "name_en", "name_ru", "federal_district", "status"]].reset_index(drop=True)
    codes = out.region_code.tolist()
    for kind in KINDS:
        out[kind] = pd.Series([counts.get((c, kind), 0) for c in codes], dtype="int64")
    out["partners"] = pd.Series([len(partners.get(c, ())) for c in codes], dtype="int64")
    out["ties"] = out[list(KINDS)].sum(axis=1)
    return out


def country_summary(ties: pd.DataFrame, countries: pd.DataFrame) -> pd.DataFrame:
    """One row per partner country that has at least one tie: ties by kind and distinct regions."""
    t = ties[ties.partner_iso3 != ""]
    counts = t.groupby(["partner_iso3", "kind"]).size().unstack(fill_value=0).reindex(columns=list(KINDS), fill_value=0)
    regions = t.groupby("partner_iso3").region_code.nunique().rename("regions")
    out = counts.join(regions)
    out["ties"] = out[list(KINDS)].sum(axis=1)
    info = countries.set_index("iso3")[["name_en", "name_ru", "recognition"]]
    out = out.join(info, how="left").reset_index().rename(columns={"partner_iso3": "iso3"})
    return out.sort_values("ties", ascending=False, kind="stable").reset_index(drop=True)


def headline(ties: pd.DataFrame) -> dict[str, int]:
    """The strip of numbers shown above the maps."""
    records = _records(ties)
    kinds = Counter(records.kind.tolist())
    return {
        "ties": len(records),
        "twinning": kinds["twinning"],
        "agreement": kinds["agreement"],
        "membership": kinds["membership"],
        "regions": int(ties.region_code.nunique()),
        "partners": len({p for p in ties.partner_iso3.tolist() if isinstance(p, str) and p}),
        "inactive": int((records.status_group == "inactive").sum()),
        "undated": int(records.year.isna().sum()),
    }


def undated(ties: pd.DataFrame, kind: str) -> tuple[int, int]:
    """How many of the records of `kind` have no year, and how many there are."""
    records = _records(ties)
    of_kind = (records.kind == kind).to_numpy()
    return int(records.year.isna().to_numpy()[of_kind].sum()), int(of_kind.sum())


def flows(ties: pd.DataFrame, by_place: bool = False) -> pd.DataFrame:
    """Aggregated region -> partner country links (or place -> place for twin towns) with counts."""
    t = ties[ties.partner_iso3 != ""]
    if by_place:
        t = t[t.kind == "twinning"]
        return (
            t.groupby(
                [
                    "ru_place_id",
                    "foreign_place_id",
                    "region_code",
                    "partner_iso3",
                    "local_en",
                    "local_ru",
                    "partner_en",
                    "partner_ru",
                ]
            )
            .size()
            .rename("n")
            .reset_index()
        )
    return t.groupby(["region_code", "partner_iso3"]).size().rename("n").reset_index()


def partner_bloc(countries: pd.DataFrame) -> pd.Series:
    """One bloc per country for colouring, by priority: post-Soviet (non-EU), the 2022 'unfriendly'
    list, other Asia, other Europe, rest of the world. Indexed by iso3."""

    def flags(col: str) -> list[bool]:
        return [v is True for v in countries[col].tolist()]  # a boolean column: True, False or missing

    # plain lists: pandas' string methods on Arrow strings cost ~4 ms a call, and every view asks
    iso3 = countries.iso3.tolist()
    post_soviet, unfriendly, eu = flags("post_soviet"), flags("unfriendly_2022"), flags("eu")
    out = []
    for i, (code, cont) in enumerate(zip(iso3, countries.continent.fillna("").tolist())):
        if (post_soviet[i] or code in ("XAB", "XSO", "XPR")) and not eu[i]:
            out.append("post_soviet")
        elif unfriendly[i]:
            out.append("unfriendly")
        elif "Asia" in cont:
            out.append("asia")
        elif "Europe" in cont:
            out.append("other_europe")
        else:
            out.append("rest")
    bloc = pd.Series(out, index=pd.Index(iso3, name="iso3"))
    return bloc


def flow_lines(
    flows_df: pd.DataFrame,
    origin: pd.DataFrame,
    target: pd.DataFrame,
    bloc: pd.Series,
    by_place: bool,
    names: dict[str, str],
) -> pd.DataFrame:
    """Coordinates for each flow. `origin`/`target`: DataFrames indexed by id with lat, lon.

    Region -> country flows use region and country points; place -> place flows use place points.
    Flows whose ends have no coordinates are left out.
    """
    if flows_df.empty:
        return pd.DataFrame(columns=["lat0", "lon0", "lat1", "lon1", "n", "bloc", "label"])
    a_key, b_key = ("ru_place_id", "foreign_place_id") if by_place else ("region_code", "partner_iso3")
    f = flows_df[flows_df[a_key].isin(origin.index) & flows_df[b_key].isin(target.index)]
    o, d = origin.loc[f[a_key]], target.loc[f[b_key]]
    out = pd.DataFrame(
        {
            "lat0": o.lat.values,
            "lon0": o.lon.values,
            "lat1": d.lat.values,
            "lon1": d.lon.values,
            "n": f.n.values,
            "bloc": bloc.reindex(f.partner_iso3).fillna("rest").values,
        }
    )
    if by_place:
        out["label"] = (f[names["local"]] + " — " + f[names["partner"]]).values
    else:
        out["label"] = [f"{names.get(a, a)} — {names.get(b, b)}: {n}" for a, b, n in zip(f[a_key], f[b_key], f.n)]
    return out


# --- activity index -------------------------------------------------------------------------
COMPONENTS = ("twinning", "partners", "agreement", "membership", "representation", "border")
DEFAULT_WEIGHTS = {
    "twinning": 1.0,
    "partners": 1.0,
    "agreement": 1.0,
    "membership": 1.0,
    "representation": 1.0,
    "border": 0.5,
}
CLASS_THRESHOLDS = (10.0, 25.0, 50.0)  # index points separating the four classes
CLASSES = ("minimal", "low", "medium", "high")


WEIGHT_STEPS = tuple(x / 2 for x in range(7))  # 0, 0.5, … 3


def parse_weights(text: str) -> dict[str, float] | None:
    """'1,1,1,1,1,0.5' (one weight per component, in COMPONENTS order) -> weights; None when
    malformed or a weight is not one of WEIGHT_STEPS."""
    parts = str(text).split(",")
    if len(parts) != len(COMPONENTS):
        return None
    try:
        values = [float(p) for p in parts]
    except ValueError:
        return None
    if any(v not in WEIGHT_STEPS for v in values):
        return None
    return dict(zip(COMPONENTS, values))


def format_weights(weights: dict[str, float]) -> str:
    return ",".join(f"{weights[c]:g}" for c in COMPONENTS)


def activity_components(ties: pd.DataFrame, regions: pd.DataFrame) -> pd.DataFrame:
    """Raw components per region: counts of ties by kind, distinct partner countries, border flag."""
    s = region_summary(ties, regions).set_index("region_code")
    border = regions.set_index("region_code").is_border_region.fillna(False).astype(int)
    comp = s[["twinning", "partners", "agreement", "membership", "representation"]].copy()
    comp["border"] = border.reindex(comp.index).fillna(0).astype(int)
    return comp


def normalise(components: pd.DataFrame) -> pd.DataFrame:
    """Each component to 0..1: log(1 + x) divided by the largest value, so that a few very active
    regions (Moscow, St Petersburg) do not flatten every other region. The border flag stays 0/1."""
    out = pd.DataFrame(index=components.index)
    for c in components.columns:
        x = np.log1p(components[c].astype(float))
        top = x.max()
        out[c] = x / top if top > 0 else 0.0
    return out


def activity_index(
    components: pd.DataFrame, weights: dict[str, float] | None = None, thresholds: tuple[float, ...] = CLASS_THRESHOLDS
) -> pd.DataFrame:
    """Index 0..100 = weighted mean of the normalised components, and its class."""
    w = pd.Series(weights or DEFAULT_WEIGHTS, dtype=float).reindex(components.columns).fillna(0.0)
    norm = normalise(components)
    total = w.sum()
    index = (norm * w).sum(axis=1) / total * 100 if total > 0 else pd.Series(0.0, index=norm.index)
    cls = pd.cut(index, bins=[-0.1, *thresholds, 100.1], labels=list(CLASSES), right=False).astype(str)
    out = norm.add_suffix("_norm").join(components)
    out["index"] = index.round(1)
    out["class"] = cls
    return out.sort_values("index", ascending=False)


def class_changes(a: pd.DataFrame, b: pd.DataFrame) -> pd.DataFrame:
    """Regions whose class differs between two activity_index results."""
    j = (
        a[["class"]]
        .rename(columns={"class": "class_before"})
        .join(b[["class"]].rename(columns={"class": "class_after"}))
    )
    return j[j.class_before != j.class_after]


# --- periods and time -------------------------------------------------------------------------
PERIODS = (("before_2014", None, 2013), ("2014_2021", 2014, 2021), ("since_2022", 2022, None))


def period_of(year) -> str:
    if pd.isna(year):
        return "undated"
    for name, lo, hi in PERIODS:
        if (lo is None or year >= lo) and (hi is None or year <= hi):
            return name
    return "undated"


def per_year(ties: pd.DataFrame, bloc: pd.Series) -> pd.DataFrame:
    """Ties established per year by partner bloc (dated ties with a partner country only)."""
    t = ties[ties.year.notna() & (ties.partner_iso3 != "")]
    t = t.assign(bloc=bloc.reindex(t.partner_iso3).fillna("rest").values)
    return t.groupby(["year", "bloc"]).size().rename("n").reset_index()


def endings_per_year(ties: pd.DataFrame) -> pd.DataFrame:
    """Suspensions and endings by the year a source dates them."""
    t = ties[(ties.status_group == "inactive") & ties.status_year.notna()]
    return t.groupby(["status_year", "status"]).size().rename("n").reset_index()


# --- findings (seminar page) ------------------------------------------------------------------
def period_shares(ties: pd.DataFrame, bloc: pd.Series) -> pd.DataFrame:
    """Dated ties with a partner country by period established and partner bloc, with each bloc's
    share of its period (0..1). Undated ties are left out (they cannot be placed in a period)."""
    t = ties[ties.year.notna() & (ties.partner_iso3 != "")]
    if t.empty:
        return pd.DataFrame(columns=["period", "bloc", "n", "share"])
    t = t.assign(period=t.year.map(period_of), bloc=bloc.reindex(t.partner_iso3).fillna("rest").values)
    out = t.groupby(["period", "bloc"]).size().rename("n").reset_index()
    out["share"] = out.n / out.groupby("period").n.transform("sum")
    order = {name: i for i, (name, _, _) in enumerate(PERIODS)}
    return out.sort_values(["period", "bloc"], key=lambda s: s.map(order) if s.name == "period" else s).reset_index(
        drop=True
    )


def concentration(ties: pd.DataFrame, k: int = 10) -> tuple[float, list[str]]:
    """Share (0..1) of all ties held by the `k` regions with most ties, and those regions' codes."""
    per = _records(ties).groupby("region_code").size().sort_values(ascending=False, kind="stable")
    if per.empty:
        return 0.0, []
    top = per.head(k)
    return float(top.sum() / per.sum()), top.index.tolist()


def border_contrast(ties: pd.DataFrame, regions: pd.DataFrame) -> pd.DataFrame:
    """Mean ties and mean distinct partner countries per region, border regions against the others
    (every region in `regions` counts, those without ties as zero)."""
    s = region_summary(ties, regions).merge(regions[["region_code", "is_border_region"]], on="region_code")
    s["border"] = s.is_border_region.fillna(False).astype(bool)
    out = s.groupby("border").agg(regions=("region_code", "size"), ties=("ties", "mean"), partners=("partners", "mean"))
    return out.reindex([True, False]).dropna(how="all")


def country_change(ties_a: pd.DataFrame, ties_b: pd.DataFrame, countries: pd.DataFrame, lang_col: str) -> pd.DataFrame:
    """Ties per partner country in period A and B and the change B - A, for every country with a
    tie in either period: iso3, name, a, b, change (largest gains first)."""
    a = country_summary(ties_a, countries).set_index("iso3").ties.rename("a")
    b = country_summary(ties_b, countries).set_index("iso3").ties.rename("b")
    out = pd.concat([a, b], axis=1).fillna(0).astype(int)
    out["change"] = out.b - out.a
    names = countries.set_index("iso3")[lang_col].reindex(out.index)
    out.insert(0, "name", names.fillna(pd.Series(out.index, index=out.index)).values)
    return (
        out.reset_index()
        .rename(columns={"index": "iso3"})
        .sort_values(["change", "b"], ascending=False, kind="stable")
        .reset_index(drop=True)
    )
