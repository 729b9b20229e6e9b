"""Seminar mode: the deck is data, every slide's sentence is computed from the data, the page works in
both languages and survives a tampered URL; in Chromium the keys move through the slides with a URL
per slide, a slide fits a 1280×720 projector with chart text ≥ 20 px and nothing leaves localhost;
exports are made with the network cut off and carry their provenance; the offline briefing draws
every region from a file:// page that may fetch nothing."""

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT, edit, mini_copy
from streamlit.testing.v1 import AppTest
from test_browser import Recorder, browser, server  # noqa: F401 - pytest fixtures

from paradiplomacy import deck as dk
from paradiplomacy.data import load_package
from paradiplomacy.ties import build_ties

APP = str(ROOT / "dashboard.py")
PKG = load_package()
TIES = build_ties(PKG)
DECK = dk.load_deck("seed_papers")


def run(params: dict) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=90)
    for k, v in params.items():
        at.query_params[k] = v
    at.switch_page("views/seminar.py")
    at.run()
    assert not at.exception, at.exception
    return at


def test_the_deck_is_data_with_every_kind_and_both_languages_of_notes():
    assert len(DECK.shown) >= 8
    assert set(dk.KINDS) <= {s.kind for s in DECK.shown}
    assert any(s.hidden for s in DECK.slides)
    for s in DECK.slides:
        assert s.notes.get("en") and s.notes.get("ru"), s.id
        dk.slide_filters(s, PKG, "en")  # filters in the URL form parse
        assert not dk.slide_filters(s, PKG, "en").notices, s.id


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_seminar_page_in_both_languages(lang):
    slide = DECK.shown[4]
    at = run({"lang": lang, "slide": slide.id})
    want = dk.compute(PKG, TIES, slide, lang)
    assert at.header[0].value == want.title
    assert any(want.sentence == m.value for m in at.markdown)
    assert at.get("plotly_chart")
    assert at.query_params.get("slide") in (slide.id, [slide.id])
    if lang == "ru":
        assert any("Открыть в обозревателе" in c.value for c in at.caption)


def test_tampered_slide_parameter_is_dropped_with_a_notice():
    at = run({"slide": "no_such_slide'><script>"})
    assert at.warning and "slide=no_such_slide" in at.warning[0].value
    assert at.header[0].value == dk.compute(PKG, TIES, DECK.shown[0], "en").title
    hidden = next(s for s in DECK.slides if s.hidden)
    at = run({"slide": hidden.id})  # a hidden slide is skipped, not shown
    assert at.warning and f"slide={hidden.id}" in at.warning[0].value


def test_next_button_and_overview():
    at = run({})
    at.button(key="sem_k_space").click().run()
    assert at.query_params.get("slide") in (DECK.shown[1].id, [DECK.shown[1].id])
    at.button(key="sem_k_pgup").click().run()
    assert at.query_params.get("slide") in (DECK.shown[0].id, [DECK.shown[0].id])
    at = run({"view": "presenter"})
    assert any(s.value.startswith("Next:") for s in at.subheader)


def test_a_slide_sentence_follows_the_data(tmp_path):
    root = mini_copy(tmp_path / "mini")
    slide = next(s for s in DECK.shown if s.kind == "endings")

    def sentence():
        pkg = load_package(root)
        return dk.compute(pkg, build_ties(pkg), slide, "en").sentence

    before = sentence()
    edit(root / "twinning.csv", "2010,,active,,", "2010,,suspended,2022,")
    after = sentence()
    assert before != after
    n = [int(re.search(r"Sources date (\d+) of", x).group(1)) for x in (before, after)]
    assert n[1] == n[0] + 1


# --- Chromium -----------------------------------------------------------------------------------
KEYS = [("ArrowRight", 1), ("Space", 1), ("PageDown", 1), ("ArrowLeft", -1), ("PageUp", -1), ("End", None)]


