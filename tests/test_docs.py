"""The user guide (docs/guide/README.md) stays complete and true to the program:
every setting documented, every page of the main window shown, every picture present and made by
tools/screenshots.py, and every on-screen label it quotes really on screen."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from tests.ui_labels import quoted, zh_labels

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "docs" / "guide" / "README.md"
IMAGES = GUIDE.parent / "images"


@pytest.fixture(scope="module")
def guide() -> str:
    return GUIDE.read_text("utf-8")


def _zh_title(source: str) -> str:
    import xml.etree.ElementTree as ET

    ts = ROOT / "resources" / "translations" / "app_zh_CN.ts"
    for ctx in ET.parse(ts).iter("context"):
        if ctx.findtext("name") == "Settings":
            for m in ctx.iter("message"):
                if m.findtext("source") == source:
                    return m.findtext("translation") or ""
    return ""


def test_every_setting_is_documented_with_its_title_and_default(guide, qapp):
    from villageadmin.ui.app import make_app
    from villageadmin.ui.help.settings_dialog import choice_label

    make_app("zh_CN")  # the choice labels as the Chinese UI shows them
    from villageadmin.ui.settings import SETTINGS

    rows = {m.group(1): m.group(0) for m in re.finditer(r"^\| `([^`]+)` \|.*$", guide, re.M)}
    for s in SETTINGS:
        assert s.key in rows, f"setting {s.key} is not in the guide's settings table"
        row = rows[s.key]
        title = _zh_title(s.title_source)
        assert title, f"setting {s.key} has no Chinese title"
        assert title.split("（")[0] in row, f"{s.key}: the guide should call it {title!r}"
        if s.choices:
            default = choice_label(s.key, str(s.default))
            assert default in row or str(s.default) in row, f"{s.key}: default {s.default!r} not in the guide"
        else:
            assert (str(s.default) if s.default != "" else "空") in row, f"{s.key}: default not in the guide"
    assert set(rows) == {s.key for s in SETTINGS}, "the guide documents a setting the program does not have"


def test_every_picture_is_there_and_made_by_the_screenshot_tool(guide):
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import screenshots
    finally:
        sys.path.pop(0)
    referenced = re.findall(r"!\[[^\]]*\]\(images/([^)]+)\.png\)", guide)
    on_disk = {p.stem for p in IMAGES.glob("*.png")}
    expected = set(screenshots.expected_shots())
    assert set(referenced) == expected, (f"pictures the guide lacks: {sorted(expected - set(referenced))}; "
                                         f"not made by tools/screenshots.py: {sorted(set(referenced) - expected)}")
    assert on_disk == expected, f"run make docs: missing {sorted(expected - on_disk)}, stale {sorted(on_disk - expected)}"


def test_every_page_of_the_main_window_has_a_section(guide):
    from villageadmin.ui.main_window import PAGES

    for spec in PAGES:
        cls = spec.partition(":")[2]
        assert f"images/page-{cls}.png" in guide, f"the guide does not show the {cls} page: add a section"


def test_every_quoted_label_is_on_screen_in_the_chinese_ui(guide):
    labels = zh_labels()
    found = quoted(guide)
    assert len(found) >= 40
    missing = sorted({q for q in found if q not in labels})
    assert not missing, f"the guide quotes labels the program does not show: {missing}"


def test_table_of_contents_links_to_real_sections(guide):
    anchors = re.findall(r"\]\(#([^)]+)\)", guide)
    headings = re.findall(r"^## (.+)$", guide, re.M)
    slugs = {re.sub(r"[^\w\- ]", "", h).strip().lower().replace(" ", "-") for h in headings}
    for a in anchors:
        assert a in slugs, f"table of contents entry #{a} has no section"
