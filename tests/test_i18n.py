"""The interface's text: both languages have the same keys and placeholders (in the catalogues and in
each page's declaration), every key is defined once, every key the code asks for is defined (scanning
the real page folder), numbers and plurals follow each language's rules."""

import re
import shutil
import tomllib
from pathlib import Path

import pytest

from paradiplomacy import filters, metrics
from paradiplomacy.i18n import LOCALES, PAGE_FILES, load_strings, merge_strings, num, page_strings, pct, strings, t, tn
from views import PAGES

PLACEHOLDER = r"{(\w+)(?::[^}]*)?}"
ROOT = Path(__file__).resolve().parent.parent
CODE = (
    sorted((ROOT / "views").glob("*.py"))
    + sorted((ROOT / "ui").glob("*.py"))
    + [ROOT / "dashboard.py"]
    + sorted((ROOT / "paradiplomacy").glob("*.py"))
)


def _catalogue(lang):
    with open(LOCALES / f"{lang}.toml", "rb") as fh:
        return tomllib.load(fh)


def test_the_code_folders_scanned_exist():
    assert len([p for p in CODE if p.parent.name == "views"]) >= 9  # the page modules, not a stale folder


def test_both_languages_have_the_same_keys_and_placeholders():
    en, ru = strings("en"), strings("ru")
    assert set(en) == set(ru)
    for key in en:
        assert en[key].strip() and ru[key].strip(), key
        assert set(re.findall(PLACEHOLDER, en[key])) == set(re.findall(PLACEHOLDER, ru[key])), key
    for section in ("columns", "blocs", "plurals"):
        assert set(_catalogue("en")[section]) == set(_catalogue("ru")[section]), section


def test_each_page_declares_its_title_and_strings_in_both_languages():
    en, ru = page_strings("en"), page_strings("ru")
    assert list(en) == list(ru) == sorted(p.module for p in PAGES)
    for page in en:
        assert f"page_{page}" in en[page], page  # the title lives with its page
        assert set(en[page]) == set(ru[page]), page
        for key in en[page]:
            assert set(re.findall(PLACEHOLDER, en[page][key])) == set(re.findall(PLACEHOLDER, ru[page][key])), key
    assert not [k for k in _catalogue("en")["strings"] if k.startswith("page_")]


def test_a_key_defined_twice_raises(tmp_path):
    with pytest.raises(ValueError, match="'k' is defined twice: in a and in b"):
        merge_strings({"a": {"k": "x"}, "b": {"j": "y", "k": "z"}})
    for path in PAGE_FILES.glob("*.toml"):
        shutil.copy(path, tmp_path)
    assert load_strings("en", tmp_path) == strings("en")
    (tmp_path / "extra.toml").write_text('[en]\n"footer" = "again"\n', encoding="utf-8")  # a global key
    with pytest.raises(ValueError, match="'footer' is defined twice"):
        load_strings("en", tmp_path)
    (tmp_path / "extra.toml").write_text('[en]\n"page_map" = "again"\n', encoding="utf-8")  # another page's
    with pytest.raises(ValueError, match="'page_map' is defined twice: in views/extra.toml and in views/map.toml"):
        load_strings("en", tmp_path)


def test_every_literal_key_used_in_code_is_defined():
    used = {m for f in CODE for m in re.findall(r'\bt\(\s*"([^"]+)"', f.read_text(encoding="utf-8"))}
    assert len(used) > 100
    assert sorted(used - set(strings("en"))) == []


def test_key_families_are_complete():
    families = (
        [f"comp_{c}" for c in metrics.COMPONENTS]
        + [f"class_{c}" for c in metrics.CLASSES]
        + [f"group_{g}" for g in filters.GROUPS]
        + [f"status_{s}" for s in filters.STATUSES]
        + [f"m_{m}" for m in metrics.MEASURES]
        + [spec.label for spec in filters.FILTERS]
    )
    assert [k for k in families if k not in strings("en")] == []


def test_russian_is_chosen():
    assert t("page_map", "ru") == "Карта" and t("page_map", "en") == "Map"


@pytest.mark.parametrize(
    "n, en, ru",
    [
        (1, "1 tie", "1 связь"),
        (2, "2 ties", "2 связи"),
        (5, "5 ties", "5 связей"),
        (11, "11 ties", "11 связей"),
        (21, "21 ties", "21 связь"),
        (1234, "1,234 ties", "1\u202f234 связи"),
    ],
)
def test_plural_forms(n, en, ru):
    assert tn("n_ties", n, "en") == en and tn("n_ties", n, "ru") == ru


def test_russian_numbers_have_decimal_commas_and_thin_space_thousands():
    assert num(12345.67, "ru", 1) == "12\u202f345,7" and num(12345.67, "en", 1) == "12,345.7"
    assert pct(0.473, "ru") == "47\u00a0%" and pct(0.473, "en") == "47%"


def test_counts_in_sentences_take_the_language_s_plural_and_typography():
    assert (
        t("world_title", "ru", top="Беларусь", n=1, k=21)
        == "Страны-партнёры: лидирует Беларусь (1 связь); всего стран: 21"
    )
    assert "(5 связей)" in t("world_title", "ru", top="X", n=5, k=1)
    assert "with 1 tie;" in t("world_title", "en", top="X", n=1, k=1) and "2 countries" in t(
        "world_title", "en", top="X", n=1, k=2
    )
    assert "3,2" in t("f5_title", "ru", a=3.2, pa=1.0, b=2.0, pb=1.0) and "3.2" in t(
        "f5_title", "en", a=3.2, pa=1.0, b=2.0, pb=1.0
    )
    assert "1\u202f234" in t("timeline_title", "ru", n=1234, peak=1993) and "1993" in t(
        "timeline_title", "ru", n=1, peak=1993
    )
