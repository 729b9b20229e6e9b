"""Seminar: a deck of slides (decks/*.toml), each one finding computed from the data under the
slide's filters, for a projector; keys as in reveal.js, a URL per slide, an overview, a presenter
view with notes and a timer, and exports that carry their provenance (built on demand)."""

import time
from urllib.parse import urlencode

import streamlit as st

import ui
from paradiplomacy import deck as dk
from paradiplomacy import filters as flt
from paradiplomacy import present
from paradiplomacy.i18n import t
from ui.loading import data_dir

ctx = ui.page("seminar")
lang, pkg, ss = ctx.lang, ctx.pkg, st.session_state
DECKS = dk.deck_ids()

# the page's own URL parameters (checked against the registry by ui.page), restored once
for key, default in (("deck", DECKS[0]), ("view", "audience"), ("theme", "light")):
    raw = ss.pop(f"_url_{key}", None)
    if raw is not None:
        ss[f"sem_{key}"] = raw
    ss.setdefault(f"sem_{key}", default)
deck = dk.load_deck(ss["sem_deck"])
slides = deck.shown
ids = [s.id for s in slides]
wanted = ss.pop("_url_slide", None)
if wanted is not None:
    if wanted in ids:
        ss["sem_i"] = ids.index(wanted)
    else:  # a hidden slide of the deck, or another deck's
        st.warning(t("notice_dropped", lang, items=f"slide={wanted[:40]}"), icon="⚠️")
ss["sem_i"] = min(max(int(ss.get("sem_i", 0)), 0), len(slides) - 1)
theme, view = ss["sem_theme"], ss["sem_view"]


@st.cache_resource(show_spinner=False, max_entries=256)
def computed(root: str, deck_id: str, slide_id: str, lang: str) -> dk.Computed:
    """One slide, computed once per data directory, deck, slide and language (shared: never mutate)."""
    d = dk.load_deck(deck_id)
    return dk.compute(pkg, ctx.ties, next(s for s in d.slides if s.id == slide_id), lang)


def comp_of(i: int) -> dk.Computed:
    return computed(data_dir(), deck.id, slides[i].id, lang)


def go(i: int) -> None:
    ss["sem_i"] = min(max(i, 0), len(slides) - 1)
    ss["sem_overview"] = False
    ss.pop("sem_exports", None)


def step(d: int) -> None:
    go(ss["sem_i"] + d)


def toggle_overview() -> None:
    ss["sem_overview"] = not ss.get("sem_overview", False)


# Projector styles: tighter frame, 30 px headings, the page title hidden (the slide states its own).
dark = theme == "dark"
st.markdown(
    "<style>"
    ".stMainBlockContainer{padding-top:0.5rem !important;padding-bottom:1rem}"
    "header[data-testid=stHeader]{height:2.2rem}"
    ".stMainBlockContainer h1{display:none}"
    ".st-key-sem_slide h2{font-size:30px;line-height:1.2;padding:0.2rem 0}"
    "[class*=st-key-sem_sentence] p{font-size:22px;line-height:1.3}"
    ".st-key-sem_slide [data-testid=stCaptionContainer]{font-size:15px}"
    ".st-key-sem_hidden_keys{display:none}"
    # the chart's alt text: read by screen readers, not drawn (the sentence above says it)
    ".st-key-sem_alt{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}"
    + (
        ".stApp,.stMain,header[data-testid=stHeader]{background:#111418;color:#f2f2f2}"
        ".stApp h1,.stApp h2,.stApp h3,.stApp p,.stApp li,.stApp span,.stApp label{color:#f2f2f2}"
        ".stApp a{color:#8cc8ff}"
        ".stApp button{background:#22272e;color:#f2f2f2;border-color:#6b7280}"
        ".stApp button[kind=primary]{background:#1f6feb}"
        if dark
        else ""
    )
    + "</style>",
    unsafe_allow_html=True,  # a fixed style sheet: no data-derived text
)


def nav_buttons() -> None:
    with st.container(horizontal=True, key="sem_nav"):
        st.button(t("sem_first", lang), icon=":material/first_page:", on_click=go, args=(0,), shortcut="Home")
        st.button(t("sem_prev", lang), icon=":material/chevron_left:", on_click=step, args=(-1,), shortcut="Left")
        st.button(
            t("sem_next", lang),
            icon=":material/chevron_right:",
            on_click=step,
            args=(1,),
            shortcut="Right",
            type="primary",
        )
        st.button(
            t("sem_last", lang), icon=":material/last_page:", on_click=go, args=(len(slides) - 1,), shortcut="End"
        )
        st.button(t("sem_overview", lang), icon=":material/grid_view:", on_click=toggle_overview, shortcut="O")
        st.caption(t("sem_slide_of", lang, i=ss["sem_i"] + 1, n=len(slides)))
    with st.container(key="sem_hidden_keys"):  # more keys for the same moves (clickers send PageUp/PageDown)
        st.button(t("sem_next", lang), on_click=step, args=(1,), shortcut="Space", key="sem_k_space")
        st.button(t("sem_next", lang), on_click=step, args=(1,), shortcut="PageDown", key="sem_k_pgdn")
        st.button(t("sem_prev", lang), on_click=step, args=(-1,), shortcut="PageUp", key="sem_k_pgup")