@pytest.mark.browser
def test_keys_urls_and_projector_layout(server, browser):  # noqa: F811
    page = browser.new_page(viewport={"width": 1280, "height": 720})
    rec = Recorder(page)
    ids = [s.id for s in DECK.shown]
    i = 1
    page.goto(f"{server}/seminar?deck={DECK.id}&slide={ids[i]}")
    page.wait_for_selector(".st-key-sem_slide h2", timeout=60000)
    page.locator("[data-testid=stSidebarCollapseButton] button").first.dispatch_event("click")
    page.wait_for_selector(".st-key-sem_nav button", timeout=60000)
    page.wait_for_selector(".st-key-sem_slide .js-plotly-plot", timeout=60000)
    page.wait_for_timeout(1000)
    for key, d in KEYS:
        i = len(ids) - 1 if d is None else i + d
        page.keyboard.press(key)
        page.wait_for_function(f"location.href.includes('slide={ids[i]}')", timeout=40000)
        title = dk.compute(PKG, TIES, DECK.shown[i], "en").title
        page.wait_for_function(
            "t => document.querySelector('.st-key-sem_slide h2')?.innerText === t", arg=title, timeout=20000
        )
    page.keyboard.press("Home")
    page.wait_for_function(f"location.href.includes('slide={ids[0]}')", timeout=20000)
    page.wait_for_selector(".st-key-sem_slide g.ytick text", timeout=20000)
    page.wait_for_timeout(1000)
    box = page.evaluate(
        "(() => {const e = document.querySelector('.st-key-sem_slide');"
        " const r = e.getBoundingClientRect(); const o = getComputedStyle(e).overflowY;"
        " return [r.bottom, innerHeight, o === 'visible' || e.scrollHeight <= e.clientHeight + 1]})()"
    )
    assert box[0] <= box[1], f"the slide runs below the screen: {box}"
    assert box[2], "the slide area scrolls"
    sizes = page.evaluate(
        "[...document.querySelectorAll('.st-key-sem_slide .js-plotly-plot text')]"
        ".filter(e => e.textContent.trim()).map(e => parseFloat(getComputedStyle(e).fontSize))"
    )
    assert sizes and min(sizes) >= 20, sizes
    heading = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.st-key-sem_slide h2')).fontSize)")
    assert 28 <= heading <= 32
    page.set_viewport_size({"width": 1920, "height": 1080})
    page.wait_for_timeout(800)
    assert page.evaluate("document.querySelector('.st-key-sem_slide').getBoundingClientRect().bottom <= innerHeight")
    assert rec.external() == []


EXPORT_SCRIPT = """
import io, json, sys
sys.path.insert(0, {root!r})
from paradiplomacy import deck as dk, slides_export as sx
from paradiplomacy.data import load_package
from paradiplomacy.ties import build_ties
pkg = load_package(); ties = build_ties(pkg); deck = dk.load_deck("seed_papers")
ses = sx.slides(pkg, ties, deck, "en")
out = sys.argv[1]
made = sx.bundle(ses, 0, "deck")
open(out + "/slide.png", "wb").write(made["png"])
open(out + "/slide.svg", "wb").write(made["svg"])
open(out + "/deck.pdf", "wb").write(made["pdf"])
open(out + "/briefing.html", "w", encoding="utf-8").write(sx.briefing_html(pkg, ses, deck, "en"))
json.dump({{"stems": [s.stem for s in ses], "title": ses[0].comp.title, "n": len(ses)}}, open(out + "/meta.json", "w"))
"""


@pytest.fixture(scope="module")
def exports(tmp_path_factory):
    """The exports, made in a process with no network at all (a network namespace of its own)."""
    out = tmp_path_factory.mktemp("exports")
    script = out / "make.py"
    script.write_text(EXPORT_SCRIPT.format(root=str(ROOT)), encoding="utf-8")
    cmd = [sys.executable, str(script), str(out)]
    if subprocess.run(["unshare", "-rn", "true"], capture_output=True).returncode == 0:
        cmd = ["unshare", "-rn"] + cmd
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=240, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    return out


@pytest.mark.browser
def test_exports_carry_their_provenance(exports):
    from PIL import Image

    meta = json.loads((exports / "meta.json").read_text())
    assert meta["stems"][4] == "seminar_seed_papers_05_post_soviet_turn_en"
    png = (exports / "slide.png").read_bytes()
    img = Image.open(io.BytesIO(png))
    assert img.size == (1920, 1080)
    assert img.info.get("Description") == dk.compute(PKG, TIES, DECK.shown[0], "en").sentence
    svg = (exports / "slide.svg").read_text(encoding="utf-8")
    assert meta["title"] in svg and "Sources:" in svg and "Creative Commons" in svg and "<desc>" in svg
    pdf = (exports / "deck.pdf").read_bytes()
    from PIL import PdfParser

    assert len(PdfParser.PdfParser(buf=pdf).pages) == meta["n"] == len(DECK.shown)


@pytest.mark.browser
def test_offline_briefing_draws_every_region(exports, browser):  # noqa: F811
    html = exports / "briefing.html"
    assert html.stat().st_size <= 6_000_000
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    asked = []

    def route(r):
        if r.request.url.startswith("file:"):
            r.continue_()
        else:
            asked.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.goto(Path(html).as_uri())
    page.wait_for_function("document.querySelectorAll('path.choroplethlocation').length >= 89", timeout=30000)
    # all 89 regions, plus the six annexed territories drawn once more as their red outline
    assert page.locator("path.choroplethlocation").count() in (89, 89 + 6)
    assert asked == []
