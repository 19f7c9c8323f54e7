"""Pieces shared by the expense documents: amounts in capital characters (大写), and a page footer that
also carries the audit chain head in small type, so a printed sheet can be matched to the records."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate

from villageadmin.core.clock import today
from villageadmin.core.reports import base, fonts

DIGITS = "零壹贰叁肆伍陆柒捌玖"
_UNITS = ["仟", "佰", "拾", ""]
_GROUPS = ["", "万", "亿", "万亿"]


def _yuan_upper(n: int) -> str:
    """Whole yuan in capital characters: 1005 -> 壹仟零伍, 100005 -> 壹拾万零伍."""
    if n == 0:
        return "零"
    groups = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    out = ""
    pending_zero = False
    for gi in reversed(range(len(groups))):
        g = groups[gi]
        if g == 0:
            pending_zero = bool(out)
            continue
        text = ""
        zero = False
        digits = [g // 1000 % 10, g // 100 % 10, g // 10 % 10, g % 10]
        started = False
        for pos, d in enumerate(digits):
            if d == 0:
                zero = zero or started or bool(out)
                continue
            if zero:
                text += "零"
                zero = False
            text += DIGITS[d] + _UNITS[pos]
            started = True
        if pending_zero and not text.startswith("零"):
            text = "零" + text
        out += text + _GROUPS[gi]
        pending_zero = False
    return out


def rmb_upper(fen: int) -> str:
    """Fen as written on a voucher (人民币大写): 123450 -> 壹仟贰佰叁拾肆元伍角; 5 -> 伍分; negative -> 负…."""
    sign = "负" if fen < 0 else ""
    a = abs(int(fen))
    yuan, jiao, f = a // 100, a // 10 % 10, a % 10
    text = _yuan_upper(yuan) + "元" if yuan else ""
    if jiao == 0 and f == 0:
        text = (text or "零元") + "整"
    else:
        if jiao:
            text += DIGITS[jiao] + "角"
        elif yuan:
            text += "零"
        if f:
            text += DIGITS[f] + "分"
    return sign + text


def build_with_chain(out: str | Path, story: list[Flowable], *, title: str, chain_head: str, page: str = "A4",
                     footer: str | None = None,
                     margins_mm: tuple[float, float, float, float] = (18, 18, 18, 22)) -> Path:
    """``reports.base.build`` with the audit chain head printed small under the page footer."""
    info = fonts.register()
    out = Path(out)
    left, right, top, bottom = margins_mm
    doc = SimpleDocTemplate(str(out), pagesize=base.PAGE_SIZES[page], leftMargin=left * mm, rightMargin=right * mm,
                            topMargin=top * mm, bottomMargin=bottom * mm, title=title, author="村务通",
                            creator="村务通 VillageAdmin")
    footer_left = footer if footer is not None else f"村务通打印 {today().isoformat()}"
    numbered: Any = base._numbered_canvas(info.name, footer_left)

    class ChainCanvas(numbered):  # type: ignore[misc, valid-type]
        def _footer(self, total: int) -> None:
            super()._footer(total)
            w, _h = self._pagesize
            self.setFont(info.name, 6.5)
            self.setFillColor(colors.HexColor("#666666"))
            self.drawRightString(w - right * mm, 5.5 * mm, f"审计链 {chain_head}")

    doc.build(story, canvasmaker=ChainCanvas)
    return out
