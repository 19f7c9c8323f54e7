"""Shared pieces of every printed document: A4 page, styles, page footer 第 X 页 共 Y 页."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from villageadmin.core.clock import today
from villageadmin.core.reports import fonts

PAGE_SIZES = {"A4": A4, "A3": A3, "A4-landscape": landscape(A4)}


class Styles:
    def __init__(self, font: str, scale: float = 1.0) -> None:
        s = scale
        self.title = ParagraphStyle("title", fontName=font, fontSize=20 * s, leading=28 * s, alignment=TA_CENTER,
                                    spaceAfter=4 * mm)
        self.subtitle = ParagraphStyle("subtitle", fontName=font, fontSize=12 * s, leading=17 * s,
                                       alignment=TA_CENTER, spaceAfter=4 * mm, textColor=colors.HexColor("#333333"))
        self.h2 = ParagraphStyle("h2", fontName=font, fontSize=14 * s, leading=20 * s, spaceBefore=4 * mm,
                                 spaceAfter=2 * mm)
        self.body = ParagraphStyle("body", fontName=font, fontSize=11 * s, leading=17 * s, alignment=TA_LEFT,
                                   wordWrap="CJK")
        self.cell = ParagraphStyle("cell", fontName=font, fontSize=10 * s, leading=14 * s, wordWrap="CJK")
        self.cell_right = ParagraphStyle("cell_r", parent=self.cell, alignment=TA_RIGHT)
        self.cell_center = ParagraphStyle("cell_c", parent=self.cell, alignment=TA_CENTER)
        self.small = ParagraphStyle("small", fontName=font, fontSize=9 * s, leading=12 * s,
                                    textColor=colors.HexColor("#555555"), wordWrap="CJK")
        self.big = ParagraphStyle("big", fontName=font, fontSize=16 * s, leading=24 * s, wordWrap="CJK")


def esc(text: Any) -> str:
    """Escape text for a reportlab Paragraph and keep line breaks."""
    s = "" if text is None else str(text)
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def grid_table(rows: Sequence[Sequence[Any]], col_widths: Sequence[float], *, header_rows: int = 1,
               font: str, font_size: float = 10, zebra: bool = False) -> Table:
    t = Table(rows, colWidths=col_widths, repeatRows=header_rows)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), font_size),
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        style.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#e8e8e8")))
    if zebra:
        for i in range(header_rows, len(rows)):
            if (i - header_rows) % 2 == 1:
                style.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f6f6f6")))
    t.setStyle(TableStyle(style))
    return t


class SignatureLines(Flowable):
    """Signature lines such as 主持人（签字）：______  日期：______, kept together on one page."""

    def __init__(self, labels: Sequence[str], font: str, *, font_size: float = 11, per_row: int = 2,
                 width: float = 170 * mm) -> None:
        super().__init__()
        self.labels = list(labels)
        self.font = font
        self.font_size = font_size
        self.per_row = per_row
        self.width = width
        self.rows = (len(self.labels) + per_row - 1) // per_row
        self.height = self.rows * 14 * mm

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setFont(self.font, self.font_size)
        col_w = self.width / self.per_row
        for i, label in enumerate(self.labels):
            r, col = divmod(i, self.per_row)
            x = col * col_w
            y = self.height - (r + 1) * 14 * mm + 4 * mm
            c.drawString(x, y, label)
            lw = c.stringWidth(label, self.font, self.font_size)
            c.line(x + lw + 2, y - 1.5, x + col_w - 8 * mm, y - 1.5)


def _numbered_canvas(font: str, footer_left: str):
    class NumberedCanvas(rl_canvas.Canvas):
        """Two-pass canvas so every page can say 第 X 页 共 Y 页."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            if not kwargs.get("initialFontName"):
                kwargs["initialFontName"] = font  # never an unembedded Helvetica
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            w, _h = self._pagesize
            self.setFont(font, 9)
            self.setFillColor(colors.HexColor("#444444"))
            self.drawCentredString(w / 2, 10 * mm, f"第 {self._pageNumber} 页 共 {total} 页")
            if footer_left:
                self.drawString(15 * mm, 10 * mm, footer_left)

    return NumberedCanvas


def build(out: str | Path, story: list[Flowable], *, title: str, page: str = "A4",
          footer: str | None = None, margins_mm: tuple[float, float, float, float] = (18, 18, 18, 20)) -> Path:
    """Write a PDF with the numbered footer; returns the path."""
    info = fonts.register()
    out = Path(out)
    left, right, top, bottom = margins_mm
    doc = SimpleDocTemplate(str(out), pagesize=PAGE_SIZES[page], leftMargin=left * mm, rightMargin=right * mm,
                            topMargin=top * mm, bottomMargin=bottom * mm, title=title, author="村务通",
                            creator="村务通 VillageAdmin")
    footer_left = footer if footer is not None else f"村务通打印 {today().isoformat()}"
    doc.build(story, canvasmaker=_numbered_canvas(info.name, footer_left))
    return out


def styles(scale: float = 1.0) -> Styles:
    return Styles(fonts.register().name, scale)


def spacer(h_mm: float) -> Spacer:
    return Spacer(1, h_mm * mm)


def para(text: Any, style: ParagraphStyle) -> Paragraph:
    return Paragraph(esc(text), style)


def cn_date(iso: str | dt.date | None) -> str:
    if not iso:
        return ""
    d = iso if isinstance(iso, dt.date) else dt.date.fromisoformat(str(iso)[:10])
    return f"{d.year}年{d.month}月{d.day}日"
