"""The frame of every page: `ctx = ui.page("map")` at the top (title, the filters in words,
notices), `ui.done(ctx, params)` at the end (the footer with the data's provenance, and the URL)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd
import streamlit as st

from paradiplomacy import deck
from paradiplomacy import filters as flt
from paradiplomacy.data import Package
from paradiplomacy.i18n import t
from paradiplomacy.present import credits, describe
from views import BY_MODULE

from .cache import memo
from .state import sync_url


@dataclass
class Context:
    pkg: Package  # the data package (shared: never mutate)
    ties: pd.DataFrame  # all ties (shared: never mutate)
    shown: pd.DataFrame  # the ties that pass the filters
    f: flt.Filters
    notices: list[str] = field(default_factory=list)

    @property
    def lang(self) -> str:
        return self.f.lang


def page(key: str) -> Context:
    """Begin page `key`: its title, the active filters in words, and notices (ignored URL values;
    kinds of tie a filter removes entirely)."""
    ctx: Context = st.session_state["_ctx"]
    _check_page_params(key, ctx.pkg)
    st.title(t(f"page_{key}", ctx.lang))
    text = memo("describe", ctx.f, lambda: describe(ctx.f, ctx.pkg, ctx.shown, ctx.lang))
    st.caption(t("active_filters", ctx.lang, text=text))
    notices = st.session_state.get("_notices") or []
    if notices:
        st.warning(t("notice_dropped", ctx.lang, items=", ".join(notices)), icon="⚠️")
    dropped = memo("dropped_kinds", ctx.f, lambda: flt.dropped_kinds(ctx.ties, ctx.pkg, ctx.f))
    if dropped:
        st.info(
            t("notice_kinds_dropped", ctx.lang, kinds=", ".join(t(f"kind_{k}", ctx.lang) for k in dropped)), icon="ℹ️"
        )
    return ctx


def _allowed(vocab, pkg: Package):
    if isinstance(vocab, tuple):
        return set(vocab)
    if callable(vocab):  # a parser: the value is allowed when it parses
        return _Parses(vocab)
    return {
        "regions": lambda: set(pkg.regions.region_code),
        "countries": lambda: set(pkg.countries.iso3),
        "tables": lambda: set(pkg.names),
        "slides": deck.all_slide_ids,
    }[vocab]()


class _Parses:
    def __init__(self, parse):
        self.parse = parse

    def __contains__(self, value) -> bool:
        return self.parse(str(value)) is not None


def _check_page_params(key: str, pkg: Package) -> None:
    """Drop, with a notice, a value of the page's own URL parameters that its registry line does not allow."""
    ss = st.session_state
    for name, vocab in BY_MODULE[key].params.items():
        raw = ss.get(f"_url_{name}")
        if raw is not None and raw not in _allowed(vocab, pkg):
            ss.pop(f"_url_{name}")
            ss.setdefault("_notices", []).append(f"{name}={str(raw)[:40]}")


def footer(ctx: Context) -> None:
    """The dataset's title, version, licence and credits (from datapackage.json), and how to cite it."""
    c = credits(ctx.pkg.descriptor, ctx.lang)
    st.divider()
    st.caption(
        t(
            "footer",
            ctx.lang,
            title=c["title"],
            version=c["version"],
            licence=c["licence"],
            licence_url=c["licence_url"],
            credits=c["credits"],
        )
    )


def done(ctx: Context, page_params: dict[str, str] | None = None) -> None:
    """End the page: the footer, then the URL that restores this view."""
    footer(ctx)
    sync_url(ctx.f, page_params)
