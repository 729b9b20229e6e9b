"""Entry point: page config, navigation (from the page registry), the shared sidebar and URL state."""

import streamlit as st

import ui
from paradiplomacy import filters as flt
from paradiplomacy.i18n import t
from views import PAGES, SECTIONS

st.set_page_config(page_title="Paradiplomacy · Russia's regions", page_icon="static/favicon.png", layout="wide")

pkg, ties = ui.load()
first_year = int(ties.year.min()) if ties.year.notna().any() else flt.YEAR_MIN
f = ui.sidebar(pkg, first_year)
shown = ui.memo("shown", f, lambda: flt.apply(ties, pkg, f))  # once per process and Filters value
st.session_state["_ctx"] = ui.Context(pkg=pkg, ties=ties, shown=shown, f=f)

nav = {
    t(f"section_{s}", f.lang): [
        st.Page(p.file, title=t(p.title_key, f.lang), icon=p.icon, url_path=p.module, default=p.home)
        for p in PAGES
        if p.section == s
    ]
    for s in SECTIONS
}
st.navigation(nav).run()
