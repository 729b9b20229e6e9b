"""Entry point: page config, navigation, the shared sidebar and URL state."""

import streamlit as st

import ui
from paradiplomacy import filters as flt
from paradiplomacy.i18n import t

st.set_page_config(page_title="Paradiplomacy · Russia's regions", page_icon="static/favicon.png", layout="wide")

pkg, ties = ui.load()
f = ui.sidebar(pkg)
lang = f.lang
st.session_state["_ctx"] = ui.Context(pkg=pkg, ties=ties, view=flt.apply(ties, pkg, f), f=f)

PAGES = [  # module in views/ (also its url path; the Map is the home page at /), title key, icon
    ("map", "page_map", ":material/map:"),
    ("region", "page_region", ":material/location_on:"),
    ("partner", "page_partner", ":material/public:"),
    ("timeline", "page_timeline", ":material/timeline:"),
    ("activity", "page_activity", ":material/leaderboard:"),
    ("orgs", "page_orgs", ":material/account_balance:"),
    ("network", "page_network", ":material/hub:"),
    ("findings", "page_findings", ":material/co_present:"),
    ("sources", "page_sources", ":material/menu_book:"),
]
pages = [st.Page(f"views/{m}.py", title=t(k, lang), icon=i, url_path=m, default=(m == "map")) for m, k, i in PAGES]
st.navigation(pages).run()
