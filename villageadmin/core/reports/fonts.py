"""Find and register a CJK font that reportlab can embed (TrueType outlines).

Order: a font shipped in resources/fonts, then Windows (SimSun, SimHei, Microsoft YaHei), then
Linux (WenQuanYi Micro Hei, Droid Sans Fallback, AR PL). Noto CJK is CFF-based and reportlab
cannot embed it. reportlab's built-in STSong-Light (not embedded) is the last resort, with a
warning that the caller shows to the user.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from villageadmin.core.resources import resources_dir

FONT_NAME = "VACJK"
FALLBACK_NAME = "STSong-Light"

_CANDIDATES: list[tuple[str, int]] = [
    (r"C:\Windows\Fonts\simsun.ttc", 0),
    (r"C:\Windows\Fonts\simhei.ttf", 0),
    (r"C:\Windows\Fonts\msyh.ttc", 0),
    (r"C:\Windows\Fonts\msyh.ttf", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0),
    ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    ("/System/Library/Fonts/STHeiti Light.ttc", 0),
]


@dataclass
class FontInfo:
    name: str
    path: str | None
    embedded: bool
    warning: str = ""


_registered: FontInfo | None = None


def candidate_paths() -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    env = os.environ.get("VILLAGEADMIN_FONT")
    if env:
        out.append((env, 0))
    shipped = resources_dir() / "fonts"
    if shipped.is_dir():
        out += [(str(p), 0) for p in sorted(shipped.glob("*.tt[fc]"))]
    return out + _CANDIDATES


def register() -> FontInfo:
    """Register the CJK font once and say which it is (and whether it is embedded)."""
    global _registered
    if _registered is not None:
        return _registered
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for path, index in candidate_paths():
        if not Path(path).is_file():
            continue
        try:
            pdfmetrics.registerFont(TTFont(FONT_NAME, path, subfontIndex=index))
        except Exception:  # noqa: BLE001 - a broken or CFF font: try the next one
            continue
        _registered = FontInfo(FONT_NAME, path, True)
        return _registered
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK_NAME))
    _registered = FontInfo(FALLBACK_NAME, None, False,
                           "没有找到可嵌入的中文字体，PDF 使用了内置字体 STSong-Light，在别的电脑上可能显示不全。"
                           "请安装宋体、黑体或文泉驿微米黑。")
    return _registered
