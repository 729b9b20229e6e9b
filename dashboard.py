"""Entry point: page config, navigation, the shared sidebar and URL state."""
import streamlit as st

import ui
from paradiplomacy import filters as flt
from paradiplomacy.i18n import t

st.set_page_config(page_title="Paradiplomacy · Russia's regions", page_icon="🌐", layout="wide")

pkg, ties = ui.load()
f = ui.sidebar(pkg)
lang = f.lang
st.session_state["_ctx"] = ui.Context(pkg=pkg, ties=ties, view=flt.apply(ties, pkg, f), f=f)

pages = [
    st.Page("pages/map.py", title=t("page_map", lang), icon="🗺️", url_path="map", default=True),
    st.Page("pages/sources.py", title=t("page_sources", lang), icon="📚", url_path="sources"),
]
st.navigation(pages).run()
