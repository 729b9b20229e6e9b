"""Exports of seminar slides that carry their provenance: PNG (1920×1080) and SVG with the title,
the finding, the source line, the filters, the date and the dataset's licence drawn into the image;
the deck as a PDF (one landscape page per slide); an offline HTML briefing (plotly.js and geometry
inlined, Plotly's base-layer topojson given before plotly.js loads, so it asks no network).

Static images are drawn by kaleido in Debian's chromium (`BROWSER_PATH`), with a timeout; every
figure gets an explicit template and colours (`deck.projector`). No Streamlit.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import html
import io
import json
import os
import textwrap
import threading
from dataclasses import dataclass
from pathlib import Path

import plotly.graph_objects as go
import plotly.io as pio

from . import deck as dk
from . import geo
from .data import Package
from .i18n import num, t
from .present import credits, describe, top_sources

CHROMIUM = os.environ.get("PARADIPLOMACY_CHROMIUM", "/usr/bin/chromium")
TOPOJSON_DIR = Path(__file__).resolve().parent.parent / "static" / "topojson"
TOPOJSON_URL = TOPOJSON_DIR.as_uri() + "/"
TIMEOUT = 60  # seconds, for each export call
WIDTH, HEIGHT = 1920, 1080

os.environ.setdefault("BROWSER_PATH", CHROMIUM)
pio.defaults.topojson = TOPOJSON_URL


@dataclass
class SlideExport:
    """One slide, ready to be drawn: its figure with the provenance in it, and its names."""

    index: int  # 1-based position among the slides shown
    slide: dk.Slide
    comp: dk.Computed
    fig: go.Figure  # 1920×1080, title, finding and provenance drawn in
    stem: str  # file name without extension


def file_stem(deck_id: str, index: int, slide_id: str, lang: str) -> str:
    return f"seminar_{deck_id}_{index:02d}_{slide_id}_{lang}"


def provenance(comp: dk.Computed, pkg: Package, lang: str, today: dt.date | None = None) -> tuple[str, str]:
    """The source line and the meta line (filters, records, date, dataset and licence)."""
    src = top_sources(comp.basis, pkg, 8).drop_duplicates("short").head(3)
    c = credits(pkg.descriptor, lang)
    sources = t("sem_export_source", lang, sources="; ".join(src.short) if len(src) else "—")
    meta = t(
        "sem_export_meta",
        lang,
        filters=describe(comp.filters, pkg, comp.basis, lang),
        records=t("sem_records", lang, records=num(comp.records, lang), period=comp.period).rstrip("."),
        date=(today or dt.date.today()).isoformat(),
        title=c["title"],
        version=c["version"],
        licence=c["licence"],
    )
    return sources, meta


def _lines(text: str, width: int) -> str:
    """Wrapped for Plotly (which does not wrap), with '<' and '>' escaped (Plotly reads tags)."""
    return "<br>".join(html.escape(line, quote=False) for line in textwrap.wrap(text, width)) or " "


def slide_figure(comp: dk.Computed, pkg: Package, lang: str, theme: str = "light") -> go.Figure:
    """The slide as one 1920×1080 figure: title and finding above the chart, provenance below."""
    c = dk.THEME_COLOURS[theme if theme in dk.THEMES else "light"]
    fig = dk.projector(comp.fig, theme, height=HEIGHT, width=WIDTH)
    sources, meta = provenance(comp, pkg, lang)
    sentence = _lines(comp.sentence, 120)
    n_sentence = sentence.count("<br>") + 1
    # the dataset and its licence on a line of their own, so that no wrap splits the licence's name
    meta_text = "<br>".join(_lines(part, 150) for part in meta.rsplit(" · ", 1))
    n_meta = meta_text.count("<br>") + 1
    src_text = _lines(sources, 150)
    n_src = src_text.count("<br>") + 1
    top = 100 + 36 * n_sentence + 30
    bottom = 30 + 25 * (n_meta + n_src)
    geo_map = any(tr.type == "choropleth" for tr in fig.data)
    below = 0 if geo_map else 50  # room for the axis under the plot
    top += 0 if geo_map else 50  # and for the legend above it
    plot_h = HEIGHT - top - bottom - below
    fig.update_layout(
        title=dict(
            text=html.escape(comp.title, quote=False),
            x=0.02,
            xanchor="left",
            y=1 - 30 / HEIGHT,
            yanchor="top",
            font=dict(size=44, color=c["text"]),
            subtitle=dict(text=sentence, font=dict(size=28, color=c["text"])),
        ),
        margin=dict(l=60, r=60, t=top, b=bottom + below),
    )
    fig.add_annotation(
        text=src_text + "<br>" + meta_text, xref="paper", yref="paper", x=0, y=-(below + 5) / plot_h,
        xanchor="left", yanchor="top", align="left", showarrow=False, font=dict(size=20, color=c["text"]),
    )  # fmt: skip
    return fig


def slides(pkg: Package, ties, deck: dk.Deck, lang: str, theme: str = "light") -> list[SlideExport]:
    """Every slide shown of `deck`, computed with the geometry as a dict (exports fetch nothing)."""
    regions = geo.regions_geojson(display=True)
    out = []
    for i, s in enumerate(deck.shown, start=1):
        comp = dk.compute(pkg, ties, s, lang, geojson=regions)
        out.append(SlideExport(i, s, comp, slide_figure(comp, pkg, lang, theme), file_stem(deck.id, i, s.id, lang)))
    return out


# --- drawing with kaleido ------------------------------------------------------------------------
def _run(coro_fn):
    """Run an async function to completion in a thread of its own (callers may have a loop)."""
    box: dict = {}

    def target():
        try:
            box["value"] = asyncio.run(coro_fn())
        except BaseException as e:  # noqa: BLE001 - handed back to the caller
            box["error"] = e

    th = threading.Thread(target=target, daemon=True)
    th.start()
    th.join(TIMEOUT * 4)
    if th.is_alive():
        raise TimeoutError("the export did not finish in time")
    if "error" in box:
        raise box["error"]
    return box["value"]


def render(figs: list[go.Figure], fmt: str | list[str]) -> list[bytes]:
    """Draw figures as `fmt` ('png' or 'svg', or one format per figure) at 1920×1080 in one
    chromium, with a timeout on each."""
    import kaleido

    fmts = fmt if isinstance(fmt, list) else [fmt] * len(figs)

    async def go_():
        out = []
        async with kaleido.Kaleido(n=1, timeout=TIMEOUT, mathjax=False) as k:
            for fig, f in zip(figs, fmts):
                out.append(
                    await asyncio.wait_for(
                        k.calc_fig(fig, opts=dict(format=f, width=WIDTH, height=HEIGHT), topojson=TOPOJSON_URL),
                        TIMEOUT,
                    )
                )
        return out

    return _run(go_)


def with_alt_png(png: bytes, title: str, alt: str) -> bytes:
    """The PNG with its title and alt text in tEXt chunks (Title, Description)."""
    from PIL import Image, PngImagePlugin

    img = Image.open(io.BytesIO(png))
    info = PngImagePlugin.PngInfo()
    info.add_text("Title", title)
    info.add_itxt("Description", alt)
    buf = io.BytesIO()
    img.save(buf, format="PNG", pnginfo=info)
    return buf.getvalue()


def with_alt_svg(svg: bytes, title: str, alt: str) -> bytes:
    """The SVG with <title> and <desc> (read by screen readers) right after its opening tag."""
    text = svg.decode("utf-8")
    head_end = text.index(">", text.index("<svg")) + 1
    extra = f"<title>{html.escape(title)}</title><desc>{html.escape(alt)}</desc>"
    text = text[:head_end] + extra + text[head_end:]
    text = text.replace("<svg", f'<svg role="img" aria-label="{html.escape(alt, quote=True)}"', 1)
    return text.encode("utf-8")


def slide_png(se: SlideExport) -> bytes:
    return with_alt_png(render([se.fig], "png")[0], se.comp.title, se.comp.sentence)


def slide_svg(se: SlideExport) -> bytes:
    return with_alt_svg(render([se.fig], "svg")[0], se.comp.title, se.comp.sentence)


def deck_pdf(ses: list[SlideExport], title: str, pngs: list[bytes] | None = None) -> bytes:
    """The deck as a PDF: one landscape 1920×1080 page per slide (the PNGs, provenance included)."""
    from PIL import Image

    pngs = pngs or render([s.fig for s in ses], "png")
    pages = [Image.open(io.BytesIO(p)).convert("RGB") for p in pngs]
    buf = io.BytesIO()
    pages[0].save(buf, format="PDF", save_all=True, append_images=pages[1:], resolution=144.0, title=title)
    return buf.getvalue()


def bundle(ses: list[SlideExport], i: int, title: str) -> dict[str, bytes]:
    """Slide `i`'s PNG and SVG and the deck's PDF, drawn in one chromium session."""
    drawn = render([s.fig for s in ses] + [ses[i].fig], ["png"] * len(ses) + ["svg"])
    pngs, svg = drawn[:-1], drawn[-1]
    here = ses[i].comp
    return {
        "png": with_alt_png(pngs[i], here.title, here.sentence),
        "svg": with_alt_svg(svg, here.title, here.sentence),
        "pdf": deck_pdf(ses, title, pngs),
    }


# --- the offline briefing ------------------------------------------------------------------------
def briefing_html(pkg: Package, ses: list[SlideExport], deck: dk.Deck, lang: str) -> str:
    """One self-contained HTML file of the deck: plotly.js inlined, geometry inlined in the figures,
    Plotly's base-layer topojson provided as `window.PlotlyGeoAssets` before plotly.js loads."""
    from plotly.offline import get_plotlyjs

    c = credits(pkg.descriptor, lang)
    topo = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in TOPOJSON_DIR.glob("*.json")}
    deck_title = deck.title.get(lang) or deck.id
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}"><head><meta charset="utf-8">',
        f"<title>{html.escape(t('sem_briefing_title', lang, deck=deck_title))}</title>",
        "<style>body{font-family:Inter,'Segoe UI',Roboto,Arial,sans-serif;max-width:1400px;margin:auto;"
        "padding:1rem 2rem;color:#111}section{page-break-after:always;margin-bottom:3rem}"
        "h2{font-size:30px;margin:.4em 0}p{font-size:20px}.meta{font-size:15px;color:#333}</style>",
        "<script>window.PlotlyGeoAssets = {topojson: " + json.dumps(topo, separators=(",", ":")) + "};</script>",
        "<script>" + get_plotlyjs() + "</script>",
        "</head><body>",
        f"<h1>{html.escape(deck_title)}</h1>",
        "<p class='meta'>"
        + html.escape(
            t(
                "sem_briefing_intro",
                lang,
                date=dt.date.today().isoformat(),
                title=c["title"],
                version=c["version"],
                licence=c["licence"],
            )
        )
        + "</p>",
    ]
    for se in ses:
        fig = dk.projector(se.comp.fig, "light", height=560)
        sources, meta = provenance(se.comp, pkg, lang)
        div = f"chart_{se.index}"
        alt = html.escape(t("sem_alt", lang, text=se.comp.sentence), quote=True)
        parts += [
            f"<section id='{html.escape(se.slide.id)}'>",
            f"<h2>{se.index}. {html.escape(se.comp.title)}</h2>",
            f"<p>{html.escape(se.comp.sentence)}</p>",
            f"<figure><div id='{div}' role='img' aria-label='{alt}'></div>",
            f"<figcaption class='meta'>{html.escape(sources)}<br>{html.escape(meta)}<br>"
            f"{html.escape(t('sem_gaps', lang, text=se.comp.gaps))}</figcaption></figure>",
            "<script>(function(){var s="
            + fig.to_json().replace("</", "<\\/")
            + ";Plotly.newPlot("
            + json.dumps(div)
            + ',s.data,s.layout,{"displaylogo":false,"responsive":true});})();</script>',
            "</section>",
        ]
    parts.append("</body></html>")
    return "\n".join(parts)
