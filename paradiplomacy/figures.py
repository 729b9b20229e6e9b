"""Plotly figure builders: DataFrames in, go.Figure out. No data loading, no Streamlit."""

from __future__ import annotations

import math
import textwrap

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from .i18n import bloc_label, name_col, t

FONT = dict(family="Inter, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif", size=15, color="#222")
# Okabe–Ito colour-blind-safe palette; one colour per partner bloc everywhere in the app.
BLOC_COLOURS = {
    "post_soviet": "#D55E00",
    "unfriendly": "#0072B2",
    "asia": "#009E73",
    "other_europe": "#CC79A7",
    "rest": "#E69F00",
}
# Sequential, colour-blind-safe classes (ColorBrewer YlGnBu), lightest = none.
CLASS_COLOURS = ["#f7f7f7", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84"]
ANNEXED_FILL = "#d9d9d9"
ANNEXED_LINE = "#b2182b"


def class_breaks(values: pd.Series, n: int = 6) -> list[int]:
    """Upper bounds of up to `n` count classes above zero, on a 1-2-5 progression that covers max."""
    vmax = int(values.max()) if len(values) else 0
    if vmax <= 0:
        return []
    steps: list[int] = []
    k = 0
    while not steps or steps[-1] < vmax:
        steps.append([1, 2, 5][k % 3] * 10 ** (k // 3))
        k += 1
    while len(steps) > n:  # merge the lowest classes first
        steps.pop(0)
    return steps


def classify(values: pd.Series, breaks: list[int]) -> tuple[pd.Series, list[str]]:
    """Class index per value (0 = none) and one label per class."""
    labels = ["0"]
    lo = 1
    for b in breaks:
        labels.append(f"{lo}" if lo == b else f"{lo}–{b}")
        lo = b + 1
    idx = values.apply(lambda v: 0 if v <= 0 else 1 + next(i for i, b in enumerate(breaks) if v <= b))
    return idx, labels


def _discrete_scale(n: int) -> tuple[list, int]:
    cols = CLASS_COLOURS[:1] + CLASS_COLOURS[len(CLASS_COLOURS) - n + 1 :] if n > 1 else CLASS_COLOURS[:1]
    scale: list = []
    for i, c in enumerate(cols):
        scale += [[i / len(cols), c], [(i + 1) / len(cols), c]]
    return scale, len(cols)


def _subset(geojson: dict | str, key: str, ids) -> dict | str:
    """Only the features a trace draws: Plotly embeds a trace's whole GeoJSON in the page, so a map
    drawn with several traces would otherwise send the geometry several times. A GeoJSON URL (the
    app's way: the browser fetches and caches the file) is passed through unchanged."""
    if isinstance(geojson, str):
        return geojson
    wanted = set(ids)
    return {"type": "FeatureCollection", "features": [f for f in geojson["features"] if f["properties"][key] in wanted]}


def _flat(geojson, key: str, ids, colour: str, **trace) -> go.Choropleth:
    """Places filled with one colour, without a colour scale (a category, the annexed territories,
    a backdrop); `trace` adds the trace's other properties (name, hover, marker, legend)."""
    ids = list(ids)
    return go.Choropleth(
        geojson=_subset(geojson, key, ids),
        featureidkey=f"properties.{key}",
        locations=ids,
        z=[0] * len(ids),
        colorscale=[[0, colour], [1, colour]],
        showscale=False,
        **trace,
    )


def _backdrop(geojson, key: str, ids, line: str, width: float, name: str | None = None) -> go.Choropleth:
    """Places drawn in light grey behind the data (no hover, not in the counts): the rest of the
    world on a world map, the regions outside a selection on the map of Russia."""
    return _flat(
        geojson, key, ids, NO_TIES_FILL, hoverinfo="skip", name=name, marker=dict(line=dict(color=line, width=width))
    )


def wrap_title(title: str, width: int = 80) -> str:
    """Plotly does not wrap titles: break a long one into lines of at most `width` characters."""
    return "<br>".join(textwrap.wrap(title, width)) if len(title) > width else title


def _merged(base: dict, patch: dict) -> dict:
    """`base` updated by `patch` as Plotly's `update_layout` does: nested dicts merged, the rest replaced."""
    out = dict(base)
    for k, v in patch.items():
        out[k] = _merged(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


def set_layout(fig: go.Figure, **patch) -> go.Figure:
    """`fig.update_layout(**patch)` for nested dicts, the same layout several times faster: Plotly's
    update path checks every key as a property path (~25 ms for a map's layout and projection),
    while a Layout built in one go from the merged dict takes a few ms. The default template is
    left out of the rebuilt Layout (validating it again would cost ~50 ms) and comes back as
    Plotly's default, as it was; any other template is kept."""
    current = fig.layout.to_plotly_json()
    if current.get("template") == _default_template():
        del current["template"]
    fig.layout = go.Layout(_merged(current, patch))
    return fig


def _default_template() -> dict | None:
    name = pio.templates.default
    if name not in _TEMPLATES:
        _TEMPLATES[name] = pio.templates[name].to_plotly_json() if name else None
    return _TEMPLATES[name]


_TEMPLATES: dict = {}  # the default template's JSON, by name (Streamlit installs its own default)


def _base_layout(fig: go.Figure, title: str, height: int, geo: dict | None = None) -> go.Figure:
    """The title, font, size, margins and legend every chart shares; for a map, `geo` (the keywords
    of paradiplomacy.geo's projections) too."""
    text = wrap_title(title)
    lines = text.count("<br>") + 1
    return set_layout(
        fig,
        title=dict(text=text, x=0.01, xanchor="left", font=dict(size=20)),
        font=FONT,
        height=height + 26 * (lines - 1),
        margin=dict(l=0, r=0, t=30 + 26 * lines, b=0),
        paper_bgcolor="white",
        legend=dict(orientation="h", yanchor="bottom", y=-0.02, x=0.01, bgcolor="rgba(255,255,255,0.8)"),
        hoverlabel=dict(font=dict(size=14)),
        **({"geo": _nested(geo)} if geo else {}),
    )


def _nested(flat: dict) -> dict:
    """Plotly's magic-underscore keywords ('projection_type') as nested dicts ({'projection': {'type'}})."""
    out: dict = {}
    for k, v in flat.items():
        head, _, rest = k.partition("_")
        if rest and head in ("projection", "lonaxis", "lataxis"):
            out.setdefault(head, {})[rest] = v
        else:
            out[k] = v
    return out


def russia_choropleth(
    summary: pd.DataFrame,
    geojson: dict,
    measure: str,
    lang: str,
    title: str,
    geo_layout: dict,
    annexed_statuses: tuple[str, ...],
    context=(),
) -> go.Figure:
    """Regions coloured by count classes; annexed territories grey with a red outline and their status.

    `context`: codes of regions outside the current selection, drawn in light grey behind it so that
    a selection of a few regions is still seen on the map of Russia (no hover, not in the counts)."""
    nc = name_col(lang)
    measure_label = t(f"m_{measure}", lang)
    breaks = class_breaks(summary[measure])
    idx, labels = classify(summary[measure], breaks)
    scale, ncls = _discrete_scale(len(labels))
    status_text = summary.status.map(lambda s: t(f"region_status_{s}", lang))
    df = summary.assign(cls=idx, status_text=status_text)
    hover = (
        "<b>%{customdata[0]}</b><br>"
        + measure_label
        + ": %{customdata[1]}<br>"
        + t("status_label", lang)
        + ": %{customdata[2]}<extra></extra>"
    )
    normal = df[~df.status.isin(annexed_statuses)]
    annexed = df[df.status.isin(annexed_statuses)]
    fig = go.Figure()
    drawn = set(df.region_code)
    context = [c for c in context if c not in drawn]
    if context:
        fig.add_trace(_backdrop(geojson, "region_code", context, "#d0d0d0", 0.5, name="context"))
    fig.add_trace(
        go.Choropleth(
            geojson=_subset(geojson, "region_code", normal.region_code),
            featureidkey="properties.region_code",
            locations=normal.region_code,
            z=normal.cls,
            zmin=-0.5,
            zmax=ncls - 0.5,
            colorscale=scale,
            customdata=normal[[nc, measure, "status_text"]].values,
            hovertemplate=hover,
            marker=dict(line=dict(color="white", width=0.6)),
            name=measure_label,
            colorbar=dict(
                title=dict(text=measure_label, side="top"),
                tickvals=list(range(ncls)),
                ticktext=labels,
                len=0.75,
                thickness=16,
                x=1.0,
                y=0.5,
            ),
        )
    )
    if len(annexed):
        fig.add_trace(
            _flat(
                geojson,
                "region_code",
                annexed.region_code,
                ANNEXED_FILL,
                customdata=annexed[[nc, measure, "status_text"]].values,
                hovertemplate=hover,
                marker=dict(line=dict(color=ANNEXED_LINE, width=1.6)),
                name=t("annexed_legend", lang),
                showlegend=True,
            )
        )
    return _base_layout(fig, title, 560, geo_layout)


ANNEXED = ("annexed_2014_recognised_as_ukraine", "annexed_2022_recognised_as_ukraine")


def annexed_outline(fig: go.Figure, df: pd.DataFrame, geojson, lang: str) -> None:
    """Mark the annexed territories among `df`'s regions on any map of Russia: a red outline over
    whatever fills them, a legend entry, and their status in the hover."""
    sub = df[df.status.isin(ANNEXED)]
    if sub.empty:
        return
    fig.add_trace(
        _flat(
            geojson,
            "region_code",
            sub.region_code,
            "rgba(0,0,0,0)",
            showlegend=True,
            name=t("annexed_legend", lang),
            customdata=[[n, t(f"region_status_{st}", lang)] for n, st in zip(sub[name_col(lang)], sub.status)],
            hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]}<extra></extra>",
            marker=dict(line=dict(color=ANNEXED_LINE, width=1.6)),
        )
    )


def coverage_marks(fig: go.Figure, points: pd.DataFrame, lang: str) -> None:
    """Mark regions whose records of the shown kind are not complete per an official list: an ×
    at the region's point, with one legend entry that says what it means. `points`: lat, lon, name."""
    if points.empty:
        return
    fig.add_trace(
        go.Scattergeo(
            lat=points.lat,
            lon=points.lon,
            mode="markers",
            text=points.name,
            marker=dict(symbol="x-thin-open", size=7, color="#333", line=dict(width=1.2, color="#333")),
            name=t("coverage_legend", lang),
            hovertemplate="%{text}<extra></extra>",
            showlegend=True,
        )
    )


def world_choropleth(
    summary: pd.DataFrame, geojson: dict | str, lang: str, title: str, geo_layout: dict, all_ids=None
) -> go.Figure:
    """Partner countries coloured by count classes of ties; every other country (`all_ids`, or the
    features of a GeoJSON object) in light grey."""
    nc = name_col(lang)
    breaks = class_breaks(summary["ties"])
    idx, labels = classify(summary["ties"], breaks)
    scale, ncls = _discrete_scale(len(labels))
    label = t("m_ties", lang)
    names = summary[nc].fillna(summary["iso3"])
    fig = go.Figure()
    if all_ids is None:
        assert isinstance(geojson, dict), "without all_ids, the GeoJSON must be an object"
        all_ids = [f["properties"]["iso3"] for f in geojson["features"]]
    partners = set(summary.iso3)
    rest = [c for c in all_ids if c not in partners]
    if rest:  # every other country drawn in light grey, so the map reads as a world map
        fig.add_trace(_backdrop(geojson, "iso3", rest, "#c8c8c8", 0.4))
    fig.add_trace(
        go.Choropleth(
            geojson=_subset(geojson, "iso3", summary.iso3),
            featureidkey="properties.iso3",
            locations=summary.iso3,
            z=idx,
            zmin=-0.5,
            zmax=ncls - 0.5,
            colorscale=scale,
            customdata=list(zip(names, summary["ties"], summary["regions"])),
            hovertemplate="<b>%{customdata[0]}</b><br>"
            + label
            + ": %{customdata[1]}<br>"
            + t("h_regions", lang)
            + ": %{customdata[2]}<extra></extra>",
            marker=dict(line=dict(color="white", width=0.4)),
            colorbar=dict(
                title=dict(text=label, side="top"), tickvals=list(range(ncls)), ticktext=labels, len=0.75, thickness=16
            ),
        )
    )
    return _base_layout(fig, title, 520, geo_layout)


def flow_map(lines: pd.DataFrame, lang: str, title: str, geo_layout: dict, outline: dict | None = None) -> go.Figure:
    """Great-circle-free straight segments from origin to partner, one trace per bloc and width class.

    `lines` columns: lat0, lon0, lat1, lon1, n, bloc, label.
    """
    fig = go.Figure()
    if outline is not None:
        fig.add_trace(
            dict(
                type="choropleth",
                geojson=outline["geojson"],
                featureidkey=outline["key"],
                locations=outline["ids"],
                z=[0] * len(outline["ids"]),
                colorscale=[[0, "#eeeeee"], [1, "#eeeeee"]],
                showscale=False,
                marker=dict(line=dict(color="#bbbbbb", width=0.4)),
                hoverinfo="skip",
            )
        )
    nmax = max(int(lines.n.max()), 1) if len(lines) else 1
    # columns as numpy arrays: Plotly checks an array in one step where it checks a list item by item
    # (~20 times slower for a thousand lines); each segment is origin, partner and a gap (NaN). Traces
    # are given as dicts, which add_trace checks once (a go.Scattergeo is checked when built and again
    # when added)
    n = lines.n.to_numpy(float)
    width_class = 1 + np.minimum(3, (3 * np.log1p(n) / math.log1p(nmax)).astype(int))
    # 32-bit floats: sent base64-encoded, half the bytes of 64-bit ones, and ~7 digits are plenty to draw
    lat0, lat1 = lines.lat0.to_numpy(np.float32), lines.lat1.to_numpy(np.float32)
    lon0, lon1 = lines.lon0.to_numpy(np.float32), lines.lon1.to_numpy(np.float32)
    blocs, labels = lines.bloc.to_numpy(object), lines.label.to_numpy(object)
    for bloc, colour in BLOC_COLOURS.items():
        in_bloc = blocs == bloc
        if not in_bloc.any():
            continue
        for k, w in enumerate(sorted(set(width_class[in_bloc].tolist()))):
            m = in_bloc & (width_class == w)
            gap = np.full(int(m.sum()), np.nan, dtype=np.float32)
            fig.add_trace(
                dict(
                    type="scattergeo",
                    lat=np.column_stack([lat0[m], lat1[m], gap]).ravel(),
                    lon=np.column_stack([lon0[m], lon1[m], gap]).ravel(),
                    mode="lines",
                    line=dict(width=0.8 + 1.4 * (w - 1), color=colour),
                    opacity=0.75,
                    name=bloc_label(bloc, lang),
                    legendgroup=bloc,
                    showlegend=k == 0,
                    hoverinfo="skip",
                )
            )
        fig.add_trace(
            dict(
                type="scattergeo",
                lat=lat1[in_bloc],
                lon=lon1[in_bloc],
                mode="markers",
                marker=dict(size=6, color=colour),
                text=labels[in_bloc],
                hovertemplate="%{text}<extra></extra>",
                legendgroup=bloc,
                showlegend=False,
            )
        )
    return _base_layout(fig, title, 560, geo_layout)


NO_TIES_FILL = "#f2f2f2"
CLASS_PALETTE = {"minimal": "#f0f0f0", "low": "#bdd7e7", "medium": "#6baed6", "high": "#08519c"}


def russia_categorical(
    df: pd.DataFrame,
    geojson: dict,
    category: str,
    colours: dict[str, str],
    labels: dict[str, str],
    lang: str,
    title: str,
    geo_layout: dict,
    hover_cols: list[str],
    hover_labels: list[str],
) -> go.Figure:
    """Regions coloured by a category (one trace per category, so the legend lists them)."""
    nc = name_col(lang)
    fig = go.Figure()
    tmpl = (
        "<b>%{customdata[0]}</b><br>"
        + "<br>".join(f"{lab}: %{{customdata[{i + 1}]}}" for i, lab in enumerate(hover_labels))
        + "<extra></extra>"
    )
    for cat, colour in colours.items():
        sub = df[df[category] == cat]
        if sub.empty:
            continue
        fig.add_trace(
            _flat(
                geojson,
                "region_code",
                sub.region_code,
                colour,
                showlegend=True,
                name=labels.get(cat, cat),
                customdata=sub[[nc] + hover_cols].values,
                hovertemplate=tmpl,
                marker=dict(line=dict(color="#777", width=0.4)),
            )
        )
    if "status" in df.columns:
        annexed_outline(fig, df, geojson, lang)
    return _base_layout(fig, title, 560, geo_layout)


def russia_diverging(
    df: pd.DataFrame, geojson: dict, value: str, lang: str, title: str, geo_layout: dict, label: str
) -> go.Figure:
    """Regions coloured by a signed change (purple = fewer, orange = more; colour-blind-safe PuOr)."""
    nc = name_col(lang)
    m = max(1, int(df[value].abs().max()) if len(df) else 1)
    fig = go.Figure(
        go.Choropleth(
            geojson=_subset(geojson, "region_code", df.region_code),
            featureidkey="properties.region_code",
            locations=df.region_code,
            z=df[value],
            zmin=-m,
            zmax=m,
            colorscale="PuOr_r",
            customdata=df[[nc, value]].values,
            hovertemplate="<b>%{customdata[0]}</b><br>" + label + ": %{customdata[1]:+d}<extra></extra>",
            marker=dict(line=dict(color="#999", width=0.4)),
            colorbar=dict(title=dict(text=label, side="top"), len=0.75, thickness=16),
        )
    )
    return _base_layout(fig, title, 520, geo_layout)


def world_diverging(
    df: pd.DataFrame, geojson, lang: str, title: str, geo_layout: dict, label: str, all_ids
) -> go.Figure:
    """Partner countries coloured by a signed change between two periods (`df`: iso3, name, change;
    PuOr, purple = fewer, orange = more); every other country light grey."""
    m = max(1, int(df.change.abs().max()) if len(df) else 1)
    fig = go.Figure()
    rest = [c for c in all_ids if c not in set(df.iso3)]
    if rest:
        fig.add_trace(_backdrop(geojson, "iso3", rest, "#c8c8c8", 0.4))
    fig.add_trace(
        go.Choropleth(
            geojson=_subset(geojson, "iso3", df.iso3),
            featureidkey="properties.iso3",
            locations=df.iso3,
            z=df.change,
            zmin=-m,
            zmax=m,
            colorscale="PuOr_r",
            customdata=df[["name", "change", "a", "b"]].values,
            hovertemplate="<b>%{customdata[0]}</b><br>"
            + label
            + ": %{customdata[1]:+d} (%{customdata[2]} → %{customdata[3]})<extra></extra>",
            marker=dict(line=dict(color="#999", width=0.4)),
            colorbar=dict(title=dict(text=label, side="top"), len=0.75, thickness=16),
        )
    )
    return _base_layout(fig, title, 520, geo_layout)


def per_year_bars(
    df: pd.DataFrame, lang: str, title: str, events: pd.DataFrame | None = None, y_label: str = ""
) -> go.Figure:
    """Stacked bars of ties per year by partner bloc; dated events as markers along the top."""
    fig = go.Figure()
    for bloc, colour in BLOC_COLOURS.items():
        sub = df[df.bloc == bloc]
        if len(sub):
            fig.add_trace(go.Bar(x=sub.year, y=sub.n, name=bloc_label(bloc, lang), marker_color=colour))
    fig.update_layout(barmode="stack", xaxis_title=None, yaxis_title=y_label)
    if events is not None and len(events):
        top = float(df.groupby("year").n.sum().max()) if len(df) else 1.0
        tcol = "title_ru" if lang == "ru" else "title_en"
        for r in events.itertuples():
            fig.add_vline(x=r.year, line=dict(color="#888", width=1, dash="dot"))
        fig.add_trace(
            go.Scatter(
                x=events.year,
                y=[top * 1.08] * len(events),
                mode="markers",
                marker=dict(symbol="triangle-down", size=11, color="#444"),
                text=events[tcol].fillna(events.title_en),
                hovertemplate="%{x}: %{text}<extra></extra>",
                name=t("events", lang),
            )
        )
    _base_layout(fig, title, 480)
    # legend below the year axis, not over the bars
    fig.update_layout(
        legend=dict(orientation="h", yanchor="top", y=-0.08, x=0.01, bgcolor="rgba(0,0,0,0)"), margin_b=40
    )
    return fig


def count_bars(
    df: pd.DataFrame,
    x: str,
    y: str,
    lang: str,
    title: str,
    colour: str = "#0072B2",
    colour_col: str | None = None,
    colours: dict | None = None,
    horizontal: bool = True,
    height: int | None = None,
) -> go.Figure:
    """A simple (horizontal) bar chart; optional colour per category."""
    colours_list = df[colour_col].map(colours).fillna(colour) if colour_col else colour
    if horizontal:
        fig = go.Figure(
            go.Bar(
                x=df[x], y=df[y], orientation="h", marker_color=colours_list, hovertemplate="%{y}: %{x}<extra></extra>"
            )
        )
        fig.update_yaxes(autorange="reversed")
    else:
        fig = go.Figure(go.Bar(x=df[x], y=df[y], marker_color=colours_list))
    return _base_layout(fig, title, height or max(320, 26 * len(df) + 90))


def heatmap(matrix: pd.DataFrame, lang: str, title: str, colorbar: str) -> go.Figure:
    fig = go.Figure(
        go.Heatmap(
            z=matrix.values,
            x=list(matrix.columns),
            y=list(matrix.index),
            colorscale="Blues",
            xgap=1,
            ygap=1,
            colorbar=dict(title=colorbar),
            hovertemplate="%{y} — %{x}: %{z}<extra></extra>",
        )
    )
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(tickangle=-40)
    return _base_layout(fig, title, max(360, 22 * len(matrix) + 200))


STATUS_COLOURS = {"active": "#0072B2", "unknown": "#56B4E9", "suspended": "#E69F00", "ended": "#D55E00"}


def status_matrix(
    cells: pd.DataFrame, rows: list[str], cols: list[str], labels: dict[str, str], title: str
) -> go.Figure:
    """Who takes part where, as yes/no with the membership's status: one marker per region ×
    organisation, coloured by status (`cells`: row, col, status, hover), one legend entry per status."""
    fig = go.Figure()
    for status, colour in STATUS_COLOURS.items():
        sub = cells[cells.status == status]
        if sub.empty:
            continue
        fig.add_trace(
            go.Scatter(
                x=sub.col,
                y=sub.row,
                mode="markers",
                name=labels.get(status, status),
                text=sub.hover,
                marker=dict(symbol="square", size=13, color=colour, line=dict(color="#333", width=0.6)),
                hovertemplate="%{text}<extra></extra>",
            )
        )
    fig.update_xaxes(categoryorder="array", categoryarray=cols, tickangle=-40, showgrid=True, gridcolor="#eee")
    fig.update_yaxes(categoryorder="array", categoryarray=rows, autorange="reversed", showgrid=True, gridcolor="#eee")
    fig = _base_layout(fig, title, max(360, 22 * len(rows) + 220))
    fig.update_layout(legend=dict(orientation="h", yanchor="bottom", y=1.0, x=0.0), plot_bgcolor="white")
    return fig


def exits_timeline(df: pd.DataFrame, labels: dict[str, str], lang: str, title: str) -> go.Figure:
    """Russia's exits from and suspensions in organisations as dots on a time axis (`df`: name,
    year, status, note); one colour per kind of end, with a legend."""
    fig = go.Figure()
    for status in ("suspended", "ended"):
        sub = df[df.status == status]
        if sub.empty:
            continue
        fig.add_trace(
            go.Scatter(
                x=sub.year,
                y=sub["name"],
                mode="markers",
                name=labels.get(status, status),
                text=sub.note,
                marker=dict(size=13, color=STATUS_COLOURS[status], line=dict(color="#333", width=0.8)),
                hovertemplate="%{y}: %{x}<br>%{text}<extra></extra>",
            )
        )
    lo = int(df.year.min()) if len(df) else 2014
    fig.update_xaxes(range=[lo - 1, 2026.5], dtick=1, showgrid=True, gridcolor="#eee")
    fig.update_yaxes(categoryorder="array", categoryarray=list(df["name"]), autorange="reversed")
    fig = _base_layout(fig, title, max(300, 30 * len(df) + 140))
    fig.update_layout(plot_bgcolor="white", legend=dict(orientation="h", yanchor="bottom", y=1.0, x=0.0))
    return fig


def status_bars(df: pd.DataFrame, labels: dict[str, str], lang: str, title: str, height: int = 360) -> go.Figure:
    """Suspensions and endings per year, stacked by status (`df`: year, status, n), with a legend."""
    fig = go.Figure()
    for status in ("suspended", "ended", "terminated", "closed"):
        sub = df[df.status == status]
        if sub.empty:
            continue
        fig.add_trace(
            go.Bar(
                x=sub.year, y=sub.n, name=labels.get(status, status), marker_color=STATUS_COLOURS.get(status, "#D55E00")
            )
        )
    fig.update_layout(barmode="stack")
    fig = _base_layout(fig, title, height)
    fig.update_layout(legend=dict(orientation="h", yanchor="bottom", y=1.0, x=0.0))
    return fig


def network_figure(
    edges: list[tuple[str, str, int]],
    nodes: pd.DataFrame,
    lang: str,
    title: str,
    community_names: dict[int, str] | None = None,
) -> go.Figure:
    """The network drawn by communities. `nodes`: node, x, y, label, side, degree, community. One
    legend entry per community (named by its most connected members) and per side (shape); the
    most connected nodes labelled, their labels alternately above and below so they do not overlap."""
    pos = nodes.set_index("node")[["x", "y"]]
    ex, ey = [], []
    for a, b, _ in edges:
        ex += [pos.at[a, "x"], pos.at[b, "x"], None]
        ey += [pos.at[a, "y"], pos.at[b, "y"], None]
    fig = go.Figure(
        go.Scatter(x=ex, y=ey, mode="lines", line=dict(color="#c8c8c8", width=0.6), hoverinfo="skip", showlegend=False)
    )
    palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#999933", "#000000"]
    names = community_names or {}
    for c in sorted(nodes.community.unique()):
        colour = palette[int(c) % len(palette)]
        for side, symbol in (("region", "circle"), ("country", "diamond")):
            sub = nodes[(nodes.side == side) & (nodes.community == c)]
            if sub.empty:
                continue
            fig.add_trace(
                go.Scatter(
                    x=sub.x,
                    y=sub.y,
                    mode="markers",
                    name=names.get(int(c), str(c)),
                    legendgroup=f"c{c}",
                    showlegend=side == "region" or nodes[(nodes.side == "region") & (nodes.community == c)].empty,
                    marker=dict(
                        symbol=symbol,
                        size=6 + 2.2 * sub.degree.clip(upper=40) ** 0.8,
                        color=colour,
                        line=dict(color="white", width=0.6),
                    ),
                    text=sub.label,
                    customdata=sub[["degree", "ties"]].values,
                    hovertemplate="<b>%{text}</b><br>"
                    + t("net_degree", lang)
                    + ": %{customdata[0]}<br>"
                    + t("h_ties", lang)
                    + ": %{customdata[1]}<br>"
                    + t("net_community", lang)
                    + ": "
                    + names.get(int(c), str(c))
                    + "<extra></extra>",
                )
            )
    for side, symbol in (("region", "circle"), ("country", "diamond")):  # legend: shape = side
        fig.add_trace(
            go.Scatter(
                x=[None],
                y=[None],
                mode="markers",
                name=t(f"net_{side}", lang),
                marker=dict(symbol=symbol, size=11, color="#777"),
                legendgroup="sides",
            )
        )
    big = nodes.sort_values("degree", ascending=False).head(12).sort_values("y")
    positions = ["top center" if i % 2 == 0 else "bottom center" for i in range(len(big))]
    fig.add_trace(
        go.Scatter(
            x=big.x,
            y=big.y,
            mode="text",
            text=big.label,
            textposition=positions,
            textfont=dict(size=13, color="#111", shadow="1px 1px 2px white"),
            hoverinfo="skip",
            showlegend=False,
        )
    )
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False, scaleanchor="x")
    fig = _base_layout(fig, title, 720)
    fig.update_layout(
        legend=dict(orientation="v", x=1.0, xanchor="left", y=1.0, title=dict(text=t("net_community", lang)))
    )
    return fig


def share_bars(df: pd.DataFrame, lang: str, title: str) -> go.Figure:
    """One 100 % bar per period, split by partner bloc; `df` from metrics.period_shares."""
    fig = go.Figure()
    periods = list(dict.fromkeys(df.period))
    labels = [t(f"period_{p}", lang) for p in periods]
    totals = df.groupby("period").n.sum()
    ticks = [f"{lab} (n = {int(totals[p])})" for lab, p in zip(labels, periods)]
    for bloc, colour in BLOC_COLOURS.items():
        sub = df[df.bloc == bloc].set_index("period").reindex(periods)
        if sub.n.notna().any():
            fig.add_trace(
                go.Bar(
                    y=ticks,
                    x=(sub.share.fillna(0) * 100).round(1),
                    orientation="h",
                    name=bloc_label(bloc, lang),
                    marker_color=colour,
                    text=[f"{v:.0f} %" if v >= 6 else "" for v in sub.share.fillna(0) * 100],
                    textposition="inside",
                    customdata=sub.n.fillna(0).astype(int),
                    hovertemplate="%{y}: %{x} % (%{customdata})<extra>" + bloc_label(bloc, lang) + "</extra>",
                )
            )
    fig.update_layout(barmode="stack", xaxis=dict(range=[0, 100], ticksuffix=" %"))
    fig.update_yaxes(autorange="reversed")
    _base_layout(fig, title, 120 + 70 * len(periods))
    fig.update_layout(legend=dict(orientation="h", yanchor="top", y=-0.25, x=0.01), margin_b=60)
    return fig


def bloc_bars(df: pd.DataFrame, x: str, y: str, bloc: str, lang: str, title: str) -> go.Figure:
    """Horizontal bars coloured by partner bloc, one trace per bloc so that the legend names them."""
    fig = go.Figure()
    order = list(df[y])
    for b, colour in BLOC_COLOURS.items():
        sub = df[df[bloc] == b]
        if len(sub):
            fig.add_trace(
                go.Bar(
                    x=sub[x],
                    y=sub[y],
                    orientation="h",
                    marker_color=colour,
                    name=bloc_label(b, lang),
                    hovertemplate="%{y}: %{x}<extra></extra>",
                )
            )
    fig.update_yaxes(categoryorder="array", categoryarray=order, autorange="reversed")
    _base_layout(fig, title, max(320, 26 * len(df) + 110))
    fig.update_layout(legend=dict(orientation="h", yanchor="top", y=-0.06, x=0.01), margin_b=50)
    return fig
