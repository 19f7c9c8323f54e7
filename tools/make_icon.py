"""Draw the app icon (a white roof over 村 on a blue tile) and write resources/icons/villageadmin.png + .ico,
and the two small arrows the style sheet uses (arrow-down.png, arrow-up.png).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/make_icon.py
The icon is drawn, not copied from anywhere, so it carries no licence of its own. Small sizes are drawn
separately (not scaled down) so the roof and the character stay crisp at 16 and 32 pixels.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (QBrush, QColor, QFont, QFontDatabase, QGuiApplication, QImage, QLinearGradient,  # noqa: E402
                           QPainter, QPainterPath, QPen, QPolygonF)

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
FONT_FILE = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"


def _cjk_family() -> str:
    for f in ("Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", "SimHei"):
        if f in QFontDatabase.families():
            return f
    if Path(FONT_FILE).exists():
        fid = QFontDatabase.addApplicationFont(FONT_FILE)
        fams = QFontDatabase.applicationFontFamilies(fid)
        if fams:
            return fams[0]
    raise SystemExit("no CJK font to draw 村 with (install fonts-wqy-microhei)")


def draw(size: int, family: str) -> QImage:
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    s = float(size)
    m = s * 0.03  # margin
    tile = QRectF(m, m, s - 2 * m, s - 2 * m)
    grad = QLinearGradient(0, 0, 0, s)
    grad.setColorAt(0, QColor("#3b7fcc"))
    grad.setColorAt(1, QColor("#245a98"))
    path = QPainterPath()
    path.addRoundedRect(tile, s * 0.2, s * 0.2)
    p.fillPath(path, QBrush(grad))
    white = QColor("#ffffff")
    # the roof: a wide chevron across the top third
    pen = QPen(white, max(1.5, s * 0.075), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    roof_top = s * (0.17 if size > 24 else 0.16)
    roof_y = s * (0.37 if size > 24 else 0.40)
    p.drawPolyline(QPolygonF([QPointF(s * 0.18, roof_y), QPointF(s * 0.5, roof_top), QPointF(s * 0.82, roof_y)]))
    # 村 under the roof
    font = QFont(family)
    font.setPixelSize(max(8, int(s * (0.46 if size > 24 else 0.52))))
    p.setFont(font)
    p.setPen(white)
    text_rect = QRectF(0, roof_y - s * 0.02, s, s * 0.93 - roof_y)
    p.drawText(text_rect, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter), "村")
    # a small gold check mark on big sizes: "by the rules"
    if size >= 48:
        gold = QPen(QColor("#ffc940"), s * 0.05, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                    Qt.PenJoinStyle.RoundJoin)
        p.setPen(gold)
        p.drawPolyline(QPolygonF([QPointF(s * 0.74, s * 0.80), QPointF(s * 0.79, s * 0.85),
                                  QPointF(s * 0.89, s * 0.72)]))
    p.end()
    return img


def draw_arrow(up: bool, size: int = 24) -> QImage:
    """The small chevron the style sheet puts in drop-downs and spin boxes (drawn at 2x for sharp HiDPI)."""
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(QColor("#3a4a5c"), size * 0.13, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                  Qt.PenJoinStyle.RoundJoin))
    a, b, c = size * 0.2, size * 0.5, size * 0.8
    top, bottom = size * 0.33, size * 0.67
    pts = [QPointF(a, bottom), QPointF(b, top), QPointF(c, bottom)] if up else \
        [QPointF(a, top), QPointF(b, bottom), QPointF(c, top)]
    p.drawPolyline(QPolygonF(pts))
    p.end()
    img.setDevicePixelRatio(2.0)
    return img


def png_bytes(img: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    buf.close()
    return bytes(data.data())


def write_ico(path: Path, images: list[QImage]) -> None:
    """An ICO file whose entries are PNG images (Windows Vista and later read these)."""
    blobs = [png_bytes(i) for i in images]
    header = struct.pack("<HHH", 0, 1, len(blobs))
    offset = 6 + 16 * len(blobs)
    entries = b""
    for img, blob in zip(images, blobs):
        w = img.width() if img.width() < 256 else 0
        h = img.height() if img.height() < 256 else 0
        entries += struct.pack("<BBBBHHII", w, h, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    path.write_bytes(header + entries + b"".join(blobs))


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts need the app
    family = _cjk_family()
    OUT.mkdir(parents=True, exist_ok=True)
    big = draw(256, family)
    big.save(str(OUT / "villageadmin.png"))
    write_ico(OUT / "villageadmin.ico", [draw(n, family) for n in ICO_SIZES])
    draw_arrow(up=False).save(str(OUT / "arrow-down.png"))
    draw_arrow(up=True).save(str(OUT / "arrow-up.png"))
    print(f"wrote {OUT / 'villageadmin.png'} and {OUT / 'villageadmin.ico'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
