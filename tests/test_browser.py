"""The served app in real headless Chromium: the map draws, the language switch and the URL state
work, there are no console errors, and no request leaves localhost."""

import json
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from helpers import ROOT
from playwright.sync_api import sync_playwright

from views import PAGES

sys.path.insert(0, str(ROOT / "benchmarks"))
import load  # noqa: E402

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-gpu",
]
SHOTS = ROOT / "tests" / "artifacts"
LOCAL = {"localhost", "127.0.0.1", "[::1]", "::1"}


@pytest.fixture(scope="module")
def server():
    srv = load.start_server(ROOT / "dashboard.py")  # the load benchmark's server: free port, waits until healthy
    yield f"http://127.0.0.1:{srv.port}"
    srv.stop()


@pytest.fixture(scope="module")
def browser():
    assert Path(CHROMIUM).exists(), "Debian's chromium is required (scripts/test.sh installs it)"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


class Recorder:
    def __init__(self, page):
        self.requests, self.errors = [], []
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("console", self._console)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("response", self._response)

    def _console(self, m):
        # Failed loads are judged on their response below, where the URL is known.
        if m.type == "error" and not m.text.startswith("Failed to load resource"):
            self.errors.append(m.text)

    def _response(self, r):
        # Streamlit's front end, opened at /<page>, first probes /<page>/_stcore/{health,host-config}
        # to find its base path, gets a 404 and falls back to /_stcore: expected, not an error.
        path = urlparse(r.url).path
        if r.status >= 400 and not (path.count("/") >= 3 and "/_stcore/" in path):
            self.errors.append(f"HTTP {r.status} {r.url}")

    def external(self):
        out = []
        for u in self.requests:
            p = urlparse(u)
            if p.scheme in ("data", "blob", "about"):
                continue
            if p.hostname not in LOCAL:
                out.append(u)
        return out


def wait_for_map(page, n_min=1):
    page.wait_for_selector(".js-plotly-plot", timeout=60000)
    page.wait_for_function(f"document.querySelectorAll('path.choroplethlocation').length >= {n_min}", timeout=60000)
    page.wait_for_timeout(1500)  # let Streamlit finish its rerun
    return page.locator("path.choroplethlocation").count()


def test_map_language_url_state_offline(server, browser):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1600, "height": 1000})
    rec = Recorder(page)
    page.goto(server + "/")
    assert wait_for_map(page, 89) == 89
    page.screenshot(path=str(SHOTS / "map_en.png"), full_page=True)

    # language switch
    page.get_by_text("Русский", exact=True).first.click()
    page.wait_for_function(
        "document.querySelector('h1') && document.querySelector('h1').innerText.includes('Карта')", timeout=30000
    )
    wait_for_map(page, 89)
    assert "lang=ru" in page.url
    # every widget relabels, select boxes included (they cache their labels in the browser)
    assert page.locator("[data-testid=stMain] [data-testid=stSelectbox] input").first.input_value() == "Все связи"
    page.screenshot(path=str(SHOTS / "map_ru.png"), full_page=True)

    # a filter change goes to the URL ...
    page.get_by_text("Включать территории", exact=False).first.click()
    page.wait_for_function("window.location.search.includes('annexed=0')", timeout=30000)
    page.wait_for_timeout(2000)
    assert page.locator("path.choroplethlocation").count() == 83
    url = page.url
    assert parse_qs(urlparse(url).query) == {"lang": ["ru"], "annexed": ["0"]}

    # ... and a reload of that URL restores it
    page2 = browser.new_page(viewport={"width": 1600, "height": 1000})
    rec2 = Recorder(page2)
    page2.goto(url)
    assert wait_for_map(page2, 83) == 83
    assert "Карта" in page2.locator("h1").first.inner_text()
    assert page2.locator("input[role='switch']").first.is_checked() is False  # the annexed toggle is off

    for r in (rec, rec2):
        assert r.external() == [], f"requests left localhost: {r.external()[:5]}"
        assert r.errors == [], f"console errors: {r.errors[:5]}"
    page.close()
    page2.close()


@pytest.mark.parametrize("view", ["world", "flows"])
def test_other_views_draw_offline(server, browser, view):
    page = browser.new_page(viewport={"width": 1600, "height": 1000})
    rec = Recorder(page)
    page.goto(f"{server}/?view={view}")
    page.wait_for_selector(".js-plotly-plot", timeout=60000)
    if view == "world":
        features = len(json.loads((ROOT / "geo" / "countries.geojson").read_text())["features"])
        n = wait_for_map(page, features)
        assert (
            n >= features
        )  # every country drawn (partners by class, the others in grey); Plotly may split one at the antimeridian
    else:
        page.wait_for_function("document.querySelectorAll('.scattergeo path.js-line').length >= 3", timeout=60000)
    page.wait_for_timeout(1000)
    page.screenshot(path=str(SHOTS / f"map_{view}.png"), full_page=True)
    assert rec.external() == [], f"requests left localhost: {rec.external()[:5]}"
    assert rec.errors == [], f"console errors: {rec.errors[:5]}"
    page.close()


