"""Data & sources: every table searchable and filtered, downloads, the data package, how to cite."""

import json

import pandas as pd
import streamlit as st

import ui
from paradiplomacy import export
from paradiplomacy.data import TABLES
from paradiplomacy.i18n import t

ctx: ui.Context = st.session_state["_ctx"]
lang, pkg, view = ctx.lang, ctx.pkg, ctx.view
names = list(TABLES)
key = ui.page_param("table", names, "twinning")
ui.header(ctx, "page_sources")
st.markdown(t("sources_intro", lang))

filtered = ui.filtered_tables(ctx)
name = st.selectbox(
    t("table_choice", lang), names, key=key, format_func=lambda n: f"{n}.csv — {len(filtered[n])} / {len(pkg.table(n))}"
)
query = st.text_input(t("search", lang), key="src_search")
df = export.with_names(name, filtered[name], pkg.places, pkg.regions, pkg.countries, pkg.organisations, lang)
if query:
    mask = df.astype(str).apply(lambda col: col.str.contains(query, case=False, regex=False)).any(axis=1)
    df = df[mask]
resource = next(r for r in pkg.descriptor["resources"] if r["name"] == name)
st.caption(resource.get("description", ""))
config = {c: st.column_config.LinkColumn(c) for c in ("url",) if c in df.columns}
st.dataframe(df, hide_index=True, width="stretch", column_config=config)
c1, c2, c3, c4 = st.columns(4)
c1.download_button(t("download_csv", lang), export.to_csv_bytes(df), file_name=f"{name}_filtered.csv", mime="text/csv")
c2.download_button(
    t("download_xlsx", lang),
    export.to_xlsx_bytes({k: v for k, v in filtered.items()}),
    file_name="paradiplomacy_filtered.xlsx",
    mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
)
c3.download_button(
    "datapackage.json",
    json.dumps(pkg.descriptor, ensure_ascii=False, indent=2).encode("utf-8"),
    file_name="datapackage.json",
    mime="application/json",
)
c4.download_button("CITATION.cff", ui.citation_cff(), file_name="CITATION.cff", mime="text/plain")

st.markdown(f"### {t('bibliography', lang)}")
src = pkg.sources.sort_values(["kind", "citation"])
for kind, group in src.groupby("kind", sort=False):
    with st.expander(f"{t(f'skind_{kind}', lang)} ({len(group)})", expanded=kind == "paper"):
        for r in group.itertuples():
            link = f"https://doi.org/{r.doi}" if r.doi else (r.url or "")
            st.markdown(f"- {r.citation} " + (f"<{link}>" if link else "") + f" `{r.source_id}`")
ui.sync_url(ctx.f, {"table": name} if name != "twinning" else {})
