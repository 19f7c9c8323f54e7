"""Money is integer fen (分) everywhere in the core. Parsing and formatting of yuan for people."""

from __future__ import annotations

import re

from villageadmin.core.errors import ValidationError

# No single village record is anywhere near ¥1 亿; a bigger number is a typing mistake.
CEILING_FEN = 100_000_000_00
_MONEY_RE = re.compile(r"^(\d+)(?:\.(\d*))?$")


def parse_yuan(text: str, field: str = "amount", *, allow_zero: bool = False,
               ceiling_fen: int = CEILING_FEN) -> int:
    """'1,234.5' / '1234.50' / '￥1234.5' / '¥ 1 234' -> fen. Refuses >2 decimals, negatives, over the ceiling."""
    t = (text or "").strip()
    for ch in ("￥", "¥", ",", "，", " ", "\u3000", "元"):
        t = t.replace(ch, "")
    if not t:
        raise ValidationError(field, "请填写金额。", code="required")
    if t.startswith("-") or t.startswith("－"):
        raise ValidationError(field, "金额不能是负数。", code="negative")
    m = _MONEY_RE.match(t)
    if not m:
        raise ValidationError(field, f"“{text.strip()}”不是金额，请按 1234.50 的样子填写。", code="bad_money")
    whole, frac = m.group(1), m.group(2) or ""
    if len(frac) > 2:
        raise ValidationError(field, "金额最多只能有两位小数（到分）。", code="too_many_decimals")
    fen = int(whole) * 100 + int((frac + "00")[:2])
    if fen == 0 and not allow_zero:
        raise ValidationError(field, "金额不能是 0。", code="zero")
    if fen > ceiling_fen:
        raise ValidationError(field, f"金额 {fmt_yuan(fen)} 元太大了，请检查是否多打了数字。", code="too_large",
                              ceiling_fen=ceiling_fen)
    return fen


def fmt_yuan(fen: int, *, sign: bool = False) -> str:
    """12345678 -> '123,456.78' (no currency symbol)."""
    neg = fen < 0
    a = abs(int(fen))
    s = f"{a // 100:,}.{a % 100:02d}"
    if neg:
        return "-" + s
    return ("+" + s) if sign and fen > 0 else s


def fmt_cny(fen: int) -> str:
    return "¥" + fmt_yuan(fen)
