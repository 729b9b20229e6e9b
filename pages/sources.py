"""Data & sources: the bibliography and the data package (full page in progress)."""
import streamlit as st

import ui

ctx: ui.Context = st.session_state["_ctx"]
ui.header(ctx, "page_sources")
st.dataframe(ctx.pkg.sources, hide_index=True, width="stretch",
             column_config={"url": st.column_config.LinkColumn("url")})
ui.sync_url(ctx.f)
