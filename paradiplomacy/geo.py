"""Geometry of Russia's regions and of the world's countries, and the map projections for Plotly.

Reads the small files committed in geo/ (rebuilt by `python geo/build.py` from Natural Earth).
Pure library: no streamlit import; every loader is cached.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from pathlib import Path

import pandas as pd

GEO_DIR = Path(__file__).resolve().parent.parent / "geo"
# The lighter copies drawn in the browser, served by Streamlit's static file serving at /app/static/geo/
STATIC_GEO_DIR = Path(__file__).resolve().parent.parent / "static" / "geo"
STATIC_URL = "/app/static/geo/"
REGIONS_FILE = GEO_DIR / "regions.geojson"
COUNTRIES_FILE = GEO_DIR / "countries.geojson"

# Base layers off: everything drawn comes from our own GeoJSON, so Plotly needs no base map.
_NO_BASE_LAYERS = dict(
    visible=False,
    showframe=False,
    showland=False,
    showocean=False,
    showlakes=False,
    showrivers=False,
    showcountries=False,
    showcoastlines=False,
    showsubunits=False,
    bgcolor="rgba(0,0,0,0)",
)


@cache
def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


# Tolerance (degrees) of the lighter copies drawn on screen: a map of all Russia or of the world is
# 900-1200 px wide, so a pixel is 0.1-0.3 degrees; the committed files keep the finer detail that the
# geometry tests (places inside their region) need.
DISPLAY_TOLERANCE = {"regions": 0.04, "countries": 0.2}


@cache
def _display(path: Path, tolerance: float) -> dict:
    """A lighter copy for drawing: coverage-simplified (neighbours stay gap-free), coordinates to
    0.01 degree, exterior rings clockwise as Plotly expects."""
    import geopandas as gpd
    import shapely

    gdf = gpd.GeoDataFrame.from_features(_load(path)["features"], crs="EPSG:4326")
    simplify = getattr(shapely, "coverage_simplify", None) or shapely.simplify_coverage
    geoms = shapely.set_precision(simplify(gdf.geometry.values, tolerance), 0.01)
    geoms = shapely.orient_polygons(geoms, exterior_cw=True)
    return json.loads(gdf.set_geometry(geoms).to_json(drop_id=True))


def display_text(kind: str) -> str:
    """The lighter copy of `kind` ('regions' or 'countries') as compact JSON text."""
    path = {"regions": REGIONS_FILE, "countries": COUNTRIES_FILE}[kind]
    return json.dumps(_display(path, DISPLAY_TOLERANCE[kind]), ensure_ascii=False, separators=(",", ":"))


def write_display_files() -> list[Path]:
    """Write static/geo/{regions,countries}.json (run `python -m paradiplomacy.geo` after geo/build.py)."""
    STATIC_GEO_DIR.mkdir(parents=True, exist_ok=True)
    out = []
    for kind in ("regions", "countries"):
        path = STATIC_GEO_DIR / f"{kind}.json"
        path.write_text(display_text(kind), encoding="utf-8")
        out.append(path)
    return out


def geojson_url(kind: str) -> str:
    """Where the browser fetches the lighter copy of `kind`. Plotly takes a GeoJSON URL in place of
    the object: the browser downloads each file once and caches it, instead of receiving the
    geometry again inside every figure."""
    if kind not in DISPLAY_TOLERANCE:
        raise ValueError(kind)
    return f"{STATIC_URL}{kind}.json"


def regions_geojson(display: bool = False) -> dict:
    """FeatureCollection of the 89 regions; featureidkey 'properties.region_code'.

    Properties: region_code, name_en, name_ru, status, label_lon, label_lat. Chukotka's
    coordinates east of the antimeridian run past 180 (up to ~191) so that it draws as one piece.
    `display=True` gives the lighter copy drawn in the app. A fresh copy is returned so callers
    cannot corrupt the cache.
    """
    data = _display(REGIONS_FILE, DISPLAY_TOLERANCE["regions"]) if display else _load(REGIONS_FILE)
    return copy.deepcopy(data)


def countries_geojson(display: bool = False) -> dict:
    """FeatureCollection of countries; featureidkey 'properties.iso3'. Properties: iso3, name_en,
    label_lon, label_lat. `display=True` gives the lighter copy drawn in the app."""
    data = _display(COUNTRIES_FILE, DISPLAY_TOLERANCE["countries"]) if display else _load(COUNTRIES_FILE)
    return copy.deepcopy(data)


@cache
def _gdf(path: Path):
    import geopandas as gpd

    gdf = gpd.GeoDataFrame.from_features(_load(path)["features"], crs="EPSG:4326")
    return gdf


def regions_gdf():
    """GeoDataFrame (EPSG:4326) of the regions, one row per region, column region_code first."""
    return _gdf(REGIONS_FILE).copy()


def countries_gdf():
    """GeoDataFrame (EPSG:4326) of the countries, one row per iso3."""
    return _gdf(COUNTRIES_FILE).copy()


def _points(path: Path, key: str) -> pd.DataFrame:
    rows = [
        (f["properties"][key], f["properties"]["label_lat"], f["properties"]["label_lon"])
        for f in _load(path)["features"]
    ]
    df = pd.DataFrame(rows, columns=[key, "lat", "lon"]).set_index(key)
    # longitudes in [-180, 180] for lines and markers
    df["lon"] = ((df["lon"] + 180.0) % 360.0) - 180.0
    return df


@cache
def _region_points() -> pd.DataFrame:
    return _points(REGIONS_FILE, "region_code")


@cache
def _country_points() -> pd.DataFrame:
    return _points(COUNTRIES_FILE, "iso3")


def region_points() -> pd.DataFrame:
    """lat, lon of a point well inside each region (centre of the largest inscribed circle of its
    largest part), indexed by region_code."""
    return _region_points().copy()


def country_points() -> pd.DataFrame:
    """lat, lon of a point well inside each country's largest part, indexed by iso3."""
    return _country_points().copy()


def russia_projection() -> dict:
    """Keywords for fig.update_geos(): Albers-type equal-area conic centred at 100°E, fitted to Russia.

    The longitude range runs from west of Kaliningrad (17°E) across the antimeridian to east of
    Chukotka (167°W); Plotly unwraps [17, -167] to 17..193 and clips the map to the projected box of
    these ranges, so they carry a margin (checked in Chromium: all 89 regions drawn, none clipped).
    """
    return dict(
        projection_type="conic equal area",
        projection_parallels=[52, 64],
        projection_rotation=dict(lon=100, lat=0, roll=0),
        lonaxis_range=[17, -167],
        lataxis_range=[41, 86],
        projection_scale=1.08,
        center=dict(lon=98, lat=65),
        **_NO_BASE_LAYERS,
    )


def world_projection() -> dict:
    """Keywords for fig.update_geos(): the Robinson compromise projection of the whole world."""
    return dict(
        projection_type="robinson",
        projection_rotation=dict(lon=0, lat=0, roll=0),
        lataxis_range=[-58, 85],
        **_NO_BASE_LAYERS,
    )


if __name__ == "__main__":
    for written in write_display_files():
        print(f"{written.relative_to(GEO_DIR.parent)}: {written.stat().st_size / 1e3:.0f} kB")
