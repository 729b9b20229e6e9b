"""Loading, once per server process: the data package, the ties table, the geometry's URLs."""

from __future__ import annotations

import os

import pandas as pd
import streamlit as st

from paradiplomacy import geo
from paradiplomacy.data import DATA_DIR, DataError, Package, cached_package
from paradiplomacy.i18n import t
from paradiplomacy.ties import build_ties


def data_dir() -> str:
    # PARADIPLOMACY_DATA_DIR points the app at another copy of the package (tests use it).
    return os.environ.get("PARADIPLOMACY_DATA_DIR", str(DATA_DIR))


@st.cache_resource(show_spinner=False)
def _package(root: str) -> Package:
    return cached_package(root)


@st.cache_resource(show_spinner=False)
def _ties(root: str) -> pd.DataFrame:
    return build_ties(_package(root))


def load() -> tuple[Package, pd.DataFrame]:
    """The package and ties (shared by every session: never mutate them); on a data error, show
    the message (not a traceback) and stop."""
    try:
        root = data_dir()
        return _package(root), _ties(root)
    except DataError as e:
        lang = st.query_params.get("lang", "en")
        st.error(t("data_error", "ru" if lang == "ru" else "en", message=str(e)))
        st.stop()
        raise  # st.stop() raises; this keeps type checkers content


def regions_geojson() -> str:
    """The regions for Plotly: a URL of the app's static files (see paradiplomacy.geo.geojson_url)."""
    return geo.geojson_url("regions")


def countries_geojson() -> str:
    return geo.geojson_url("countries")


@st.cache_resource(show_spinner=False)
def country_ids() -> list[str]:
    """The iso3 codes that have a shape on the world map."""
    return [f["properties"]["iso3"] for f in geo.countries_geojson()["features"]]
