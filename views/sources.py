"""Data & sources: every table searchable and filtered, downloads, the data package, how to cite."""

import json

import streamlit as st

import ui
from paradiplomacy import cite, export, present
from paradiplomacy import filters as flt
from paradiplomacy.data import DATA_DIR
from paradiplomacy.i18n import t

ctx = ui.page("sources")
lang, pkg = ctx.lang, ctx.pkg
names = list(pkg.names)
key = ui.page_param("table", names, "twinning")
st.markdown(t("sources_intro", lang))

filtered = flt.filter_tables(pkg, ctx.shown, ctx.f)
name = st.selectbox(
    t("table_choice", lang), names, key=key, format_func=lambda n: f"{n}.csv — {len(filtered[n])} / {len(pkg.table(n))}"
)
query = st.text_input(t("search", lang), key="src_search")
df = export.with_names(name, filtered[name], pkg.places, pkg.regions, pkg.countries, pkg.organisations, lang)
if query:
    mask = df.astype(str).apply(lambda col: col.str.contains(query, case=False, regex=False)).any(axis=1)
    df = df[mask]
res = pkg.resource(name)
st.caption(res.get("description_ru" if lang == "ru" else "description") or res.get("description", ""))
shown = present.coded_for_display(pkg, name, df, lang).rename(columns={"note": t("curator_note", lang)})
ui.table(shown, lang, pkg, name)
c1, c2, c3, c4 = st.columns(4)
with c1:
    ui.download(df, f"{name}_filtered.csv", t("download_csv", lang))
with c2:
    ui.download(dict(filtered), "paradiplomacy_filtered.xlsx", t("download_xlsx", lang))
with c3:
    ui.download(
        json.dumps(pkg.descriptor, ensure_ascii=False, indent=2).encode("utf-8"),
        "datapackage.json",
        "datapackage.json",
        mime="application/json",
    )
with c4:
    ui.download((DATA_DIR.parent / "CITATION.cff").read_bytes(), "CITATION.cff", "CITATION.cff", mime="text/plain")

st.markdown(f"### {t('how_to_cite', lang)}")
cff = cite.load_cff()
st.markdown(t("how_to_cite_text", lang))
st.code(cite.dataset_bibtex(cff), language="bibtex")
b1, b2 = st.columns(2)
with b1:
    ui.download(cite.dataset_bibtex(cff).encode("utf-8"), "paradiplomacy.bib", "BibTeX", mime="application/x-bibtex")
with b2:
    ui.download(
        cite.dataset_ris(cff).encode("utf-8"), "paradiplomacy.ris", "RIS", mime="application/x-research-info-systems"
    )

st.markdown(f"### {t('bibliography', lang)}")
src = pkg.sources.sort_values(["kind", "citation"])
for kind, group in src.groupby("kind", sort=False):
    with st.expander(f"{t(f'skind_{kind}', lang)} ({len(group)})", expanded=kind == "paper"):
        for r in group.itertuples():
            link = present.source_link(r)
            st.markdown(f"- {r.citation} " + (f"<{link}>" if link else "") + f" `{r.source_id}`")
ui.done(ctx, {"table": name} if name != "twinning" else {})