def explorer_url(c: dk.Computed) -> str:
    q = flt.to_query(c.filters)
    return "/" + ("?" + urlencode(q) if q else "")


def draw_slide(i: int, height: int) -> dk.Computed:
    c = comp_of(i)
    st.header(c.title, anchor=False)
    with st.container(key=f"sem_sentence_{i}"):
        st.markdown(c.sentence)
    if c.fig.data:
        st.plotly_chart(
            dk.projector(c.fig, theme, height=height),
            config=ui.PLOTLY_CONFIG | {"toImageButtonOptions": {"format": "png", "scale": 2}},
            key=f"sem_chart_{deck.id}_{slides[i].id}_{theme}_{height}",
            width="stretch",
        )
        with st.container(key="sem_alt"):
            st.caption(t("sem_alt", lang, text=c.sentence))
    top = present.top_sources(c.basis, pkg, 8).drop_duplicates("short").head(3)
    names = [f"[{r.short}]({r.link})" if r.link else r.short for r in top.itertuples()]
    st.caption(
        t("sem_sources", lang, sources="; ".join(names) or "—")
        + "  \n"
        + t("sem_records", lang, records=ui_num(c.records), period=c.period)
        + " "
        + t("sem_gaps", lang, text=c.gaps)
        + f" [{t('sem_open_explorer', lang)}]({explorer_url(c)})"
    )
    return c


def ui_num(n: int) -> str:
    from paradiplomacy.i18n import num

    return num(n, lang)


def exports(i: int) -> None:
    from paradiplomacy import slides_export as sx

    c = comp_of(i)
    stem = sx.file_stem(deck.id, i + 1, slides[i].id, lang)
    with st.expander(t("sem_exports", lang)):
        ui.download(c.table, f"{stem}.csv", t("sem_csv", lang), key="sem_dl_csv")
        if st.button(t("sem_make_exports", lang), key="sem_make"):
            with st.spinner(t("sem_make_exports", lang)):
                try:
                    all_slides = sx.slides(pkg, ctx.ties, deck, lang, theme)
                    ss["sem_exports"] = {
                        "key": (deck.id, i, lang, theme),
                        **sx.bundle(all_slides, i, deck.title.get(lang, deck.id)),
                        "html": sx.briefing_html(pkg, all_slides, deck, lang).encode("utf-8"),
                    }
                except Exception as e:  # noqa: BLE001 - shown, not raised: the slide stays usable
                    st.error(t("sem_export_failed", lang, error=str(e)[:300]))
        made = ss.get("sem_exports")
        if made and made["key"] == (deck.id, i, lang, theme):
            deck_stem = f"seminar_{deck.id}_{lang}"
            ui.download(made["png"], f"{stem}.png", t("sem_png", lang), key="sem_dl_png", mime="image/png")
            ui.download(made["svg"], f"{stem}.svg", t("sem_svg", lang), key="sem_dl_svg", mime="image/svg+xml")
            ui.download(made["pdf"], f"{deck_stem}.pdf", t("sem_pdf", lang), key="sem_dl_pdf", mime="application/pdf")
            ui.download(made["html"], f"{deck_stem}.html", t("sem_html", lang), key="sem_dl_html", mime="text/html")


i = ss["sem_i"]
if ss.get("sem_overview"):
    st.header(t("sem_overview", lang), anchor=False)
    cols = st.columns(3)
    for j in range(len(slides)):
        with cols[j % 3]:
            st.button(
                f"{j + 1}. {comp_of(j).title}",
                key=f"sem_go_{j}",
                on_click=go,
                args=(j,),
                width="stretch",
                type="primary" if j == i else "secondary",
            )
    nav_buttons()
elif view == "presenter":
    left, right = st.columns([3, 2])
    with left, st.container(key="sem_slide"):
        draw_slide(i, 320)
    with right:
        if i + 1 < len(slides):
            nxt = comp_of(i + 1)
            st.subheader(t("sem_next_up", lang, title=nxt.title), anchor=False)
            st.caption(nxt.sentence)
        else:
            st.subheader(t("sem_end_of_deck", lang), anchor=False)
        st.subheader(t("sem_notes", lang), anchor=False)
        st.markdown(slides[i].notes.get(lang, ""))
        ss.setdefault("sem_t0", time.time())

        @st.fragment(run_every=1)
        def timer() -> None:
            s = int(time.time() - ss["sem_t0"])
            st.metric(t("sem_timer", lang), f"{s // 60:02d}:{s % 60:02d}")

        timer()
    nav_buttons()
else:
    with st.container(key="sem_slide"):
        draw_slide(i, 330)
    nav_buttons()

with st.container(horizontal=True):
    st.segmented_control(
        " ",
        list(dk.THEMES),
        key="sem_theme_w",
        default=theme,
        format_func=lambda v: t(f"sem_theme_{v}", lang),
        label_visibility="collapsed",
        on_change=lambda: ss.update(sem_theme=ss.get("sem_theme_w") or theme),
    )
    other = "audience" if view == "presenter" else "presenter"
    st.button(
        t(f"sem_{other}", lang),
        icon=":material/co_present:",
        on_click=lambda: ss.update(sem_view=other),
        shortcut="S",
    )
exports(i)

params = {"deck": deck.id, "slide": slides[i].id}
if theme != "light":
    params["theme"] = theme
if view != "audience":
    params["view"] = view
ui.done(ctx, params)
