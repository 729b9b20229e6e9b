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

PAGES = [  # module, title key, icon, url path
    ("map", "page_map", "🗺️"), ("region", "page_region", "📍"), ("partner", "page_partner", "🌍"),
    ("timeline", "page_timeline", "📅"), ("activity", "page_activity", "📊"), ("orgs", "page_orgs", "🏛️"),
    ("network", "page_network", "🕸️"), ("sources", "page_sources", "📚"),
]
pages = [st.Page(f"pages/{m}.py", title=t(k, lang), icon=i, url_path=m, default=(m == "map")) for m, k, i in PAGES]
st.navigation(pages).run()
