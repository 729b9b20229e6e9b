"""Shared test helpers: a copy of the small fixture package (with the real descriptor) to break."""

import html
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "fixtures" / "mini"


def mini_copy(dest: Path) -> Path:
    """A writable copy of the fixture package, described by the project's real datapackage.json."""
    shutil.copytree(MINI, dest)
    shutil.copy(ROOT / "data" / "datapackage.json", dest / "datapackage.json")
    return dest


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def empty_year() -> int:
    """A year in which no tie of the real package was established (found in the data, not hard-coded)."""
    from paradiplomacy.data import load_package
    from paradiplomacy.ties import build_ties

    years = set(build_ties(load_package()).year.dropna().astype(int))
    return next(y for y in range(1901, 2027) if y not in years)


def run_page(page: str, params: dict):
    """The real app under AppTest on page `page` (views/<page>.py) with URL `params`; fails on an exception."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
    for k, v in params.items():
        at.query_params[k] = v
    at.switch_page(f"views/{page}.py")
    at.run()
    assert not at.exception, at.exception
    return at


def headline(at) -> dict[str, str]:
    """The headline figures of a page run (ui.headline: one markdown element), label -> number as
    shown, thousands separators (comma in English, thin space in Russian) removed."""
    block = next(m.value for m in at.markdown if "pd-headline" in m.value)
    pairs = re.findall(r'<div class="pd-label"[^>]*>(.*?)</div><div class="pd-value"[^>]*>(.*?)</div>', block)
    return {html.unescape(k): html.unescape(v).replace(",", "").replace("\u202f", "") for k, v in pairs}
