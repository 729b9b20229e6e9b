"""Seminar decks: slides of findings declared as data (decks/*.toml) and computed from the package.

A deck file lists slides; each names a slide kind of `KINDS`, the filters it is computed under (the
URL form of `paradiplomacy.filters.from_query`), presenter notes in both languages and a `hidden`
flag. `compute(pkg, ties, slide, lang)` gives everything a slide shows: its title and one sentence
(numbers computed from the data, never typed), a figure, its data table, the records it rests on,
their period and what the data does not cover. Pure: no Streamlit.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go

from . import figures, geo, metrics, present
from . import filters as flt
from .data import Package
from .i18n import name_col, num, pct, t

DECK_DIR = Path(__file__).resolve().parent.parent / "decks"
THEMES = ("light", "dark")
VIEWS = ("audience", "presenter")
# Projector themes: explicit template and colours (figures built while Streamlit is imported would
# otherwise carry its placeholder colours and export black).
THEME_COLOURS = {
    "light": dict(template="plotly_white", paper="#ffffff", text="#111111", grid="#d0d0d0"),
    "dark": dict(template="plotly_dark", paper="#111418", text="#f2f2f2", grid="#3a3f47"),
}
TEXT_PX, TITLE_PX = 20, 30  # chart text and titles on a 1280×720 projector


@dataclass(frozen=True)
class Slide:
    id: str
    kind: str
    filters: dict[str, str] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    hidden: bool = False


@dataclass(frozen=True)
class Deck:
    id: str
    title: dict[str, str]
    slides: tuple[Slide, ...]

    @property
    def shown(self) -> tuple[Slide, ...]:
        """The slides presented (hidden ones skipped)."""
        return tuple(s for s in self.slides if not s.hidden)


@dataclass
class Computed:
    """What one slide shows."""

    title: str
    sentence: str  # the finding, with its numbers; also the chart's alt text
    fig: go.Figure
    table: pd.DataFrame
    basis: pd.DataFrame  # the ties it rests on (for sources, count and period)
    records: int
    period: str
    gaps: str  # what the data does not cover
    filters: flt.Filters


def _query(filters: dict) -> dict[str, str]:
    return {k: ",".join(map(str, v)) if isinstance(v, list) else str(v) for k, v in filters.items()}


def load_deck(deck_id: str, root: Path = DECK_DIR) -> Deck:
    """Read decks/<deck_id>.toml; slide kinds are checked against `KINDS` (a KeyError names it)."""
    with open(root / f"{deck_id}.toml", "rb") as fh:
        raw = tomllib.load(fh)
    slides = []
    for s in raw["slides"]:
        if s["kind"] not in KINDS:
            raise KeyError(f"{deck_id}.toml: slide {s['id']}: unknown kind {s['kind']!r}")
        slides.append(
            Slide(
                id=s["id"],
                kind=s["kind"],
                filters=_query(s.get("filters", {})),
                notes=dict(s.get("notes", {})),
                hidden=bool(s.get("hidden", False) or s.get("skip", False)),
            )
        )
    return Deck(id=deck_id, title=dict(raw.get("title", {})), slides=tuple(slides))


def deck_ids(root: Path = DECK_DIR) -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in root.glob("*.toml")))


def all_slide_ids() -> set[str]:
    return {s.id for d in deck_ids() for s in load_deck(d).slides}


def slide_filters(slide: Slide, pkg: Package, lang: str) -> flt.Filters:
    f = flt.from_query(slide.filters, flt.Vocabulary.from_package(pkg))
    return f.with_(lang=lang)


# --- the slide kinds -----------------------------------------------------------------------------
Builder = Callable[[Package, pd.DataFrame, flt.Filters, str], tuple[str, str, go.Figure, pd.DataFrame]]
KINDS: dict[str, Builder] = {}


def kind(name: str):
    def register(fn: Builder) -> Builder:
        KINDS[name] = fn
        return fn

    return register


def _empty(lang: str) -> tuple[str, str, go.Figure, pd.DataFrame]:
    return t("sl_empty_title", lang), t("sl_empty", lang), go.Figure(), pd.DataFrame()


@kind("concentration")
def _concentration(pkg, shown, f, lang):
    share, top = metrics.concentration(shown, k=10)
    if not top:
        return _empty(lang)
    nc = name_col(lang)
    regions = flt.selected_regions(pkg.regions, f)
    s = metrics.region_summary(shown, regions).set_index("region_code").loc[top].reset_index()
    n_regions = int(shown.region_code.nunique())
    title = t("sl_concentration_title", lang, k=len(top), share=pct(share, lang))
    sentence = t(
        "sl_concentration",
        lang,
        k=len(top),
        m=num(n_regions, lang),
        share=pct(share, lang),
        first=s[nc].iloc[0],
        n=num(int(s.ties.iloc[0]), lang),
        total=num(int(shown.tie_id.nunique()), lang),
    )
    fig = figures.count_bars(s.assign(label=s[nc]), "ties", "label", lang, "")
    return title, sentence, fig, s[["region_code", nc, "ties", "twinning", "agreement", "membership"]]


@kind("partners")
def _partners(pkg, shown, f, lang):
    c = metrics.country_summary(shown, pkg.countries)
    if c.empty:
        return _empty(lang)
    nc = name_col(lang)
    head = c.head(10)
    share5 = c.ties.head(5).sum() / c.ties.sum()
    title = t("sl_partners_title", lang, top=head[nc].iloc[0])
    sentence = t(
        "sl_partners",
        lang,
        top=head[nc].iloc[0],
        n=num(int(head.ties.iloc[0]), lang),
        share=pct(share5, lang),
        m=num(len(c), lang),
    )
    fig = present.partner_bars(head, pkg, lang, "")
    return title, sentence, fig, head[["iso3", nc, "ties", "twinning", "agreement", "regions"]]


@kind("border")
def _border(pkg, shown, f, lang):
    b = metrics.border_contrast(shown, flt.selected_regions(pkg.regions, f))
    if not {True, False} <= set(b.index):
        return _empty(lang)
    title = t("sl_border_title", lang, a=num(b.at[True, "ties"], lang, 1), b=num(b.at[False, "ties"], lang, 1))
    sentence = t(
        "sl_border",
        lang,
        nb=num(int(b.at[True, "regions"]), lang),
        a=num(b.at[True, "ties"], lang, 1),
        pa=num(b.at[True, "partners"], lang, 1),
        no=num(int(b.at[False, "regions"]), lang),
        b=num(b.at[False, "ties"], lang, 1),
        pb=num(b.at[False, "partners"], lang, 1),
    )
    bars = pd.DataFrame(
        {
            "label": [t("border_yes", lang), t("border_no", lang)],
            "ties": [round(b.at[True, "ties"], 1), round(b.at[False, "ties"], 1)],
        }
    )
    fig = figures.count_bars(bars, "ties", "label", lang, "", height=300)
    return title, sentence, fig, b.reset_index()


@kind("organisations")
def _organisations(pkg, shown, f, lang):
    ms = shown[shown.kind == "membership"]
    if ms.empty:
        return _empty(lang)
    orgs = pkg.organisations.set_index("org_id")
    nc = name_col(lang)
    per = ms.groupby("org_id").size().rename("memberships").reset_index()
    end = per.org_id.map(orgs.russia_participation_end_year)
    per["exit_2022_2023"] = end.between(2022, 2023).fillna(False).astype(bool)
    per["end_year"] = end
    per[nc] = per.org_id.map(orgs[nc]).fillna(per.org_id)
    per = per.sort_values("memberships", ascending=False, kind="stable").reset_index(drop=True)
    exits = per[per.exit_2022_2023]
    title = t("sl_orgs_title", lang, k=num(len(exits), lang), m=num(len(per), lang))
    sentence = t(
        "sl_orgs",
        lang,
        m=num(len(per), lang),
        n=num(int(per.memberships.sum()), lang),
        k=num(len(exits), lang),
        km=num(int(exits.memberships.sum()), lang),
        r=num(int(ms[ms.org_id.isin(exits.org_id)].region_code.nunique()), lang),
    )
    head = per.head(8)  # eight bars: every label readable at 20 px on a 720-line projector
    short = head[nc].map(lambda x: x if len(x) <= 34 else x[:33].rsplit(" ", 1)[0] + "…")
    fig = go.Figure()
    for flag, colour, label in (
        (False, figures.BLOC_COLOURS["unfriendly"], t("sl_orgs_stay", lang)),
        (True, figures.BLOC_COLOURS["post_soviet"], t("sl_orgs_exit", lang)),
    ):
        sel = head.exit_2022_2023 == flag
        if sel.any():
            fig.add_trace(
                go.Bar(x=head.memberships[sel], y=short[sel], orientation="h", marker_color=colour, name=label)
            )
    fig.update_yaxes(categoryorder="array", categoryarray=list(short), autorange="reversed")
    figures._base_layout(fig, "", 320)
    return title, sentence, fig, per[["org_id", nc, "memberships", "end_year", "exit_2022_2023"]]


@kind("turn")
def _turn(pkg, shown, f, lang):
    shares = metrics.period_shares(shown, metrics.partner_bloc(pkg.countries))
    if shares.empty:
        return _empty(lang)
    by = shares.pivot_table(index="period", columns="bloc", values="share", fill_value=0.0)
    n = shares.groupby("period").n.sum()

    def get(period, bloc):
        return float(by.at[period, bloc]) if period in by.index and bloc in by.columns else 0.0

    withp = shown[shown.partner_iso3 != ""]
    a = pct(get("before_2014", "post_soviet") + get("before_2014", "asia"), lang)
    b = pct(get("since_2022", "post_soviet") + get("since_2022", "asia"), lang)
    title = t("sl_turn_title", lang, a=a, b=b)
    sentence = t(
        "sl_turn",
        lang,
        a=a,
        b=b,
        n22=num(int(n.get("since_2022", 0)), lang),
        dated=num(int(n.sum()), lang),
        m=num(int(withp.tie_id.nunique()), lang),
    )
    return title, sentence, figures.share_bars(shares, lang, ""), shares


@kind("endings")
def _endings(pkg, shown, f, lang):
    ends = metrics.endings_per_year(shown)
    if ends.empty:
        return _empty(lang)
    per = ends.groupby("status_year").n.sum()
    y22 = int(per.get(2022, 0))
    title = t("sl_endings_title", lang, n=num(y22, lang))
    sentence = t(
        "sl_endings",
        lang,
        n=num(int(per.sum()), lang),
        n22=num(y22, lang),
        share=pct(y22 / per.sum(), lang),
        base=num(int(shown[shown.status_group == "inactive"].tie_id.nunique()), lang),
    )
    df = ends.assign(year=ends.status_year.astype(int).astype(str))
    fig = figures.count_bars(df.groupby("year", as_index=False).n.sum(), "year", "n", lang, "", horizontal=False)
    return title, sentence, fig, ends


@kind("activity")
def _activity(pkg, shown, f, lang, geojson=None):
    regions = flt.selected_regions(pkg.regions, f)
    idx = metrics.activity_index(metrics.activity_components(shown, regions))
    counts = idx["class"].value_counts()
    c = {k: num(int(counts.get(k, 0)), lang) for k in metrics.CLASSES}
    title = t("sl_activity_title", lang, high=c["high"])
    sentence = t("sl_activity", lang, m=num(len(idx), lang), **c)
    nc = name_col(lang)
    df = idx.reset_index().merge(pkg.regions[["region_code", nc, "status"]], on="region_code")
    fig = figures.russia_categorical(
        df,
        geojson if geojson is not None else geo.geojson_url("regions"),  # type: ignore[arg-type]
        "class",
        dict(reversed(figures.CLASS_PALETTE.items())),
        {k: t(f"class_{k}", lang) for k in metrics.CLASSES},
        lang,
        "",
        geo.russia_projection(),
        ["index", "class"],
        [t("index", lang), t("class", lang)],
    )
    fig.update_traces(marker_line_color="#555", marker_line_width=0.5)
    return title, sentence, fig, df[["region_code", nc, "index", "class"]]


@kind("coverage")
def _coverage(pkg, shown, f, lang):
    cov = pkg.coverage[pkg.coverage.region_code.isin(flt.selected_regions(pkg.regions, f).region_code)]
    if f.kinds:
        cov = cov[cov.kind.isin(f.kinds)]
    if cov.empty:
        return _empty(lang)
    tab = cov.groupby(["kind", "judgement"]).size().rename("n").reset_index()
    judged = cov.judgement.value_counts()
    title = t("sl_coverage_title", lang, share=pct(judged.get("complete", 0) / len(cov), lang))
    sentence = t(
        "sl_coverage",
        lang,
        cells=num(len(cov), lang),
        complete=num(int(judged.get("complete", 0)), lang),
        partial=num(int(judged.get("partial", 0)), lang),
        nolist=num(int(judged.get("no_list_found", 0)), lang),
        ns=num(int(judged.get("not_searched", 0)), lang),
    )
    colours = {
        "complete": "#009E73",
        "partial": "#0072B2",
        "no_list_found": "#CC79A7",
        "not_searched": "#999999",
    }
    fig = go.Figure()
    for j, colour in colours.items():
        sub = tab[tab.judgement == j]
        if len(sub):
            fig.add_trace(
                go.Bar(
                    y=[t(f"kind_{k}", lang) for k in sub.kind],
                    x=sub.n,
                    orientation="h",
                    name=t(f"judgement_{j}", lang),
                    marker_color=colour,
                )
            )
    fig.update_layout(barmode="stack")
    figures._base_layout(fig, "", 360)
    return title, sentence, fig, tab


GAPS = {  # what each kind of slide does not cover: an i18n key
    "concentration": "gap_concentration",
    "partners": "gap_partners",
    "border": "gap_border",
    "organisations": "gap_orgs",
    "turn": "gap_turn",
    "endings": "gap_endings",
    "activity": "gap_activity",
    "coverage": "gap_coverage",
}


def _period(basis: pd.DataFrame, lang: str) -> str:
    years = basis.year.dropna()
    undated = int(basis.year.isna().sum())
    span = f"{int(years.min())}–{int(years.max())}" if len(years) else "—"
    return t("sl_period", lang, span=span, undated=num(undated, lang))


def compute(pkg: Package, ties: pd.DataFrame, slide: Slide, lang: str, geojson=None) -> Computed:
    """Everything slide `slide` shows in `lang`, computed from the data under its filters.
    `geojson`: the regions as a dict for exports (default: the app's URL)."""
    f = slide_filters(slide, pkg, lang)
    shown = flt.apply(ties, pkg, f)
    builder = KINDS[slide.kind]
    if slide.kind == "activity":
        title, sentence, fig, table = _activity(pkg, shown, f, lang, geojson=geojson)
    else:
        title, sentence, fig, table = builder(pkg, shown, f, lang)
    return Computed(
        title=title,
        sentence=sentence,
        fig=fig,
        table=table,
        basis=shown,
        records=int(shown.tie_id.nunique()),
        period=_period(shown, lang),
        gaps=t(GAPS[slide.kind], lang),
        filters=f,
    )


def projector(fig: go.Figure, theme: str = "light", height: int = 380, width: int | None = None) -> go.Figure:
    """The figure for a projector: explicit template and colours, chart text ≥ 20 px set on every
    part (the layout's font size does not reach ticks, legends and colour bars under Streamlit's
    theme), no chart title (the slide's heading states it)."""
    c = THEME_COLOURS[theme if theme in THEMES else "light"]
    fig = go.Figure(fig)
    font = dict(family=figures.FONT["family"], size=TEXT_PX, color=c["text"])
    fig.update_layout(
        template=c["template"],
        font=font,
        title=dict(text="", font=dict(size=TITLE_PX, color=c["text"])),
        paper_bgcolor=c["paper"],
        plot_bgcolor=c["paper"],
        height=height,
        width=width,
        margin=dict(l=10, r=10, t=10, b=10),
        legend=dict(  # above the plot: below it, it would run into the axis labels
            font=dict(size=TEXT_PX, color=c["text"]),
            orientation="h",
            yanchor="bottom",
            y=1.01,
            x=0.0,
            bgcolor="rgba(0,0,0,0)",
        ),
        hoverlabel=dict(font_size=TEXT_PX),
    )
    axis = dict(
        tickfont=dict(size=TEXT_PX, color=c["text"]),
        title_font=dict(size=TEXT_PX, color=c["text"]),
        gridcolor=c["grid"],
        linecolor=c["grid"],
        zerolinecolor=c["grid"],
        automargin=True,
    )
    fig.update_xaxes(**axis)
    fig.update_yaxes(**axis)
    fig.update_geos(bgcolor=c["paper"])
    fig.update_traces(textfont_size=TEXT_PX, selector=dict(type="bar"))
    fig.update_traces(colorbar=dict(tickfont=dict(size=TEXT_PX, color=c["text"])), selector=dict(type="choropleth"))
    if any(tr.type == "choropleth" for tr in fig.data):
        fig.update_layout(legend=dict(orientation="v", x=0.0, y=1.0, yanchor="top"), margin=dict(t=0, b=0))
    return fig
