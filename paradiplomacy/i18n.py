"""The interface's text in English and Russian, kept out of the code.

- UI strings: `locales/<lang>.toml`, section `[strings]` (one file per language, same keys and
  placeholders in both); column names of chart tables: `[columns]`; partner blocs: `[blocs]`;
  counted phrases with plural forms: `[plurals]` (CLDR categories: one/few/many/other).
- Prose blocks (method texts, introductions): Markdown files `locales/<lang>/<key>.md`.
- Labels of the data's coded values (statuses, roles, kinds, …) travel with the data: the field
  `categories` of `data/datapackage.json` (see `code_label`).

`t(key, lang, **values)` formats one string or prose block; `tn(key, n, lang)` a counted phrase in
the right plural form; `num(x, lang)` a number in the language's typography (Babel / CLDR).
"""

from __future__ import annotations

import re
import string
import tomllib
from functools import cache
from pathlib import Path

from babel import Locale
from babel.numbers import format_decimal
from babel.plural import PluralRule

LANGS = ("en", "ru")
LOCALES = Path(__file__).resolve().parent / "locales"


@cache
def _catalogue(lang: str) -> dict[str, dict]:
    with open(LOCALES / f"{lang}.toml", "rb") as fh:
        return tomllib.load(fh)


@cache
def _prose(lang: str) -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8").rstrip("\n") for p in (LOCALES / lang).glob("*.md")}


def _lang(lang: str) -> str:
    return lang if lang in LANGS else "en"


def strings(lang: str) -> dict[str, str]:
    """Every key `t` knows in `lang`: UI strings and prose blocks."""
    return dict(_strings(_lang(lang)))


@cache
def _strings(lang: str) -> dict[str, str]:
    # merged once per language: `t` is called a few hundred times per page run
    return {**_catalogue(lang)["strings"], **_prose(lang)}


class _Formatter(string.Formatter):
    """Placeholders in the catalogues say how a number reads: `{n:n}` a count in the language's
    typography, `{x:.1f}` a decimal (comma in Russian), `{n:ties}` a counted phrase in the right
    plural form (`[plurals]` key `n_ties`). Anything else formats as Python would."""

    def __init__(self, lang: str):
        self.lang = lang

    def format_field(self, value, format_spec):
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if format_spec == "n":
                return num(value, self.lang)
            m = re.fullmatch(r"\.(\d)f", format_spec)
            if m:
                return num(value, self.lang, int(m.group(1)))
            if format_spec and f"n_{format_spec}" in _catalogue(self.lang)["plurals"]:
                return tn(f"n_{format_spec}", int(value), self.lang)
        return super().format_field(value, format_spec)


def t(key: str, lang: str, **values) -> str:
    """The string `key` in `lang`, formatted with `values`. An unknown key raises KeyError, so a
    missing string fails the tests."""
    lang = _lang(lang)
    text = _strings(lang)[key]
    return _Formatter(lang).format(text, **values) if values else text


@cache
def _plural_rule(lang: str) -> PluralRule:
    return Locale.parse(lang).plural_form


def tn(key: str, n: int, lang: str, **values) -> str:
    """A counted phrase ('1 tie', '5 ties'; '1 связь', '3 связи', '5 связей') with `n` formatted."""
    lang = _lang(lang)
    forms = _catalogue(lang)["plurals"][key]
    form = forms.get(_plural_rule(lang)(abs(n)), forms["other"])
    return form.format(n=num(n, lang), **values)


def num(x, lang: str, decimals: int = 0) -> str:
    """A number in `lang`'s typography: '12,345.6' in English, '12 345,6' in Russian (CLDR)."""
    if x is None:
        return "—"
    fmt = "#,##0" + ("." + "0" * decimals if decimals else "")
    text = format_decimal(
        round(float(x), decimals) if decimals else int(round(float(x))), format=fmt, locale=_lang(lang)
    )
    # Russian typography groups thousands with a thin (narrow no-break) space; CLDR gives U+00A0
    return text.replace("\u00a0", "\u202f")


def pct(share: float, lang: str, decimals: int = 0) -> str:
    """A share 0..1 as a percentage ('47%', '47 %')."""
    value = num(100 * share, lang, decimals)
    return f"{value}\u00a0%" if _lang(lang) == "ru" else f"{value}%"


def column_label(name: str, lang: str) -> str:
    """A table column's display name in `lang` (unknown names are shown as they are)."""
    return _catalogue(_lang(lang))["columns"].get(name, name)


def bloc_label(bloc: str, lang: str) -> str:
    return _catalogue(_lang(lang))["blocs"][bloc]


def name_col(lang: str) -> str:
    """The data column that holds names in `lang`."""
    return "name_ru" if lang == "ru" else "name_en"


def lang_col(columns, base: str, lang: str) -> str:
    """The column of `base` in `lang` among `columns`: `<base>_ru` (or `_en`) when there is one,
    else `base` itself. One rule for every bilingual pair in the data (name_en/name_ru,
    title/title_ru, capital_en/capital_ru, federal_district_history/_ru, …)."""
    cols = set(columns)
    for cand in (f"{base}_{_lang(lang)}", base if _lang(lang) == "en" else None, f"{base}_en", base):
        if cand and cand in cols:
            return cand
    raise KeyError(f"no column for '{base}' in {sorted(cols)}")


def localised_value(row, base: str, lang: str):
    """`row`'s value of `base` in `lang`, falling back to the English value when the Russian is empty."""
    keys = row.index if hasattr(row, "index") else row.keys()
    col = lang_col(keys, base, lang)
    value = row[col]
    if (value is None or value == "" or value != value) and col != lang_col(keys, base, "en"):
        value = row[lang_col(keys, base, "en")]
    return value
