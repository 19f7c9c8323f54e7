"""The one-page quick guide for the wall: one page, large type, embedded font, and every on-screen
label it quotes is one the Chinese UI really shows."""

from __future__ import annotations

import pdfplumber
import pytest

from tests.ui_labels import zh_labels
from villageadmin.core.reports import quickguide

CLOSING = "，。、；：）」』”？！…"


@pytest.fixture(scope="module")
def pdf_text(tmp_path_factory) -> tuple[int, str, set[str], list[float]]:
    out = tmp_path_factory.mktemp("qg") / "qg.pdf"
    quickguide.render(out, township_name="青山镇")
    with pdfplumber.open(out) as pdf:
        pages = len(pdf.pages)
        page = pdf.pages[0].dedupe_chars()
        text = page.extract_text()
        fonts = {c["fontname"].split("+")[-1] for c in page.chars}
        sizes = sorted({round(c["size"], 1) for c in page.chars if "\u4e00" <= c["text"] <= "\u9fff"})
    return pages, text, fonts, sizes


def test_one_page_with_the_four_steps(pdf_text):
    pages, text, _, _ = pdf_text
    assert pages == 1
    for heading in ("登录", "记录每月例会", "打印", "做给乡镇的导出文件"):
        assert heading in text
    assert "青山镇" in text


def test_large_type_and_embedded_font(pdf_text):
    _, _, fonts, sizes = pdf_text
    assert fonts == {"WenQuanYiMicroHei-0"}
    body = [s for s in sizes if s not in (9.0,)]  # 9 pt is the page footer
    assert min(body) >= 13, sizes
    assert max(sizes) >= 24  # the title


def test_no_printed_line_starts_with_a_closing_mark(pdf_text):
    _, text, _, _ = pdf_text
    for line in text.splitlines():
        s = line.lstrip("• ").strip()
        assert not s or s[0] not in CLOSING, f"a line wraps badly: {line!r}"


def test_every_quoted_label_is_on_screen_in_the_chinese_ui():
    labels = zh_labels()
    quoted = quickguide.quoted_labels()
    assert len(quoted) >= 15
    missing = [q for q in quoted if q not in labels]
    assert not missing, f"the quick guide quotes labels the program does not show: {missing}"
