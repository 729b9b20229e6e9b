"""Session state and the URL: widgets bound to state keys, the shared filters and each page's own
parameters read from the URL on a session's first run, and written back after every run."""

from __future__ import annotations

import streamlit as st

from paradiplomacy import filters as flt
from paradiplomacy.data import Package
from paradiplomacy.i18n import LANGS
from views import PAGE_PARAMS


def widget_key(base: str, lang: str | None) -> str:
    """The key of the widget bound to `base`: one per language, or one for all (`lang` None)."""
    return f"{base}__{lang}" if lang else f"{base}__w"


def bind(base: str, per_language: bool = True) -> str:
    """The widget key for the session state `base`, which the widget reads and writes.

    The state lives under `base`, not under the widget's key, for two reasons: Streamlit drops the
    state of a widget whose key it did not see in a run (a page switch in mid-run, for instance),
    and its select boxes keep the option labels they were first drawn with, so after a language
    switch they would still show the old language. With `per_language`, each language gets a widget
    of its own. Call it just before drawing the widget.
    """
    ss = st.session_state
    wkey = widget_key(base, ss.get("lang", "en") if per_language else None)
    if wkey in ss:
        ss[base] = ss[wkey]
    else:
        ss[wkey] = ss[base]
    return wkey


def init_state(pkg: Package) -> None:
    """On the first run of a session, take the filters and the pages' parameters from the URL."""
    ss = st.session_state
    if ss.get("_initialised"):
        return
    f = flt.from_query(st.query_params.to_dict(), flt.Vocabulary.from_package(pkg), known=PAGE_PARAMS)
    ss["lang"] = f.lang
    for spec in flt.FILTERS:
        if spec.kind != "year":
            value = getattr(f, spec.field)
            ss[spec.state_key] = list(value) if spec.kind == "codes" else value
    ss["f_period_on"] = f.has_period
    ss["f_period"] = (f.year_from or 1990, f.year_to or flt.YEAR_MAX)
    ss["_notices"] = list(f.notices)
    for key in PAGE_PARAMS:
        if key in st.query_params:
            ss[f"_url_{key}"] = st.query_params[key]
    ss["_initialised"] = True


def filters_from_state() -> flt.Filters:
    """The Filters that the sidebar's state sets."""
    ss = st.session_state
    kw = {}
    for spec in flt.FILTERS:
        if spec.kind == "year":
            continue
        value = ss[spec.state_key]
        kw[spec.field] = tuple(value) if spec.kind == "codes" else value
    if ss["f_period_on"]:
        kw["year_from"], kw["year_to"] = ss["f_period"]
    return flt.Filters(lang=ss["lang"], **kw)


def reset() -> None:
    """Back to the default filters (the language stays)."""
    for k in list(st.session_state.keys()):
        if k.startswith("f_"):
            del st.session_state[k]
    lang = st.session_state.get("lang", "en")
    st.query_params.clear()  # otherwise the next run would restore the filters from the URL
    if lang != "en":
        st.query_params["lang"] = lang
    st.session_state["_initialised"] = False


def sync_url(f: flt.Filters, page_params: dict[str, str] | None = None) -> None:
    """Write the filters (and page-level parameters) to the URL so the view can be shared."""
    want = flt.to_query(f) | (page_params or {})
    if st.query_params.to_dict() != want:
        st.query_params.from_dict(want)


def page_param(key: str, options: list[str], default: str) -> str:
    """A page-level choice restored from the URL on the first run (bad values fall back with a
    notice); returns the key of the widget bound to it."""
    url_val = st.session_state.pop(f"_url_{key}", None)
    if url_val is not None:
        if url_val in options:
            st.session_state[f"p_{key}"] = url_val
            for lang in LANGS:  # the explicit value wins over what the widget last held
                st.session_state.pop(widget_key(f"p_{key}", lang), None)
        else:
            st.session_state.setdefault("_notices", []).append(f"{key}={str(url_val)[:40]}")
    if st.session_state.get(f"p_{key}") not in options:
        st.session_state[f"p_{key}"] = default
    return bind(f"p_{key}")


def page_value(key: str, default, parse) -> str:
    """A page-level value that is not a choice among options (a period, a set of weights): restored
    from the URL on the first run through `parse` (text -> value, or None when malformed, which
    falls back to `default` with a notice), kept in session state across page switches; returns the
    key of the widget bound to it."""
    ss = st.session_state
    url_val = ss.pop(f"_url_{key}", None)
    if url_val is not None:
        value = parse(str(url_val))
        if value is None:
            ss.setdefault("_notices", []).append(f"{key}={str(url_val)[:40]}")
        else:
            ss[f"p_{key}"] = value
            ss.pop(widget_key(f"p_{key}", None), None)
    if f"p_{key}" not in ss:
        ss[f"p_{key}"] = default
    return bind(f"p_{key}", per_language=False)