# Every page: its charts draw, no exception box, no console error, no request leaves localhost.
# Pages come from the registry; a page drawn with other than one chart, or best seen with a
# query, says so here (url path -> query string, minimum number of Plotly charts).
EXPECT = {
    "region": ("code=RU-TA", 1),
    "partner": ("iso3=CHN", 1),
    "timeline": ("", 2),
    "findings": ("", 5),
    "sources": ("", 0),
}


@pytest.mark.parametrize("path", [p.module for p in PAGES if not p.home])
def test_every_page_draws_offline(server, browser, path):
    SHOTS.mkdir(parents=True, exist_ok=True)
    query, n_charts = EXPECT.get(path, ("", 1))
    page = browser.new_page(viewport={"width": 1600, "height": 1000})
    rec = Recorder(page)
    page.goto(f"{server}/{path}" + (f"?{query}" if query else ""))
    # attached, not visible: the Seminar page hides its title (the slide states its own), and its
    # style sheet may arrive before the poll first sees the title drawn
    page.wait_for_selector("h1", state="attached", timeout=60000)
    if n_charts:
        page.wait_for_function(
            f"document.querySelectorAll('.js-plotly-plot .main-svg').length >= {n_charts}", timeout=60000
        )
    page.wait_for_timeout(2500)  # let Streamlit finish its run
    page.screenshot(path=str(SHOTS / f"page_{path}.png"), full_page=True)
    assert page.locator("[data-testid='stException']").count() == 0, page.locator("body").inner_text()[:2000]
    assert page.locator(".js-plotly-plot").count() >= n_charts
    assert rec.external() == [], f"requests left localhost: {rec.external()[:5]}"
    assert rec.errors == [], f"console errors: {rec.errors[:5]}"
    page.close()


def test_click_on_a_region_opens_its_profile(server, browser):
    page = browser.new_page(viewport={"width": 1600, "height": 1000})
    rec = Recorder(page)
    page.goto(server + "/")
    wait_for_map(page, 89)
    page.locator("path.choroplethlocation").nth(40).click(force=True)
    page.wait_for_function("window.location.pathname.endsWith('/region')", timeout=30000)
    page.wait_for_function("new URLSearchParams(window.location.search).get('code')", timeout=30000)
    code = parse_qs(urlparse(page.url).query)["code"][0]
    page.wait_for_selector("[data-testid='stMain'] h3", timeout=30000)
    names = dict(line.split(",")[:2] for line in (ROOT / "data" / "regions.csv").read_text().splitlines()[1:])
    assert page.locator("[data-testid='stMain'] h3").first.inner_text().strip() == names[code]
    assert page.locator("h1").first.inner_text().strip() == "Region profile"
    assert rec.external() == [] and rec.errors == [], (rec.external()[:5], rec.errors[:5])
    page.close()


@pytest.mark.parametrize(
    "typed, lang, expected", [("China", "en", "CHN"), ("Китай", "ru", "CHN"), ("Kazakhstan", "en", "KAZ")]
)
def test_partner_picker_adds_exactly_what_was_typed(server, browser, typed, lang, expected):
    """Typing a country's name and pressing Enter adds that one country, not every fuzzy match."""
    page = browser.new_page(viewport={"width": 1600, "height": 1000})
    page.goto(server + f"/?lang={lang}")
    wait_for_map(page, 89)
    label = {"en": "Partner countries", "ru": "Страны-партнёры"}[lang]
    box = page.locator("[data-testid=stSidebar] [data-testid=stMultiSelect]", has_text=label).locator("input")
    box.click()
    box.fill(typed)
    page.wait_for_timeout(500)
    box.press("Enter")
    page.wait_for_function("new URLSearchParams(window.location.search).get('partner')", timeout=30000)
    page.wait_for_timeout(1000)
    assert parse_qs(urlparse(page.evaluate("location.href")).query)["partner"] == [expected]
    # a second name joins the first
    box.click()
    box.fill("Uzbek" if lang == "en" else "Узбек")
    page.wait_for_timeout(500)
    box.press("Enter")
    page.wait_for_function(
        "(new URLSearchParams(window.location.search).get('partner') || '').includes(',')", timeout=30000
    )
    chosen = parse_qs(urlparse(page.evaluate("location.href")).query)["partner"][0].split(",")
    assert sorted(chosen) == sorted([expected, "UZB"])
    page.close()
