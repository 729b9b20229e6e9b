"""The shared sidebar: the language and every filter of `paradiplomacy.filters.FILTERS`."""

from __future__ import annotations

import streamlit as st

from paradiplomacy import filters as flt
from paradiplomacy.data import Package
from paradiplomacy.i18n import name_col, t
from paradiplomacy.present import code_label

from .cache import memo
from .state import bind, filters_from_state, init_state, reset

LANGUAGE_NAMES = {"en": "English", "ru": "Русский"}  # each language named in itself


def _options(spec: flt.Filter, vocab: flt.Vocabulary, pkg: Package, lang: str) -> tuple[list[str], dict[str, str]]:
    """A codes filter's options in reading order and their labels; regions and countries are shown
    with their name in the other language too, so either can be typed."""
    values = list(vocab.values(spec))
    if spec.code_label in ("region", "country"):
        table, key = ("regions", "region_code") if spec.code_label == "region" else ("countries", "iso3")
        df = pkg.table(table).set_index(key)
        other = "name_en" if lang == "ru" else "name_ru"
        labels = {c: f"{df.at[c, name_col(lang)]} · {df.at[c, other]}" for c in values if c in df.index}
        return sorted(labels, key=lambda c: str(df.at[c, name_col(lang)])), labels
    labels = {c: code_label(spec, c, lang, pkg) for c in values}
    ordered = values if isinstance(spec.vocab, tuple) else sorted(values)
    return ordered, labels


def sidebar(pkg: Package, first_year: int = flt.YEAR_MIN) -> flt.Filters:
    """Draw the shared sidebar and return the Filters it sets; the period slider starts at
    `first_year` (the first attested year in the data)."""
    init_state(pkg)
    ss = st.session_state
    vocab = memo("vocabulary", None, lambda: flt.Vocabulary.from_package(pkg))
    with st.sidebar:
        lang_key = bind("lang", per_language=False)
        if ss["lang"] not in LANGUAGE_NAMES:  # a segmented control can be deselected: keep a language
            ss["lang"] = ss[lang_key] = ss.get("_last_lang", "en")
        ss["_last_lang"] = ss["lang"]
        st.segmented_control(
            t("language", ss["lang"]), list(LANGUAGE_NAMES), key=lang_key, format_func=LANGUAGE_NAMES.get
        )
        lang = ss["lang"]
        st.header(t("filters", lang))
        for spec in flt.FILTERS:
            label = t(spec.label, lang)
            if spec.kind == "codes":
                options, labels = memo("options", (spec.url, lang), lambda s=spec: _options(s, vocab, pkg, lang))
                chosen_key = bind(spec.state_key)
                if spec.code_label in ("region", "country"):
                    # one searchable list: without its "select all" row, Enter adds the first match only
                    st.multiselect(
                        label,
                        options,
                        key=chosen_key,
                        format_func=labels.get,
                        placeholder=t("type_to_add", lang),
                        filter_mode="contains",
                        select_all=False,
                    )
                else:
                    st.multiselect(
                        label, options, key=chosen_key, format_func=labels.get, placeholder=t("choose", lang)
                    )
            elif spec.kind == "year" and spec.url == "from":  # one period block for from, to and undated
                st.checkbox(t("f_period_on", lang), key=bind("f_period_on", False))
                if ss["f_period_on"]:
                    st.slider(label, min(first_year, ss["f_period"][0]), flt.YEAR_MAX, key=bind("f_period", False))
                    st.checkbox(t("f_undated", lang), key=bind("f_undated", False))
            elif spec.kind == "flag" and spec.side != "period":
                widget = st.toggle if spec.widget == "toggle" else st.checkbox
                widget(label, key=bind(spec.state_key, False), help=t(spec.help, lang) if spec.help else None)
            elif spec.kind == "choice":
                st.radio(
                    label,
                    list(vocab.values(spec)),
                    key=bind(spec.state_key),
                    format_func=lambda v, s=spec: code_label(s, v, lang, pkg),
                )
        st.button(t("f_reset", lang), on_click=reset)
    return filters_from_state()
