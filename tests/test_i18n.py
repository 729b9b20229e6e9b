"""Every UI string exists in both languages, and every key the code asks for is defined."""

import re
from pathlib import Path

from paradiplomacy import filters, metrics
from paradiplomacy.i18n import STRINGS, t

ROOT = Path(__file__).resolve().parent.parent


def test_both_languages_present_with_same_placeholders():
    for key, (en, ru) in STRINGS.items():
        assert en.strip() and ru.strip(), key
        assert set(re.findall(r"{(\w+)}", en)) == set(re.findall(r"{(\w+)}", ru)), key


def test_every_literal_key_used_in_code_is_defined():
    files = (
        list((ROOT / "pages").glob("*.py"))
        + [ROOT / "ui.py", ROOT / "dashboard.py"]
        + list((ROOT / "paradiplomacy").glob("*.py"))
    )
    used = {m for f in files for m in re.findall(r'\bt\(\s*"([^"]+)"', f.read_text(encoding="utf-8"))}
    assert used and not (used - set(STRINGS))


def test_key_families_are_complete():
    families = (
        [f"comp_{c}" for c in metrics.COMPONENTS]
        + [f"class_{c}" for c in metrics.CLASSES]
        + [f"group_{g}" for g in filters.GROUPS]
        + [f"status_{s}" for s in filters.STATUSES]
        + [f"m_{m}" for m in metrics.MEASURES]
    )
    assert [k for k in families if k not in STRINGS] == []


def test_russian_is_chosen():
    assert t("page_map", "ru") == "Карта" and t("page_map", "en") == "Map"
