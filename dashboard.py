"""Entry point: page config, navigation (from the page registry), the shared sidebar and URL state."""

import streamlit as st

import ui
from paradiplomacy import filters as flt
from paradiplomacy.i18n import t
from views import PAGES, SECTIONS

st.set_page_config(page_title="Paradiplomacy · Russia's regions", page_icon="/app/static/favicon.png", layout="wide")

pkg, ties = ui.load()
first_year = ui.memo("first_year", None, lambda: int(ties.year.min()) if ties.year.notna().any() else flt.YEAR_MIN)
f = ui.sidebar(pkg, first_year)
shown = ui.memo("shown", f, lambda: flt.apply(ties, pkg, f))  # once per process and Filters value
st.session_state["_ctx"] = ui.Context(pkg=pkg, ties=ties, shown=shown, f=f)


def navigation(lang: str) -> dict[str, list[st.Page]]:
    """The pages by section, built once per session and language: st.Page resolves its file on the
    disk each time it is built (a twentieth of a run under load). Kept per session, not per process:
    st.navigation marks the page it returns as runnable, which sessions running at once must not share."""
    key = f"_nav_{lang}"
    if key not in st.session_state:
        st.session_state[key] = {
            t(f"section_{s}", lang): [
                st.Page(p.file, title=t(p.title_key, lang), icon=p.icon, url_path=p.module, default=p.home)
                for p in PAGES
                if p.section == s
            ]
            for s in SECTIONS
        }
    return st.session_state[key]


st.navigation(navigation(f.lang)).run()
